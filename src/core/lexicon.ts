/**
 * General English the engine needs to read questions: words that carry no topic, groups of words that
 * mean the same thing, and how a question's first words say what kind of answer it wants.
 * Nothing here is about one story; story words live in `facts/`.
 */
import type { QuestionType } from './fact-base';
import { droppedLetters, escapeRegExp, fold, remembered, stem, undouble } from './text';

/** Words that say nothing about what is asked: never scored, never "unknown". */
export const STOPWORDS = new Set(
  `a an the and or but nor so yet if then than as of to in on at by for with from into onto about over under
  after before during since until while between among through across against without within upon off up down out
  toward towards
  is are was were be been being am do does did doing done has have had having will would shall should can could
  may might must ought i me my mine we us our ours you your yours he him his she her hers it its they them their
  theirs this that these those there here who whom whose which what when where why how whats whos wheres hows
  any some all each every both either neither no not nor only own same such too very just also even really
  actually ever still again ago please know knows let lets show explain me about anything something someone somebody thing things stuff kind sort way
  story article report piece news writeup writeups here there hey hi hello ok okay thanks thank pls plz bot factdesk
  one ones get got getting go goes went going gone make made use uses used using happen happened happening mean means meant
  think thought like look looks want wants need needs much many more most other another s t d ll re ve m
  according per via etc ing er um uh yes yeah yep nope eh
  take takes took taking taken bring brought put puts keep kept come came seem seems seemed
  now today currently recently lately anymore nowadays these days
  seriously lol lmao haha rofl basically honestly actual tbh tho imo btw fr ngl idk never pls plz ppl people guys folks
  quote quotes quoted quotation w wrt re
  himself herself themselves itself myself yourself ourselves find found finds true false correct accurate
  start starts started starting begin began begun thru through quick question questions q mention mentions mentioned roughly approximately approx around middle apparently
  anyone everyone everybody nobody somebody anybody whoever else men women man woman guy gal chap bloke fella fellow dude lady gentleman send sends sent sending type types
  attribute attributes attributed attribution credit credits credited crediting cite cites cited citing behind far reporter reporters journalist journalists writer writers assertion assert asserts hedge hedged
  confirm confirmed confirms verify verified fact facts check
  part parts section sections passage paragraph paragraphs para paras graf grafs ways bit
  wait hmm huh omg wtf tf wow whoa bruh rly r u ur nah tldr tl dr smh k thx ty lmfao spicy even
  receive receives received receiving event events refer refers referring referred once twice compare compares compared comparison liken likens likened
  purely solely entirely mostly mainly principally predominantly partly apply applies applied pure strictly strict merely simply exclusively wholly totally completely fully
  include includes including included involve involves involved involving contain contains containing
  happens gets along hold holds held act acts acting acted behave behaves behaving
  wat wht waht whta hw teh hte abt bc cuz becuase wut wot
  description descriptions exact exactly precise precisely specific specifically literally verbatim
  mr mrs ms mx dr sir madam dear mister missus monsieur madame herr signor senor
  whether near nearly ish behalf
  afterwards amongst anyhow anyway anyways anywhere because beforehand beyond cannot elsewhere
  everything everywhere furthermore hence hereafter hereby herein however indeed latter latterly meanwhile moreover namely
  nevertheless noone nowhere others otherwise somehow sometime somewhere thence thereafter thereby therefore therein thereupon
  though although throughout thus unless whatever whence whenever whereas whereby wherein whereupon wherever whither yourselves
  wanna gotta lemme dunno ya yall aint oughta amid amidst despite whilst beneath underneath alongside
  apart aside besides excluding
  wdym iirc afaik fwiw imho ikr tbf ofc lowkey outta cos coz briefly brief nutshell quickly
  yo smth sth rn n acc gotten theyre youre hes shes hed theyd youd itd thatd whod whatd thats theres im ive youve weve theyve isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt
  whove wholl theyll youll itll thatll whatll themself ie eg non vs versus`.split(/\s+/).filter(Boolean),
);

/** A stopword, also when drawn out ("sooo", "lmaooo"). */
// Stems of the longer stopwords, so every form of one is a stopword too ("behaved" like "behave").
// (Not "found": "founded" is another word.)
const OTHER_WORD_STEMS = new Set(['found']);
const STOP_STEMS = new Set([...STOPWORDS].filter((w) => w.length >= 4 && !OTHER_WORD_STEMS.has(w)).map(stem));

export function isStopword(w: string): boolean {
  if (STOPWORDS.has(w) || STOPWORDS.has(undouble(w))) return true;
  // (A plural is a stopword only when its singular is: "names" is not, though "namely" shares its stem.)
  if (/[^s]s$/.test(w) && w.length > 4 && !STOPWORDS.has(w.slice(0, -1))) return false;
  const st = stem(w);
  return w.length > 4 && !OTHER_WORD_STEMS.has(st) && (STOPWORDS.has(st) || STOP_STEMS.has(st));
}

/**
 * Groups of words a reader uses interchangeably. Each group is matched after stemming; any word of a group
 * finds the others. Entries of more than one word don't match (words are matched one at a time); they note
 * the phrase for readers, and set phrases that matter are read by IDIOMS below.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['call', 'calls', 'phone', 'phoned', 'ring', 'rang', 'dial', 'dialed', 'telephone', 'phonecall', 'rung', 'blower', 'bell'],
  ['text', 'texts', 'texted', 'written', 'message', 'messaged', 'sms', 'msg', 'msgs', 'dm', 'dms', 'chat', 'chatted', 'write', 'wrote', 'correspondence'],
  ['reply', 'replied', 'respond', 'responded', 'answer', 'answered', 'write back', 'pushback', 'rebuttal', 'retort', 'retorted'],
  ['hear', 'heard', 'listen', 'listened', 'listening', 'overhear', 'overheard', 'eavesdrop', 'eavesdropping', 'earwig', 'earwigging', 'monitor', 'monitored', 'monitoring', 'firsthand', 'first-hand'],
  ['whatsapp', 'app', 'apps', 'application', 'messaging', 'program', 'software', 'platform', 'service', 'tool'],
  ['uk', 'britain', 'british', 'england', 'english', 'brit', 'brits', 'united kingdom', 'gb'],
  ['france', 'french', 'paris', 'gallic'],
  ['us', 'usa', 'america', 'american', 'united states'],
  ['nato', 'alliance'],
  ['discuss', 'discussed', 'discussion', 'discussions', 'topic', 'topics', 'subject', 'subjects', 'agenda', 'theme', 'themes'],
  ['golf', 'golfing', 'golfer', 'round', 'outing', 'tee', 'sport', 'sports', 'sporting', 'getaway', 'leisure', 'recreation'],
  ['invite', 'invitation', 'invited', 'inviting'],
  ['give', 'gave', 'gives', 'handout', 'handouts', 'giving', 'hand', 'handed', 'hands', 'handing', 'distribute', 'distributed', 'dish', 'dished'],
  ['meeting', 'meetings', 'meet', 'met', 'summit', 'mtg', 'mtgs', 'gathering', 'gatherings', 'conference', 'confab', 'get-together', 'meetup', 'meet-up'],
  ['conversation', 'conversations', 'exchange', 'exchanges', 'discussion', 'discussions', 'dialogue', 'interaction', 'interactions', 'interact', 'interacts', 'interacted', 'interacting', 'convo', 'convos'],
  ['amusing', 'funny', 'hilarious', 'comical', 'laughable', 'odd', 'weird', 'strange', 'bizarre', 'weirdest', 'strangest', 'oddest', 'funniest', 'quirky', 'quirkiest', 'peculiar', 'wacky', 'zany', 'amused', 'entertaining', 'playful', 'lighthearted', 'light-hearted', 'humorous', 'jokey', 'jovial', 'comic', 'comedy', 'comedic', 'sitcom'],
  ['cartoonish', 'cartoon', 'silly', 'goofy', 'childish', 'ridiculous'],
  ['flattery', 'flatter', 'flattering', 'court', 'courting', 'courted', 'courtship', 'boost', 'boosting', 'cosy', 'cozy', 'cosying', 'cozying', 'praise', 'compliment', 'compliments', 'schmooze', 'schmoozing', 'smooze', 'smoozing', 'sweet-talk', 'suck', 'kiss', 'butter', 'sweet', 'sucking', 'suck-up', 'brown-nose', 'brownnose', 'brownnosing', 'fawn', 'grovel', 'groveling', 'grovelling', 'woo', 'wooing', 'charm', 'charming', 'stroke', 'stroking', 'cozy', 'cosy', 'ingratiate', 'toady', 'bootlick', 'bootlicking', 'kowtow', 'obsequious', 'pamper', 'pampering', 'coddle', 'coddling', 'hype', 'hyping', 'hyped', 'glaze', 'glazing', 'simp', 'simping', 'sycophantic', 'sycophancy', 'sycophant', 'adulation', 'ego-massage', 'ego-stroking', 'bigging', 'lovein', 'love-in', 'smarm', 'smarmy', 'arse-licking', 'suckingup', 'cultivate', 'cultivated', 'cultivating', 'nice', 'butteringup', 'buttering', 'gladhanding', 'glad-handing'],
  ['cellphone', 'cell', 'cel', 'mobile', 'cellular', 'phone number', 'number', 'hotline', 'digits', 'handphone', 'smartphone', 'handset', 'device'],
  ['football', 'soccer', 'footy', 'footie', 'kickoff', 'match', 'game', 'watch', 'watching', 'watched'],
  ['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'trade', 'import', 'imports', 'import tax'],
  ['reduction', 'cut', 'lower', 'lowering', 'reduce', 'reduced', 'ease', 'eased', 'easing', 'lessen', 'lessened', 'less', 'fewer'],
  ['screenshot', 'screengrab', 'screencap', 'capture', 'captured', 'grab', 'grabbed', 'picture', 'pic', 'photo', 'image', 'snap', 'snapped'],
  ['post', 'posted', 'publish', 'published', 'share', 'shared', 'leak', 'leaked', 'tweet', 'tweeted', 'broadcast', 'public', 'forward', 'forwarded', 'expose', 'exposed', 'displayed', 'aired', 'publicize', 'publicized', 'publicise', 'publicised', 'publicizing', 'publicising'],
  ['effusive', 'gushing', 'glowing', 'fawning', 'flattering', 'complimentary', 'praising'],
  ['cringe', 'cringing', 'cringeworthy', 'cringey', 'cringy', 'wince', 'squirm', 'embarrass', 'embarrassed', 'awkward', 'annoyed', 'irritated', 'uncomfortable', 'uneasy', 'comfortable'],
  // ("Collaborators", as Spanish, Portuguese and Italian speakers call one's staff.)
  ['aide', 'aides', 'staff', 'staffer', 'staffers', 'assistant', 'assistants', 'adviser', 'advisor', 'collaborator', 'collaborators'],
  ['leader', 'leaders', 'lead', 'leads', 'led', 'head', 'heads', 'premier', 'statesman', 'statesmen', 'dignitary', 'dignitaries', 'counterpart', 'counterparts', 'pms'],
  ['president', 'presidents', 'potus', 'pres', 'prez'],
  ['greeting', 'greet', 'greeted', 'salute', 'hello', 'welcome', 'address', 'addresses', 'addressed'],
  ['reverse', 'reversed', 'reversal', 'alter', 'alters', 'altered', 'altering', 'friendlier', 'warmer', 'nicer', 'kinder', 'flip', 'flipped', 'flop', 'u-turn', 'change', 'changed', 'shift', 'switch', 'tune', 'backtrack', 'reconsider', 'drop', 'dropped', 'abandon', 'abandoned', 'soften', 'softened', 'harden', 'hardened', 'toughen', 'toughened'],
  ['hostile', 'hostility', 'unfriendly', 'negative', 'critical', 'opposed', 'against', 'slagging', 'slag', 'slagged', 'bashing', 'trashing', 'hating', 'hater', 'haters', 'bearish'],
  ['weaponize', 'weaponized', 'weaponise', 'weaponised', 'weaponization', 'weaponisation', 'weaponizing', 'weaponising', 'weapon', 'used against'],
  ['relationship', 'relationships', 'relation', 'relations', 'ties', 'rapport', 'bond', 'vibe', 'vibes', 'dynamic', 'chemistry', 'affairs', 'diplomacy', 'statecraft', 'engagement', 'engagements'],
  ['ritual', 'routine', 'habit', 'tradition', 'custom', 'schtick', 'shtick'],
  ['bro', 'bros', 'buddy', 'buddies', 'homie', 'homies', 'dude', 'dudes', 'frat', 'pal', 'pals', 'chummy', 'bonding', 'mates', 'besties', 'bff', 'matey', 'laddish', 'lads', 'bromance', 'friendly', 'palsy', 'friendship', 'friendships', 'chumminess', 'camaraderie'],
  ['rip', 'ripoff', 'rip-off', 'scam', 'swindle', 'con', 'fleece', 'advantage'],
  ['real', 'concrete', 'genuine', 'substantive', 'tangible'],
  ['direct', 'directly', 'straight', 'access'],
  ['seal', 'sealed', 'wrap', 'wrapped', 'clinch', 'clinched', 'nail', 'nailed', 'secure', 'secured', 'finalize', 'finalized', 'finalise', 'finalised', 'lock', 'locked'],
  ['lesson', 'takeaway', 'moral', 'significance', 'implication', 'implications', 'meaning', 'consequence', 'consequences'],
  // (Slang for talking counts too: "does he yak to leaders more than people realise?")
  ['say', 'said', 'says', 'declare', 'declared', 'claim', 'claimed', 'state', 'stated', 'remark', 'remarked', 'comment', 'commented', 'weigh', 'reveal', 'revealed', 'disclose', 'disclosed', 'admit', 'admitted', 'admission', 'brag', 'bragging', 'boast', 'boasting', 'tout', 'touting', 'speak', 'spoke', 'spoken', 'recall', 'recalled', 'recount', 'recounted', 'recounts', 'recollection', 'recollections', 'talk', 'talked', 'yak', 'yaks', 'yakking', 'natter', 'nattering', 'chinwag', 'tell', 'told', 'converse', 'conversed', 'conversing', 'converses', 'concede', 'conceded', 'suggest', 'suggests', 'suggested', 'hint', 'hints', 'hinted', 'hinting', 'imply', 'implies', 'implied', 'yell', 'yelled', 'shout', 'shouted', 'holler', 'acknowledge', 'acknowledged', 'insist', 'insisted', 'note', 'noted', 'observe', 'observed'],
  ['realize', 'realizes', 'realise', 'realises', 'realized', 'realised', 'known', 'underestimate', 'underestimated', 'underestimates', 'aware', 'unaware', 'appreciate', 'grasp', 'comprehend', 'assume', 'assumes', 'assumed'],
  ['lot', 'lots', 'handful', 'few', 'often', 'frequently', 'frequency', 'volume', 'regularly', 'constantly', 'plenty', 'tons', 'loads'],
  ['government', 'governments', 'govt', 'gov', 'govts'],
  // ("What does the official say is causing the alignment?" asks what it is the result of.)
  ['cause', 'causes', 'causing', 'caused', 'result', 'resulted', 'resulting', 'driving', 'drives', 'driver', 'drivers'],
  // ("What nationality is the adviser who spoke about the golf trip?" asks which country they are from.)
  ['country', 'countries', 'nation', 'nations', 'nationality', 'nationalities'],
  ['example', 'examples', 'anecdote', 'anecdotes', 'instance', 'instances', 'case', 'cases', 'incident', 'incidents', 'episode', 'episodes', 'saga', 'sagas', 'drama', 'dramas'],
  ['favor', 'favour', 'favors', 'favours', 'approval', 'graces', 'goodwill'],
  ['great', 'good', 'excellent', 'fantastic', 'terrific', 'wonderful', 'positive', 'warm', 'solid', 'favorably', 'favourably', 'positively', 'bullish'],
  ['opportunity', 'chance', 'occasion'],
  ['foreign', 'abroad', 'overseas'],
  ['careful', 'caution', 'cautious', 'wary', 'warily', 'beware'],
  ['striking', 'notable', 'prominence', 'prominent', 'prominently', 'remarkable', 'strong', 'strongest', 'biggest', 'main', 'headline', 'standout', 'central', 'core', 'principal'],
  ['telling', 'revealing', 'illuminating', 'instructive', 'significant'],
  ['draw', 'drew', 'drag', 'dragged', 'stretch', 'stretched', 'elongate', 'elongated', 'elongating', 'elongation', 'drawl', 'drawled', 'drawling', 'prolong', 'extend', 'drawn', 'lengthen', 'lengthened', 'longer', 'exaggerate', 'exaggerated', 'exaggerating'],
  ['goal', 'aim', 'purpose', 'effort', 'objective', 'intent', 'reason', 'reasons', 'hope', 'hoping', 'hoped', 'achieve', 'achieving', 'gain', 'seek', 'seeking', 'accomplish', 'accomplished', 'obtain', 'obtained', 'motive', 'motives', 'motivation', 'motivated'],
  ['reminder', 'remind', 'reminds', 'reminded', 'warning', 'lesson'],
  ['job', 'role', 'title', 'position', 'office', 'work', 'occupation', 'profession', 'employ', 'employs', 'employed', 'occupy', 'occupies', 'occupied'],
  ['informal', 'formal', 'casual', 'chat', 'chitchat', 'chit', 'small talk', 'banter', 'gossip', 'chatter', 'chit-chat', 'personal', 'social', 'socially', 'fluff', 'pleasantries', 'natter', 'chinwag', 'chinwags', 'nattering'],
  ['approach', 'style', 'method', 'methods', 'form', 'forms', 'mode', 'modes', 'strategy', 'tactic', 'tactics', 'manner', 'playbook', 'channel', 'channels', 'means', 'handle', 'handles', 'handled', 'handling', 'manage', 'manages', 'managing', 'managed'],
  ['contact', 'contacted', 'reach', 'reached', 'reaching', 'communicate', 'communicated', 'communicating', 'communication', 'comms', 'touch', 'talk', 'talking', 'speak', 'speaking', 'outreach', 'chat', 'chatting', 'chats'],
  ['scramble', 'scrambling', 'calm', 'relaxed', 'composed', 'rush', 'rushing', 'hurry', 'hurrying', 'race', 'racing', 'compete', 'competing', 'jostle', 'jostling'],
  ['stance', 'attitude', 'view', 'views', 'opinion', 'stand', 'tone', 'mood', 'posture', 'position', 'positions', 'perspective', 'perspectives', 'viewpoint', 'tenor', 'atmosphere', 'atmospherics'],
  ['feel', 'felt', 'react', 'reaction', 'reacted', 'response', 'respond', 'responded', 'comment', 'commented', 'enjoy', 'enjoyed', 'like', 'liked', 'love', 'loved', 'hate', 'hated', 'dislike'],
  ['friction', 'tension', 'tensions', 'conflict', 'clash', 'disagreement', 'disagreements', 'smooth', 'smoother', 'smoothly', 'rocky', 'bumpy'],
  ['alignment', 'aligned', 'agree', 'agrees', 'agreed', 'agreeing', 'agreement', 'cooperation', 'unity', 'coordination', 'coordinate', 'coordinated', 'cooperate', 'cooperating', 'collaboration', 'harmony', 'consensus', 'improvement', 'improved', 'improve', 'improving'],
  ['solicitous', 'attentive', 'eager', 'deferential', 'servile', 'subservient', 'polite', 'courteous', 'obliging', 'accommodating', 'nicer', 'solicitousness', 'attentiveness', 'deference'],
  ['dividend', 'dividends', 'produce', 'produces', 'producing', 'produced', 'pay off', 'payoff', 'paid off', 'benefit', 'results', 'work', 'working', 'effective', 'help', 'helped', 'helps', 'helping', 'success', 'successful', 'succeed', 'succeeded', 'impact', 'effect', 'payoffs', 'yield', 'yielding', 'yielded', 'achieve', 'achieving', 'achieved', 'accomplish', 'accomplished', 'roi', 'deliverables', 'delivering'],
  ['figure', 'figures', 'statistic', 'statistics', 'stat', 'stats', 'metric', 'metrics', 'kpi', 'kpis'],
  ['bilateral', 'bilat', 'bilats', 'one-on-one', 'two-way', 'two-country'],
  ['private', 'privately', 'secret', 'confidential', 'personal', 'public', 'publicly', 'closed', 'doors', 'behind-the-scenes', 'confidentiality', 'privacy'],
  ['official', 'officials', 'diplomat', 'diplomats'],
  ['insider', 'insiders', 'source', 'sources', 'voice', 'voices', 'person familiar', 'witness', 'witnesses', 'listener'],
  ['spokeswoman', 'spokesperson', 'spokesman', 'press secretary', 'spokesperson'],
  ['statement', 'statements', 'declaration', 'declarations'],
  ['deal', 'agreement', 'pact', 'accord', 'concession', 'concessions'],
  ['late', 'night', 'nite', 'midnight', 'evening'],
  ['first', 'earlier', 'previous', 'original', 'initial', 'initially'],
  ['term', 'administration', 'presidency', 'time in office', 'stint', 'tenure', 'mandate', 'era'],
  ['amazed', 'amaze', 'astonished', 'stunned', 'gobsmacked', 'flabbergasted', 'shocked', 'surprised', 'wowed', 'impressed', 'impressive', 'stupefied', 'astounded', 'dumbfounded'],
  ['unorthodox', 'orthodox', 'conventional', 'unconventional', 'traditional', 'untraditional'],
  ['rare', 'unusual', 'uncommon', 'unprecedented', 'unheard', 'normal', 'usual', 'common', 'typical', 'standard', 'norm', 'customary', 'commonplace', 'conventional', 'ordinary', 'outlier', 'anomaly', 'anomalous', 'exceptional', 'protocol', 'etiquette'],
  ['nickname', 'nicknames', 'name', 'names', 'forename', 'forenames'],
  ['netherlands', 'holland', 'dutch', 'hague'],
  ['scotland', 'scottish'],
  // ("Was it handed out liberally?", "stingy or generous with his number?")
  ['freely', 'liberally', 'generously', 'readily', 'generous'],
  ['mutual', 'mutually', 'reciprocal', 'reciprocity', 'reciprocate', 'reciprocated'],
  ['worried', 'worry', 'worries', 'nervous', 'spooked', 'scared', 'afraid', 'fearful', 'anxious', 'rattled', 'jittery'],
  ['europe', 'european', 'eu', 'euro', 'continental'],
];

/** News outlets by the one word people name them with ("the New York Times" is read as "NYT"). */
export const OUTLET_NAMES: readonly string[] = ['politico', 'axios', 'cnn', 'bbc', 'reuters', 'bloomberg', 'guardian', 'telegraph', 'fox', 'msnbc', 'nbc', 'cbs', 'nyt', 'wsj', 'wapo', 'afp', 'semafor', 'tmz', 'npr', 'newsweek', 'buzzfeed', 'huffpost', 'breitbart', 'vox', 'cnbc', 'abc', 'punchbowl'];

let countries: Set<string> | undefined;

/**
 * Whether a word is a country's English name, one word each ("belgium", "ireland", "spain"; not "united
 * kingdom"), from the runtime's own list of regions: "was the summit held in Belgium?" names a place, however
 * it is typed.
 */
export function isCountry(word: string): boolean {
  countries ??= regionNames();
  return countries.has(word);
}

// (Read when first asked for: a question that names no place never needs them.)
function regionNames(): Set<string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && /^\p{L}+$/u.test(name)) out.add(fold(name));
    }
  }
  return out;
}

/**
 * Words of one kind, any of which can stand in a claim where another does: "during a cricket match" where the
 * story says a football match. A yes/no question with the wrong one is answered by the fact with the right one,
 * whose quote shows which. (People, countries and apps are not here: a wrong one is someone or something else.)
 */
export const SLOT_KINDS: readonly (readonly string[])[] = [
  ['football', 'soccer', 'golf', 'cricket', 'tennis', 'rugby', 'baseball', 'basketball', 'hockey', 'polo', 'boxing', 'snooker', 'darts', 'cycling', 'f1'],
  ['morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'midday', 'dawn', 'breakfast', 'lunch', 'dinner', 'late-night', 'day', 'daytime'],
  ['raise', 'raised', 'raising', 'increase', 'increased', 'hike', 'hiked', 'higher', 'reduce', 'reduced', 'reduction', 'cut', 'lower', 'lowered'],
  ['cool', 'cold', 'restrained', 'reserved', 'frosty', 'icy', 'curt', 'terse', 'stiff', 'formal', 'warm', 'effusive', 'gushing', 'glowing', 'friendly', 'hostile', 'critical', 'neutral'],
  // Outlets, the manner of handing something out, how good a relationship is, how a listener took it, a rank in
  // an office.
  OUTLET_NAMES,
  ['freely', 'reluctantly', 'willingly', 'unwillingly', 'grudgingly', 'hesitantly', 'sparingly', 'selectively'],
  ['great', 'good', 'excellent', 'fantastic', 'wonderful', 'strong', 'poor', 'bad', 'terrible', 'weak', 'awful', 'strained', 'rocky', 'tense'],
  ['amusing', 'amused', 'funny', 'alarmed', 'alarming', 'horrified', 'shocked', 'embarrassed', 'annoyed', 'bored', 'cringing', 'cringed', 'delighted', 'uncomfortable', 'worried', 'disturbed', 'angry', 'impressed', 'awkward', 'pleased', 'charmed', 'irritated', 'tense'],
  ['deputy', 'chief', 'senior', 'junior', 'acting', 'assistant', 'principal', 'main', 'head', 'lead', 'top'],
  // A span of the calendar: "last year" where the story says last month.
  ['week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'fortnight'],
];

/**
 * Words that help pick a fact when it has them ("say", "describe") but never count against a question
 * when it doesn't: people ask "what did X say" of every quote. (Grammar words too: "witnesses, plural?" asks about
 * the witnesses.)
 */
export const SOFT_WORDS = new Set(
  (
    'become becomes becoming became sum sums summed summing sumarise sumarize sumarised sumarized reason reasons proof evidence sign signs indication indications summarize summarise summarized summarised broke break breaks scoop scooped pronounce pronounced pronounces say says said saying stated stating tell tells told describe described describes characterize characterized characterizes characterizing characterise characterised characterises characterising characterization characterisation frame frames framed framing spin spins spun spinning portray portrayed portrays portraying depict depicted depicts depicting presented describing paint paints painted call called think thought reckon reckons reckoned feel felt prove proves proved proven adjective adjectives adverb adverbs noun nouns verb verbs plural singular colloquial colloquially word words phrase phrases term terms wording expression expressions suggest suggests suggested suggesting imply implies implied reportedly allegedly supposedly alleged allege alleges ' +
    // Verbs that ask whether the story or a source says so, as "say" does: "does the piece indicate…", "does anyone
    // attest…", "does it contradict that…".
    'indicate indicates indicated indicating attest attests attested attesting contradict contradicts contradicted contradicting assert asserts asserted asserting contend contends contended contending ' +
    // Words about the text's form, as an editor or speechwriter asks them: "is 'bro-ing out' hyphenated?", "what
    // descriptor does it give Rutte?", "how is his role styled?", "the verb that introduces the quote".
    'hyphenated hyphenate hyphen hyphens hyphenation descriptor descriptors styled worded phrased transition transitions introduce introduces introducing punchier punchy capitalised capitalized capitalisation capitalization spelling spelled spelt italicised italicized italics'
  ).split(' '),
);

/**
 * General words that shade a question without changing what it asks ("the overall vibe", "did witnesses
 * notice", "a special routine"). Where the story has the word they count like any other; where it hasn't,
 * they are soft: never counted against the question.
 */
export const GENERIC_WORDS = new Set(
  (
    // Degree, hedging and attitude. ("Does the piece explicitly say the calls paid off?" asks whether it says so.)
    'pretty quite rather fairly somewhat least proper properly kinda sorta super highly largely greatly truly generally usually typically normally overall particularly especially primarily perhaps maybe possibly probably likely obviously clearly certainly definitely surely explicitly expressly ' +
    // Describing words that pick nothing out, and ways of coming to know something.
    'special particular basic general whole entire single various certain typical notice noticed notices read reads hear hears saw see sees seen learn learned learnt suppose supposed expect expected wonder wondering puzzled confused curious believe believed understand understood remember remembered forget forgot forgotten consider considered considers regard regarded deem deemed viewed ' +
    // Quantities and references that pick nothing out: "several witnesses", "the underlying report", "NATO-related items".
    'several multiple numerous couple various underlying related relating item items detail details information info angle angles given appear appears appeared amount quality universal pile piling piled heap heaping heaped shower showering showered lavish lavishing ' +
    // How an analyst talks about a text: "the summit referenced in the piece", "claims that rest on", "how firmly does it establish".
    'referenced reference references context contexts relies rely relying rest rests resting establish establishes established firmly strongly illustration illustrations illustrate illustrates illustrated metaphor metaphors sheer features featured featuring highlight highlights highlighted label labels labelled labeled pair opening well identified nature full practice practices seriously connection connections differ differs differed bother ' +
    // Everyday words that frame a question without naming what it asks about.
    'provide provides provided providing furnish furnishes furnished furnishing practice practices concern concerns concerning judging gesture gestures offer offers offered colourful colorful decide decided struck strike encounter encountered encounters seeing behavior behaviour behaviors behaviours experience experienced individual individuals activity activities join joined wild best treat treats treated treating scope ' +
    // What something is about, asked as what it covers: "what do the calls cover?".
    'cover covers covered covering ' +
    // How a reader links and weighs what a story says: "the idea that", "the relevant part", "NATO-related developments",
    // "what links the calls to the NATO turnaround?".
    'idea ideas notion notions relevant relevance development developments connect connects connected connecting link links linked linking tie ties tied tying conduct experiences scheduled planned slated ' +
    // Words of reading and explaining: "the example the report identifies", "paraphrase the explanation", "regarding the two".
    'regarding identify identifies identifying paraphrase paraphrased paraphrasing explanation explanations perceive perceived perceives oneoff ' +
    // Pointing at a passage: "which episode does the article flag…", "the incident the piece singles out".
    'flag flags flagged flagging episode episodes incident incidents qualify qualifies qualified ' +
    // A student's analytic words: "the official's assessment", "a first-term phenomenon", "historically normal",
    // "potentially weaponizable", "behavioural changes".
    'assessment assessments phenomenon phenomena historically potentially behavioural behavioral ' +
    // Another form of a thing: "long versions of their names".
    'version versions'
  ).split(' '),
);

/**
 * Words that ask for one specific detail (a name, an age, a percentage). A fact that doesn't mention the
 * detail can't answer, however well the rest of the question matches it.
 */
export const DETAIL_WORDS = new Set(
  'number numbers name names named age old older young height tall short weight birthday born address email salary wage income worth percent percentage rate rates price cost costs score scored winner won win wins city cities year years hour hours date dates team teams opponent capital population gdp religion wife husband children kids party author wording month months week weeks weekday day days'.split(' '),
);

/** Words that make the next word ask for a precise detail ("exact date", "literally say"). */
export const INTENSIFIERS = new Set('exact exactly precise precisely specific specifically literally verbatim actually'.split(' '));

/** Opens a question about who someone is (answerable only when the story names them). */
export const IDENTITY_QUESTION = /^(who (is|are|was|were)|who's|whos|what('s| is) the name of|name the|identify)\b/;

/** Ways to reach someone, as questions name them and as contact facts' `via` describes them. */
export const CHANNELS: Readonly<Record<string, readonly string[]>> = {
  'phone calls': ['call', 'calls', 'called', 'calling', 'phone', 'phoned', 'phoning', 'ring', 'rang', 'dial', 'dialed', 'telephone'],
  'text messages': ['text', 'texts', 'texted', 'texting', 'message', 'messages', 'messaged', 'messaging', 'sms', 'msg', 'msgs', 'dm', 'dms'],
  WhatsApp: ['whatsapp', 'whatsapped'],
  email: ['email', 'emails', 'emailed', 'mail', 'mailed'],
  'video calls': ['video', 'zoom', 'facetime'],
  letters: ['letter', 'letters', 'wrote', 'write'],
};

const CHANNEL_LIST = Object.entries(CHANNELS);
// Each word's channel: the first that lists it.
const CHANNEL_OF = new Map<string, string>();
for (const [channel, ws] of CHANNEL_LIST) for (const w of ws) if (!CHANNEL_OF.has(w)) CHANNEL_OF.set(w, channel);

/** The one channel a single word names, if any ("whatsapp" → WhatsApp, not also text messages). */
export function channelOf(word: string): string | undefined {
  return CHANNEL_OF.get(word);
}

/** Channels a text names. WhatsApp messages are also messages. */
export function channelsIn(wordsOf: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const [channel, ws] of CHANNEL_LIST) if (wordsOf.some((w) => ws.includes(w))) out.add(channel);
  if (out.has('WhatsApp')) out.add('text messages');
  return out;
}

/**
 * Asks who called whom: the story never says, and factdesk never invents a direction. ("…, not the other way
 * round?", "was the call placed by Trump or by Macron?", "who usually rings whom?", "was it Macron who phoned?")
 */
export const DIRECTION = /\b((?:call|ring|rang|rung|phone|telephone|text|message|contact|dial|reach)[a-z]*\b[^?]*\b(?:or|not|rather than) (?:the other way (?:around|round|about)|vice versa)|(?:call|calls|contact|conversation|chat)\b[^?]*\b(?:initiated|started|placed|made) by [^?]{2,40}? or\b|who (?:usually |normally |typically |generally |mostly )?(?:calls|phones|rings|texts|messages|contacts) (?:whom|who)|^was it (?:the |mr |ms )?[a-z'-]+ who (?:phoned|rang|rung|dialled|dialed|rings|phones)|(?:call|calls|phone call|contact)\s+(?:come |came |was |were )?from\s+[a-z' ]{2,30}?\s+or\s+(?:from\s+)?|who (called|phoned|rang|rung|dialled|dialed|texted|messaged|contacted|reached out to) (whom|who)|who (initiated|started|placed|made|began|kicked off) (the |these |those |their )?([a-z-]+ )?(call|calls|contact|chat|chats|conversation|conversations|exchange|exchanges|messages|texts)|who (called|phoned|rang|texted|messaged|reached out) first|(called|phoned|rang|texted|messaged) (\w+ )?first)\b/;

/** Asks who wrote the report: the story doesn't name its reporter. ("Who reported it?" asks for the outlet.) */
export const AUTHOR_QUESTION =
  /\bwho (wrote|authored|is the (author|reporter|journalist|writer))\b|\bwho(?:s|'s|’s| is| was) the ([\p{L}'-]+ )?(author|reporter|journalist|writer)\b|\bbyline\b|\b(which|what) ([\p{L}'-]+ )?(reporter|journalist|writer|author)\b|\bwrote (the|this) (original )?(story|report|article|piece)\b|\b(names?|identity) of the ([\p{L}'-]+ )?(reporter|journalist|writer|author)s?\b|\b(reporter|journalist|writer|author)(?:'s|s)? names?\b/u;

/** Asks what a message said: "what did Trump text Starmer?". */
export const CONTENT_QUESTION = /\bwhat (did|does|do|would|was|were)\b.*\b(text|texted|message|messaged|write|wrote|whatsapp|whatsapped|tell|told|say to|said to|in the (texts|messages))\b/;

/** Asks for a place more precise than one the story names: "where in Scotland". */
export const WHERE_IN = /\bwhere (in|inside|within|about in|exactly in) (the )?([\p{L}-]+)/u;

/** Ties two names together: "what did Macron say about NATO". */
export const RELATION = /\b(about|to|with|toward|towards|regarding|on)\b/;

/** Words by which people name an unnamed source generically: "who's the source for X" asks for attribution. */
export const GENERIC_SOURCE_WORDS = new Set('source sources'.split(' '));

/** A question about the story itself ("does the story say..."): answered like a what-question. */
export const ABOUT_STORY = /^(does|did|do|is|was) (the )?(story|article|report|piece|politico)\b/;

/** Points at the end of the article: "the kicker", "the last paragraph", "at the end of the story". */
export const AT_THE_END =
  /\b(?:the (?:last|final|closing) (?:paragraph|para|graf|line|lines|sentence|section|point|thought|note)|(?:at|near|towards?) the (?:very )?end(?: of (?:the |this )?(?:article|story|piece|report|write-?up)|(?! of\b))|how does (?:the |this )?(?:article|story|piece|report) (?:end|finish|close|wrap up)|\b(?:article|story|piece|report|write-?up) (?:ends?|finish(?:es)?|closes?|wraps? up|concludes?) (?:with|on|by)\b|\bhow (?:the |this )?(?:article|story|piece|report|write-?up) (?:ends|finishes|closes|wraps up|concludes)\b|kicker|(?:gets?|has|have|had|got) the (?:last|final) word)\b/;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "paragraph 10", "para 4", "¶3", "the third paragraph": a paragraph pointed at by number. */
export const PARAGRAPH_REF = new RegExp(
  `(?:\\b(?:in|from|of) )?(?:\\b(?:paragraph|para|graf|par)\\.? ?(\\d{1,2}|${NUMBER_WORDS.join('|')})\\b|¶ ?(\\d{1,2})\\b|\\bthe (${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th)) (?:paragraph|para|graf)\\b)`,
);

/** A span of time: "in six months", "in his first 100 days", "half a year", "this year" (not a rate, "per month"). */
const SPAN = new RegExp(
  `\\b(?:(half a) (year)|(this|last) (day|week|month|year)|(?:in|over|during|within|across|after) (?:the |his |its |their |just )?(?:first |last |past |previous |opening |initial |recent )?(\\d+|${NUMBER_WORDS.join('|')}|a|an)? ?(day|week|month|year)s?)\\b`,
  'g',
);

/** The spans of time a text gives, each as "6 month", "100 day", "1 year", "this year". */
export function spansIn(text: string): string[] {
  return [...text.toLowerCase().matchAll(SPAN)].map((m) => {
    if (m[1]) return '6 month';
    if (m[3]) return `${m[3]} ${m[4] ?? ''}`;
    const n = m[5] ?? '1';
    const i = NUMBER_WORDS.indexOf(n);
    return `${i >= 0 ? i + 1 : /^\d+$/.test(n) ? n : 1} ${m[6] ?? ''}`;
  });
}

/** "the opening of the article", "the opening paragraph", "the first sentence", "the opening claim": its first paragraph. */
const OPENING = /\b(?:the )?(?:opening|start|beginning|top) of (?:the |this )?(?:article|story|piece|report|write-?up)\b|\b(?:article|story|piece|report|write-?up) (?:opens?|starts?|begins?|leads? off|kicks? off) (?:with|on|by)\b|\bthe (?:opening|first) (?:line|lines|sentence|sentences|bit)\b|\bthe opening (?:paragraph|para|graf|claim|claims)\b/;

/** Not after "for my …": "for my intro" is what the answer is wanted for, not the story's first paragraph. */
const NOT_WANTED_FOR = String.raw`(?<!\bfor (?:the |a |an |my |our |your |this )?(?:[a-z-]+ )?)`;

/** "The lede", "the intro", "up top" (not the word itself, quoted): the first paragraph, in a newsroom's words. */
export const LEDE = new RegExp(String.raw`(?<!['‘])\blede\b(?!['’](?!s\b))|${NOT_WANTED_FOR}\bintro\b|\bup top\b`);

/** The paragraph number a question points at, if any. */
export function paragraphRef(folded: string): number | undefined {
  if (OPENING.test(folded) || LEDE.test(folded)) return 1;
  const m = PARAGRAPH_REF.exec(folded);
  if (!m) return undefined;
  const [, spelt, mark, ordinal] = m;
  const n = ordinal ? (/^\d/.test(ordinal) ? parseInt(ordinal, 10) : ORDINALS.indexOf(ordinal) + 1) : NUMBER_WORDS.includes(spelt ?? '') ? NUMBER_WORDS.indexOf(spelt ?? '') + 1 : Number(spelt ?? mark);
  return n > 0 ? n : undefined;
}

// A closing note that asks to know something is a question, not an aside ("I want to know their name").
const ASKS_TO_KNOW = 'know|ask|learn|understand|find out|hear';
// "Which outlet", "what news site": a question asking for the outlet.
const WHICH_OUTLET = String.raw`^\s*(?:so |ok )?(?:which|what) (?:news |media )?(?:outlet|paper|newspaper|(?:web ?)?site|publication|news organi[sz]ation|organi[sz]ation|outfit)`;

// A news outlet named as people name it ("the NYT", "the Guardian", "Fox News").
const AN_OUTLET = String.raw`(?:the )?(?:${OUTLET_NAMES.join('|')})(?: news)?`;

/** A check asked as a command: "confirm the summit was in Belgium", "please verify…" (read as a claim). */
export const CHECK_ASKED = /^\s*(?:(?:please|pls|kindly|just|now)[,]?\s+)?(?:confirm|verify|double-check|check)\b/i;

/** Who relays a question, after any context before it: "bit of background, #uk is arguing. a member in #uk ". */
const RELAYED_BY = /^(?:[^?]*?(?:[.!;:]|\s[—–-]))?\s*(?:(?:a|one|my|our|the|another) )?(?:patron|reader|user|customer|member|caller|listener|viewer|subscriber|friend|colleague|student|client|visitor|someone|somebody|person|editor|producer|reporter|boss)(?: (?:at|from|on|in) (?:the |our |my )?#?[\p{L}-]+)?(?: here)? /u;

/** Set phrases read as the plain word they mean before a question is matched ("first name" is a name). */
export const IDIOMS: readonly (readonly [RegExp, string, (readonly string[])?])[] = [
  // English as speakers of Spanish, Portuguese, Italian and German often write it, read as a native speaker would
  // word it (first, so the phrases below read the result): a dropped "it" ("is true that…", "is normal to…"), an
  // age asked as years had ("how many years has Anna Kelly?"), frequency asked as an amount ("with how much
  // frequency…"), and words whose meaning in those languages differs ("the charge of" a person is their post, a
  // "journal" a newspaper).
  [/^(\s*(?:(?:and|but|so),? )?)(is|was)( not)? (true|correct|right|normal|usual|common|rare|possible|certain|sure|real|so) (?=(?:that|to|in|for)\b)/iu, '$1$2 it$3 $4 ', ['is', 'was']],
  [/^(\s*)[Hh]ow many years (?:has|have|had) (\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2})\s*(?=\?|$)/u, '$1how old is $2', ['years']],
  [/\b(?:with )?(?:how much|which|what) frequency\b/giu, 'how often', ['frequency']],
  [/\b(?:the|his|her|their) charge (?=(?:of|in|at)\b)/giu, 'the job ', ['charge']],
  // (Not a name's: "the Wall Street Journal".)
  [/(?<=\b(?:the|a|which|what|this|that|other|another|same|own|its|their|which other) )journals?(?![\p{L}'’-])/giu, 'newspaper', ['journal']],
  // "Built on one report": based on it.
  [/\b(?:built|founded|resting|rests|rest) on\b/gi, 'based on', ['built', 'founded', 'resting', 'rests', 'rest']],
  // "What risk do leaders run?", "running the risk of a leak": facing a risk, which "risk" says ("run" is not a
  // way of contact or a race).
  [/\b(risks?|dangers?|hazards?) ((?:[\p{L}'-]+ ){1,5}?)run(?:s|ning)?\b/giu, '$1 $2', ['run']],
  [/\brun(?:s|ning)? (?:a|the) (risks?|danger)\b/gi, '$1', ['run']],
  // "Which industries does the deal cover?", "what sectors…": which goods, as the fact base words what a deal leaves
  // unsaid.
  [/(?<=\b(?:which|what) )(?:industries|sectors|commodities)\b/giu, 'goods', ['industries', 'sectors', 'commodities']],
  // "Did texts play a part in it?", "what role did messaging play in the deal?": whether, and how, it figured, which
  // the rest of the question names ("play" is no game).
  [/\bplay(?:s|ed|ing)? (?:a|an|any|some|the) (?:(?:big|key|major|central|real|large|small|minor|significant|bigger|larger) )?(?:part|role)\b/giu, '', ['play']],
  [/\b(?:what|which) (?:(?:big|key|major|central|real|large|small|minor|significant) )?(?:part|role) (do|does|did|has|have|had) ([^?]+?) play(?:ed)?\b/giu, 'how $1 $2', ['play']],
  // "Bilateral sit-downs": meetings (where "sit" alone is sitting in on a call).
  [/\bsit[- ]?downs\b/gi, 'meetings', ['sit']],
  [/\bsit[- ]?down\b/gi, 'meeting', ['sit']],
  // "The foreign figures named", "European figures": people, leaders (not figures as numbers).
  [/\b(foreign|world|european|international|political|overseas|global) figures\b/gi, '$1 leaders', ['figures']],
  // "What share of the calls…", "which fraction of them": how large a part, a percentage (not sharing something).
  [/\b(?:what|which) (?:share|fraction) of\b/giu, 'what percentage of', ['share', 'fraction']],
  // "A ton of leaders", "tons of calls": a lot of them (not a tone).
  [/\b(?:a )?tons? of\b/gi, 'a lot of', ['ton']],
  // "Is this true?", "is this fake news?", "how reliable is this?": what the story rests on, its source.
  [/^\s*(?:so |but |ok |okay )?(?:is|was) (?:this|it|that|all this|the (?:story|article|piece|report)|this (?:story|article|piece|report))(?: all| even| actually| really)? (?:true|real|for real|legit|legitimate|accurate|reliable|credible|trustworthy|fake|fake news|made up|verified|confirmed|reliable reporting)\s*(?=[?.!]|$)/gi, 'which outlet reported the story', ['true', 'real', 'for real', 'legit', 'legitimate', 'accurate', 'reliable', 'credible', 'trustworthy', 'fake', 'fake news', 'made up', 'verified', 'confirmed', 'reliable reporting']],
  [/^\s*how (?:reliable|accurate|credible|trustworthy|solid|legit|true|reliably sourced|well sourced) is (?:this|it|that|all this|the (?:story|article|piece|report|reporting)|this (?:story|article|piece|report|reporting))\s*(?=[?.!]|$)/gi, 'which outlet reported the story', ['how ']],
  [/^\s*(?:can|should) (?:i|we|you) (?:trust|believe|rely on) (?:this|it|that|all this|the (?:story|article|piece|report)|this (?:story|article|piece|report))\s*(?=[?.!]|$)/gi, 'which outlet reported the story', ['trust', 'believe', 'rely on']],
  // "How many leaders are named?": the leaders the story names (the list answers how many).
  [/^\s*how many (?:world |foreign |other )?leaders (?:(?:besides|apart from|other than|except) trump )?(?:are|does (?:the|this) (?:story|article|piece|report)) (?:named|mentioned|name|mention|quoted|featured)\b/gi, 'which leaders are named in the story', ['how many ']],
  // "…, kindly list", "…, list them": how to answer, asking nothing more (not "the list of…").
  [/(?:[,.;:?—–-]\s*(?:(?:please|pls|kindly|just|and) )?list|\s(?:please|pls|kindly) list)(?: them| those| them all| them out)?\s*[?.!]*\s*$|\slist (?:them|those)(?: all| out)?\s*[?.!]*\s*$/gi, '', ['list']],
  // "List the leaders", "name all the leaders": the leaders the story names.
  [/^\s*(?:pls |please )?(?:list|name) (?:all |every )?(?:of )?(?:the )?(?:world |foreign )?leaders\s*(?=[?.!]|$)/gi, 'which leaders are named in the story', ['leaders']],
  // A quiz: "Quiz Q1:", "Bonus round!", "Multiple choice:", "Fill in: …", "… Fill it in.", and options "A) x, B) y,
  // C) z" offered as "x or y or z" (and so are ": Belgium, the Netherlands or Spain?").
  [/^\s*(?:(?:pub |trivia )?quiz(?: night)?\s*)?(?:q|question|#)\s*\d{1,2}\s*[:.)—–-]\s*/i, ''],
  [/^\s*(?:[\p{L}-]+ )?round(?: \d{1,2})?\s*[!:.—–-]\s*/iu, '', ['round']],
  [/^\s*(?:multiple[- ]choice|mcq|fill in(?: the (?:blanks?|gaps?))?|fill the (?:blanks?|gaps?)|complete the (?:sentence|quote|line|phrase))\s*[:.!—–-]\s*/i, '', ['multiple', 'mcq', 'fill', 'complete']],
  [/[.!]?\s*(?:fill (?:it|this|that|them) in|fill in the (?:blanks?|gaps?)|fill the (?:blanks?|gaps?)|complete (?:it|the (?:sentence|quote|line|phrase)))[.!]*\s*$/i, '?', ['fill', 'complete']],
  [/(?:^|(?<=[\s:—–-]))\(?[aA]\)\s*(?=.*\b\(?[bB]\)\s)/u, '', ['a)']],
  [/[,;]?\s*(?:or\s+)?\(?\b[b-eB-E]\)\s*/gu, ' or ', ['b)', 'c)', 'd)', 'e)']],
  [/,(?<=[:—–]\s*(?:[\p{L}'-]+ ){0,3}[\p{L}'-]+,) (?=(?:(?:the|a|an) )?[\p{L}'-]+(?: [\p{L}'-]+)?,? or\b)/gu, ' or ', [' or']],
  // A name signed at the end ("…? Bev", "… -- Walter", "Thanks, Harold") asks nothing.
  [/([?.!])\s*(?:(?:--?|—|–)\s*)?(?:(?:thanks|thank you|cheers|regards|love|best|many thanks),?\s+)?\p{Lu}\p{Ll}{2,15}\s*$/u, '$1'],
  // Written like a ticket or an email: a subject line, "…? pls advise", "ASAP", "…? Regards", "Thanks in advance".
  // (Input arrives on one line, so a subject line runs up to the question's first word.)
  [/^\s*(?:subject|subj|re|topic)\s*:\s*(?:[^\s?]+\s+){1,6}?(?=(?:who|whom|whose|what|what's|which|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could|would|should|will|quote|name|list|tell|give|summari[sz]e|explain|describe)\b)/i, '', ['subject', 'subj', 're', 'topic']],
  [/(?:[\s,;.—–-]*\b(?:(?:pls|please|plz|kindly) advise|asap)\b(?:\s+(?:pls|please|plz))?[.!]*)+\s*$/i, '', ['advise', 'asap']],
  [/([?.!])\s*(?:(?:best|kind|warm|warmest|many) )?(?:regards|thanks|thank you|thx|tia|cheers)\b(?: (?:in advance|so much|a lot|again))?[.!]*(?:[,\s]+\p{L}{2,20})?\s*$/iu, '$1', ['regards', 'thank', 'thx', 'tia', 'cheers']],
  // Old-fashioned courtesies: "Pray, who…", "what office, pray, does he hold", "might I ask", "one gathers", "I
  // should be grateful for…", "would you be so kind as to tell me".
  [/(?:^\s*|,\s*)pray(?: tell)?\s*,\s*|^\s*pray(?: tell)?\s+(?=(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|did|does|do|has|have|can|could|would|should|might|may)\b)/gi, ' ', ['pray']],
  [/,?\s*\b(?:might|may|if i may|could) i (?:ask|enquire|inquire)\b(?:\s*,)?\s*/gi, ' ', [' i ']],
  [/,?\s*\b(?:one|i|so i) gathers?(?: that)?\b(?:\s*,)?\s*/gi, ' ', ['gather']],
  [/^\s*i (?:should|would|'d) be (?:most |very |so )?(?:grateful|obliged)(?: (?:for|if you (?:would|could|might)(?: kindly)?))?\s*/i, '', ['grateful', 'obliged']],
  [/\b(?:would|could|might) you be so kind as to\b/gi, 'could you', ['so kind']],
  // The asker's aside about themselves asks nothing: "…, humor me", "bear with me, …", "out of curiosity", "…, I'm
  // dying" (laughing), "I refuse to believe it", "I can't believe this".
  [/(?:^|[,;(—–-]|(?<=[?.!])|\s)\s*(?:(?:just|please|pls|but|and|lol|ok|okay|honestly) )?(?:humou?r me|indulge me|bear with me|out of (?:sheer |pure |idle )?curiosity|i(?:'m|’m| am) (?:literally )?(?:dying|dead|crying|screaming|deceased|wheezing)|i (?:refuse to|can't|can’t|cannot|cant|don't|don’t|do not) (?:even )?believe (?:it|this|that)|i can'?t even)\b\s*[)!.,]*/gi, ' ', ['humo', 'indulge', 'bear with', 'curiosity', 'dying', 'dead', 'crying', 'screaming', 'deceased', 'wheezing', 'believe', 'even']],
  // Courtesies around a question: "Good morning.", "Dear assistant,", "Pardon me, but I was wondering whether…".
  [/^\s*(?:(?:good (?:morning|afternoon|evening|day)|(?:morning|afternoon|evening)(?= (?:all|everyone|folks|team|y'?all)\b)|hello|hi|hey|greetings|dear [\p{L} ]{1,30}?|pardon(?: me| the intrusion)?|excuse me|sorry(?: to bother you)?)(?: there| dear| all| everyone| folks| team| y'?all)?\s*[.,!:;—–-]+\s*)+/iu, '', ['good ', 'morning', 'afternoon', 'evening', 'hello', 'hi', 'hey', 'greetings', 'dear ', 'pardon', 'excuse me', 'sorry']],
  [/^\s*(?:but |and |so )?(?:i (?:hope you don't mind my asking|was (?:just )?(?:wondering|curious)|(?:would|should) (?:be grateful to|like to|love to) (?:learn|know|find out|understand|ask)|want to (?:know|ask)|need to know|confess [^,.]*)|i(?:'d|’d| would) (?:like|love) to (?:know|learn|ask|find out)|could you (?:please )?tell me|would you (?:please )?tell me|please tell me)[,]?(?: but)?(?: (?:whether|if|about))?\s*/i, '', ['hope you don\'t mind my asking', 'wondering', 'curious', 'be grateful to', 'like to', 'love to', 'want to ', 'need to know', 'confess ', ' to ', 'could you ', 'would you ', 'please tell me']],
  // "Tell me what Rutte's texts said": the question after the request.
  [/^\s*(?:pls |please |so |ok |okay )?tell (?:me|us) (?=(?:what|who|how|why|when|where|which)\b)/i, '', ['tell ']],
  // A leading @mention of the bot ("@factdesk who texted Trump?") addresses it; it asks nothing.
  [/^\s*@[\p{L}\p{N}._-]+[:,]?\s+/u, ''],
  // A moderator's label on a member's question: "mod here —", "q from a member:", "member question —".
  [/^\s*(?:(?:mod|moderator|admin)(?: here| relaying| passing (?:this |it )?on)?|relaying(?: (?:from|for) #?[\p{L}-]+)?|(?:member|user|reader|viewer|listener|community) (?:question|q)|(?:q|question) from (?:a |one |our |the )?(?:member|user|reader|viewer|listener))\s*[:,—–-]+\s*/iu, '', ['mod', 'admin', 'relaying', 'member', 'user', 'reader', 'viewer', 'listener', 'community']],
  // A thing a member wants relayed ("someone in chat wants the name of…", "a reader needs the date of…") asks what it is.
  [new RegExp(String.raw`${RELAYED_BY.source}(?:wants|wanted|would like|needs)\s+(?=(?:the|a|an)\s)`, 'iu'), 'what is ', ['wants', 'wanted', 'would like', 'needs']],
  // A question relayed for someone else ("A reader wants to know…", "Someone at the desk asked whether…", "bit of
  // context: #uk is arguing. a member in #uk asks who…": the context before it asks nothing either).
  [new RegExp(String.raw`${RELAYED_BY.source}(?:wants to know|would like to know|wants to understand|would like to understand|is asking|asks|asked|is wondering|wonders|wondered|was wondering|wanted to know|needs to know|is curious)(?: about| for)?\s*[:,—–-]?\s*(?:(?:whether|if)\s+)?`, 'iu'), '', ['wants to know', 'would like to know', 'wants to understand', 'would like to understand', 'is asking', 'asks', 'asked', 'is wondering', 'wonders', 'wondered', 'was wondering', 'wanted to know', 'needs to know', 'is curious']],
  // ("My teacher asked us how…", "our nan keeps asking whether…": whoever it is, the question is theirs.)
  [/^\s*(?:my|our) (?:[\p{L}-]+ ){0,2}?[\p{L}-]+ (?:asked|asks|was asking|is asking|keeps asking|kept asking|wants to know|wanted to know|would like to know|is wondering|was wondering|wondered|wonders)(?: (?:me|us))?(?: about)?\s*[:,—–-]?\s*(?:(?:whether|if)\s+)?(?=(?:how|why|what|who|whom|whose|when|where|which|did|does|do|is|was|were)\b|\p{Lu})/iu, '', ['ask', 'know', 'wonder']],
  [/,?\s*\b(?:for|to) (?:a|the|our|my) (?:patron|reader|customer|caller|viewer|subscriber|client|visitor)\b/giu, '', ['patron', 'reader', 'customer', 'caller', 'viewer', 'subscriber', 'client', 'visitor']],
  [/[,;]?\s*(?:if you(?:'d| would) be so kind|if you (?:don't|do not) mind|if possible|please|pls|plz|thanks?(?: you)?(?: in advance)?)\s*([?.!]*)\s*$/i, '$1', [' be so kind', 'if you ', 'if possible', 'please', 'pls', 'plz', 'thank']],
  // A claim with a tag ("…, right?", "…, isn't she?") asks whether the claim holds.
  [/^(?!\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|what|who|when|where|why|how|which)\b)(.+?)[,]?\s+(?:right|correct|true|yes or no|true or false|isn't (?:it|he|she|that|this)|aren't they|wasn't (?:it|he|she)|weren't they|didn't (?:he|she|they)|doesn't (?:he|she|it)|don't they|hasn't (?:he|she)|haven't they)\s*\?+(.*)$/i, '$1?$2', ['right', 'correct', 'true', 'yes or no', 'true or false', 'isn\'t ', 'aren\'t they', 'wasn\'t ', 'weren\'t they', 'didn\'t ', 'doesn\'t ', 'don\'t they', 'hasn\'t ', 'haven\'t they']],
  // A label before the question ("Quick check before we publish:", "For copy:") is not part of it.
  [/^\s*(?:quick |one )?(?:check|question|q|request|query|enquiry|inquiry|ask|fact[- ]?check|sanity check|(?:mod|moderator|moderation|gut) check|(?:pub |trivia )?quiz(?: check| question| time)?|trivia(?: question)?|fill in the blanks?)(?: (?:before (?:we|i) (?:publish|print|file|run it)|for (?:the )?(?:desk|copy)))?\s*[:,—–-]\s*/i, ''],
  [/^\s*for (?:copy|the record|(?:our|the) records|our story|the desk)\s*[:,—–-]\s*/i, '', ['for ']],
  // Newsroom labels: "producer q:", "for the headline:", "social needs a teaser:".
  [/^\s*(?:producer|editor|desk|social|copy|photo|web|digital|night desk)(?: here| q| question| team| desk)?\s*[:,—–-]\s*/i, '', ['producer', 'editor', 'desk', 'social', 'copy', 'photo', 'web', 'digital', 'night desk']],
  [/^\s*for (?:the |a |our )?(?:headline|hed|dek|social(?: card| post)?|tweet|newsletter|push(?: alert)?|alert|teaser|caption|promo|script)\s*[:,—–-]\s*/i, '', ['for ']],
  [/^\s*(?:social|the desk|copy|we|i) needs? (?:a |an |the )?[\p{L}-]+\s*[:,—–-]\s*/iu, '', [' need']],
  // "pull the bit about Macron", "need the White House quote": asks for what the story has on it.
  [/^\s*(?:pls |please )?(?:pull|grab|find|get|give me|send|paste|need)(?: me)? (?:the |a |any )?(?:bit|line|lines|quote|quotes|graf|grafs|para|part|section|passage|sentence|stuff)s? (?:about|on|from|where|with|re|regarding|for|that says) /i, 'what about ', ['pull', 'grab', 'find', 'get', 'give me', 'send', 'paste', 'need']],
  [/^\s*(?:pls |please )?(?:need|want|grab|pull) (?:the |a |any )?(.+?) (?:quote|quotes|line)\b/i, 'what did $1 say', ['quote', 'quotes', 'line']],
  [/\b(?:the )?(?:lede|hook|nut graf|top of the (?:story|piece|article))\b/gi, 'the headline', ['lede', 'hook', 'nut graf', 'top of the ']],
  // "The gist of the intro", "how is it characterised up top": the first paragraph (not "for my intro").
  [new RegExp(String.raw`${NOT_WANTED_FOR}\b(?:the )?intro(?: (?:paragraph|para|graf|line|lines|sentence))?\b|\bup top\b`, 'gi'), 'the headline', ['intro', 'up top']],
  [/^\s*is (.+?) a (?:direct |verbatim |actual )?quote(?: or (?:a |an |our |just )?(?:paraphrase|characteri[sz]ation|summary|description))?\b/i, 'who said $1', ['quote']],
  // "Did an official go on record about X?": say something about it (named or not).
  [/\b(?:go|goes|went|gone|going) on[- ](?:the[- ])?record\b/gi, 'say', ['record']],
  [/\bon[- ](?:the[- ])?record\b/gi, 'named', ['record']],
  [/\bat any (?:point|time|stage)\b/gi, ' ', ['at any ']],
  [/\b(?:(?:the )?(?:one[- ]line|one[- ]sentence|short|quick|brief|two[- ]line) (?:version|summary|take|rundown)|in (?:a|one) (?:sentence|line|nutshell)(?: or two| or so)?)\b/gi, 'summary', ['version', 'summary', 'take', 'rundown', 'sentence', 'line', 'nutshell']],
  [/\bin full\b/gi, ' ', ['in full']],
  // "The two leaders", "both presidents": the pair the question is about (named or meant), not world leaders at large.
  [/\b(?:the |these |those )?(?:two|both) (?:of (?:them|the (?:leaders|presidents|men))|(?:world )?(?:leaders|presidents|men|guys|politicians))\b/gi, 'they', ['two', 'both']],
  // A claim someone posted, to check: "a poster says X. Accurate?" asks whether X.
  [/^\s*(?:(?:a|one|the|some|another) )?(?:poster|user|commenter|redditor|member|troll|guy|account)(?: (?:here|online|in (?:the )?[\p{L}-]+|on (?:the )?[\p{L}-]+))? (?:says|said|claims|claimed|posted|wrote|writes|is saying|is claiming|insists)(?: that)?\s+/iu, 'did ', ['says', 'said', 'claims', 'claimed', 'posted', 'wrote', 'writes', 'is saying', 'is claiming', 'insists']],
  [/[\s,;:.—–-]+(?:true|accurate|correct|right|legit|confirmed|confirm)\s*\?+\s*$/i, '?', ['true', 'accurate', 'correct', 'right', 'legit', 'confirmed', 'confirm']],
  [/\b(?:high|top)[- ]level\b/gi, ' ', ['level']],
  // "Does the article name X, or are they anonymous?": the second half asks the first again.
  [/,?\s*\bor (?:are|is|was|were|do|does) (?:they|he|she|it|them) (?:left )?(?:unnamed|anonymous|not named|unidentified|kept anonymous|nameless)\s*(?=[?.!]|$)/gi, '', ['unnamed', 'anonymous', 'not named', 'unidentified', 'kept anonymous', 'nameless']],
  [/^\s*(?:does|did) (?:the |this )?(?:article|story|piece|report|politico) (?:actually )?(?:name|identify) (.+?)\s*(?=[?.!]|$)/i, 'is $1 named', ['article', 'story', 'piece', 'report', 'politico']],
  // A client's note: "Client wants to know if we should echo it.", "a sentence I can drop into the update".
  [/([?.!])\s+(?:the |my |our )?(?:client|boss|editor|team|desk|producer)s? (?:wants?|needs?|asks?|asked|would like)\b[^?]*\??\s*$/i, '$1', ['client', 'boss', 'editor', 'team', 'desk', 'producer']],
  // ("…? legal wants it in quotes", "…? the host needs to know before air": whoever wants it, an aside.)
  [/([?.!])\s+(?:(?:the|my|our) )?(?:[\p{L}-]+ ){0,2}(?:wants?|needs?) (?:it|this|that|them|to (?:know|check|see|confirm))\b[^?]*$/iu, '$1', ['want', 'need']],
  // A remark after the question: "…? that's an OPSEC fail if so", "…? which would be wild".
  [/([?])\s+(?:that(?:'s|’s| is| would be| was)|which (?:is|would be|was)|this is|what a)\b[^?]*$/i, '$1', ['that', 'which ', 'this is', 'what a']],
  // An interjection before the question: "hang on, was the summit in Belgium?", "wait, who said that?"
  [/^\s*(?:hang on|hold on|hold up|wait(?: a (?:sec|second|minute|moment))?|hmm+|erm+|uh+|oh)\s*[,.!:;—–-]+\s*/i, '', ['hang on', 'hold', 'wait', 'hm', 'erm', 'uh', 'oh']],
  // "Who's Anna Kelly when she's at home?": who she is. "The direct line they keep banging on about": about it.
  [/,?\s*\bwhen (?:he|she|it|they|you)(?:'s|’s| is|'re|’re| are) at home\b/gi, '', ['at home']],
  [/\b(?:keep |kept |keeps )?(?:banging|going|harping|rabbiting) on about\b/gi, 'about', [' on about']],
  // "Hiding behind anonymity", "granted anonymity": anonymous.
  [/\b(?:hiding behind |granted |given |under |on condition of )?anonymity\b/gi, 'anonymous', ['anonymity']],
  // "…, y/n": a yes/no question.
  [/[,;:]?\s*\(?\by\/n\b\)?\s*\??\s*$/i, '?', ['y/n']],
  [/\s*(?:that |which )?\b(?:i|we) can (?:drop|paste|put|use|slot|plug|copy|lift|quote)\b[^?.!]*/gi, ' ', [' can ']],
  [new RegExp(String.raw`\s+[—–-]+\s*(?:i |we )?(?:need|want|needed)\b(?![^?]*\b(?:${ASKS_TO_KNOW})\b)[^?]*$`, 'i'), '', ['need', 'want']],
  [/\bre:\s*/gi, 'about ', ['re:']],
  [/,?\s*\b(?:as )?per (?:the |this )?(?:article|piece|story|report)(?:'s|’s) (?:timeframe|timeline|account|telling|framing|reporting)\b/gi, ' ', ['timeframe', 'timeline', 'account', 'telling', 'framing', 'reporting']],
  [/\bone[- ]liner\b/gi, 'summary', ['liner']],
  // "The White House's key message": its response (not a message sent).
  [/\b(?:key|main|core|central|top|official) (?:message|messaging)\b/gi, 'response', ['message', 'messaging']],
  // "What does 'effusive' mean in the context of the texts?": about them.
  [/\bin (?:the )?context of\b/gi, 'about', ['context of']],
  // A broadcaster's notes: "just double-checking for the script", "Checking the figure.", "a 20-second read on…".
  [/[\s,;:.—–-]*\b(?:just )?(?:double[- ]?checking|checking|confirming|verifying)(?: (?:the|that|this|it|my|our) [\p{L}-]+)?(?: for (?:the|my|our|a) [\p{L}-]+)?[.!]?\s*$/iu, '', ['checking', 'confirming', 'verifying']],
  [/\b(?:a |an )?(?:\d+|ten|fifteen|twenty|thirty|sixty)[- ]second (?:read|version|intro|script|summary|take)(?: (?:on|about|of))?/gi, 'summary of', ['second ']],
  [/\b(?:a |an )?(?:short |quick |brief )?(?:opening |closing )?read (?:on|about)\b/gi, 'summary of', ['read ']],
  // A sceptic's framing: "did the official confirm or deny…", "is this from the NYT or someone else?",
  // "just rehashing someone else's report", "sarcastic summary pls".
  [/\bconfirm(?:ed|s)? or den(?:y|ied|ies)\b/gi, 'say about', ['confirm']],
  [/^\s*(?:is|was) (?:this|the) (?:story|article|piece|report|news)(?: originally| actually| even)? from (?:the )?[\p{L}' ]+? or (?:someone|somebody|something|somewhere) else\b[^?]*/iu, 'which outlet reported the story', ['someone', 'somebody', 'something', 'somewhere']],
  [/\b(?:rehash(?:ing|es|ed)?|recycl(?:ing|es|ed)|aggregat(?:ing|es|ed)|repackag(?:ing|es|ed)|based on) (?:someone|somebody|some other outlet|another outlet)(?: else)?(?:'s|’s)? (?:report|reporting|story|work|piece)\b/gi, 'based on a report', ['someone', 'somebody', 'some other outlet', 'another outlet']],
  [/\b(?:sarcastic|snarky|cynical|brutal|neutral|unbiased|objective|honest|spicy)(?= (?:summary|take|version|recap|rundown|tl;?dr))/gi, '', ['sarcastic', 'snarky', 'cynical', 'brutal', 'neutral', 'unbiased', 'objective', 'honest', 'spicy']],
  // A closing aside after the question: "Just want to be sure I'm framing it right.", "I want to say it on air."
  [new RegExp(String.raw`([?.!,])\s+i(?:'d|’d| would) like to (?!${ASKS_TO_KNOW})[^?]*$`, 'i'), '$1', [' like to ']],
  [/([?.!])\s+i (?:thought|heard|read|was told|assumed|believed|figured)\b[^?]*$/i, '$1', ['thought', 'heard', 'read', 'was told', 'assumed', 'believed', 'figured']],
  [/([?.!])\s+(?:my |your |our )(?:nan|nana|gran|granny|grandma|grandad|grandpa|husband|wife|son|daughter|mum|mom|dad|neighbour|neighbor|friend|colleague|aunt|auntie|uncle|sister|brother|kids|grandchildren|partner|mate)(?: [\p{Lu}][\p{L}]+)? (?:thinks?|says?|said|reckons?|believes?|insists?|swears?)\b[^?]*$/iu, '$1', ['my ', 'your ', 'our ']],
  [/,\s+i (?:want|need|'d like|’d like|would like) to (?:read|share|send|show|tell|quote|use|post|print|put)\b[^?]*$/i, '', [' to ']],
  // A reader introducing themselves ("Hello all, Grandad here."), or where they heard of it.
  [/^\s*(?:(?:hello|hi|hey|morning|evening)(?: all| everyone| folks| there)?[,.!]?\s*)?(?:it's |this is )?[\p{L}]+ here[.!,]\s+/iu, '', [' here']],
  [/^\s*i (?:caught|heard|saw|read|came across) (?:a bit |something |a piece |a story |an item |a report )?(?:on|in) the (?:radio|news|telly|tv|paper|papers)\b[^.?!]*[.!]\s*/i, '', [' the ']],
  [new RegExp(String.raw`([?.!])\s+(?:(?:just|really|i|and|but|so)\s+)*(?:want|wanted|need|needed|don't want|do not want|'m|’m|am|hope|would like|'d like|trying|making sure|wanna)\b(?![^?]*\b(?:${ASKS_TO_KNOW})\b)[^?]*$`, 'i'), '$1', ['want', 'need', "'m", '’m', 'am', 'hope', 'would like', "'d like", 'trying', 'making sure', 'wanna']],
  // A producer's aside: "so I can ad-lib it", "something punchy", "on air".
  [/,?\s*\bso (?:that )?(?:i|we) (?:can|could|don't|do not|won't)\b[^?.!]*/gi, ' ', ['so ']],
  [/,?\s*\bsomething (?:punchy|short|snappy|catchy|simple|quick|tight|crisp)\b/gi, ' ', ['something ']],
  [/\bon[- ](?:the )?air\b/gi, ' ', ['air']],
  // Office talk around a question: "from a stakeholder lens", "circling back on…", "quick level-set".
  [/,?\s*\b(?:from|through|with) (?:a|an) (?:[\p{L}-]+ ){0,2}(?:lens|perspective|standpoint|pov|point of view|angle|viewpoint)\b,?/giu, ' ', ['lens', 'perspective', 'standpoint', 'pov', 'point of view', 'angle', 'viewpoint']],
  [/^\s*(?:circling back|following up|touching base|looping back|jumping back|coming back)(?: (?:on|to|re|about|with))?\s+/i, 'about ', ['circling back', 'following up', 'touching base', 'looping back', 'jumping back', 'coming back']],
  [/^\s*(?:quick )?level[- ]set\b[^:—–-]*[:—–-]\s*/i, '', ['level']],
  [/\bwalk(?:s|ed|ing)? back\b/gi, 'reversed', [' back']],
  [/\bping[- ]?pong(?:ed|ing|s)?\b/gi, 'back and forth', ['ping']],
  [/\bfor real\b/gi, ' ', ['for real']],
  // "Walk me through the cellphone angle": what the story has on it.
  [/^\s*(?:(?:can|could) you )?(?:walk|talk|take) me through (?:the )?/i, 'summarise the ', [' me through ']],
  // "Where in the story is Macron?", "where does the article mention the summit?": which paragraph.
  [/^\s*where (?:does|do|did) (?:the|this) (?:story|article|piece|report|text|write-?up) (?:mention|mentions|talk about|discuss|cover|bring up|get to|say anything about)\b/i, 'which paragraph mentions', ['where ']],
  [/^\s*where (?:is|are|was|were) (.+?) (?:mentioned|discussed|covered|named|quoted|brought up)(?: in (?:the|this) (?:story|article|piece|report|text|write-?up))?\b/i, 'which paragraph mentions $1', ['where ']],
  [/^\s*where in (?:the|this) (?:story|article|piece|report|text|write-?up) (?:is|are|do|does|can i find|will i find|do i find|'s) (?:we |i )?(?:read about |find |see )?(.+?)(?: (?:mentioned|discussed|covered|named|quoted|come up|comes up|appear|appears))?\s*([?.!]*)\s*$/i, 'which paragraph mentions $1$2', ['where in ']],
  [/(\bwhich (?:paragraph|para|graf|part|section)\b.*?)\b(?:appear|appears|show up|shows up|feature|features|featured|turn up|turns up)\b/i, '$1 mentioned', ['which ']],
  // "Fill me in on Rutte", "any info on the summit?", "what do we know about Kelly?": what the story has on it.
  [/^\s*(?:(?:can|could) you )?(?:fill|catch) (?:me|us) up (?:on|about|with) |^\s*(?:(?:can|could) you )?fill (?:me|us) in (?:on|about|with) /i, 'summarise ', [' up ', 'fill ']],
  [/^\s*(?:got |is there |are there )?(?:any|some|more) (?:info|information|details|news|updates?|background|context)(?: (?:on|about|re|regarding))?\s+/i, 'summarise ', ['info', 'information', 'details', 'news', 'update', 'background', 'context']],
  [/^\s*(?:pls |please )?(?:info|information|details|context|the rundown|the lowdown|a rundown|rundown|lowdown|the gist) (?:on|about|re|regarding)\s+/i, 'summarise ', ['info', 'information', 'details', 'context', 'the rundown', 'the lowdown', 'a rundown', 'rundown', 'lowdown', 'the gist']],
  [/^\s*what (?:do|does|did) (?:we|you|the (?:story|article|piece|report)) know about /i, 'summarise ', [' know about ']],
  [/^\s*what(?:'s| is| was) the (?:background|backstory|context|lowdown|low-down|scoop|deal|story) (?:on|with|behind|about|to) /i, 'summarise ', [' the ']],
  // "Has Trump stopped bashing NATO?": the reversal of his hostile stance.
  [/\b(?:stop|stops|stopped|quit|quits|ceased?) (?:bashing|criticizing|criticising|attacking|slamming|trashing|knocking|slagging(?: off)?|hating(?: on)?|being (?:hostile|negative|nasty|critical) (?:to|toward|towards|about|of))\b/gi, 'reversed his hostile stance toward', ['bashing', 'criticizing', 'criticising', 'attacking', 'slamming', 'trashing', 'knocking', 'slagging', 'hating', 'being ']],
  // "How does Rutte fit into the story?", "what part does the summit play in all this?", "why does Macron matter?"
  [/^\s*how (?:does|do|did) (.+?) fit (?:in|into)(?: (?:the|this) (?:story|article|piece|report|picture)| all (?:this|of this)| it all)?\s*([?.!]*)\s*$/i, 'summarise $1$2', [' fit ']],
  [/^\s*what (?:role|part) (?:does|do|did) (.+?) play(?: in (?:the|this) (?:story|article|piece|report)| in (?:all )?(?:this|it))?\s*([?.!]*)\s*$/i, 'summarise $1$2', ['what ']],
  [/^\s*why (?:does|do|did) (.+?) matter(?: (?:here|in (?:the|this) (?:story|article|piece|report)))?\s*([?.!]*)\s*$/i, 'summarise $1$2', [' matter']],
  // "What's the significance of Kelly?", "why is Macron in the story?", "what's notable about Starmer?"
  [/^\s*what(?:'s| is| was) (?:the )?(?:significance|importance|relevance) of (.+?)(?: (?:here|in (?:the|this) (?:story|article|piece|report)))?\s*([?.!]*)\s*$/i, 'summarise $1$2', ['significance', 'importance', 'relevance']],
  [/^\s*why (?:is|are|was|were) (.+?) (?:in|mentioned in|included in|part of|featured in) (?:the|this) (?:story|article|piece|report)\s*([?.!]*)\s*$/i, 'summarise $1$2', ['story', 'article', 'piece', 'report']],
  [/^\s*why (?:does|did) (?:the|this) (?:story|article|piece|report) (?:mention|include|bring up|feature|talk about) (.+?)\s*([?.!]*)\s*$/i, 'summarise $1$2', ['mention', 'include', 'bring up', 'feature', 'talk about']],
  [/^\s*what(?:'s| is| was) (?:so )?(?:notable|noteworthy|interesting|important|significant|remarkable) about (.+?)\s*([?.!]*)\s*$/i, 'summarise $1$2', [' about ']],
  // "Give me the European official's quote": a request, not a word of the question.
  [/^\s*(?:(?:can|could) you |please )?(?:give|gimme|get|send|show) (?:me|us)\b\s*/i, '', ['give', 'gimme', 'get', 'send', 'show']],
  // "What prompted his change of heart?": why it happened.
  [/^\s*what (?:prompted|caused|triggered|sparked|spurred|drove|led to)\b/i, 'why was there', ['what ']],
  // "When did the summit take place, relative to this report?": when it happened.
  [/\b(?:take|takes|took|taken|taking) place\b/gi, 'happen', [' place']],
  [/\brelative to\b/gi, ' ', ['relative to']],
  // "Is the 'bro-ing out' line about Trump and Macron?": the quoted words are what is asked about.
  [/(["“‘'][^"“”‘’']{3,80}["”’']) (?:line|quote|phrase|remark|comment|bit)\b/giu, '$1', ['line', 'quote', 'phrase', 'remark', 'comment', 'bit']],
  [/\b(?:out )?in the open\b/gi, ' public ', ['in the open']],
  // "Name me the leaders mentioned": which leaders. "The letter d": the d, not a letter sent.
  [/^\s*(?:name|list)(?: me| for me)? (?:all )?(?:the )?(?=[\p{L}-]+ (?:[\p{L}-]+ )?(?:leaders|people|officials|sources)\b)/iu, 'which ', ['name', 'list']],
  [/\bthe letters? (?=\p{L}\b)/giu, 'the ', ['letter']],
  // Where in the article (the engine reads AT_THE_END itself): not words of the question.
  [new RegExp(`(?:\\b(?:in|from) )?${AT_THE_END.source}`, 'gi'), ' ', ['last', 'final', 'clos', 'end', 'finish', 'wrap', 'conclud', 'kicker']],
  [new RegExp(PARAGRAPH_REF.source, 'gi'), ' '],
  [new RegExp(`(?:\\b(?:in|from|at|according to) )?(?:${OPENING.source})`, 'gi'), ' ', ['article', 'story', 'piece', 'report', 'write', 'the opening ', 'the first ']],
  [/^\s*(?:true or false|t or f|t\/f|yes or no)\s*[:,?—–-]*\s*/i, '', ['true or false', 't or f', 't/f', 'yes or no']],
  // A homework prompt before its question: "Explain why…", "Give two reasons why…", "Describe how…".
  [/^\s*(?:please )?(?:explain|describe|outline|discuss|state|give (?:(?:one|two|three|four|\d|some|a few|the) )?(?:main )?(?:reasons?|ways?))(?: (?:briefly|in your own words|in detail))?,?\s+(?=(?:why|how)\b)/i, '', ['explain', 'describe', 'outline', 'discuss', 'state', 'reason', 'way']],
  // "A flip phone": a kind of phone, not a flip-flop on NATO.
  [/\bflip[- ]?phones?\b/gi, 'flipphone', ['flip']],
  // "Is it legit that…", "is that kosher": whether it's true.
  [/\b(is|was|'s|’s) (it|that|this) (?:legit|legitimate|kosher|dinkum|fair dinkum)\b/gi, '$1 $2 true', ['legit', 'kosher', 'dinkum']],
  // "Keen to know if…", "…, keen to know": a wish to know, which asks nothing more.
  [/^\s*(?:(?:i'm|i’m|im|i am|we're|we’re|we are) )?(?:really |very |super |dead )?keen to (?:know|hear|find out|learn|understand)(?: (?:whether|if|about))?\s*/i, '', ['keen']],
  [/[,;.]?\s*(?:(?:i'm|i’m|im|i am|we're|we’re|we are) )?(?:really |very |super )?keen to (?:know|hear|find out|learn)\s*([?.!]*)\s*$/i, '$1', ['keen']],
  // "Summit location?": where it was. "Timeframe for the meetings": the time they're over.
  [/\blocation\b/gi, 'place', ['location']],
  [/\btime ?frame\b/gi, 'time', ['frame']],
  // A claim checked: "Claim: … Verdict?", "Viral post: '…' True or false?", "Tweet: '…' Accurate?".
  [/^\s*(?:(?:the |a |this )?(?:viral |popular )?(?:claim|post|tweet|rumou?r|headline|caption|meme|thread|reddit post|facebook post|tiktok|screenshot|message)|someone (?:posted|tweeted|wrote|claims?|said))\s*(?:says?|claims?)?(?::|\s*[—–]|\s-)\s*/i, '', ['claim', 'post', 'tweet', 'rumo', 'headline', 'caption', 'meme', 'thread', 'tiktok', 'screenshot', 'message', 'someone']],
  [/([.!?'"”’])\s*(?:verdict|true or false|true or not|accurate|legit|real or fake|fact or fiction|correct|right|rating|fact check)\s*\?+\s*$/i, '$1', ['verdict', 'true', 'accurate', 'legit', 'real', 'fact', 'correct', 'right', 'rating']],
  // How a question is framed, not what it asks: "is it true that X" asks X; "according to the article" adds nothing.
  [/^\s*(?:so |ok |okay |wait |hey )?(?:is it|it's|its|was it) (?:true|accurate|correct|right|the case|fair to say|safe to say|right to say|accurate to say|correct to say) (?:that )?/i, 'did ', ['true', 'accurate', 'correct', 'right', 'the case', 'fair to say', 'safe to say', 'right to say', 'accurate to say', 'correct to say']],
  [/^\s*(?:so |ok |okay )?(?:does|did) (?:the|this) (?:article|story|report|piece) (?:actually |really |even )?(?:say|claim|report|state|mention) (?:that )?/i, 'did ', ['article', 'story', 'report', 'piece']],
  [/,?\s*\b(?:according to|per|based on) (?:this|the|that) (?:article|story|report|piece)\b,?/gi, ' ', ['article', 'story', 'report', 'piece']],
  // "The summit part, how long did it last?": the question first, then what it is about.
  [/^\s*((?:the|that|this|about|re|on|as for|regarding) [^,?:;]{1,80}?)\s*[,:;—–-]\s*((?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|was|were|has|have|had|can|could|will|would)\b[^?]*)(\??)\s*$/i, '$2 $1$3', ['the', 'that', 'this', 'about', 're', 'on', 'as for', 'regarding']],
  [/^\s*(?:with (?:reference|regard|respect) to|in (?:relation|respect|reference) to|further to|concerning)\s+([^,?:;]{1,80}?)\s*[,:;—–-]\s*((?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|was|were|has|have|had|can|could|will|would)\b[^?]*)(\??)\s*$/i, '$2 $1$3', ['reference', 'regard', 'respect', 'relation', 'further to', 'concerning']],
  // Requests and checks around a question: "can you tell me…", "…— is that in the article?", "I heard that…".
  [/^\s*(?:can|could|may|should) (?:i|we) (?:say|write|report|state|claim|print|assert)(?: that)? /i, 'did ', ['can', 'could', 'may', 'should']],
  [/\bwho(?:'s| is| was| are|s) (?:actually |really )?behind (?=(?:the |this |that )?(?:claim|claims|assertion|allegation|statement|line|report|idea|notion) that\b)/gi, 'who is the source for ', ['behind ']],
  [/\b(?:who(?:'s| is| was|s)|what(?:'s| is|s)) (?:the )?(?:source|sourcing|attribution|attribution line) (?:for|of|on|behind) (?!(?:the |this |all )?(?:story|article|report|piece|news|reporting|this|it)\b)/gi, 'who said ', ['source', 'sourcing', 'attribution', 'attribution line']],
  [/^\s*(?:is|are|was|were) (.+?) (?:quoted |cited |identified )?(?:by name|on the record)\b/i, 'what did $1 say', ['by name', 'on the record']],
  [/^\s*(?:hi|hey|hello|ok|okay|so)?[\s,]*(?:can|could|would|might) (?:you|u|someone|somebody|anyone) (?:please |pls |kindly )?(?:mind )?(?:(?:check|tell me|confirm|explain|say)\b[:,]?\s*)?(?:(?:if|whether)\s+)?(?:[:,—–-]\s*)?/i, '', ['can', 'could', 'would', 'might']],
  // A check asked as a command, "confirm the summit was in Belgium", "tell me whether Rutte kept his job": a claim
  // put to the story, as "is it true that…" puts it; the engine reads what is left of "confirm…" as a claim too
  // (CHECK_ASKED). (Not "confirm the date" or "check what Kelly said", which ask for a value: only a clause with
  // its verb.)
  [new RegExp(String.raw`${CHECK_ASKED.source}(?: for me)?(?: that| whether| if)? (?!(?:what|who|whom|whose|which|where|when|why|how)\b)(?=[^?.!]*\b(?:is|was|were|are|has|have|had|did|does|do|will|would|can|could|\p{L}{3,}ed)\b)`, 'iu'), '', ['confirm', 'verify', 'check']],
  [/^\s*(?:(?:please|pls|kindly|just|now)[,]?\s+)?(?:tell|let) (?:me|us)(?: know)? (?:whether|if) /i, 'is it true that ', ['tell', 'let']],
  // The civil service's "could you advise whether…", "kindly advise which…": a request to be told.
  [/^\s*(?:(?:could|would|can|will) you (?:please |kindly )?|(?:please|pls|kindly)[,]?\s+)?advise(?: (?:me|us))?(?: (?:on|as to))? (?:whether|if) /i, 'is it true that ', ['advise']],
  [/^\s*(?:(?:could|would|can|will) you (?:please |kindly )?|(?:please|pls|kindly)[,]?\s+)?advise(?: (?:me|us))?(?: (?:on|as to))?\s+(?=(?:what|who|whom|whose|which|where|when|why|how|in what|for what|by what)\b)/i, '', ['advise']],
  [/^\s*(?:(?:could|would|can|will) you (?:please |kindly )?|(?:please|pls|kindly)[,]?\s+)?advise(?: (?:me|us))?(?: (?:on|as to|of))?\s+(?=(?:the|a|an|his|her|their|its)\b)/i, 'what is ', ['advise']],
  // What is left of a request is often a question in a statement's order ("…advise what the President's number
  // is", "tell me who Anna Kelly is"): read in a question's.
  [/^\s*(what|who|whom|where|when)\s+(?!(?:is|was|are|were|did|does|do|has|have|had|can|could|would|will)\b)([^?]{3,80}?) (is|was|are|were)\s*([?.!]*)\s*$/i, '$1 $3 $2$4', [' is', ' was', ' are', ' were']],
  [/^\s*(?:i|we) (?:read|heard|saw|was told|were told|keep hearing)(?: somewhere| online| elsewhere)?(?: that)? /i, 'did ', ['read', 'heard', 'saw', 'was told', 'were told', 'keep hearing']],
  [/[\s,;:.—–-]*\b(?:is|was) (?:that|this|it) (?:true|right|correct|accurate|so|here|in here|in there|in (?:the|this) (?:article|story|piece|report))\s*\?*\s*$/i, '', ['is', 'was']],
  [/[\s,;:.—–-]*\b(?:where is it|can you check|pls check|please check|whereabouts|(?:where|whereabouts) (?:is|was) (?:that|this|it)(?: said)?(?: in (?:the|this) (?:article|story|piece|report))?)\s*\?*\s*$/i, '', ['where is it', 'can you check', 'pls check', 'please check', 'whereabouts', 'where']],
  [/^\s*(?:hi|hey|ok|so)?[\s,]*is there (?:a line|a part|a bit|a passage|anything|something|any mention|a mention|mention|a reference|any reference)(?: somewhere)?(?: in (?:the|this) (?:article|story|piece|report))? (?:about|on|regarding|of|saying) /i, 'what about ', ['is there ']],
  [/^\s*(?:is|are|was|were) (.+?),? (?:mentioned|named|discussed|covered|featured)\b(?: in (?:the|this) (?:article|story|piece|report))?(?:,? and (?:in what context|how|why|for what))?/i, 'what about $1', ['mentioned', 'named', 'discussed', 'covered', 'featured']],
  [/^\s*where (?:does|do|is|are) (.+?) (?:come up|appear|show up|get mentioned|mentioned|discussed)\b/i, 'what about $1', ['where ']],
  [/\bwhat(?:'s| is|s) the (?:deal|story|situation) with\b/gi, 'what about', [' the ']],
  [/^\s*(?:(?:give|tell) me |what(?:'s| is) )?(?:the |a |an )?(?:quick |short |brief |fast )?(?:gist|tl;?dr|summary|short version|rundown|lowdown|recap) (?:of|on) /i, 'what about ', ['of', 'on']],
  [/\b(?:the )?(?:basic |main |overall |general |big )?(?:gist|thrust|point|takeaway|message|upshot|picture) of (?:this|the) (?:piece|article|story|report|news)\b/gi, 'summary', [' of ']],
  [/\b(?:the )?(?:part|bit|section|passage|paragraph) (?:about|on|with|where|involving) /gi, ' ', ['part', 'bit', 'section', 'passage', 'paragraph']],
  [/\b(?:the|that|this) (?:line|sentence) about /gi, ' ', [' about ']],
  [/\beye[- ]?catching\b/gi, 'striking', ['catching']],
  [/\bin the eyes of\b/gi, 'according to', ['in the eyes of']],
  [/\bas well as\b/gi, 'and', ['as well as']],
  [/\bhalf a year\b/gi, 'six months', ['half a year']],
  [/\b(?:single|singles|singled|singling) out\b/gi, ' ', ['single', 'singles', 'singled', 'singling']],
  [/\b(?:pass|passes|passed|passing) (?:around|out|round)\b/gi, 'handed out', ['pass', 'passes', 'passed', 'passing']],
  // "Who reported this?", "who broke the story?": asks for the outlet ("report" alone is too common a word to count).
  [new RegExp(String.raw`${WHICH_OUTLET}(?: first)? (?:broke|reported|published|ran|covered)(?: (?:on|about))?\b[^?]*`, 'i'), 'which outlet reported the story', ['which', 'what']],
  [new RegExp(String.raw`${WHICH_OUTLET}(?: is| was)? (?:behind|responsible for|the source of|the source for) (?:the |this |that |all this |all the )?(?:story|news|report|reporting|piece|article|coverage)\b[^?]*`, 'i'), 'which outlet reported the story', ['behind', 'responsible for', 'the source of', 'the source for']],
  [/^\s*(?:so |ok )?(?:who|which (?:outlet|paper|site|publication|news outlet|media outlet))(?: first)? (?:broke|reported|published|ran|wrote up|put out|had(?= (?:this|that|it)\b| (?:the|this) (?:story|news|report|piece|article)\b))(?: (?:this|that|it|the (?:story|news|report|piece|article)|this (?:story|news|report|piece|article)))?\b/i, 'which outlet reported the story', ['who', 'which ']],
  [/\b(?:pick|picks|picked|picking) up (?:the |a |an |his |her |that )?(?:[\p{L}-]+ )?(call|phone|ring)\b/giu, 'took the $1', ['pick']],
  [/\b(?:blow|blows|blowing|blew|blown) up (?:[\p{L}']+ )?(?:phone|phones|line|lines|dms|inbox|cell|mobile)\b/giu, 'calling and texting', ['blow', 'blew']],
  [/\bmid[- ](?=\p{L})/giu, 'during ', ['mid']],
  [/\bexcuse me\b,?/gi, ' ', ['excuse me']],
  [/\b(?:falling|fall|fell|tripping|trip|tripped) over (?:themselves|each other|one another)\b/gi, 'scrambling', ['themselves', 'each other', 'one another']],
  [/\b(?:new|latest|changed) take on\b/gi, 'changed stance on', [' take on']],
  [/\bu[\s-]?turn(s|ed)?\b/gi, 'reversal', ['turn']],
  [/\b(?:compared (?:to|with)|versus|vs\.?|than) what (?:the public|people|anyone|everyone|most people|we|you) (?:thinks?|knows?|realizes?|realises?|assumes?|believes?|imagines?)\b/gi, 'more than anyone realizes', [' what ']],
  [/\b(?:does|do|did) (?:the public|people|anyone|everyone|most people) (?:know|realize|realise|understand|grasp)\b/gi, 'does anyone realize', ['the public', 'people', 'anyone', 'everyone', 'most people']],
  // "Do the calls deal with specific matters?": what calls and talks deal with is what they are about.
  // ("His calls with foreign counterparts deal with policy": who the calls are with may come between.)
  [/\b(calls|conversations|talks|chats|discussions|exchanges|messages|texts)((?: (?:with|to|between)(?: [\p{L}'’]+){1,3}?)?) (?:(?:mostly|mainly|largely|often|really|actually|also|just|only) )?(?:deal|deals|dealt|dealing) with\b/giu, '$1$2 about', [' with']],
  // "How are leaders dealing with Trump?" is handling him; "a trade deal with the UK" is a deal.
  [/\b(?:dealing|dealt) with\b|\b(?<!\b(?:a|an|the|trade|tariff|reduction|any|this|that|new|big|good|bad) )deals? with\b/gi, 'handling', [' with']],
  // "Leaders' dealings with Trump": their relations with him, not a deal.
  [/\bdealings\b/gi, 'relations', ['dealings']],
  [/\bat the (?:very )?top\b(?! of)/gi, 'in the headline', ['at the ']],
  [/\b(?:be |being |get |gets |got |getting )?used against\b/gi, 'weaponized', ['used against']],
  [/^\s*(?:quote me|give me|what are|what were) ([\p{L}-]+?)(?:'s|s)? (?:own |exact )?(?:words|quote|quotes) (about|on)\b/iu, 'what did $1 say $2', ['quote me', 'give me', 'what are', 'what were']],
  // "Quote me Rutte's texts word for word": what the texts said.
  // "Quote me the effusive text Rutte sent to Trump": what Rutte's texts said.
  [/^\s*(?:(?:can|could) you )?(?:pls |please )?(?:quote|read out|read)(?: me| us)? (?:the |an? )?(?:actual |exact |full |real )?(?:effusive |private |whatsapp |gushing )?(?:texts?|text messages?|messages?|whatsapps?|dms?) ([\p{L}.-]+) (?:sent|wrote|texted|messaged)\b(?: (?:to )?[\p{L}.-]+)?/iu, "what did $1's texts say", ['quote', 'read']],
  [/^\s*(?:(?:can|could) you )?(?:pls |please )?(?:quote|read out|read)(?: me| us)? (?:the )?(?:actual |exact |full |real )?(?:(?:words|wording|text|content|contents) (?:in|of|from) )?((?:[\p{L}.-]+(?:'s|’s|s'|’) )?(?:whatsapp |text |private |effusive )?(?:texts|text messages|messages|whatsapps|dms))\b(?: word for word| verbatim| in full| exactly)?/iu, 'what did $1 say', ['quote', 'read out', 'read']],
  [/\bin return\b/gi, 'back', ['in return']],
  // "What did the White House say back?": its response.
  [/\b(?:say|says|said|saying|write|writes|wrote|respond|responds|responded|reply|replies|replied|hit|hits) back\s*(?=[?.!]*\s*$)/gi, 'respond', [' back']],
  // "What example does the article give?": what it has (the giving says nothing).
  [/\b((?:does|do|did) (?:the |this )?(?:article|story|piece|report|write-?up)) (?:give|offer|provide|present|supply)\b/gi, '$1 cite', ['article', 'story', 'piece', 'report', 'write']],
  [/^\s*(?:please )?(?:name|list) (?:all |every |each )?(?:the |of the )?(?=(?:[\p{L}-]+ )?(?:leaders?|heads of state|heads of government|politicians)\b)/iu, 'which ', ['name', 'list']],
  // "List the countries the article mentions": which countries (the listing says nothing).
  [/^\s*(?:please |pls |can you |could you )?(?:list|enumerate|tabulate) (?:out )?(?:for me )?(?:all |every |each )?(?:the )?(?!of\b)(?=\p{L})/iu, 'which ', ['list', 'enumerate', 'tabulate']],
  [/\b(?:pays?|paid|paying) off\b/gi, 'payoff', [' off']],
  [/\b(?:across the board|in (?:every|each) (?:single )?(?:case|instance)|in all (?:cases|instances)|universally)\b/gi, 'in all cases', ['across the board', 'every', 'each', 'in all ', 'universally']],
  // A newsroom's delivery notes: how long and for what, not what about.
  [/,?\s*\b(?:in|as) (?:like |about |just )?(?:a few|few|a|an|one|two|three|four|five|\d+)(?: or (?:two|three|four|five|\d+))? (?:short |quick |single )?(?:sentences?|lines?|words?|tweets?|bullets?|bullet points?|paragraphs?)(?: or (?:two|three|so))?\b/gi, ' ', ['sentence', 'line', 'word', 'tweet', 'bullet', 'bullet point', 'paragraph']],
  [/,?\s*\bfor (?:the|a|an|our|my) (?:client(?:'s|s'|’s)? )?(?:(?:top|end|start|middle|close) of the (?:bulletin|package|show|segment|hour|programme|program|broadcast)|on-screen caption|(?:quiz )?intro|(?:civics |history |politics |school )?(?:homework|project|assignment|essay|class|seminar|lecture|lesson|exam|revision)(?: notes)?|lecture notes|study group|book club|presentation|handout|quiz|thread|blog|worksheet|script|brief|briefing note|risk register|timeline|update|note|newsletter|social card|social post|social|card|tweet|post|push alert|push|alert|homepage|chyron|caption|graphic|promo|podcast|segment|show|slack|channel|lower[- ]third|cold open|intro(?: read)?|package|bulletin|on-screen graphic|screen|deck|exec deck|slide|slides|board|team|leadership|execs|exec team|c-suite|all-hands|standup|stand-up|editors?|boss|bosses|producers?|readers|listeners|viewers|audience|followers|subscribers|colleagues|newsroom|desk|briefing|memo|one-pager|dateline|byline|standfirst|sidebar|fact ?box|explainer(?: box)?|box|pull[- ]?quote|attribution(?: line)?|live ?blog|blog post|sub-?head)(?: (?:graphic|card|post|slide|slot|segment|read|script|copy|item))?\b/gi, ' ', ['for ']],
  [/^\s*(?:quick check|fact[- ]?check(?:ing)?|sanity check|before we (?:post|publish|run (?:it|this)))\b[^:—–-]*[:—–-]\s*/i, '', ['quick check', 'check', 'sanity check', 'before we ']],
  [/^\s*(?:social|the desk|my editor|the editor|the producer|the boss|legal)(?: team)? (?:wants|needs|asks?|asked)(?: for)?(?: an?)?(?: (?:one-line|short|quick|punchy))? (?:hook|line|summary|quote|blurb|answer)?\s*[:—–-]?\s*/i, '', ['social', 'the desk', 'my editor', 'the editor', 'the producer', 'the boss', 'legal']],
  [/\b(?:say|said|tell|told) (?:to )?(him|her|them|\p{L}+) (?=after\b)/giu, 'discuss with $1 ', ['after']],
  [/\bgood books\b/gi, 'good graces', ['good books']],
  // "What do the calls turn into?": what they become. ("Can be turned into" is something done to them.)
  [/(?<!\b(?:be|been|being) )\bturn(?:s|ed|ing)? into\b/gi, 'become', [' into']],
  // "Starmer's title as written": as the story gives it.
  [/,?\s*\bas (?:written|printed|worded|spelled|spelt|given)(?: in (?:the |this )?(?:article|story|piece|report))?\b/gi, ' ', ['written', 'printed', 'worded', 'spelled', 'spelt', 'given']],
  [/\bkick(?:s|ed|ing)? off\b/gi, 'started', ['kick']],
  // "His first time in the White House" is his first term, not something the White House did.
  [/\b(time|term|stint|years?|days) in (?:the )?(?:white house|oval office)\b/gi, '$1 in office', ['white house', 'oval office']],
  [/\bcount(?:s|ed|ing)? on\b/gi, 'rely on', ['count']],
  // "Is the flattery thing real?" asks whether it is true; "what's the business with X?" asks about X.
  [/\b(is|are|was|were) (?:it |that |this |they )?(?:actually |really )?(?:real|legit)\s*(?=\?|$)/gi, '$1 true', ['real', 'legit']],
  [/\bwhat(?:'s| is|s) (?:the|all the|this) (?:business|craic|fuss|story|thing) (?:about|with|over)\b/gi, 'what about', ['what']],
  [/\bpost-(?=\p{L})/giu, 'after ', ['post-']],
  // "What's the point of the flattery?" asks its purpose; "how much does he talk to them?" how often.
  [/\bwhat(?:'s| is| was|s) the (?:whole )?point of\b/gi, 'what is the purpose of', ['point of']],
  [/\bhow much (?=(?:does|did|do|is|was|has|have) [\p{L}' ]+? (?:talk|talks|talking|speak|speaks|speaking|chat|chats|chatting|call|calls|calling|text|texts|texting|message|messages|messaging|communicate|communicating)\b)/giu, 'how often ', ['how much']],
  // "What are the calls mostly about?" asks their topics ("about" alone says nothing).
  [/\bwhat (?:are|were|is|was) (?:the |these |those |their |his |trump's )?((?:phone )?(?:calls?|chats?|conversations?|talks?))(?: with (?:the )?(?:world |foreign )?leaders)? (?:mostly |usually |really |actually |generally |mainly |typically |normally )?about\b/gi, 'what topics come up on the $1', ['what ']],
  [/\bwhat (?:do|did|does) (?:the |these |those |their |his |trump's )?((?:phone )?(?:calls?|chats?|conversations?|talks?))(?: with (?:the )?(?:world |foreign )?leaders)? (?:mostly |usually |really |actually |generally |mainly |typically |normally )?cover\b/gi, 'what topics come up on the $1', ['what ']],
  [/\b(?:the )?source (?:of|for|behind) (?:the |this |all )?(?:story|article|report|piece|news|reporting|this|it)\b/gi, 'which outlet reported the story', ['source ']],
  // "Where does this story come from?", "where did the article get this?", "how do they know all this?"
  [/\bwhere (?:does|did|do) (?:this|all this|this all|it|the (?:story|article|piece|news|info|information|report)|this (?:story|article|piece|news|info|information|stuff))(?: all)? (?:come|comes|came|coming) from\b/gi, 'which outlet reported the story', ['where ']],
  [/\bwhere (?:is|was|'s) (?:this|all this|the (?:story|article|piece|news|info|information)|this (?:story|article|piece|news|info|information|stuff))(?: all)? from\b/gi, 'which outlet reported the story', ['where ']],
  [/\bwhere (?:does|did) (?:the|this) (?:article|story|piece|writer|author|reporter|outlet) get (?:this|that|it|all this|its (?:info|information|facts)|the (?:info|information|facts)|this (?:info|information))(?: from)?\b/gi, 'which outlet reported the story', ['where ']],
  [/^\s*how (?:do|does|did) (?:they|we|you|the (?:article|story|piece|writer|author|reporter)) know (?:this|that|all this|any of this|it)\b/gi, 'which outlet reported the story', [' know ']],
  // "Is this all from some report?", "does the story come from a report?"
  [/^\s*(?:is|was|are) (?:this|it|all this|this all|all of this|the (?:story|article|piece|news)|this (?:story|article|piece|news))(?: all)? (?:from|based on|sourced (?:from|to)|taken from|drawn from) (?:a |an |some |another |one |the )?(?:single |particular |specific |other |outside )?(?:report|outlet|source|publication|paper|newspaper|news ?outlet|other outlet)\b/gi, 'which outlet reported the story', ['report', 'outlet', 'source', 'publication', 'paper', 'newspaper', 'other outlet']],
  [/\b(?:does|did|do) (?:this|the|all this) (?:story|article|piece|news|stuff)(?: all)? (?:come|comes|came) from (?:a |an |some |another |one |the )?(?:particular )?(?:report|outlet|source|publication|paper|newspaper)\b/gi, 'which outlet reported the story', [' from ']],
  [/^\s*(?:this|the) (?:story|article|piece|news)(?: all)? (?:comes?|came|is|was) (?:from|based on) (?:a |an |some |another |one |the )?(?:particular )?(?:report|outlet|source|publication|paper|newspaper)\b/gi, 'which outlet reported the story', ['report', 'outlet', 'source', 'publication', 'paper', 'newspaper']],
  // "source?", "where's this all sourced from?", "is this sourced to a report?": where the story comes from.
  [/^\s*(?:the |its |ur |your )?source\s*\??\s*$/gi, 'which outlet reported the story', ['source']],
  [/\b(?:where(?:'s| is| was)?|is|was) (?:this|all this|this all|the story|the article|the piece)(?: all)? (?:sourced|based|coming)(?: (?:to|on|from|off))?\b/gi, 'which outlet reported the story', ['sourced', 'based', 'coming']],
  // A reading worksheet's framing: "the author suggests" is the article; "what can the reader infer" asks what it says.
  [/\b(?:the )?(?:author|writer|journalist|reporter)(?:'s)?(?= (?:suggests?|says?|said|describes?|described|claims?|claimed|impl(?:y|ies|ied)|uses?|used|means?|meant|mentions?|mentioned|notes?|noted|argues?|argued|characteri[sz]es?|portrays?|explains?|presents?|quotes?|quoted|cites?|cited|points?|want|wants|refers?|highlights?)\b)/gi, 'the article', ['author', 'writer', 'journalist', 'reporter']],
  [/^\s*what (?:can|could|might|does|do|should) (?:the reader|readers|we|you|one|i) (?:infer|conclude|deduce|gather|learn|take away|understand|tell)\b/i, 'what does the article say', ['what ']],
  [/^\s*(?:please )?identify (?:the )?/i, 'who is the ', ['identify ']],
  [/\bby[- ]the[- ]book\b/gi, 'conventional', ['book']],
  [/\bself[- ](?:image|esteem|regard|worth|importance)\b/gi, 'ego', ['image', 'esteem', 'regard', 'worth', 'importance']],
  [/\b(?:(?:one|1)[- ]on[- ](?:one|1)|head[- ]to[- ]head)(?= (?:meetings?|sessions?|talks|sit-?downs?|summits?)\b)/gi, 'bilateral', ['on', 'head']],
  [/\ban? (?:bad|raw|lousy|terrible|poor) deal\b/gi, 'a rip-off', [' deal']],
  // "When was the summit, relative to the article?": when the story says, not when it was written.
  [/,?\s*\brelative to (?:the (?:article|story|piece|report)|when (?:this|it|the (?:article|story|piece|report)) was (?:written|published))\b/gi, ' ', ['relative to ']],
  // "What did they talk about after the greeting?": what was discussed, not the talking.
  [/\b(?:talk|talked|talking|chat|chatted|chatting|speak|spoke|speaking) about (?=after\b|next\b|then\b|afterwards?\b)/gi, 'discuss ', [' about ']],
  // "What motivated Trump to post them?" asks why.
  [/^\s*what (?:motivated|prompted|drove|caused|made|led|pushed|inspired|possessed) (.+?) to (?=\p{L})/iu, 'why did $1 ', ['what ']],
  // "In plain English", "eli5": how to answer, not what about.
  [/,?\s*\b(?:in (?:simple|plain|easy|basic|everyday|normal|layman'?s?) (?:words|english|terms|language)|eli5|explain (?:it |this )?like (?:i'?m|im|i am) (?:five|5|a (?:child|kid|five[- ]year[- ]old)))\b,?/gi, ' ', ['words', 'english', 'terms', 'language', 'eli5', 'explain ']],
  [/\b(?:the )?(?:opening|first|top|lead|lede|introductory|initial) (?:paragraph|para|graf|line|lines|sentence)\b/gi, 'the headline', ['paragraph', 'para', 'graf', 'line', 'lines', 'sentence']],
  [/\b(?:in |at )?the (?:very )?(?:opening|beginning|start|outset|top|first lines?) of (?:the |this )?(?:article|story|piece|report|write-?up)\b|\bat the (?:outset|start|beginning)\b(?! of)/gi, 'in the headline', ['article', 'story', 'piece', 'report', 'write', 'at the ']],
  // "The claim the piece opens with", "how the article ends": where in it, not a word of what it says.
  [/\b(?:the |this )?(?:article|story|piece|report|write-?up) (?:opens?|starts?|begins?|leads? off|kicks? off) (?:with|on|by)\b/gi, 'in the headline', ['article', 'story', 'piece', 'report', 'write']],
  [/\b(?:the |this )?(?:article|story|piece|report|write-?up) (?:ends?|finish(?:es)?|closes?|wraps? up|concludes?) (?:with|on|by)\b|\bhow (?:the |this )?(?:article|story|piece|report|write-?up) (?:ends|finishes|closes|wraps up|concludes)\b/gi, 'at the end', ['article', 'story', 'piece', 'report', 'write']],
  [/\b(?:a )?(?:big|huge) deal\b/gi, 'telling', [' deal']],
  // "What two changes did the official point to?", "the two presidents": a count that only points at what the
  // story has (how many is asked with "how many").
  [/\b(the|which|what|these|those) (?:two|2|both)\b(?= \p{L})(?! (?:heads?|presidents?|leaders?|men|guys|politicians|of them)\b)/giu, '$1', ['two', ' 2', 'both']],
  // "The language used in the piece", "informal language to describe them": its wording (not a tongue spoken).
  [/\blanguage(?= (?:used|to (?:describe|characteri[sz]e|portray|depict)|for (?:the|them|him|her|it|this|that|these|those))\b)/gi, 'wording', ['language']],
  // "100% personal", "a hundred percent chit-chat": wholly so, not a figure the story gives.
  [/(?<![\p{L}\p{N}.])(?:100 ?(?:%|percent\b|per cent\b)|(?:a|one) hundred (?:percent|per cent)\b)/giu, 'entirely', ['100', 'hundred']],
  // "How does the White House rate his relationships?": how it judges them, which is what it says of them (not a
  // rate asked for as a figure).
  [/\bhow (do|does|did) ([^?]+?) rate\b/giu, 'how $1 $2 describe', ['rate']],
  // "At the center of the story", "at the heart of the greeting story": in it.
  [/\b(?:at|in) the (?:very )?(?:cent(?:er|re)|heart) of\b/gi, 'in', ['center', 'centre', 'heart']],
  // "On a first-name basis", "on first-name terms": calling each other by first name.
  [/\bon (?:a )?first[- ]name (?:basis|terms)\b/gi, 'by first name', ['first']],
  // "Their golf date", "a golf date in Scotland": a round arranged, not a day on the calendar.
  [/\bgolf dates?\b/gi, 'golf', ['golf date']],
  // "A round on the links": golf. (Alone, "link" joins two things: "what does the article link to the summit?")
  [/\bthe (?:golf )?links\b/gi, 'golf', ['links']],
  // "Which sports come up in the Starmer section?", "which leader features in the report?": where something
  // is in the story frames the question; it asks what is mentioned, not about appearing. (So does "come up" at
  // the end: "which countries' leaders come up?")
  [/\b(?:appears?|appeared|appearing|features?|featured|featuring|(?:comes?|came|coming|crops?|cropped|pops?|popped|shows?|showed|turns?|turned) up)\b(?= (?:in|within|across) (?:the|this) (?:[\p{L}'-]+ )?(?:article|story|piece|report|section|text|write-?up|paragraph|para|lede|headline)\b|\s*[?.!]*\s*$)/giu, 'mentioned', ['appear', 'appeared', 'appearing', 'feature', 'featured', 'featuring', ' up']],
  [/\b(?:comes?|came|coming) up\b/gi, 'discussed', ['come', 'came', 'coming']],
  // "What time of day" asks when (late at night); "what time of night" asks the hour.
  [/\bwhat time of (?:the )?day\b/gi, 'when', ['what time of ']],
  [/\btime of (?:the )?day\b/gi, 'time', ['time of ']],
  // ("Bigger than the public thinks", "more numerous than is publicly known": the same, said of an amount.)
  [/\b(?:more|bigger|greater|larger|higher)(?: (?:numerous|frequent|frequently|often|common|extensive|widespread|regular|regularly))? than (?:anyone|anybody|people|ppl|most people|everyone|we|you|the public|the (?:general |wider )?public) (?:realizes?|realises?|thinks?|knows?|imagines?|suspects?|assumes?)\b/gi, 'more than anyone realizes', [' than ']],
  [/\b(?:more|bigger|greater|larger|higher)(?: (?:numerous|frequent|frequently|often|common|extensive|widespread|regular|regularly))? than (?:is |was |has been )?(?:publicly |widely |generally )?(?:known|reported|acknowledged|realized|realised)\b/gi, 'more than anyone realizes', [' than ']],
  // "Does the public fully grasp how often he talks to leaders?": what anyone realises, not something made public.
  [/\b(?:the )?(?:general |wider |broader )?public(?= (?:(?:fully|really|actually|properly|truly|even|generally|widely) )?(?:knows?|realizes?|realises?|grasps?|appreciates?|understands?|thinks?|is aware|are aware|underestimates?|assumes?|imagines?|suspects?)\b)/gi, 'anyone', ['public']],
  [/\b(?:first|last|full|given|sur)[ -]?names?\b/gi, 'name', ['name']],
  [/\b(?:end|ends|ended|ending|wind|winds|wound) up\b/gi, ' ', [' up']],
  [/\bbehind closed doors\b/gi, 'privately', ['behind closed doors']],
  // "Who does Kelly report to?" asks for a boss (the story names none), not for what she told a reporter.
  [/\b(who|whom) (does|did|do) (.+) reports? to\b/gi, '$1 $2 $3 boss', [' report']],
  // "The person listening" is the listener.
  [/\b(?:person|people|ppl|one|ones|those|someone|somebody|guy|witness|witnesses) (?:(?:who was|who were|who is|who are) )?listening\b(?! in)/gi, 'listener', ['listening']],
  // "What do they talk about?" asks what is discussed.
  // ("What is the article talking about?" asks for a summary; "talked about less friction" quotes someone.)
  [/(?<!\b(?:article|story|piece|report|text|it|this)\b[^?]*)\b(?:talk|talks|talked|talking|chat|chats|chatted|chatting|speak|speaks|spoke|speaking) about(?=\s*(?:on|in|during|with|when|over|at|[?.!]|$))/gi, 'discuss', [' about']],
  // "An England game", "a Scotland match": a national side's game, not a country's leader.
  [/\b(?:an? )?(?:england|english|scotland|scottish|wales|welsh|france|french|britain|british) (game|match|fixture)\b/gi, 'a national team $1', [' game', ' match', ' fixture']],
  // "Did Starmer say yes to the invite?", "…to the golf?" ask whether he accepted it.
  [/\b(?:say|says|said|saying) yes to\b(?= (?:the |an? |his |her |their |that |this |trump's )?(?:golf\b|(?:golf )?(?:invite|invitation|offer|deal|proposal|request|trip|round)))/gi, 'accept', [' yes to']],
  [/\b(?:(?:say|says|said|saying) no to|turn(?:s|ed|ing)? down)\b(?= (?:the |an? |his |her |their |that |this |trump's )?(?:golf )?(?:invite|invitation|offer|deal|proposal|request|trip|round))/gi, 'decline', [' no to', ' down']],
  // "The White House's side of this": its response.
  [/(['’]s|s['’]) (?:side of (?:this|it|things|the story|all this)|side)(?= of (?:this|it|things|the story|all this)\b|\s*[?.!]|$)/giu, '$1 response', ['side of ', 'side']],
  // "More or less than people think?", "less than we think or way more?": a choice of amount ("more" is a
  // stopword), not the "less" of "less friction".
  [/\b(?:more or less|less or more)\b/gi, 'more', ['more or less', 'less or more']],
  [/\bless (than [^?,;]{1,40}?,? or (?:(?:way|much|far|a lot) )?more)\b/gi, 'more $1', ['less ']],
  // "How much is Trump on the phone with leaders?": how much he talks to them.
  [/\b(is|are|was|were|been|be) ((?:[\p{L}'’]+ ){0,2})on the (?:phone|line|blower) (?:with|to)\b/giu, '$1 $2talking to', ['on the ']],
  // "Describe the tone of Rutte's texts": how they are described.
  [/\b(?:the |their |its |his )?(?:tone|mood) of (?=(?:the |these |those |his |their |[\p{L}'’]+['’]s )?[\p{L}])/giu, '', ['tone of', 'mood of']],
  // Short forms of titles, so "the french pres" is the French president.
  [/\b(?:pres|prez)\b\.?/gi, 'president', ['pres', 'prez']],
  // "Summarise it real quick": how fast, not what about. ("Right before the summit": just before it.)
  [/,?\s*\b(?:real|super|really) quick(?:ly)?\b/gi, ' ', ['quick']],
  [/\bright (before|after|away|now|then|at the (?:start|end|top|beginning))\b/gi, '$1', ['right ']],
  // "In what form did he share them?", "by what means…": how.
  [/\b(?:in|by|through|via|using) what (?:form|way|means|medium|manner|mode|fashion|sense)\b/gi, 'how', ['what ']],
  // "Who exactly is the adviser?": who the adviser is.
  [/^(\s*who) (?:exactly|precisely|specifically|actually|really|even) (is|are|was|were)\b/i, '$1 $2', ['who']],
  // Formal English: "his Christian name", "to what end", "concerned with", "a species of agreement", "heard it
  // with his own ears", "brought these matters to light", "maintained that", "the whole account".
  [/\bchristian name\b/gi, 'first name', ['christian']],
  // "Where Trump is concerned", "as far as NATO is concerned": about him, about it.
  [/\b(?:where|as far as) ([\p{L}' .-]{1,30}?) (?:is|are|was|were) concerned\b/giu, 'about $1', ['concerned']],
  [/\bfurnish(?:es|ed|ing)? (me|us) with\b/gi, 'give $1', ['furnish']],
  // ("Chiefly" is "mainly": as a word it would stem to "chief", a word for a leader.)
  [/\bchiefly\b/gi, 'mainly', ['chiefly']],
  [/\bto what end\b/gi, 'why', ['to what end']],
  [/\b(?:(?:chiefly|mainly|primarily|principally|largely|mostly) )?(?:concerned|preoccupied) (?:solely |only |chiefly |mainly |primarily |entirely |purely |largely )?with\b/gi, 'about', ['concerned', 'preoccupied']],
  [/\b(?:species|variety) of\b/gi, 'kind of', ['species', 'variety']],
  // Outlets by their short names: "the New York Times" is "NYT", one word, as an outlet's name is. (Before the
  // rules below that read "was it the Washington Post that reported it?" as asking which outlet.)
  [/\b(?:the )?new york times\b/gi, 'NYT', ['york']],
  [/\b(?:the )?washington post\b/gi, 'WaPo', ['washington']],
  [/\b(?:the )?wall street journal\b/gi, 'WSJ', ['wall street']],
  // "Did the texts stay private?", "were they kept confidential?": whether they were made public.
  [/\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept|keeping|be kept) (?:(?:strictly|totally|completely|entirely|fully) )?(?:private|confidential|secret|under wraps)\b/gi, 'not made public', ['private', 'confidential', 'secret', 'under wraps']],
  // "Was it the NYT that broke this?", "did CNN report it?", "I thought the BBC had this story": which outlet reported it.
  [new RegExp(String.raw`^\s*(?:is|was) it ${AN_OUTLET}(?: or ${AN_OUTLET})? (?:that|who|which) (?:first )?(?:reported|broke|published|had|ran|covered|wrote)\b(?: (?:this|that|it|the|this) (?:story|report|news))?(?: (?:on|about) (?!(?:a |an |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d))[^?]*)?`, 'i'), 'which outlet reported the story', [' it ']],
  [new RegExp(String.raw`^\s*(?:did|does) ${AN_OUTLET} (?:first )?(?:report(?:ed)?|break|broke|publish(?:ed)?|run|ran|cover(?:ed)?|write|wrote|have|had) (?:(?:the|this|that) (?:story|news|report|piece|article)|this|it|that|all this)(?=\s*[?.!,]|\s*$)`, 'i'), 'which outlet reported the story', ['did', 'does']],
  [new RegExp(String.raw`\bi (?:thought|heard|read|assumed) (?:that )?${AN_OUTLET} (?:reported|broke|published|had|ran|wrote) (?:(?:the|this|that) (?:story|news|report|piece|article)|this|it|that|all this)\b`, 'i'), 'which outlet reported the story', ['thought', 'heard', 'read', 'assumed']],
  [new RegExp(String.raw`^\s*(?:is|was) (?:this|it|all this|this all|all of this|the (?:story|article|piece|news|report)|this (?:story|article|piece|news|report))(?: all)? (?:from|by|based on|sourced (?:from|to)|taken from|drawn from) ${AN_OUTLET}(?=\s*[?.!,]|\s*$)`, 'i'), 'which outlet reported the story', OUTLET_NAMES],
  [new RegExp(String.raw`^\s*(?:this|the) (?:story|article|piece|news|report)(?: all)? (?:comes?|came|is|was) (?:from|by|based on) ${AN_OUTLET}\b`, 'i'), 'which outlet reported the story', ['story', 'article', 'piece', 'news', 'report']],
  [new RegExp(String.raw`\b(?:the )?(?:outlet|paper|newspaper|publication) behind (?:this|the) (?:report|story|article|piece|news)(?: (?:was|is))? ${AN_OUTLET}\b`, 'i'), 'which outlet reported the story', [' behind ']],
  // "What kind of phone does he use?", "which model of handset?": the make of a device, which a news story
  // like this one rarely gives; asked as its brand, a detail the fact must give.
  [/\b(?:kinds?|types?|sorts?|makes?|models?) of (?=(?:(?:cell|mobile|smart) ?)?(?:phones?|devices?|handsets?|mobiles?)\b)/gi, 'brand of ', ['phone', 'device', 'handset', 'mobile']],
  [/\bwith (?:his|her|their|one's|my|its) own ears\b/gi, 'firsthand', ['own ears']],
  [/\b(?:brought|bring|brings|bringing) (?:[\p{L}-]+ ){0,3}to light\b/giu, 'reported', ['to light']],
  [/\bmaintain(?:s|ed|ing)? that\b/gi, 'said that', ['maintain']],
  [/\b(?:this|the) (?:whole |entire )?account\b(?! of)/gi, 'the story', ['account']],
  [/^\s*(?:up)?on (whose|what|which) ([\p{L}-]+(?: [\p{L}-]+)?) (?:does|do|did|is|are) (?:the story|this|it) (?:rest|rely|depend|draw)\s*(\?*)\s*$/iu, '$1 $2 is the story based on$3', ['whose', 'what', 'which']],
  [/\baccount of\b/gi, 'description of', ['account of']],
  [/\btabulate\b/gi, 'list', ['tabulate']],
  // "What number did she throw out?": cite it. "Did they just throw his name in?": mention him.
  [/\b(?:throw|throws|threw|thrown|throwing|toss|tosses|tossed|tossing) (?:out|around)\b/gi, 'cite', ['throw', 'threw', 'toss']],
  [/\b(?:throw|throws|threw|thrown|throwing) (his|her|their|the) names? in\b/gi, 'mention $1 name', ['throw', 'threw']],
  // "Leader-level calls": the level is no detail of the story. (A "high-level" or "top-level" takeaway was
  // dropped whole above.)
  [/\b(\p{L}+)-level\b/giu, '$1', ['-level']],
  // Slang: "rizzing him up" is flattering him, "less beef" less friction, "the wildest example" the most
  // striking one.
  // (The verb only: "how do I get more rizz" asks nothing of the story.)
  [/\brizz(?:ing|ed|es|(?= (?:him|her|them|trump|the president) up\b))( (?:him|her|them|trump|the president))?(?: up\b)?/gi, 'flattering$1', ['rizz']],
  [/\b(less|more|no|any|some|much|little|the|their|had|have|has) beef\b/gi, '$1 friction', [' beef']],
  [/\b(?:wildest|craziest|worst|weirdest|strangest|oddest|most (?:extreme|outrageous|egregious|shocking|shameless|blatant|embarrassing|cringe(?:worthy|y)?)|best|clearest|prime|go-to) example\b/gi, 'most striking example', ['example']],
  // A wh-question dictated with a closing "right" and no comma ("which french leader is the example here right").
  [/^(\s*(?:which|what|who|where|when|how|why)\b(?:\s+\S+){3,}?)\s+right\s*[?.!]*\s*$/i, '$1?', ['right']],
  // Machine-translated word order: "for why" is why, "what said Macron" what did Macron say.
  [/^\s*for why\b/i, 'why', ['for why']],
  [/^\s*what (said|told|wrote|replied|answered) ([\p{L}'’ ]+?) (to|about)\b/iu, 'what did $2 $1 $3', ['what ']],
  // Sports and chat idioms: "putting points on the board" is getting results, a "game plan" a strategy,
  // "sliding into his DMs" messaging him.
  [/\b(?:put|puts|putting) (?:any )?points on the board\b/gi, 'getting results', ['points on']],
  [/\bgame ?plan\b/gi, 'strategy', ['plan']],
  // "The source for the claim that Trump gave out his number": the claim is what follows, not Kelly's claiming.
  [/\b(?:the|this|that|a) (?:claim|claims|assertion|allegation|statement|line|report|idea|notion) that\b/gi, 'the report that', ['that']],
  // "Do they get anything for it?", "did it get anyone anything?": whether it brings results.
  [/\b(?:get|gets|got|getting|gain|gains|gained|gaining)\s+(?:(?:anyone|anybody|them|him|leaders|they|us)\s+)?(?:anything|something)(?:\s+(?:for it|out of it|from it|in return|back))?\b/gi, 'getting results', ['thing']],
  [/\bslid(?:e|es|ing)? into (?:[\p{L}'’]+ )?(?:dms?|inbox|texts|phone)\b/giu, 'messaging', ['slid']],
  [/\bslid(?:e|es|ing)? into (?:[\p{L}'’]+ )?(?=whatsapp\b)/giu, 'messaging on ', ['slid']],
  // "What are leaders using his direct line for?", "what does it get used for these days?": the purpose it
  // serves. (Not "used for flattery": what follows names it.)
  [/\b(using|use|uses|used) ((?:[\p{L}'’-]+ ){0,6}?)for(?=\s*(?:[?.,!]|$|these days\b|now\b|nowadays\b|today\b|according\b))/giu, '$1 $2for what purpose', ['us']],
  // ("How are leaders using his number these days?", "how is it put to use now?": to what purpose, too.)
  [/^(\s*how (?:are|is|do|does|did|were|was) [^?]{1,60}?\b(?:using|put to use))\b(?![^?]*\bfor\b)/iu, '$1 for what purpose', ['how']],
  // "…, I need it for a group chat": what the answer is for, not what it is.
  [/[,;.]?\s*\b(?:i|we) need (?:it|this|that|one|the quote) for (?:a|an|the|my|our) [\p{L} -]{1,40}?\s*([?.!]*)\s*$/iu, '$1', ['need ']],
  // "…, I'm not reading the whole thing", "I don't have time to read it all": why they ask, not what.
  [/[,;.!?]?\s*\b(?:i'?m|im|i am|i) (?:not|don'?t|do not|can'?t|cannot|won'?t)(?: have (?:the )?time to| going to| gonna)? (?:read|reading)(?: all (?:of )?(?:that|this|it)| it all| the whole (?:thing|article|story|piece)| it)?\s*([?.!]*)\s*$/iu, '$1', ['read']],
  // "…, just to be sure": why they ask, not what.
  [/,?\s*\b(?:just )?to be (?:sure|safe|certain|clear)\s*([?.!]*)\s*$/i, '$1', ['to be ']],
  // "Summarise it for me, I have a seminar in 5 min", "tell me about the number thing, I only caught half of it
  // on the radio", "tl;dr it mate, im on the bus": after a request to sum something up, what the asker says of
  // themselves is why they ask, not what.
  [/^(\s*(?:(?:can|could|would) (?:you|u) (?:please |pls )?|pls |please )?(?:summari[sz]e|sum (?:it |this |that )?up|tl;?dr|tell (?:me|us) about|catch (?:me|us) up|recap|explain|eli5|walk (?:me|us) through|run (?:me|us) through|brief (?:me|us))\b[^?]*?)(?:\s*[,;.!—–-]+\s*|\s+)(?:(?:mate|pal|buddy|man|dude|fam)[,]?\s+)?(?:i'?m|im|i am|i have|i've|ive|i only|i just|i was|i got|my)\b[^?]*$/iu, '$1', ['sum', 'tl', 'tell', 'catch', 'recap', 'explain', 'eli5', 'through', 'brief']],
  // "I'm preparing a segment for a podcast. Could you summarise…?": what the asker says of themselves first is
  // context, not the question. (Not when it holds the question's subject, quoted or asked about — "I'm puzzled
  // by the term 'X'. What is it?", "I wonder whether X. Does the article say so?" — nor when the question
  // points back into it: "My flatmate says X. Is that right?") Only a question with a sentence before it can
  // have such context: the rest skip this dear pattern.
  [/^(?=[^?]*[.!]\s)\s*(?:(?:hi|hello|hey)(?: there)?[!,.]?\s+)?(?:(?![^.?!]*(?:(?<!\p{L})['‘]|["“”]|\b(?:whether|wonder|wondering|understand|why|how|what|which|who)\b))[^.?!]*?\b(?:i|i'm|im|i am|i've|ive|i'd|my|we|we're|our)\b[^.?!]*[.!]\s+)+(?=[^.?!]*\?\s*$)(?![^?]*\b(?:that|this|those|these|he|she|him|her|they|them|his|hers|their|theirs|so|true|right|correct)\b)/iu, '', ['.', '!']],
  // "Give me the tldr", "show us the quote": a request, whatever it asks for.
  [/\b(?:can you |could you |pls |please )?(?:give|gimme|get|send|show) (?:me|us)\b/gi, ' ', ['give', 'gimme', 'get ', 'send', 'show']],
  // "Who spilled to Politico?": told it. "Spill the tea", "spill the beans": reveal. "His digits": his number.
  [/\bspill(?:ed|s|ing|t)? the (?:beans|tea)\b/gi, 'revealed', ['spill']],
  [/\bspill(?:ed|s|ing|t)? (?=to\b)/gi, 'talked ', ['spill']],
  // "Did the official say…": the one official the story quotes (an official phone is another thing).
  [/\b(?:the|that|this) official (?=(?:say|says|said|saying|admit|admits|admitted|admitting|tell|told|claim|claims|claimed|mean|meant|concede|concedes|conceded|note|noted|add|added|suggest|suggested|think|thinks|thought|believe|believes)\b)/gi, 'the European official ', ['official']],
  // "Does Trump get along with leaders?": how good his relationships are. "Anti-NATO": hostile toward it. "On a
  // first-name basis": calling each other by name.
  [/\b(?:get|gets|got|getting) (?:along|on) (?:(?:well|great|fine|nicely|okay|ok) )?with\b/gi, 'has good relationships with', ['along', ' on ']],
  [/\banti[- ](?=nato\b|alliance\b)/gi, 'hostile toward ', ['anti']],
  [/\bon (?:a )?first[- ]name (?:basis|terms)\b/gi, 'calling each other by name', ['first']],
  // "The Dutch summit": the summit in the Netherlands (Dutch is also how readers name Rutte).
  [/\bdutch ((?:nato )?(?:summit|gathering|meeting|conference|get-together|confab))\b/gi, '$1 in the Netherlands', ['dutch']],
  // "To make Trump happy", "keeping him happy": to win his favour.
  [/\b(?:make|makes|made|making|keep|keeps|kept|keeping) ((?:the |mr |president )?[\p{L}'’-]+) happy\b/giu, 'curry favor with $1', ['happy']],
  // A learner's "make long the 'd'", "is making long the l": drawing a sound out.
  [/\b(?:make|makes|made|making) long\b/gi, 'draw out', ['long']],
  // Gossip-column words: "the tea" (the gossip) frames a question; "dish to" is tell, "clap back" respond, "throw
  // shade at" be hostile to, "fave" favourite, "iconic" striking.
  [/,?\s*\b(?:(?:what(?:'s| is|s) )?the (?:tea|goss|gossip|deets)(?: (?:on|about))?|tea (?:pls|please|plz))\b(?:,? (?:pls|please|plz))?/gi, ' ', ['tea', 'goss', 'deets']],
  [/\bdish(?:ed|es|ing)? (?=to\b)/gi, 'talked ', ['dish']],
  [/\bclap(?:ped|s|ping)? back\b/gi, 'responded', ['clap']],
  [/\bthr(?:ow|ows|ew|owing|own) shade (?:at|on)\b/gi, 'hostile toward', ['shade']],
  [/\bfaves?\b/gi, 'favourite', ['fave']],
  [/\biconic\b/gi, 'striking', ['iconic']],
  [/\b(his|her|their|my|your|trump's|the president's) digits\b/gi, '$1 phone number', ['digits']],
  // "His own handset or some official switchboard?": a government phone, an office line. (Not "the White House's official
  // line on…", what it says about something.)
  [/(?<!['’]s\s)\bofficial (?:(?:white house|government|state|work|office) )?(?:switchboard|landline|hotline|phone|telephone|line|number|cell|cellphone|mobile|handset|channel)s?\b(?!\s+(?:on|from|of|about|regarding|re|in response|for)\b)/gi, 'office line', ['official']],
  // "Did she put a number on the meetings?", "any numbers to back it up?", "give a number for it": a count asked
  // for, a figure, not a phone number. ("Give a number to Macron" hands one over.)
  [/\b(?:put|puts|putting|place|places|placed) (?:a|an|any|some) (?:exact |specific |precise |hard |firm |real )?(?:number|figure|count|total) on\b/gi, 'give a figure for', ['number', 'figure', 'count', 'total']],
  [/\b(any|some|hard|actual|real|concrete|the) numbers\b/gi, '$1 figures', ['numbers']],
  [/\b(give|gives|gave|giving|cite|cites|cited|offer|offers|offered|provide|provides|provided) (a|an|any|some) (?:exact |specific |precise |hard |firm |real )?number\b(?! (?:to|out)\b)/gi, '$1 $2 figure', ['number']],
  // "Are these chummy calls producing results?": these friendly calls are the personal calls, and producing, giving or
  // delivering results is getting them.
  // ("Before their friendly calls began" is about Trump and Macron, whose calls the story calls bro-ing out.)
  [/(?<=\b(?:these|those|the|such) )(?:chummy|friendly|buddy(?:[- ]buddy)?|cosy|cozy|matey|pally|palsy)((?: phone)? calls)\b/gi, 'personal$1', ['calls']],
  [/\b(?:giving|give|gives|gave|producing|produce|produces|produced|delivering|deliver|delivers|delivered|yielding|yield|yields|yielded|bringing|bring|brings|brought)( (?:any|some|real|concrete|tangible|actual))? results?\b/gi, 'getting$1 results', ['result']],
  // "Buddies hanging out": friends bonding (not hanging up a call).
  [/\b(?:hang|hangs|hanging|hung) out\b/gi, 'bonding', ['hang', 'hung']],
  // "Did the White House give a response?", "give Politico a comment": it responded, commented.
  [/\b(?:give|gives|gave|giving|offer|offers|offered|issue|issues|issued|provide|provides|provided)((?: (?!(?:a|an|any|some|the|official)\b)[\p{L}]+)?) (?:a |an |any |some )?(?:official )?(response|comment|statement|reply|answer)\b/giu, '$2$1', ['response', 'comment', 'statement', 'reply', 'answer']],
];

/**
 * Chat shorthand, spelt out before anything reads the question's shape ("wat r the calls abt" asks what the
 * calls are about; "y dose he care" asks why). Whole words only; "U.K." keeps its U.
 */
// A whole word of shorthand: not part of a longer word, and not a letter of "U.K." or of "it's". (Each one's words
// are noted for the quick test below.)
const SHORTHAND_WORDS: string[] = [];
const word = (src: string, plain: string): readonly [RegExp, string] => {
  SHORTHAND_WORDS.push(src);
  return [new RegExp(`(?<![\\p{L}\\p{N}.'’])(?:${src})(?![\\p{L}\\p{N}'’])`, 'giu'), plain];
};

const SHORTHAND: readonly (readonly [RegExp, string])[] = [
  // Platform mentions in the text ("<@U123>", "<!channel>", "<#C1|general>", "@here") address people; they ask nothing.
  [/<[@#!][^<>\s]{1,80}>|(?<![\p{L}\p{N}])@(?:everyone|here|channel)\b/giu, ' '],
  word('wat|wut|wht|waht|whta|wot', 'what'),
  word('hw', 'how'),
  [/(^|[.?!,;:]\s*)y(?=\s+\p{L})/giu, '$1why'],
  [/(?<![\p{L}\p{N}.'’&])r(?=\s+\p{L})(?![\p{L}\p{N}.'’&])/giu, 'are'],
  [/(?<![\p{L}\p{N}.'’-])u(?![\p{L}\p{N}.'’-]|\s+turn)/giu, 'you'],
  [/(?<![\p{L}\p{N}.'’])ur(?![\p{L}\p{N}.'’])/giu, 'your'],
  [/(?<![\p{L}\p{N}.'’])dose(?=\s+\p{L})/giu, 'does'],
  word('teh|hte', 'the'),
  word('abt|abot', 'about'),
  [/(?<![\p{L}\p{N}.'’])w\/o(?![\p{L}\p{N}])/giu, 'without'],
  [/(?<![\p{L}\p{N}.'’])w\/(?![\p{L}\p{N}])/giu, 'with'],
  [/(?<![\p{L}\p{N}.'’])w\/(?=\p{L})/giu, 'with '],
  word('ppl', 'people'),
  word('ldrs', 'leaders'),
  word('txt(s|ed|ing)?', 'text$1'),
  word('msgs', 'messages'),
  word('msg(?:d|ed)', 'messaged'),
  word('msg', 'message'),
  word('cuz|coz|bc|bcuz', 'because'),
  word('fone(s)?', 'phone$1'),
  word('b4', 'before'),
  word("govt|gov't", 'government'),
  word('mtg(s)?', 'meeting$1'),
  word('intl', 'international'),
  word('tryna', 'trying to'),
  word('howd', 'how did'),
  word('eachother', 'each other'),
  word('(?:the )?wh', 'the White House'),
];

// Whether any of them may apply: most questions have none, and skip the passes. A mention's "<" or "@", or a
// shorthand word between two characters that are not ASCII letters or digits (more places than the passes
// themselves take). (Not the passes joined into one regex: with their Unicode classes, that one took V8 60 ms and
// 11 MB to compile for a question with a curly quote in it, and half a megabyte of machine code.)
// (The words of the passes written out above rather than with `word`: "y", "r", "u", "ur", "dose", and the "w" of
// "w/" and "w/o".)
const HAS_SHORTHAND = new RegExp(`[<@]|(?<![a-z0-9])(?:${[...SHORTHAND_WORDS, 'y', 'r', 'u', 'ur', 'dose', 'w'].join('|')})(?![a-z0-9])`, 'i');

/**
 * The question with chat shorthand spelt out ("wat r u" → "what are you"). (The last one is remembered: the engine
 * spells a question out, and then its set phrases read it again, most often unchanged.)
 */
export const spelledOut = remembered(spellOut, 1);

function spellOut(text: string): string {
  if (!HAS_SHORTHAND.test(text)) return text;
  return SHORTHAND.reduce((t, [re, plain]) => t.replace(re, plain), text);
}

// Plain words (stopwords, soft and general words) of seven letters or more, found from a slip in them: with
// its doubled letters single, or with one letter left out ("acording" → "according").
// (A slip keeps the word's first letter, as the vocabulary's typos do.)
const PLAIN_UNDOUBLED = new Map<string, string>();
const PLAIN_DROPPED = new Map<string, string>();
for (const w of new Set([...STOPWORDS, ...SOFT_WORDS, ...GENERIC_WORDS])) {
  if (w.length < 7) continue;
  if (!PLAIN_UNDOUBLED.has(undouble(w))) PLAIN_UNDOUBLED.set(undouble(w), w);
  for (const slip of droppedLetters(w)) if (!PLAIN_DROPPED.has(slip)) PLAIN_DROPPED.set(slip, w);
}

/**
 * A misspelling of a word that names no topic ("acording", "artcle", "somone", "actualy"): a slip, not a
 * word the story lacks. Only a dropped letter or a doubled one, of a word of seven letters or more: a changed
 * letter or a swap is as often another word ("party" is not "parts", "resort" is not "report").
 */
export function misspeltPlain(w: string): string | undefined {
  if (w.length < 5) return undefined;
  const plain = PLAIN_DROPPED.get(w) ?? PLAIN_UNDOUBLED.get(undouble(w));
  return plain === undefined || isStopword(w) || SOFT_WORDS.has(w) || GENERIC_WORDS.has(w) ? undefined : plain;
}

/**
 * Words of other languages that bilingual people mix into an English question ("qué palabra exactly?", "ja oder
 * nein?", "le président", "por favor"), read as the English they mean. Function words, question words,
 * courtesies and a few story words; not words that are also English ("die", "was", "con", "hat").
 */
const FOREIGN: Readonly<Record<string, string>> = {
  // Courtesies and fillers.
  'por favor': 'please', 'per favore': 'please', "s'il vous plaît": 'please', "s'il vous plait": 'please', 'svp': 'please', bitte: 'please',
  gracias: 'thanks', merci: 'thanks', danke: 'thanks', grazie: 'thanks', obrigado: 'thanks', obrigada: 'thanks',
  quindi: 'so', alors: 'so', donc: 'so', 'en gros': 'basically', 'en fait': 'actually', eigentlich: 'actually', genau: 'exactly', exactement: 'exactly', exactamente: 'exactly',
  'auf deutsch': '', 'in deutsch': '', 'en español': '', 'en français': '', 'in italiano': '', 'em português': '',
  // Yes and no.
  'sim ou não': 'yes or no', 'sim ou nao': 'yes or no', 'sí o no': 'yes or no', 'si o no': 'yes or no', 'oui ou non': 'yes or no', 'ja oder nein': 'yes or no', 'sì o no': 'yes or no',
  ja: 'yes', nein: 'no', oui: 'yes', non: 'no', sí: 'yes', não: 'no', nao: 'no',
  // Question words.
  qué: 'what', quoi: 'what', cosa: 'what', 'qual è': 'what is', 'qual é': 'what is', 'qu’est-ce que': 'what', "qu'est-ce que": 'what', 'was ist': 'what is',
  quién: 'who', quien: 'who', qui: 'who', chi: 'who', quem: 'who', wer: 'who',
  'por qué': 'why', pourquoi: 'why', perché: 'why', perche: 'why', warum: 'why', 'por que': 'why',
  cuándo: 'when', quand: 'when', quando: 'when', wann: 'when',
  dónde: 'where', où: 'where', onde: 'where', wo: 'where',
  cómo: 'how', wie: 'how', 'wie viele': 'how many', combien: 'how many', cuántos: 'how many', cuantos: 'how many', cuántas: 'how many', quanti: 'how many', quantos: 'how many',
  // Small words.
  el: 'the', los: 'the', las: 'the', le: 'the', les: 'the', il: 'the', der: 'the', das: 'the', den: 'the', et: 'and', und: 'and', oder: 'or', ou: 'or',
  de: 'of', del: 'of the', di: 'of', du: 'of the', des: 'of the', según: 'according to', segun: 'according to', selon: 'according to', laut: 'according to', secondo: 'according to',
  en: 'in', sobre: 'about', est: 'is', es: 'is', ist: 'is', è: 'is', une: 'a', un: 'a', una: 'a', eine: 'a', ein: 'a', pas: 'not', nicht: 'not', aussi: 'also', auch: 'also', también: 'also',
  que: 'what', 'c’est': 'it is', "c'est": 'it is', "c'était": 'it was', 'c’était': 'it was', esas: 'those', esos: 'those', ces: 'these', pasa: 'happens', gesagt: 'said', wird: 'is', vogliono: 'want', ottenere: 'get', vrai: 'real',
  // Words of this kind of story.
  palabra: 'word', mot: 'word', parola: 'word', wort: 'word', expresión: 'expression', expresion: 'expression',
  llamada: 'call', llamadas: 'calls', appel: 'call', appels: 'calls', anruf: 'call', anrufe: 'calls', chiamata: 'call', chiamate: 'calls',
  meses: 'months', mois: 'months', mesi: 'months', monate: 'months', reportaje: 'report', artículo: 'article', articolo: 'article', artikel: 'article',
  présidente: 'president', président: 'president', presidente: 'president', präsident: 'president', 'primer ministro': 'prime minister', 'premier ministre': 'prime minister', 'primo ministro': 'prime minister', premierminister: 'prime minister',
  británico: 'British', britannique: 'British', britannico: 'British', britische: 'British', britischen: 'British', francés: 'French', français: 'French', francese: 'French', französische: 'French', französischen: 'French',
  niederlande: 'Netherlands', 'pays-bas': 'Netherlands', 'países bajos': 'Netherlands', 'paesi bassi': 'Netherlands', arnaque: 'rip-off', estafa: 'rip-off', truffa: 'rip-off', abzocke: 'rip-off',
  surprenant: 'surprising', résumé: 'summary', resumen: 'summary', riassunto: 'summary', zusammenfassung: 'summary',
  // Nigerian Pidgin in an English question ("abeg, wetin be the aim…", "na true say…", "dem describe am how?").
  // ("Don" and "am" are English words too, and stay. "Na" leads or tags a question, "na which…", "…in Brussels
  // na?": it asks nothing itself.)
  abeg: 'please', wetin: 'what', 'wetin be': 'what is', 'na true say': 'is it true that', 'na true': 'is it true', 'talk say': 'say that',
  'abi na': 'or', abi: 'right', wey: 'who', dey: 'is', dem: 'they', oga: '', sabi: 'know', vex: 'angry', sef: '', na: '', shey: 'is it', 'no be': 'is not', 'e be like': 'it seems',
  // Indian English: "the good name of" is the name, "do the needful" asks for what follows.
  'good name': 'name', 'do the needful and': '', 'do the needful': '', 'who all': 'who',
  // More words of the story, and small words, of Spanish, Portuguese, Italian and German speakers.
  telefonino: 'cellphone', telefono: 'phone', teléfono: 'phone', telefone: 'phone', celular: 'cellphone', cellulare: 'cellphone', handynummer: 'cell number',
  'casa branca': 'White House', 'casa blanca': 'White House', 'casa bianca': 'White House', 'weißes haus': 'White House', 'weisses haus': 'White House', 'maison blanche': 'White House',
  'partita di calcio': 'football match', 'partido de fútbol': 'football match', 'partido de futbol': 'football match', 'jogo de futebol': 'football match', fußballspiel: 'football match', fussballspiel: 'football match',
  calcio: 'football', fútbol: 'football', futebol: 'football', fußball: 'football', fussball: 'football',
  schmeichelei: 'flattery', schmeicheleien: 'flattery', adulación: 'flattery', adulazione: 'flattery', lusinghe: 'flattery', bajulação: 'flattery', für: 'for',
  giornale: 'newspaper', jornal: 'newspaper', periódico: 'newspaper', zeitung: 'newspaper',
  'come si chiama': 'what is the name', 'como se llama': 'what is the name', 'cómo se llama': 'what is the name', 'wie heißt': 'what is the name of',
  atendeu: 'took', atendió: 'took', atendio: 'took', 'o es': 'or is', 'o è': 'or is', 'ou é': 'or is', algo: 'something', raro: 'rare', rara: 'rare',
};

const FOREIGN_RE = new RegExp(
  `(?<![\\p{L}'’-])(?:${Object.keys(FOREIGN).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}'’-])`,
  'giu',
);

/** A question with the words of another language mixed into it read in English. */
function inEnglish(text: string): string {
  FOREIGN_RE.lastIndex = 0;
  if (!FOREIGN_RE.test(text)) return text;
  return text.replace(FOREIGN_RE, (m) => FOREIGN[m.toLowerCase()] ?? m);
}

/**
 * Which set phrases could match a text: each phrase lists words one of which any match holds (its `needs`; a test
 * proves it of every phrase), indexed here by their first two letters, so a question is read once for all of them
 * instead of every pattern being tried on it. Phrases without such words are always tried.
 */
const IDIOM_WORDS = (() => {
  const always = new Uint8Array(IDIOMS.length);
  const byPair = new Map<number, { text: string; idioms: number[] }[]>();
  IDIOMS.forEach(([, , needs], k) => {
    if (!needs || needs.some((n) => n.length < 2)) {
      always[k] = 1;
      return;
    }
    for (const text of needs) {
      const key = text.charCodeAt(0) * 65536 + text.charCodeAt(1);
      const list = byPair.get(key) ?? [];
      const known = list.find((e) => e.text === text);
      if (known) known.idioms.push(k);
      else list.push({ text, idioms: [k] });
      byPair.set(key, list);
    }
  });
  return { always, byPair };
})();

function idiomsIn(lower: string): Uint8Array {
  const live = IDIOM_WORDS.always.slice();
  for (let i = 0; i + 1 < lower.length; i++) {
    const here = IDIOM_WORDS.byPair.get(lower.charCodeAt(i) * 65536 + lower.charCodeAt(i + 1));
    if (!here) continue;
    for (const e of here) if (lower.startsWith(e.text, i)) for (const k of e.idioms) live[k] = 1;
  }
  return live;
}

export function plainIdioms(text: string): string {
  let t = inEnglish(spelledOut(text));
  let live = idiomsIn(t.toLowerCase());
  // (An index loop: most idioms are not live, and are passed over without taking their entry apart.)
  for (let k = 0; k < IDIOMS.length; k++) {
    const idiom = IDIOMS[k];
    if (!live[k] || !idiom) continue;
    const next = t.replace(idiom[0], idiom[1]);
    if (next !== t) {
      t = next;
      live = idiomsIn(t.toLowerCase());
    }
  }
  return t;
}

/** Words that set the period a count is over ("in his first term", "this year", "in 2019"). */
export const TIME_FRAMES = new Set('term terms year years month months week weeks decade decades presidency administration ever total career lifetime'.split(' '));

/**
 * Asks what the story is about as a whole: "what's this article about?", "tl;dr?", "summary pls", "which
 * president is this story about?", "the gist of this story in a couple of sentences".
 */
export const SUMMARY_QUESTION =
  /^(?:(?:can|could|would) (?:you|u) )?(?:pls |please )?sum (?:it |this |that |everything |things )?up\b|\b(what(?:'s| is)?|whats|who(?:'s| is)?|whos|which(?: [\p{L}-]+){1,2} is) (?:(?:this|the) )?(?:story|article|report|piece|news)(?: \w+)? about\b|^what about (?:this|the) (?:story|article|report|piece)(?: in (?:a |one |two |three |a few |a couple of )?(?:sentences?|lines?|words?))?\s*[?.]?$|\b(gist|thrust|tl;?dr|summary|summ?ari[sz]e|overview|main (?:point|idea|claim|argument|thesis|message|takeaway)|key (?:points?|facts?|takeaways?)|main facts|takeaways|highlights|in a nutshell|big picture|bottom line)\b/u;

/** Asks what someone is: their job, title, or the country they lead. */
export const ROLE_QUESTION =
  /\b(job|title|role|position|post|function|(?:what|which) office|occupation|profession|what (?:does|did) [\p{L}' -]+ do|leads?|heads?|leader of|in charge|who(?:'s| is| was|s)|who [\p{L}'. -]+? (?:is|was)\b|what(?:'s| is|s) [\p{L}' -]+ (?:do|for)|(?:what|which) (?:country|countries|nation|organi[sz]ation)(?![^?]*\b(?:from|born|live|lives|lived|grew|raised|citizen)\b))\b/u;
/** The words of such a question, besides the person's name (and the words of their own title). */
export const ROLE_WORDS = new Set('job jobs title titles role roles position positions post occupation profession function work works country countries nation lead leads led leader head heads charge named quoted cited identified office organization organisation hold holds held give gives given'.split(' '));

/** "What did Trump say about Starmer?", "how macron says donald": asks for someone's own words; group 1 or 2 is who. */
export const SPEAKER_QUESTION =
  /^(?:what|how) (?:(?:did|does|do|has|have|had|would) ([\p{L}'. -]+?) (?:\p{L}+ly )?(?:say|said|tell|told|describe|call|write|wrote|think|thought|reply|respond)|(?!(?:is|are|was|were|the|a|an)\b)([\p{L}'. -]+?) (?:says?|said|tells?|told|describes?|calls?|writes?|wrote|thinks?|thought|repl(?:y|ies|ied)|responds?|responded))\b/u;

/** Asks for someone's own words another way: "quote Trump's words about NATO", "did Macron say anything back?". */
export const SPEAKER_WORDS =
  /^(?:(?:quote|give me|what (?:were|are|was|is)) (?:the )?([\p{L}. -]+?)(?:'s|’s|s) (?:own |exact |actual )?(?:words|remarks|comments?|quotes?)|(?:did|does|has|have) ([\p{L}'. -]+?) (?:ever |actually |also |even )?(?:say|said) (?:anything|something))\b/u;

/** Asks about someone's life before the story: "what job did Rutte hold before leading NATO?". */
export const BACKGROUND =
  /\b(?:before (?:leading|becoming|joining|taking over|heading|running|he became|she became)|(?:previous|prior|former|earlier|last) (?:job|role|post|position|career)|(?:his|her|their) (?:background|career|upbringing|education)|how did [\p{L}' .-]+ become (?:a |an |the )?(?:[\p{L}-]+ )?(?:secretary|president|prime minister|premier|leader|chief|head|spokes\p{L}*|press secretary|deputy|chancellor)|what did [\p{L}' .-]+ do before|\bwhen did [\p{L}' .-]+ become\b|\b(?:job|role|position|post|career)\b[^?]*\bbefore (?:nato|joining|that|then|this|the white house|he went to|she went to|going to|heading)\b|\b(?:is|was|are|were) [\p{L}' .-]+ (?:a |an |the )?(?:former|ex-|one-time|onetime) (?:[\p{L}-]+ )?(?:prime minister|president|premier|minister|leader|chancellor|diplomat|journalist|reporter|official|mayor|governor|ambassador|secretary|head|chief)\b|\bwhat did [\p{L}' .-]+ (?:do|work as) (?:before|prior to|until)\b)\b/u;

/** Asks how someone took the report itself, which the story can't say: "what did Trump say about the report?". */
export const ABOUT_THE_REPORT = /\b(?:to|about|after|of) (?:the|this|that|\p{L}+'s)(?: \p{L}+)? (?:report|story|article|piece|reporting)\b/u;

/** Asks in what language people spoke or wrote. */
export const LANGUAGE_QUESTION = /\b(what|which) languages?\b|\b(in|speak|speaks|speaking|spoke) (english|french|dutch|german|spanish|italian|russian)\b/;

// ("Does Macron like Trump?" asks a feeling; "what did the greeting sound like", "what does he answer when Trump
// says it like that" ask how something went, with "like" as in "such as".)
/** Asks how someone took something. */
export const REACTION =
  /\b(think|thought|feel|felt|react|reacted|reaction|respond|responded|response|make of|made of|opinion)\b|\b(?:does|do|did) (?:(?!(?:sound|sounds|look|looks|seem|seems|be|feel|go)\b)[\p{L}']+ ){1,4}(?:really |actually |even )?(?:like|love|hate|trust|respect|admire|dislike)\b(?! (?:that|this|so|these|those)\b)/u;

/** Asks what someone thought or felt, not what they said or did. */
export const FEELING = /\b(?:think|thinks|thought|feel|feels|felt|opinion|make of|made of)\b|\b(?:does|do|did) (?:(?!(?:sound|sounds|look|looks|seem|seems|be|feel|go)\b)[\p{L}']+ ){1,4}(?:really |actually |even )?(?:like|love|hate|trust|respect|admire|dislike)\b(?! (?:that|this|so|these|those)\b)/u;

/** Asks what would have happened: "if X hadn't..., would Y have...?", "what if...". */
export const COUNTERFACTUAL = /\b(would|could|might)(?:n't| not)? (?:[\p{L}'-]+ )?have\b|\bif (?:[\p{L}'-]+ ){0,4}(?:hadn't|had not|didn't|did not|weren't|wasn't|never)\b|^what if\b/u;

/** Asks whether something will happen: "will Rutte keep texting?", "is Starmer going to accept?". */
export const FUTURE = /^(will|won't|wont|shall|(is|are|am) ([\p{L}'-]+ ){1,3}(going to|gonna|about to|likely to|expected to))\b/u;

/** A yes/no question: "did Macron text Trump?". */
export const YES_NO = /^(did|does|do|has|have|had|was|were|is|are|can|could|will|would)\b/;

/** Opens a wh-question: one that asks for a value ("what is X's number"), not for confirmation. */
export const WH = /^(?:(?:by|in|at|on|for|from|to|with|of) )?(what|whats|which|who|whos|whose|whom|where|when|how|why)\b/;

/** A question asking for a value ("what is his number", "how old", "which organisation"), where detail words count. */
export const VALUE_QUESTION = /(?:^|\s)(what(?! (?:does|did|do) (?:the )?(?:report|story|article|piece|politico)\b)|whats|which|how (?:old|tall|much|many))\b/;

/** "Which leader sent the most texts?", "who sent him more messages?": counts the story never compares. */
export const COMPARED_COUNT =
  /\b(?:the most|the fewest|the least)(?: [\p{L}-]+){0,2} (?:texts?|messages?|calls?|times|often|frequently)\b|^(?:who|which)\b.*\b(?:more|fewer) (?:texts?|messages?|calls?)\b|^(?:who|which (?:(?:world |foreign |other )?leaders?|ones?|countr(?:y|ies)|presidents?|prime ministers?))\b[^?]*\b(?:talks?|talk to|speaks?|calls?|texts?|messages?|chats?|phones?|rings?|contacts?)\b[^?]*\b(?:the most|most often|the least|more often|less often|more|less)\s*(?:often|frequently)?\s*(?:,|\?|$)/u;

/** "How many of the 23 meetings...": a breakdown the story doesn't give. */
export const SUBSET_COUNT = /\bhow (many|much) of (the|these|those|his|their)\b/;

/** "which leaders": the answer must name leaders. */
export const WHICH_LEADERS = /\b(which|what) ((?:[\p{L}\p{N}'-]+ ){0,2})(leaders?|counterparts?|countries|country's|heads? of state|heads? of government|presidents|prime ministers|(?<=\bwhich (?:[\p{L}\p{N}'-]+ ){0,2})(?:president|prime minister)|people|individuals|figures|politicians|officials)\b/u;

/** "Is any source named?", "who is quoted on the record?": asks for the sources the story names. */
export const NAMED_SOURCE = /\bnamed (?:names?|source|sources|official|officials|person|people|spokesperson|spokespeople|voice|voices)\b|\b(?:which|what) (?:source|official|person|spokesperson|voice) (?:is|was) (?:named|identified)\b|\b(?:source|sources|anyone|anybody|someone|people) (?:quoted |cited |identified )?(?:by name|named)\b/;

/** "Which sources are anonymous?", "list the sources": asks for every source the story cites. */
export const SOURCES_LIST = /^\W*sources\W*$|\b(?:which|what|list|all|every|who are|how many)\b[^?]*\bsources\b|\bsources\b[^?]*\b(?:anonymous|unnamed|named|identified|unidentified)\b/;
/** "List everyone named in the article": asks for every person the story names. */
export const PEOPLE_LIST =
  /\b(?:list|name)\b[^?]*\b(?:everyone|everybody|people|persons|names)\b|^who(?:'s| is| are|s)? (?:named|mentioned|featured|in (?:the|this) (?:story|article|piece|report))\b|\b(?:everyone|everybody|every person|all the people|which people|what people|who all)\b[^?]*\b(?:named|mentioned|in (?:the|this) (?:story|article|piece|report)|appears?|featured)\b/;
/** The words of such a list question. */
export const LIST_WORDS = new Set(
  'list lists all every everyone everybody named name names unnamed anonymous identified unidentified source sources people person persons mentioned cited quoted used story article piece report record besides other others apart except whole individuals'.split(' '),
);

/** "Which leaders does the story name?": asks for the list of leaders, not for one fact. */
export const LEADERS_NAMED = /\b(named|mentions?|mentioned|features?|featured|appears?|appeared|listed|in (?:the|this) (?:story|article|piece|report)|(?:story|article|piece|report) (?:names?|lists?))\b/;

/** Opinion words: whether something is good or right is not a fact the story reports. */
export const OPINION_WORDS = new Set('good bad right wrong smart dumb stupid wise fair unfair ethical unethical legal illegal appropriate inappropriate best worst ok okay'.split(' '));

/** What an intensifier must be about to ask for a precise detail ("exactly what did he say"). */
export const PRECISE_TARGETS = new Set('say said says write wrote wording words word date time day number figure amount location place name names quote text texts message messages'.split(' '));

/** Words after "how" that make it a counting question. */
const HOW_MANY = /^how (many|much)\b/;

/** "Where does this claim come from?": the source of something the story says (see questionType). */
const SOURCE_OF_TEXT =
  /^where(?:'s|s| is| was| are| were| does| did| do)? (?:[\p{L}'’-]+ ){0,6}?(?:bit|part|passage|section|story|claims?|quotes?|quotation|phrases?|terms?|lines?|info|information|idea|comments?|remarks?|reports?|reporting|words?|stuff|gossip|news|this|that|it|article|piece|details?|account|allegations?|material|everything|descriptions?|labels?|expressions?|[\p{L}-]+['’"”])(?: (?:about|of|on|regarding|that|saying) [^?]{1,60}?)? (?:come|comes|coming|came|originate|originates|originated|originating)\b/u;
/** A question word or the verb of a yes/no question, opening the question. */
export const WH_START = /^(?:what|whats|who|whom|whose|which|how|when|where|why|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|(?:is|are|was|were|did|does|do|has|have|had|could|would|should)(?:n't|n’t|nt)|can't|cant|won't|wont)\b/;
/**
 * "Where was the summit held - Belgium?", "which app did Starmer use, Signal?", "which leader is the most
 * striking example — was it Merkel?": a question asked, then a guess at its answer. The question before the
 * guess is answered whatever the guess. (One to three words, no "or": "…, Macron or Starmer?" offers two;
 * "…, names?", "…, any deal?" ask for more, not guess.)
 */
export const GUESS_TAIL =
  /^(?<head>(?:(?:so|ok|okay|and|hey),?\s+)?(?:what|which|who|whose|where|when|how)\b[^?]{8,}?)\s*(?:,|\s[-–—]|\?|:)\s*(?:(?:or|so)\s+)?(?:(?:was|is|were)\s+(?:it|that|they)\s+|maybe\s+|perhaps\s+|probably\s+|like\s+|i think\s+|i thought\s+)?(?<guess>(?!(?:and|or|but|if|so|then|because|what|which|who|whose|where|when|how|why|is|was|did|does|do|any|anything|anyone|exact|exactly|names?|details?|specifics|sources?|quotes?|dates?|numbers?|figures?|examples?|evidence|proof|links?|please|pls|thanks|though|too|also|again|ever|yet|precisely|roughly)\b)[\p{L}\p{N}'’.-]+(?:\s+(?!or\b)[\p{L}\p{N}'’.-]+){0,2})(?:,?\s+(?:right|correct|maybe|perhaps))?\s*\?+\s*$/iu;
/** A question word in a question's last few words ("…on whatsapp how many times?"). */
// ("…drew out the d when saying Donald?", "…when they talk?": a clause of time, not the question word.)
const TRAILING_WH = /\b(how many|how much|how long|when|where|why)(?! (?:\p{L}+ing|they|he|she|we|you|i)\b)(?: [\p{L}\p{N}'-]+){0,2}\s*\??\s*$/u;

/**
 * What kind of answer a question wants, from its first words. "what"/"who"/"how" questions are the
 * default: every fact answers those.
 */
export function questionType(folded: string): QuestionType | undefined {
  // ("Exactly how many…", "in total, how many…": the question word after an adverb.)
  const q = folded.replace(/^(?:(?:so|and|but|ok|okay|hey|hi|please|pls|exactly|precisely|roughly|approximately|overall|altogether|in total|all told|just|then)\b[\s,]*)+/, '').replace(/^(by|in|at|on|for|from|to|with|of) (?=how|what|which|when|where)/, '');
  // "When Trump says 'Emmanuel', what does Macron say?": the question is the main clause.
  const main = /^(?:when|whenever|if|after|once|while)\b[^,?]{3,80},\s*(.+)$/.exec(q)?.[1];
  if (main && WH_START.test(main)) return questionType(main);
  // "How much does Trump talk to leaders?" asks how often, not for a count.
  if (/^how much (?:(?:does|do|did|is|are|was|were|has|have) )?[\p{L}' ]+? (?:talk|talks|talking|speak|speaking|call|calling|chat|chatting|text|texting|message|messaging|communicate|communicating)\b/u.test(q)) return undefined;
  // "How many l's are in his 'Emmanuellllll'?", "why all the extra d's?": the letters of a word the story quotes,
  // which the quote shows.
  if (/^(?:how many|why\b[^?]{0,20}\b(?:so many|all (?:the|those|these)(?: extra)?|extra)) (?:\p{L}['’]?s|letters|characters)\b/u.test(q)) return undefined;
  if (HOW_MANY.test(q) || /^(what|whats|what's) (is )?(the )?number of\b/.test(q)) return 'how-many';
  // "Starmer messaged Trump how many times?", "trump nato u turn why": the question word typed last.
  const last = TRAILING_WH.exec(q)?.[1];
  if (last && !WH_START.test(q)) return last === 'why' ? 'why' : last === 'where' ? 'where' : last === 'when' || last === 'how long' ? 'when' : 'how-many';
  if (/^(when|what (time|date|day|year|month)|which (day|date|year|month)|how long)\b/.test(q)) return 'when';
  // "Did Rutte send them before or after the summit?" asks when.
  if (/\b(?:before or after|after or before)\b/.test(q)) return 'when';
  // "Where does the 'ego massage' bit come from?", "where is this story coming from?": where a piece of the story
  // comes from asks for its source, not a place.
  if (SOURCE_OF_TEXT.test(q)) return undefined;
  // ("Which country's president…", "which country leader…" ask for a person; so do "which country is the leader
  // with the odd greeting from?" and "which country is run by…", of a leader the story places by nationality.)
  if (/^(where|which (city|country|place|town)|what (city|country|place|town))\b(?!'s| (?:(?:is|was) (?:the |that |this )?(?:[a-z]+ )?(?:leader|president|prime minister|pm|guy|man|person|one)\b[^?]*\b(?:from|of|lead|leads|run|runs)\b|(?:is|was) run by\b)| (?:president|presidents|leader|leaders|prime|pm|premier|chancellor|head|heads|official|officials)\b)/.test(q)) return 'where';
  if (/^(why|how come|for what reason|what for|what (was|is|were) the reason|what reason)\b/.test(q)) return 'why';
  return undefined;
}
