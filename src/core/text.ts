/**
 * Text handling shared by the engine and the renderers: cleaning what users type, tokenising,
 * light stemming and edit distance. Pure functions.
 */

/** Longest question the engine reads; longer input is cut with a note. */
export const MAX_QUESTION_CHARS = 500;

// Zero-width, bidi controls and other invisible format characters: stripped so they can't hide words.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// C0/C1 control characters except tab/newline: turned into spaces.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

// What could drive a terminal: control characters (escape sequences above all) but the newline, and bidi
// overrides.
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

// Printable ASCII only.
const ASCII = /^[ -~]*$/;

/** Text safe to print to a terminal: every control character but the newline removed. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '');
}

/** Cleans user input: NFKC, no invisible or control characters, single spaces, trimmed. */
export function cleanInput(raw: string): string {
  // (Printable ASCII, most input, has nothing to normalise or strip but runs of spaces.)
  if (ASCII.test(raw)) return (raw.includes('  ') ? raw.replace(/ {2,}/g, ' ') : raw).trim();
  return raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Dashes, as the engine's patterns read a hyphen; emoji and the pictures and signs of their blocks (arrows,
// technical and other symbols, dingbats) and the marks that join or colour them, which say nothing the engine
// reads. (Blocks, not the Unicode emoji property: a pattern of that property's thousands of ranges took V8 tens of
// milliseconds to compile, on the first question that met it.)
const DASHES = /[\u2013\u2014]/g;
const PICTURES = /[\u{1F000}-\u{1FAFF}\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF]|\u200D|\uFE0E|\uFE0F|\u20E3/gu;
// Wider than one byte a character.
const WIDE = /[\u0100-\u{10FFFF}]/u;

/**
 * Cleaned input as the engine reads it: dashes as hyphens, emoji dropped, and, when every character left fits in
 * one byte, held as one-byte text. (V8 keeps text with any wider character two bytes a character, and compiles
 * each pattern apart for each kind: a question with a dash or an emoji in it met hundreds of patterns
 * compiled afresh for it, and read slower through all of them.)
 */
export function readingOf(text: string): string {
  if (!WIDE.test(text)) return text;
  return narrow(text.replace(DASHES, '-').replace(PICTURES, '').replace(/ {2,}/g, ' ').trim());
}

/**
 * Text held one byte a character when every character fits, as V8 holds text typed that way. (Text made from
 * text with a wider character, "é" taken apart into "e" and its accent, stays two bytes a character though none
 * is left: see readingOf.)
 */
function narrow(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/** Cleans and cuts input to `max` characters (on a word boundary when one is near). */
export function cutInput(raw: string, max = MAX_QUESTION_CHARS): { text: string; cut: boolean } {
  const text = cleanInput(raw);
  if (text.length <= max) return { text, cut: false };
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(' ');
  return { text: (space > max * 0.8 ? slice.slice(0, space) : slice).trim(), cut: true };
}

/** Lowercase, accents removed, curly quotes straightened. */
export function fold(s: string): string {
  // (Plain ASCII, most text, has no accents or curly quotes: lowercasing is all.)
  if (ASCII.test(s)) return s.toLowerCase();
  return narrow(
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      .replace(/[\u201C\u201D]/g, '"'),
  );
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A word with doubled letters undoubled ("lmaoo" → "lmao"), for matching slang and stopwords. */
export function undouble(w: string): string {
  // (Looked for only where a character comes twice running, or a letter may be two code units.)
  return /(.)\1|[\ud800-\udfff]/.test(w) ? w.replace(/(\p{L})\1+/gu, '$1') : w;
}

/** Words of a text, folded; possessive 's dropped; hyphenated words split into their parts. */
export function words(s: string): string[] {
  const out: string[] = [];
  // (Each rewrite only where its mark is: most texts have no "U.K.", "%" or "n't".)
  let folded = fold(s);
  // "U.K." and "U.S." are one word.
  if (/\.\S/.test(folded)) folded = folded.replace(/\b(\p{L})\.(\p{L})\b\.?/gu, '$1$2');
  if (folded.includes('%')) folded = folded.replace(/%/g, ' percent ');
  // Contractions: "shouldn't" reads as "should", "won't" as "will".
  if (folded.includes("n't")) folded = folded.replace(/\bwon't\b/g, 'will').replace(/\bcan't\b/g, 'can').replace(/(\p{L})n't\b/gu, '$1');
  // Drawn-out letters ("Emmanuellllll", "sooo") keep at most two. (Looked for only where a character comes three
  // times running, or where a letter may be two code units.)
  if (/(.)\1\1|[\ud800-\udfff]/.test(folded)) folded = folded.replace(/(\p{L})\1{2,}/gu, '$1$1');
  folded = folded.replace(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g, (w) => String(NUMBER_WORDS.indexOf(w)));
  // (match, not matchAll: the words, without a match object for each.)
  const found = folded.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  // (Without an apostrophe or a hyphen, the words are those found as they are.)
  if (!folded.includes("'") && !folded.includes('-')) return found;
  for (const m of found) {
    const w = m.includes("'") ? m.replace(/'s$/, '').replace(/'/g, '') : m;
    if (w.includes('-')) {
      // "hands-on", "rip-off", "bro-ing", "u-turn" are one word; "drawn-out", "late-night" are two.
      const parts = w.split('-').filter(Boolean);
      // ("Two-word" is two: a number joined to a word stays apart.)
      if (parts.length === 2 && (/^(on|off|ing|up|in)$/.test(parts[1] ?? '') || /^\p{L}$/u.test(parts[0] ?? ''))) out.push(parts.join(''));
      else out.push(...parts);
    } else if (w) {
      out.push(w);
    }
  }
  return out;
}

/** Irregular past forms and the verbs they belong to. */
const IRREGULAR = new Map(
  (
    'arose:arise beat:beat became:become began:begin begun:begin bent:bend bitten:bite blew:blow ' +
    'blown:blow broke:break broken:break brought:bring built:build bought:buy caught:catch chose:choose ' +
    'chosen:choose came:come dealt:deal dug:dig drew:draw drawn:draw drank:drink drunk:drink drove:drive ' +
    'driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight fled:flee ' +
    'flew:fly flown:fly forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze ' +
    'frozen:freeze gave:give grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide ' +
    'held:hold kept:keep knew:know led:lead left:leave lent:lend lost:lose made:make ' +
    'meant:mean met:meet paid:pay rode:ride ridden:ride rang:ring rung:ring ran:run said:say seen:see ' +
    'sought:seek sold:sell sent:send shook:shake shaken:shake shot:shoot shown:show sang:sing sung:sing ' +
    'sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak spent:spend stood:stand ' +
    'stole:steal stolen:steal stuck:stick struck:strike swore:swear sworn:swear swept:sweep swam:swim ' +
    'took:take taken:take taught:teach tore:tear torn:tear told:tell thought:think threw:throw ' +
    'thrown:throw understood:understand woke:wake woken:wake wore:wear worn:wear won:win wrote:write ' +
    'written:write'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Verb and adverb endings, tried in order; the first that matches is the only one taken off. */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ied$/, 'y'],
  [/([^aeiouls])\1(ing|ed)$/, '$1'],
  [/ing$/, ''],
  [/ed$/, ''],
  // Adverbs ("publicly", "personally"), not "reply", "family" or "supply".
  [/(?<=\p{L}{4})(?<![pi])ly$/u, ''],
];

/**
 * A word function whose results are remembered: questions bring the same few thousand words again and again,
 * and new words without end, so it forgets them all once it holds `max`.
 */
export function remembered<T>(fn: (word: string) => T, max: number): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined) return known;
    const out = fn(word);
    if (seen.size >= max) seen.clear();
    seen.set(word, out);
    return out;
  };
}

/**
 * A light English stemmer: enough to meet "calls"/"called"/"calling" at "call" without the surprises of a
 * full Porter stemmer on names. Words of four letters or fewer are left alone.
 */
export const stem = remembered(stemOf, 20_000);

function stemOf(word: string): string {
  if (/\d/.test(word)) return word;
  // An irregular past meets its verb: "spoke" is "speak", "sent" is "send".
  const w = IRREGULAR.get(word) ?? word;
  // ("A news site" is not "sat in": a web site keeps its e.)
  if (w === 'site' || w === 'sites') return 'site';
  // A short word loses a final e like a long one, so "case" and "cases", "make" and "making" meet.
  if (w.length <= 4) return w.length === 4 ? w.replace(/e$/, '') : w;
  let s = w;
  if (/ies$/.test(s)) s = s.slice(0, -3) + 'y';
  else if (/ses$/.test(s) && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  else if (/s$/.test(s) && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  for (const [re, to] of ENDINGS) {
    if (re.test(s)) {
      const t = s.replace(re, to);
      if (t.length >= 3) s = t;
      break;
    }
  }
  return s.length > 3 ? s.replace(/e$/, '') : s;
}

/** Rows reused by `editDistance`: it runs for many word pairs per question, and each call used to make its own. */
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)] as const;

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length + 1;
  if (rows[0].length < n) rows = [new Int32Array(n * 2), new Int32Array(n * 2), new Int32Array(n * 2)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j < n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length] ?? max + 1;
}

/** A word with one letter left out, each way but the first letter ("acording", "accordng" of "according"). */
export function droppedLetters(w: string): string[] {
  return Array.from({ length: w.length - 1 }, (_, i) => w.slice(0, i + 1) + w.slice(i + 2));
}

/** How far a word may be misspelled and still match: none for short words. */
export function typoBudget(len: number): number {
  if (len <= 4) return 0;
  if (len <= 7) return 1;
  return 2;
}

/** Collapses runs of whitespace, for comparing quotes with paragraphs. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `phrase`, as written, stands in `text` where `before` holds at its start and `after` at its end: both
 * sticky patterns, `before` reading backwards (a lookbehind, `\b`, `^`). The same as testing `before + phrase +
 * after` built into one pattern, without compiling a pattern for each phrase a question brings (V8 compiles a
 * new pattern on whichever question first uses it, and a bot meets new names and misspellings without end).
 */
export function phraseBetween(text: string, phrase: string, before: RegExp, after: RegExp): boolean {
  for (let i = text.indexOf(phrase); i !== -1; i = i < text.length ? text.indexOf(phrase, i + 1) : -1) {
    before.lastIndex = i;
    if (!before.test(text)) continue;
    after.lastIndex = i + phrase.length;
    if (after.test(text)) return true;
  }
  return false;
}

/** Text as a literal part of a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
