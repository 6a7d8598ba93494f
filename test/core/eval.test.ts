import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineAnswerer, engineAnswerer, parseQuestionSet, score, type EvalItem } from '../../src/core/eval';
import { ROOT, realCore } from '../helpers';

/**
 * A regression guard on answer quality over the tuning sets (the holdout set is only reported by
 * `npm run eval`, never asserted on here, so nothing is fitted to it through the tests).
 */
const core = realCore();
const load = (name: string): EvalItem[] => {
  const p = parseQuestionSet(readFileSync(join(ROOT, 'test', 'eval', name), 'utf8'));
  if (!p.ok) throw new Error(`${name}: ${p.error}`);
  return p.items;
};

describe('answer quality on the tuning question sets', () => {
  it('meets the targets on the shared samples and our first set (dev.jsonl)', () => {
    const s = score(load('dev.jsonl'), engineAnswerer(core.engine), core.engine.base);
    expect(s.answeredRight / s.answerable).toBeGreaterThanOrEqual(0.95);
    expect(s.refused / s.unanswerable).toBeGreaterThanOrEqual(0.95);
    expect(s.quotesVerbatim).toBe(s.quotes);
  });

  it('stays above its floor on every tuning set together, well ahead of the Fuse.js baseline', () => {
    const items = readdirSync(join(ROOT, 'test', 'eval'))
      .filter((f) => /^dev.*\.jsonl$/.test(f))
      .flatMap(load);
    expect(items.length).toBeGreaterThan(5000);
    const s = score(items, engineAnswerer(core.engine), core.engine.base);
    const b = score(items, baselineAnswerer(core.engine.base), core.engine.base);
    expect(s.answeredRight / s.answerable).toBeGreaterThanOrEqual(0.9);
    expect(s.refused / s.unanswerable).toBeGreaterThanOrEqual(0.95);
    expect(s.quotesVerbatim).toBe(s.quotes);
    expect(s.answeredRight / s.answerable).toBeGreaterThan(b.answeredRight / b.answerable + 0.2);
  });
});
