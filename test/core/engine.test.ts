import { loadFactBase } from '../../src/core/fact-base';
import { createEngine, type Engine, warmUpQuestions } from '../../src/core/engine';
import { plainIdioms } from '../../src/core/lexicon';
import { collapse, stem, words } from '../../src/core/text';
import { FACTS } from '../helpers';

let engine: Engine;
beforeAll(() => {
  const r = loadFactBase(FACTS);
  if (!r.ok) throw new Error('fact base failed to load');
  engine = createEngine(r.base);
});

const topParagraph = (q: string): number | undefined => engine.ask(q).sources[0]?.paragraph;

describe('entity resolution', () => {
  it.each([
    ['Macron', 'macron'],
    ['Macaron', 'macron'],
    ['Emanuel', 'macron'],
    ['the French president', 'macron'],
    ['Keir Starmr', 'starmer'],
    ['kier starmer', 'starmer'],
    ['UK PM', 'starmer'],
    ['prime minister of britain', 'starmer'],
    ['mark rute', 'rutte'],
    ['NATO chief', 'rutte'],
    ['the alliance chief', 'rutte'],
    ['the Republican leader', 'trump'],
    ['the American leader', 'trump'],
    ['the leader from Paris', 'macron'],
    ['the North Atlantic alliance', 'nato'],
    ['the Low Countries', 'netherlands'],
  ])('resolves %s to %s', (name, id) => {
    expect(engine.entities.resolve(name).entity?.id).toBe(id);
  });

  it('reads "she" and "her" as the one woman the story names, when no one else is named', () => {
    expect(topParagraph('and her job is what?')).toBe(12);
    expect(topParagraph('give me her words')).toBe(12);
    // (With someone else named, "her" isn't read as her.)
    expect(engine.explain('what did Macron tell her?').mentions).not.toContain('anna-kelly');
  });

  it('lists only the leaders in touch by the way asked when asked which leaders the story names as texting', () => {
    const a = engine.ask('Which leaders does the story name as texting the president?');
    expect(a.sources.map((s) => s.paragraph)).toEqual([10, 11]);
    expect(a.answer).not.toContain('Macron');
    expect(engine.ask('Which leaders are named in the piece?').sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
  });

  it('reads "stated" as how the story says a thing, not as a statistic or a head of state', () => {
    expect(topParagraph('Is the WhatsApp bit stated as fact?')).toBe(10);
  });

  it('reads "kinds of communication" as asking by what means, answered by the fact naming the most ways', () => {
    expect(topParagraph('What sorts of communication do foreign leaders use with the president?')).toBe(1);
  });

  it('reads a "drama" or "saga" as an episode the story tells', () => {
    expect(topParagraph('fill me in on the screenshot saga')).toBe(11);
    expect(topParagraph('which part has the cellphone drama?')).toBe(2);
  });

  it('reads "which individuals" as asking which leaders', () => {
    expect(engine.ask('Which individuals does the piece name as messaging the president?').sources.map((s) => s.paragraph)).toEqual([10, 11]);
  });

  it('reads "counterparts" as leaders when asked which ones the story names', () => {
    const a = engine.ask('What counterparts of Trump does the piece name?');
    expect(a.sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
  });

  it('answers an office wrongly put to someone the story names with the title the story gives them', () => {
    const a = engine.ask('Is Starmer the German chancellor?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.paragraph).toBe(10);
    expect(a.answer).toContain('British Prime Minister');
    expect(topParagraph("Kelly is Trump's chief of staff, isn't she?")).toBe(12);
    // (Someone else's office, not put to them, is still not in the story.)
    expect(engine.ask('Is Macron friends with the German chancellor?').answered).toBe(false);
    expect(engine.ask('Who is the German chancellor?').answered).toBe(false);
  });

  it('hears a name written as a word that sounds like it, as dictation does ("mark root", "macaroon")', () => {
    expect(engine.explain('what did trump do with mark root\'s texts').mentions).toContain('rutte~');
    expect(engine.explain('was the greeting with macaroon funny').mentions).toContain('macron~');
    // A short name alone is not heard in every word with its consonants: "rate" is not Rutte, "root" alone neither.
    expect(engine.explain('How does the White House rate his ties?').mentions).not.toContain('rutte~');
    expect(engine.explain('what is the root of the flattery?').mentions).not.toContain('rutte~');
    expect(topParagraph('what did trump do with mark root\'s texts')).toBe(11);
  });

  it('knows the leaders by their nicknames ("Manu", "Don", "Donnie"), not other people who share them', () => {
    expect(engine.explain('does manu text the white house').mentions).toContain('macron');
    expect(engine.explain('is donnie friends with the french president').mentions).toContain('trump');
    expect(engine.explain('what did Don and Manu discuss').mentions).toEqual(expect.arrayContaining(['trump', 'macron']));
    expect(engine.ask('Did Manu Ginobili call Trump?').answered).toBe(false);
    // A word one letter off a three-letter name ("doin" beside "Don") is still a word, not a slip in the name.
    expect(engine.explain('what was trump doin on those calls').tokens.map((t) => t.word)).toContain('doin');
  });

  it('forgives two dropped letters in a long proper name ("polico"), not in a long common word ("listen" is not "listener")', () => {
    expect(engine.explain('what did polico report about his cellphone').mentions).toContain('politico~');
    expect(engine.explain('did the staff listen in on his calls').mentions).not.toContain('insiders~');
  });

  it('hears a three-letter surname beside the first name typed in full ("mark rot")', () => {
    expect(engine.explain('what happened to mark rot and his messages').mentions).toContain('rutte~');
    // Alone, three letters are a word: "rot" is not Rutte.
    expect(engine.explain('is there rot in the alliance').mentions).not.toContain('rutte~');
  });

  it('does not stretch a name to someone else: Brigitte Macron and Keir Hardie are not in the story', () => {
    expect(engine.whocalled('Brigitte Macron').answered).toBe(false);
    expect(engine.whocalled('Keir Hardie').answered).toBe(false);
  });

  it('reads a plural title as others, not the one person it names: "NATO leaders" are not Rutte', () => {
    expect(engine.explain('Where did the NATO leaders meet?').mentions).not.toContain('rutte');
    expect(engine.explain('Where did the NATO leader meet Trump?').mentions).toContain('rutte');
    expect(topParagraph('Where did the NATO leaders meet?')).toBe(8);
  });

  it('does not count the outlet every source spoke to as a mention, in explain as in ask', () => {
    expect(engine.explain('Did a person who has heard the calls speak to Politico?').mentions).not.toContain('politico');
    expect(engine.explain('According to Politico, why do leaders call Trump?').mentions).toContain('politico');
  });

  it('meets an irregular past at its verb, as it meets a regular one', () => {
    for (const [past, verb] of [['spoke', 'speak'], ['sent', 'send'], ['told', 'tell'], ['drew', 'draw'], ['called', 'call']]) {
      expect(stem(past ?? '')).toBe(stem(verb ?? ''));
    }
    expect(topParagraph('Did anybody actually hear the calls?')).toBe(4);
  });

  it('asks which one when a name fits two leaders equally', () => {
    const a = engine.whocalled('French prime minister');
    expect(a.answered).toBe(false);
  });
});

describe('answers', () => {
  it('answers "did anyone admit…?" from a source who said it, not from what the report states on its own', () => {
    expect(topParagraph('did anyone concede that leaders are buttering Trump up privately?')).toBe(9);
  });

  it('answers "by what means…?" from the fact naming the means, though another matches the rest more closely', () => {
    expect(topParagraph('via what are world leaders seeking Trump\'s favour?')).toBe(1);
  });

  it('answers the word for what calls with leaders become from the schmooze-fest line', () => {
    expect(engine.ask('what is the word used for what the leader calls become?').answer).toMatch(/schmooze-fest/);
  });

  it('reads contractions and abbreviations like "who\'ve", "themself" and "i.e." as grammar, not as words the story lacks', () => {
    expect(topParagraph("Are the staff who've listened in on the calls left cringing?")).toBe(1);
    expect(topParagraph('did the european official say it themself?')).toBe(9);
    expect(topParagraph('Is the greeting silly, i.e. cartoonish?')).toBe(5);
  });

  it('reads the prefix "non-" as grammar, like "not", in a claim put for checking', () => {
    expect(topParagraph('Is there non-business talk on the calls?')).toBe(4);
  });

  it('reads "main" or "top" put in place of the rank the story gives as a wrong detail its quote corrects', () => {
    expect(topParagraph('Is Kelly the top press secretary?')).toBe(12);
    expect(topParagraph('Is Anna Kelly the main White House press aide?')).toBe(12);
  });

  it('reads "presented as" like "described as": how the story frames a thing, not a word the fact must have', () => {
    expect(topParagraph('Is the WhatsApp use presented as reported?')).toBe(10);
  });

  it('meets "courteous" and "obliging" at "solicitous" when a claim about leaders in private is put for checking', () => {
    expect(topParagraph('Does the official say leaders are more courteous to Trump in private?')).toBe(9);
    expect(topParagraph('Are leaders more obliging with Trump behind closed doors, per the European official?')).toBe(9);
  });

  it('reads a closing "list them" as how to answer, but not "the list" asked about', () => {
    expect(topParagraph('how did leaders flatter Trump, list them')).toBe(3);
    expect(engine.ask('what is on the list?').answered).toBe(false);
  });

  it('knows other forms of words it has: "interact" (interaction), "drawling" (drawl), "elongation" (elongate)', () => {
    expect(topParagraph('How do Trump and Macron interact on the phone?')).toBe(6);
    expect(topParagraph('Who does the drawling of names?')).toBe(6);
    expect(topParagraph('What is the name elongation thing?')).toBe(6);
  });

  it('reads "fact check" after a claim as asking to check it, and "bullish" as a warmer stance', () => {
    expect(topParagraph("Rutte's texts were posted? fact check")).toBe(11);
    expect(topParagraph('Is Trump more bullish on NATO after the summit?')).toBe(8);
  });

  it('knows more everyday words: "monitoring" calls, "nicer" to the alliance, "eachother" run together', () => {
    expect(topParagraph('How did the staff monitoring the calls react?')).toBe(1);
    expect(topParagraph('Has Trump been nicer to the alliance since the summit?')).toBe(8);
    expect(topParagraph('what do Trump and Macron shout at eachother')).toBe(6);
  });

  it('knows everyday words for what the story says: "generously", "spooked", "reciprocity"', () => {
    expect(topParagraph('Did Trump hand out his cellphone number generously?')).toBe(2);
    expect(topParagraph('Why are leaders spooked about texting Trump?')).toBe(11);
    expect(topParagraph('Is there reciprocity in how Trump and Macron greet each other?')).toBe(6);
  });

  it('reads "the intro" and "up top" as the first paragraph, and "for my intro" as what the answer is for', () => {
    expect(topParagraph('How does the intro describe Trump\'s approach?')).toBe(1);
    expect(topParagraph('what is said up top about world leaders?')).toBe(1);
    expect(topParagraph('For my intro, who is Rutte?')).toBe(11);
  });

  it('reads "what share of" as asking for a proportion, which the story never gives, not as sharing', () => {
    expect(engine.ask("What share of the leaders' calls are about business?").answered).toBe(false);
    expect(engine.ask("Which fraction of Trump's calls are small talk?").answered).toBe(false);
  });

  it('reads "not counting X" as setting X aside, not as a question about a count', () => {
    expect(topParagraph('not counting the British PM, who else messaged Trump?')).toBe(11);
  });

  it('answers who goes first from the quote that tells one thing and then the next', () => {
    // Not the paragraph that only names the ritual, nor the one introducing the person asked about.
    expect(topParagraph("during their ritual greeting, who calls out the other's name first?")).toBe(6);
    expect(topParagraph('who began with the names, Macron or him?')).toBe(6);
  });

  it('answers a quoted phrase put to the wrong leader from the fact it quotes, which names the right one', () => {
    expect(topParagraph("Was 'oddly amusing' said of the Rutte texts?")).toBe(5);
  });

  it('answers what one leader calls another from the quote of the names they use', () => {
    // A nickname or title the story doesn't have: the exchange of names shows what they call each other.
    expect(topParagraph("Did Trump call the French leader 'Monsieur Macron'?")).toBe(6);
    expect(topParagraph("Trump calls the French president 'Manu'?")).toBe(6);
  });

  it.each([
    ['Which messaging app did the British PM use?', 10],
    ['What did Trump say about NATO after the summit?', 8],
    ['How many bilateral meetings did the White House claim?', 12],
    ['who said it was oddly amusing', 5],
    ['Emmanuellllll', 6],
    ['bro-ing out', 7],
    ['screenshot rutte texts', 11],
    ['Why are aides cringing?', 1],
    // Honorifics in other registers; a role asked with the person's own title; a U-turn typed as two words.
    ['who is mister Rutte?', 11],
    ['Macron is president of what country', 5],
    // How to answer ("in plain English", "eli5") is not what is asked.
    ['in plain english what does the direct line mean here', 3],
    ['eli5 the emmanuellllll donaldddddd thing', 6],
    // An analyst's words about the text ("referenced in the piece", "rest on") don't count against a question.
    ['When did the NATO summit referenced in the piece take place?', 8],
    // "The insider" is how the story attributes ¶4, not any source: it names that one.
    ['What did the insider tell the outlet about the calls?', 4],
    ['how does macron greet trump', 6],
    // Terse search-box queries.
    ['source of story', 2],
    ['handed out cell number', 2],
    ['how much trump talks to leaders', 4],
    ['sumarise article', 1],
    // However the summary is wanted: "in like one line", "short", "the main claim".
    ['hey bot summarise the story in like one line', 1],
    // Words quoted from the story point at the fact that quotes them.
    ["the phrase 'great leaders', who said it and about who", 8],
    ['Quote me Trump words about NATO', 8],
    ['Could private chats with Trump be used against you?', 11],
    ['Which letter did the Frenchman stretch out when saying the American\'s name?', 6],
    ['Why does the article consider the Rutte incident especially revealing?', 11],
    // "Dealing with Trump" is handling him; "a tariff deal with the UK" is still a deal.
    ["What does the report call Trump's style of dealing with other countries?", 1],
    ['Did the UK get a tariff reduction deal with the US according to this?', 10],
    // His own phone, not an official line, is what the first-term fact says he handed out.
    ['Was it his private phone or an official line that Trump shared?', 2],
    // An official is a person; "official" names a phone only before a phone word: "an official switchboard",
    // "official channels". (The White House's official line on something is what it says.)
    ['Name the foreign official whose private texts were published', 11],
    ['Could leaders get him on his own mobile, or only through official switchboards and channels?', 2],
    ["What is the White House's official line on how Trump gets on with other leaders?", 12],
    ['Does the public know how much Trump talks to leaders?', 4],
    // Someone of a body, by the body: the person whose title names it.
    ['Which NATO official is mentioned?', 11],
    ['which white house official is quoted', 12],
    ["What's the main claim of this piece about Trump and foreign leaders?", 1],
    // Someone's own words asked without "does": the fact that quotes them.
    ['how macron says donald', 6],
    ['need the Emmanuel/Donald quote verbatim', 6],
    ['how trump greets macron', 6],
    // The source named by how the story attributes it, "which source" or not.
    ["Which source was 'familiar with their conversations'?", 6],
    // British and Irish English.
    ['Was Starmer on the blower to Trump?', 10],
    ['The line about the Starmer call, what time of day was it?', 10],
    // A newsroom's delivery notes ("for the social card", "in two lines") are not what is asked.
    ['quote the Emmanuellll / Donalddddd bit for the social card pls', 6],
    ["quick check before we post: what's the basic gist of this Politico-sourced piece?", 1],
    // So is who the answer is for ("for my producer", "for our readers").
    ['how did the aides react to the calls for my producer', 1],
    // Washington is the Trump administration, not only the White House press office.
    ['What did the European official say about friction with Washington?', 9],
    ['Did Trump change his position on NATO?', 8],
    // "Across the board" is a claim the story answers: "in some cases".
    ['Does the European official claim alignment with Trump has improved across the board?', 9],
    // An embedded "what leaders…" asks what they do, not which of them.
    ["I wonder what channels leaders are using to get on Trump's good side.", 1],
    ['Explain what evidence the piece gives that the schmoozing pays off.', 8],
    // Why leaders were amazed is what the cellphone fact says; why Trump did it is not.
    ['why the foreign leaders was amazed of trump', 2],
    ["why's the rutte thing a big deal", 11],
    ['What sound does Macron drag out when saying Donald?', 6],
    // What a "which" asks for must be what the fact base records as not said ("which leaders", not "which term").
    ['In which of his terms did he begin giving out his own phone number to other heads of state?', 2],
    // A number the fact's quote gives.
    ['how many months does the 23 meetings number cover', 12],
    ["Is the aim to get into Trump's good books?", 3],
    ['Does Trump have personal chinwags with leaders as well as work calls?', 4],
    // Everyday framing words the story doesn't use don't count against a question.
    ['What did Trump call the leaders he encountered in the Netherlands?', 8],
    ['whats the most wild example in the report', 5],
    ['How many one-on-one meetings with other countries\' leaders did the White House cite?', 12],
    ['What did Trump say about whether the alliance was a bad deal for the US?', 8],
    ['When was the NATO summit, relative to when this was written?', 8],
    ['Was the drawn-out greeting one-sided or mutual?', 6],
    ["After the summit Trump said he'd met 'terrible leaders', right?", 8],
    ["What spa-like metaphor describes leaders stroking the president's self-image?", 3],
    ['What motive does the article attribute to leaders who flatter Trump privately?', 3],
    ['trump nato u turn why', 8],
    ['How long did it take Trump to hold 23 bilateral meetings?', 12],
    // Words about the text itself ("adjective", "verb") and "else" ask nothing of their own.
    ['What adjective describes the way Trump handles foreign leaders?', 1],
    ['Which verb does the story use for what the European official said?', 9],
    ['Besides personal chat, what else comes up on the calls?', 4],
    // "The Rutte paragraph" names a part of the story; "at the end" and "how does it wrap up" point at its end.
    ['What is the Rutte paragraph about?', 11],
    ['Which comms app did Starmer use?', 10],
    ['Who is quoted at the end?', 12],
    ['How does the article wrap up?', 12],
    // Chatting is talking; social talk is personal talk.
    ["Are Trump's calls with leaders mostly social?", 4],
    ['Is Trump chatting to more leaders than people realise?', 4],
    // Every source spoke to the outlet: "to Politico" names no one asked about.
    ['Did a person who has heard the calls speak to Politico?', 4],
    ['Who told the outlet that the calls mix business and personal talk?', 4],
    // Of two alternatives, the story has one: it answers which.
    ['Are the leaders described as relaxed or scrambling?', 1],
    // Giving is handing out, in any tense.
    ['Did Trump dish out his mobile number to foreign leaders?', 2],
    // The main clause asks ("When Trump says…, what does Macron answer?"); a country's leader is a person.
    ["When Trump says 'Emmanuel', what does Macron answer?", 6],
    ['Which country leader plays out a goofy greeting with Trump?', 5],
    ['When did the summit take place?', 8],
    ['What is the name of the deputy White House press secretary?', 12],
    // Requests and broadcast delivery notes frame a question; "what prompted" asks why.
    ['Walk me through the Rutte angle.', 11],
    ["Give me the European official's quote for a lower third", 9],
    ["What prompted Trump's turnaround on NATO?", 8],
    ['What time of day did Starmer get the call?', 10],
    ["Could Trump's private texts with leaders end up out in the open?", 11],
    // Which of someone the story names: where it introduces them.
    ['Which British leader shows up in the article?', 10],
    // Everyday words for what the story says.
    ["Did Starmer's call concern import tariffs?", 10],
    ['Is Trump friendlier towards NATO these days?', 8],
    ['Were leaders impressed by the cellphone gesture?', 2],
    ['Are the calls never about real business?', 4],
    // "The opening of the article" is its first paragraph; the listener's reaction is the Macron example's.
    ['Who cringes, according to the opening of the story?', 1],
    // Written like a ticket or an email: the subject line, "pls advise", "ASAP" and the sign-off ask nothing.
    ['Subject: rapport quote Who says the golf trip is a chance to build rapport? Kind regards, Sam', 10],
    ['Request: the line the insider used about business vs personal talk. pls advise asap', 4],
    ['Enquiry - whose texts did Trump post publicly? Best regards', 11],
    ['Hi team, who was the most striking example? Cheers', 5],
    // A claim put up for checking ("Claim: … Verdict?", "Viral post: '…' Accurate?") and a name signed at the end.
    ['Claim: Rutte sent Trump effusive texts and Trump posted them. Verdict?', 11],
    ["Tweet: 'NATO chief Rutte texted Trump.' Real or fake?", 11],
    ['What did the European official say about friction? -- Dorothy', 9],
    // A negative question ("didn't…", "wasn't…") is a yes/no question; "information" names no topic.
    ["Didn't Macron draw out the d when answering Trump?", 6],
    ['Who provided the information on how many leaders Trump talks to?', 4],
    // "Name the X" asks for X's name, which the fact that names X gives.
    ['Name the secretary general of NATO that the story mentions.', 11],
    ['name the UK prime minister in the piece', 10],
    // Quiz forms: a numbered question, a fill-in-the-blank, multiple choice with lettered options.
    ['Q3: Rutte\'s texts were described as \'___\' by the report. Fill in the blank.', 11],
    ['Lightning round! Fill in: the two heads of state were said to be \'___ out\'', 7],
    ['Multiple choice - Starmer messaged Trump on (a) Signal (b) WhatsApp (c) Telegram', 10],
    // A dropped letter in a word that names no topic ("acording", "artcle") or a dropped g ("tryin") is a slip.
    ['acording to the artcle, what did Trump hand out in his first term?', 2],
    ['whats the gist of the storys first paragrph', 1],
    ['is Trump still callin NATO a rip-off?', 8],
    // A dropped letter in a synonym of a story word: "numbr" is "number", which is the cellphone's.
    ['did Trump hand out his personal numbr freely?', 2],
    // Words of another language mixed into an English question are read in English.
    ['¿Quién is the alliance chief whose texts got posted, por favor?', 11],
    // Nigerian Pidgin and Indian English in an English question.
    ['abeg wetin Trump do with the NATO oga messages?', 11],
    ['na true say Starmer dey use WhatsApp?', 10],
    ['what is the good name of the French leader?', 5],
    // "Which paragraph…" asks where: not which leaders got the number, which the story doesn't say.
    ['which para is the bit about his phone number', 2],
    // "Literally" in a yes/no question is emphasis, as "actually" is: not a call for finer detail.
    ['Did Trump literally post screenshots of the texts?', 11],
    // Gossip-column words: the tea frames a question, iconic is striking, throwing shade is hostility.
    ["what's the tea on Rutte's texts?", 11],
    ['Who was the most iconic example of the schmoozing?', 5],
    // Tabloid superlatives for the report's prime example: "the WORST example", "the most shameless example".
    ['So who is the WEIRDEST example of the grovelling?', 5],
    ['Who is the worst example of sucking up to Trump?', 5],
    // Words about the text's form (hyphenated, descriptor, styled, transition) ask about the passage's wording.
    ["Is 'ego-massage' hyphenated in the article?", 3],
    ['What descriptor does the piece give Anna Kelly?', 12],
    // "The first quote" is the first words the story quotes from someone speaking for themselves, not the report.
    ['Who is behind the first quote in the story?', 4],
    ['Which verb does the opening quotation get?', 4],
    // "The lede" is the first paragraph: any fact of it answers, not only the one keyed on the headline.
    ['Are the aides in the lede embarrassed?', 1],
    ['Does the lede credit anyone for its claims?', 1],
    // "NL", the country code readers write for the Netherlands.
    ['What did Trump declare once the NL summit was over?', 8],
    // "Sound like", "like that": "like" as in "such as", not a feeling the story doesn't report.
    ['What did Macron\'s reply sound like?', 6],
    ['What does Macron say back when Trump stretches his name like that?', 6],
    // What the article thinks is what it says, not how someone it names reacted.
    ['Why does the report think the Rutte screenshots are so telling?', 11],
    // A student's analytic words (assessment, behavioural, historically) shade the question; they name no topic.
    ['What behavioural shift among leaders does the European official describe?', 9],
    ["Is the official's assessment that there is less friction?", 9],
    ['Was handing out his cellphone historically unusual, per the story?', 2],
    // British "proper" ("proper business", "properly reversed") is degree, like "real" or "really".
    ['Are the calls just flattery or proper business too?', 4],
    ['Did Trump properly reverse his NATO stance?', 8],
    // "Actually" in a question put as a statement is emphasis, as in a yes/no question.
    ["hold on, Trump actually screenshotted Rutte's messages??", 11],
    // "Getting the number", "receiving the number": his phone number, handed out, not a figure asked for.
    ["What is the report's word for leaders' reaction to receiving the number?", 2],
    ['Was Trump throwing shade at NATO before the summit?', 8],
    // "The Dutch summit" is the summit in the Netherlands, not something about Rutte.
    ['What did Trump declare after the Dutch summit?', 8],
    // "The official" who says something is the one official the story quotes, not an official phone.
    ['What did the official say about personal contact?', 9],
    // Anti-NATO is hostile toward it.
    ['Was Trump anti-NATO before the summit?', 8],
    ['le premier ministre britannique used which app, s\'il vous plaît?', 10],
    ['wie viele bilateral meetings, laut the White House?', 12],
    ['Did Macron stretch Trump\'s name too, sí o no?', 6],
    // A paragraph pointed at, with a summary or its main claim asked for: that paragraph, not the story's summary.
    ['main claim of the opening paragraph?', 1],
    ['can I get a summary of paragraph four', 4],
    // The opening claim, the first bit of the story: its first paragraph too.
    ['Who is behind the opening claim about world leaders?', 1],
    ["what's in the first bit of the story about aides", 1],
    ['who has the final word in the article?', 12],
    // "In what sense" asks how.
    ['In what sense was the greeting cartoonish?', 5],
    // Old-fashioned formal English: "pray", "might I ask", "one gathers", a Christian name, "to what end".
    ['Which office, pray, does Anna Kelly occupy?', 12],
    ['And how, might I ask, did Macron say Trump\'s Christian name?', 6],
    ['To what end, one gathers, do leaders ring him on his own line?', 3],
    ['I should be grateful for the name of the publication whose reporting the piece rests on.', 2],
    // The asker's asides about themselves ask nothing: "humour me", "bear with me", "I'm dying", "I can't believe it".
    ['Where is the golf game, humour me', 10],
    ['Bear with me, who stretched the letter d?', 6],
    ['what app did Starmer use, I\'m dying', 10],
    ['out of curiosity, what did the deputy press secretary claim', 12],
    ['Is the story chiefly concerned with informal diplomacy?', 1],
    ['Did the insider hear the calls with his own ears?', 4],
    // "At the start" is the story's start, but "at the start of their calls" is the calls'.
    ['What did Trump say to Macron at the start of their calls?', 6],
    ["What was the listener's reaction to the Macron greeting?", 5],
    ['What label does the piece put on the calls?', 1],
    // Winning someone over is not a result.
    ['What do leaders hope to win his favour with on the private line?', 3],
    // "The letter l" is a letter of the alphabet, not one sent; "which …, A or B?" asks which, not who called.
    ['Does Trump stretch the letter l?', 6],
    ['Which phone did Trump hand the leaders, an official phone or his own phone?', 2],
    ["Is the story based on another outlet's report?", 2],
    // How formal the calls are is what the insider describes, not the one greeting that was cartoonish.
    ['Do they keep it formal when leaders ring him?', 4],
    // Getting anything out of it is getting results.
    ['Did the leaders gain anything from all that sweet talk?', 9],
    // "The claim that …" is the claim that follows, not Kelly's claiming; who is behind it asks its source.
    ['Who is the source of the claim that Trump passed around his private number?', 2],
    ["Who's really behind the allegation that the aides cringed?", 1],
  ])('answers %s from paragraph %i', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('quotes the article verbatim, says where and who said it', () => {
    const a = engine.ask('What did the European official admit?');
    expect(a.answered).toBe(true);
    const r = loadFactBase(FACTS);
    if (!r.ok) throw new Error('load');
    for (const s of a.sources) {
      expect(collapse(r.base.stories[0]?.paragraphs[s.paragraph - 1] ?? '')).toContain(collapse(s.quote));
      expect(s.attribution).toBe('a European official');
      expect(s.story).toBe('trump-leader-calls');
    }
  });

  it('gives a confidence in [0, 1], higher for a clear question than for a vague one', () => {
    const clear = engine.ask('Which app did Starmer use to message Trump?');
    const vague = engine.ask('leaders');
    expect(clear.confidence).toBeGreaterThan(0.8);
    expect(clear.confidence).toBeLessThanOrEqual(1);
    expect(vague.confidence).toBeLessThan(clear.confidence);
  });

  it('answers a bare "who reported this?" with the outlet, and says what the story leaves out about the report', () => {
    for (const q of ['who reported this?', 'who broke the story first', 'which news outlet published it?']) expect(topParagraph(q)).toBe(2);
    expect(engine.ask('When was the Politico story published?').answered).toBe(false);
    expect(engine.ask("who paid for Starmer's golf trip").answer).toMatch(/who paid/);
  });

  it('answers who reported the story with the outlet it cites, and a reporter question honestly', () => {
    expect(topParagraph('which outlet is this from')).toBe(2);
    expect(topParagraph('Which paper broke the cellphone story?')).toBe(2);
    expect(engine.ask('Which Politico journalist wrote it?').answered).toBe(false);
  });

  it('takes a slip in one word of a name it otherwise recognises as part of the name', () => {
    expect(topParagraph('ana kelly statement')).toBe(12);
  });

  it('refuses a time of day the fact does not give, and answers one it does ("what time is the golf on?")', () => {
    const golf = engine.ask('what time is the golf on?');
    expect(golf.answered).toBe(false);
    expect(golf.answer).toContain("doesn't give a time of day");
    expect(engine.ask('What time did Rutte send the texts?').answered).toBe(false);
    expect(topParagraph('What time of the day did Starmer take the call?')).toBe(10);
    expect(topParagraph('Over what time were the 23 meetings counted?')).toBe(12);
  });

  it('refuses which leaders Trump gets along with or not: the story names none either way', () => {
    expect(engine.ask('Which leaders does Trump not get along with?').answered).toBe(false);
  });

  it('answers an either-or question when the story gives one side ("cricket or football?")', () => {
    expect(topParagraph('Was Starmer watching cricket or football during the late call?')).toBe(10);
  });

  it('answers a part of a two-part question when the whole is a thin match, never past a real refusal', () => {
    const a = engine.ask('Whose texts did Trump screenshot, and what did the White House claim about his relationships with leaders?');
    expect(a.answered).toBe(true);
    expect(a.question).toMatch(/^Whose texts/);
    expect(engine.ask('Will Trump call Starmer again, and what did they talk about?').answered).toBe(false);
  });

  it('answers a yes/no question that gets a place, a number or a detail of the same kind wrong with the fact that gives the right one', () => {
    expect(topParagraph('Was the NATO summit held in Belgium?')).toBe(8);
    expect(topParagraph('Did Kelly claim 32 bilateral meetings?')).toBe(12);
    expect(engine.ask('Did Trump meet Putin in Helsinki?').answered).toBe(false);
    // A country however it is typed: "in austria" is a place as "in Austria" is.
    expect(topParagraph('was starmer invited to play golf in portugal?')).toBe(10);
    expect(topParagraph('Were the NATO leaders meeting in austria?')).toBe(8);
    // A sport, a time of day, a direction or a tone of the same kind as the fact's.
    expect(topParagraph("Did Starmer's late-night call happen during a cricket match?")).toBe(10);
    expect(topParagraph('Was the tariff deal with the UK meant to raise tariffs?')).toBe(10);
    // A span of the calendar: last year where the story says last month.
    expect(topParagraph('Did the NATO summit take place last year?')).toBe(8);
    // Not an app: "Signal" is another way of messaging, which the story doesn't report.
    expect(engine.ask('Did Starmer use Signal to message Trump?').answered).toBe(false);
  });

  it('reads a "true or false" claim or one with a tag question as a claim, even with a relative "who" in it', () => {
    // The wrong feeling is corrected by the fact that gives the right one.
    expect(topParagraph('True or false: the aides who were on the calls were impressed.')).toBe(1);
    expect(topParagraph("Staff who were on the calls were impressed, weren't they?")).toBe(1);
  });

  it('answers a claim quoting a fact\'s words about the wrong person with the fact, whose quote names the right one', () => {
    expect(topParagraph("Was it Trump and Starmer whom the source said were 'bro-ing out'?")).toBe(7);
    expect(topParagraph("Did Trump and Starmer go 'back and forth' with their names, as the source put it?")).toBe(6);
    // Someone else's words quoted, or no words quoted at all, are no such correction.
    expect(engine.ask("Did Macron say Trump's relationships were 'great relationships'?").answered).toBe(false);
    expect(engine.ask("Did Starmer get Trump's 'personal cellphone' in his first term?").answered).toBe(false);
  });

  it('answers "was it X or Y" about two people when the story gives one of them', () => {
    expect(topParagraph('was it Starmer or Macron who had the name ritual with Trump?')).toBe(5);
    expect(topParagraph("did Trump post Rutte's texts or Macron's?")).toBe(11);
  });

  it('answers "calls or texts?" when the story reports one of the two ways of contact', () => {
    expect(topParagraph('Did Rutte phone Trump or text him?')).toBe(11);
    // Neither is the way the story reports.
    expect(engine.ask('Did Rutte reach Trump by WhatsApp or by email?').answered).toBe(false);
  });

  it('reads "which country\'s leader" as asking for a leader, not about leaders in general', () => {
    expect(topParagraph("which country's leader used whatsapp to reach trump")).toBe(10);
  });

  it('keeps "name" in a question about names that asks for none ("a first-name thing")', () => {
    expect(topParagraph('is it a first-name thing between Trump and Macron?')).toBe(6);
    expect(topParagraph("What is the NATO chief's name?")).toBe(11);
  });

  it('keeps "name" in a question about how a name is said', () => {
    expect(topParagraph("How did Trump say Macron's name?")).toBe(6);
  });

  it('answers what the story is about with its headline fact', () => {
    for (const q of ["what's this article about?", 'tl;dr?', 'could you summarize this story for me', 'what is the main thrust of this piece?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.sources[0]?.paragraph).toBe(1);
    }
  });

  it('reads the framing of a question as framing ("is it true that", "the gist of the part about")', () => {
    expect(topParagraph('is it true that the NATO boss had his messages screenshotted and shared?')).toBe(11);
    expect(topParagraph('give me the gist of the part about the golf trip')).toBe(10);
  });

  it('asks for more when a question names nothing to look up ("what did they say?")', () => {
    const a = engine.ask('what did they say?');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/couldn't find anything to look up/);
  });

  it('reads checks around a question as framing ("I heard…", "…is that in the piece?", "is there anything about…")', () => {
    expect(topParagraph("I heard the NATO chief's messages got screenshotted and posted — is that in the piece?")).toBe(11);
    expect(topParagraph('is there anything about golf?')).toBe(10);
    expect(topParagraph('Is Starmer mentioned, and for what?')).toBe(10);
    expect(topParagraph('can you tell me what Anna Kelly claimed')).toBe(12);
  });

  it('does not count general words the story never uses against a question ("notice", "special")', () => {
    expect(topParagraph("what did listeners notice about how Trump says Macron's name?")).toBe(6);
    expect(topParagraph('was there a special routine between Trump and the French president')).toBe(5);
    expect(engine.ask('Did Trump usually win at golf?').answered).toBe(false);
  });

  it('reads "how much does he talk to them" as how often, and "how much were tariffs cut" as a count', () => {
    expect(topParagraph('how much does Trump talk with foreign leaders?')).toBe(4);
    expect(engine.ask('how much were the tariffs cut?').answered).toBe(false);
  });

  it('prefers the fact a named kind of source speaks in ("the listener")', () => {
    expect(topParagraph('How did the listener describe the Trump–Macron calls?')).toBe(5);
  });

  it('answers "who admitted…" with a fact that has a speaker, not one only the report vouches for', () => {
    expect(topParagraph('who admitted that leaders flatter Trump more in private?')).toBe(9);
  });

  it("reads a word the fact itself uses as the fact means it ('most telling' is not 'tell')", () => {
    expect(topParagraph("what's the most telling part of the story?")).toBe(11);
    expect(engine.ask("What did Rutte's texts say?").answered).toBe(false);
  });

  it('answers what someone is with the fact that introduces them by title', () => {
    expect(topParagraph("what's Anna Kelly's role?")).toBe(12);
    expect(topParagraph('Which country does the British PM lead?')).toBe(10);
    expect(topParagraph('what does Rutte do')).toBe(11);
    expect(topParagraph('Which office does Starmer hold?')).toBe(10);
    expect(topParagraph('what title is Mark Rutte given in the piece')).toBe(11);
    // A leader's office is his staff too: what it said is not his title.
    expect(engine.ask("What did Macron's office say in response to the story?").answered).toBe(false);
    // The story gives Rutte's NATO title, never where he is from.
    expect(engine.ask('Which country is Rutte from?').answered).toBe(false);
  });

  it("reads a fact-checker's framing as framing ('Quick check:', 'can I write that…', 'who is the source for…')", () => {
    expect(topParagraph('Quick check before we publish: can I write that Trump posted the NATO chief’s texts?')).toBe(11);
    expect(topParagraph('who is the source for the Emmanuellllll detail?')).toBe(6);
    expect(topParagraph('Is the European official quoted by name?')).toBe(9);
    expect(engine.ask('can I write that Trump posted Macron’s texts?').answered).toBe(false);
  });

  it("reads a newsroom's shorthand ('producer q:', 'pull the bit about', 'need the X quote', 'the lede')", () => {
    expect(topParagraph('producer q: pull the bit about the golf invite')).toBe(10);
    expect(topParagraph('need the Anna Kelly quote')).toBe(12);
    expect(topParagraph("for the headline: what's the one-line version?")).toBe(1);
    expect(topParagraph("what's the lede?")).toBe(1);
    expect(topParagraph("is 'schmooze-fest' a direct quote or our characterization?")).toBe(1);
    expect(topParagraph("need the European official's quote verbatim")).toBe(9);
    // The story describes Rutte's texts; it never quotes them.
    expect(engine.ask("need Rutte's texts verbatim").answered).toBe(false);
  });

  it("answers a long message by the sentence that asks something the story answers", () => {
    expect(topParagraph("Hello, I'd like to know who Mark Rutte is, as described in the piece. I confess I don't follow European affairs closely.")).toBe(11);
  });

  it('reads courtesies, honorifics and tag questions as framing', () => {
    expect(topParagraph('Good morning. Could you tell me which messaging app Mr. Starmer used to reach the President?')).toBe(10);
    expect(topParagraph("Dear assistant, I was wondering whether the article says where the NATO summit was held, if you'd be so kind.")).toBe(8);
    expect(topParagraph("I'd like to know what the commander-in-chief said about the alliance after the summit.")).toBe(8);
    expect(topParagraph('Starmer texted Trump on WhatsApp, right?')).toBe(10);
    expect(engine.ask('Good afternoon. Did Mr. Putin call the President?').answered).toBe(false);
  });

  it('reads where in the article a question points ("the kicker", "the last paragraph")', () => {
    expect(topParagraph("what's the kicker quote?")).toBe(12);
    expect(topParagraph('The last paragraph, how does the White House describe Trump’s relations abroad?')).toBe(12);
    // "At the end of the calls" is not a place in the article.
    expect(engine.ask('How did Macron sign off at the end of the calls?').answered).toBe(false);
  });

  it('reads "the X part, <question>" as the question about X', () => {
    expect(engine.ask('The Rutte screenshots, when exactly were they posted?').answered).toBe(false);
    expect(topParagraph('the bro-ing out line - what was the exact phrase?')).toBe(7);
  });

  it('tells "good graces" from a judgement', () => {
    expect(topParagraph('Do leaders flatter him in private to get into his good graces?')).toBe(3);
    expect(engine.ask('Is it a good thing that leaders flatter him?').answered).toBe(false);
  });

  it('answers whether the story has a named source with the first fact a named person speaks in', () => {
    expect(topParagraph('Does the piece include any named source?')).toBe(12);
    expect(topParagraph("Does the story attribute the 'bro-ing out' description to a named person?")).toBe(7);
  });

  it('lists the leaders when asked which ones the story names', () => {
    const a = engine.ask('which leaders does the article mention?');
    expect(a.answered).toBe(true);
    expect(a.sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
    expect(a.answer).toMatch(/Macron[\s\S]*Starmer[\s\S]*Rutte/);
  });

  it('answers a question that points at a paragraph by number from that paragraph', () => {
    expect(topParagraph('Paragraph 10: what did Starmer use to message Trump?')).toBe(10);
    expect(topParagraph('what does paragraph 4 say')).toBe(4);
    expect(topParagraph('summarise the third paragraph')).toBe(3);
    expect(topParagraph("what's in para 7?")).toBe(7);
    expect(engine.ask('what does paragraph 13 say?').answer).toMatch(/^The story has 12 paragraphs/);
    expect(topParagraph("what's in the 4th para")).toBe(4);
    expect(engine.ask('the 13th paragraph').answer).toMatch(/^The story has 12 paragraphs/);
  });

  it("reads a reading worksheet's framing: the author is the article, the reader's inference is what it says", () => {
    expect(topParagraph("What does the author suggest about Trump's relationships with leaders?")).toBe(12);
    expect(topParagraph("What can the reader infer about Starmer's relationship with Trump?")).toBe(10);
    expect(topParagraph('Identify the source of the quote about bro-ing out.')).toBe(7);
    // Who the author is remains a question the story can't answer.
    expect(engine.ask('who is the author').answered).toBe(false);
  });

  it('reads "a quick summary of the Macron part" as a question about Macron', () => {
    expect([5, 6, 7]).toContain(topParagraph('give me a quick summary of the macron part'));
  });

  it('reads "the UK angle": general words alone ask about whoever is named', () => {
    expect(topParagraph('any british angle to this?')).toBe(10);
    expect(topParagraph('the NATO angle, in brief?')).toBe(11);
  });

  it("reads chat shorthand and everyday words for people: 'wdym', 'outta', 'fellow', 'PMs', 'secgen'", () => {
    expect(topParagraph('wdym the calls made aides cringe')).toBe(1);
    expect(topParagraph('the dutch fellow whose texts got posted, who is he')).toBe(11);
    expect(topParagraph('did trump give his cell number to presidents and PMs')).toBe(2);
    expect(topParagraph('what did the secgen text trump')).toBe(11);
    expect(topParagraph('who said they were like a couple of bros')).toBe(7);
  });

  it("reads a reader's framing words ('relevant', 'the idea that', 'connect', 'reckon', 'admission', 'diplomacy') as framing", () => {
    expect(topParagraph('Is there anything relevant about the summit in the Netherlands?')).toBe(8);
    expect(topParagraph('does the white house reckon the leaders like trump')).toBe(12);
    expect(topParagraph("What did the European official's admission say?")).toBe(9);
    expect(topParagraph("how is trump's diplomacy described by the white house")).toBe(12);
    expect(topParagraph('how does the piece connect the calls to the NATO reversal')).toBe(8);
  });

  it("reads 'what sums up' as asking for a description", () => {
    expect(topParagraph("What word sums up Trump and Macron's rapport?")).toBe(7);
  });

  it("finds the fact an event's significance or setting belongs to in the words people use for the event", () => {
    expect(topParagraph('was the trump-macron hello formal?')).toBe(5);
    expect(topParagraph("why does the screenshot of rutte's texts matter?")).toBe(11);
    expect(topParagraph('did a european official say the charm offensive paid off?')).toBe(9);
    expect(topParagraph('did the staff who overheard the conversations enjoy them?')).toBe(1);
    expect(topParagraph('how does the source sum up the banter between trump and macron?')).toBe(7);
  });

  it('reads "what are the calls about?" as asking their topics, and "the UK adviser" as the adviser', () => {
    expect(topParagraph("what are trump's phone calls generally about")).toBe(4);
    expect(topParagraph('what do his chats with leaders mostly cover?')).toBe(4);
    expect(topParagraph("what does the british adviser think of trump's golf invite")).toBe(10);
  });

  it('answers "what examples of leaders courting Trump?" with every leader and their contacts, each sourced', () => {
    const a = engine.ask('what examples does the story give of leaders buttering up trump?');
    expect(a.answered).toBe(true);
    expect(a.sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
    expect(a.answer).toMatch(/Macron[\s\S]*Starmer[\s\S]*Rutte/);
  });

  it('reads "source?" and "where is this sourced from?" as asking where the story comes from', () => {
    expect(topParagraph('source')).toBe(2);
    expect(topParagraph('where is the story coming from?')).toBe(2);
    expect(engine.ask("who broke this story about trump's phone calls?").factIds).toEqual(['politico-report']);
  });

  it('reads "the point of" as purpose and "how much does he talk" as how often', () => {
    expect(topParagraph('what is the point of buttering trump up?')).toBe(3);
    expect(topParagraph('how much does trump speak with other leaders?')).toBe(4);
  });

  it('reads "is it real?", "the fuss about X" and "post-summit" in plain terms', () => {
    expect(topParagraph('did the european official say the sucking up is real?')).toBe(9);
    expect(topParagraph("what's all the fuss about the rutte texts?")).toBe(11);
    expect(topParagraph("trump's post-summit remarks about nato")).toBe(8);
    expect(topParagraph('can you count on a text to trump staying private?')).toBe(11);
  });

  it('sets the leaders a comparison names side by side, each sourced', () => {
    const a = engine.ask('how do starmer and rutte differ in how they contacted trump?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^What the story reports for each:\n• Keir Starmer[^\n]*WhatsApp[^\n]*\n• Mark Rutte[^\n]*text messages/);
    expect(a.sources.map((s) => s.paragraph)).toEqual([10, 11]);
    // Which of two did something is not a comparison.
    expect(topParagraph('did macron or starmer take the late-night call?')).toBe(10);
  });

  it('reads "two-word" as a number and a word, while "hands-on" and "u-turn" stay one word', () => {
    expect(words('a two-word hands-on u-turn')).toEqual(['a', '2', 'word', 'handson', 'uturn']);
    expect(topParagraph('the two-word label for the trump-macron chats?')).toBe(7);
  });

  it('reads "his first time in the White House" as his first term, not as the White House', () => {
    expect(topParagraph('was it in his first time in the white house that trump shared his cell?')).toBe(2);
    expect(topParagraph('what did the white house say?')).toBe(12);
  });

  it('reads "kicked off" as started', () => {
    expect(topParagraph('who kicks off the long-name greeting?')).toBe(6);
  });

  it('reads "which word", "what phrase" as asking for the wording of whatever fact answers, not only the one keyed on a phrase', () => {
    expect(topParagraph('What word is used for the messages Rutte sent?')).toBe(11);
    expect(topParagraph("What phrase did the piece use for the NATO chief's messages?")).toBe(11);
    // (The fact that is itself a phrase still comes first when it answers.)
    expect(topParagraph('what term sums up the Trump-Macron relationship')).toBe(7);
  });

  it('prefers the fact keyed on a form of words when a question asks for one ("which expression…")', () => {
    // Both the greeting (¶6) and the 'bro-ing out' description (¶7) are about the two men's calls; only the
    // second is an expression for them.
    expect(topParagraph('what term did the source use for the Macron calls')).toBe(7);
    expect(topParagraph('what expression was used about the two presidents during calls?')).toBe(7);
  });

  it('reads "quote X\'s words" as asking for what X is quoted saying, like "what did X say"', () => {
    // Trump's own words on NATO are in the summit fact (¶8), not in the fact about the NATO chief's texts (¶11).
    expect(topParagraph("quote Trump's words on NATO")).toBe(8);
    expect(topParagraph("Quote Trump's words about the NATO alliance.")).toBe(8);
  });

  it('reads "more or less than…" as a choice of amount, not the "less" of the European official\'s "less friction"', () => {
    expect(topParagraph("trump talks to leaders less than you'd think, or more?")).toBe(4);
    expect(topParagraph('is trump talking with world leaders less than we know or a lot more?')).toBe(4);
    expect(topParagraph('Is Trump chatting with leaders more or less than is known?')).toBe(4);
  });

  it('reads "reportedly" as hedging, not as a detail only the WhatsApp fact (which says "reportedly") can answer', () => {
    expect(topParagraph('What do Trump and Macron reportedly say when a call starts?')).toBe(6);
    expect(topParagraph('who reportedly messaged trump via whatsapp')).toBe(10);
  });

  it('reads "pres" and "prez" as president', () => {
    expect(topParagraph('who does the french prez greet with a stretched-out name')).toBeGreaterThanOrEqual(5);
    expect(topParagraph('Is Macron the prez of France?')).toBe(5);
  });

  it('answers whether a source is anonymous from how the fact attributes it', () => {
    expect(topParagraph('is the UK adviser on the golf trip anonymous?')).toBe(10);
    expect(topParagraph('Was the source on how often Trump talks to leaders anonymous?')).toBe(4);
  });

  it('reads "the person listening" as the listener the story quotes, and "listening in" as the aides', () => {
    expect(topParagraph('Was the Emmanuel-Donald routine amusing to the person listening?')).toBe(5);
    expect(topParagraph('what did the guy listening make of the trump macron hello')).toBe(5);
    expect(topParagraph('how did the aides listening in feel?')).toBe(1);
  });

  it('reads "achieve" as what the calls yield as well as what leaders aim for', () => {
    expect(topParagraph('did the personal calls achieve any results')).toBe(8);
  });

  it('reads "what do they talk about" as asking what the calls discuss', () => {
    expect(topParagraph('what sort of things do the leaders chat about with trump?')).toBe(4);
    // Someone who talked about something is someone who said it.
    expect(topParagraph('did the adviser speak about rapport?')).toBe(10);
  });

  it('reads a question relayed for someone else as the question itself', () => {
    expect(topParagraph("Someone in the newsroom asked whether Macron and Trump really stretch out each other's names.")).toBe(6);
    expect(topParagraph('Could you explain the Rutte episode for a reader?')).toBe(11);
    // The relay changes nothing about what the story can answer.
    expect(engine.ask('A reader wants to know who won the football match.').answered).toBe(false);
  });

  it('answers "who said…" with a fact that quotes the speaker, even when the report tells it', () => {
    expect(topParagraph('who said the leaders were great')).toBe(8);
  });

  it('reads "what does the article say about X" as asking what the story says, not what X said', () => {
    expect(topParagraph("What does the article say about Rutte's texts?")).toBe(11);
    expect(topParagraph('What did the story say about the WhatsApp messages?')).toBe(10);
    // What the messages themselves said is still not in the story.
    expect(engine.ask("what did rutte's texts say").answered).toBe(false);
    expect(engine.ask('What does the piece say Starmer wrote to Trump?').answered).toBe(false);
  });

  it('reads "tell me about X" as a request, not as asking what someone said', () => {
    expect(topParagraph('Tell me about Starmer')).toBe(10);
    expect(topParagraph('Tell me about the texts')).toBe(11);
    // "Tell me what…" asks what follows.
    expect(engine.ask("tell me what rutte's texts said").answered).toBe(false);
  });

  it.each([
    ['Fill me in on the golf invitation', 10],
    ['any info on the NATO summit?', 8],
    ['What do we know about Anna Kelly?', 12],
    ['How does Rutte fit into the story?', 11],
    ['What part does the European official play in all this?', 9],
    ['Why does the greeting ritual matter?', 5],
    ["What's the significance of Anna Kelly?", 12],
    ['Why is Macron in the story?', 5],
    ["What's notable about Rutte?", 11],
    ['info on Anna Kelly', 12],
    ['details about Rutte?', 11],
  ])('reads a request for what the story has on something: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    ['Where in the story is the tariff deal?', 10],
    ['where does the article mention Macron', 5],
    ['in which paragraph do the aides appear', 1],
    ['Which paragraph mentions the insider?', 4],
  ])('reads "where in the story" as asking for the paragraph: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    'Where does this story come from?',
    "what's the source of this story",
    'where did the article get this from',
    'how do they know all this?',
  ])('answers where the story comes from: %s', (q) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.paragraph).toBe(2);
    expect(a.answer).toMatch(/Politico/);
  });

  it('answers the first part of "did X happen, and in which direction?" when the second asks more than the story says', () => {
    expect(topParagraph('Did Trump soften on NATO, and in which direction did he move?')).toBe(8);
    expect(topParagraph('Did the White House respond, and in what tone?')).toBe(12);
  });

  it("confirms a claim that names the fact's own source ('was it Politico that reported…')", () => {
    expect(topParagraph('Was it Politico that reported Trump handed out his cell?')).toBe(2);
  });

  it('answers what someone quoted said about what their quote covers', () => {
    expect(topParagraph("What did Kelly say about Trump's relationships with leaders?")).toBe(12);
    expect(topParagraph('What did Kelly say about the number of meetings?')).toBe(12);
  });

  it('answers what the sources the story does quote said, named or not', () => {
    expect(topParagraph('What did the insider say?')).toBe(4);
    expect(topParagraph('what did the european official say')).toBe(9);
    expect(topParagraph('What did the White House say?')).toBe(12);
  });

  it.each(['is this all from some report?', 'does the story come from a particular report', "is this based on another outlet's reporting"])(
    'answers whether the story comes from a report: %s',
    (q) => {
      expect(topParagraph(q)).toBe(2);
    },
  );

  it('answers a one-line-version request with the headline fact', () => {
    expect(topParagraph("what's the one-line version of this story?")).toBe(1);
  });

  it.each([
    ['has Trump quit trashing NATO?', 8],
    ['does the piece hint that texts to Trump could go public?', 11],
    ["what's the backstory on the WhatsApp messages", 10],
    ["what's the name of the White House spokesperson in the story?", 12],
  ])('reads everyday wording: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('reads "names" as a word of the question ("namely" shares its stem, but "names" is no stopword)', () => {
    expect(topParagraph('the bit with the really long names, how does it go?')).toBe(6);
  });

  it('reads "the tone of X" as asking how X is described', () => {
    expect(topParagraph('What was the tone of the NATO chief\'s messages, per the piece?')).toBe(11);
  });

  it.each([
    ['what do these calls turn into?', 1],
    ["Rutte's job title as written in the piece?", 11],
  ])('reads "turn into" as become, and "as written" as the story gives it: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each(['is this fake news?', 'how reliable is this story?', 'can I trust this?', 'is this true?'])(
    'answers a doubt about the story with what it rests on: %s',
    (q) => {
      const a = engine.ask(q);
      expect(a.sources[0]?.paragraph).toBe(2);
      expect(a.answer).toMatch(/Politico/);
    },
  );

  it('lists the leaders when asked to, and sums up on "key facts"', () => {
    expect(engine.ask('list the leaders').sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
    expect(topParagraph('give me the key facts')).toBe(1);
    expect(engine.ask('how many leaders does the article mention?').sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
  });

  it('answers small talk as such, without pretending it is a question about the story', () => {
    expect(engine.ask('thanks!').answer).toMatch(/^You're welcome/);
    expect(engine.ask('hello').answer).toMatch(/^Hello!/);
    for (const q of ['what can you do?', 'help']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toMatch(/^I answer questions about one story/);
    }
    // A greeting before a question is only a greeting.
    expect(engine.ask('hi, who sent Trump WhatsApp messages?').answered).toBe(true);
  });

  it.each([
    ['was the Emmanuel-Donald greeting a one-off?', 6],
    ['how are leaders tryna win trump over', 1],
    ['what is alleged about Rutte and Trump?', 11],
    ['is there camaraderie between Trump and Macron?', 7],
  ])('reads slang and hedges: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('reads "actually" in a yes/no question as emphasis, not as asking for exact words', () => {
    expect(topParagraph("did Trump actually post the NATO chief's texts?")).toBe(11);
    // Asking what someone actually wrote still asks for the words, which the story doesn't quote.
    expect(engine.ask('what did Rutte actually write to Trump?').answered).toBe(false);
  });

  it('reads "the White House\'s side" as its response, and "built on" as based on', () => {
    expect(topParagraph("what's the White House's side of the story?")).toBe(12);
    expect(topParagraph('is the piece built on a single report?')).toBe(2);
  });

  it("answers how a leader contacted Trump, and what their relationship is, from that leader's contacts", () => {
    expect(topParagraph('How did Macron contact Trump?')).toBeGreaterThanOrEqual(5);
    expect(topParagraph('How did Macron contact Trump?')).toBeLessThanOrEqual(7);
    expect(topParagraph("What's Rutte's relationship with Trump?")).toBe(11);
  });

  it('reads "on the phone with" as talking to', () => {
    expect(topParagraph('how much is trump on the phone with other leaders these days?')).toBe(4);
  });

  it('reads past platform mentions anywhere in the text (Slack "<!channel>", "<@U…>", "@here")', () => {
    expect(topParagraph('<!channel> what did rutte send trump')).toBe(11);
    expect(topParagraph('<@U0123ABC> who used whatsapp')).toBe(10);
    expect(engine.ask('@here thanks!').answer).toMatch(/^You're welcome/);
  });

  it('reads past a leading @mention and a "can you tell me:" request', () => {
    expect(topParagraph('@factdesk which leader used WhatsApp?')).toBe(10);
    expect(topParagraph('Can you tell me: which outlet reported this story?')).toBe(2);
  });

  it('reads "what did Politico report about X" as about X: the outlet reported the whole story', () => {
    expect(topParagraph('What did Politico report about Macron?')).toBe(5);
    expect(topParagraph("What did Politico report about Rutte's texts?")).toBe(11);
    // Someone telling the outlet something is another matter.
    expect(engine.ask('What did Macron tell Politico?').answered).toBe(false);
  });

  it('reads words of explaining and reading ("regarding", "identify", "explanation") as framing', () => {
    expect(topParagraph('What explanation does the European official give for the smoother ties?')).toBe(9);
    expect(topParagraph('Which leader does the piece identify as having used WhatsApp?')).toBe(10);
  });

  it.each([
    ['y r the aides cringing', 1],
    ['hw dose starmer msg trump', 10],
    ['wat did trump do w/ ruttes txts', 11],
    ['wat is teh story abt', 1],
    // A U-turn is not "you turn"; the U.K. keeps its U.
    ['trump nato u turn why', 8],
    ['what did the U.K. adviser say abt golf', 10],
  ])('reads chat shorthand: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    // Quiz labels and "for real" frame a question; they ask nothing themselves.
    ['Trivia question: which messaging app did the British PM use with Trump?', 10],
    ['pub quiz - which NATO boss had his texts posted by Trump?', 11],
    ['Fill in the blanks: Trump said NATO was "not a ___"', 8],
    ['did trump post rutte\'s texts for real', 11],
    // "Who is the piece about?" asks what it is about.
    ['who is this story about', 1],
  ])('reads quiz labels and asides as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    // A greeting to the room, and how long the answer should be, are not part of the question.
    ['Morning all, what is this article about?', 1],
    ['what did the European official admit, in a sentence or two?', 9],
    // What someone "said back" is their response.
    ['and the white house, what did they say back', 12],
    ['what did Anna Kelly say back', 12],
    // What the story "gives" is what it says.
    ['what example does the story give of the calls paying off?', 8],
  ])('reads greetings, delivery notes and general verbs as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('reads "the two leaders" as the pair asked about, not as world leaders at large', () => {
    expect(topParagraph("Who described the way the two leaders stretched each other's names?")).toBe(6);
    // (The story's own "two heads of state" is still its words.)
    expect(topParagraph('how did the source describe the two heads of state?')).toBe(7);
  });

  it.each([
    ['which paper is responsible for the report', 2],
    ['Which news outlet is behind the coverage of Trump and the leaders\' phone calls?', 2],
  ])('reads "which outlet is behind the story" as asking for the outlet, whatever the story is about: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('reads "by text or phone calls?" as asking which channels, not who called whom ("phone calls" is one channel)', () => {
    expect(topParagraph('do leaders reach Trump by text as well, or only phone calls?')).toBe(1);
    const a = engine.ask('do the leaders phone trump or does trump phone them?');
    expect(a.answer).toContain("doesn't say who called whom");
  });

  it('answers "who is the unnamed source, and what did they say?" for the part the story answers', () => {
    expect(topParagraph('who is the European official and what did they admit?')).toBe(9);
    // Asking only for the name is still refused.
    expect(engine.ask('who is the European official?').answered).toBe(false);
  });

  it.each([
    // Office talk: a lens or standpoint, who it is for, a level-set.
    ['From a comms perspective, what did the White House say?', 12],
    ['summarise the piece for the exec team', 1],
    ['quick level-set: who posted Rutte\'s texts?', 11],
    // Business words for what the story calls figures, results, meetings, reversals.
    ['which KPI did Kelly cite', 12],
    ['when\'s the golf meetup', 10],
    ['did Trump walk back his hostility toward NATO?', 8],
    ['did the greeting ping-pong between them?', 6],
    ["what's the single biggest example in the story?", 5],
  ])('reads business jargon: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('reads "in this context", "the scope", "at least" and "treat" as general words the story need not have', () => {
    expect(topParagraph("what does 'solicitous' mean in this context?")).toBe(9);
    expect(topParagraph('Why the leaders call Trump so much, what is the scope?')).toBe(3);
  });

  it('reads "what did X imply" as asking what it means, not what the texts said', () => {
    expect(topParagraph("What did the posting of Rutte's texts imply about privacy in relations with Trump?")).toBe(11);
    // What the texts themselves said stays refused.
    expect(engine.ask("What did Rutte's texts say?").answered).toBe(false);
  });

  it('reads "dealings with Trump" as relations with him, not a deal', () => {
    expect(topParagraph("What did the official from Europe say about leaders' dealings with the president?")).toBe(9);
    expect(topParagraph("Has the European official described leaders' dealings with Trump?")).toBe(9);
  });

  it('reads "how exactly" as asking the manner, and "what exactly did he do with X" as asking what was done', () => {
    expect(topParagraph('how exactly Macron is answering Trump on the phone?')).toBe(6);
    expect(topParagraph('Precisely what did Trump do with the texts Rutte sent him?')).toBe(11);
    expect(topParagraph('what specifically did Trump do with his phone number back then?')).toBe(2);
    // A value asked beside it stays refused.
    expect(engine.ask('What exactly did Trump do with the texts, and on what date?').answered).toBe(false);
  });

  it('answers "exactly" about the story\'s own wording, which it quotes verbatim', () => {
    expect(topParagraph('which word exactly does the article use for the calls?')).toBe(1);
    expect(topParagraph("what was the listener's exact comment on the greeting?")).toBe(5);
    // A detail the story doesn't give stays refused.
    expect(engine.ask('What was the exact date of the summit?').answered).toBe(false);
  });

  it('answers "exactly" of what the story itself says, which its quote gives word for word', () => {
    expect(topParagraph('what exactly does the report say about ego-massage?')).toBe(3);
    expect(topParagraph('what precisely are leaders said to do with his direct line?')).toBe(3);
    // A value asked of the story stays refused.
    expect(engine.ask('does the story say exactly what date the summit was?').answered).toBe(false);
  });

  it.each([
    ['Describe the golf invite in two or three sentences', 10],
    ['Can I say on air that Starmer used WhatsApp?', 10],
  ])('reads a producer\'s asides (length, "on air", "so I can…") as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    // A moderator checking a claim someone posted.
    ['mod check: a user says Starmer messaged Trump on WhatsApp. True?', 10],
    ['which texts did Trump publicize?', 11],
    ["what's the high-level summary of the article?", 1],
  ])('reads a moderator\'s claim check: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    // A closing aside is not part of the question (it was read as asking whether something is "right").
    ["Does the piece call the calls a schmooze-fest? Just want to be sure I'm framing it right.", 1],
    ['Was the listener amused by the greeting? Trying to get the tone right for the segment.', 5],
    ["For the lower-third graphic, what's Anna Kelly's title?", 12],
    // (A second sentence that asks something is kept.)
    ['Who said it was oddly amusing? I want to know their name.', 5],
  ])('reads a closing aside as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    ['Does the article name the European official, or are they unnamed?', 9],
    ['Does the story name the insider?', 4],
    ['does the piece name anyone from the White House?', 12],
  ])('reads "does the article name X?" as asking whether X is named: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('reads "what the calls become" with the story\'s own "become" (a soft word, not a stopword)', () => {
    expect(topParagraph('what did the calls become?')).toBe(1);
    expect(topParagraph('what word does the piece use for what these calls turn into')).toBe(1);
    // Where the fact hasn't the word, it doesn't count against it.
    expect(topParagraph('Did the European official say leaders had become more hands-on with Trump?')).toBe(9);
  });

  it.each([
    ['Did Trump change his mind on NATO at any point?', 8],
    ['did the European official go on record about the flattery?', 9],
  ])('reads "at any point" and "go on record" as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    // An agency's framing around a question: a label, what it is for, a note for the client.
    ['quick gut check: did Starmer use WhatsApp?', 10],
    ['Summarise the golf invite in a line I can drop into the update.', 10],
    ['give me a one-liner on Rutte\'s texts', 11],
  ])('reads an agency\'s framing as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    ['Quick one for the top of the bulletin: who posted Rutte\'s texts?', 11],
    ["Kelly's title — just double-checking for the script.", 12],
    ['Give me a 30-second read on the Rutte angle.', 11],
    ['Summarise the golf invite for my homework', 10],
  ])('reads a broadcaster\'s or a student\'s notes as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('answers why the story says something (its own words), while why Trump did it stays refused', () => {
    expect(topParagraph('Why does the article describe the posting as most telling?')).toBe(11);
    expect(engine.ask('why did Trump post the texts?').answered).toBe(false);
    // "In the context of" is about, not the texts' content.
    expect(topParagraph("what does 'effusive' mean in the context of the texts?")).toBe(11);
  });

  it.each([
    ['what paper covered the story about the leaders\' calls?', 2],
    ["What's the White House's main message?", 12],
  ])('reads "which paper covered…" as the outlet and a "key message" as a response: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    ["Grandma here. Who posted Rutte's texts?", 11],
    ['Which app did Starmer use? My husband says it was Signal.', 10],
    ['Where did Trump invite Starmer to golf? I thought it was Ireland.', 10],
  ])('reads a family chat\'s asides (who is asking, what someone else thinks) as framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it.each([
    ['is this article from CNN or someone else?', 2],
    ["is the piece just recycling another outlet's report?", 2],
    ['snarky summary of the Rutte bit pls', 11],
    ['did the european official confirm or deny that leaders flatter Trump?', 9],
  ])('reads a sceptic\'s framing: %s', (q, p) => {
    expect(topParagraph(q)).toBe(p);
  });

  it('reads "would you mind…" as a request', () => {
    expect(topParagraph("Would you mind quoting the listener's words?")).toBe(5);
  });

  it('reads "Evening folks." and a closing "whereabouts is that in the article?" as framing', () => {
    expect(topParagraph("Evening folks. Who posted Rutte's texts? Whereabouts is that in the article?")).toBe(11);
  });

  it('confirms a claim whose every word the fact has, or a synonym of it, however thinly weighted', () => {
    expect(topParagraph('did the european official confirm that the flattery works?')).toBe(9);
    // A word the story doesn't have still stops it.
    expect(engine.ask('Did Starmer message Trump on Signal?').answered).toBe(false);
  });

  it('answers someone\'s name where the story introduces them, not where it is said on a call', () => {
    expect(topParagraph("what's Macron's full name?")).toBe(5);
    expect(topParagraph('Macron\'s first name please')).toBe(5);
    expect(topParagraph('How does Trump say Macron\'s name?')).toBe(6);
  });

  it('answers a question asked with a wrong guess at its answer, and says the story never mentions the guess', () => {
    const summit = engine.ask('Where did the NATO leaders meet last month — Madrid?');
    expect(summit.answered).toBe(true);
    expect(summit.sources[0]?.paragraph).toBe(8);
    expect(summit.answer).toMatch(/^The story doesn't mention Madrid\. /);
    expect(topParagraph('which messaging app did the british pm use, maybe telegram?')).toBe(10);
    // Two offered answers are not a guess; nor is "any…", which asks for more.
    expect(engine.ask('Who phoned first, Macron or Trump?').answered).toBe(false);
    expect(engine.ask('What did Trump caption the Rutte screenshots, any words?').answered).toBe(false);
    // The question before the guess must be one the story answers.
    expect(engine.ask('Which city hosted the summit, Amsterdam?').answered).toBe(false);
    expect(engine.ask('How old is Rutte, 58?').answered).toBe(false);
  });

  it.each([
    // Dictation: a first name that sounds like Keir, a possessive without its apostrophe.
    ['how did care starmer reach trump', 10],
    ['what became of mark roots messages', 11],
    // A short name dictated as two syllables.
    ['what did trump say about nay toe after the summit', 8],
    // How fast, not what about; just after; by what means.
    ['give me the starmer part real quick', 10],
    ['what did trump declare right after the summit?', 8],
    ['Through what medium did the NATO chief\'s messages go public?', 11],
    // Slang.
    ['the craziest example in the piece?', 5],
    ['any beef between Europe and Trump these days?', 9],
    ['so leaders are just rizzing trump up on his personal line?', 3],
    ["who spilled the tea on trump's calls", 4],
    // Every form of "portray", "depict", "characterise" asks how the story tells it.
    ["How does the article characterizes Trump's old view of NATO?", 8],
    ['how does the piece portrays the texts Rutte sent?', 11],
    ["what spin does the white house put on trump's relationships with leaders?", 12],
    // Who leads a body: the one whose title says so.
    ['who leads nato?', 11],
    ['who runs the alliance', 11],
    // Machine-translated English: a "function" is a job, an "application" an app.
    ['what function does Keir Starmer have?', 10],
    ['which messaging application did Starmer use?', 10],
    ["who posted Rutte's texts, just to be safe?", 11],
    // Pointing at a passage: what the piece flags, the episode, how it qualifies something.
    ['which incident does the piece flag as most telling?', 11],
    ["what adjective does the article qualify Rutte's texts with?", 11],
    // "Which X…, name?": the one asked which of is named.
    ['which nato boss had his texts posted? name please', 11],
    ['which White House spokeswoman spoke to Politico, name?', 12],
    // The number handed out is his phone's, not a figure asked for.
    ['The bit on handing out the number: what term was that in?', 2],
    ['In which presidency did Trump begin to share his private number?', 2],
    // Throwing out a figure is citing it; throwing a name in, mentioning it.
    ['what figure did the white house throw out?', 12],
    ['is rutte really in the story or did they just throw his name in?', 11],
    // "Leader-level": the level is no detail of the story.
    ['How do the aides feel about these leader-level calls?', 1],
    // Sports and chat idioms.
    ["what's the leaders' game plan with Trump?", 1],
    ["is starmer sliding into trump's dms?", 10],
    ['are the calls putting points on the board for europe?', 9],
    // A closing "right" dictated without a comma.
    ['which app did starmer use right', 10],
    // "Give me…" asks; "in few lines" is how long.
    ['whats this piece even about, give me the short of it', 1],
    ['show me what the article is about in few lines', 1],
  ])('reads everyday phrasing: %s', (q, paragraph) => {
    expect(topParagraph(q)).toBe(paragraph);
  });

  it('reads "how many" after an adverb as a count the story may not give', () => {
    expect(engine.ask('Precisely how many people overheard the calls?').answered).toBe(false);
    expect(engine.ask('all told, how many leaders has Trump handed his number to?').answered).toBe(false);
  });

  it('answers which of two leaders did something by the one the story reports it of', () => {
    expect(topParagraph('was it rutte or starmer who phoned trump late at night?')).toBe(10);
    expect(topParagraph('Was Macron or Rutte the one whose text messages Trump made public?')).toBe(11);
    // One the story never mentions, offered beside one it has.
    expect(topParagraph('was it johnson or starmer that trump asked to play golf?')).toBe(10);
    expect(engine.ask('was it johnson who trump asked to play golf?').answered).toBe(false);
  });

  it('reads machine-translated word order: "for why", "what said X to…"', () => {
    expect(engine.ask('For why was Trump hostile to NATO before?').answer).toContain("reports the change, not what came before it");
    expect(engine.ask('What said Macron to the reporters about the bro-ing out?').answered).toBe(false);
  });

  it('reads what askers say of themselves first as context, not as the question', () => {
    expect(topParagraph("I'm writing a newsletter for my neighbours this week and our readers are curious. Which app did the British PM use to reach Trump?")).toBe(10);
    expect(topParagraph("Hello! I teach a civics class on Fridays. Who posted the NATO chief's messages?")).toBe(11);
    // Context that holds the question's subject stays: the quoted term, what "that" points back to.
    expect(topParagraph("I keep hearing the word 'schmooze-fest'. What does it refer to?")).toBe(1);
    expect(topParagraph('My uncle says Rutte leaked his own texts. Is that right?')).toBe(11);
  });

  it('does not read slang where it asks nothing of the story', () => {
    expect(engine.ask('how do i get more rizz').answered).toBe(false);
    expect(engine.ask('is there beef on the menu at the golf trip?').answered).toBe(false);
  });

  it('reads informal and by-ear spellings of ordinary words ("nite", "smooze")', () => {
    expect(topParagraph('who took a call from trump late at nite')).toBe(10);
    expect(topParagraph('what kind of smoozing happens on the calls')).toBe(1);
  });

  it('forgives misspellings in questions', () => {
    // The article's "schmooze-fest", typed as one word.
    expect(topParagraph('schmoozefest?')).toBe(1);
    expect(topParagraph('whatsap starmr')).toBe(10);
    // A name transcribed as two words.
    expect(topParagraph('what app did star mer use to text trump')).toBe(10);
    // …and its possessive, dictated without the apostrophe.
    expect(engine.explain('where was star murs golf game').mentions).toContain('starmer~');
    expect(topParagraph('macron greting')).toBeGreaterThanOrEqual(5);
  });
  it('answers a yes/no claim with a wrong detail of a kind the fact gives (outlet, rank, sport, how good)', () => {
    expect(topParagraph('Was it Reuters that reported Trump handed out his cellphone?')).toBe(2);
    expect(topParagraph('Is Kelly the senior press secretary at the White House?')).toBe(12);
    expect(topParagraph("Was it during a rugby game that Starmer took Trump's call?")).toBe(10);
    expect(topParagraph('Did Trump have terrible relationships with foreign leaders, according to the White House?')).toBe(12);
    expect(topParagraph('Did Trump hand out his cellphone hesitantly?')).toBe(2);
    expect(topParagraph('Was the cellphone story from the New York Times or from Politico?')).toBe(2);
    expect(topParagraph('Does Kelly claim Trump has good relationships with other leaders or bad ones?')).toBe(12);
    expect(topParagraph('Was the cut in tariffs tied to the call Starmer took at the football?')).toBe(10);
    // (Put as a claim with a tag, too.)
    expect(topParagraph("The golf game Trump offered Starmer is in Wales, isn't it?")).toBe(10);
    expect(topParagraph('The NATO summit last month took place in Brussels, right?')).toBe(8);
    expect(engine.ask('Trump called Putin during the summit in Brussels, right?').answered).toBe(false);
    // (Someone the story never mentions is still someone else.)
    expect(engine.ask('Did Trump call Putin during a rugby game?').answered).toBe(false);
  });

  it('reads slang for "is it true" and a wish to know as the question they frame', () => {
    expect(topParagraph("Is it legit that Rutte's texts got posted by Trump?")).toBe(11);
    expect(topParagraph("keen to know if Trump's staff found the calls cringe")).toBe(1);
    expect(topParagraph('Golf trip location?')).toBe(10);
    expect(topParagraph("timeframe for Trump's bilateral meetings")).toBe(12);
    expect(topParagraph('True or false: the summit with NATO leaders was held in Denmark.')).toBe(8);
  });

  it('reads a remark or a wish after the question as an aside, and "y/n" as asking yes or no', () => {
    expect(plainIdioms('Did the aides cringe? the standards desk wants it in writing')).toBe('Did the aides cringe?');
    expect(plainIdioms("Did Trump hand his number out? that's an opsec nightmare")).toBe('Did Trump hand his number out?');
    expect(topParagraph('was it WhatsApp that Starmer messaged Trump on, y/n')).toBe(10);
  });

  it('reads what a summary is for, and what the asker says of themselves after asking for one, as asides', () => {
    expect(plainIdioms('Sum up the Rutte part for our history homework')).toBe('Sum up the Rutte part ');
    expect(plainIdioms("explain the golf invite, I'm stuck in a waiting room")).toBe('explain the golf invite');
    expect(topParagraph('could you sum up the story in two lines for my lecture notes')).toBe(1);
    expect(topParagraph('summarise the piece for me pal, my train leaves soon')).toBe(1);
    expect(topParagraph('tell me about the Rutte texts, I missed the start of the broadcast')).toBe(11);
    // (Not when the request asks how someone summed something up.)
    expect(topParagraph('how did the insider sum up the two presidents together')).toBe(7);
  });

  it('reads a guess at which outlet had the story as asking which outlet reported it', () => {
    expect(topParagraph('Was it Reuters or CNN that broke the story?')).toBe(2);
    expect(topParagraph('did Bloomberg break this?')).toBe(2);
    expect(topParagraph('I heard Reuters ran this story, or was it someone else?')).toBe(2);
    expect(topParagraph('the piece is from the Telegraph?')).toBe(2);
    expect(topParagraph('which web site reported this')).toBe(2);
    // (Not a question about what another outlet said, nor a detail of the report the story doesn't give.)
    expect(engine.ask('what did Reuters say about the NATO summit?').answered).toBe(false);
    expect(engine.ask('did Bloomberg publish it on a Friday?').answered).toBe(false);
  });

  it('answers whether the story is its own reporting or drawn from another outlet, and which website it is from', () => {
    expect(topParagraph("is the piece an aggregation of someone else's reporting?")).toBe(2);
    expect(topParagraph('which website is this story from')).toBe(2);
  });

  it("answers a leader's nationality with the country the story says they lead, and no one else's", () => {
    expect(topParagraph('What nationality is Keir Starmer?')).toBe(10);
    expect(topParagraph('which country does Macron come from')).toBe(5);
    expect(engine.ask("what is Rutte's nationality").answered).toBe(false);
    expect(engine.ask('what country is Anna Kelly from').answered).toBe(false);
  });

  it('answers a choice of offices for someone, one of them theirs, where the story introduces them', () => {
    expect(topParagraph('Starmer, is he the chancellor or the prime minister?')).toBe(10);
    expect(topParagraph('Is Rutte the NATO chief or the EU Council president?')).toBe(11);
    // (Not a question about something else that happens to hold an "or".)
    expect(engine.ask('Was Starmer, the British PM, at the summit or not?').answered).toBe(false);
  });

  it('answers "which French official is in the story?" with the one person it names that way', () => {
    expect(topParagraph('Which French figure is named in the piece?')).toBe(5);
    expect(topParagraph('Which French official does the piece bring up?')).toBe(5);
    expect(engine.ask("which official is Anna Kelly's boss").answered).toBe(false);
  });

  it('reads "which head of state/government", "which <adjective> president" as asking which leader', () => {
    expect(topParagraph('Which head of government sent Trump messages on WhatsApp?')).toBe(10);
    expect(topParagraph('Which head of state was said to WhatsApp the president?')).toBe(10);
    expect(engine.ask('Which previous president handed his phone number out too?').answered).toBe(false);
    // ("what President Trump did" is no which-question.)
    expect(topParagraph('Tell me what President Trump handed out in his first term.')).toBe(2);
  });

  it('reads "sit-down" as a meeting, and "sat in" on a call as listening in, not meeting', () => {
    expect(topParagraph('How did Trump praise the leaders he met at the summit?')).toBe(8);
    expect(topParagraph('Who says Trump had 23 bilateral sit-downs?')).toBe(12);
    expect(topParagraph('Who sat in on the calls?')).toBe(1);
  });

  it('answers a choice of offices put in statement order ("Macron is a PM or a president?") where the story titles him', () => {
    expect(topParagraph('Macron is chancellor or president in this story?')).toBe(5);
  });

  it('answers "is Macron a prime minister or a president?" where the story titles him (the offices name no one else)', () => {
    expect(topParagraph('Is Macron a prime minister or a president?')).toBe(5);
    expect(topParagraph('Is Starmer a president or a prime minister in the story?')).toBe(10);
  });

  it('reads "hating on" someone as hostility', () => {
    expect(topParagraph('Is trump still hating on the alliance?')).toBe(8);
  });

  it('reads "foreign figures" as people, not as a figure (number)', () => {
    expect(plainIdioms('the foreign figures in it')).toBe('the foreign leaders in it');
    expect(topParagraph('Name the foreign figures who appear in the piece.')).toBe(5);
    expect(topParagraph('What figure did the White House give?')).toBe(12);
  });

  it('answers "any on-the-record names?" with the first named source, not with the names Trump and Macron say', () => {
    expect(topParagraph('Any on-the-record names in this report?')).toBe(12);
    expect(topParagraph('any on the record name in the story?')).toBe(12);
  });

  it('reads "a ton of" / "tons of" as a lot of, not as a tone', () => {
    expect(plainIdioms('he rings tons of leaders')).toBe('he rings a lot of leaders');
    expect(topParagraph('Does Trump really ring a ton of other leaders?')).toBe(4);
  });

  it('answers "by what means / through what / ring or message" about courting Trump with the ways of contact', () => {
    expect(topParagraph('Via what do leaders try to get into Trump\'s good graces?')).toBe(1);
    expect(topParagraph('What do the leaders use to flatter Trump, besides calls?')).toBe(1);
    expect(topParagraph('Do the leaders ring Trump or message him to get in his good graces?')).toBe(1);
    // (What the direct line is used for is still the flattery itself.)
    expect(topParagraph('What are leaders using the direct line for?')).toBe(3);
  });

  it('reads "does the piece suggest/imply X" as asking whether it says X, not as talk on the calls', () => {
    expect(topParagraph('Does the piece imply the flattery has worked?')).toBe(8);
    expect(topParagraph("Does the report suggest the leaders' personal calls pay off?")).toBe(8);
  });

  it('reads "cel" as a cellphone and "weaponization" as weaponizing', () => {
    expect(topParagraph("who got trump's cel number")).toBe(2);
    expect(topParagraph('is there any weaponization of private messages in the story')).toBe(11);
  });

  it('reads "the piece opens with", "the story closes on", "the last point it makes" as pointing at its start or end', () => {
    expect(topParagraph('what claim does the write-up start with, briefly?')).toBe(1);
    expect(topParagraph('what does the report conclude with?')).toBe(12);
    expect(topParagraph("what's the closing point of the piece")).toBe(12);
    // (A top-line summary is a summary; a fact-checker's label before the question is not part of it.)
    expect(topParagraph('a top-line summary of the article please')).toBe(1);
    expect(topParagraph('Fact-checking a post about this — what is the gist of the story?')).toBe(1);
  });

  it('reads through interjections and idioms of British and Australian English', () => {
    expect(topParagraph('hang on, was the summit held in Denmark?')).toBe(8);
    expect(topParagraph('who is Rutte when he\'s at home')).toBe(11);
    expect(topParagraph("what's the ego-massage thing they keep banging on about")).toBe(3);
    expect(topParagraph('was the source who mentioned less friction granted anonymity?')).toBe(9);
  });

  it('reads past a lead-in before a colon to the question after it', () => {
    expect(topParagraph('Settling a bet with my flatmate: where did Trump invite Starmer to play golf?')).toBe(10);
    expect(topParagraph('Background for a seminar handout: which outlet first reported the phone habit?')).toBe(2);
    // (The lead-in is not answered on its own.)
    expect(engine.ask('Notes for my newsletter draft: how old is Macron?').answered).toBe(false);
  });

  it('reads a question relayed from someone close ("my uncle asked me what…") as theirs', () => {
    expect(topParagraph('My uncle asked me what Trump did with the NATO chief\'s texts')).toBe(11);
    expect(topParagraph('Our reading group wondered whether Starmer messaged Trump on WhatsApp')).toBe(10);
  });

  it('reads "turns up in the section" as where the story mentions something, not as a word to match', () => {
    expect(topParagraph('Which sports turn up in the Starmer section?')).toBe(10);
    expect(topParagraph('which French leader pops up in the story?')).toBe(5);
    // (At the end of a question, "show up" means the same.)
    expect(engine.ask("which countries' leaders show up?").answered).toBe(true);
  });

  it('reads "the two kinds of…" as pointing at what the story has, not a count to match', () => {
    expect(topParagraph("What two sorts of talk go on in Trump's calls with leaders?")).toBe(4);
    // ("The two heads of state" still names the pair the insider described.)
    expect(topParagraph('What did the insider call the two heads of state?')).toBe(7);
  });

  it('reads two words the fact base writes as one ("screen shot", "push back") as that word', () => {
    expect(topParagraph("Did Trump screen shot Rutte's messages?")).toBe(11);
    expect(topParagraph("Did the White House push back against Politico's report?")).toBe(12);
  });

  it('reads an outlet guessed by its full or lesser-known name as asking which outlet reported the story', () => {
    expect(topParagraph('was it the wall street journal that broke this')).toBe(2);
    expect(topParagraph('did newsweek break this story?')).toBe(2);
  });

  it('reads "na" leading or tagging a question (Indian English, Nigerian Pidgin) as asking nothing itself', () => {
    expect(topParagraph('Starmer used WhatsApp, na?')).toBe(10);
    expect(topParagraph('na who posted the rutte texts?')).toBe(11);
  });

  it('reads whether something stayed private as whether it was made public, only for what the story made public', () => {
    expect(topParagraph("did the NATO chief's texts to Trump remain confidential")).toBe(11);
    expect(engine.ask("Did Starmer's WhatsApp messages stay private?").answered).toBe(false);
  });

  it('answers "was it X whose…" with the fact that shows it was someone else, and not when the story says nothing', () => {
    expect(topParagraph("was it macron's texts trump posted?")).toBe(11);
    expect(topParagraph('Was it Macron whose call came during the football match?')).toBe(10);
    expect(engine.ask('Was it Macron whose texts Trump deleted?').answered).toBe(false);
  });

  it('joins a name split in two by autocorrect ("nether lands") before reading either half as a misspelling', () => {
    expect(topParagraph('did the alliance meet in the nether lands')).toBe(8);
  });

  it('reads English as Spanish, Portuguese, Italian and German speakers write it, with words of their languages', () => {
    // A dropped "it", words of the story in another language.
    expect(topParagraph('Is true that Trump hand out his telefonino freely?')).toBe(2);
    expect(topParagraph('What did Starmer do during the partido de fútbol?')).toBe(10);
    expect(topParagraph('What says the Casa Bianca about the relationships?')).toBe(12);
    // False friends: a person's "charge" is their post, a "journal" a newspaper.
    expect(topParagraph('What is the charge of Anna Kelly?')).toBe(12);
    expect(topParagraph('In which journal did the report first appear?')).toBe(2);
    // "How many years has X" asks X's age, which the story doesn't give.
    const age = engine.ask('How many years has Keir Starmer?');
    expect(age.answered).toBe(false);
    expect(age.answer).toMatch(/\bold\b/);
  });

  it('reads what an editor wants a detail for ("for the dateline", "for the sidebar") and a closing "pls" as asides', () => {
    expect(topParagraph('Name of the NATO chief for the sidebar?')).toBe(11);
    expect(topParagraph('Country of the summit for the dateline')).toBe(8);
    expect(topParagraph('Outlet name pls')).toBe(2);
  });

  it('reads words learners of English use for the story\'s ("collaborators" for aides, "themes" for topics, "stupefied")', () => {
    expect(topParagraph("Were Trump's collaborators comfortable listening to the calls?")).toBe(1);
    expect(topParagraph('Which themes do the calls touch?')).toBe(4);
    expect(topParagraph("What stupefied foreign leaders in Trump's first term?")).toBe(2);
  });

  it('reads a claim in the perfect put as a question by its mark alone as "has X…?" puts it', () => {
    expect(engine.ask('Trump has called Starmer his best friend in public?').answered).toBe(false);
    expect(engine.ask('The White House has confirmed the Macron greeting?').answered).toBe(false);
    expect(topParagraph('Starmer has used WhatsApp to message Trump?')).toBe(10);
  });

  it('reads "confirm…" and "tell me whether…" as a claim put to the story', () => {
    expect(topParagraph('Confirm the alliance summit took place in Brussels.')).toBe(8);
    expect(topParagraph('Verify Starmer played golf with Trump in Ireland')).toBe(10);
    expect(engine.ask('Tell me whether Rutte sent the texts after the summit').answered).toBe(false);
    expect(engine.ask('Tell me if Macron visited Washington after the calls').answered).toBe(false);
  });

  it('answers a where-question that offers the place as a guess, but not one asking where within it', () => {
    expect(topParagraph('where are trump and starmer golfing, scotland right')).toBe(10);
    expect(topParagraph('where did the nato leaders gather, holland?')).toBe(8);
    expect(engine.ask('Where is Starmer playing golf with Trump in Scotland?').answered).toBe(false);
    expect(engine.ask('where is starmer staying, scotland?').answered).toBe(false);
  });

  it('reads "list…" at the start as asking which, the listing itself being no word to match', () => {
    expect(topParagraph('Enumerate the sports in the Starmer section.')).toBe(10);
    expect(engine.ask('List every country named in the story.').answered).toBe(true);
  });

  it('reads "link" as joining two things, and only "the links" as golf', () => {
    expect(topParagraph('Which result does the piece link to the summit in the Netherlands?')).toBe(8);
    expect(topParagraph('Where would Starmer play a round on the links with Trump?')).toBe(10);
  });

  it('answers a guess at how a listener took the calls with the reaction the story gives', () => {
    expect(topParagraph('Did the listener find the Trump-Macron greeting awkward?')).toBe(5);
  });

  it('reads a reaction offered beside the one the story gives, "amusing or worrying", as the other alternative', () => {
    expect(topParagraph('What did the person overhearing the Macron calls make of them, amusing or worrying?')).toBe(5);
  });

  it('does not count a wrong reaction offered as an alternative against how much of a yes/no question a fact covers', () => {
    expect(topParagraph('Did the listener think the names bit was amusing, or annoying?')).toBe(5);
    // (What the story never reports is still no claim it confirms.)
    expect(engine.ask("Did Trump reply to Starmer's WhatsApp messages?").answered).toBe(false);
  });

  it('reads a place or body the fact\'s own quote names as part of the claim, unless it is the one said to confirm it', () => {
    expect(topParagraph('Did he hand leaders his own cellphone rather than a White House phone?')).toBe(2);
    expect(engine.ask('Did the White House confirm that he handed out his cellphone?').answered).toBe(false);
  });

  it('reads "called" after "is/was" as a name given and "the letter \'d\'" as the alphabet, not as ways of contact', () => {
    expect(topParagraph("Was Rutte's screenshotted message called effusive?")).toBe(11);
    expect(topParagraph("Was it Macron or Trump who stretched out the letter 'd'?")).toBe(6);
    // ("Called by" is a call.)
    expect(engine.ask('Was Rutte called by Trump?').answered).toBe(false);
  });

  it('reads "X is said to have…" and "what is said about X in the story" as the story reporting, not as asking for words', () => {
    expect(topParagraph('What means is Starmer said to have used to keep in touch with Trump?')).toBe(10);
    expect(topParagraph('What is said about the texts from Rutte in the story?')).toBe(11);
    expect(engine.ask('What did Starmer say to Trump on WhatsApp?').answered).toBe(false);
  });

  it('reads "was it A or B who…" as a choice between the two, not as asking how they are connected', () => {
    expect(topParagraph('Was it the White House or the British government adviser who talked about a chance to build rapport?')).toBe(10);
    expect(engine.ask('How is the White House connected to the UK government adviser?').answered).toBe(false);
  });

  it('does not count a wrong guess the quote corrects against how much of the question a fact covers', () => {
    expect(topParagraph('Did whoever was listening in get annoyed by the Macron calls, or find them funny?')).toBe(5);
  });

  it('answers how the story titles someone where it introduces them, even with a wrong title offered beside', () => {
    expect(topParagraph('Was Macron introduced as France\'s leader?')).toBe(5);
    expect(topParagraph('Is Macron described as the French president or as its prime minister?')).toBe(5);
    expect(topParagraph('the french president, is that how the piece labels macron?')).toBe(5);
  });

  it('reads "who recalled/described…" with a leader named as asking for the source, not who the leader is', () => {
    expect(topParagraph('who recounted the emmanuel bit?')).toBe(6);
    expect(topParagraph('who remembered the macron donald thing')).toBe(6);
  });

  it('reads "what is X used for?" and "how are they using X?" as asking its purpose, not about X itself', () => {
    expect(topParagraph('what do foreign leaders use his private number for?')).toBe(3);
    expect(topParagraph('what is trump\'s cell used for now')).toBe(3);
    expect(topParagraph('how are leaders using the direct line nowadays?')).toBe(3);
  });

  it('answers a summary asked with a length, a "which <person> is it about", or an aside about not reading it', () => {
    expect(topParagraph('Which world leader is this piece about?')).toBe(1);
    expect(topParagraph('the gist of the article in two sentences')).toBe(1);
    expect(topParagraph("What is the story about? I don't have time to read it all")).toBe(1);
  });

  it('answers the word for what the leaders\' chats become, and what listeners made of them, from the opening', () => {
    expect(topParagraph("what term does the report give to what the leaders' chats become?")).toBe(1);
    expect(topParagraph('what did the staff who listened think of the chats?')).toBe(1);
  });

  it('reads a leader called by first name alone as the quote that has it so, not where the full name is', () => {
    expect(topParagraph('the bit where trump goes emmanuel')).toBe(6);
    expect(topParagraph('emanuel greeting from trump')).toBe(6);
    expect(topParagraph('macron saying donald, how does it go')).toBe(6);
  });

  it('reads "explicitly" and "links" as framing how the story connects things, not as details it must have', () => {
    expect(topParagraph('Does the report explicitly tie the personal calls to Trump\'s NATO u-turn?')).toBe(8);
    expect(topParagraph('Does the piece explicitly say the personal calls paid off?')).toBe(8);
    expect(topParagraph('What links the leaders\' phone calls to Trump changing his mind about NATO?')).toBe(8);
    // A name the story lacks still refuses.
    expect(engine.ask('Does the article explicitly say Trump called Modi?').answered).toBe(false);
  });

  it('reads "nationality" as the country someone is from', () => {
    expect(topParagraph('What nationality is the adviser who talked about Starmer\'s golf trip?')).toBe(10);
    expect(topParagraph('What nationality is the official who spoke of less friction?')).toBe(9);
    // The story gives no country for Kelly or Rutte.
    expect(engine.ask('What nationality is Anna Kelly?').answered).toBe(false);
    expect(engine.ask('What is Mark Rutte\'s nationality?').answered).toBe(false);
  });

  it('reads "plural" as a note on the word before it, not a detail the story must have', () => {
    expect(topParagraph('Were there witnesses, plural, to the Macron greeting?')).toBe(5);
    expect(topParagraph('Is it aides, plural, who cringed at the calls?')).toBe(1);
    expect(engine.ask('Did Putin have witnesses, plural?').answered).toBe(false);
  });

  it('reads slang for chatting ("yak", "natter") as talking', () => {
    expect(topParagraph('Does Trump yak with foreign leaders a lot more than folks realise?')).toBe(4);
    expect(engine.ask('Does Trump yak with leaders about golf scores?').answered).toBe(false);
  });

  it('reads "causing" as asking what something is the result of', () => {
    expect(topParagraph('In the official\'s view, what is causing the alignment?')).toBe(9);
    expect(topParagraph('What did the calls cause, according to the article?')).toBe(8);
    expect(engine.ask('What caused the friction between Trump and Putin?').answered).toBe(false);
  });

  it('finds a question typed in lower case after a sentence that sets it up', () => {
    expect(topParagraph('so outsiders sit in on the line. how did the aides who listened react?')).toBe(1);
    expect(topParagraph('third parties were on those calls. how did the listening aides react?')).toBe(1);
    expect(engine.ask('outsiders were on those calls. how did putin react?').answered).toBe(false);
  });

  it('reads "put a number on", "any numbers" and "give a comment" as asking for a figure and a response', () => {
    expect(topParagraph("Did Trump's spokeswoman put a number on his meetings with other heads of state?")).toBe(12);
    expect(topParagraph('Were any numbers offered by the White House?')).toBe(12);
    expect(topParagraph('Did the press office give a comment?')).toBe(12);
    expect(plainIdioms('Did the White House issue a statement on it?')).toBe('Did the White House statement on it?');
    // A phone number handed over is still a phone number.
    expect(plainIdioms('Did Trump give a number to Macron?')).toBe('Did Trump give a number to Macron?');
  });

  it('answers whether a stance the story reports reversed was held before, or kept up, from the reversal', () => {
    expect(topParagraph('Had Trump previously been hostile to the alliance?')).toBe(8);
    expect(topParagraph('Did his hostility toward the alliance persist after the summit?')).toBe(8);
    // What caused the stance before the change is not in the story.
    const why = engine.ask('What originally prompted his hostile stance toward NATO?');
    expect(why.answered).toBe(false);
    expect(why.answer).toContain('not what came before it');
  });

  it('reads "these cosy calls delivering results" as the personal calls getting results', () => {
    expect(topParagraph('Have these cosy calls delivered any results?')).toBe(8);
    expect(topParagraph('Are the matey phone calls bringing real results?')).toBe(8);
    // ("Their friendly calls" are two leaders' own: not the story's calls at large.)
    expect(engine.ask('Did Trump dislike Macron before their friendly calls began?').answered).toBe(false);
  });

  it('does not read sitting in on a call as the news site that reported it', () => {
    expect(stem('sat')).not.toBe(stem('site'));
    expect(stem('sites')).toBe(stem('site'));
    expect(engine.explain('were the aides who sat in on the calls uncomfortable?').mentions).not.toContain('politico');
    expect(topParagraph('Did the staff who sat in on those calls find them awkward?')).toBe(1);
    expect(topParagraph('Which site reported the story?')).toBe(2);
  });

  it('answers whether someone is said to call a thing good, in the words of what the fact reports', () => {
    expect(topParagraph('Does Anna Kelly say Trump has good ties with world leaders?')).toBe(12);
    // Judging the saying, or a judgement the fact doesn't report, is still a matter of opinion.
    expect(engine.ask('Is it good that the White House says his relationships are great?').answered).toBe(false);
    expect(engine.ask('Does the article say flattering Trump is good?').answered).toBe(false);
  });

  it('reads friends "hanging out" as bonding, and not as hanging up a call', () => {
    expect(topParagraph('Were Trump and Macron likened to pals hanging out?')).toBe(7);
    expect(engine.ask('Has Trump ever hung up on Macron?').answered).toBe(false);
  });

  it('answers whether the public knows how much Trump talks to leaders from "more than anyone realizes"', () => {
    expect(topParagraph('Does the wider public realise how much Trump is on the phone with leaders?')).toBe(4);
    expect(topParagraph("Is Trump's phone-calling widely known?")).toBe(4);
    // (The public seeing something is still about what was made public.)
    expect(topParagraph("Did the public see Rutte's texts?")).toBe(11);
  });

  it('reads what calls "deal with" as what they are about, and a deal sealed on a call as a deal', () => {
    expect(topParagraph('Do his conversations with other leaders mostly deal with specific issues?')).toBe(4);
    expect(plainIdioms("Did Starmer's calls secure a deal with Trump?")).toBe("Did Starmer's calls secure a deal with Trump?");
    expect(engine.ask('Do his talks with Macron deal with Ukraine?').answered).toBe(false);
  });

  it('reads where a passage or a claim "comes from" as a question about its source, not a place', () => {
    expect(topParagraph('where is the claim about aides cringing coming from?')).toBe(1);
    expect(topParagraph('where do the ego-massage remarks come from?')).toBe(3);
    expect(topParagraph('Where is the stuff about WhatsApp coming from?')).toBe(10);
    // A person coming from somewhere is still a place the story may not give.
    expect(engine.ask('Where did Rutte come from?').answered).toBe(false);
  });

  it('reads how many letters a quoted name is drawn out with as a question the quote answers, not a count', () => {
    expect(topParagraph("how many d's does Macron put on Donald?")).toBe(6);
    expect(topParagraph("why all the extra l's when Trump says Emmanuel?")).toBe(6);
    expect(topParagraph("how many letters does Macron stretch Donald's name by?")).toBe(6);
    // Counting people is still a count.
    expect(engine.ask('How many leaders does Macron greet that way?').answered).toBe(false);
  });

  it('reads a closing "when saying…", "when they talk" as a clause of time, not as asking when', () => {
    expect(topParagraph('Please confirm: Trump stretched the l when greeting Macron?')).toBe(6);
    expect(topParagraph('Verify: Macron dragged out the d when talking to Trump?')).toBe(6);
    // A question word typed last still asks.
    expect(topParagraph('Starmer took a call, when was it?')).toBe(10);
  });

  it('reads running a risk as facing it', () => {
    expect(topParagraph('What risk are foreign leaders running when they message Trump?')).toBe(11);
    expect(topParagraph('What danger does a leader run by texting the president?')).toBe(11);
    expect(plainIdioms('Do they run the risk of a leak?')).toBe('Do they risk of a leak?');
    // Running something else is not a risk.
    expect(plainIdioms('Who runs NATO, and at what risk?')).toBe('Who runs NATO, and at what risk?');
  });

  it("reads the story's argument or thesis as what it is about", () => {
    expect(topParagraph('What argument does the article make about foreign leaders and Trump?')).toBe(1);
    expect(topParagraph("What's the thesis of the piece about world leaders?")).toBe(1);
  });

  it("answers who the story's subject is where the story starts with him, not from another leader's fact", () => {
    for (const q of ['Who is Donald Trump?', 'who was the US president in the article', "Who's Trump?"]) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.sources[0]?.paragraph).toBe(1);
    }
    // Asked about with something more, it is no longer who he is.
    expect(engine.ask("Who is Trump's chief of staff?").answered).toBe(false);
  });

  it('reads "attributed to any source?" as a question about the claim, not about the unnamed sources', () => {
    // The claim's own fact answers, not the insider's quote that the word "source" would otherwise pull toward.
    expect(topParagraph('Is the line about the calls paying dividends credited to a source?')).toBe(8);
    expect(topParagraph('Does the story attribute the weaponized-messages warning to any source?')).toBe(11);
    expect(topParagraph('Was the cellphone handout sourced to Politico, or does the piece say it unsourced?')).toBe(2);
  });

  it('reads "spoke to the newspaper" as the outlet everyone spoke to, with an article before the common noun', () => {
    // What the source said is asked, not what the outlet reported.
    expect(topParagraph('Someone who has heard the calls spoke to the newspaper: what did they say?')).toBe(4);
  });

  it('answers who reported on the calls with the outlet behind the story', () => {
    expect(topParagraph("Who reported on Trump's phone calls with foreign leaders?")).toBe(2);
  });

  it('reads "forms" and "modes" of contact as the ways leaders reach Trump', () => {
    expect(topParagraph('List two forms of communication the leaders use with Trump.')).toBe(1);
    expect(topParagraph('Name the modes of contact leaders use to reach Trump.')).toBe(1);
  });

  it('reads "pushback", "rebuttal" as a response, and "engagement" as relations', () => {
    expect(topParagraph('Did the White House answer the Politico story?')).toBe(12);
    expect(topParagraph('Who replied for the White House?')).toBe(12);
    expect(topParagraph("What evidence of Trump's diplomatic engagement did the deputy press secretary offer?")).toBe(12);
  });

  it('reads a "write-up" as the story itself, as "report" and "piece" are', () => {
    expect(topParagraph("Is the piece a write-up of another outlet's reporting?")).toBe(2);
    expect(topParagraph('Whose reporting is this writeup based on?')).toBe(2);
  });

  it('reads "play a part in", "what role did … play in" as whether and how something figured', () => {
    expect(topParagraph('Did text messages play any part in the Rutte episode?')).toBe(11);
    expect(topParagraph('What role did WhatsApp play in how Starmer kept in touch?')).toBe(10);
  });

  it('reads "alter" as a change, "courting" as flattery, and "critical" as a tone of the kind the story gives Rutte\'s texts', () => {
    expect(topParagraph("Did the calls alter Trump's stance on the alliance?")).toBe(8);
    expect(topParagraph('What has courting Trump in private achieved, per the European official?')).toBe(9);
    expect(topParagraph('Were the texts from Rutte critical?')).toBe(11);
  });

  it('reads "tense" as a wrong reaction of the kind the story gives, which the quote corrects', () => {
    expect(topParagraph('Did the people listening find the Macron greeting tense?')).toBe(5);
    expect(topParagraph('Did witnesses call the Macron greeting tense?')).toBe(5);
  });

  it('reads "vs" and "versus" as setting two things side by side, no word a fact must have', () => {
    expect(topParagraph('personal chat versus real business on the calls?')).toBe(4);
    expect(topParagraph('Trump on NATO: before vs after the summit')).toBe(8);
  });

  it('reads "correspondence" as messages, "apps" as the app, "agree" as alignment and "solicitousness" as solicitous', () => {
    expect(topParagraph("What danger to leaders' private correspondence does the Rutte episode show?")).toBe(11);
    expect(topParagraph('Did the European official say leaders and Trump agree more often now?')).toBe(9);
    expect(topParagraph("What has the leaders' solicitousness achieved?")).toBe(9);
  });

  it('reads "comedy" and "sitcom" as the story\'s amusing, and "protocol" or "etiquette" as what is normal', () => {
    expect(topParagraph('Was the Trump-Macron greeting a bit of a comedy routine?')).toBe(5);
    expect(topParagraph('Is handing out a private cellphone normal etiquette among heads of state?')).toBe(2);
    expect(topParagraph('Was sharing his own number standard protocol for a president?')).toBe(2);
  });

  it('reads "cover" as a word that frames what something is about, and "which industries" as which goods the story never lists', () => {
    expect(topParagraph('Do the calls cover personal matters?')).toBe(4);
    expect(topParagraph('What did the insider say the calls cover?')).toBe(4);
    for (const q of ['What sectors are covered by the tariff deal?', 'Which industries does the trade deal cover?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toContain('which goods');
    }
  });

  it('reads "indicate", "attest", "contradict" as asking whether the story or a source says so', () => {
    expect(topParagraph("Does the story indicate that Trump's cellphone move was rare?")).toBe(2);
    expect(topParagraph('Does anyone attest that the calls include personal talk?')).toBe(4);
    expect(topParagraph('Does the piece contradict the idea that the calls are all business?')).toBe(4);
  });
});

describe('refusals', () => {
  it('reads a homework prompt ("Explain why…", "Give three reasons why…") as the why-question it is', () => {
    expect(engine.ask('Explain why Trump gave foreign leaders his cellphone number.').answer).toMatch(/doesn't say why/);
    expect(engine.ask('Give three reasons why Starmer used WhatsApp.').answer).toMatch(/doesn't say why/);
    // (Why the writer says something is in the story: the writer says it.)
    expect(topParagraph('Explain why the writer calls the Rutte episode most telling.')).toBe(11);
  });

  it('reads "in short" as how to answer, not as a length asked for', () => {
    expect(topParagraph('In short, what is the late-night call about?')).toBe(10);
    expect(topParagraph('in short, what did the European official admit?')).toBe(9);
  });

  it('answers a figure asked for ("in numbers") from the nearly-as-good fact that gives one', () => {
    const a = engine.ask('What did Anna Kelly claim in numbers?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/23/);
  });

  it("gives a quoted leader's exact words after a change, but not the words from before it", () => {
    expect(topParagraph('I need the precise words Trump used about the alliance once the summit was over')).toBe(8);
    expect(engine.ask('Which exact words did Trump previously use to describe the alliance?').answered).toBe(false);
    expect(engine.ask('What exact day did the alliance summit take place?').answered).toBe(false);
  });

  it('names each way a leader is reported to use once when refusing another way', () => {
    const a = engine.ask('Was the Macron greeting on video or audio?');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/it reports phone calls\./);
  });

  it('does not read a flip phone as a flip on NATO', () => {
    expect(engine.ask('Does the president use a flip phone?').answered).toBe(false);
  });

  it('does not take the White House statement as its answer to the aides who cringed', () => {
    // (Cringing is how the aides felt, not a response someone gave.)
    expect(engine.ask('How did Kelly respond to the aides cringing during calls?').answered).toBe(false);
  });

  it('refuses the make or model of a phone, which the story never gives', () => {
    for (const q of ['Which sort of handset does the president carry?', 'what model of cellphone has Trump got', 'What type of mobile does Trump carry, Samsung?']) {
      expect(engine.ask(q).answered).toBe(false);
    }
    // (His personal cellphone itself is in the story.)
    expect(topParagraph('Does Trump give leaders his personal cellphone number?')).toBe(2);
  });

  it.each([
    'Did Trump call Putin?',
    'How old is Macron?',
    'Who won the football match?',
    'What time does the golf game start?',
    'Which city hosted the NATO summit?',
    'What is the name of the European official?',
    'Who is the U.K. government adviser?',
    'How many leaders have Trump\'s cellphone number?',
    'What is the capital of France?',
    'What did Macron and Trump talk about after the greeting?',
    'qwertyuiop',
  ])('refuses %s plainly, with empty sources and suggestions', (q) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.sources).toEqual([]);
    expect(a.answer).toMatch(/^The story doesn't/);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('refuses what a leader thought or felt, though it quotes what he said', () => {
    expect(engine.ask('What did Macron think of the long-drawn greeting?').answer).toMatch(/^The story doesn't say how Emmanuel Macron reacted/);
    expect(engine.ask('How did Macron feel about Trump?').answered).toBe(false);
    expect(topParagraph('What did Macron say back to Trump?')).toBe(6);
  });

  it('does not split a question at an abbreviation, and refuses the number itself however it is asked', () => {
    expect(engine.ask('What is the name of the U.K. adviser who was quoted?').answered).toBe(false);
    expect(engine.ask("What's the actual Trump personal mobile number?").answered).toBe(false);
  });

  it('refuses a reason the story never gives, in other words than the fact base records it', () => {
    expect(engine.ask('Why did Trump give leaders his cell number?').answer).toMatch(/^The story doesn't say why Trump/);
    // Whatever the question calls him.
    expect(engine.ask('Why did the American leader hand out his cellphone to other leaders?').answer).toMatch(/^The story doesn't say why Trump/);
  });

  it('does not count the alternative the story lacks against a question that offers two', () => {
    expect(engine.ask('the british pm texted on whatsapp or signal?').confidence).toBeGreaterThan(0.9);
    expect(engine.ask('which game was on when starmer took the call, football or hockey?').confidence).toBeGreaterThan(0.9);
    // Neither alternative is in the story: still refused.
    expect(engine.ask('Did Starmer watch the match at Downing Street or at a stadium?').answered).toBe(false);
  });

  it('reads "name" as a person\'s only when it is next to them', () => {
    expect(engine.ask('What is the name of the deal Starmer sealed?').answer).toMatch(/^The story doesn't give that detail \(name\)/);
    expect(topParagraph("What's the name of the NATO chief?")).toBe(11);
    expect(topParagraph("what is the name of trump's deputy press secretary")).toBe(12);
  });

  it.each([
    ['What role did Anna Kelly have before becoming deputy press secretary?', /background/],
    ['How did Macron respond to the Politico article?', /responded to the report/],
    ['Which week exactly was the NATO summit?', /level of detail|detail \(week\)/],
    ['Which leader made the most calls to Trump?', /doesn't compare how many/],
    ['Which month did Starmer get the late-night call?', /doesn't give that detail \(month\)/],
    ['Which years did Trump hand out his cellphone number?', /doesn't give that detail \(years\)/],
    ['When did Kelly speak to Politico?', /^The story doesn't say when\./],
    ['What did the staffers on the calls tell Trump?', /doesn't quote aides who listened in/],
    ['What did Anna Kelly say about the aides who cringed?', /doesn't quote Anna Kelly on that/],
    ["Why did Trump screenshot Rutte's messages?", /why Trump screenshotted them/],
    ["Which 'specific things' came up on the calls?", /doesn't say what they were/],
    ['What job did Kelly hold before the White House?', /background/],
    ['Did Starmer say yes to the invitation to play golf?', /whether Starmer accepted/],
    ['did starmer turn down the golf trip', /whether Starmer declined/],
    ["Who are the 'great leaders' he met in The Netherlands?", /doesn't name them/],
    ['who did trump meet at the summit, names?', /doesn't name them/],
    ['what did the world leaders say to Trump when they flattered him', /doesn't quote world leaders/],
    ["how did Macron's staff react to the drawn-out names", /doesn't say how macron's staff reacted/],
    ['What did Britain hand over in return for the lower tariffs?', /doesn't say what (?:they give|was offered) back/],
    ['Which goods are included in the tariff cut?', /doesn't say which goods/],
    ['On what day is the golf trip?', /what day/],
    ['Since when has Kelly been a spokeswoman?', /how long/],
    ['Did other newspapers confirm the cellphone story?', /cites only Politico/],
    ['Which six months, exactly, do the 23 meetings cover?', /level of detail/],
    // A note after the question is not a question of its own.
    ['who is the european official? need a name for the caption', /^The story doesn't/],
    ['Who sends Trump more messages, Starmer or Rutte?', /doesn't compare how many/],
    ['which leader rings Trump the most?', /doesn't compare how many/],
    ['who does Trump speak with more, Rutte or Macron?', /doesn't compare how many/],
  ])('refuses %s', (q, why) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(why);
  });

  it('does not predict: a question about what will happen is refused as such', () => {
    for (const q of ['Will Macron phone Trump again next month?', 'Is Starmer going to accept the golf invitation?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toContain('what will happen');
    }
    // "Going to" a place is where someone is headed, which the story may say: not a prediction.
    expect(topParagraph('is keir starmer going to scotland?')).toBe(10);
  });

  it('reads "what goods", "what course" like "which": a detail the fact base records the story leaves out', () => {
    for (const q of ['what goods does the deal cover', 'what course will they play golf on']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toMatch(/doesn't say (?:which|what)/);
    }
    expect(topParagraph('what did Trump do with his number?')).toBe(2);
  });

  it('refuses a question about what someone the story never mentions did, typed in lower case', () => {
    for (const q of ['how often does meloni text trump', 'what did obama do with his cellphone']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toMatch(/doesn't mention (?:meloni|obama)/);
    }
    // A misspelt name is still the name.
    expect(topParagraph('what did starmr use to message trump')).toBe(10);
  });

  it('says the story does not name the app or site of the Rutte texts and screenshots', () => {
    expect(engine.ask('which app did rutte send his texts through').answer).toMatch(/doesn't say which app/);
    expect(engine.ask('what website did trump put the screenshots on').answered).toBe(false);
    expect(topParagraph('How did Rutte contact Trump?')).toBe(11);
  });

  it('refuses a count over another period, when someone took a post, a detail "of" something, and others a fact cannot name', () => {
    expect(engine.ask('how many bilateral meetings did trump hold in the first six months of his first term?').answer).toContain('for that period');
    expect(engine.ask('when did rutte become nato chief?').answered).toBe(false);
    expect(engine.ask('score of the football match?').answered).toBe(false);
    expect(engine.ask('besides macron and starmer, which other leaders does trump text?').answered).toBe(false);
    expect(topParagraph('How many bilateral meetings has Trump had?')).toBe(12);
  });

  it('refuses who was first, an order the story never gives, but not the story\'s own order', () => {
    expect(engine.ask("who was the first world leader to get trump's cell number?").answer).toContain("doesn't say who was first");
    expect(engine.ask('who is the first leader named in the story?').answered).toBe(true);
  });

  it("says no more of an unnamed source than the story's description", () => {
    expect(engine.ask('which country is the european official from?').answered).toBe(false);
    expect(engine.ask('which country is the insider from').answer).toContain("doesn't say more about people who have heard");
    // The adviser's government is in how the story describes them.
    expect(topParagraph('which government does the uk adviser work for?')).toBe(10);
  });

  it('refuses how people the best fact does not report on reacted', () => {
    expect(engine.ask('how did the british public take the golf invitation? how did they react?').answered).toBe(false);
    expect(engine.ask("how did trump's staff feel about the tariff call?").answer).toContain("doesn't say how trump's staff reacted");
    expect(topParagraph('how did foreign leaders react to getting trump\'s number?')).toBe(2);
  });

  it("refuses a comment on a contact when the story quotes only what was said in it", () => {
    expect(engine.ask('what has trump said publicly about the greeting?').answer).toContain("doesn't quote Donald Trump commenting");
    expect(topParagraph('what did macron say back to trump?')).toBe(6);
    expect(topParagraph('What did Trump say about NATO?')).toBe(8);
  });

  it('reads "what leaders are trying to do" and "for what reason leaders…" as what they do, not which leaders', () => {
    expect(topParagraph('what leaders are trying to do with the direct line')).toBe(3);
    expect(topParagraph('For what reason leaders ring Trump on his direct line?')).toBe(3);
    // Which of them it was is still asked for, and refused.
    expect(engine.ask('what leaders got his cell number?').answered).toBe(false);
    expect(engine.ask('what leaders are doing business with Trump on the direct line?').answered).toBe(false);
  });

  it('reads "what drives leaders to…" as asking what moves them, not which leaders', () => {
    expect(topParagraph('what drives leaders to butter Trump up on the direct line?')).toBe(3);
    // "what foreign leaders", "what countries leaders" (the countries' leaders) still ask which, and are refused.
    expect(engine.ask('what foreign leaders got his number?').answered).toBe(false);
    expect(engine.ask('what countries leaders called Trump').answered).toBe(false);
  });

  it('does not hold the outlet everyone spoke to, called "the paper" or "the outlet", against a quote', () => {
    expect(topParagraph('What did Anna Kelly say to the paper?')).toBe(12);
    expect(topParagraph('What did the deputy press secretary tell the outlet?')).toBe(12);
    // A word the story doesn't know is still one the fact must have.
    expect(engine.ask('What did Anna Kelly say to the paper about tariffs on wine?').answered).toBe(false);
  });

  it('answers why something struck people with the fact\'s word for it, but not why it was done', () => {
    expect(topParagraph('Why was Trump handing out his personal cellphone seen as so unusual?')).toBe(2);
    expect(engine.ask('Why did Trump hand out his cellphone, which was so unusual?').answer).toContain("doesn't say why");
  });

  it('reads "which country is the leader … from?" as asking for the leader, not for a place in the story', () => {
    expect(topParagraph('What country is the president with the cartoonish greeting ritual from?')).toBe(5);
    // The unnamed official's country is still not given.
    expect(engine.ask('Which country is the European official from?').answered).toBe(false);
  });

  it('refuses names a fact does not give, what ought to be done, and when a fact gives no time', () => {
    expect(engine.ask('which leaders did trump meet at the summit, by name?').answer).toContain("doesn't name them");
    // Asked as a request to name them, too.
    expect(engine.ask("please name the 'great leaders' from the summit").answer).toContain("doesn't name them");
    expect(engine.ask('can you name any of the staff who cringed').answer).toContain("doesn't name them");
    expect(engine.ask('should starmer have taken the call?').answer).toContain('matter of opinion');
    expect(engine.ask('did trump post the texts before or after the nato summit').answered).toBe(false);
    // Names a fact gives are given.
    expect(topParagraph('who is the white house spokeswoman, by name?')).toBe(12);
  });

  it('says what the story leaves out about the tariff deal and the golf trip', () => {
    expect(engine.ask('what are the terms of the trade deal?').answer).toContain("doesn't say what the terms of the deal are");
    expect(engine.ask('did starmer accept trump\'s golf invitation?').answer).toContain("doesn't say whether Starmer accepted");
    expect(engine.ask('what agreements came out of trump\'s bilateral meetings?').answer).toContain("doesn't say what agreements");
  });

  it('refuses the other party of a contact the story counts but names no one in', () => {
    expect(engine.ask('who were those bilaterals held with?').answer).toContain("doesn't say who they were with");
    expect(engine.ask('with whom did trump hold the 23 meetings').answered).toBe(false);
    // A contact whose other party the story names still gets its answer.
    expect(topParagraph('who did trump play golf with?')).toBe(10);
  });

  it('refuses a choice between two things the story never mentions, and answers one it has', () => {
    expect(engine.ask('did rutte send those texts by carrier pigeon or telegram?').answer).toContain('mentions neither');
    expect(engine.ask('was starmer watching rugby or football?').answered).toBe(true);
  });

  it('says the story leaves out the forecast for the golf, what Trump promised, and his summit speech', () => {
    expect(engine.ask("how's the weather looking in scotland for the golf invitation").answer).toContain("doesn't say the weather");
    expect(engine.ask('what did trump promise starmer in the tariff reduction deal?').answer).toContain("doesn't say what Trump promised");
    expect(engine.ask('what did trump say in his nato summit speech').answered).toBe(false);
    // What the deal was for is still answered.
    expect(topParagraph('what deal did starmer seal during the match?')).toBe(10);
  });

  it("refuses what unquoted, unnamed people said to someone afterwards, and still answers a quoted leader's words", () => {
    expect(engine.ask('what did the staffers tell trump after those schmoozy calls ended?').answer).toContain("doesn't quote aides");
    expect(engine.ask('what did macron say back to trump after he said emmanuel?').answered).toBe(true);
  });

  it("says the story doesn't give a witness's living", () => {
    expect(engine.ask('the witness who found the macron greeting oddly amusing, what do they do for a living?').answer).toContain("doesn't say what the listener does for a living");
  });

  it('gives only the number for the members of something a fact only counts', () => {
    expect(engine.ask("what was the very first of trump's 23 bilaterals?").answer).toContain('only the number');
    expect(engine.ask('kindly list those 23 bilaterals').answer).toContain('only the number');
    // A span that starts "first" is not a rank.
    expect(topParagraph('what does the white house say trump did in his first six months?')).toBe(12);
  });

  it('reads saying yes to the golf as accepting the invitation', () => {
    expect(engine.ask('so has keir said yes to golf in scotland').answer).toContain("doesn't say whether Starmer accepted");
  });

  it("reads a country's game as its national side's, which the story never names, not as its leader", () => {
    expect(engine.ask('starmer was watching a british match on the night of the call?').answered).toBe(false);
    expect(topParagraph('starmer was watching a football match on the night of the call?')).toBe(10);
  });

  it('refuses to name the unnamed when asked for names for them', () => {
    expect(engine.ask('any names for the staff who listened in?').answer).toMatch(/doesn't name/);
  });

  it("doesn't say who held a post before or after someone, or what they did before", () => {
    for (const q of ['who led nato before mark rutte?', 'who will replace rutte at nato', 'what job did rutte have before nato']) {
      expect(engine.ask(q).answered).toBe(false);
    }
    expect(engine.ask('who led nato before mark rutte?').answer).toContain('before or after');
    // "Before the summit" sets a time, not a predecessor.
    expect(topParagraph('who did Trump meet after the summit')).toBe(8);
  });

  it('reads a reason asked after "but" or "so" like one asked first', () => {
    expect(engine.ask("right, but why did trump post rutte's texts?").answer).toContain("doesn't say why Trump posted them");
  });

  it('reads "what reason", "what motive", "how come" as "why" for the reasons the story leaves out', () => {
    for (const q of ['how come Trump posted Rutte\'s texts?', 'what was the reason trump handed out his number']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toMatch(/doesn't say why Trump/);
    }
    // A reason the story gives is still given.
    expect(topParagraph('what was the reason starmer took the late call?')).toBe(10);
  });

  it('refuses "who else" when the best fact names only the people asked about', () => {
    for (const q of ['who else got a golf invitation from trump', 'any other presidents on whatsapp with trump?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toContain("doesn't name anyone else");
    }
    // Someone besides the one set aside is someone the story does report.
    expect(topParagraph('Apart from Starmer, who else messaged Trump?')).toBe(11);
    expect(topParagraph('besides macron, which leader got close to trump')).toBe(10);
    // The best fact still about the one set aside names no one else.
    expect(engine.ask('besides starmer, who did trump invite to scotland?').answer).toContain("doesn't name anyone else");
    expect(engine.ask('who did trump meet at the summit besides rutte?').answer).toContain("doesn't name anyone else");
    // "Whose" asks for a person too: someone besides the one set aside.
    expect(engine.ask('not counting macron, whose greetings with trump were overheard?').answer).toContain("doesn't name anyone else");
    // "Besides" sets aside a topic as well as a person.
    expect(topParagraph('besides the business side, what else comes up on the calls?')).toBe(4);
    // A thing set aside that a contact or an event is all about: the story reports nothing else of it.
    for (const q of ['apart from the tariff deal, what else came up on that late call?', 'is anything planned in scotland other than golf?']) {
      expect(engine.ask(q).answer).toContain("doesn't say what else");
    }
    expect(engine.ask('apart from the tariff deal, which way did Starmer reach trump?').answered).toBe(true);
  });

  it("refuses a body's account of something it isn't part of", () => {
    const a = engine.ask("how did the white house justify posting rutte's texts");
    expect(a.answered).toBe(false);
    expect(a.answer).toContain("doesn't say how the White House");
  });

  it("doesn't say whether something still holds, unless the story reports a change", () => {
    const a = engine.ask('Does Trump still use the same personal cellphone?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('still so');
    expect(engine.ask('is rutte still texting trump after the screenshot thing').answered).toBe(false);
    // The NATO fact reports a reversal, so it answers whether he is still hostile.
    expect(topParagraph('Is Trump still hostile toward the alliance?')).toBe(8);
    // Of a change, the story reports the turn, not the time before it: why or when he was hostile isn't said,
    // though that he was is.
    expect(engine.ask('Why had Trump been hostile toward NATO before the summit?').answer).toContain('not what came before it');
    expect(engine.ask('When did Trump first call NATO a rip-off?').answered).toBe(false);
    expect(topParagraph("what had trump's stance on nato been before the summit")).toBe(8);
  });

  it('does not guess what would have happened otherwise', () => {
    const a = engine.ask("If Starmer hadn't taken the call, would the tariff deal have failed?");
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('would have happened');
  });

  it('refuses to name an unnamed source, however the name is asked for', () => {
    const a = engine.ask("What's the name of the listener who heard the Macron calls?");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/doesn't name/);
    for (const q of ['Which named Trump aides listened in on the calls?', 'which aides cringed? names pls']) {
      expect(engine.ask(q).answer).toMatch(/doesn't name aides/);
    }
  });

  it.each([
    ['How many bilateral meetings did Trump have in 2019?', 'for that period'],
    ['Where is Starmer playing golf with Trump in Scotland?', 'where in Scotland'],
    ['How long did the late-night call with Starmer last?', 'how long'],
    // The question word typed last still sets what is asked.
    ['Starmer messaged Trump on WhatsApp how many times?', 'number for that'],
    // A reason the fact base records the story doesn't give, asked in the fact's own words or synonyms.
    ['why did trump post the rutte texts', 'why Trump posted them'],
    ['Why did Trump decide to publish Rutte\'s messages?', 'why Trump posted them'],
    // A bare query asks "what" of what the story doesn't say.
    ['trump reply to starmer whatsapp', 'what Trump replied'],
    ['politico reporter name', "name its reporter"],
    ['What time of night was Starmer\'s call with Trump?', 'what time the call came'],
    ['how often do trump and macron talk on the phone', 'how often they talk'],
    ['Which aides actually listened in on the calls?', "doesn't name aides"],
    ['How big was the tariff reduction Starmer secured?', 'how big the tariff cut was'],
    ['Why did Trump decide to hand out his personal cellphone to foreign leaders?', 'why Trump handed out his cellphone'],
    ['Which goods does the UK tariff deal cover?', 'which goods the deal covers'],
    ['When was the UK tariff deal signed?', 'when the deal was signed'],
    ['Who started the WhatsApp chat between Starmer and Trump?', 'who called whom'],
    ['Macron rang Trump, rather than the other way about?', 'who called whom'],
    ['was that chat started by Macron or by Trump', 'who called whom'],
    ['who calls who mostly, trump or macron', 'who called whom'],
    ['in the greeting calls, who usually calls whom', 'who called whom'],
    ['was it Macron who phoned Trump for the greeting?', 'who called whom'],
    ['What exactly did Trump say to Macron after the greeting?', "The story doesn't say"],
  ])('refuses a detail finer than the story gives: %s', (q, why) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(why);
  });

  it("answers 'what did X say' only with X's own words", () => {
    expect(topParagraph('What did Trump say about NATO after the summit?')).toBe(8);
    expect(topParagraph('what did Macron say back?')).toBe(6);
    expect(topParagraph('What did the French president say back in the greeting ritual?')).toBe(6);
    const a = engine.ask("What did Trump say about Starmer's golf trip?");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/doesn't quote Donald Trump/);
    expect(engine.ask('what does the french president think of trump').answered).toBe(false);
  });

  it('tells a title from the same title with a rank: the story quotes the deputy press secretary', () => {
    const a = engine.ask('who is the white house press secretary?');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/quotes the White House deputy press secretary, Anna Kelly/);
    expect(topParagraph('who is the deputy press secretary')).toBe(12);
    // The rank named only to set it aside still asks for the boss.
    expect(engine.ask('Who is the White House press secretary, as opposed to the deputy?').answered).toBe(false);
    expect(engine.ask('whos the main white house press secretary not the deputy').answered).toBe(false);
  });

  it("refuses someone's background and how people took the report, which the story can't say", () => {
    expect(engine.ask('What job did Rutte have before leading NATO?').answer).toMatch(/background/);
    expect(engine.ask('how did Rutte become NATO secretary general?').answered).toBe(false);
    expect(topParagraph("how did Rutte's texts become public?")).toBe(11);
    expect(engine.ask('What did Trump say about the report?').answer).toMatch(/how Donald Trump responded to the report/);
    // The White House spokeswoman did answer the reporter.
    expect(topParagraph('What did the White House say in response to the report?')).toBe(12);
  });

  it('refuses reactions the story never gives, and names for sources it never names', () => {
    expect(engine.ask('How did Rutte feel when Trump posted his messages?').answered).toBe(false);
    expect(engine.ask('does Starmer really like Trump?').answer).toMatch(/how Keir Starmer reacted/);
    expect(topParagraph('How did the listener feel about the ritual?')).toBe(5);
    expect(engine.ask('what are the names of the aides who listened in?').answer).toMatch(/doesn't name aides/);
    expect(engine.ask('do the leaders ring Trump or does he call them?').answer).toMatch(/who called whom/);
    // "A call from X or from Y" asks the same; texts from X or Y ask whose texts.
    expect(engine.ask("was the football-match call from starmer or from trump's side?").answer).toMatch(/who called whom/);
    expect(topParagraph('did trump post texts from the nato boss or from macron?')).toBe(11);
  });

  it('reads "who does X report to" as asking for a boss, which the story never names', () => {
    expect(engine.ask('Who does Anna Kelly report to at the White House?').answered).toBe(false);
  });

  it.each([
    ['How many bilateral meetings did Obama hold?', 'Obama'],
    ['Do Starmer and Trump text in English or French?', 'language'],
    ['What did Starmer think when Trump posted the Rutte texts?', 'how Keir Starmer reacted'],
  ])('refuses a near miss about someone or something else: %s', (q, why) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(why);
  });

  it('reads "founded" as founding, not as a form of "find" (which says nothing)', () => {
    const a = engine.ask('When was NATO founded?');
    expect(a.answered).toBe(false);
  });

  it.each([
    ['What deals came out of the NATO summit?', 'agreements came out of the summit'],
    ['Which countries did Trump hold his bilateral meetings with?', 'which countries he met'],
  ])('says which detail of an event the story leaves out: %s', (q, why) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(why);
  });

  it.each([
    // Texts the story describes but never quotes.
    ['quote me the actual words in Rutte\'s texts', 'what the texts said'],
    ['can you quote Starmer\'s WhatsApp messages?', 'what the messages said'],
    // A comment is a reaction, which the story doesn't give for Rutte.
    ['Has Rutte commented on Trump posting his messages?', "Rutte's reaction"],
    // Who texts or calls most: the story never compares.
    ['which presidents message him the most?', "doesn't compare"],
  ])('refuses what the story describes but does not give: %s', (q, why) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(why);
  });

  it.each([
    ["Has Macron's office confirmed the Emmanuel/Donald greeting?", 'Emmanuel Macron'],
    ["What did Starmer's team say about the golf invite?", 'Keir Starmer'],
  ])('says no one speaking for a leader is quoted: %s', (q, who) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(`doesn't quote anyone speaking for ${who}`);
  });

  it('still answers what the leader himself said', () => {
    expect(topParagraph('what did Macron say to Trump')).toBe(6);
  });

  it('refuses "has Trump ever commented on the greeting?": the story quotes the greeting, not a comment on it', () => {
    const a = engine.ask('Has Trump ever commented on the greeting ritual?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain("doesn't quote Donald Trump commenting on it");
    expect(topParagraph('did Trump talk about NATO?')).toBe(8);
  });

  it('refuses "has Macron confirmed the greeting?": bearing out a contact is a comment on it, which the story lacks', () => {
    for (const q of ['has macron personally verified the back-and-forth greeting', 'Did Trump deny that the name greeting happened?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toMatch(/doesn't quote (?:Emmanuel Macron|Donald Trump) commenting on it/);
    }
  });

  it.each([
    ['when does the Scotland golf trip end?', 'when the trip will end'],
    ['what caption went with the Rutte screenshots?', 'what caption he put on them'],
    ['Which products are in the tariff reduction deal?', 'which products are in the deal'],
  ])('says which detail of a reported event the story leaves out: %s', (q, why) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(why);
  });

  it('refuses what an unnamed source does for a living, beyond what the story calls them', () => {
    for (const q of ['what does the U.K. government adviser do for work?', 'Does the insider work for the White House or the EU?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toMatch(/^The story doesn't say more about .* than that\./);
    }
    // Whether they are named is another question, and the story answers it.
    expect(engine.ask('Is the European official named anywhere?').answer).not.toMatch(/than that/);
  });

  it('reads a topic, a subject or an agenda as what was discussed, which the story rarely says', () => {
    expect(engine.ask("what's on the agenda for the scotland golf trip?").answer).toContain("doesn't say what they discussed");
  });

  it("refuses a post in a government no one in the story holds, naming whose it is", () => {
    expect(engine.ask("who's the president's chief of staff?").answer).toMatch(/^The story doesn't name the President's chief of staff\./);
    expect(engine.ask('Who serves as Macron\'s chief of staff?').answer).toMatch(/^The story doesn't name Macron's chief of staff\./);
    expect(engine.ask('name the US secretary of state').answer).toMatch(/^The story doesn't name the US secretary of state\./);
    // Asked about otherwise, the post's holder isn't in the story either.
    expect(engine.ask('did the vice president listen in on the Macron calls?').answer).toMatch(/^The story doesn't mention the vice president\./);
    // A post someone in the story holds is still answered.
    expect(topParagraph('who is the secretary general of NATO?')).toBe(11);
  });

  it('refuses a count over a different span than the one the story gives it for', () => {
    for (const q of ['How many bilateral meetings did Trump have in his first 100 days?', 'how many bilateral meetings so far this year?', 'how many bilateral meetings has he had in a year']) {
      expect(engine.ask(q).answer).toMatch(/^The story doesn't give a number for that period\./);
    }
    expect(topParagraph('how many bilateral meetings in the first six months?')).toBe(12);
    expect(topParagraph('how many bilateral meetings over half a year')).toBe(12);
    // A rate is worked out from the figure the story gives.
    expect(topParagraph('roughly how many bilateral meetings a month is that?')).toBe(12);
  });

  it('does not take a changed letter in a synonym for a slip: "favourite" is not "favour"', () => {
    expect(engine.ask("Who is Trump's favourite world leader to chat with?").answered).toBe(false);
    expect(engine.ask('who dialled whom on the football call?').answer).toMatch(/^The story doesn't say who called whom/);
  });

  it('does not take a changed letter in a word for a slip: "party" is not "parts"', () => {
    expect(engine.ask('Which party does Macron belong to?').answered).toBe(false);
    expect(engine.ask('Does Trump own the resort in Scotland?').answered).toBe(false);
  });

  it('keeps English words that look like foreign ones, and "yes or no" offers no second party', () => {
    expect(plainIdioms('Is the deal non-binding? Is it a con?')).toBe('Is the deal non-binding? Is it a con?');
    // ("Post-summit" is not the label of a post put up for checking.)
    expect(plainIdioms('Post-summit, how did Trump describe NATO?')).toMatch(/^after summit, how did Trump/);
    expect(plainIdioms('qué app did el primer ministro use')).toBe('what app did the prime minister use');
    expect(topParagraph('Did Starmer message Trump by text, yes or no?')).toBe(10);
  });

  it('refuses to name an unnamed source when asked "who exactly is…"', () => {
    expect(engine.ask('who exactly is the insider that heard the calls?').answered).toBe(false);
  });

  it('refuses how to do something, which a news story does not say, but still answers how we know what it says', () => {
    expect(engine.ask('how can we get Starmer on WhatsApp too?').answer).toMatch(/^The story doesn't say how to do that/);
    expect(topParagraph('how do we know the insider heard the calls?')).toBe(4);
  });

  it('refuses to quote a message the story only describes, however the request names its sender', () => {
    expect(engine.ask('quote me the gushing message Rutte texted Trump').answer).toMatch(/^The story doesn't say what the texts said/);
  });

  it('refuses who called whom however it is asked, "or the other way about" too', () => {
    expect(engine.ask('Was it Macron who telephoned Trump, or the other way about?').answer).toMatch(/^The story doesn't say who called whom\./);
    expect(engine.ask('did Rutte message Trump or vice versa?').answer).toMatch(/^The story doesn't say who called whom\./);
  });

  it('refuses a date on the calendar when the story only says "last month" or "this week"', () => {
    for (const q of ['In which month did the NATO summit take place?', 'what year was this piece written', 'What month was the late-night football call?']) {
      expect(engine.ask(q).answer).toMatch(/^The story doesn't give (?:a date|that detail \(month\))\./);
    }
    expect(topParagraph('how long ago was the NATO summit?')).toBe(8);
  });

  it('refuses an office of a country no one in the story holds, and still answers the ones it names', () => {
    const a = engine.ask('Who is the current Prime Minister of the Netherlands?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain("doesn't name the prime minister of the Netherlands");
    expect(topParagraph('who is the prime minister of england')).toBe(10);
    expect(topParagraph('who is the president of france')).toBe(5);
    // The country named first: "the French prime minister" is no one the story names either.
    expect(engine.ask('who is the French prime minister?').answer).toContain("doesn't name the French prime minister");
    expect(topParagraph('who is the British prime minister?')).toBe(10);
    // And the possessive: "Canada's prime minister", also asked beside two ways of contact.
    expect(engine.ask("Did Canada's prime minister phone or message Trump?").answer).toContain("doesn't name Canada's prime minister");
    expect(topParagraph("what did britain's prime minister send trump?")).toBe(10);
    // ("Which country's president…" asks which country.)
    expect(topParagraph("which country's president drags out trump's name?")).toBe(6);
  });

  it('answers a wrong office put in statement order ("X is the…?", "X = …?") where the story gives their title', () => {
    // Put as a claim in a statement's word order, the office is checked against the title the story gives.
    expect(topParagraph('Anna Kelly is the prime minister of Canada according to this?')).toBe(12);
    expect(topParagraph('quick check: Kelly = Irish PM?')).toBe(12);
    expect(topParagraph('Is Rutte the Dutch PM here?')).toBe(11);
    expect(topParagraph('is it true that Rutte is named as the Dutch premier?')).toBe(11);
    // An office once held is another claim, which the story doesn't answer; so is one asked about a time before.
    expect(engine.ask('who is the former Dutch PM?').answer).not.toContain("doesn't name the Dutch prime minister");
    expect(engine.ask('Was Rutte the Dutch PM prior to NATO?').answered).toBe(false);
    // Asked who holds it, no one: "PM" read as the office.
    expect(engine.ask('who is the Dutch PM?').answer).toContain("doesn't name the Dutch prime minister");
  });

  it('refuses "who is the Politico reporter behind the story?": the story has no byline', () => {
    expect(engine.ask("Who's the Politico reporter behind the story?").answered).toBe(false);
  });

  it("refuses the headline of the outlet's own report, and still answers the story's headline claim", () => {
    const a = engine.ask("what was politico's headline?");
    expect(a.answered).toBe(false);
    expect(a.answer).toContain("doesn't give the headline of the Politico report");
    expect(topParagraph("what's the headline?")).toBe(1);
  });

  it('does not answer a later part that leans on the first ("…? What was his reasoning?") on its own', () => {
    expect(engine.ask('Did Trump ever call NATO a rip-off in the first place? What was his reasoning?').answered).toBe(false);
  });

  it('says the story never mentions someone a yes/no claim names, rather than only "doesn\'t say"', () => {
    expect(engine.ask('Did Trump call Putin?').answer).toMatch(/^The story doesn't mention Putin\./);
  });

  it('names who the story does not mention', () => {
    expect(engine.ask('What did Boris Johnson say?').answer).toContain("doesn't mention Boris Johnson");
  });

  it('points near misses at what the story does cover', () => {
    const a = engine.ask('Who won the football match Starmer was watching?');
    expect(a.answered).toBe(false);
    expect(a.suggestions.join(' ')).toMatch(/Starmer/);
  });
});

describe('requests in a procedural register, relayed questions and questions in a statement\'s order', () => {
  it('reads "could you advise…", "please advise the…" as the request to be told that they are', () => {
    expect(topParagraph('Could you kindly advise whose messages the president screenshotted?')).toBe(11);
    expect(topParagraph('Please advise the name of the outlet that broke the story.')).toBe(2);
    expect(topParagraph('For our records, which outlet first reported this?')).toBe(2);
  });

  it('reads a question relayed by a moderator, with the context before it, as the question', () => {
    expect(topParagraph('quick context, people in #world are debating this. a member in #world asks which messaging app Starmer used')).toBe(10);
    expect(topParagraph("mod here — a member wonders who put the NATO chief's texts online")).toBe(11);
    expect(topParagraph('mod here, a member asked which app the British PM used')).toBe(10);
    expect(engine.ask('relaying from #world: who is the European official quoted?').answer).toMatch(/doesn't name a European official/);
  });

  it('reads "someone wants the name of…" relayed by a moderator as asking what it is', () => {
    expect(topParagraph('a viewer in #politics wants the name of the NATO chief whose texts were posted')).toBe(11);
    expect(engine.ask('someone wants the score of the football match').answer).toMatch(/doesn't say what the score was/);
  });

  it('refuses a value the story never gives when it is asked in a statement\'s order', () => {
    for (const q of ["I'd like to know what Trump's personal number is", "i was wondering what the president's cell number was"]) {
      expect(engine.ask(q).answered).toBe(false);
    }
  });

  it('gives the names asked for ("…? name them") when the fact names the people, and refuses when it names no one', () => {
    expect(topParagraph('which leader used WhatsApp to message Trump, name them')).toBe(10);
    expect(engine.ask('which aides cringed? name them').answered).toBe(false);
  });

  it('gives the wording of a quoted statement, or of what the article says, but not of messages it never quotes', () => {
    expect(topParagraph("the wording of Kelly's statement?")).toBe(12);
    expect(topParagraph('the piece says leaders flatter him on the direct line; what wording?')).toBe(3);
    expect(engine.ask("what was the wording of Rutte's texts?").answered).toBe(false);
    expect(engine.ask("the report mentions Rutte's texts - what wording?").answered).toBe(false);
  });

  it('reads "old"/"young" before the word they describe ("young people\'s slang") as no age asked for', () => {
    expect(topParagraph('what slang term, the kind young people use, describes Trump and Macron?')).toBe(7);
    expect(engine.ask('how old is the NATO chief').answer).toMatch(/detail \(old\)/);
    expect(engine.ask('Starmer old enough to be PM?').answered).toBe(false);
  });

  it('refuses the result of the match and a leak of the number, which the story never reports', () => {
    expect(engine.ask('which team won the game Starmer was watching').answer).toMatch(/doesn't say which team won/);
    expect(engine.ask("was Trump's phone number ever leaked?").answered).toBe(false);
    expect(engine.ask('which of the 23 meetings was first?').answer).toMatch(/doesn't say which meeting came first/);
    expect(engine.ask('is there a link to the original Politico story?').answered).toBe(false);
  });

  it('counts a name or group the question names among its words when matching what the story leaves out', () => {
    expect(engine.ask('Do the cringing aides work for Trump?').answer).toMatch(/doesn't say whether the aides work for Trump/);
    expect(engine.ask('Which aide was listening when Macron rang?').answer).toMatch(/doesn't say which aide listened in/);
  });

  it('reads a country as that country, not a slip in a story word, and lets the fact\'s place correct one put as its place', () => {
    expect(engine.ask("What was Trump's view of Spain at the alliance summit?").answer).toMatch(/doesn't mention Spain/);
    expect(topParagraph('Given the summit happened in Belgium, what did Trump call NATO afterwards?')).toBe(8);
  });

  it('answers "which X" when the story says which ("an opportunity for the PM to…"), and refuses a bare "a football match"', () => {
    expect(topParagraph('which opportunity is the golf trip for Starmer?')).toBe(10);
    expect(engine.ask('Which football match was on?').answer).toMatch(/doesn't say which football match/);
  });
});

describe('wh-questions without a helping verb ("what Trump think…", "in which country leaders met")', () => {
  it('reads "what X say/think/write…" with the bare verb as asking for X\'s own words', () => {
    expect(topParagraph('what Macron writes back')).toBe(6);
    expect(engine.ask('what Trump think of Macron personally?').answer).toMatch(/doesn't quote Donald Trump/);
  });

  it('reads "at which summit European leaders met" as where they met, not which leaders', () => {
    expect(topParagraph('at which summit European leaders met Trump?')).toBe(8);
  });

  it('answers "which opportunity" from "an opportunity for the PM to build rapport": what it is for says which', () => {
    expect(topParagraph('which opportunity did the adviser see in the golf invitation?')).toBe(10);
    expect(engine.ask('which football match was Starmer watching?').answered).toBe(false);
  });

  it('reads "…, this year or before?" as a choice of times, not a question about what came before the change', () => {
    expect(topParagraph('When did Trump drop his hostile stance on NATO, this year or before?')).toBe(8);
  });

  it('answers "which adviser…, from which government?" from the description that places them, and not for those it places nowhere', () => {
    expect(topParagraph('Which adviser talked up the golf invite, and from which government?')).toBe(10);
    expect(engine.ask('Which European official admitted less friction, from which country?').answered).toBe(false);
  });

  it('reads a learner\'s "make long the l" as drawing the sound out', () => {
    expect(topParagraph('Trump is making long the l, yes?')).toBe(6);
  });

  it('reads "the introductory paragraph", "the initial sentence" as the story\'s opening', () => {
    expect(topParagraph('what does the initial sentence say leaders are doing?')).toBe(1);
  });

  it('reads "to make Trump happy", "keep the president happy" as winning his favour', () => {
    expect(topParagraph('how are foreign leaders trying to keep Trump happy?')).toBe(1);
    expect(topParagraph('what do leaders do to make the president happy?')).toBe(1);
  });
});

describe('everyday phrasings of what the story reports', () => {
  it('reads "a golf date" as the golf arranged, not a day on the calendar', () => {
    expect(topParagraph('Where will the golf date with Starmer take place?')).toBe(10);
  });

  it('reads "100%", "a hundred percent" as wholly so, not a figure asked for', () => {
    expect(topParagraph('Are the calls with leaders 100% business?')).toBe(4);
    expect(topParagraph('Are the calls a hundred percent small talk?')).toBe(4);
  });

  it('reads "the language used", "language to describe" as the story\'s wording, not a tongue spoken', () => {
    expect(topParagraph("Is 'bro-ing out' the language used for Trump and Macron?")).toBe(7);
    expect(topParagraph('Does the piece use slangy language to describe the two presidents?')).toBe(7);
  });

  it('answers who goes first in an exchange from a quote that tells what followed what, but not who placed a call', () => {
    expect(topParagraph('Was it Macron who went first in the greeting, or Trump?')).toBe(6);
    expect(engine.ask('Who phoned first, Trump or Macron?').answered).toBe(false);
  });

  it('reads "how does X rate Y" as how X judges it, not a rate asked for as a figure', () => {
    expect(topParagraph('How did the White House rate his relationships?')).toBe(12);
  });

  it('reads "at the centre of" as in', () => {
    expect(topParagraph('Which paper is at the centre of this reporting?')).toBe(2);
  });

  it('reads a "declaration" as a statement', () => {
    expect(topParagraph('Which outlet did the White House make its declaration to?')).toBe(12);
  });

  it('reads "bigger than people realise", "more common than anyone knows" as "more than anyone realizes"', () => {
    expect(topParagraph('Is the amount of calls he makes to leaders bigger than people realise?')).toBe(4);
    expect(topParagraph('Are his leader calls more common than anyone knows?')).toBe(4);
  });

  it('reads "on a first-name basis" as calling each other by first name', () => {
    expect(topParagraph('Do Trump and Macron talk on a first-name basis?')).toBe(6);
    expect(topParagraph('Are the two presidents on a first name basis?')).toBe(6);
  });

  it('reads "versions of their names" as the names themselves', () => {
    expect(topParagraph("Do the two presidents use stretched-out versions of each other's names?")).toBe(6);
  });
});

describe('lists', () => {
  it('lists the sources the story cites, named and unnamed, each with its paragraph', () => {
    const all = engine.ask('Which sources are named and which are unnamed?');
    expect(all.answered).toBe(true);
    expect(all.answer).toMatch(/names one source:\n• White House deputy press secretary Anna Kelly \(¶12\)/);
    expect(all.answer).toMatch(/7 sources without naming them/);
    expect(all.answer).toMatch(/a European official \(¶9\)/);
    expect(all.answer).toContain("Politico's reporting");
    const anonymous = engine.ask('Which sources in the story are anonymous?');
    expect(anonymous.answer).not.toContain('Anna Kelly');
    expect(anonymous.sources[0]?.paragraph).toBe(4);
    // One claim's source is not a list.
    expect(engine.ask('Which source says the calls cover real business?').answer).not.toMatch(/sources without naming/);
    expect(topParagraph('which source is named?')).toBe(12);
    expect(topParagraph('Who is the only named official speaking on the record in the article?')).toBe(12);
    expect(engine.ask('sources?').answer).toMatch(/sources without naming them/);
  });

  it('lists the people the story names besides Trump, in order of appearance', () => {
    const a = engine.ask('List everyone named in the article.');
    expect(a.answer).toMatch(/^Besides Donald Trump, the story names 4 people:\n• Emmanuel Macron[\s\S]*Anna Kelly/);
    expect(a.sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
    expect(engine.ask('who is named in the story besides trump?').answer).toMatch(/names 4 people/);
    // "Name the leaders…" asks for the leaders' list.
    expect(engine.ask('Name the foreign leaders who are mentioned by name in the piece.').answer).toMatch(/^The story names 3 leaders/);
    expect(engine.ask('Name me the world leaders in the story.').answer).toMatch(/^The story names 3 leaders/);
  });

  it("summarises a leader's part of the story with every contact it reports", () => {
    const a = engine.ask('Summarise the Starmer section in two lines');
    expect(a.answered).toBe(true);
    expect(a.question).toBe('Summarise the Starmer section in two lines');
    expect(a.answer).toMatch(/WhatsApp[\s\S]*late-night/);
    expect(a.sources.map((s) => s.paragraph)).toEqual([10, 10]);
  });
});

describe('whocalled', () => {
  it('lists the leaders the story names when no leader is given', () => {
    const a = engine.whocalled('');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Emmanuel Macron[\s\S]*Keir Starmer[\s\S]*Mark Rutte/);
    expect(a.sources.map((s) => s.paragraph)).toEqual([5, 10, 11]);
  });

  it("gives every contact the story reports, each sourced, without inventing a direction", () => {
    const a = engine.whocalled('Macron');
    expect(a.sources.map((s) => s.paragraph)).toEqual([5, 6, 7]);
    expect(a.answer).toContain('does not say who called whom');
    const s = engine.whocalled('starmer');
    expect(s.answer).toMatch(/WhatsApp/);
    expect(s.answer).toMatch(/late-night phone call/);
    expect(s.answer).toMatch(/football match/);
  });

  it('answers honestly for a leader the story never names', () => {
    const a = engine.whocalled('Erdogan');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('doesn\'t name "Erdogan"');
    expect(a.suggestions).toContain('/whocalled Macron');
  });

  it('says so for someone in the story who had no contact with Trump', () => {
    const a = engine.whocalled('Anna Kelly');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('reports no call or message');
  });

  it('autocompletes leaders from names, aliases and misspellings', () => {
    expect(engine.completeLeader('Mac').map((c) => c.value)).toContain('Emmanuel Macron');
    expect(engine.completeLeader('starmr').map((c) => c.value)).toContain('Keir Starmer');
    expect(engine.completeLeader('nato').map((c) => c.value)).toContain('Mark Rutte');
    expect(engine.completeLeader('').map((c) => c.value)).toEqual(['Emmanuel Macron', 'Keir Starmer', 'Mark Rutte']);
  });
});

describe('the answer cache', () => {
  it('gives a question asked again the same answer, kept from its second asking on', () => {
    const cached = createEngine(engine.base, { cacheSize: 2 });
    const q = 'Which app did Starmer use to message Trump?';
    const first = cached.ask(q);
    const second = cached.ask(q);
    // Asked once, a question is only noted; asked again, its answer is kept.
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(cached.ask(q)).toBe(second);
  });

  it('keeps no more answers than its size, dropping the least recently asked', () => {
    const cached = createEngine(engine.base, { cacheSize: 2 });
    const qs = ['Who is Anna Kelly?', 'What did Macron call Trump?', 'How many times did Starmer and Trump meet?'];
    const kept = qs.map((q) => (cached.ask(q), cached.ask(q)));
    // The first was pushed out by the third; the other two are still kept.
    expect(cached.ask(qs[0] ?? '')).not.toBe(kept[0]);
    expect(cached.ask(qs[2] ?? '')).toBe(kept[2]);
  });

  it('keeps nothing when its size is 0', () => {
    const uncached = createEngine(engine.base, { cacheSize: 0 });
    const q = 'Who is Mark Rutte?';
    uncached.ask(q);
    expect(uncached.ask(q)).not.toBe(uncached.ask(q));
  });
});

describe('dashes and emoji', () => {
  // Read as a hyphen and as nothing: the same answer, the question shown as it was asked.
  it.each([
    ['what about the german chancellor — does he flatter him on the phone? 🤔', 'what about the german chancellor - does he flatter him on the phone?'],
    ['Which app did Starmer use to message Trump? 📱', 'Which app did Starmer use to message Trump?'],
    ['was the trump–macron greeting a one-off 😂', 'was the trump-macron greeting a one-off'],
    ['Did Trump call Putin? 🇷🇺', 'Did Trump call Putin?'],
  ])('%s', (asked, plain) => {
    const a = engine.ask(asked);
    const b = engine.ask(plain);
    expect({ ...a, question: '' }).toEqual({ ...b, question: '' });
    expect(a.question).toBe(asked);
  });
});

describe('warmUp', () => {
  it('asks questions made from the fact base alone, in chunks, and says when all are asked', () => {
    const r = loadFactBase(FACTS);
    if (!r.ok) throw new Error('fact base failed to load');
    const questions = warmUpQuestions(r.base);
    // Every fact's phrasings are among them, as written and framed as a user might frame them.
    for (const f of r.base.facts) for (const q of f.questions) expect(questions).toContain(q);
    expect(questions.some((q) => /^quick question: /.test(q))).toBe(true);
    const fresh = createEngine(r.base);
    expect(fresh.warmUp(0, 5)).toBe(5);
    expect(fresh.warmUp(5, questions.length)).toBe(-1);
    expect(fresh.warmUp(questions.length - 1, 1)).toBe(-1);
  });

  it('leaves every answer as a fresh engine gives it', () => {
    const r = loadFactBase(FACTS);
    if (!r.ok) throw new Error('fact base failed to load');
    const warmed = createEngine(r.base);
    expect(warmed.warmUp()).toBe(-1);
    const cold = createEngine(r.base);
    for (const q of ['Which app did Starmer use to message Trump?', 'What is the story about?', 'Did Trump call Putin?', 'who is Macron?', 'what about golf?']) {
      expect(warmed.ask(q)).toEqual(cold.ask(q));
    }
  });
});

describe('a count asked of what the story says', () => {
  it('answers with the rough count a quote gives ("not many of those leaders"), when asked what the story says', () => {
    expect(topParagraph('Per the article, how many leaders flatter him over the private line?')).toBe(3);
    expect(topParagraph('How many leaders does the story say use his private line to flatter him?')).toBe(3);
  });

  it('reads "how many of those leaders" as the quote words its rough count, not as a part of a number', () => {
    expect(topParagraph('Per the piece, how many of those leaders flatter him in private sessions on that line?')).toBe(3);
    expect(engine.ask('how many of the 23 meetings were in Europe?').answered).toBe(false);
  });

  it('still refuses a count asked without the story\'s saying', () => {
    expect(engine.ask('how many leaders have his personal number?').answered).toBe(false);
  });
});

describe('which time something began', () => {
  it('answers a claim that it began at another time with the quote that says when (first time, not second)', () => {
    expect(topParagraph('Was it in his second term that he began passing round his cell number?')).toBe(2);
  });

  it('still refuses whether it happened again at a time the story never covers', () => {
    expect(engine.ask('did he pass round his cell number again in the second term?').answered).toBe(false);
  });
});
