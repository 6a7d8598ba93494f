/**
 * Scoring the answer engine on a question set (JSONL: {kind, q, expect: number[] | "none"}), next to a
 * plain Fuse.js-over-sentences baseline measured on the same questions.
 */
import Fuse from 'fuse.js';
import { z } from 'zod';
import type { Engine } from './engine';
import type { FactBase } from './fact-base';
import { collapse } from './text';
import type { Answer } from './types';

const ItemSchema = z.object({
  kind: z.enum(['ask', 'whocalled']),
  q: z.string(),
  expect: z.union([z.array(z.number().int().min(1)).min(1), z.literal('none')]),
  hard: z.boolean().optional(),
});
export type EvalItem = z.infer<typeof ItemSchema>;

/** Parses a JSONL question set; a bad line is an error naming its line number. */
export function parseQuestionSet(text: string): { ok: true; items: EvalItem[] } | { ok: false; error: string } {
  const items: EvalItem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return { ok: false, error: `line ${i + 1}: not JSON` };
    }
    const parsed = ItemSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    items.push(parsed.data);
  }
  return { ok: true, items };
}

/** Counts of one system on one question set. */
export interface Score {
  answerable: number;
  answeredRight: number;
  unanswerable: number;
  refused: number;
  quotes: number;
  quotesVerbatim: number;
  /** Questions it got wrong, for the report. */
  misses: { item: EvalItem; got: string }[];
}

export type Answerer = (item: EvalItem) => Answer;

/** Scores any answerer: right when the top source's paragraph is expected, or when it refuses a "none". */
export function score(items: readonly EvalItem[], answer: Answerer, base: FactBase): Score {
  const s: Score = { answerable: 0, answeredRight: 0, unanswerable: 0, refused: 0, quotes: 0, quotesVerbatim: 0, misses: [] };
  for (const item of items) {
    const a = answer(item);
    for (const src of a.sources) {
      s.quotes++;
      const story = base.stories.find((st) => st.meta.id === src.story);
      const para = story?.paragraphs[src.paragraph - 1];
      if (para !== undefined && collapse(para).includes(collapse(src.quote))) s.quotesVerbatim++;
    }
    const top = a.sources[0]?.paragraph;
    if (item.expect === 'none') {
      s.unanswerable++;
      if (!a.answered) s.refused++;
      else s.misses.push({ item, got: `answered ¶${top ?? '?'} (${a.confidence})` });
    } else {
      s.answerable++;
      if (a.answered && top !== undefined && item.expect.includes(top)) s.answeredRight++;
      else s.misses.push({ item, got: a.answered ? `¶${top ?? '?'} (${a.confidence})` : 'refused' });
    }
  }
  return s;
}

/** The engine as an answerer. */
export function engineAnswerer(engine: Engine): Answerer {
  return (item) => (item.kind === 'whocalled' ? engine.whocalled(item.q) : engine.ask(item.q));
}

/**
 * The baseline: Fuse.js (default options) over the article's sentences, answering with the best sentence's
 * paragraph, refusing only when Fuse finds nothing. What a plain doc-QA bot does.
 */
export function baselineAnswerer(base: FactBase): Answerer {
  const sentences = base.stories.flatMap((st) =>
    st.paragraphs.flatMap((p, i) =>
      (p.match(/[^.!?]+[.!?]+["']?|[^.!?]+$/g) ?? [p]).map((text) => ({ story: st.meta.id, paragraph: i + 1, text: text.trim() })),
    ),
  );
  const fuse = new Fuse(sentences, { keys: ['text'], includeScore: true, ignoreLocation: true });
  return (item) => {
    const hit = fuse.search(item.q)[0];
    if (!hit) return { question: item.q, answered: false, answer: 'No match.', confidence: 0, sources: [], suggestions: [] };
    const { story, paragraph, text } = hit.item;
    return {
      question: item.q,
      answered: true,
      answer: text,
      confidence: 1 - (hit.score ?? 1),
      sources: [{ story, paragraph, quote: text, attribution: 'the article' }],
      suggestions: [],
    };
  };
}

function pct(n: number, d: number): string {
  return d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)} %`;
}

/** The three figures of a score, one line. */
export function formatScore(label: string, s: Score): string {
  return `${label.padEnd(22)} answerable right ${pct(s.answeredRight, s.answerable)} (${s.answeredRight}/${s.answerable})   unanswerable refused ${pct(s.refused, s.unanswerable)} (${s.refused}/${s.unanswerable})   quotes verbatim ${pct(s.quotesVerbatim, s.quotes)}`;
}
