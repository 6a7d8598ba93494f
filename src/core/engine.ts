/**
 * The answer engine: reads a question, finds the fact that answers it, and says how sure it is — or says
 * plainly that the story doesn't answer it. A pure function of the fact base and the question.
 */
import type { Entity, Fact, FactBase, QuestionType } from './fact-base';
import { type ContentWords, contentWords, createEntityIndex, type EntityIndex, type Mention } from './entities';
import {
  ABOUT_STORY,
  AUTHOR_QUESTION,
  ABOUT_THE_REPORT,
  AT_THE_END,
  paragraphRef,
  BACKGROUND,
  CONTENT_QUESTION,
  RELATION,
  WHERE_IN,
  SUBSET_COUNT,
  COMPARED_COUNT,
  SUMMARY_QUESTION,
  CHECK_ASKED,
  LANGUAGE_QUESTION,
  LEADERS_NAMED,
  LIST_WORDS,
  LEDE,
  PEOPLE_LIST,
  SOURCES_LIST,
  NAMED_SOURCE,
  REACTION,
  FEELING,
  ROLE_QUESTION,
  ROLE_WORDS,
  channelOf,
  channelsIn,
  DETAIL_WORDS,
  DIRECTION,
  FUTURE,
  GENERIC_WORDS,
  GUESS_TAIL,
  COUNTERFACTUAL,
  TIME_FRAMES,
  GENERIC_SOURCE_WORDS,
  IDENTITY_QUESTION,
  INTENSIFIERS,
  isCountry,
  misspeltPlain,
  plainIdioms,
  spansIn,
  spelledOut,
  OPINION_WORDS,
  WHICH_LEADERS,
  PRECISE_TARGETS,
  questionType,
  SLOT_KINDS,
  SOFT_WORDS,
  SPEAKER_QUESTION,
  SPEAKER_WORDS,
  STOPWORDS,
  VALUE_QUESTION,
  WH,
  WH_START,
  YES_NO,
} from './lexicon';
import { cutInput, editDistance, escapeRegExp, fold, MAX_QUESTION_CHARS, phraseBetween, readingOf, stem, undouble, words } from './text';
import type { Answer, Source } from './types';
import { contentStems, createVocabulary, type Match, type Vocabulary } from './vocabulary';

/** An answer with what the bot needs beyond the contract: which facts it came from. */
export interface EngineAnswer extends Answer {
  factIds: string[];
  /** Set when the question was cut. */
  cut: boolean;
}

export interface Engine {
  readonly base: FactBase;
  readonly entities: EntityIndex;
  ask(question: string): EngineAnswer;
  whocalled(leader: string): EngineAnswer;
  /** The leaders the story reports in contact with Trump, in order of first appearance. */
  leaders(): Entity[];
  /** Autocomplete for a leader option: names and aliases matching what was typed so far. */
  completeLeader(typed: string, limit?: number): { name: string; value: string }[];
  fact(id: string): Fact | undefined;
  /** Why the engine answered as it did: tokens, entity mentions and the top facts with scores (for editors). */
  explain(question: string): { tokens: { word: string; matches: string[] }[]; mentions: string[]; top: { id: string; score: number }[] };
  sources(fact: Fact): Source[];
  /** The question a suggestion button asks for a fact. */
  suggestionFor(fact: Fact): string;
  /**
   * Answers questions made from the fact base itself (see warmUpQuestions), `count` of them from `from`, and gives
   * the index to go on from, or -1 when all are asked; the answer cache is not touched. A long-running bot does
   * this once after it starts, in idle moments, so that V8's work on first meeting the engine's code and patterns
   * (compiling them, optimising the code) falls there and not on its users' first questions.
   */
  warmUp(from?: number, count?: number): number;
}

/** Below this confidence the engine says the story doesn't answer. Chosen on the dev split (`npm run eval`). */
export const ANSWER_THRESHOLD = 0.5;
/** How hard words the fact base has never seen pull confidence down. */
export const UNKNOWN_POWER = 2;
/**
 * The least share of a question's known words the best fact must cover. A fact picked for the person a
 * question names, but silent on what it asks about ("what did the European official say about tariffs?"),
 * doesn't answer it.
 */
export const MIN_COVERAGE = 0.45;

// How much each part of a fact speaks for it: its phrasings and keywords most, its prose less.
const FIELD_WEIGHT = { phrasing: 1, contact: 0.8, prose: 0.6 } as const;
// A fact that can't answer this kind of question ("when?" to a fact with no time) keeps this much of its score.
const TYPE_MISMATCH: Record<QuestionType, number> = { when: 0.35, where: 0.35, 'how-many': 0.3, why: 0.45, how: 0.8 };
// A question naming someone a fact isn't about keeps this much of that fact's score.
const OTHER_PERSON = 0.45;
// A yes/no question is confirmed only by a fact that covers this much of its words.
const YES_NO_COVERAGE = 0.7;
const YES_NO_COVERAGE_LOOSE = 0.4;
// "True or false: Starmer took the call at a rugby match.": a claim put up for checking.
const TRUE_OR_FALSE = /^\s*(?:true or false|t or f|t\/f|fact or fiction|real or fake)\b/i;
// "Macron has invited Trump to Paris?", "the White House has confirmed it?": a claim in the perfect, put as a
// question by its mark alone (as speakers of Romance languages put one), with a subject of a few words first.
const PERFECT_STATEMENT = /^(?!(?:so|and|but|wait|right|ok|okay|yes|no)\b)(?:[\p{L}'’".-]+ ){1,6}(?:has|have|had)(?: (?:not|never|already|also|ever|really|actually|even))? (?!(?:to|got to|been asked)\b)\p{L}{3,}/u;
/** A statement put up for confirmation by a tag at its end: "…, weren't they?", "…, right?". */
const TAG_QUESTION = /,\s*(?:(?:is|was|were|are|did|does|do|has|have|had|can|could|would|will)(?:n['’]?t)?(?: not)? (?:he|she|it|they|there|we|you|that|this)|right|correct|yes|no)\s*\?\s*$/i;
// A lead-in before a colon and the question ("For my podcast intro: how does…"), tried without it.
const LEAD_IN = /^[^:?]{1,80}:\s+(?=(?:what|who|how|when|where|why|which|did|does|do|is|was|were|has|have)\b)/iu;
const MAX_SOURCES = 3;
/** Distinct questions whose answers are kept. */
const ANSWER_CACHE = 2_000;

/** Whether words name two different ways of contact ("do they call or text?"). */
function twoChannels(ws: readonly string[]): boolean {
  let first: string | undefined;
  for (const w of ws) {
    const channel = channelOf(w);
    if (!channel) continue;
    if (first === undefined) first = channel;
    else if (channel !== first) return true;
  }
  return false;
}

/** A 32-bit FNV-1a hash of a text: what the answer cache notes of a question asked once. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

// Lift per word pair shared with one of a fact's phrasings, and its cap: a tie-breaker, not a signal.
const PAIR_BONUS = 0.03;
const PAIR_BONUS_MAX = 0.12;
// Lift per soft word ("phrase", "say") the fact has: soft words never count against a fact, so this is how
// they help pick one.
const SOFT_BONUS = 0.03;
// More for a word naming a form of words ("what phrase…", "which word…"): it says what the answer is, and a fact
// keyed on that phrase or word gives one, where a fact that merely has the question's other words doesn't.
const WORDING_BONUS = 0.08;
const WORDING = /^(?:words?|phrases?|terms?|wording|expressions?|colloquial(?:ly)?|adjectives?|nouns?|verbs?|adverbs?)$/;
const ATTRIBUTION_BONUS = 0.25;
// How close to the best fact one naming the ways of contact a question asks about must be to answer instead.
const CHANNEL_NEAR = 0.9;
/** "By what means…?", "through what…?": the means is all that is asked. */
const MEANS_ONLY = /\b(?:by|through|via|using) what\b/;
const MEANS_NEAR = 0.6;
// "By what means…", "through what", "which two ways…": asks how, as in by which way of contact.
const MEANS_ASKED = /\b(?:by|through|via|using) what\b|\b(?:kinds?|types?|forms?|modes?|sorts?|means) of (?:communication|communicating|contact)\b|\bcommunication (?:ways|channels|methods|means|forms)\b|\b(?:which|what) (?:(?:two|2|other) )?(?:ways?|means|channels?|methods?|medium|media)\b|\bwhat (?:do|does|did|are|is) [\p{L} ]{1,30} us(?:e|ing) to\b/u;
// Words any source is called by: they name no one source in particular.
const GENERIC_SOURCE_STEMS = new Set(['source', 'sources', 'person', 'someone', 'people'].map(stem));
/** Whether a claim has a source at all: "attributed to any source?", "sourced to Politico?". */
const SOURCE_ASKED = /\b(?:attributed|attributable|credited|ascribed|sourced) to (?:a|an|any|some|one)\b|\bsourced (?:to|from|by)\b/;
// What a fact keeps of its score when a question asks who said something and only the report says it.
const UNVOICED = 0.8;
// Lift for a fact a question points at: its paragraph ("paragraph 10", "the kicker") or words it quotes.
const POINTED_AT = 1.3;
// How close to the best fact another must be for what it records as not said to count.
const NOT_SAID_CLOSE = 0.95;
// The report speaking for itself: "the report", "the story", "<outlet> reported".
const REPORT_ITSELF = /^(?:the (?:report|story|article)(?: stated| said)?|[\p{L} .'-]+ reported|according to [\p{L} .'-]+)$/u;
// "Who admitted…", "who told Politico…": asks who says so.
const WHO_SAID = /^who (?:\p{L}+ )?(?:said|says|told|tells|admitted|admits|conceded|concedes|claimed|claims|revealed|recalled|remembered|recounted|described|stated|confirmed|insisted|noted|acknowledged|suggested|boasted|bragged|quoted|called)\b/u;

/** "Did someone admit…?", "is anyone on record saying…?": whether a source said it, which asks for a speaker too. */
const SOMEONE_SAID = /^(?:did|does|do|has|have|had|is|was|were|are)\b[^?]*?\b(?:someone|somebody|anyone|anybody|any (?:source|official|insider))\b[^?]*?\b(?:said|says|saying|admit|admits|admitted|admitting|conceded?|concedes|conceding|acknowledged?|acknowledges|acknowledging|claimed?|claims|claiming|revealed?|reveals|revealing|stated?|states|stating|on (?:the )?record)\b/;

// A rank in a title: "deputy press secretary" is not "press secretary".
const TITLE_QUALIFIERS = /\b(deputy|vice|assistant|associate|acting|former|junior|senior|under)\b/;
/** A figure asked for: "what number did she give", "which figure", "in numbers". */
const FIGURE_ASKED = /\b(?:what|which) (?:number|figure|statistic|stat)s?\b|\bin (?:numbers|figures)\b/;
const FIGURE_NEAR = 0.7;
// "his own number", "Trump's personal number": the phone, not a figure.
const PHONE_NUMBER = /(?:\b(?:his|her|their|own|direct|personal|private|mobile|cell|phone|cellphone)|\p{L}'s) numbers?\b/u;
// "what is his number", "give me Trump's number": the digits themselves.
const NUMBER_ASKED = /\b(?:what(?:'s|s| is| was| were)|give me|share|send me|post|leak) (?:[\p{L}'-]+ ){0,5}numbers?\b/u;

interface IndexedFact {
  fact: Fact;
  weights: Map<string, number>;
  about: Set<string>;
  /** Stems of who says so: "what did the person with knowledge of the calls reveal" names a source. */
  attribution: Set<string>;
  /** Has a source who speaks for themselves, not only "the report". */
  voiced: boolean;
  /** Cites the last paragraph of its story ("the kicker", "the last paragraph"). */
  nearEnd: boolean;
  /** The paragraphs it cites. */
  paragraphs: Set<number>;
  /** Its answer reports a change ("Trump reversed his hostile stance"). */
  changes: boolean;
  /** Word pairs of its phrasings: a question worded like one of them gets a small lift. */
  pairs: Set<string>;
  /** What the story doesn't say; `own` when asked in the fact's own words (a reason: "why Trump posted them"). */
  notSaid: { phrase: string; stems: Set<string>; opener: RegExp | undefined; own: boolean; subject: string | undefined }[];
}

interface Token {
  word: string;
  matches: Match[];
  idf: number;
  /** Counts when matched, never against (see SOFT_WORDS). */
  soft: boolean;
}

/**
 * The token counted soft. (Built like every token, its fields in the same order, not spread from it: tokens of one
 * shape keep the code that reads them fast.)
 */
function softened(t: Token): Token {
  return { word: t.word, matches: t.matches, idf: t.idf, soft: true };
}

/** What the office rules read of a question. */
interface AskedOffice {
  folded: string;
  foldedRaw: string;
  found: Mention[];
  mentioned: Entity[];
}

interface Scored {
  item: IndexedFact;
  score: number;
  /** How much of the question's known words this fact covers. */
  lex: number;
}

/**
 * Whether "name" in the question is this person's: "the NATO chief's name", "the name of the French president",
 * "the name of Trump's deputy press secretary" (nothing but names and titles between), not "the name of the deal
 * Starmer sealed".
 */
function nameIsOf(m: Mention, found: readonly Mention[], ws: readonly string[], which = false): boolean {
  const at = ws.findIndex((w) => /^names?$/.test(w));
  if (at < 0) return false;
  if (m.end === at) return true;
  // ("Which White House spokesperson commented, name pls": the one asked which of is the one named.)
  if (which && m.start === 0 && at > m.start) return true;
  // ("the name of the deputy White House spokesperson": "deputy" is her title's.)
  const title = words(m.entity.title);
  const named = (i: number): boolean => found.some((o) => o.start <= i && i < o.end) || title.includes(ws[i] ?? '');
  return m.start > at && Array.from({ length: m.start - at - 1 }, (_, k) => at + 1 + k).every(named);
}

/** A question, read: what directAnswer looks at. */
interface Asked {
  question: string;
  cut: boolean;
  folded: string;
  /** Folded before the framing is taken off ("the kicker", "paragraph 10" are read from it). */
  foldedRaw: string;
  /** Folded, without a leading "so", "ok", "hey". */
  asked: string;
  tokens: Token[];
  found: Mention[];
  mentioned: Entity[];
  cw: ContentWords;
  pointed: Pointed | undefined;
}

/** A request that opens a question as a question word does (WH_START): "quote…", "list…", "explain…". */
const REQUEST_OPENER = /^(?:quote|summari[sz]e|tell|list|name|give|explain)\b/;

/** "to win his approval", "won him over": winning someone over, not a result. */
const WINNING_OVER = /\b(?:win|wins|won) (?:his|her|their|the|over|him|them|favou?r|approval|support|trust)\b/;

/** Other news outlets than the one the story cites: "have other outlets confirmed it?". */
/** Asks which outlet reported the story. */
const OUTLET_ASKED = /^(?:which|what) (?:news )?(?:outlets?|newspapers?|papers?|publications?|news organi[sz]ations?|media outlets?|news sites?)\b(?! (?:did|does|do)\b)|^who (?:first )?(?:reported|broke|published)\b(?! that\b)/;
const OTHER_OUTLETS = /\b(?:any |which |what )?(?:other|different|rival)\s+(?:news\s+)?(?:outlets?|organi[sz]ations?|media|papers?|newspapers?|publications?|networks?|news sites?|reporters?|journalists?)\b/;

/** What the rules of detailGap read: the question, read several ways, and the best fact for it. */
interface GapCase {
  top: Scored;
  f: IndexedFact;
  tokens: Token[];
  found: Mention[];
  folded: string;
  qtype: QuestionType | undefined;
  ranked: Scored[];
  cw: ContentWords;
  slots: Set<string>;
  /** The question folded, without a leading "so", "ok", "hey". */
  q: string;
  all: readonly string[];
  /** The first name in the question: who is asked about, reacts or is identified. */
  firstMention: Mention | undefined;
  /** People the question sets aside ("apart from Starmer"). */
  setAside: Set<string>;
  /** Facts whose quotes the question quotes words of ("the 'bro-ing out' remark"). */
  cited: Set<Fact>;
  /** A claim in the perfect put as a question by its mark alone: "Macron has invited Trump to Paris?". */
  declared: boolean;
}


/** Tuning knobs, fixed in production; `npm run eval` is how they were chosen. */
export interface EngineOptions {
  threshold?: number;
  unknownPower?: number;
  minCoverage?: number;
  /** Distinct questions whose answers are kept (default 2,000; 0 turns the cache off, as the bench does). */
  cacheSize?: number;
}

export function createEngine(base: FactBase, opts: EngineOptions = {}): Engine {
  const threshold = opts.threshold ?? ANSWER_THRESHOLD;
  const unknownPower = opts.unknownPower ?? UNKNOWN_POWER;
  const minCoverage = opts.minCoverage ?? MIN_COVERAGE;
  const cacheSize = opts.cacheSize ?? ANSWER_CACHE;
  const entities = createEntityIndex(base.entities);
  // The story's subject (Trump) is in nearly every fact, so naming him tells little about which one is meant.
  const subjects = new Set(base.stories.map((s) => s.meta.subject));
  const mentionWeight = (e: Entity): number => (subjects.has(e.id) ? 0.3 : e.kind === 'group' ? 0.5 : 1);
  const indexed: IndexedFact[] = base.facts.map((fact) => {
    const weights = new Map<string, number>();
    const add = (text: string, w: number): void => {
      for (const s of contentStems(text)) weights.set(s, Math.max(weights.get(s) ?? 0, w));
    };
    for (const q of fact.questions) add(q, FIELD_WEIGHT.phrasing);
    for (const k of fact.keywords) add(k, FIELD_WEIGHT.phrasing);
    // (A contact answers how one leader reached the other, and what their dealings are.)
    if (fact.contact) add([fact.contact.via, fact.contact.when ?? '', fact.contact.about ?? '', 'contact contacted reached relationship'].join(' '), FIELD_WEIGHT.contact);
    add(fact.answer, FIELD_WEIGHT.prose);
    for (const s of fact.sources) add(`${s.quote} ${s.attribution}`, FIELD_WEIGHT.prose);
    // A source the story leaves unnamed answers "is the source named or anonymous?".
    if (fact.sources.some((s) => entities.mentions(contentWords(s.attribution)).some((m) => m.entity.anonymous))) add('anonymous unnamed unidentified', FIELD_WEIGHT.prose);
    const notSaid = fact.notSaid.map((phrase) => {
      // "how many leaders have his number" only meets a "how many" question.
      const open = /^(how many|how much|what time|what day|how|what|which|who|where|when|why)\b/.exec(fold(phrase))?.[1];
      // "why Trump posted them": the reason for what the fact reports is asked in the fact's own words, so they count.
      const own = open === 'why';
      // ("why Trump gave out his number" asks why Trump did it: "why were leaders amazed that Trump…" doesn't.)
      const subject = own ? entities.mentions(contentWords(phrase))[0]?.entity.id : undefined;
      return { phrase, own, subject, stems: new Set(contentStems(phrase).filter((s) => own || !weights.has(s))), opener: open ? new RegExp(`(?:^|[,;:?]\\s*|\\band\\s+|\\bor\\s+|\\bbut\\s+|\\bso\\s+)(?:(?:at|in|on|for|from|to|with|of|by|about) )?${open === 'which' ? WHICH_LIKE : open === 'why' ? WHY_LIKE : open}\\b`, 'u') : undefined };
    });
    const pairs = new Set([...fact.questions, ...fact.sources.map((x) => x.quote)].flatMap((t) => wordPairs(words(t))));
    const attribution = new Set(fact.sources.flatMap((x) => contentStems(x.attribution)));
    const voiced = fact.sources.some((x) => !REPORT_ITSELF.test(fold(x.attribution)));
    const length = base.stories.find((st) => st.meta.id === fact.story)?.paragraphs.length ?? 0;
    const nearEnd = fact.sources.some((x) => x.paragraph >= length);
    return { fact, weights, about: new Set(fact.about), notSaid, pairs, attribution, voiced, nearEnd, paragraphs: new Set(fact.sources.map((x) => x.paragraph)), changes: CHANGE.test(fold(fact.answer)) };
  });

  // Document frequency over facts: a word in every fact ("trump") tells little.
  const df = new Map<string, number>();
  for (const f of indexed) for (const s of f.weights.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = indexed.length;
  const idfOf = (s: string): number => Math.log(1 + n / (df.get(s) ?? 0.5));
  const maxIdf = Math.log(1 + n / 0.5);

  // The things a fact's quote counts only roughly ("not many of those leaders", "a lot of leaders"), by stem: a
  // "how many" asked of what the story says ("according to the report, how many leaders…?") is answered by the
  // rough count, though the fact gives no number.
  const roughlyCounted = new Map<IndexedFact, Set<string>>();
  for (const f of indexed) {
    const counted = new Set(f.fact.sources.flatMap((x) => [...fold(x.quote).matchAll(ROUGH_COUNT)].map((m) => stem(m[1] ?? ''))));
    if (counted.size > 0) roughlyCounted.set(f, counted);
  }
  // The facts about a place (the summit in the Netherlands, golf in Scotland): a place a question names fills their
  // slot (see slotFills, countryPlaced).
  const aboutAPlace = new Set(indexed.filter((x) => [...x.about].some((id) => entities.byId(id)?.kind === 'place')));

  const vocabStems = new Set<string>(df.keys());
  for (const e of base.entities) for (const a of [e.name, ...e.aliases]) for (const s of contentStems(a)) vocabStems.add(s);
  const vocab: Vocabulary = createVocabulary(vocabStems);
  const factById = new Map(base.facts.map((f) => [f.id, f]));
  const headlineFact = factById.get(base.stories[0]?.meta.headline ?? '');
  // The paragraphs of the story's first and last quotes: the words of someone who speaks for themselves, not of
  // the report ("the first quote", "the last quoted source").
  const quoted = base.facts.flatMap((f) => f.sources.filter((x) => !REPORT_ITSELF.test(fold(x.attribution))).map((x) => x.paragraph));
  // (A map, looked in for every question: see quoteOrdinal.)
  const quoteAt = new Map<string | undefined, number>(
    quoted.length ? ['first', 'opening', 'last', 'final', 'closing'].map((w, i) => [w, i < 2 ? Math.min(...quoted) : Math.max(...quoted)]) : [],
  );
  // The fact base's joined words ("hands-on", "rip-off"), so "hands on" in a question reads as one word too.
  const compounds = new Set<string>();
  for (const f of base.facts) {
    for (const text of [...f.questions, ...f.keywords, f.answer, ...f.sources.map((x) => x.quote)]) {
      for (const m of fold(text).matchAll(/\b(\p{L}{2,}) ?-(on|off|up|in)\b/gu)) compounds.add(`${m[1]} ${m[2]}`);
    }
  }
  const compoundRe = compounds.size ? new RegExp(`\\b(${[...compounds].join('|')})\\b`, 'gi') : undefined;
  // "Did the White House push back?", "the nether lands": two words the fact base writes as one ("pushback",
  // "netherlands") read as that word, when one of them is a word the story doesn't have ("push"). (One pass, before
  // spelling and set phrases: a second after them joined nothing more in any question set.)
  const closeUp = (plain: string): string =>
    plain.replace(/\b(\p{L}{2,}) (?=(\p{L}{2,})\b)/gu, (m, a: string, b: string) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      if (STOPWORDS.has(x) || STOPWORDS.has(y) || (vocab.lookup(x).length > 0 && vocab.lookup(y).length > 0)) return m;
      // (Known as written, not as a misspelling: a lookup would search every pair of words for typos.)
      const joined = `${x}${y}`;
      return vocab.has(stem(joined)) || vocab.has(joined) ? a : m;
    });
  /** The question as the checks read it: its framing and set phrases plain (see plainIdioms), compounds joined. */
  const readable = (text: string): string => {
    // A slip in a word that names no topic ("acording to the artcle") is read as the word, so set phrases match.
    // (Not half of a split word, "the nether lands": the halves are joined first.)
    const spelt = closeUp(text).replace(/\p{L}{5,}/gu, (w) => {
      const lower = w.toLowerCase();
      const plain = misspeltPlain(lower);
      return plain === undefined || vocab.lookup(lower).length > 0 ? w : plain;
    });
    const closed = plainIdioms(spelt);
    return compoundRe ? closed.replace(compoundRe, (m) => m.replace(/\s+/, '-')) : closed;
  };
  // Each fact's quotes folded, letters said more than once counted once (what givenNameFacts reads).
  const undoubledQuotes = new Map(base.facts.map((f) => [f, f.sources.map((x) => undouble(fold(x.quote)))]));
  // The ways of contact each fact's answer names ("informal phone calls and text messages").
  const answerChannels = new Map(base.facts.map((f) => [f, channelsIn(words(fold(f.answer)))]));

  // The facts in the order the story tells them.
  const inStoryOrder = [...base.facts].sort((a, b) => firstParagraph(a) - firstParagraph(b));
  const leaderList = computeLeaders(inStoryOrder, entities, subjects);
  // "Macron's office", "Rutte's spokesman": someone speaking for a leader, which the story never quotes.
  const forALeader = new RegExp(
    `\\b(${leaderList.flatMap((e) => [e.name, ...e.aliases]).map((a) => escapeRegExp(fold(a))).join('|')})(?:'s|’s|s)? (?:press office|office|spokes\\p{L}*|press team|team|camp|representatives?)\\b`,
    'u',
  );
  // People the story cites as a source ("White House deputy press secretary Anna Kelly", "a European
  // official"), and the first fact one of them it names speaks in ("does the piece have a named source?").
  const attributedTo = (attribution: string, e: Entity): boolean => fold(attribution).includes(fold(e.name));
  const cites = (f: Fact, e: Entity): boolean => f.sources.some((x) => attributedTo(x.attribution, e));
  // Whom each fact's quotes name: "his first time in the White House" names the White House.
  const namedInQuotes = new Map(base.facts.map((f) => [f, new Set(f.sources.flatMap((x) => entities.mentions(contentWords(x.quote)).map((m) => m.entity.id)))]));
  const sourcePeople = base.entities.filter((e) => e.kind === 'person' && base.facts.some((f) => cites(f, e)));
  const sourceIds = new Set(sourcePeople.map((e) => e.id));
  // Everyone the story quotes or cites as a source, by name or not.
  const spoken = new Set(base.facts.flatMap((f) => [...f.quoted, ...f.sources.flatMap((x) => entities.mentions(contentWords(x.attribution)).map((m) => m.entity.id)), ...base.entities.filter((e) => cites(f, e)).map((e) => e.id)]));
  const namedSources = sourcePeople.filter((e) => !e.anonymous);
  const firstNamedSourceFact = inStoryOrder.find((f) => namedSources.some((e) => cites(f, e)));
  // The outlet the report speaks for ("Politico reported").
  const outlet = base.entities.find((e) => e.kind === 'organization' && base.facts.some((f) => f.sources.some((x) => REPORT_ITSELF.test(fold(x.attribution)) && attributedTo(x.attribution, e))));

  const toldOutlet = outlet
    ? new RegExp(`(?<!according )\\b(?:to|told|tell|tells|telling|with)\\s+(?:(?:the|a|an|that|this)\\s+)?(?:${[outlet.name, ...outlet.aliases].map((a) => escapeRegExp(fold(a))).join('|')})\\b`)
    : undefined;

  const outletName = outlet ? escapeRegExp(fold(outlet.name)) : undefined;
  const outletHeadline = outletName ? new RegExp(`\\bheadlines? (?:of|on|for|in|from) (?:the )?(?:original )?${outletName}\\b|\\b${outletName}(?:'s|s)? (?:own |original )?headlines?\\b`) : undefined;

  function sources(fact: Fact): Source[] {
    return fact.sources.map((s) => ({ story: fact.story, paragraph: s.paragraph, quote: s.quote, attribution: s.attribution }));
  }

  function suggestionFor(fact: Fact): string {
    return fact.questions[0] ?? fact.answer.slice(0, 80);
  }

  /** Entity mentions, except a misspelt name that is really a word the fact base knows ("Emmanuellllll"). */
  function mentionsIn(cw: ContentWords): Mention[] {
    return entities.mentions(cw).filter((m) => m.exact || !cw.stems.slice(m.start, m.end).every((s) => df.has(s)));
  }

  /**
   * The mentions a question asks about. ("Did the insider speak to the outlet?": every source in the story
   * spoke to it, so it names no one asked about.)
   */
  function mentionsAsked(cw: ContentWords, folded: string, all = mentionsIn(cw)): Mention[] {
    const told = toldOutlet?.test(folded) ?? false;
    // ("Is the 'paying dividends' line attributed to any source?", "is the detail sourced to Politico?": whether a
    // claim has a source at all asks about the claim, not about the unnamed sources the story has.)
    const unsourced = SOURCE_ASKED.test(folded);
    const found = all.filter((m) => !(told && m.entity === outlet) && !(unsourced && m.entity.anonymous && m.end - m.start === 1 && GENERIC_SOURCE_STEMS.has(stem(cw.words[m.start] ?? ''))));
    // "What's her title?", "quote me what she told them": with no one else named, "she" is the one woman the
    // story names (when it names exactly one).
    if (onlyShe && SHE.test(folded) && !found.some((m) => m.entity.kind === 'person')) found.push({ entity: onlyShe, start: 0, end: 0, exact: true });
    return found;
  }

  function isAboutLeader(f: IndexedFact): boolean {
    return leaderList.some((e) => f.about.has(e.id));
  }

  const women = base.entities.filter((e) => e.kind === 'person' && e.pronoun === 'she');
  const onlyShe = women.length === 1 ? women[0] : undefined;

  // The words of each entity's name and aliases (for nearName), and of all of them.
  const entityWords = new Map(base.entities.map((e) => [e.id, [...new Set([e.name, ...e.aliases].flatMap((a) => words(a)))]]));
  const nameWords = new Set([...entityWords.values()].flat());

  /** A word one letter off a word of a mentioned entity's name ("ana" beside "Kelly"). (Not a three-letter one: "doin" is not "Don".) */
  function nearName(word: string, mentions: Mention[]): boolean {
    if (word.length < 3) return false;
    return mentions.some((m) => (entityWords.get(m.entity.id) ?? []).some((w) => w.length >= 4 && w[0] === word[0] && editDistance(w, word, 1) <= 1));
  }

  function tokensOf(cw: ContentWords, mentions: Mention[]): Token[] {
    const inMention = new Set(mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
    const out: Token[] = [];
    const seen = new Set<string>();
    cw.words.forEach((word, i) => {
      // A word said twice ("buddy-buddy") counts once.
      if (inMention.has(i) || seen.has(word)) return;
      seen.add(word);
      // ("talkin'", "tryin": a dropped g.)
      const typed = vocab.lookup(word);
      const found = typed.length === 0 && /[^aeiou]in$/.test(word) ? vocab.lookup(`${word}g`) : typed;
      // A general word the story doesn't use ("overall", "notice") is soft too. (A slip in one, "acording", was
      // read as the word already: see readable.)
      const soft = SOFT_WORDS.has(word) || (GENERIC_WORDS.has(word) && found.every((m) => m.how === 'typo'));
      // A soft word is a known English word, not a misspelling of a story word ("broke" is not "bros").
      // A country's name is that country, not a slip in a story word ("spain" is not "span").
      const matches = soft || (found.some((m) => m.how === 'typo') && isCountry(word)) ? found.filter((m) => m.how !== 'typo') : found;
      // "ana kelly": a slip in one word of a name the question otherwise names belongs to the name.
      if (matches.length === 0 && !nameWords.has(word) && nearName(word, mentions)) return;
      const best = matches[0];
      out.push({ word, matches, idf: best ? idfOf(best.stem) : maxIdf, soft });
    });
    return out;
  }

  /** Whether a word of the question, or a synonym of it, is one of the fact's. */
  const hits = (t: Token, f: IndexedFact): boolean => t.matches.some((m) => f.weights.has(m.stem));

  function lexical(f: IndexedFact, tokens: Token[]): number {
    const best = (t: Token): number => t.matches.reduce((b, m) => Math.max(b, m.weight * (f.weights.get(m.stem) ?? 0)), 0);
    let num = 0;
    let den = 0;
    for (const t of tokens) {
      if (t.soft) continue;
      const b = best(t);
      // Unknown words can't tell facts apart; they count once, in the confidence (unknownShare).
      if (t.matches.length === 0 && b === 0) continue;
      den += t.idf;
      num += t.idf * b;
    }
    // A soft word never counts against a fact: it counts only where it matches as well as the rest.
    for (const t of tokens) {
      if (!t.soft) continue;
      const b = best(t);
      if (b === 0 || (den > 0 && b < num / den)) continue;
      den += t.idf;
      num += t.idf * b;
    }
    return den === 0 ? 0 : num / den;
  }

  /** A leader asked about in the place of a leader the fact is about (not of its speaker: "did Macron say…"). */
  function swapsLeader(f: IndexedFact, people: Entity[]): boolean {
    return people.every((e) => leaderList.includes(e)) && leaderList.some((e) => f.about.has(e.id));
  }

  function entityScore(f: IndexedFact, mentioned: Entity[]): number {
    let num = 0;
    let den = 0;
    for (const e of mentioned) {
      const w = mentionWeight(e);
      den += w;
      if (f.about.has(e.id)) num += w;
    }
    return den === 0 ? 0 : num / den;
  }

  function rank(tokens: Token[], mentioned: Entity[], qtype: QuestionType | undefined, qpairs: string[] = [], named: string[] = [], asksWho = false, pointed?: Pointed, cites: ReadonlySet<Fact> = new Set(), roughCount?: string): Scored[] {
    const people = mentioned.filter((e) => e.kind === 'person' && !subjects.has(e.id));
    // (Built with push: `map` makes the array holey, and the code reading ranked lists would meet two kinds.)
    const scored: Scored[] = [];
    for (const item of indexed) {
      const lex = lexical(item, tokens);
      const ent = entityScore(item, mentioned);
      let score: number;
      // "What's the UK angle?": general words alone, none of them the fact's, ask about whoever is named.
      if (tokens.length === 0 || (lex === 0 && tokens.every((t) => t.soft))) score = ent * (item.fact.kind === 'contact' ? 0.9 : 0.8);
      else if (mentioned.length === 0) score = lex;
      else score = 0.6 * lex + 0.4 * ent;
      // (Counted in loops: this runs for every fact, for every question.)
      if (score > 0) {
        let shared = 0;
        for (const p of qpairs) if (item.pairs.has(p)) shared++;
        score += Math.min(PAIR_BONUS_MAX, PAIR_BONUS * shared);
        // A soft word the fact has ("what phrase…" of the fact keyed on the phrase) helps pick it.
        let soft = 0;
        for (const t of tokens) if (t.soft && hits(t, item)) soft += WORDING.test(t.word) ? WORDING_BONUS : SOFT_BONUS;
        score += soft;
      }
      // A source named the way the fact attributes it ("the person with knowledge of Trump's calls").
      if (score > 0 && named.some((st) => !GENERIC_SOURCE_STEMS.has(st)) && named.every((st) => GENERIC_SOURCE_STEMS.has(st) || item.attribution.has(st))) score += ATTRIBUTION_BONUS;
      if (qtype && !item.fact.covers.includes(qtype) && !(roughCount !== undefined && roughlyCounted.get(item)?.has(roughCount))) score *= TYPE_MISMATCH[qtype];
      // "Who admitted…?" asks for a speaker: a fact only the report itself vouches for names none, unless it
      // quotes someone ("what he called 'great leaders'").
      if (asksWho && !item.voiced && item.fact.quoted.length === 0) score *= UNVOICED;
      // "The quote at the end", "paragraph 10": the paragraph the question points at.
      if (pointed && pointsAt(item, pointed)) score *= POINTED_AT;
      // "The phrase 'great leaders', who said it?": words the question quotes from the story.
      if (cites.has(item.fact)) score *= POINTED_AT;
      // Naming someone the fact isn't about counts against it, unless it is about another person named.
      // (Not where the question quotes the fact's words: "was 'bro-ing out' said of Trump and Starmer?" puts another
      // leader in the place of the one it names, which its quote corrects.)
      if (people.length && !people.some((e) => item.about.has(e.id)) && !(cites.has(item.fact) && swapsLeader(item, people))) score *= OTHER_PERSON;
      scored.push({ item, score, lex });
    }
    // Ties go to the fact that comes first in the story.
    return scored.sort((a, b) => b.score - a.score || firstParagraph(a.item.fact) - firstParagraph(b.item.fact));
  }

  function unknownShare(tokens: Token[], mentioned: Entity[]): number {
    const known = tokens.filter((t) => t.matches.length > 0).reduce((s, t) => s + t.idf, 0);
    // A word known only as a possible misspelling is partly unknown: "submit" is not "summit".
    const unknown =
      tokens.filter((t) => t.matches.length === 0 && !t.soft).length * maxIdf +
      tokens
        .filter((t) => t.matches.length > 0 && t.matches.every((m) => m.how === 'typo'))
        .reduce((s, t) => s + (1 - Math.max(...t.matches.map((m) => m.weight))) * 0.5 * maxIdf, 0);
    const ent = mentioned.reduce((s, e) => s + mentionWeight(e) * maxIdf * 0.6, 0);
    const total = known + unknown + ent;
    return total === 0 ? 0 : unknown / total;
  }

  function refusal(question: string, cut: boolean, why: string, related: Fact[], mentioned: Entity[]): EngineAnswer {
    const story = base.stories[0];
    const covers = story ? ` It covers ${lowerFirst(story.meta.title)}.` : '';
    const suggestions = suggest(related, mentioned, undefined);
    return {
      question,
      answered: false,
      answer: withCutNote(`${why}${covers}`, cut),
      confidence: 0,
      sources: [],
      suggestions,
      factIds: [],
      cut,
    };
  }

  function suggest(related: Fact[], mentioned: Entity[], answeredFact: Fact | undefined): string[] {
    const out: string[] = [];
    for (const e of mentioned) if (leaderList.includes(e)) out.push(`/whocalled ${shortName(e)}`);
    for (const f of related) if (f !== answeredFact) out.push(suggestionFor(f));
    if (!answeredFact && out.length < 2) {
      if (headlineFact) out.push(suggestionFor(headlineFact));
      out.push('/whocalled');
    }
    return [...new Set(out)].slice(0, 3);
  }

  // Answers are a pure function of the question, and people ask the same things (a suggestion button, a
  // question a channel passes round): the answers to questions asked again lately are kept. Most questions are
  // asked once, and keeping their answers would only hold memory until they were pushed out; so a question is
  // first only noted, by a hash (a number, which holds nothing), and its answer kept when it comes again.
  const answered = new Map<string, EngineAnswer>();
  const askedLately = new Set<number>();
  function ask(raw: string): EngineAnswer {
    const key = cacheSize > 0 && raw.length <= MAX_QUESTION_CHARS ? raw : '';
    const hit = key ? answered.get(key) : undefined;
    if (hit) {
      // Refresh its place in the LRU order.
      answered.delete(key);
      answered.set(key, hit);
      return hit;
    }
    const a = answer(raw);
    if (key) {
      const h = hashOf(key);
      if (askedLately.has(h)) {
        answered.set(key, a);
        if (answered.size > cacheSize) answered.delete(answered.keys().next().value ?? '');
      } else {
        askedLately.add(h);
        if (askedLately.size > 4 * cacheSize) askedLately.delete(askedLately.values().next().value ?? 0);
      }
    }
    return a;
  }

  function answer(raw: string, split = true): EngineAnswer {
    const { text: question, cut } = cutInput(raw, MAX_QUESTION_CHARS);
    // (The question as asked is what the answer shows, and what its quoted words are matched in; the rest reads it
    // without dashes or emoji: see readingOf.)
    const reading = readingOf(question);
    if (!question || words(reading).length === 0) {
      return refusal(question, cut, "That doesn't look like a question. Ask me about the story in your own words.", [], []);
    }
    const spelled = spelledOut(reading);
    const plain = readable(spelled);
    const plainWords = words(plain);
    const cw = contentWords(plain, plainWords);
    const folded = fold(plain);
    // The checks read the question's first words without a leading "so", "ok", "hey".
    const asked = withoutFiller(folded);
    // "The kicker", "the last paragraph" (read before the framing is taken off).
    // ("paragraph 10", "the third para": the paragraph a question points at.)
    const foldedRaw = fold(spelled);
    const nthQuote = quoteOrdinal(foldedRaw);
    const pointed: Pointed | undefined = AT_THE_END.test(foldedRaw) ? 'end' : (paragraphRef(foldedRaw) ?? quoteAt.get(nthQuote));
    const allMentions = mentionsIn(cw);
    const found = mentionsAsked(cw, folded, allMentions);
    const mentioned = [...new Set(found.map((m) => m.entity))];
    const tokens = askedTokens(cw, found, { folded, foldedRaw, nthQuote, pointed, allMentions });
    const early = earlyReply(question, cut, { folded, foldedRaw, asked, found, mentioned });
    if (early) return early;
    const direct = directAnswer({ question, cut, folded, foldedRaw, asked, tokens, found, mentioned, cw, pointed });
    if (direct) return direct;
    const qtype = questionType(folded);
    const named = found.filter((m) => m.entity.anonymous).flatMap((m) => cw.stems.slice(m.start, m.end));
    // "Which country's leader texted Trump?" asks for a leader: "leaders" is what is asked, not who is asked about.
    const whichLeaders = asksWhichLeaders(folded);
    const listed = leadersListed(folded, found, mentioned, whichLeaders);
    if (listed) return listLeaders(question, cut, listed);
    // "What did Politico report about NATO?": the outlet reported the whole story, so it picks out no fact.
    const reportedBy = outlet && reportingOn(folded) && mentioned.some((e) => e !== outlet && !subjects.has(e.id)) ? outlet : undefined;
    const constraining = (whichLeaders ? mentioned.filter((e) => e.kind !== 'group') : mentioned).filter((e) => e !== reportedBy);
    // "Apart from Starmer, who else messaged Trump?": not a question about Starmer; a fact about someone else,
    // if one is nearly as good.
    const setAside = setAsideIn(folded);
    const cited = citedFacts(question);
    let ranked = rank(tokens, constraining.filter((e) => !setAside.has(e.id)), qtype, wordPairs(plainWords), named, WHO_SAID.test(asked) || SOMEONE_SAID.test(withoutFiller(foldedRaw)), pointed, cited, qtype === 'how-many' ? countAsReported(foldedRaw) : undefined);
    const foldedWords = words(folded);
    ranked = preferred(ranked, { folded, foldedRaw, asked, found, mentioned, cw, setAside, whichLeaders, foldedWords });
    const top = ranked[0];
    const related = ranked.filter((r) => r.score > 0.15).slice(0, 3).map((r) => r.item.fact);
    const unknown = tokens.filter((t) => t.matches.length === 0 && !t.soft);
    // "Was the summit held in Belgium?", "did Kelly claim 32 meetings?": a place or a number where the fact
    // gives another. The fact answers it: its quote shows which.
    // (So does a claim put up with a question mark: "the summit was in Belgium, wasn't it?")
    // ("True or false: aides who listened in were impressed", "the aides were impressed, weren't they?": a claim
    // whatever relative "who" it holds.)
    // ("Macron has invited Trump to Paris?": a statement put as a question, as "has Macron invited…?" puts it.)
    const declared = !WH_START.test(asked) && !/\b(?:what|whats|who|whom|whose|which|when|where|why|how)\b/.test(asked) && /\?\s*$/.test(question);
    const claimed = YES_NO.test(asked) || TRUE_OR_FALSE.test(question) || TAG_QUESTION.test(question) || declared || (!WH_START.test(asked) && CHECK_ASKED.test(question));
    const perfectClaim = declared && PERFECT_STATEMENT.test(asked) && !TAG_QUESTION.test(question);
    const slots = top && claimed ? slotFills(top.item, tokens, question) : top ? countryPlaced(top.item, tokens, folded) : new Set<string>();
    // "WhatsApp or Signal?", "football or cricket?": the story answers which when it has one of the two.
    if (top) for (const w of alternatives(top.item, tokens, folded, found, cw)) slots.add(w);
    const share = unknownShare(tokens.filter((t) => !slots.has(t.word)), mentioned);
    const confidence = top ? calibrate(top.score, share, ranked[1]?.score ?? 0, unknownPower) : 0;
    const gap = top ? detailGap(top, tokens, found, folded, qtype, ranked, cw, slots, setAside, cited, foldedWords, perfectClaim) : undefined;

    const names = unknown.length ? capitalisedRuns(question, new Set(unknown.map((t) => t.word))) : [];
    // "How many meetings did Biden hold?": a name the story never mentions is a question about someone else.
    // (A choice, "Biden or Macron?", with a name or word the story has, is not about a stranger. Worked out for
    // every question with an "or": as the rarer test it was, the optimiser met it unseen and threw its work away.)
    const choice = / or /.test(folded) && (found.length > 0 || tokens.some((t) => t.matches.length > 0));
    const stranger = names.length > 0 && !names.every((n) => words(n).every((w) => slots.has(w))) && !choice;
    if (!top || confidence < threshold || gap || stranger) return notAnswered({ question, reading, cut, asked, gap, stranger, split, names, related, mentioned });

    return answerFrom(question, cut, top.item.fact, confidence, ranked.slice(1, 4).filter((r) => r.score > 0.2).map((r) => r.item.fact));
  }

  /** The question's words as the ranking reads them: a name asked for, or the outlet called by a common noun, asks nothing. */
  function askedTokens(
    cw: ContentWords,
    found: Mention[],
    { folded, foldedRaw, nthQuote, pointed, allMentions }: { folded: string; foldedRaw: string; nthQuote: string | undefined; pointed: Pointed | undefined; allMentions: Mention[] },
  ): Token[] {
    // "What is the NATO chief's name?" — the name is the person it names, so "name" asks nothing more.
    // ("How does Trump say Macron's name?" asks about the name itself, and keeps it.)
    // ("What was the name of the trade deal Starmer sealed?" asks the name of a thing.)
    const namesPerson =
      // ("The name of the publication that reported it", but not "the name of the WH press secretary".)
      found.some((m) => (m.entity.kind === 'person' || (m.entity.kind === 'organization' && !ROLE_AFTER.test(cw.words[m.end] ?? ''))) && !m.entity.anonymous && !subjects.has(m.entity.id) && nameIsOf(m, found, cw.words)) &&
      !found.some((m) => m.entity.anonymous) &&
      !/\b(say|says|said|saying|pronounce[sd]?|pronouncing|call|calls|called|spell|spells|spelled|spelt)\b/.test(folded) &&
      // ("Is it a first-name thing between them?" is about names, not asking for one.)
      /\b(?:what(?:'s| is| was|s)|whats|which|give me|tell me)\b[^?]*\bnames?\b|\bnames? of\b|\bnames?\s*\??$|^name (?:the|a|an|both|each|every|all)\b/.test(folded);
    // ("Any names for the staff who listened in?": names of people the story leaves unnamed; the rules say so.)
    const namesUnnamed = found.some((m) => m.entity.anonymous) && NAMES_OF.test(folded);
    // ("Did the insider speak to the paper?": the outlet everyone spoke to, called by a common noun, is no word
    // a fact must have, though one whose quote has it ("told the outlet") is the likelier. Its name, "told
    // Politico", is the fact's own. Only a word outside every mention is a token, so this matters where
    // mentionsAsked set the outlet aside, or where the word comes again.)
    const toldOutletAs = allMentions.filter((m) => m.entity === outlet && !cw.words.slice(m.start, m.end).includes(fold(outlet.name)));
    const outletWords = new Set(toldOutletAs.flatMap((m) => cw.words.slice(m.start, m.end)));
    // ("Attributed to any source?": the source asked after is none in particular, so no fact must have the word.)
    const unsourced = SOURCE_ASKED.test(folded);
    // (Read for every question, not only where the word is: a step seldom taken, met in optimised code, throws it away.)
    const countingSetAside = /\bnot counting\b/.test(folded);
    // (Kept with push, as tokensOf builds them: arrays of tokens of one kind keep the code that reads them fast.)
    const out: Token[] = [];
    for (const t of tokensOf(cw, found)) {
      if ((namesPerson || namesUnnamed) && /^names?$/.test(t.word)) continue;
      // ("The first quote": "first" says which quote, not that the quote is about a first time.)
      if (t.word === nthQuote) continue;
      // ("Not counting Starmer, who else…": the words that set someone aside ask about no count.)
      if (t.word === 'counting' && countingSetAside) continue;
      const soft =
        // ("The lede" is read as the headline, and points at the first paragraph: there, "headline" is no word a
        // fact of that paragraph must have.)
        (pointed === 1 && t.word === 'headline' && LEDE.test(foldedRaw)) ||
        outletWords.has(t.word) ||
        (unsourced && (t.word === 'sourced' || GENERIC_SOURCE_STEMS.has(stem(t.word))));
      out.push(soft ? softened(t) : t);
    }
    return out;
  }

  /** A reply before any fact is ranked: thanks, a greeting, what the bot does, how-to questions, offices. */
  function earlyReply(question: string, cut: boolean, { folded, foldedRaw, asked, found, mentioned }: { folded: string; foldedRaw: string; asked: string; found: Mention[]; mentioned: Entity[] }): EngineAnswer | undefined {
    // "Thanks!", "hi", "what can you do?": not a question about the story, but a reply all the same.
    if (THANKS.test(foldedRaw)) return refusal(question, cut, "You're welcome. Ask me anything else about the story.", [], []);
    if (GREETING.test(foldedRaw)) return refusal(question, cut, 'Hello! Ask me a question about the story and I will answer with the words of the article and where they are.', [], []);
    if (CAPABILITIES.test(foldedRaw)) return refusal(question, cut, "I answer questions about one story, quoting the article and saying which paragraph and who said it; when the story doesn't say, I tell you so.", [], []);
    // "How do I back up my WhatsApp chats?": how to do something, which a news story doesn't say.
    if (HOW_TO.test(asked)) return refusal(question, cut, "The story doesn't say how to do that; it reports what happened.", [], mentioned);
    return officeReply(question, cut, { folded, foldedRaw, found, mentioned });
  }

  /**
   * A question of general words alone ("what did they say?", "what does the last paragraph say?", "what's this story
   * about?"). (Its own function: asked rarely, it is not folded into its caller by the optimiser, and its turns,
   * each rarer still, don't throw the caller's optimised code away when a question first takes them.)
   */
  function nothingNamed(question: string, cut: boolean, pointed: Pointed | undefined, folded: string, foldedRaw: string): EngineAnswer {
    // "What does the last paragraph say?", "summarise paragraph 4": the first fact from that paragraph.
    const at = pointed ? indexed.find((x) => pointsAt(x, pointed)) : undefined;
    if (at) return answerFrom(question, cut, at.fact, 0.8, []);
    const paragraphs = base.stories[0]?.paragraphs.length ?? 0;
    if (typeof pointed === 'number' && pointed > paragraphs) return refusal(question, cut, `The story has ${paragraphs} paragraphs.`, [], []);
    // "What's this story about?": the story's headline fact.
    if (headlineFact && (SUMMARY_QUESTION.test(foldedRaw) || SUMMARY_QUESTION.test(folded))) return answerFrom(question, cut, headlineFact, 0.9, []);
    return refusal(question, cut, "I couldn't find anything to look up in that. Ask me about the story in your own words.", [], []);
  }

  /**
   * "Is Macron Italy's prime minister?", "Anna Kelly is the White House chief of staff, isn't she?": an office
   * put to someone the story names is a claim about them, answered where the story gives their title; else the
   * refusal that says the story gives no one that office.
   */
  function officeClaimed(question: string, cut: boolean, why: string, at: number, { folded, foldedRaw, found, mentioned }: AskedOffice): EngineAnswer {
    const holder = OFFICE_PUT.test(folded) || OFFICE_PUT.test(foldedRaw) ? claimedHolder(folded.slice(0, at), found) : undefined;
    const intro = holder ? introOf(holder) : undefined;
    if (intro) return answerFrom(question, cut, intro, 0.9, []);
    return refusal(question, cut, why, [], mentioned);
  }

  /**
   * The ranking, with a fact nearly as good as the best put first when the way a question asks picks it out: a
   * first name as asked, someone set aside, a leader, a speaker's own words, the outlet, the ways of contact.
   */
  function preferred(
    ranked: Scored[],
    { folded, foldedRaw, asked, found, mentioned, cw, setAside, whichLeaders, foldedWords }: { folded: string; foldedRaw: string; asked: string; found: Mention[]; mentioned: Entity[]; cw: ContentWords; setAside: Set<string>; whichLeaders: boolean; foldedWords: readonly string[] },
  ): Scored[] {
    let out = ranked;
    // "Trump says Emmanuel how?": of the facts nearly as good as the best, one quoting the first name as asked.
    const byGivenName = givenNameFacts(found, cw);
    if (byGivenName.size > 0) out = preferNear(out, 0.7, (r) => byGivenName.has(r.item.fact));
    if (setAside.size > 0) out = preferNear(out, SET_ASIDE_NEAR, (r) => ![...setAside].some((id) => r.item.about.has(id)));
    // "Which leader...": of the facts nearly as good as the best, one about a leader answers it.
    if (whichLeaders) out = preferNear(out, 0.8, (r) => isAboutLeader(r.item));
    // "What did Macron say back?": of the facts nearly as good as the best, one that quotes him answers it.
    // (What someone thinks is another matter: a quote doesn't answer it.)
    const speaker = speakerOf(asked, found);
    if (speaker && !/\b(think|thought)\b/.test(folded)) out = preferNear(out, 0.75, (r) => r.item.fact.quoted.includes(speaker.id));
    // "Who reported on Trump's calls?", "which outlet broke this?": the outlet is what is asked. ("Who reported
    // that Trump gave out his number?" asks who reported a claim: the claim's fact says.)
    if (outlet && OUTLET_ASKED.test(withoutFiller(foldedRaw))) out = preferNear(out, 0.8, (r) => r.item.about.has(outlet.id));
    // "Who goes first?", "who starts it?": an order asked for. Of the facts nearly as good as the best, one whose
    // quote tells one thing and then the next answers it.
    if (ORDER_ASKED.test(folded)) out = preferNear(out, ORDER_NEAR, (r) => r.item.fact.sources.some((x) => SEQUENCE.test(fold(x.quote))));
    // "Did Macron call him 'Mr President'?", "do they use first names?": what one person calls another. Of the facts
    // nearly as good as the best, one quoting the words of someone asked about answers it (the names they use).
    if (ADDRESS_ASKED.test(folded)) {
      const people = new Set(found.filter((m) => m.entity.kind === 'person').map((m) => m.entity.id));
      out = preferNear(out, ADDRESS_NEAR, (r) => r.item.fact.quoted.some((id) => people.has(id)));
    }
    // "What number did she cite?", "what did the spokeswoman claim in numbers?": a figure asked for (not a phone
    // number). Of the facts nearly as good as the best, one whose quote gives a figure answers it.
    if (FIGURE_ASKED.test(folded) && !PHONE_NUMBER.test(folded)) out = preferNear(out, FIGURE_NEAR, (r) => r.item.fact.sources.some((x) => /\d/.test(x.quote)));
    // "Do leaders call him or text him to win him over?": of the facts nearly as good as the best, one whose answer
    // names the ways of contact asked about.
    if ((MEANS_ASKED.test(foldedRaw) || (twoChannels(foldedWords) && / or /.test(folded))) && !mentioned.some((e) => e.kind === 'person' && !subjects.has(e.id))) {
      const channelsAsked = channelsIn(foldedWords);
      // (The one naming the most of them: "calls and text messages" over "these personal calls".)
      const named = (r: Scored): number => {
        const ways = answerChannels.get(r.item.fact) ?? new Set<string>();
        return [...channelsAsked].every((ch) => ways.has(ch)) ? ways.size : 0;
      };
      // ("By what means…", "through what…" ask for nothing but the means: a fact naming them, if less close, answers.)
      const near = MEANS_ONLY.test(foldedRaw) ? MEANS_NEAR : CHANNEL_NEAR;
      const bar = (out[0]?.score ?? 0) * near;
      let most = 0;
      for (const r of out) if (r.score >= bar) most = Math.max(most, named(r));
      if (most > 0) out = preferNear(out, near, (r) => named(r) === most);
    }
    return out;
  }

  /**
   * A question the best fact can't answer: a part of it may be answerable, or the question before a guess;
   * else the refusal, saying why.
   */
  function notAnswered({ question, reading, cut, asked, gap, stranger, split, names, related, mentioned }: { question: string; reading: string; cut: boolean; asked: string; gap: string | undefined; stranger: boolean; split: boolean; names: string[]; related: Fact[]; mentioned: Entity[] }): EngineAnswer {
    // "Which official's texts went public, and what did Trump say about NATO?": two questions in one. When
    // the whole can't be answered for no more reason than a thin match, a part may be.
    if ((!gap || gap === DOESNT_SAY) && !stranger && split) {
      // (A later part must be a question itself: "need a name for attribution" is a note about the first.)
      // (The first part answered is the answer: the parts after it are not answered at all.)
      const parts = partsOf(reading);
      for (const [i, p] of parts.entries()) {
        if (i > 0) {
          const plainPart = readable(p);
          const opening = withoutFiller(fold(plainPart));
          // ("…? What was his reasoning?" leans on the first part: alone it names nothing to look up.)
          const pcw = contentWords(plainPart);
          const pm = mentionsIn(pcw);
          const names = pm.length > 0 || tokensOf(pcw, pm).some((t) => !t.soft && t.matches.some((m) => m.how === 'exact'));
          if (!names || !(WH_START.test(opening) || REQUEST_OPENER.test(opening))) continue;
        }
        const part = answer(p, false);
        if (part.answered) return asWhole(part, question, cut);
      }
    }
    // "Where was the summit held - Belgium?": the question before the guess, answered, shows the guess wrong.
    const guessed = split ? (guessedAt(reading) ?? someoneElse(asked)) : undefined;
    if (guessed) return asWhole(guessed, question, cut);
    let why = DOESNT_SAY;
    // (A name as typed, "Boris Johnson", says it better than the word a gap found, "boris".)
    // ("Did Trump call Putin?": that the story never mentions Putin says more than "the story doesn't say".)
    if (names.length && (!gap || gap === DOESNT_SAY || gap.startsWith(NOT_MENTIONED))) why = `${NOT_MENTIONED} ${joinAnd(names)}.`;
    else if (gap) why = gap;
    return refusal(question, cut, why, related, mentioned);
  }

  /**
   * The one person the story names that the words before an office are about, when they say no more than who
   * ("true or false: Macron is described as", "is Anna Kelly the").
   */
  function claimedHolder(before: string, found: Mention[]): Entity | undefined {
    // (The office's own words may name someone else: "prime minister" is Starmer's title.)
    const who = before.replace(CLAIM_FILLER, '').replace(/^(?:true or false\W*|fact[- ]?check\W*|(?:(?:can you |please )?(?:tell (?:me|us)|confirm|check|verify)(?: whether| if| that)?|is it (?:true|right|correct) that)\s+|(?:is|was|did|does|so|ok|okay)\s+)*/, '').replace(/(?:'s|’s)$/, '').trim();
    if (!who) return undefined;
    return [...new Set(found.map((m) => m.entity))].find((e) => e.kind === 'person' && !e.anonymous && !subjects.has(e.id) && [e.name, ...e.aliases].some((a) => fold(a) === who));
  }

  /**
   * "Who is the prime minister of the Netherlands?": an office of a country that no one in the story holds
   * (the prime minister it names is Britain's), or a post in a government; the reply (see officeClaimed). (The reply
   * is given from here, not by the caller: rare, it would be code the optimiser had never seen in the engine's main
   * function, which it throws away on meeting such code; this function, too long to be folded into its caller, is
   * the only one that pays.)
   */
  function officeReply(question: string, cut: boolean, read: AskedOffice): EngineAnswer | undefined {
    const { folded } = read;
    // ("Is Macron the French prime minister or the French president?" offers the right one too.)
    if (OFFICE_OR.test(folded)) return undefined;
    // "Who is Trump's chief of staff?": a post in a government that no one in the story holds.
    // (Asked about otherwise, "what did Trump's chief of staff think?", the post's holder isn't in the story either.)
    const post = GOVERNMENT_POST.exec(folded)?.[0];
    if (post && !base.entities.some((e) => [e.title, ...e.aliases].some((n) => fold(n).includes(post)))) {
      // ("the White House", "the US", "Trump's": whose post it is, just before it.)
      const owner = POST_OWNER.exec(folded.slice(0, folded.indexOf(post)));
      const whose = owner?.[1]?.trim().replace(/(?<![\p{L}'])(?!the\b)([a-z])([a-z.]*)/gu, (w, c: string, rest: string) => (w.length <= 2 || rest.includes('.') ? w.toUpperCase() : c.toUpperCase() + rest));
      return officeClaimed(question, cut, `The story doesn't ${WHO_ASKED.test(folded) ? 'name' : 'mention'} ${whose ?? 'the'} ${post}.`, owner?.index ?? folded.indexOf(post), read);
    }
    const of = OFFICE_OF.exec(folded);
    // ("The French prime minister", "Canada's prime minister" name the country first.)
    const before = of ? null : (OFFICE_BY_ADJECTIVE.exec(folded) ?? OFFICE_OF_POSSESSIVE.exec(folded));
    const asked = of?.[1] ?? before?.[2];
    const role = asked === 'pm' ? 'prime minister' : asked;
    const country = of?.[3] ?? before?.[1];
    if (!role || !country) return undefined;
    // ("The former Dutch prime minister" is an office once held, which a story may not say.)
    // (So is one asked of a time before, "was Rutte the Dutch PM before NATO?", and one ruled out, "…not Dutch PM".)
    if (FORMER.test(folded.slice(0, of?.index ?? before?.index ?? 0)) || ONCE.test(folded)) return undefined;
    const place = words(country).filter((w) => !STOPWORDS.has(w));
    // (Nor does an office once held, "former Dutch prime minister", make someone its holder now.)
    const held = base.entities.some((e) => {
      const names = [e.title, ...e.aliases].map(fold).filter((n) => !FORMER.test(`${n.split(' ')[0] ?? ''} `));
      return e.kind === 'person' && names.some((n) => n.includes(role)) && place.every((w) => names.some((n) => words(n).includes(w)));
    });
    if (held || place.length === 0) return undefined;
    const named = country.replace(/\b(?!the\b)[a-z]/g, (c) => c.toUpperCase());
    if (of) return officeClaimed(question, cut, `The story doesn't name the ${role} of ${of[2] ?? ''}${named}.`, of.index, read);
    return officeClaimed(question, cut, `The story doesn't name ${before?.[0].includes("'") ? `${named}${named.endsWith('s') ? "'" : "'s"} ${role}` : `the ${named} ${role}`}.`, before?.index ?? 0, read);
  }

  /** People a question sets aside: "apart from Starmer", "besides Macron", "not counting the NATO chief". */
  function setAsideIn(folded: string): Set<string> {
    const out = new Set<string>();
    for (const m of folded.matchAll(SET_ASIDE)) for (const x of entities.mentions(contentWords(m[1] ?? ''))) if (x.entity.kind === 'person' && !subjects.has(x.entity.id)) out.add(x.entity.id);
    return out;
  }

  /**
   * Questions answered, or refused, without ranking: the story's sources or people listed, its summary, a
   * leader's section, a paragraph pointed at, someone's role, a question that names nothing to look up. Each rule
   * is its own function, tried in turn (as the gap rules are): one that a question seldom reaches is optimised, and
   * thrown away when a question first takes a new turn in it, on its own rather than as part of one large function.
   * Undefined for the rest.
   */
  function directAnswer(a: Asked): EngineAnswer | undefined {
    for (const rule of directRules) {
      const direct = rule(a);
      if (direct) return direct;
    }
    return undefined;
  }

  // "Does the piece have a named source?": the first fact whose source is a person the story names.
  // (Only when that is all it asks: "is the 'bro-ing out' line from a named person?" asks about one quote.)
  function namedSourceAsked({ question, cut, folded, tokens, mentioned }: Asked): EngineAnswer | undefined {
    const onlyNamed = tokens.every((t) => t.soft || /^(?:named?|names|sources?|officials?|persons?|people|spokesperson|spokespeople|voices?|quoted|cited|identified|record|government|governments|only|speaking|speaks|spoke|comment|comments|commenting|statement|statements|giving)$/.test(t.word));
    if (NAMED_SOURCE.test(folded) && onlyNamed && mentioned.every((e) => e.anonymous || e.kind !== 'person')) {
      if (firstNamedSourceFact) return answerFrom(question, cut, firstNamedSourceFact, 0.9, []);
    }
    return undefined;
  }

  // "Which sources are anonymous?", "list everyone named in the article": a list, not one fact.
  function listAsked({ question, cut, folded, tokens, mentioned }: Asked): EngineAnswer | undefined {
    const listOnly = tokens.every((t) => t.soft || LIST_WORDS.has(t.word)) && mentioned.every((e) => e.anonymous || subjects.has(e.id));
    if (listOnly && SOURCES_LIST.test(folded)) {
      const unnamed = /\b(?:anonymous|unnamed|unidentified|not named)\b/.test(folded);
      const named = /\b(?:named|identified|on the record)\b/.test(folded);
      return listSources(question, cut, unnamed && !named ? 'unnamed' : named && !unnamed ? 'named' : 'all');
    }
    if (listOnly && PEOPLE_LIST.test(folded)) return listPeople(question, cut);
    return undefined;
  }

  // "Summarise the story in one line", "what's the main claim of this piece about Trump and foreign leaders?":
  // the story's headline fact, however the summary is wanted.
  function summaryAsked({ question, cut, folded, tokens, mentioned, pointed }: Asked): EngineAnswer | undefined {
    const summaryOnly = SUMMARY_QUESTION.test(folded) && !pointed && tokens.every((t) => t.soft || SUMMARY_FILLER.has(t.word));
    if (headlineFact && summaryOnly && mentioned.every((e) => subjects.has(e.id) || e.kind === 'group')) {
      return answerFrom(question, cut, headlineFact, 0.9, []);
    }
    // "Summarise the Starmer section": everything the story reports between that leader and Trump.
    const leaderAsked = mentioned.filter((e) => !subjects.has(e.id) && e.kind !== 'group');
    if (summaryOnly && leaderAsked.length === 1 && leaderAsked[0] && leaderList.includes(leaderAsked[0])) {
      return { ...whocalled(leaderAsked[0].name), question, cut };
    }
    return undefined;
  }

  // Nothing but general words ("what did they say?") names nothing to look up. (With a paragraph pointed at,
  // "summary", "main claim" and "headline", which "the opening paragraph" is read as, and "the final point" at the
  // end, ask for what it says.)
  function generalWordsOnly({ question, cut, folded, foldedRaw, tokens, mentioned, pointed }: Asked): EngineAnswer | undefined {
    const pointedFiller = (t: Token): boolean => pointed !== undefined && (SUMMARY_FILLER.has(t.word) || /^(?:headline|final|last|closing|point|end|ending)$/.test(t.word));
    if (tokens.every((t) => t.soft || pointedFiller(t)) && mentioned.length === 0) return nothingNamed(question, cut, pointed, folded, foldedRaw);
    return undefined;
  }

  // Someone asked for, answered where the story introduces them.
  function personIntroduced({ question, cut, folded, asked, tokens, found, mentioned, cw }: Asked): EngineAnswer | undefined {
    // "Which NATO official is mentioned?": the person whose title names that body.
    const [body] = mentioned;
    const ofBody = body && mentioned.length === 1 && body.kind === 'organization' ? body : undefined;
    // ("Which French official…", "which NATO figure…": in a which-question, the word for what someone is asks for them.)
    const whichPersonWord = (t: Token): boolean => /^which\b/.test(asked) && /^(?:officials?|figures?|persons?|politicians?)$/.test(t.word);
    const memberAsked =
      /^(?:which|what|who(?:'s| is)(?: the)?)\b/.test(asked) && tokens.some((t) => BODY_ROLES.test(t.word)) && tokens.every((t) => t.soft || LIST_WORDS.has(t.word) || whichPersonWord(t));
    // "Who leads NATO?", "who runs the alliance?": the one whose title says they lead it (not a deputy).
    const leadsAsked = /^who (?:leads|heads|runs|chairs|is in charge of)\b/.test(asked) && tokens.every((t) => t.soft || LIST_WORDS.has(t.word) || BODY_LEADS.test(t.word));
    const member = ofBody && (memberAsked || leadsAsked)
      ? base.entities.find((e) => e.kind === 'person' && !e.anonymous && fold(e.title).includes(fold(ofBody.name)) && (!leadsAsked || LEADS_BY_TITLE.test(fold(e.title))))
      : undefined;
    // "Which French leader features in the story?": the one person it names.
    const people = mentioned.filter((e) => e.kind === 'person' && !subjects.has(e.id));
    const [only] = people;
    // ("Which aide listened in on the Macron call?" asks about the aides; "who was NATO chief before Rutte?" about
    // someone else; "who described the Emmanuel thing?" for whoever told of it.)
    const featured =
      only && people.length === 1 && !only.anonymous && /^(?:which|who)\b/.test(asked) && !WHO_SAID.test(asked) && !ORDER_ASKED.test(asked) && tokens.every((t) => t.soft || LIST_WORDS.has(t.word) || whichPersonWord(t)) && mentioned.every((e) => e === only || subjects.has(e.id)) && !SUCCESSION.test(folded)
        ? only
        : undefined;
    // "Who is Trump?", "who's the American president in this story?": the story's subject, asked about alone, is
    // introduced where the story starts with them.
    const [subject] = mentioned;
    const subjectAsked =
      subject && mentioned.length === 1 && subjects.has(subject.id) && subject.kind === 'person' && /^who(?:'s|s| is| was)\b/.test(asked) && tokens.length === 0 ? subject : undefined;
    // Each is answered where the story introduces them, as is "What's Starmer's job?", "Which country does
    // Macron lead?" (the fact that gives their title).
    for (const person of [member, featured, subjectAsked, roleOf(found, tokens, folded, cw.words)]) {
      const intro = person ? introOf(person) : undefined;
      if (intro) return answerFrom(question, cut, intro, 0.9, []);
    }
    return undefined;
  }

  // "What does the insider do for work?": someone the story leaves unnamed, asked about beyond what it says.
  function unnamedAsked({ question, cut, folded, foldedRaw, asked, tokens, found, mentioned }: Asked): EngineAnswer | undefined {
    const unnamed = unnamedAtWork(found, tokens, folded, foldedRaw, asked);
    return unnamed ? refusal(question, cut, `The story doesn't say more about ${unnamed.name} than that.`, [], mentioned) : undefined;
  }

  const directRules: ReadonlyArray<(a: Asked) => EngineAnswer | undefined> = [
    namedSourceAsked,
    listAsked,
    summaryAsked,
    generalWordsOnly,
    personIntroduced,
    unnamedAsked,
  ];

  /**
   * "What does the insider do for work?", "does the European official work for the EU or NATO?", "a diplomat
   * or a minister?": the unnamed source a question asks the work of, which the story never gives beyond how it
   * describes them. (Not when the words asked are the description's own: "which government does the U.K.
   * government adviser work for?"; nor "is the official named?", which it answers.)
   */
  function unnamedAtWork(found: Mention[], tokens: Token[], folded: string, foldedRaw: string, asked: string): Entity | undefined {
    const [source, ...others] = found.filter((m) => m.entity.anonymous);
    if (!source || others.some((m) => m.entity !== source.entity)) return undefined;
    if (found.some((m) => m.entity.kind === 'person' && !m.entity.anonymous && !subjects.has(m.entity.id))) return undefined;
    if (!(ROLE_QUESTION.test(folded) || EMPLOYER.test(folded)) || IDENTITY_QUESTION.test(asked) || BACKGROUND.test(folded) || NAMING.test(foldedRaw)) return undefined;
    const described = new Set([source.entity.name, source.entity.title].flatMap((a) => words(a)));
    const asksWork = tokens.every((t) => t.soft || ((ROLE_WORDS.has(t.word) || OCCUPATIONS.has(t.word)) && !described.has(t.word)));
    return asksWork ? source.entity : undefined;
  }

  /** Words of a yes/no question that fill a slot the fact fills otherwise: a number, or a place after "in". */
  function slotFills(item: IndexedFact, tokens: Token[], question: string): Set<string> {
    const out = new Set<string>();
    const quotes = item.fact.sources.map((x) => x.quote).join(' ');
    const hasPlace = aboutAPlace.has(item);
    const foldedQuestion = fold(question);
    const placed = new Set(
      [...question.matchAll(/\b(?:in|at|to|from|near)\s+((?:\p{Lu}[\p{L}'-]*\s*)+)/gu)].flatMap((m) => words(m[1] ?? '')),
    );
    // ("golf in ireland", "the invitation was for Ireland": a country is a place as typed.)
    for (const c of countriesAfter(foldedQuestion, /\b(?:in|at|to|from|near|for)\s+(\p{L}+)/gu)) placed.add(c);
    for (const t of tokens) {
      if (t.soft) continue;
      // "during a cricket match" where the fact says a football match; "the chief press secretary" where it
      // says deputy (a word the story has elsewhere, but not this fact).
      if (!hits(t, item) && SLOT_KINDS.some((kind) => kind.includes(t.word) && kind.some((w) => w !== t.word && item.weights.has(stem(w))))) out.add(t.word);
      // "Did he only start it in his second term?", "his first time or second?": which time something began, or a
      // choice of two, where the fact gives another (not "did he do it again in his second term?").
      if (ORDINALS.includes(t.word) && !hits(t, item) && ORDINALS.some((w) => w !== t.word && item.weights.has(stem(w))) && ORDINAL_ASKED.test(foldedQuestion)) out.add(t.word);
      if (t.matches.length > 0) continue;
      if (/^\d+$/.test(t.word) && /\d/.test(quotes)) out.add(t.word);
      else if (hasPlace && placed.has(t.word)) out.add(t.word);
    }
    return out;
  }

  /**
   * "Since the summit was in Spain, …": a country the question puts a thing in, where the fact gives its place (its
   * quote shows which), fills that slot in any question, as a place in a yes/no question does (see slotFills).
   */
  function countryPlaced(item: IndexedFact, tokens: Token[], folded: string): Set<string> {
    const out = new Set<string>();
    // (Only when the country is all the question has that the story lacks: "… in Ireland. Which hole did they finish
    // on?" asks more.)
    // (The fact's place first: most facts have none, and the question's words need not be looked through.)
    if (!aboutAPlace.has(item)) return out;
    const unknown = tokens.filter((t) => t.matches.length === 0 && !t.soft);
    if (unknown.length === 0 || !unknown.every((t) => isCountry(t.word))) return out;
    for (const c of countriesAfter(folded, /\b(?:in|at|near)\s+(\p{L}+)/gu)) out.add(c);
    return out;
  }

  /** An unknown word offered beside one the fact has, either side of an "or": the other alternative. */
  function alternatives(item: IndexedFact, tokens: Token[], folded: string, found: Mention[], cw: ContentWords): string[] {
    const out: string[] = [];
    const byWord = new Map(tokens.map((t) => [t.word, t]));
    // ("Johnson or Starmer?": a name of someone the fact is about is one of its words too.)
    // (Asked as a choice of who: "was it Johnson or Starmer", "Sunak or Starmer, who…".)
    const whoChoice = /\b(?:was|is) it [\p{L}' ]{1,30} or\b| or [\p{L}' ]{1,30}(?:,)? (?:who|that|whose)\b/u.test(folded);
    const named = new Set(whoChoice ? found.filter((m) => m.entity.kind === 'person' && item.about.has(m.entity.id)).flatMap((m) => cw.words.slice(m.start, m.end)) : []);
    const has = (w: string | undefined): boolean => {
      const t = w === undefined ? undefined : byWord.get(w);
      return (t !== undefined && !t.soft && hits(t, item)) || (w !== undefined && named.has(w));
    };
    // ("Amusing or awkward?": a known word of the same kind as the fact's, which its quote sets against it, is the
    // other alternative too.)
    const unknown = (w: string | undefined, other?: string): w is string => {
      const t = w === undefined ? undefined : byWord.get(w);
      if (t === undefined || t.soft || hits(t, item)) return false;
      const of = (kind: readonly string[], w: string): boolean => kind.some((k) => stem(k) === stem(w));
      return t.matches.length === 0 || (other !== undefined && SLOT_KINDS.some((kind) => of(kind, t.word) && of(kind, other)));
    };
    const parts = folded.split(/\s+or\s+/);
    for (let i = 0; i + 1 < parts.length; i++) {
      const left = words(parts[i] ?? '').filter((w) => !STOPWORDS.has(w)).pop();
      const right = words(parts[i + 1] ?? '').find((w) => !STOPWORDS.has(w));
      if (has(left) && unknown(right, left)) out.push(right);
      if (has(right) && unknown(left, right)) out.push(left);
    }
    return out;
  }

  /** A part's answer given as the answer to the whole question (and its note if the whole was cut). */
  function asWhole(part: EngineAnswer, question: string, cut: boolean): EngineAnswer {
    return { ...part, question, cut, answer: withCutNote(part.answer.replace(/\n\(Your question was long[^)]*\)$/, ''), cut) };
  }

  /** The answer to a question asked before a guess at its answer ("…held - Belgium?"), when there is one. */
  function guessedAt(question: string): EngineAnswer | undefined {
    const m = GUESS_TAIL.exec(question);
    const head = m?.groups?.head;
    const guess = m?.groups?.guess;
    if (!head || !guess || / or /i.test(head)) return undefined;
    const a = answer(`${head}?`, false);
    if (!a.answered) return undefined;
    // ("…, Putin?": a name the story never mentions is said to be so, before what the story does say.)
    const gcw = contentWords(guess);
    const gm = mentionsIn(gcw);
    const unknown = new Set(tokensOf(gcw, gm).filter((t) => t.matches.length === 0 && !t.soft).map((t) => t.word));
    const names = unknown.size ? capitalisedRuns(` ${guess}`, unknown) : [];
    return names.length ? { ...a, answer: `${NOT_MENTIONED} ${joinAnd(names)}. ${a.answer}` } : a;
  }

  /**
   * "Was it Macron whose texts got posted?", "was it Starmer's texts Trump screenshotted?": whose they were, with
   * a leader guessed. When the story shows they were someone else's, its answer shows whose.
   */
  function someoneElse(asked: string): EngineAnswer | undefined {
    const m = CLEFT_GUESS.exec(asked);
    if (!m) return undefined;
    const [, who = '', mine, whose, rest = ''] = m;
    const owns = mine ?? whose ?? '';
    const guess = entities.mentions(contentWords(who));
    const e = guess.length === 1 ? guess[0]?.entity : undefined;
    if (!e || !leaderList.includes(e)) return undefined;
    const a = answer(`whose ${owns} ${rest}?`, false);
    const facts = a.factIds.map((id) => factById.get(id));
    return a.answered && facts.length > 0 && facts.every((f) => f && !f.about.includes(e.id)) ? a : undefined;
  }

  /** The questions in a question that asks two: "X, and what Y?", "X? Y?", "X. Y?", "X — who Y?". */
  function partsOf(question: string): string[] {
    // "For a pub quiz I'm writing: what position does Starmer hold?": a lead-in before the question is no part of it.
    const lead = LEAD_IN.exec(question)?.[0];
    const parts = question
      .slice(lead?.length ?? 0)
      // (Case matters: a sentence starts with a capital. "U.K. government", "Mr. Macron" end no sentence. Typed
      // all in lower case, "…on the line. how did the aides react?", a question word starts one.)
      .split(/\?\s+(?=\S)|(?<!\b(?:\p{L}|Mr|Mrs|Ms|Dr|St|vs))[.!]\s+(?=\p{Lu}|(?:what|who|how|when|where|why|which)\b)|;\s+|,?\s+(?:and|but|also|plus)(?:,? if so,?)?\s+(?=(?:(?:in|on|at|for|from|with|to|by|of) )?(?:what|who|how|when|where|why|which|did|does|do|is|was|were)\b)|\s+[—–-]\s+(?=(?:what|who|how|when|where|why|which)\b)/u)
      .map((p) => p.trim())
      .filter((p) => words(p).length >= 3);
    return parts.length >= 2 || (lead && parts.length > 0) ? parts : [];
  }

  function answerFrom(question: string, cut: boolean, fact: Fact, confidence: number, others: Fact[]): EngineAnswer {
    const srcs = sources(fact).slice(0, MAX_SOURCES);
    return {
      question,
      answered: true,
      answer: withCutNote(fact.answer, cut),
      confidence: round2(confidence),
      sources: srcs,
      suggestions: suggest(others, fact.about.map((id) => entities.byId(id)).filter(isEntity), fact),
      factIds: [fact.id],
      cut,
    };
  }

  /**
   * Reasons the best fact can't answer however well it matches: the question asks for a detail the fact
   * doesn't give (a name, an age, "which city"), counts something the fact doesn't count, asks who an
   * unnamed source is, or asks what the fact base records the story doesn't say. Each rule is a small
   * function of the case, tried in order; the first reason found is the answer.
   */
  function detailGap(
    top: Scored,
    tokens: Token[],
    found: Mention[],
    folded: string,
    qtype: QuestionType | undefined,
    ranked: Scored[],
    cw: ContentWords,
    slots: Set<string>,
    setAside: Set<string>,
    cited: Set<Fact>,
    foldedWords: readonly string[],
    declared = false,
  ): string | undefined {
    // The question without a leading "so", "ok", "hey"...: the rules read its first words.
    const q = withoutFiller(folded);
    const c: GapCase = {
      top,
      f: top.item,
      tokens,
      found,
      folded,
      qtype,
      ranked,
      cw,
      slots,
      q,
      // (Most questions have no filler: their words are already known.)
      all: q === folded ? foldedWords : words(q),
      // The first name in the question: who is asked about, reacts or is identified.
      firstMention: [...found].sort((a, b) => a.start - b.start)[0],
      setAside,
      cited,
      declared,
    };
    for (const rule of gapRules) {
      const why = rule(c);
      // ("What did Kelly say about the aides?": that she isn't quoted on it says more than too thin a match.)
      if (why !== undefined) return rule === gapCoverage ? (gapSpeaker(c) ?? why) : why;
    }
    return undefined;
  }

  // "When did Trump post Rutte's texts?": the fact the question is about gives no time (a when-question only
  // reached another fact because that one has a time).
  function gapWhen({ qtype, top, ranked }: GapCase): string | undefined {
    if (qtype !== 'when') return undefined;
    const about = [...ranked].sort((a, b) => b.lex - a.lex)[0];
    return about && about !== top && !about.item.fact.covers.includes('when') && about.lex >= top.lex + 0.3 ? "The story doesn't say when." : undefined;
  }

  // "What time does the golf start?", "at what hour did Trump post them?": a time of day, which only a fact whose
  // quote gives one ("a late-night call") answers. ("Over what time period…" asks for a span.)
  function gapClockTime({ folded, f }: GapCase): string | undefined {
    if (!CLOCK_TIME.test(folded)) return undefined;
    return f.fact.sources.some((s) => TIME_OF_DAY.test(s.quote)) ? undefined : "The story doesn't give a time of day for that.";
  }

  // "Will Trump call Starmer again?": the story reports what has happened, not what will.
  // "If leaders hadn't flattered him, would he have...?": what didn't happen isn't reported either.
  function gapTense({ q, found, cw }: GapCase): string | undefined {
    // ("Is Starmer going to Scotland?" asks where he is going, which the story may say: a place, not a verb.)
    const after = /\b(?:going to|gonna) ([\p{L}'-]+)/u.exec(q)?.[1];
    const toPlace = after !== undefined && (/^(?:the|a|an|his|her|their)$/.test(after) || found.some((m) => m.entity.kind === 'place' && cw.words.slice(m.start, m.end).includes(after)));
    if (FUTURE.test(q) && !toPlace) return "The story doesn't say what will happen; it reports what has happened so far.";
    if (COUNTERFACTUAL.test(q)) return "The story doesn't say what would have happened otherwise; it reports what did.";
    return undefined;
  }

  // Too little of what the question asks is in the best fact; or "who recorded the calls?" asks with a verb the
  // story never uses.
  function gapCoverage({ tokens, top, q, found, slots }: GapCase): string | undefined {
    // (The name of someone the story leaves unnamed: gapUnnamed says so.)
    if (found.some((m) => m.entity.anonymous) && NAMES_OF.test(q)) return undefined;
    // ("Was the listener annoyed by the Macron calls, or amused?": a wrong detail of a kind the fact gives, which
    // its quote corrects, isn't a word the fact must have.)
    // ("In the greeting, who goes first?": a quote that tells what followed what answers the order; "first" is
    // what it gives, not a word it must have. Not who called first: who placed a call, the story doesn't say.)
    const ordered = ORDER_ASKED.test(q) && !PLACED_CALL.test(q) && top.item.fact.sources.some((s) => SEQUENCE.test(fold(s.quote)));
    const lex = slots.size > 0 || ordered ? lexical(top.item, tokens.filter((t) => !slots.has(t.word) && !(ordered && ORDER_WORDS.test(t.word)))) : top.lex;
    if (tokens.some((t) => !t.soft && t.matches.length > 0) && lex < minCoverage) return DOESNT_SAY;
    const verb = /^(?:who|what) ([\p{L}'-]+)/u.exec(q)?.[1];
    const verbToken = verb ? tokens.find((t) => t.word === verb) : undefined;
    return verbToken && verbToken.matches.length === 0 && !verbToken.soft ? DOESNT_SAY : undefined;
  }

  // "How long has Kelly been deputy press secretary?": tenure, which the story never gives. "How long did the
  // late-night call last?": a duration, which only a fact that gives one answers.
  function gapHowLong({ folded, q, f }: GapCase): string | undefined {
    if (/\bhow long (has|have|had|did|was|were) .*\b(been|worked|served|held|led|run|lived)\b/.test(folded)) return "The story doesn't say how long.";
    // "Since when is Kelly deputy press secretary?": tenure again.
    if (/\bsince when\b.*\b(?:secretary|president|minister|chief|spokes\p{L}*|adviser|advisor|chancellor|premier|in office|in charge)\b/u.test(folded)) return "The story doesn't say how long.";
    if (/\bhow long\b(?! ago)/.test(q) && !f.fact.sources.some((x) => DURATION.test(fold(x.quote)))) return "The story doesn't say how long.";
    return undefined;
  }

  // Numbers alone ("2+2") aren't a question about the story, unless a fact is keyed on one ("23?").
  function gapNotAQuestion({ tokens, found, f }: GapCase): string | undefined {
    if (tokens.some((t) => /\p{L}/u.test(t.word)) || found.length > 0) return undefined;
    if (tokens.some((t) => t.matches.some((m) => m.how === 'exact' && f.weights.get(m.stem) === 1))) return undefined;
    return "That doesn't look like a question about the story.";
  }

  // What the story doesn't say, as recorded on the best fact or on one nearly as good. A word the fact
  // itself uses means what the fact means by it ("most telling" is not "tell"): no synonyms for it then.
  function gapNotSaid({ top, ranked, tokens: asked, cw, q, all, found, firstMention }: GapCase): string | undefined {
    // "What does the article say about Rutte's texts?": the story's saying, not what the texts said.
    // ("What two ways is Starmer said to have kept in touch?", "what is said about the texts in the article?": the
    // saying is the story's too.)
    const storys = STORY_SAYS.test(q) || TELL_ME.test(q) || REPORTED_SAYING.test(q) ? asked.findIndex((t) => STORY_VERB_WORD.test(t.word)) : -1;
    const tokens = asked.filter((_, i) => i !== storys);
    // ("Why did Trump handing out his number amaze leaders?", "why was it seen as unusual?": why it struck
    // people, which the fact's word for it answers ("extremely rare"), not why it was done.)
    // ("Why did he hand it out, which was so unusual?" still asks why he did it.)
    let namedStems: string[] | undefined;
    const whyClause = words(/\bwhy\b[^,;]*?(?=[,;]| which\b| (?<!\b(?:was|is|were|are|did|does|do|find|found) )that\b|$)/.exec(q)?.[0] ?? '');
    for (const r of ranked.filter((x) => x.score >= top.score * NOT_SAID_CLOSE && x.item.notSaid.length > 0).slice(0, 3)) {
      const typed = new Set(
        // ("What does the Rutte episode imply about…?" asks what it means, not what anyone said.)
        tokens.flatMap((t) => (t.matches.some((m) => m.how === 'exact' && r.item.weights.has(m.stem)) || IMPLYING.test(t.word) ? [stem(t.word)] : [stem(t.word), ...t.matches.map((m) => m.stem)])),
      );
      // ("Which aide listened in?", "do the aides work for Trump?": a name or group the question names is one of its
      // words too, as typed and as the story calls it.)
      for (const s of (namedStems ??= found.flatMap((m) => [...cw.stems.slice(m.start, m.end), ...contentStems(m.entity.name)]))) typed.add(s);
      // A reason asked in the fact's own words ("why did Trump publish them?") may use any of their synonyms,
      // and names count, whatever the person is called ("why did the president publish them?").
      let loose: Set<string> | undefined;
      // ("Why does the author call it 'most telling'?" asks why the story says so, which it does.)
      const storysWhy = /^why (?:(?:does|did|do|would|might|is) )?(?:the |this )?(?:article|piece|story|report|author|writer|reporter)\b/.test(q);
      const struck = tokens.some((t) => STRUCK.test(t.word) && whyClause.includes(t.word) && hits(t, r.item));
      for (const ns of r.item.notSaid) {
        if (ns.own && (storysWhy || struck)) continue;
        // ("Which paragraph has the phone number bit?" asks where, not which leaders got the number.)
        if (WHICH_PART.test(q) && /^which\b/.test(ns.phrase)) continue;
        const met = ns.own ? (loose ??= new Set([...tokens.flatMap((t) => [stem(t.word), ...t.matches.map((m) => m.stem)]), ...cw.stems, ...found.flatMap((m) => contentStems(m.entity.name))])) : typed;
        // (The words first: they rule out nearly every phrase, before its opener is looked for.)
        if (ns.stems.size === 0 || !within(ns.stems, met)) continue;
        // ("what Trump replied" meets "trump reply to starmer whatsapp" too: a bare query asks what.)
        const opened = !ns.opener || ns.opener.test(q) || (ns.opener.source.endsWith('what\\b') && !WH.test(q) && !YES_NO.test(q) && all.length <= 5);
        const bySubject = !ns.subject || firstMention?.entity.id === ns.subject;
        if (opened && bySubject && sameThing(ns.phrase, q)) return `The story doesn't say ${ns.phrase}.`;
      }
    }
    return undefined;
  }

  // "Did Trump call Macron or did Macron call Trump?": contacts in the story have no direction.
  // ("Do the leaders ring him or does he call them?" sets a group against a person the same way.)
  function gapDirection({ found, all, q }: GapCase): string | undefined {
    const people = new Set(found.filter((m) => m.entity.kind === 'person').map((m) => m.entity.id));
    const channelCounts = new Map<string, number>();
    // ("Phone calls" names one channel once.)
    all.forEach((w, i) => {
      const ch = channelOf(w);
      if (ch && channelOf(all[i - 1] ?? '') !== ch) channelCounts.set(ch, (channelCounts.get(ch) ?? 0) + 1);
    });
    const sameChannelTwice = [...channelCounts.values()].some((n) => n >= 2);
    const parties = people.size + (found.some((m) => m.entity.kind === 'group' && !m.entity.anonymous) ? 1 : 0);
    // ("Which phone did he give them, the official phone or his own?" asks which, not who called whom.)
    // ("…, yes or no?" offers no second party.)
    return DIRECTION.test(q) || (parties >= 2 && /(?<!\b(?:yes|true)) or (?!(?:not|no|false)\b)/.test(q) && sameChannelTwice && !/^(?:which|what)\b/.test(q)) ? "The story doesn't say who called whom." : undefined;
  }

  // The reporter, anyone's background ("what job did Rutte hold before leading NATO?"), the language spoken:
  // things the story never gives. "What did Trump say about the report?": the story can't report how the
  // report itself was taken. (Someone the story cites as a source, like the White House spokeswoman, did
  // answer the reporter.)
  function gapOutsideTheStory({ q, firstMention }: GapCase): string | undefined {
    if (AUTHOR_QUESTION.test(q)) return `The story doesn't name its reporter; it cites ${outlet?.name ?? 'its sources'}.`;
    // "Have other outlets confirmed it?": the story cites one outlet and says nothing of the others.
    if (outlet && OTHER_OUTLETS.test(q)) return `The story doesn't say; it cites only ${outlet.name}.`;
    // "What was the headline on the Politico story?": the outlet's own report, which the story only cites.
    if (outletHeadline?.test(q)) return `The story doesn't give the headline of the ${outlet?.name ?? 'original'} report.`;
    if (BACKGROUND.test(q)) return "The story doesn't give anyone's background.";
    const first = firstMention?.entity;
    if (ABOUT_THE_REPORT.test(q) && (REACTION.test(q) || SPEAKER_QUESTION.test(q)) && first && first.kind === 'person' && !sourceIds.has(first.id)) {
      return `The story doesn't say how ${first.name} responded to the report.`;
    }
    if (LANGUAGE_QUESTION.test(q)) return "The story doesn't say what language they spoke.";
    return undefined;
  }

  // "What did Macron think when Trump posted Rutte's texts?": a reaction of someone the fact isn't about.
  // "How did Rutte react to the post?": he is in the fact, but the story never gives his own response.
  // (The one reacting is named first: "how did the listener feel about Macron's greeting" asks the listener.)
  function gapReaction({ q, found, f, firstMention }: GapCase): string | undefined {
    // ("How did the White House explain the screenshots?": a body's account of something it isn't in.)
    const explained = /^how (?:did|does|do|has|have) .+ (?:explain|justify|defend|account for)\b/.test(q);
    if (!REACTION.test(q) && !explained) return undefined;
    // ("Why does the article think the screenshots matter?": the story's own view is what it says, not how someone
    // it names reacted.)
    if (STORY_THINKS.test(q) && !explained) return undefined;
    // "How did the British public react?", "how did Macron's aides feel?": people the fact doesn't report on.
    const who = REACTOR.exec(q)?.[1];
    if (who !== undefined) {
      const named = entities.mentions(contentWords(who)).map((m) => m.entity).filter((e) => !subjects.has(e.id));
      // ("Macron's own aides": people of someone else's, whom the story never reports on.)
      const theirs = THEIR_PEOPLE.test(who) && named.some((e) => e.kind === 'person');
      const outside = theirs || (named.length > 0 ? !named.some((e) => f.about.has(e.id)) : PEOPLE_NOUN.test(who));
      if (outside) return `The story doesn't say how ${who} reacted.`;
    }
    const bystander = found.find((m) => (m.entity.kind === 'person' || (explained && m.entity.kind === 'organization')) && !subjects.has(m.entity.id) && !f.about.has(m.entity.id));
    if (bystander) return `The story doesn't say how ${bystander.entity.name} reacted.`;
    const reactor = firstMention?.entity;
    // (Words quoted in a contact, "Donaldddddd", answer how someone responded, not what they thought or felt.)
    const voicedHere = reactor !== undefined && f.fact.quoted.includes(reactor.id) && (f.fact.kind === 'quote' || !FEELING.test(q));
    const silent = reactor && reactor.kind === 'person' && !reactor.anonymous && !subjects.has(reactor.id) && !voicedHere ? reactor : undefined;
    return silent ? `The story doesn't say how ${silent.name} reacted.` : undefined;
  }

  // "Who were the 'great leaders' Trump met, by name?": names the best fact doesn't give.
  function gapByName({ q, f }: GapCase): string | undefined {
    // "Who were the 'great leaders' Trump met?": people the fact calls only by a label it quotes.
    const group = /^who (?:were|are) (?:the |these |those )?['"‘“]?([\p{L}' -]+?)['"’”]?(?: (?:that|who|whom|trump|he|she|they)\b|\s*[,?]|$)/u.exec(q)?.[1];
    const labelled = group !== undefined && words(group).length > 0 && f.fact.sources.some((x) => fold(x.quote).includes(`"${words(group).join(' ')}`));
    // "What 'specific things' were the calls about?": things the fact names only by a vague label it quotes.
    const vague = /^(?:what|which) (?:(?:were|are|was|is) )?(?:the |these |those )?['"‘“]([\p{L}' -]+? (?:things|matters|issues|topics|subjects|business|details))['"’”]/u.exec(q)?.[1];
    if (vague !== undefined && f.fact.sources.some((x) => fold(x.quote).includes(words(vague).join(' ')))) return "The story doesn't say what they were.";
    // "Who were the meetings with?": the other party, where the fact names no one but Trump and whoever it quotes.
    if (WITH_WHOM.test(q) && !partnerIn(f)) return "The story doesn't say who they were with.";
    // "List the 23 meetings", "which was the first of them?", "which country had the most?": the members of
    // something the fact only counts.
    if (MEMBERS_ASKED.test(q) && !partnerIn(f) && f.fact.sources.some((x) => /\d/.test(x.quote))) return "The story gives only the number.";
    if (!NAMES_ASKED.test(q) && !labelled) return undefined;
    return namesSomeone(f, new Set()) ? undefined : "The story doesn't name them.";
  }

  /** Whether a fact is about someone other than Trump who is `such`. */
  function aboutSomeone(f: IndexedFact, such: (e: Entity) => boolean): boolean {
    return [...f.about].some((id) => {
      const e = entities.byId(id);
      return e !== undefined && !subjects.has(id) && such(e);
    });
  }

  /** Whether a fact has someone, a person or a group, other than Trump and the people it quotes. */
  function partnerIn(f: IndexedFact): boolean {
    return aboutSomeone(f, (e) => (e.kind === 'person' || e.kind === 'group') && !f.fact.quoted.includes(e.id));
  }

  /** Whether a fact is about a person it names, other than Trump and those in `besides`. */
  function namesSomeone(f: IndexedFact, besides: ReadonlySet<string>): boolean {
    return aboutSomeone(f, (e) => e.kind === 'person' && !e.anonymous && !besides.has(e.id));
  }

  // "Who was NATO chief before Rutte?", "who will replace him?": who held a post before or after someone.
  function gapSuccession({ q }: GapCase): string | undefined {
    return WHO_CAME_BEFORE.test(q) ? "The story doesn't say who held the post before or after." : undefined;
  }

  // "Which country does the European official serve?", "what nationality is the insider?": the story says no
  // more of an unnamed source than how it describes them.
  function gapUnnamedDetail({ q, found }: GapCase): string | undefined {
    // (The U.K. government adviser's country is in how the story describes them.)
    const unnamed = found.find((m) => m.entity.anonymous && !PLACED.test(fold(`${m.entity.name} ${m.entity.title}`)));
    return unnamed && SOURCE_DETAIL.test(q) ? `The story doesn't say more about ${unnamed.entity.name} than that.` : undefined;
  }

  // "Who else did Trump invite golfing?", "which other leaders were at the summit?": someone besides the people
  // the best fact names, which it can't give. ("Not counting Starmer, who else texted Trump?" is answered by a
  // fact about someone else.)
  function gapElse({ q, found, f, setAside }: GapCase): string | undefined {
    // ("Who will Trump golf with besides Starmer?": the best fact is still about the one set aside. "Who did
    // Trump meet besides Rutte?" asks for someone else too, and so does "whose texts, apart from Rutte's…?")
    const asksWho = /(?:^|,\s*)(?:who|whose|which)\b/.test(q);
    if (asksWho && [...setAside].some((id) => f.about.has(id))) return "The story doesn't name anyone else.";
    // "Besides tariffs, what else did they discuss?", "what's on the agenda besides golf?": a thing set aside that a
    // contact or an event is about, where it reports nothing else. (Not "besides phone, which way…?", which asks
    // which of the things the story has.)
    const thing = asksWho ? undefined : THING_ASIDE.exec(q)?.[1];
    // (A person set aside, "the people other than Trump", is no thing.)
    const thingStem = thing === undefined || entities.mentions(contentWords(thing)).length > 0 ? undefined : contentStems(thing)[0];
    if (thingStem !== undefined && (f.fact.kind === 'contact' || f.fact.kind === 'event') && f.weights.has(thingStem) && /^(?:what|list|did|do|does|is|are|anything)\b|\b(?:what|anything|something) else\b/.test(q)) {
      return "The story doesn't say what else.";
    }
    if (!ELSE_ASKED.test(q) && !(asksWho && setAside.size > 0)) return undefined;
    const people = found.filter((m) => m.entity.kind === 'person' && !subjects.has(m.entity.id));
    // ("Which other leaders text Trump besides Starmer and Rutte?": a fact that names no one else can't say.)
    const namesOthers = namesSomeone(f, new Set(found.map((m) => m.entity.id)));
    return people.every((m) => f.about.has(m.entity.id)) || !namesOthers ? "The story doesn't name anyone else." : undefined;
  }

  // "Who is the White House press secretary?": the story names the deputy press secretary, not her boss.
  // "What are the names of the aides?", "which aides listened in?": the story never names them.
  function gapUnnamed({ q, f, all, found, firstMention }: GapCase): string | undefined {
    const titled = IDENTITY_QUESTION.test(q) ? [...f.about].map((id) => entities.byId(id)).find((e) => e !== undefined && e.kind === 'person' && lowerRank(e.title, all)) : undefined;
    if (titled) return `The story doesn't name that person; it quotes the ${titled.title}, ${titled.name}.`;
    const unnamed = found.find((m) => m.entity.anonymous);
    if (!unnamed) return undefined;
    // ("Which named aides…?", "which aides cringed? names pls")
    const others = found.some((m) => !m.entity.anonymous && !subjects.has(m.entity.id));
    // ("Which adviser commented, from which government?" asks where they are from, which the story's "a U.K. government
    // adviser" gives.)
    const placed = SOURCE_DETAIL.test(q) && PLACED.test(fold(`${unnamed.entity.name} ${unnamed.entity.title}`));
    if (/^which\b/.test(q) && !WHICH_PART.test(q) && firstMention === unnamed && unnamed.start === 0 && !others && !placed && !all.slice(0, 4).some((w) => GENERIC_SOURCE_WORDS.has(w))) {
      return `The story doesn't name ${unnamed.entity.name}.`;
    }
    // ("Names for the aides?")
    if (NAMES_OF.test(q) || /[,?]\s*(?:their )?names?\s*(?:pls|plz|please)?\s*\??$/.test(q)) return `The story doesn't name ${unnamed.entity.name}.`;
    return undefined;
  }

  // "What did Trump say about Starmer?": the fact must quote Trump himself, not someone about the two.
  function gapSpeaker({ q, found, f, tokens }: GapCase): string | undefined {
    // "Did Macron's office comment?": no one speaking for a leader is quoted.
    const office = forALeader.exec(q);
    if (office && SPEAKS_FOR.test(q)) {
      const leader = entities.mentions(contentWords(office[1] ?? ''))[0]?.entity;
      if (leader) return `The story doesn't quote anyone speaking for ${leader.name}.`;
    }
    // "What did the aides tell Trump?": people the story never quotes or cites at all.
    const saying = SAYING_OF.exec(q);
    const speakerText = saying?.[1] ?? saying?.[2];
    // ("What are leaders said to be using?" is passive: no one is asked about.)
    const silent = speakerText === undefined || /\b(?:is|are|was|were|be|been)\b/.test(speakerText) ? undefined : entities.mentions(contentWords(speakerText)).find((m) => (m.entity.anonymous || m.entity.kind === 'group') && !spoken.has(m.entity.id));
    if (silent) return `The story doesn't quote ${silent.entity.name}.`;
    // ("What did the aides say to him after the calls?", read as what they discussed with him: people the story
    // leaves unnamed and never quotes said nothing it reports.)
    const discussed = DISCUSSED_WITH.exec(q)?.[1];
    const unquoted = discussed === undefined ? undefined : entities.mentions(contentWords(discussed)).find((m) => m.entity.anonymous && !spoken.has(m.entity.id));
    if (unquoted) return `The story doesn't quote ${unquoted.entity.name}.`;
    const speaker = speakerOf(q, found);
    if (speaker && !f.fact.quoted.includes(speaker.id)) return `The story doesn't quote ${speaker.name} on that.`;
    // "What did Macron say about the greeting?": his words in a contact are the contact itself, not a comment on it.
    if (speaker && f.fact.kind === 'contact' && COMMENT_ASKED.test(q)) return `The story doesn't quote ${speaker.name} commenting on it; it quotes only what was said on the calls.`;
    // ("Has Trump ever commented on the greeting?" asks the same of a yes/no question.)
    const commenter = YES_NO_COMMENT.exec(q)?.[1];
    const commenting = commenter === undefined ? undefined : speakerOf(`what did ${commenter} say`, found);
    if (commenting && f.fact.kind === 'contact') return `The story doesn't quote ${commenting.name} commenting on it; it quotes only what was said on the calls.`;
    // "What did Kelly say about the aides?": she is quoted, but not on that. What she is asked about may name
    // no one the fact isn't about, and no word the story doesn't know.
    const said = speaker ? SPEAKER_QUESTION.exec(q) : null;
    const topic = said ? /\b(?:about|on|regarding|of) (.+)$/.exec(q.slice(said.index + said[0].length))?.[1] : undefined;
    if (speaker && topic !== undefined) {
      const off = tokens.filter((t) => words(topic).includes(t.word) && !t.soft && t.matches.length === 0);
      const others = entities.mentions(contentWords(topic)).filter((m) => !subjects.has(m.entity.id) && !f.about.has(m.entity.id));
      if (off.length > 0 || others.length > 0) return `The story doesn't quote ${speaker.name} on that.`;
    }
    return undefined;
  }

  // "How old is Macron?", "what's his phone number?": a value the fact doesn't give. A bare query ("macron phone
  // number") asks for a value like a what-question does.
  function gapValue({ q, all, tokens, f, found, cw }: GapCase): string | undefined {
    // ("Score of the match?" asks for a value as "what was the score" does.)
    const bare = (!WH.test(q) && !YES_NO.test(q) && all.length <= 5) || DETAIL_OF.test(q);
    if (!VALUE_QUESTION.test(q) && !bare) return undefined;
    // "Number" asks for no missing figure when "the number of meetings" counts; when "what did he do with his
    // personal number" is about the phone ("what is his number" asks for it), and so is a bare "handed out
    // cell number"; or when the fact's quote gives one ("what number did the White House cite?").
    const numberAccounted = (w: string): boolean =>
      phraseBetween(q, `${w} of`, WORD_EDGE, WORD_EDGE) ||
      (!bare && PHONE_NUMBER.test(q) && !NUMBER_ASKED.test(q)) ||
      (bare && PHONE_NUMBER.test(q) && /\b(?:hand|hands|handed|handing|gave|give|gives|giving|shared?|sharing|out)\b/.test(q)) ||
      // ("The part about handing out the number, which term was that in?": the number handed out is his phone's.)
      /\b(?:hand|hands|handed|handing|gave|give|gives|giving|giving out|shared?|sharing|pass|passed|passing|getting|receiving|received)(?: out| around)? (?:the |his |that |a |her |their )?(?:personal |private |own )?(?:cell(?:phone)? |mobile |phone )?numbers?\b/.test(q) ||
      f.fact.sources.some((x) => /\d/.test(x.quote));
    const detail = tokens.find(
      (t) =>
        DETAIL_WORDS.has(t.word) &&
        !t.matches.some((m) => m.how === 'exact' && f.weights.has(m.stem)) &&
        !(/^numbers?$/.test(t.word) && numberAccounted(t.word)) &&
        // ("In short, what…", "tell me in brief": how to answer, not a length asked for.)
        !(/^(?:short|brief)$/.test(t.word) && /\bin (?:short|brief)\b/.test(q)) &&
        // "to win his approval", "won him over": winning someone over, not a result.
        !(/^(?:win|wins|won)$/.test(t.word) && WINNING_OVER.test(q)) &&
        // ("Which leaders texted him? name them": names asked of people, which gapByName found the fact gives.)
        // (Every other word asked must be the fact's: "what leaders got his cellphone? names" is not met by a fact
        // that names the leaders in some other exchange.)
        !(/^names?$/.test(t.word) && NAMES_ASKED.test(q) && namesSomeone(f, new Set()) && tokens.every((u) => u === t || u.soft || hits(u, f))) &&
        // ("The exact wording of the White House statement": a fact that quotes someone gives their words; "the
        // article says…, what wording?" asks the story's own, which every fact quotes.)
        !(t.word === 'wording' && (f.voiced || f.fact.quoted.length > 0 || /\b(?:article|piece|story|report|lede|headline) (?:says|said|uses|used|puts|put|words|phrases|calls)\b/.test(q))) &&
        // ("An old idiom", "an old-fashioned reader", "young people's slang": a word it describes, not an age asked
        // for, as "how old is he", "is he older than Macron" ask.)
        !(AGE_WORDS_BEFORE_A_NOUN.get(t.word)?.test(q) ?? false) &&
        // "The NATO chief's name" is given when the fact names him.
        !(/^names?$/.test(t.word) && found.some((m) => !m.entity.anonymous && m.entity.kind === 'person' && f.about.has(m.entity.id) && !subjects.has(m.entity.id) && nameIsOf(m, found, cw.words, /^which\b/.test(q)))),
    );
    return detail ? `The story doesn't give that detail (${detail.word}).` : undefined;
  }

  // "What did Trump text Starmer?": the story reports that they messaged, not what the messages said.
  function gapMessageContent({ q, f }: GapCase): string | undefined {
    const c = f.fact.contact;
    if (CONTENT_QUESTION.test(q) && !STORY_SAYS_ABOUT.test(q) && !/\b(use|used|using|app|via|platform|program|how)\b/.test(q) && c && !c.about && !f.fact.sources.some((x) => /['"]\p{L}/u.test(x.quote))) {
      return "The story doesn't say what the messages said.";
    }
    return undefined;
  }

  // "Where in Scotland?": the story names the place and nothing finer. "Where is Starmer staying in Scotland?":
  // a where-question that already names the fact's place asks for somewhere finer.
  function gapPlace({ q, found, qtype, f, tokens, top }: GapCase): string | undefined {
    const whereIn = WHERE_IN.exec(q)?.[3];
    const place = whereIn ? found.find((m) => m.entity.kind === 'place' && m.entity.aliases.some((a) => fold(a).endsWith(whereIn))) : undefined;
    if (place) return `The story doesn't say where in ${place.entity.name}.`;
    const named = qtype === 'where' ? found.find((m) => m.entity.kind === 'place' && f.about.has(m.entity.id)) : undefined;
    // "Where was the summit, the Netherlands?": where the thing the fact places happened, with its place
    // offered as a guess. Every word asked is the fact's own. ("Where is Starmer staying, Scotland?" asks
    // about a stay the story never mentions; "where is he playing golf in Scotland?" asks where within it.)
    const within = (e: Entity): boolean => [e.name, ...e.aliases].some((a) => phraseBetween(q, fold(a), IN_A_PLACE, WORD_EDGE));
    const guessed = named !== undefined && !within(named.entity) && tokens.some((t) => !t.soft) && tokens.every((t) => t.soft || hits(t, top.item));
    return named && !guessed ? `The story doesn't say where in ${named.entity.name}.` : undefined;
  }

  // "What did Macron say about NATO?": two names no fact ties together. "Which leaders…?" of a fact about no
  // leader.
  function gapRelation({ found, q, f }: GapCase): string | undefined {
    // ("What did Politico report about Macron?": the outlet reported the whole story.)
    const specific = [...new Set(found.map((m) => m.entity))].filter((e) => e.kind !== 'group' && !subjects.has(e.id) && !(e === outlet && reportingOn(q)));
    if (specific.length >= 2 && RELATION.test(q)) {
      const [a, b] = specific;
      if (a && b && !indexed.some((x) => x.about.has(a.id) && x.about.has(b.id)) && !(a.kind === 'person' && b.kind === 'person' && /\+|\band\b|\bor\b|,/.test(q)) && !OFFERED_CHOICE.test(q)) {
        return `The story doesn't connect ${a.name} and ${b.name}.`;
      }
    }
    return asksWhichLeaders(q) && !isAboutLeader(f) ? "The story doesn't say which leaders." : undefined;
  }

  // "which match", "what city": the story says "a football match" and never which one.
  function gapWhichOne({ q, f }: GapCase): string | undefined {
    if (!WH.test(q)) return undefined;
    const which = /\b(?:which|what) ([\p{L}-]+)(?: ([\p{L}-]+))?/u.exec(q);
    const n1 = which?.[1];
    if (!n1 || STOPWORDS.has(n1)) return undefined;
    const phrases = [which?.[2] && !STOPWORDS.has(which[2]) ? `${n1} ${which[2]}` : '', n1].filter(Boolean);
    const quotes = f.fact.sources.map((s) => fold(s.quote));
    // ("What opportunity does golf give him?": "an opportunity for the PM to build rapport" says which.)
    const vague = phrases.find((p) => quotes.some((qt) => phraseBetween(qt, p, AFTER_A, NOT_FOR_OR_OF)));
    return vague ? `The story doesn't say which ${vague}.` : undefined;
  }

  // "exact wording", "literally say": a precise detail of something the story only describes.
  // (A quoted fact has the exact words, so "what exactly did the official say" is answerable; "how exactly
  // do they say hello" asks the manner, which the story describes.)
  // "which specific leaders", "what exact date": a precise detail in a question that wants a value.
  // ("what do they actually talk about" is emphasis, not precision.)
  // ("the exact phrase" is there to give when the fact quotes someone.)
  function gapPrecision({ f, q, all }: GapCase): string | undefined {
    // ("Did Trump actually post them?", "wait, Trump actually posted them??": "actually" is emphasis there, as it is
    // below, unless a question word before it asks for what actually happened: "how many did he actually send?".)
    // ("Which word exactly does the piece use?" asks for the story's own wording, which it has.)
    const storysWording = /\b(?:article|piece|story|report|writer|author)\b/.test(q) && /\b(?:word|words|phrase|term|expression|wording|label)\b/.test(q);
    // (A fact that quotes someone's own words, "declaring it was 'not a rip off'", gives them exactly; not a date
    // or a number.)
    const quotesWords = f.voiced || f.fact.quoted.length > 0;
    const saying = /^(?:say|said|says|write|wrote|wording|words?|quotes?)$/;
    // ("The 'direct line' — what exactly does it say?", "what exactly are leaders said to do?": the story's own
    // saying, which its quote gives word for word.)
    const storySays = REPORTED_SAYING.test(q) || /\b(?:it|article|story|piece|report|lede|headline|author|writer|reporter|politico)\s+(?:\p{L}+ly\s+)?(?:say|says|said)\b/u.test(q);
    // ("What exactly did Trump do with his number?", "what, precisely, did he do with the texts?": what was done
    // with a thing is asked, an action the story describes, not the thing's value.)
    const doneWith = /\b(?:do|does|did|doing|done) with\b/.exec(q);
    const targets = doneWith ? words(q.slice(0, doneWith.index)) : all;
    if (f.fact.kind !== 'quote' && !f.voiced && !storysWording && !/^how\b/.test(q) && all.some((w) => INTENSIFIERS.has(w) && !((w === 'actually' || w === 'literally') && (YES_NO.test(q) || !/\b(?:what|which|who|whose|whom|where|when|how|why)\b[^?.!]*\b(?:actually|literally)\b/.test(q)))) && targets.some((w) => PRECISE_TARGETS.has(w) && !(quotesWords && saying.test(w)) && !(storySays && /^(?:say|said|says)$/.test(w)))) {
      return "The story doesn't give that level of detail.";
    }
    // The story's own wording is exact: "the exact phrase", "his exact title", "which word exactly".
    // (What someone said is exact too when the fact quotes them: "his exact reaction", "the exact quote".)
    const wording = (w: string): boolean => /^(?:phrase|phrases|words?|wording|phrasing|term|terms|expression|title|titles|label|descriptor|spelling|language)$/.test(w) || (quotesWords && /^(?:quote|quotes|reaction|response|comment|remark|line|statement)$/.test(w));
    // ("How exactly Trump says the name": the manner, as "how exactly does he say it" asks it.)
    const precise = all.findIndex((w, i) => INTENSIFIERS.has(w) && w !== 'actually' && all[i - 1] !== 'how' && !(w === 'literally' && YES_NO.test(q)) && i + 1 < all.length && !STOPWORDS.has(all[i + 1] ?? '') && !SOFT_WORDS.has(all[i + 1] ?? '') && !wording(all[i + 1] ?? ''));
    // ("which month exactly", "which six months, precisely": the intensifier after what is asked for.)
    const asked = /^(?:which|what)((?: [\p{L}\p{N}-]+){1,3}),? (?:exactly|precisely|specifically)\b/u.exec(q)?.[1];
    const thing = asked !== undefined && words(asked).every((w) => !STOPWORDS.has(w)) ? words(asked).at(-1) : undefined;
    return (precise >= 0 && WH.test(q)) || (thing !== undefined && !wording(thing)) ? "The story doesn't give that level of detail." : undefined;
  }

  // "How many meetings in his first term?": a count over a period, or of a thing, the fact doesn't give it for.
  function gapCount({ q, qtype, all, f, tokens, found }: GapCase): string | undefined {
    // ("How many of those leaders…?" in the words of a quote that counts them, "not many of those leaders", asks the
    // story's own count, not a part of a number.)
    if (SUBSET_COUNT.test(q) && !countedAsQuoted(q, f)) return "The story doesn't break that number down.";
    if (COMPARED_COUNT.test(q)) return "The story doesn't compare how many.";
    // "Who was the first foreign leader Trump met this term?": an order the story never gives.
    if (FIRST_ONE.test(q)) return "The story doesn't say who was first.";
    if (qtype !== 'how-many') return undefined;
    const period = all.find((w) => TIME_FRAMES.has(w) || /^(?:19|20)\d\d$/.test(w));
    // ("In six months of his first term": a term named after another period counts too.)
    const term = /\b(?:first|second|1st|2nd|last|previous|earlier|current) (term|presidency)\b|\b(term) (?:one|two|1|2)\b/.exec(q);
    const termWord = term?.[1] ?? term?.[2];
    if ((period && !f.weights.has(stem(period))) || (termWord && !f.weights.has(stem(termWord)))) return `The story doesn't give a number for that period.`;
    // ("23 meetings in six months" gives no number for his first 100 days, his first year or this year.)
    const spans = spansIn(q);
    const given = f.fact.sources.flatMap((s) => spansIn(s.quote));
    if (spans.length > 0 && given.length > 0 && !spans.some((x) => given.includes(x))) return `The story doesn't give a number for that period.`;
    const counted = /how (?:many|much) ([\p{L}\p{N}'-]+)/u.exec(q)?.[1];
    const token = counted ? tokens.find((t) => t.word === counted || stem(t.word) === stem(counted)) : undefined;
    if (token && !hits(token, f)) return `The story doesn't give a number for that.`;
    const countedEntity = counted ? found.find((m) => m.entity.aliases.some((a) => fold(a).startsWith(counted))) : undefined;
    if (countedEntity && !f.about.has(countedEntity.entity.id)) return `The story doesn't give a number for that.`;
    const person = found.find((m) => m.entity.kind === 'person' && !subjects.has(m.entity.id) && !f.about.has(m.entity.id));
    return person ? `The story doesn't give a number for that.` : undefined;
  }

  // "Who is the U.K. government adviser?" The story never names them. ("Who's the source for X" asks for
  // attribution instead, and gets it.)
  function gapWhoIsUnnamed({ q, firstMention, cw, all }: GapCase): string | undefined {
    if (!IDENTITY_QUESTION.test(q)) return undefined;
    // ("Who's the insider, and what did they say?" asks something the story answers too.)
    if (/\band\s+(?:what|how|why)\b/.test(q)) return undefined;
    // The first name in the question, with nothing before it but "name" ("the name of the insider").
    const lead = firstMention ? cw.words.slice(0, firstMention.start).filter((w) => !/^(names?|identity|identities)$/.test(w)) : [];
    if (lead.length === 0 && firstMention?.entity.anonymous && !all.slice(0, 6).some((w) => GENERIC_SOURCE_WORDS.has(w))) return `The story doesn't name ${firstMention.entity.name}.`;
    return undefined;
  }

  // "Does Trump still use that number?": whether it goes on, which only a fact that reports a change answers.
  // "Why was Trump hostile to NATO before?": of a change, the story reports the turn, not the time before it.
  function gapChange({ q, f }: GapCase): string | undefined {
    if (YES_NO.test(q) && /\bstill\b/.test(q) && !f.changes) return "The story doesn't say whether that is still so; it reports what happened.";
    // ("What originally caused his hostility?" asks why, of what came before.)
    // ("When was the summit, this month or before?": "or before" offers a time to choose, as "before or after" does.)
    if (f.changes && /^(?:why|when|what did|how come|what (?:[\p{L}]+ )?(?:caused|prompted|triggered|sparked|drove|led to))\b/u.test(q) && /\b(?:before|originally|used to|previously|initially|formerly|at first|first)\b/.test(q.replace(/\bor (?:before|earlier)\b/g, '')) && !/\bafter\b/.test(q)) {
      return "The story doesn't say; it reports the change, not what came before it.";
    }
    // ("Give me his exact words on NATO before the summit", "the quote where he previously called it a rip-off":
    // the words said before the change, where the story quotes only those after it.)
    if (f.changes && !YES_NO.test(q) && /\b(?:say|said|says|words?|quotes?|quoted|wording|phrasing|called)\b/.test(q) && /\b(?:before|originally|used to|previously|initially|formerly|at first)\b/.test(q) && !/\b(?:after|post|since|now)\b/.test(q)) {
      return "The story doesn't say; it reports the change, not what came before it.";
    }
    return undefined;
  }

  // A yes/no question confirms a claim: not a judgement, and with the claim's words known and covered.
  function gapClaim({ q, all, tokens, slots, top, declared }: GapCase): string | undefined {
    // "Should leaders flatter Trump?" asks what ought to be done: a judgement.
    if (/^(?:should|shouldn't|ought)\b/.test(q)) return OPINION;
    // ("Macron has invited Trump to Paris?" puts a claim as "has Macron invited…?" does.)
    if (!YES_NO.test(q) && !declared) return undefined;
    // "Is it good for them?" asks a judgement; "his good graces" and "good relationships" name things the story reports.
    // ("Good or bad relationships, says the White House?": a judgement the story reports is a slot it fills.)
    // ("Does the White House say his relationships are good?": a judgement someone is said to make, in the fact's
    // words, is what the fact reports.)
    // ("Is it good that the White House says so?" judges the saying.)
    const saying = all.findIndex((w) => REPORTED_JUDGEMENT.test(w));
    const own = (w: string, i: number): boolean => saying >= 0 && saying < i && tokens.some((t) => t.word === w && hits(t, top.item));
    const judges = all.some((w, i) => OPINION_WORDS.has(w) && !namesThing(all[i + 1]) && !slots.has(w) && !own(w, i));
    if (judges) return OPINION;
    // Confirming a claim needs the claim's words: none may be unknown. ("Cricket or football?" offers the
    // story's word beside another: the story answers which.)
    const either = / or /.test(q);
    if (!either && tokens.some((t) => t.matches.length === 0 && !t.soft && !slots.has(t.word))) return DOESNT_SAY;
    // "Was it cringe or funny?" asks which; either half the story confirms will do. So do questions about
    // the story's attribution ("does the story attribute X to a named person?").
    const needed = either || ABOUT_STORY.test(q) ? YES_NO_COVERAGE_LOOSE : YES_NO_COVERAGE;
    // (Every word of the claim is one the fact has, or a synonym of one: thinly weighted, but all there.)
    const allThere = tokens.every((t) => t.soft || hits(t, top.item) || slots.has(t.word));
    // ("Were the aides impressed by the calls?": a wrong detail of a kind the fact gives, which its quote corrects,
    // is no word the fact must cover.)
    const lex = slots.size > 0 ? lexical(top.item, tokens.filter((t) => !slots.has(t.word))) : top.lex;
    return tokens.some((t) => !t.soft) && lex < needed && !allThere ? DOESNT_SAY : undefined;
  }

  // The claim's subject, people and ways of contact must be ones the story reports.
  function gapClaimParties({ q, all, tokens, found, f, slots, cited, declared, cw }: GapCase): string | undefined {
    // "How many meetings did biden hold?": the one doing it is someone the story never mentions.
    const doer = WH_SUBJECT.exec(q)?.[1];
    const doerToken = doer === undefined ? undefined : tokens.find((t) => t.word === doer);
    if (doerToken && doerToken.matches.length === 0 && !doerToken.soft) return `${NOT_MENTIONED} ${doer}.`;
    if ((!YES_NO.test(q) && !declared) || ABOUT_STORY.test(q)) return undefined;
    // "Did Modi get Trump's number?": a yes/no question about someone or something the story never names.
    // No one else may be in the claim. ("Was it Macron or Starmer?" offers two: the story answers which.)
    const offered = / or /.test(q) && found.some((m) => m.entity.kind !== 'group' && !subjects.has(m.entity.id) && f.about.has(m.entity.id));
    // (In "Modi has got Trump's number?" the subject comes first.)
    const subject = all.find((w, i) => (declared || i > 0) && !STOPWORDS.has(w));
    const subjectToken = tokens.find((t) => t.word === subject);
    // ("Was it Sunak or Starmer who…?": one the story has is offered beside the one it hasn't.)
    const besideOr = subject !== undefined && offered && (q.includes(`${subject} or `) || q.includes(` or ${subject}`));
    if (subjectToken && subjectToken.matches.length === 0 && !subjectToken.soft && !besideOr && !slots.has(subjectToken.word)) return `The story doesn't mention ${subject}.`;
    // (Whoever the fact's source is, "a move Politico called rare", is in the claim too.)
    // ("Is the 'bro-ing out' remark about Trump and Starmer?": words quoted from the fact pick it out, and a person
    // put in the place of the one it names is a wrong detail its quote corrects.)
    const swapped = (m: Mention): boolean => m.entity.kind === 'person' && cited.has(f.fact) && namesSomeone(f, new Set());
    // ("Was it his personal cell or a White House line?", "in his first spell at the White House": one the fact's
    // quote names is in the claim, unless the claim is theirs to make: "did the White House confirm…?")
    const inTheFact = (m: Mention): boolean => {
      if (!namedInQuotes.get(f.fact)?.has(m.entity.id)) return false;
      return !phraseBetween(q, cw.words.slice(m.start, m.end).join(' '), ASKED_YES_OR_NO_OF, WORD_EDGE);
    };
    const outsider = offered ? undefined : found.find((m) => m.entity.kind !== 'group' && !subjects.has(m.entity.id) && !f.about.has(m.entity.id) && !cites(f.fact, m.entity) && !swapped(m) && !inTheFact(m));
    if (outsider) return `The story doesn't say that about ${outsider.entity.name}.`;
    // "Did Rutte call Trump?": the story reports only texts from Rutte.
    // ("Is the Rutte episode called the most telling?", "who drew out the letter 'l'?": a name given, a letter of the
    // alphabet, are no ways of contact.)
    const copular = /^(?:is|was|are|were)\b/.test(q);
    const asked = channelsIn(all.filter((w, i) => !(copular && w === 'called' && all[i + 1] !== 'by') && !(/^letters?$/.test(w) && (all[i + 1] ?? '').length === 1)));
    // (Of two offered, "was it Rutte or Starmer who took the call?", the one the fact is about.)
    const person = found.map((m) => m.entity).find((e) => e.kind === 'person' && !subjects.has(e.id) && leaderList.includes(e) && (!offered || f.about.has(e.id)));
    if (!person || asked.size === 0) return undefined;
    // (Each way once: Macron's three phone calls are "phone calls".)
    const reported = [...new Set(contactsOf(person).map((c) => c.contact?.via ?? ''))];
    const has = channelsIn(reported.flatMap((v) => words(v)));
    // Every way of contact the question asks about must be one the story reports for that person. ("Calls or
    // texts?" offers two: the story answers which when it reports one.)
    const offers = [...q.matchAll(/([\p{L}-]+) or ([\p{L}-]+)/gu)].some((m) => [m[1], m[2]].some((w) => has.has(channelOf(w ?? '') ?? '')));
    if (!offers && ![...asked].every((ch) => has.has(ch) || (ch === 'text messages' && asked.has('WhatsApp')))) {
      return `The story doesn't say ${person.name} used ${joinAnd([...asked])}; it reports ${joinAnd(reported.map((v) => v.replace(/^an? /, '')))}.`;
    }
    return undefined;
  }

  // "Did he post them on Truth Social or X?": a choice between two things the story never mentions. (Where it has
  // one of them, "cricket or football?", its quote answers which.)
  function gapNeither({ q, tokens }: GapCase): string | undefined {
    const parts = q.split(/\s+or\s+/);
    if (parts.length !== 2) return undefined;
    const unknown = new Set(tokens.filter((t) => t.matches.length === 0 && !t.soft).map((t) => t.word));
    if (unknown.size === 0) return undefined;
    const option = (ws: string[]): string[] => {
      // (Words before the option, "in Aberdeen", are none of it.)
      const from = ws.findIndex((w) => !STOPWORDS.has(w));
      const rest = from < 0 ? [] : ws.slice(from);
      const i = rest.findIndex((w) => STOPWORDS.has(w));
      return i < 0 ? rest : rest.slice(0, i);
    };
    const left = option(words(parts[0] ?? '').reverse());
    const right = option(words(parts[1] ?? ''));
    // (One of them wholly unknown: "the past year or a shorter stretch" offers two spans the story may give.)
    const some = (ws: string[]): boolean => ws.some((w) => unknown.has(w));
    const all = (ws: string[]): boolean => ws.length > 0 && ws.every((w) => unknown.has(w));
    return some(left) && some(right) && (all(left) || all(right)) ? "The story doesn't say; it mentions neither." : undefined;
  }

  const gapRules: ReadonlyArray<(c: GapCase) => string | undefined> = [
    gapTense,
    gapWhen,
    gapClockTime,
    gapCoverage,
    gapHowLong,
    gapNotAQuestion,
    gapNotSaid,
    gapDirection,
    gapOutsideTheStory,
    gapSuccession,
    gapReaction,
    gapUnnamed,
    gapElse,
    gapUnnamedDetail,
    gapByName,
    gapSpeaker,
    gapValue,
    gapMessageContent,
    gapPlace,
    gapRelation,
    gapWhichOne,
    gapPrecision,
    gapCount,
    gapWhoIsUnnamed,
    gapChange,
    gapClaim,
    gapClaimParties,
    gapNeither,
    gapCalendar,
  ];

  // "What month was the NATO summit?": a date on the calendar, where the fact gives none ("last month"). (Last:
  // the rules before it say which detail, when they can.)
  function gapCalendar({ q, f }: GapCase): string | undefined {
    return CALENDAR_ASKED.test(q) && !f.fact.sources.some((s) => CALENDAR_GIVEN.test(fold(s.quote))) ? "The story doesn't give a date." : undefined;
  }

  /**
   * "Which leaders got his number" is not met by "which term did he give out his number in": what a "which" or
   * "how many" asks for must be one of the phrase's words, or a synonym of one.
   */
  function sameThing(phrase: string, q: string): boolean {
    const asked = WHICH_ASKED.exec(q)?.[1];
    const recorded = /\b(?:which|how many) [\p{L}-]+/u.test(fold(phrase));
    const wanted = asked ? words(asked).filter((w) => !STOPWORDS.has(w)) : [];
    if (!recorded || wanted.length === 0) return true;
    const own = new Set(contentStems(phrase));
    return wanted.some((w) => own.has(stem(w)) || vocab.lookup(w).some((m) => own.has(m.stem)));
  }

  /** The question asks what the story or its outlet reported ("what did Politico report about…"). */
  function reportingOn(q: string): boolean {
    return STORY_SAYS.test(q) || /\b(?:report|reports|reported|reporting) (?:on|about)\b/.test(q);
  }

  /** The facts whose quotes hold words the question puts in quotation marks (two words or more). */
  function citedFacts(question: string): Set<Fact> {
    const spans = [...question.matchAll(/["“”‘’'](\p{L}[^"“”‘’']{2,80}?\p{L})["“”‘’']/gu)].map((m) => fold(m[1] ?? '')).filter((x) => words(x).length >= 2);
    return new Set(spans.length ? base.facts.filter((f) => f.sources.some((x) => spans.some((sp) => fold(x.quote).includes(sp)))) : []);
  }

  /**
   * "Trump says Emmanuel how?", "the emmanuel/donald thing": a leader called by their first name alone, the way
   * a quote in the story has it ("Emmanuellllll"), points at the facts with that quote. (Letters said more than
   * once count once, so a drawn-out or misspelt name still matches.)
   */
  // Each person's first name standing alone, as a pattern: made once, on the first question that needs it.
  const firstNameAlone = new Map<Entity, RegExp>();
  function givenNameFacts(found: Mention[], cw: ContentWords): Set<Fact> {
    const out = new Set<Fact>();
    // (A loop, not a chain of array methods: most questions name no one this way, and the optimiser meets arrays
    // of one kind, not empty ones and full ones by turns.)
    for (const m of found) {
      if (m.end - m.start !== 1 || m.entity.kind !== 'person') continue;
      const w = undouble(cw.words[m.start] ?? '');
      const name = words(m.entity.name).map(undouble);
      if (w.length < 3 || name.length < 2 || w !== name[0]) continue;
      // (Not where the quote gives the whole name: "French President Emmanuel Macron".)
      const given = firstNameAlone.get(m.entity) ?? new RegExp(`\\b${w}\\b(?! ${name.slice(1).join(' ')}\\b)`, 'u');
      firstNameAlone.set(m.entity, given);
      for (const f of base.facts) if (undoubledQuotes.get(f)?.some((q) => given.test(q))) out.add(f);
    }
    return out;
  }

  /** A word the story itself uses as it stands ("graces", "relationships"): what an adjective before it describes. */
  function namesThing(w: string | undefined): boolean {
    return w !== undefined && !STOPWORDS.has(w) && vocab.lookup(w).some((m) => m.how === 'exact');
  }

  /** The question names someone's title without its rank: "press secretary" for a deputy press secretary. */
  function lowerRank(title: string, asked: readonly string[]): boolean {
    const t = words(title);
    const qualifier = t.find((w) => TITLE_QUALIFIERS.test(w));
    // "the press secretary, not the deputy": the rank is named to be set aside.
    const setAside = qualifier !== undefined && phraseBetween(asked.join(' '), qualifier, RANK_SET_ASIDE, WORD_EDGE);
    if (!qualifier || (asked.includes(qualifier) && !setAside)) return false;
    // ("the White House spokesperson" is her, not a higher post: the post's own noun, "secretary", must be asked.)
    const head = t[t.length - 1];
    return head !== undefined && asked.includes(head) && t.filter((w) => w !== qualifier && !STOPWORDS.has(w) && asked.includes(w)).length >= 2;
  }

  /** The named person whose own words a question asks for ("what did the French president say…"), if any. */
  function speakerOf(q: string, found: Mention[]): Entity | undefined {
    const m = SPEAKER_QUESTION.exec(q) ?? SPEAKER_WORDS.exec(q);
    const speakerText = m?.[1] ?? m?.[2];
    // ("What two ways is Starmer said to have kept in touch?" is passive: it asks what he did, not what he said.)
    if (!speakerText || /\b(?:is|are|was|were)\b/.test(speakerText)) return undefined;
    // Every word of who is asked about must be that person's name or title ("the UK adviser" is not Starmer).
    const said = words(speakerText).filter((w) => !STOPWORDS.has(w));
    if (said.length === 0) return undefined;
    return found.find((m) => m.entity.kind === 'person' && !m.entity.anonymous && said.every((w) => (entityWords.get(m.entity.id) ?? []).includes(w)))?.entity;
  }

  /** The one person a question asks the role of ("what's Rutte's job?"), if that is all it asks. */
  function roleOf(found: Mention[], tokens: Token[], folded: string, ws: readonly string[]): Entity | undefined {
    // ("What was Rutte's job before he led NATO?" asks his background, which the story never gives.)
    // ("Macron's first name?" asks his name, given where the story introduces him.)
    const named = NAME_ASKED.test(folded);
    // "Is Macron described as France's president or its prime minister?": how the story titles him, where it
    // introduces him (another title offered beside his may name someone else: the first named is asked about).
    const labelled = LABELLED.test(folded);
    // "What's Macron's nationality?", "what country is Starmer from?": the country a head of government leads.
    const nation = NATIONALITY.test(folded);
    // "Is Rutte the head of the EU or of NATO?", "is Starmer down as the British PM or the foreign secretary?": a
    // choice of offices, one of them theirs (checked below).
    const choice = OFFICE_CHOICE.test(folded);
    if ((!ROLE_QUESTION.test(folded) && !named && !labelled && !nation && !choice) || BACKGROUND.test(folded) || SUCCESSION.test(folded)) return undefined;
    // ("Macron is president of what country?": "president" names Trump too, and is Macron's title here.)
    const titled = (m: Mention): boolean => found.some((o) => o !== m && o.entity.kind === 'person' && ws.slice(m.start, m.end).every((w) => words(o.entity.title).includes(w)));
    // (In a choice of offices, "…or the EU Commission president?", the story's subject is one of the offices.)
    // (And "is Macron a president or a prime minister?" offers an office, not Starmer: in a choice, only a mention by
    // name is someone asked about.)
    const byName = (m: Mention): boolean => ws.slice(m.start, m.end).some((w) => words(m.entity.name).includes(w));
    const people = [...new Set(found.filter((m) => !(subjects.has(m.entity.id) && (titled(m) || choice)) && !(choice && !byName(m) && OFFICE_WORD.test(ws.slice(m.start, m.end).join(' ')))).map((m) => m.entity))].filter((e) => e.kind === 'person');
    const [person] = people;
    if ((people.length !== 1 && !labelled) || !person || person.anonymous || subjects.has(person.id)) return undefined;
    // "Macron is president of what country?": words of the person's own title ask for the rest of it.
    const title = new Set(words(person.title));
    if (lowerRank(person.title, tokens.map((t) => t.word))) return undefined;
    if (choice) {
      // (A choice of offices is of what they are: "is Rutte the…", "Starmer, is he…".)
      const isWho = found.some((m) => {
        if (m.entity !== person) return false;
        const name = ws.slice(m.start, m.end).join(' ');
        const q = withoutFiller(folded);
        // (Or in a statement's word order: "Macron is prime minister or president?")
        return phraseBetween(q, name, AFTER_IS, WORD_EDGE) || phraseBetween(q, name, WORD_EDGE, IS_HE) || phraseBetween(q, name, START, IS_AFTER);
      });
      // (Offices both sides of the "or": "was Starmer, the British PM, at the summit or not?" asks something else.)
      const titleWords = words(person.title).filter((w) => !STOPWORDS.has(w));
      const office = (part: string): boolean => OFFICE_WORD.test(part) || words(part).some((w) => titleWords.includes(w));
      const [before = '', after = ''] = folded.split(/\bor\b/);
      const offered = office(before) && office(words(after).slice(0, 5).join(' '));
      // (One of the offices is theirs: named by a word of their title, or by a title the story calls them by.)
      const asked = words(folded);
      const theirs = found.filter((m) => m.entity === person).length > 1 || titleWords.some((w) => asked.includes(w));
      if (isWho && offered && theirs && !found.some((m) => m.entity.anonymous)) return person;
    }
    // (A nationality only of someone whose title says which country they lead: the head of an alliance is from a
    // country the story may never give.)
    const ledCountry = HEAD_OF_COUNTRY.exec(person.title)?.[1];
    if (nation && !(ledCountry && entities.resolve(ledCountry).entity?.kind !== 'organization')) return undefined;
    return tokens.every((t) => t.soft || ROLE_WORDS.has(t.word) || title.has(t.word) || (nation && /^(?:nationality|nationalities)$/.test(t.word)) || (named && /^(?:name|names|full|surname)$/.test(t.word)) || (labelled && LABEL_WORDS.test(t.word))) ? person : undefined;
  }

  /** The first fact that names someone in full, title and all: "French President Emmanuel Macron". */
  function introOf(e: Entity): Fact | undefined {
    const surname = fold(e.name.split(' ').pop() ?? e.name);
    return inStoryOrder.find((f) => f.about.includes(e.id) && f.sources.some((x) => fold(x.quote).includes(surname)));
  }

  function contactsOf(e: Entity): Fact[] {
    return inStoryOrder.filter((f) => f.contact && f.contact.with.includes(e.id));
  }

  /** The leaders in contact with Trump by one of the ways given (none when no way is given, or none fits). */
  /**
   * The leaders a question asks to have listed, each with their contacts (none: every leader), or undefined when it
   * asks for no list.
   */
  function leadersListed(folded: string, found: Mention[], mentioned: Entity[], whichLeaders: boolean): Entity[] | undefined {
    const otherPerson = mentioned.some((e) => e.kind === 'person' && !subjects.has(e.id));
    // "Which leaders are named in the story?": the list /whocalled gives, each with a source.
    // ("Which leaders are named as texting Trump?": those the story has in touch that way.)
    if (whichLeaders && LEADERS_NAMED.test(folded) && !otherPerson) return leadersBy(channelsIn(words(folded)));
    // "What examples does the piece give of leaders cosying up to Trump?": the leaders and their contacts, each
    // sourced. (Examples of one way of contact, "texting", are that contact's facts.)
    if (LEADER_EXAMPLES.test(folded) && channelsIn(words(folded)).size === 0 && !otherPerson) return [];
    // "Compare how Macron and Starmer have courted Trump": each leader's contacts, side by side.
    if (COMPARISON.test(folded)) {
      const compared = [...new Set([...found].sort((a, b) => a.start - b.start).map((m) => m.entity))].filter((e) => leaderList.includes(e));
      if (compared.length >= 2) return compared;
    }
    return undefined;
  }

  function leadersBy(channels: ReadonlySet<string>): Entity[] {
    if (channels.size === 0) return [];
    return leaderList.filter((e) => contactsOf(e).some((f) => [...channelsIn(words(fold(f.contact?.via ?? '')))].some((ch) => channels.has(ch))));
  }

  /** The leaders in contact with Trump (or those a comparison names), each with how, and a source for each. */
  function listLeaders(question: string, cut: boolean, only: Entity[] = []): EngineAnswer {
    const chosen = only.length > 0 ? only : leaderList;
    const lines = chosen.map((e) => {
      const vias = [...new Set(contactsOf(e).map((f) => f.contact?.via ?? ''))].filter(Boolean);
      return `• ${e.name} (${e.title}): ${joinAnd(vias)}`;
    });
    const firsts = chosen.map((e) => contactsOf(e)[0]).filter(isFact);
    const head = only.length > 0 ? 'What the story reports for each:' : `The story names ${leaderList.length} leaders in contact with Trump:`;
    return {
      question,
      answered: true,
      answer: withCutNote(`${head}\n${lines.join('\n')}`, cut),
      confidence: 1,
      sources: firsts.flatMap((f) => sources(f).slice(0, 1)),
      suggestions: chosen.map((e) => `/whocalled ${shortName(e)}`),
      factIds: firsts.map((f) => f.id),
      cut,
    };
  }

  /** Every source the story cites, first mention first, with who is named and who isn't. */
  function listSources(question: string, cut: boolean, which: 'named' | 'unnamed' | 'all'): EngineAnswer {
    const seen = new Map<string, { who: string; named: boolean; source: Source; fact: Fact }>();
    for (const f of inStoryOrder) {
      for (const src of sources(f)) {
        const who = src.attribution.replace(/,.*$/, '');
        if (REPORT_ITSELF.test(fold(src.attribution)) || seen.has(fold(who))) continue;
        seen.set(fold(who), { who, named: namedSources.some((e) => attributedTo(src.attribution, e)), source: src, fact: f });
      }
    }
    const all = [...seen.values()];
    const line = (x: { who: string; source: Source }): string => `• ${x.who} (¶${x.source.paragraph})`;
    const named = all.filter((x) => x.named);
    const unnamed = all.filter((x) => !x.named);
    const parts: string[] = [];
    if (which !== 'unnamed') parts.push(`The story names ${named.length === 1 ? 'one source' : `${named.length} sources`}:\n${named.map(line).join('\n')}`);
    if (which !== 'named') parts.push(`${which === 'all' ? 'It cites' : 'The story cites'} ${unnamed.length} sources without naming them:\n${unnamed.map(line).join('\n')}`);
    const listed = which === 'named' ? named : which === 'unnamed' ? unnamed : all;
    return {
      question,
      answered: true,
      answer: withCutNote(parts.join('\n') + (outlet ? `\nThe story itself draws on ${outlet.name}'s reporting.` : ''), cut),
      confidence: 1,
      sources: listed.slice(0, MAX_SOURCES).map((x) => x.source),
      suggestions: [],
      factIds: [...new Set(listed.map((x) => x.fact.id))],
      cut,
    };
  }

  /** Every person the story names, besides the one it is about, in the order they appear. */
  function listPeople(question: string, cut: boolean): EngineAnswer {
    const people = base.entities.filter((e) => e.kind === 'person' && !e.anonymous && !subjects.has(e.id));
    const firsts = people
      .map((e) => ({ e, f: introOf(e) }))
      .filter((x): x is { e: Entity; f: Fact } => x.f !== undefined)
      .sort((a, b) => firstParagraph(a.f) - firstParagraph(b.f));
    const subject = [...subjects].map((id) => entities.byId(id)?.name).filter(Boolean).join(' and ');
    const lines = firsts.map(({ e, f }) => `• ${e.name}, ${e.title} (¶${firstParagraph(f)})`);
    return {
      question,
      answered: true,
      answer: withCutNote(`Besides ${subject}, the story names ${firsts.length} people:\n${lines.join('\n')}`, cut),
      confidence: 1,
      sources: firsts.slice(0, MAX_SOURCES).flatMap(({ f }) => sources(f).slice(0, 1)),
      suggestions: leaderList.map((e) => `/whocalled ${shortName(e)}`),
      factIds: firsts.map(({ f }) => f.id),
      cut,
    };
  }

  function whocalled(raw: string): EngineAnswer {
    const { text: name, cut } = cutInput(raw, 100);
    if (!name || words(name).length === 0) return listLeaders(name, cut);
    const res = entities.resolve(name);
    const leaderNames = joinAnd(leaderList.map((e) => e.name));
    const others = (): string[] => leaderList.map((e) => `/whocalled ${shortName(e)}`);
    const nope = (answer: string, suggestions: string[]): EngineAnswer => ({
      question: name, answered: false, answer: withCutNote(answer, cut), confidence: 0, sources: [], suggestions: suggestions.slice(0, 3), factIds: [], cut,
    });
    const entity = res.entity;
    if (!entity || res.leftovers.length > 0) {
      if (res.candidates.length > 1 && res.leftovers.length === 0) {
        return nope(`"${name}" could mean ${joinAnd(res.candidates.map((e) => e.name))}. Which one?`, res.candidates.map((e) => `/whocalled ${shortName(e)}`));
      }
      return nope(`The story doesn't name "${name}" among the leaders in contact with Trump. It reports contacts with ${leaderNames}.`, others());
    }
    if (subjects.has(entity.id)) {
      return nope(`${entity.name} is the one the leaders call and text. The story reports contacts with ${leaderNames}.`, others());
    }
    const contacts = contactsOf(entity);
    if (contacts.length === 0) {
      const about = base.facts.filter((f) => f.about.includes(entity.id)).slice(0, 2);
      return nope(
        `The story names ${entity.name} (${entity.title}) but reports no call or message between them and Trump. It reports contacts with ${leaderNames}.`,
        [...about.map(suggestionFor), ...others()],
      );
    }
    const lines = contacts.map((f) => {
      const c = f.contact;
      const detail = [c?.when, c?.about].filter(Boolean).join('; ');
      return `• ${capitalise(c?.via ?? 'contact')}${detail ? ` (${detail})` : ''}: ${f.answer}`;
    });
    const head = `The story reports ${contacts.length === 1 ? 'this contact' : `${contacts.length} accounts of contact`} between ${entity.name} and Trump. It does not say who called whom.`;
    let answer = `${head}\n${lines.join('\n')}`;
    if (answer.length > 1400) answer = `${head}\n${contacts.map((f) => `• ${capitalise(f.contact?.via ?? '')}: ${suggestionFor(f)}`).join('\n')}`;
    const related = base.facts.filter((f) => !f.contact && f.about.includes(entity.id)).slice(0, 2);
    return {
      question: name,
      answered: true,
      answer: withCutNote(answer, cut),
      confidence: 1,
      sources: contacts.flatMap((f) => sources(f).slice(0, 1)),
      suggestions: [...related.map(suggestionFor), ...leaderList.filter((e) => e !== entity).map((e) => `/whocalled ${shortName(e)}`)].slice(0, 3),
      factIds: contacts.map((f) => f.id),
      cut,
    };
  }

  function completeLeader(typed: string, limit = 25): { name: string; value: string }[] {
    const q = typed.trim();
    const pool = q ? entities.search(q, limit).filter((e) => leaderList.includes(e)) : leaderList;
    // Also offer matching aliases so "NATO chief" shows as a choice for "nat".
    const out: { name: string; value: string }[] = pool.map((e) => ({ name: `${e.name} — ${e.title}`, value: e.name }));
    if (q) {
      const fq = fold(q);
      for (const e of leaderList) {
        for (const a of e.aliases) {
          if (fold(a).startsWith(fq) && !out.some((o) => o.value === e.name)) out.push({ name: `${a} (${e.name})`, value: e.name });
        }
      }
    }
    return out.slice(0, limit).map((o) => ({ name: o.name.slice(0, 100), value: o.value.slice(0, 100) }));
  }

  // (Made on the first warm-up call: a one-shot `factdesk ask` never warms up.)
  let warmUpList: string[] | undefined;
  function warmUp(from = 0, count = Infinity): number {
    warmUpList ??= warmUpQuestions(base);
    const to = Math.min(warmUpList.length, from + count);
    for (let i = from; i < to; i++) answer(warmUpList[i] ?? '');
    return to < warmUpList.length ? to : -1;
  }

  function explain(question: string): ReturnType<Engine['explain']> {
    const plain = readable(cutInput(question).text);
    const cw = contentWords(plain);
    const found = mentionsAsked(cw, fold(plain));
    const mentioned = [...new Set(found.map((m) => m.entity))];
    const tokens = tokensOf(cw, found);
    const ranked = rank(tokens, mentioned, questionType(fold(question)), wordPairs(words(question)));
    return {
      tokens: tokens.map((t) => ({ word: t.word, matches: t.matches.map((m) => `${m.stem}:${m.how}:${m.weight.toFixed(2)}`) })),
      mentions: found.map((m) => `${m.entity.id}${m.exact ? '' : '~'}`),
      top: ranked.slice(0, 5).map((r) => ({ id: r.item.fact.id, score: round2(r.score) })),
    };
  }

  return {
    base,
    entities,
    ask,
    explain,
    whocalled,
    leaders: () => leaderList,
    completeLeader,
    fact: (id) => factById.get(id),
    sources,
    suggestionFor,
    warmUp,
  };
}

/**
 * Chat framings a question comes in ("quick question:", "… please"): the warm-up puts each phrasing of the fact
 * base in one of them, as users do, so the engine's reading of framings is warmed too.
 */
const WARM_UP_FRAMES: readonly (readonly [string, string])[] = [
  ['', ''],
  ['quick question: ', ''],
  ['hey, ', ' please'],
  ['so ', ' thanks'],
  ['can you tell me ', ''],
  ['', ' — just checking'],
  ['ok but ', ' lol'],
  ['', ', right'],
];

/**
 * The warm-up's questions, all made from the fact base: each fact's phrasings as written and framed, its keywords
 * and the details it leaves out asked about, and everyone it names asked after by each of their names and by one
 * misspelt.
 */
export function warmUpQuestions(base: FactBase): string[] {
  const out: string[] = [];
  base.facts.forEach((f, i) => {
    f.questions.forEach((q, k) => {
      const [before, after] = WARM_UP_FRAMES[(i + k) % WARM_UP_FRAMES.length] ?? ['', ''];
      out.push(q, `${before}${q.toLowerCase().replace(/[?.!]+$/, '')}${after}?`);
    });
    for (const kw of f.keywords) out.push(`what about ${kw}?`);
    for (const ns of f.notSaid) out.push(`does the story say ${ns}?`);
  });
  base.entities.forEach((e, i) => {
    const other = base.entities[(i + 1) % base.entities.length]?.name ?? '';
    for (const name of [e.name, ...e.aliases]) out.push(`who is ${name}?`, `what did ${name} say to ${other}?`, `did ${name.toLowerCase()} call ${other}`);
    const n = e.name.length;
    out.push(`who is ${e.name.slice(0, n >> 1)}${e.name.slice((n >> 1) + 1)}?`);
  });
  return out;
}

/**
 * Confidence in [0, 1]: how well the best fact covers the question, less the share of the question the
 * fact base has never heard of, less a little when a second fact is nearly as good.
 */
function calibrate(score: number, unknownShare: number, second: number, power: number): number {
  const margin = score > 0 ? Math.min(1, (score - second) / score) : 0;
  const c = score * Math.pow(1 - unknownShare, power) * (0.85 + 0.15 * margin);
  return Math.max(0, Math.min(1, c * 1.25));
}

function computeLeaders(inStoryOrder: readonly Fact[], index: EntityIndex, subjects: Set<string>): Entity[] {
  const out: Entity[] = [];
  for (const f of inStoryOrder) {
    for (const id of f.contact?.with ?? []) {
      const e = index.byId(id);
      if (e && !subjects.has(e.id) && !out.includes(e)) out.push(e);
    }
  }
  return out;
}

/** Whether every one of some words is among others. */
function within(some: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  for (const w of some) if (!others.has(w)) return false;
  return true;
}

function firstParagraph(f: Fact): number {
  // (Asked of every pair of facts a ranking sorts: found once per fact.)
  let first = firstParagraphs.get(f);
  if (first === undefined) {
    first = Math.min(...f.sources.map((s) => s.paragraph));
    firstParagraphs.set(f, first);
  }
  return first;
}
const firstParagraphs = new WeakMap<Fact, number>();

function shortName(e: Entity): string {
  return e.kind === 'person' ? (e.name.split(' ').pop() ?? e.name) : e.name;
}

function withCutNote(text: string, cut: boolean): string {
  return cut ? `${text}\n(Your question was long, so I read only its first ${MAX_QUESTION_CHARS} characters.)` : text;
}

function joinAnd(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/**
 * The ranking with a fact that meets `wanted` moved first, if the best doesn't and one scoring at least
 * `ratio` of the best does.
 */
function preferNear(ranked: Scored[], ratio: number, wanted: (r: Scored) => boolean): Scored[] {
  const best = ranked[0];
  if (!best || wanted(best)) return ranked;
  const alt = ranked.find((r) => r.score >= best.score * ratio && wanted(r));
  return alt ? [alt, ...ranked.filter((r) => r !== alt)] : ranked;
}

/** The question without a leading "so", "ok", "hey"...: checks read its first words. */
function withoutFiller(folded: string): string {
  return folded.replace(/^(so|ok|okay|hey|hi|and|but|um|well)\b[\s,]*/, '');
}

/** "which leaders", "what great leaders", "which three foreign figures" — not "what are leaders using...". */
function asksWhichLeaders(q: string): boolean {
  const m = WHICH_LEADERS.exec(q);
  if (!m) return false;
  // "I wonder what leaders hope to gain": an embedded question asks what they do, not which of them.
  if (m[1] === 'what' && /\b(?:wonder|wondering|know|curious|tell me|explain|understand)\b[^.?!]*$/.test(q.slice(0, m.index))) return false;
  // "What leaders are doing with the direct line", "what leaders hope to gain": "what" is what they do, say or
  // want, and the leaders are who does it. ("For what reason leaders flatter him": "what" asks the reason.)
  if (m[1] === 'what' && /^(?:(?:are|were) )?(?:do|doing|did|says?|saying|said|think|thinking|thought|gain|gaining|get|getting)(?: (?:with|w|to|on|about|of|in|from|by|out|when|after|here)\b|\W*$)|^(?:(?:are|were) )?(?:hope|hoping|want|wanting|trying|try|expect|expecting) to\b/.test(q.slice(m.index + m[0].length).trim())) return false;
  const between = (m[2] ?? '').split(' ').filter(Boolean);
  // ("What motivates leaders", "what drives world leaders": a verb, or a plural thing, "what texts leaders send", is
  // what is asked; "what various leaders", "what countries leaders" (the countries' leaders) still ask which.)
  if (m[1] === 'what' && /^\p{L}+[^su]s$/u.test(between[0] ?? '') && !/^(?:countries|nations|states|governments|allies|capitals)$/.test(between[0] ?? '')) return false;
  if (m[1] === 'what' && /^(?:reason|purpose|way|means|end)$/.test(between[0] ?? '')) return false;
  // "In which country NATO leaders met", "at what summit European leaders met": after a preposition, "which
  // country" is where or when, and the leaders, with a word of their own, are who did it (no "did" between).
  // ("With which two European leaders…" asks which leaders: "two" is no place or time.)
  if (between.length === 2 && /^(?:country|city|town|place|venue|capital|year|month|week|day|date|time|period|summit|meeting|event|occasion|way|manner)$/.test(between[0] ?? '') && /\b(?:in|at|on|from|to|for|by|with|during|after|before|of) $/.test(q.slice(0, m.index))) return false;
  return between.length <= (m[1] === 'which' ? 2 : 1) && between.every((w) => !STOPWORDS.has(w));
}

/** Words for how something struck people: "amazed", "seen as unusual", "remarkable". */
const STRUCK = /^(?:amaz|surpris|unusual|rare|remarkabl|strik|shock|stun|astonish|notabl|noteworth|extraordinar|unprecedent|uncommon)/;

/** A length of time in a quote: "in six months", "for two hours". */
const DURATION = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many) (?:minutes?|hours?|days?|weeks?|months?|years?)\b/;

/** A paragraph a question points at: by number, or the story's end ("the kicker"). */
type Pointed = number | 'end';
/** "The first quote", "the opening quotation", "the last quoted source": a quote pointed at by its place in the story. */
const QUOTE_ORDINAL = /\b(first|opening|last|final|closing) (?:direct |anonymous |named |on-the-record |verbatim )?(?:quote|quotation|quoted (?:source|person|speaker|voice|remark|line))\b/;
/** The whole text, its first such quote's ordinal in group 1. */
const QUOTE_ORDINAL_IN = new RegExp(`^[^]*?${QUOTE_ORDINAL.source}[^]*$`);

/**
 * The ordinal of the quote a question asks for ("the last quote": "last"), if it asks for one. (Read by one
 * replace, the same steps whether it asks or not: a step no question took before, met in optimised code, makes V8
 * throw that code away, here the engine's main function's, and run it slowly for a thousand questions.)
 */
function quoteOrdinal(foldedRaw: string): string | undefined {
  const ordinal = foldedRaw.replace(QUOTE_ORDINAL_IN, '$1');
  return ordinal === foldedRaw ? undefined : ordinal;
}

function pointsAt(item: IndexedFact, pointed: Pointed): boolean {
  return pointed === 'end' ? item.nearEnd : item.paragraphs.has(pointed);
}

/** Words a summary request is wrapped in: how long, how quick, what kind of summary. */
const SUMMARY_FILLER = new Set('summary summaries recap overview gist couple top top-line topline anecdote anecdotes section sections part parts bit episode main key central core big line lines short shortly brief briefly quick quickly claim claims argument thesis message takeaway story article piece report whole overall basic sentence sentences words version facts fact takeaways highlights'.split(' '));

/** Words for someone of a body: "which NATO official", "the White House spokeswoman". */
const BODY_ROLES = /^(?:officials?|figures?|chief|boss|head|leaders?|persons?|people|spokes(?:person|woman|man)|representatives?|voices?)$/;

/** Words of "who leads NATO now?" besides the body, and a title that says its holder leads it (not a deputy). */
const BODY_LEADS = /^(?:leads?|heads?|runs?|chairs?|charge|currently|now)$/;
const LEADS_BY_TITLE = /^(?!.*\bdeputy\b).*\b(?:secretary general|secretary-general|chief|head|president|leader|chair|director)\b/;

/** A fact's answer that reports a change ("Trump reversed his hostile stance"). */
const CHANGE = /\b(?:revers|chang|shift|switch|turn|soften|no longer|now)\w*/;

/** A word saying what someone says of a thing ("does the White House say…", "is it described as…"). */
const REPORTED_JUDGEMENT = /^(?:say|says|said|saying|claim|claims|claimed|claiming|describe|describes|described|describing|call|calls|called|calling|characteri[sz]es?|characteri[sz]ed|insist|insists|insisted)$/;

/** The countries a text names after the words `before` matches ("in ireland"), its group 1 the word after them. */
function countriesAfter(text: string, before: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(before)) if (isCountry(m[1] ?? '')) out.push(m[1] ?? '');
  return out;
}

/** Whether a "how many of those …" is worded as the fact's quote counts it ("not many of those leaders"). */
function countedAsQuoted(q: string, f: IndexedFact): boolean {
  const part = /\bhow (?:many|much) (of (?:the|these|those|his|their) \p{L}+)/u.exec(q)?.[1];
  return part !== undefined && f.fact.sources.some((s) => fold(s.quote).includes(`many ${part}`));
}

/** Which of several times ("his second term"). */
const ORDINALS: readonly string[] = ['first', 'second', 'third', 'fourth'];

/** A question of which time something began, or offering two ("start", "began", "first or second"). */
const ORDINAL_ASKED = /\b(?:start|started|starting|begin|began|begun|beginning|date from|dates from|dated from|originated?)\b|\b(?:first|second|third) or (?:the |his |her )?(?:first|second|third)\b/;

/** A rough count in a quote, and the thing counted: "not many of those leaders", "a lot of the calls". */
const ROUGH_COUNT = /\b(?:not many|many|a lot|lots|a few|few|several|dozens|hundreds)(?: of)?(?: (?:those|these|the|his|their))? (\p{L}+)/gu;

/** "How many" asked of what the story says ("according to the report", "does the article say"): the story's count. */
const COUNT_AS_REPORTED = /\b(?:according to|per) (?:the |this )?(?:article|report|piece|story|text)\b|\b(?:article|report|piece|story|text) (?:says?|states?)\b/;

/** The stem of what a "how many" asks the story's count of ("how many of those leaders…, per the report" → leader). */
function countAsReported(folded: string): string | undefined {
  if (!COUNT_AS_REPORTED.test(folded)) return undefined;
  const what = /\bhow many (?:of (?:those |these |the )?)?(\p{L}+)/u.exec(folded)?.[1];
  return what === undefined ? undefined : stem(what);
}

/** The plain refusal, when nothing more specific can be said. */
const DOESNT_SAY = "The story doesn't say.";
const NOT_MENTIONED = "The story doesn't mention";
const OPINION = "That's a matter of opinion; the story reports what was said and done, not whether it was right.";
/** "Which" or a "what" that asks which ("what goods", "what golf course"; not "what did", "what is"). */
const WHICH_LIKE = "(?:which|what(?= [\\p{L}-]+)(?! (?:did|does|do|is|was|were|are|has|have|had|can|could|would|will|should|if|about|else|exactly|happened|happens|made|makes|caused|led)\\b))";
/** What a "which", "what goods" or "how many" asks for: group 1. */
const WHICH_ASKED = new RegExp(`\\b(?:${WHICH_LIKE}|how many) ((?:[\\p{L}-]+ ?){1,3})`, 'u');
/** The first word after a wh-question's verb: who does it ("how many meetings did biden hold", group 1). */
// (A name takes no article: "how does the intro describe…" asks about a thing.)
const WH_SUBJECT = /^(?:how many|how much|how often|what|which|when|where|why|how)\b[^?]*?\b(?:did|does|do|has|have|had)\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|any|some)\b)([\p{L}'-]+)/u;
/** "Why", or a question asking for a reason in other words ("what reason did Trump give", "how come"). */
const WHY_LIKE = "(?:why|how come|for what reason|what (?:was |is |were |are )?(?:the |his |her |their |\\p{L}+'s )?(?:reasons?|motives?|motivation)\\b)";
/** Asks for examples of what leaders did: "what examples does it give of leaders cosying up to Trump?". */
const LEADER_EXAMPLES = /\b(?:examples|instances|every example|all the examples)\b(?=.*\b(?:leaders?|heads? of (?:state|government)|presidents|prime ministers)\b)/;
/** Asks what someone said about something, not what they said in it: "say about", "say publicly". */
const COMMENT_ASKED = /\b(?:say|said|says|saying|tell|told) (?:anything |something )?(?:about|publicly|in public|to reporters|to the press|when (?:asked|reporters))\b|\b(?:comment|comments|commented|commenting|remark|remarked|remarks) (?:on|about|publicly)\b/;
/** "The French prime minister": a country's adjective before an office. */
const OFFICE_BY_ADJECTIVE = /\b(french|british|english|dutch|german|italian|spanish|american|canadian|japanese|chinese|russian|indian|irish|scottish|belgian|polish|ukrainian|turkish|australian|brazilian|mexican|israeli|saudi|korean) (prime minister|pm|president|premier|chancellor|king|queen|foreign minister)\b/;
/** An office once held: "former", "ex-", "one-time" just before it. */
const FORMER = /\b(?:former|ex-?|one-?time|onetime|not)\s*$/;
/** Asks of a time before: "before NATO", "previously", "used to be". */
const ONCE = /\b(?:before|previously|formerly|used to|prior to|in the past|earlier in (?:his|her|their) career)\b/;

/** The story as the one with a view: "why does the article think…", "what does the piece feel about…". */
const STORY_THINKS = /\b(?:does|did|do) (?:the |this |that |our )?(?:article|story|piece|report|write-?up|author|writer|reporter|journalist|politico) (?:really |actually )?(?:think|feel|reckon|believe|consider)\b/;

/** "Is X described as…", "is that how the story labels him?": asks the title the story gives someone. */
const LABELLED = /^(?:is|was|does|did)\b[^?]*\b(?:described|labell?ed|referred to|introduced|identified|titled|styled)(?: \p{L}+){0,2} as\b|\bhow (?:the |this )?(?:story|article|piece|report) (?:labels|describes|introduces|refers to|titles)\b/u;
const LABEL_WORDS = /^(?:described|describes|labell?ed|labels?|referred|refers|introduced|introduces|identified|titled|titles|styled)$/;

/** "What's Macron's full name?", "Macron's first name —": asks someone's name. */
const NAME_ASKED = /^(?:what(?:'s| is| was)|whats)?\s*(?:the )?[\p{L}' .-]+?(?:'s|’s|s) (?:full |first |last |sur)?name\b(?! (?:for|of|that|which)\b)/u;

/** "Who does X work for", "X's employer", "what does X do for a living". */
const EMPLOYER = /\b(?:work|works|worked|working) (?:for|at|in)\b|\bemploy(?:er|ed|s)\b|\bdo for (?:a )?(?:living|job|work)\b/;
/** What someone may be, asked of a source the story leaves unnamed ("a diplomat, a minister…?"). */
const OCCUPATIONS = new Set(
  'diplomat diplomats minister ministers staffer staffers staff aide aides adviser advisers advisor advisors official officials employee civil servant servants politician politicians spokesperson spokesman spokeswoman ambassador envoy envoys bureaucrat commissioner secretary lawmaker mp mep eu nato commission government administration ministry department foreign european british american white house living work works worked working employ employer employed job'.split(' '),
);
/** Asks whether someone is named. */
const NAMING = /\b(?:named?|names|identif\w*|anonymous|unnamed)\b/;

/** "Canada's prime minister": a country's name, possessive, before an office. */
const OFFICE_OF_POSSESSIVE = /(?<!\b(?:which|what|whose|any|every|each|one|a|another) )\b((?:the )?(?!(?:country|nation|state|world|team|party|government|alliance|bloc|union)\b)[\p{L}-]+)(?:'s|') (prime minister|president|premier|chancellor|king|queen|foreign minister|head of government|head of state)\b/u;
/** An office offered as one of two ("…the French prime minister or the French president?"). */
const OFFICE_OR =
  /\b(?:prime minister|president|premier|chancellor|king|queen|pm)\b(?: of (?:the )?[\p{L}-]+)? or\b|\bor (?:(?:the|a|an|its|his|her) )?(?:[\p{L}-]+ )?(?:prime minister|president|premier|chancellor|king|queen|pm)\b/u;
/** Asks for a date on the calendar: "what month", "which year", "what date", "which day of the week". */
const CALENDAR_ASKED = /\b(?:what|which)(?: (?:exact|calendar|specific|precise))? (?:month|year|date|weekday|day of the week|day)s?\b(?!'s?)/;
/** A date on the calendar: a month, a weekday, a year. */
const CALENDAR_GIVEN = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:1[89]|20)\d\d)\b/;
/** Posts in a government beside its head: "chief of staff", "secretary of state", "ambassador". */
const GOVERNMENT_POST =
  /\b(?:chief of staff|secretary of state|vice[- ]president|attorney general|national security advis[eo]r|(?:treasury|defen[cs]e|commerce|foreign|home|war|energy|trade|health) secretary|secretary of (?:the )?(?:defen[cs]e|treasury|commerce|war|homeland security|energy|health)|chancellor of the exchequer|ambassador|envoy|first lady|speaker of the house|communications director)\b/;
/** Whose a post is, said just before it: "Trump's", "the president's", "the White House", "the US". */
const POST_OWNER = /((?:the )?[\p{L}.-]+(?:'s|') |(?:the )?(?:white house|us|u\.s\.|american|british|uk|u\.k\.|french|dutch) )$/u;
/** A word for someone working for an organisation, after its name: "the White House press secretary". */
const ROLE_AFTER = /^(?:press|secretary|spokes\p{L}*|chief|officials?|advis[eo]rs?|aides?|staff\p{L}*|head|leaders?|director|reporters?|journalists?|editors?|writers?|correspondents?|deputy)$/u;
/** Asks who someone is or their name. */
const WHO_ASKED = /\b(?:who|whos|whom)\b|\bnames?\b/;
/** Asks what country someone is from: "Macron's nationality", "which country is Starmer from?". */
const NATIONALITY = /\bnationality\b|\b(?:what|which) (?:country|nation)\b[^?]*\bfrom\b/;
/** "Is X the A or the B?": a choice offered about what someone is. */
const OFFICE_CHOICE = /\b(?:is|was)\b[^?]*\bor\b/;
/** A word for an office, in such a choice. */
const OFFICE_WORD = /\b(?:president|prime minister|pm|premier|chancellor|secretary|head|chief|leader|minister|boss|chair)\b/;
/** A title that names the country its holder leads ("President of France"). */
const HEAD_OF_COUNTRY = /^(?:president|prime minister|premier|chancellor|king|queen) of (?:the )?(.+)$/i;
/** "Was it Macron whose texts…", "was it Starmer's texts…": group 1 is who is guessed, 2 or 3 what of theirs, 4 the rest. */
const CLEFT_GUESS = /^(?:was|is|were) it ([\p{L}. -]+?)(?:(?:'s|’s) ([\p{L}-]+)| whose ([\p{L}-]+)) ([^?]+?)\s*\??$/u;

/** "The prime minister of the Netherlands": an office and the country it is of. */
const OFFICE_OF = /\b(prime minister|president|premier|chancellor|king|queen|foreign minister|head of government|head of state) of (the )?((?:united |czech |south |north |new )?[\p{L}-]+)/u;

/**
 * "Has Trump ever commented on…", "did Macron say anything about…", "has Macron himself confirmed the greeting?"
 * (bearing it out is a comment on it too): group 1 is who.
 */
const YES_NO_COMMENT = /^(?:has|have|had|did|does|do) ([\p{L}'. -]+?) (?:ever |also |publicly |even |actually |himself |herself |personally )*(?:(?:comment(?:ed)?|remark(?:ed)?|sa(?:y|id) anything|spoken?|spoke|talk(?:ed)?) (?:on|about|publicly|in public)|(?:confirm(?:ed)?|den(?:y|ied)|acknowledg(?:e|ed)|verif(?:y|ied)) (?:the|that|this|it|his|her|their)\b)/u;
/** "How did X react/feel/respond": group 1 is X. */
const REACTOR = /^how (?:did|do|does|have|has|would|were|was) (.+?) (?:react|reacted|respond|responded|feel|felt|take it|take the news)\b/;
/** Words for people a question may ask about without naming them. */
const PEOPLE_NOUN = /\b(?:public|voters|people|citizens|aides|staff|staffers|officials|media|press|government|office|team|allies|critics|opposition|parliament|lawmakers|diplomats|advisers|advisors)\b/;
/** Asks what someone said: "what did the aides tell Trump?", "what the cringing aides said". */
const SAYING_OF = /^what (?:(?:did|does|do|have|has) ([\p{L}'. -]+?) (?:say|tell|told)|([\p{L}'. -]+?) (?:said|told|say|says|tell|tells))\b/u;
/** "What did the aides discuss with him?": who is asked to have said something to someone. */
const DISCUSSED_WITH = /^what (?:did|does|do|have|has) ([\p{L}'. -]+?) (?:\p{L}+ly )?discuss with\b/u;
/** Asks for the members of a group, one by one or by rank: "list them", "which was the first", "which had the most". */
const MEMBERS_ASKED = /^(?:(?:can you |please |kindly )?list|(?:give me )?(?:the |a )?full list)\b|\blist (?:them|pls|please)\b|^(?:which|what|who)\b[^?]*\b(?:the )?(?:first(?! (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|half|year|years|months?|weeks?|days?|term|time)\b)|most)\b|^most-|^(?:with|in) which\b[^?]*\bmost\b/;
/** Asks for names: "the name of the listener", "any names for the staff", "which named aides". */
const NAMES_OF = /\b(?:names? (?:of|for)|identit(?:y|ies) of|(?:which|what) named)\b/;
/** Small talk, answered as such: thanks, a bare greeting, "what can you do?". */
const THANKS = /^\s*(?:(?:ok(?:ay)?|great|cool|nice|perfect|awesome|brilliant)[,!. ]+)?(?:thanks?|thank you|thx|ty|cheers|ta|much appreciated|appreciate it)(?: (?:so much|a lot|very much|again|mate|all))*[\s!.]*$/;
const GREETING = /^\s*(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|greetings)(?: there| all| everyone| folks| bot| factdesk)?[\s!.]*$/;
/** A claim put for checking: "is…", "…isn't he?", "true or false: …", "…described as…". */
const OFFICE_PUT = /^(?:(?:true or false|fact[- ]?check)\W*)?(?:is|was)\b|^(?:(?:true or false|fact[- ]?check)\W*)?[\p{L}.' -]+? (?:is|was|=) |\b(?:isn't|isnt|wasn't|wasnt) (?:he|she|it|they)\b|\b(?:described|named|called|referred to|identified) as\b|\b(?:right|correct)\s*\??\s*$/u;
/** The words between someone and an office said to be theirs: "is described in the report as the". */
const CLAIM_FILLER = /(?:\s*=|\s*\b(?:is|was|described|named|called|identified|referred|to|in|the|this|that|report|story|article|piece|as|a|an|really|actually|also|still)\b)*\s*$/;
/** A woman referred to by pronoun. */
const SHE = /\b(?:she|her|hers|herself|she's|shes)\b/;
/** Asks how the asker can do something ("how do I…", "how can we…"), not how to know or word what the story says. */
const HOW_TO = /^how (?:do|can|should|would|could) (?:i|we)\b(?! (?:know|tell|verify|trust|be sure|confirm|check|say|quote|cite|describe|attribute|explain|refer|pronounce|spell|summari[sz]e|frame|put|word|phrase|report|write|credit|source|characteri[sz]e|sum|read|understand|interpret|find out|learn)\b)/;
const CAPABILITIES = /^\s*(?:what (?:can|do) you do|what do you know|what are you|who are you|how do(?:es)? (?:you|this|it) work|what can i ask(?: you)?|help)\s*\??\s*$/;
// Sticky patterns read around a phrase a question brings (see phraseBetween): a word's edge, as `\b` is.
const WORD_EDGE = /\b/y;
/** The start of the text. */
const START = /^/y;
/** "a …", "an …" just before. */
const AFTER_A = /(?<=\ban? )/y;
/** Not followed by "for" or "of" ("an opportunity for the PM to…" says which). */
const NOT_FOR_OR_OF = /\b(?! (?:for|of)\b)/y;
/** "in the …", "at …" just before: a place asked within. */
const IN_A_PLACE = /(?<=\b(?:in|inside|within|at|around) (?:the )?)/y;
/** "is …", "was Mr …" just before. */
const AFTER_IS = /(?<=\b(?:is|was) (?:mr |mrs |ms |sir )?)/y;
/** ", is he …" just after. */
const IS_HE = /,? (?:is|was) (?:he|she)\b/y;
/** ", is …" just after. */
const IS_AFTER = /,? (?:is|was)\b/y;
/** A yes-or-no question's opening just before: "did the …", "… . Was a …". */
const ASKED_YES_OR_NO_OF = new RegExp(`(?<=(?:^|[.!?]\\s*)${YES_NO.source.replace(/^\^/, '')}\\s+(?:the\\s+|a\\s+|an\\s+)?)`, 'y');
/** A rank named to be set aside just before: "not the …", "besides a …". */
const RANK_SET_ASIDE = /(?<=\b(?:not|non|than|besides|except|opposed to|instead of)(?: the| a| her| his| their)? )/y;
/** "An old idiom", "young people's slang": an age word describing the word after it, not an age asked for. */
const AGE_WORDS_BEFORE_A_NOUN = new Map(
  ['old', 'older', 'young'].map((w) => [w, new RegExp(`(?<!\\bhow )\\b${w}[ -](?!(?:than|enough|is|was|are|were|and|or)\\b)\\p{L}{3,}`, 'u')]),
);

/** A request, not a saying: "tell me about Starmer". */
const TELL_ME = /^(?:(?:can|could|would|will) you |pls |please )?tell (?:me|us)\b/;
/** Asks what someone said or how they answered: "did Macron's office comment", "what was their statement". */
const SPEAKS_FOR = /\b(?:say|said|says|saying|comment\p{L}*|confirm\p{L}*|den(?:y|ied|ies|ial)|respond\p{L}*|response|statement|react\p{L}*|repl(?:y|ied|ies)|told|tell)\b/u;

// Verbs of the story saying something.
const STORY_VERB = 'say|says|said|tell|tells|told|report|reports|reported|write|writes|wrote|mention|mentions|mentioned';
/** Asking what something means or points to: "what does it imply", "what did the episode imply". */
const IMPLYING = /^impl(?:y|ies|ied|ying)$/;
/** The story as the one saying: "what does the article say about…". */
const STORY_SAYS = new RegExp(`\\b(?:what|how) (?:does|did|do|has) (?:the |this |that |our )?(?:article|story|piece|report|write-?up|politico|outlet|coverage|text|author|writer|reporter)\\s+(?:${STORY_VERB})\\b`);
/** Two offered as a choice of who: "is it the adviser or the White House who…", "was it X or Y that…". */
const OFFERED_CHOICE = /^(?:is|was) it (?:the |a |an )?[\p{L}'. -]{2,40} or (?:the |a |an )?[\p{L}'. -]{2,40} (?:who|that|which)\b/u;
/** A saying reported, not asked for: "he is said to have…", "what was said about X in the article". */
const REPORTED_SAYING = /\b(?:is|are|was|were) (?:\p{L}+ )?(?:said|reported|told) to\b|^what (?:is|was) (?:said|written|reported) (?:about|on|of)\b.*\b(?:article|story|piece|report)\b/u;
/** One of those verbs, as a word of the question. */
const STORY_VERB_WORD = new RegExp(`^(?:${STORY_VERB})$`);
const STORY_SAYS_ABOUT = new RegExp(`${STORY_SAYS.source} (?:about|regarding|on|of|concerning)\\b`);
/** People of someone's: "Macron's own aides", "Starmer's press team". */
const THEIR_PEOPLE = new RegExp(`['’]s (?:own )?(?:[\\p{L}-]+ )?${PEOPLE_NOUN.source}`, 'u');
/** Asks who was first of many: "who was the first leader Trump met?". */
// ("Who is the first leader named in the story?" asks about the story's order, which it has.)
/** "Which paragraph…", "what part…": a question that asks where in the article. */
const WHICH_PART = /^(?:which|what) (?:paragraph|para|graf|part|section|line|sentence|bit|passage)s?\b/;
/** A question for a time of day or clock time (not a span: "over what time period"). */
const CLOCK_TIME = /(?<!\b(?:over|in|within|across|during|for) )\b(?:what|which) (?:time(?! (?:period|periods|span|spans|frame|frames|scale|line|window|range|in|of (?:his|the|their|year|term)\b))|hour)\b|\bo'?clock\b/;
/** Words that give a time of day. */
const TIME_OF_DAY = /\b(?:night|late-night|overnight|morning|afternoon|evening|midnight|noon|midday|dawn)\b|\d ?[ap]\.?m\b/i;
const FIRST_ONE = /^(?:who|which)\b(?![^?]*\b(?:named|mentioned|quoted|cited|described|featured|in (?:the|this) (?:story|article|piece|report))\b)[^?]*\b(?:the )?first (?:foreign |world |european |other )?(?:leaders?|heads? of (?:state|government)|presidents?|prime ministers?|persons?|people|ones?|countries|country)\b/;
/** Asks where an unnamed source is from or whom they work for. */
const SOURCE_DETAIL = /\b(?:which|what) (?:country|countries|nation|nationality|government|organi[sz]ation|agency|department|ministry|institution|region)\b|\bnationality\b|\b(?:with|from) the eu or\b/;
/** A description that says where someone is from or whom they work for. */
const PLACED = /\b(?:u\.?k\.?|british|britain|french|france|american|u\.?s\.?|white house|government|dutch)\b/;
/** Asks to set two things side by side. */
const COMPARISON = /\b(?:compare[sd]?|comparing|comparison|contrast|differ|differs|difference|differences|in common|similar|similarities|alike|versus|vs)\b/;
/** Opens with a detail of something: "score of the match?", "age of Macron". */
const DETAIL_OF = /^(?:the |what(?:'s| is| was)? the )?(?:score|age|date|name|cost|price|result|outcome|value|size|time|location|venue|height) of\b/;
/** Asks with whom: "who were the meetings with?", "with whom did he meet?". */
const WITH_WHOM = /^(?:who|whom)\b[^?]*\bwith(?:\s*(?:\?|[,—–-].*)?)?$|\bwith (?:whom|who)\b|\bwith who all\b|\bwere with who\b/;
/** Asks for people's names: "by name", "the names of the leaders", "name them", "can you name the leaders he met?". */
const NAMES_ASKED = /\bby name\b|,\s*names?\s*(?:pls|plz|please)?\s*\??$|\bnames? (?:of )?(?:the |these |those |all |any of the )?['"‘“]?(?:[\p{L}'-]+ )?(?:leaders|people|countries|officials|aides|staff|presidents|prime ministers)\b|\bname them\b|\bwhat (?:are|were) their names\b/u;
/** Asks who held a post before or after someone. */
const WHO_CAME_BEFORE = /\b(?:predecessor|successor)s?\b|^who\b[^?]*\b(?:preceded|succeeded|replaced?|replacing)\b|^who\b[^?]*\b(?:before|after)\s+(?!(?:the|a|an|his|her|their|that|this|last|he|she|they)\b)(?:[\p{L}.'-]+\s*){1,3}\??$/u;
/** Asks who came before or after someone: "who was NATO chief before Rutte?". */
const SUCCESSION = /\b(?:before|after|predecessor|successor|preceded|succeeded|replaced|previous|next)\b/;
/** Sets someone aside: "apart from Starmer", "other than Macron". Group 1 is who. */
const SET_ASIDE = /\b(?:apart from|aside from|besides|other than|not counting|not including|excluding|except(?: for)?) ((?:[\p{L}'.-]+ ?){1,3})/gu;
/** A fact about someone else is preferred when it scores at least this share of the best. */
const SET_ASIDE_NEAR = 0.5;
/** "Who goes first?", "who said it first?", "who starts the exchange?": which of two went before the other. */
const ORDER_ASKED = /\bwho\b[^?]*\b(?:first|starts?|started|starting|begins?|began|kicks? off|kicked off|goes first|went first)\b/;
/** A quote that tells things in order: "Trump would say … and then Macron would go …". */
const SEQUENCE = /\b(?:and then|then|followed by|in turn|in reply|answered|replied)\b/;
const ORDER_NEAR = 0.5;
/** The words that ask for an order ("who goes first", "who starts"), which a quote telling a sequence gives. */
const ORDER_WORDS = /^(?:first|second|starts?|started|starting|begins?|began|goes|went|kicks?|kicked|order|sequence)$/;
/** Placing a call or a message ("who calls first"): who started the contact, not who spoke first in it. */
const PLACED_CALL = /\b(?:call|calls|called|calling|phone|phones|phoned|ring|rings|rang|dial|dials|dialled|dialed|text|texts|texted|message|messages|messaged|contact|contacts|contacted|reach|reaches|reached)\b/;
/** A form of address asked for: "call him 'Manny'", "address her as 'Madam'", "by first name". */
const ADDRESS_ASKED = /\b(?:call|calls|called|calling|address|addresses|addressed|addressing)\s+(?:[\p{L}-]+\s+){0,3}?(?:as\s+)?(?:['‘"“]|(?:mr|mister|monsieur|madam|sir)\b)|\bby (?:their |his |her )?(?:first|given|last|formal) (?:names?|titles?)\b|\bon (?:a )?first[- ]name\b/u;
const ADDRESS_NEAR = 0.8;
/** A thing a question sets aside: "besides tariffs", "apart from the greeting" (group 1, its first word). */
const THING_ASIDE = /\b(?:apart from|aside from|besides|other than) (?:the |their |his |that |this )?([\p{L}'-]+)/u;
/** Asks for people besides those named: "who else", "which other leaders". */
const ELSE_ASKED = /(?<!\bor )\b(?:who else|anyone else|anybody else|(?:which|what|any) other (?:[\p{L}-]+ )?(?:leaders?|heads?|presidents?|prime ministers?|countries|nations|people|officials|politicians))\b/u;

const EMPHASIS = new Set('actually really just even basically literally truly exactly'.split(' '));

/** Adjacent word pairs (stemmed) with at least one content word: "say to", "macron say". */
function wordPairs(all: readonly string[]): string[] {
  // Emphasis ("what are the calls actually about") doesn't break a pair.
  const ws = all
    .filter((w) => !EMPHASIS.has(w))
    .map((w) => ({ w: stem(w), stop: STOPWORDS.has(w) }));
  const out: string[] = [];
  for (let i = 1; i < ws.length; i++) {
    const a = ws[i - 1];
    const b = ws[i];
    if (a && b && !(a.stop && b.stop)) out.push(`${a.w} ${b.w}`);
  }
  return out;
}

/** Runs of capitalised words containing a word the fact base doesn't know: "Boris Johnson". */
function capitalisedRuns(original: string, unknown: Set<string>): string[] {
  const runs: string[] = [];
  for (const m of original.matchAll(/(?<!^)(?<=\s)\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*/gu)) {
    const run = m[0].replace(/'s$/, '');
    // "I'd", "I'm": the asker, not a name.
    if (/^I(?:'[a-z]+)?$/.test(run)) continue;
    if (words(run).some((w) => unknown.has(w))) runs.push(run);
  }
  return runs;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function isEntity(e: Entity | undefined): e is Entity {
  return e !== undefined;
}

function isFact(f: Fact | undefined): f is Fact {
  return f !== undefined;
}
