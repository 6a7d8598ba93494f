/**
 * The words the fact base knows, and how a word a user typed is matched to them: exactly, through a
 * synonym, or as a misspelling (Fuse.js finds candidates, edit distance confirms them).
 */
import Fuse from 'fuse.js';
import { isStopword, SYNONYM_GROUPS } from './lexicon';
import { droppedLetters, editDistance, remembered, stem, typoBudget, undouble, words } from './text';

/** How a typed word met the vocabulary. */
export interface Match {
  /** The known stem it stands for. */
  stem: string;
  /** 1 exact, less for a synonym or a misspelling. */
  weight: number;
  how: 'exact' | 'synonym' | 'typo';
}

/** Stems of a text's content words (stopwords dropped). */
export function contentStems(s: string): string[] {
  return words(s)
    .filter((w) => !isStopword(w))
    .map(stem);
}


/** A word as typed, with the forms a misspelling of it is compared in. */
interface Typed {
  w: string;
  stem: string;
  undoubled: string;
  undoubledStem: string;
}

/** A vocabulary with synonym and misspelling lookup. Lookups are memoised: questions repeat words. */
export interface Vocabulary {
  has(stem: string): boolean;
  /** Every known stem a typed word may stand for, best first. Empty when the word is unknown. */
  lookup(word: string): Match[];
  size: number;
}

export function createVocabulary(stems: Iterable<string>): Vocabulary {
  const known = new Set(stems);
  const synonyms = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    // Words are matched one at a time, so a phrase ("time in office") can't stand for a group: its first word
    // alone would ("time" is not "term"). Phrases belong in the lexicon's set phrases (IDIOMS).
    const groupStems = group
      .map((w) => contentStems(w))
      .filter((st) => st.length === 1)
      .flat()
      .filter((st) => !/^\d+$/.test(st));
    for (const s of groupStems) {
      const set = synonyms.get(s) ?? new Set<string>();
      for (const other of groupStems) if (other !== s) set.add(other);
      synonyms.set(s, set);
    }
  }
  // Fuse over the known stems finds misspelling candidates quickly; edit distance keeps only real typos.
  const list = [...known].filter((s) => s.length >= 4);
  // A synonym of a known stem may be misspelt too ("nummber" is "number", which finds "cellphone"), but only by a
  // doubled or a dropped letter: a changed one is as often another word ("favourite" is not "favour"). Its slips
  // are listed once, so a lookup costs no search.
  const synonymSlips = new Map<string, string>();
  for (const [st, set] of synonyms) {
    if (known.has(st) || st.length < 4 || ![...set].some((x) => known.has(x))) continue;
    // (The stem itself too: "nummber" undoubled is "number".)
    for (const slip of [st, undouble(st), ...droppedLetters(st)]) {
      if (!synonymSlips.has(slip)) synonymSlips.set(slip, st);
    }
  }
  // One small Fuse index per first letter: a misspelling keeps its first letter (see below), so a lookup
  // searches only the words that could match.
  const byLetter = new Map<string, string[]>();
  for (const item of list) byLetter.set(item.charAt(0), [...(byLetter.get(item.charAt(0)) ?? []), item]);
  const fuses = new Map([...byLetter].map(([letter, items]) => [letter, new Fuse(items, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 })]));
  // (And each letter's words with their doubled letters single, for the test below.)
  const undoubledByLetter = new Map([...byLetter].map(([letter, items]) => [letter, items.map((item) => [item, undouble(item)] as const)]));

  /** How well a known word passes for a slip of a typed word, or undefined when it doesn't. */
  function slipWeight(typed: Typed, item: string, undoubledItem: string): number | undefined {
    // Misspellings keep their first letter far more often than not; "write" is not "white".
    if (item[0] !== typed.w[0]) return undefined;
    // Doubled letters are the commonest slip ("tarrif" for "tariff"): equal once undoubled is close.
    if (typed.undoubled === undoubledItem || typed.undoubledStem === undoubledItem) return 0.9;
    const budget = typoBudget(Math.min(typed.w.length, item.length + 1));
    if (Math.abs(item.length - typed.w.length) > budget + 2) return undefined;
    const best = Math.min(editDistance(typed.w, item, budget), editDistance(typed.stem, item, budget));
    return best > budget ? undefined : best === 0 ? 1 : best === 1 ? 0.75 : 0.55;
  }

  function typo(w: string): Match[] {
    if (typoBudget(w.length) === 0 || w.length > 32) return [];
    const out: Match[] = [];
    const fuse = fuses.get(w.charAt(0));
    if (!fuse) return [];
    const typed: Typed = { w, stem: stem(w), undoubled: undouble(w), undoubledStem: undouble(stem(w)) };
    // Most unknown words are no slip of any known word: the test on every word of the letter, which is cheap,
    // spares them the search. Fuse ranks the candidates of the rest.
    if ((undoubledByLetter.get(w.charAt(0)) ?? []).some(([item, u]) => slipWeight(typed, item, u) !== undefined)) {
      // A misspelt word's stem may be cut differently ("greting" → "gret"), so look up both forms.
      const forms = typed.stem === w ? [w] : [w, typed.stem];
      for (const item of new Set(forms.flatMap((x) => fuse.search(x, { limit: 8 }).map((r) => r.item)))) {
        const weight = slipWeight(typed, item, undouble(item));
        if (weight !== undefined) out.push({ stem: item, weight, how: 'typo' });
      }
    }
    for (const form of [typed.w, typed.stem, typed.undoubled, typed.undoubledStem]) {
      const st = synonymSlips.get(form);
      if (st) out.push({ stem: st, weight: 0.9, how: 'typo' });
    }
    const seen = new Set<string>();
    return out.sort((a, b) => b.weight - a.weight).filter((m) => !seen.has(m.stem) && seen.add(m.stem)).slice(0, 3);
  }

  // A word's matches, worked out once (a bounded number of words).
  const lookup = remembered(matchesOf, 50_000);

  function matchesOf(word: string): Match[] {
    const s = stem(word);
    const out: Match[] = [];
    if (known.has(s)) out.push({ stem: s, weight: 1, how: 'exact' });
    else if (known.has(word)) out.push({ stem: word, weight: 1, how: 'exact' });
    for (const syn of synonyms.get(s) ?? []) if (known.has(syn)) out.push({ stem: syn, weight: 0.85, how: 'synonym' });
    if (out.length === 0) {
      for (const t of typo(word)) {
        if (known.has(t.stem)) out.push(t);
        for (const syn of synonyms.get(t.stem) ?? []) if (known.has(syn)) out.push({ stem: syn, weight: t.weight * 0.85, how: 'typo' });
      }
    }
    return out;
  }

  return { has: (s) => known.has(s), lookup, size: known.size };
}
