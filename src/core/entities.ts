/**
 * Finding the story's people and bodies in what users type, by any alias, title or misspelling:
 * "Macaron", "Keir Starmr", "mark rute", "the NATO chief", "UK PM".
 */
import Fuse from 'fuse.js';
import type { Entity } from './fact-base';
import { isStopword } from './lexicon';
import { editDistance, fold, remembered, stem, typoBudget, words } from './text';

/** One entity found in a text, over content words [start, end). */
export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  exact: boolean;
}

interface AliasForm {
  entity: Entity;
  words: string[];
  stems: string[];
  /** Whether each word is a proper name, written with a capital ("Politico", not "newspaper"). */
  proper: boolean[];
  /** Each word's sound (see consonants). */
  sounds: string[];
}

/** A text's content words (stopwords dropped), with their stems. */
export interface ContentWords {
  words: string[];
  stems: string[];
}

/** (`all`: the text's words, when they are known already.) */
export function contentWords(text: string, all: readonly string[] = words(text)): ContentWords {
  const ws = all.filter((w) => !isStopword(w));
  return { words: ws, stems: ws.map(stem) };
}

/** What a name typed on its own (whocalled, autocomplete) stands for. */
export interface Resolution {
  /** The one entity meant, when there is one. */
  entity: Entity | undefined;
  /** Words of the name no alias accounts for ("Brigitte" in "Brigitte Macron"). */
  leftovers: string[];
  /** Every entity the name could mean. */
  candidates: Entity[];
}

// Words people put around a name that don't change who is meant.
const DESCRIPTIVE = new Set(
  'guy man woman lady dude fella bloke person chap boss runs run running leads lead leading heads chief top current mr mrs ms sir dr'.split(' '),
);

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export interface EntityIndex {
  /** Entities mentioned in content words, longest alias first, no overlaps. */
  mentions(cw: ContentWords): Mention[];
  /** What a name stands for (whocalled). */
  resolve(name: string): Resolution;
  /** Entities whose names or aliases match a prefix or a misspelling, best first. */
  search(query: string, limit: number): Entity[];
  byId(id: string): Entity | undefined;
}

function wordMatches(typed: string, typedStem: string, alias: string, aliasStem: string): 'exact' | 'typo' | undefined {
  if (typedStem === aliasStem || typed === alias) return 'exact';
  // Names are misspelt in the middle, rarely at the start: requiring the first letter avoids "Mark" ~ "park".
  // (Both tests first: this is asked of every alias a typed word is compared with.)
  if (Math.abs(typed.length - alias.length) > 1 || typed[0] !== alias[0]) return undefined;
  const len = Math.max(typed.length, alias.length);
  // Four-letter names forgive a swapped pair only ("Kier" for "Keir").
  const budget = len === 4 && sameLetters(typed, alias) ? 1 : Math.min(typoBudget(len), len >= 9 ? 2 : 1);
  return budget > 0 && editDistance(typed, alias, budget) <= budget ? 'typo' : undefined;
}

/** Whether two words have the same letters in any order ("kier", "keir"). (Counted, not sorted: no garbage.) */
function sameLetters(a: string, b: string): boolean {
  // (Equal lengths and equal counts of each of a's letters leave b no other letter.)
  if (a.length !== b.length) return false;
  for (const ch of a) {
    let inA = 0;
    let inB = 0;
    for (const x of a) if (x === ch) inA++;
    for (const x of b) if (x === ch) inB++;
    if (inA !== inB) return false;
  }
  return true;
}

/**
 * A name's sound, roughly: its first letter and the consonants after it, doubled ones once ("Rutte" and "root"
 * are r-t, "Macron" and "macaroon" m-k-r-n). Dictation writes names as words that sound like them.
 */
function consonants(w: string): string {
  const plain = w.replace(/[cq]/g, 'k').replace(/z/g, 's');
  return (plain[0] ?? '') + plain.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * A word that sounds like a word of a name: the same first letter and consonants, and nearly as long. Alone,
 * only names of three consonants or more ("macaroon"); in a name of two words or more, when another of its
 * words is typed exactly ("mark root").
 */
function soundsLike(typed: string, alias: string, sound: string, beside: boolean, possessive = beside): boolean {
  // (Three letters beside a word of the name typed exactly: "mark rut".)
  if (firstSound(typed) !== firstSound(alias) || Math.abs(typed.length - alias.length) > 3 || typed.length < (beside ? 3 : 4)) return false;
  if (sound.length < (beside ? 2 : 4)) return false;
  // ("mark roots texts": a possessive dictated without its apostrophe.)
  return soundOf(typed) === sound || (possessive && typed.endsWith('s') && soundOf(typed.slice(0, -1)) === sound);
}

/** A long proper name with two letters dropped ("polito" for "Politico"). */
function twoDropped(typed: string, alias: string): boolean {
  return alias.length >= 8 && typed.length === alias.length - 2 && typed[0] === alias[0] && editDistance(typed, alias, 2) <= 2;
}

/** A word's first sound: "care" and "Keir" start alike. */
function firstSound(w: string): string {
  const c = w.charAt(0);
  return c === 'c' || c === 'q' ? 'k' : c;
}
// Sounds worked out once: a typed word meets every alias of its length and first letter.
const soundOf = remembered(consonants, 20_000);

export function createEntityIndex(entities: readonly Entity[]): EntityIndex {
  const forms: AliasForm[] = [];
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    if (!byId.has(e.id)) byId.set(e.id, e);
    for (const alias of new Set([e.name, ...e.aliases])) {
      const cw = contentWords(alias);
      const capitals = new Set(alias.split(/[\s-]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).flatMap((w) => words(w)));
      if (cw.words.length > 0) forms.push({ entity: e, words: cw.words, stems: cw.stems, proper: cw.words.map((w) => capitals.has(w)), sounds: cw.words.map(consonants) });
    }
  }
  forms.sort((a, b) => b.words.length - a.words.length);
  const maxLen = forms[0]?.words.length ?? 0;
  // Forms by word count and first letter: an exact or misspelt match shares both, so each lookup scans a
  // handful of aliases instead of all of them (this is the engine's hottest loop).
  const buckets = new Map<number, AliasForm[]>();
  // (By first sound: "care starmer" is looked for among the k's.)
  // (A number, not a string built for every lookup: the first sound is one UTF-16 unit, or none.)
  const bucketKey = (len: number, first: string): number => {
    const sound = firstSound(first);
    return len * 65537 + (sound ? sound.charCodeAt(0) : 65536);
  };
  for (const form of forms) {
    const key = bucketKey(form.words.length, form.words[0] ?? '');
    const list = buckets.get(key) ?? [];
    list.push(form);
    buckets.set(key, list);
  }
  const byStems = new Map<string, AliasForm[]>();
  for (const form of forms) {
    const key = form.stems.join(' ');
    byStems.set(key, [...(byStems.get(key) ?? []), form]);
  }

  function matchAt(cw: ContentWords, i: number, len: number): { form: AliasForm; exact: boolean } | undefined {
    let best: { form: AliasForm; exact: boolean } | undefined;
    for (const form of buckets.get(bucketKey(len, cw.words[i] ?? '')) ?? []) {
      let exact = true;
      let ok = true;
      let typedExactly = 0;
      let sounded = -1;
      for (let k = 0; k < len; k++) {
        const m = wordMatches(cw.words[i + k] ?? '', cw.stems[i + k] ?? '', form.words[k] ?? '', form.stems[k] ?? '');
        if (m === 'exact') typedExactly++;
        if (m === 'typo') exact = false;
        if (!m && sounded < 0 && (soundsLike(cw.words[i + k] ?? '', form.words[k] ?? '', form.sounds[k] ?? '', len >= 2) || (form.proper[k] === true && twoDropped(cw.words[i + k] ?? '', form.words[k] ?? '')))) {
          sounded = k;
          exact = false;
        } else if (!m) {
          ok = false;
          break;
        }
      }
      // (A sound-alike word belongs to a longer name only beside a word of it typed exactly.)
      if (ok && sounded >= 0 && len >= 2 && typedExactly === 0) ok = false;
      // One named person is not "NATO leaders": a title of two words or more made plural names others.
      const typed = cw.words[i + len - 1] ?? '';
      const alias = form.words[len - 1] ?? '';
      if (ok && len >= 2 && form.entity.kind === 'person' && !form.entity.anonymous && typed !== alias && (typed === `${alias}s` || typed === `${alias}es`)) ok = false;
      if (ok && (!best || (exact && !best.exact))) best = { form, exact };
      if (best?.exact) break;
    }
    return best;
  }

  function mentions(cw: ContentWords): Mention[] {
    const out: Mention[] = [];
    let i = 0;
    while (i < cw.words.length) {
      let found: Mention | undefined;
      for (let len = Math.min(maxLen, cw.words.length - i); len >= 1 && !found; len--) {
        const m = matchAt(cw, i, len);
        if (m) found = { entity: m.form.entity, start: i, end: i + len, exact: m.exact };
      }
      // A name typed or transcribed as two words ("star mer", "mack ron").
      if (!found && i + 1 < cw.words.length) {
        const joined = `${cw.words[i] ?? ''}${cw.words[i + 1] ?? ''}`;
        const m = joined.length >= 6 ? matchAt({ words: [joined], stems: [stem(joined)] }, 0, 1) : undefined;
        if (m && m.form.entity.kind === 'person') found = { entity: m.form.entity, start: i, end: i + 2, exact: false };
        // ("nay toe": two dictated syllables that sound like a one-word name, however short its sound; "star murs",
        // a long one's possessive without the apostrophe, though not a short one's: "rate ties" is not Rutte's.)
        const syllables = (cw.words[i] ?? '').length <= 4 && (cw.words[i + 1] ?? '').length <= 4;
        const heard = !found && syllables ? buckets.get(bucketKey(1, joined))?.find((form) => soundsLike(joined, form.words[0] ?? '', form.sounds[0] ?? '', true, (form.sounds[0] ?? '').length >= 4)) : undefined;
        if (heard) found = { entity: heard.entity, start: i, end: i + 2, exact: false };
      }
      if (found) {
        // Several entities may share an alias ("Dutch"): report each.
        out.push(found);
        for (const form of byStems.get(cw.stems.slice(found.start, found.end).join(' ')) ?? []) {
          if (form.entity.id !== found.entity.id) {
            if (!out.some((o) => o.entity.id === form.entity.id && o.start === found.start)) out.push({ ...found, entity: form.entity });
          }
        }
        i = found.end;
      } else {
        i++;
      }
    }
    return out;
  }

  const people = [...byId.values()];
  const fuse = new Fuse(
    people.map((e) => ({ e, name: fold(e.name), aliases: e.aliases.map(fold) })),
    { keys: [{ name: 'name', weight: 2 }, { name: 'aliases', weight: 1 }], includeScore: true, threshold: 0.3, ignoreLocation: true },
  );

  function search(query: string, limit: number): Entity[] {
    const q = fold(query).trim();
    if (!q) return [];
    const direct = mentions(contentWords(query)).map((m) => m.entity);
    const fuzzy = fuse.search(q.slice(0, 32), { limit: limit * 2 }).map((r) => r.item.e);
    const out: Entity[] = [];
    for (const e of [...direct, ...fuzzy]) if (!out.includes(e)) out.push(e);
    return out.slice(0, limit);
  }

  function resolve(name: string): Resolution {
    const cw = contentWords(name);
    const found = mentions(cw);
    const covered = new Set(found.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
    const leftovers = cw.words.filter((w, i) => !covered.has(i) && !DESCRIPTIVE.has(w));
    // A person named beside a body or place ("the Dutch guy who runs NATO") is the one meant.
    const people = unique(found.filter((m) => m.entity.kind === 'person').map((m) => m.entity));
    const candidates = people.length ? people : unique(found.map((m) => m.entity));
    if (candidates.length === 1 && candidates[0]) return { entity: candidates[0], leftovers, candidates };
    if (candidates.length > 1) {
      // Several people: the one every mention agrees on, if any ("Mark Rutte" both as "Mark" and "Rutte").
      const everywhere = candidates.filter((e) => found.every((m) => m.entity.kind !== 'person' || m.entity.id === e.id));
      return { entity: everywhere.length === 1 ? everywhere[0] : undefined, leftovers, candidates };
    }
    const q = fold(name).trim();
    if (q.length >= 4) {
      const r = fuse.search(q.slice(0, 32), { limit: 1 })[0];
      if (r && (r.score ?? 1) <= 0.2) return { entity: r.item.e, leftovers: [], candidates: [r.item.e] };
    }
    return { entity: undefined, leftovers, candidates: [] };
  }

  return { mentions, resolve, search, byId: (id) => byId.get(id) };
}
