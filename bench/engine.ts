/**
 * `npm run bench`: the answer engine's speed and memory, printed (never asserted in tests).
 * - time from process start to first answer (a fresh `factdesk ask` process, and this process)
 * - index build time (fact base load + engine build), and the warm-up `serve` does after it starts
 * - answer latency p50/p99/max over ≥ 10,000 questions in one process
 * - peak RSS of a process that only answers the questions, and of this bench process
 * Targets on a 2-core machine: p99 < 1 ms, first answer < 1 s, RSS < 150 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/config';
import { createEngine } from '../src/core/engine';
import { parseQuestionSet } from '../src/core/eval';
import { loadFactBase } from '../src/core/fact-base';

const root = packageRoot(__dirname);

// `--answer-only <file>`: a process that only loads the fact base, warms the engine up and answers the questions
// in the file, one per line, as `serve` would (answer cache on), then prints its peak RSS in MB on its last line.
// The bench runs it to measure the engine's memory apart from its own (three engines, every question set parsed,
// latency arrays). It prints "warmed up" before the questions: with a V8 tracing flag (`--trace-deopt`,
// `--trace-regexp-tier-up`, `--trace-gc`), what follows that line is what answering the questions cost.
if (process.argv[2] === '--answer-only') {
  const file = process.argv[3] ?? '';
  const r = loadFactBase(join(root, 'facts'));
  if (!r.ok) throw new Error('fact base failed to load');
  const engine = createEngine(r.base);
  engine.warmUp();
  console.log('warmed up');
  for (const q of readFileSync(file, 'utf8').split('\n')) engine.ask(q);
  console.log((process.resourceUsage().maxRSS / 1024).toFixed(1));
  process.exit(0);
}

const firstAnswerInProcess = (() => {
  const r = loadFactBase(join(root, 'facts'));
  if (!r.ok) throw new Error('fact base failed to load');
  createEngine(r.base).ask('Which app did Starmer use to message Trump?');
  return process.uptime() * 1000;
})();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function questions(): string[] {
  const dir = join(root, 'test', 'eval');
  const base = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => {
      const p = parseQuestionSet(readFileSync(join(dir, f), 'utf8'));
      return p.ok ? p.items.map((i) => i.q) : [];
    });
  // Variants so the memo of typo lookups doesn't make every repeat free: case, typos, noise words.
  const noise = ['', ' please', ' lol', ' asap', ' in the story', ' (for my editor)'];
  const out: string[] = [];
  for (let i = 0; out.length < 12_000; i++) {
    const q = base[i % base.length] ?? '';
    const n = noise[i % noise.length] ?? '';
    const typo = i % 3 === 0 && q.length > 6 ? q.slice(0, 4) + q.slice(5) : q;
    out.push(i % 2 ? `${typo}${n}` : typo.toLowerCase());
  }
  return out;
}

function main(): void {
  const cli = join(root, 'dist', 'src', 'cli.js');
  const coldRuns = 5;
  const cold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, 'ask', 'Which app did Starmer use to message Trump?'], { encoding: 'utf8' });
    cold.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
  }
  cold.sort((a, b) => a - b);

  const t0 = performance.now();
  const loaded = loadFactBase(join(root, 'facts'));
  if (!loaded.ok) throw new Error('fact base failed to load');
  const t1 = performance.now();
  // The answer cache off: every answer is computed, as for a question never asked before.
  const engine = createEngine(loaded.base, { cacheSize: 0 });
  const t2 = performance.now();

  // Warmed up as `serve` warms it after it starts (Engine.warmUp: questions made from the fact base), then 500 of
  // the questions.
  const tw = performance.now();
  engine.warmUp();
  const warmMs = performance.now() - tw;
  const qs = questions();
  for (const q of qs.slice(0, 500)) engine.ask(q);
  const lat: number[] = [];
  let answered = 0;
  for (const q of qs) {
    const s = performance.now();
    const a = engine.ask(q);
    lat.push(performance.now() - s);
    if (a.answered) answered++;
  }
  const who = ['Macron', 'starmr', 'mark rute', 'Putin', 'the French president', ''];
  for (let i = 0; i < 2000; i++) {
    const s = performance.now();
    engine.whocalled(who[i % who.length] ?? '');
    lat.push(performance.now() - s);
  }
  // The asks in four quarters, in the order asked: how much of the tail is the process's first questions (regexes
  // compiled on their second use, functions optimised and deoptimised, word lookups not yet remembered).
  const quarter = qs.length / 4;
  const byQuarter = [0, 1, 2, 3].map((k) => percentile(lat.slice(k * quarter, (k + 1) * quarter).sort((a, b) => a - b), 99));
  lat.sort((a, b) => a - b);
  // And with the cache, as `serve` runs: repeated questions are answered from it.
  const cached = createEngine(loaded.base);
  const clat: number[] = [];
  for (const q of qs) {
    const s = performance.now();
    cached.ask(q);
    clat.push(performance.now() - s);
  }
  clat.sort((a, b) => a - b);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // The engine alone: a fresh process answering the same questions.
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-'));
  const file = join(dir, 'questions.txt');
  writeFileSync(file, qs.map((q) => q.replace(/\n/g, ' ')).join('\n'));
  const child = spawnSync(process.execPath, [__filename, '--answer-only', file], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`answer-only process failed: ${child.stderr}`);
  const engineRssMb = Number(child.stdout.trim().split('\n').pop());

  const f = (ms: number): string => `${ms.toFixed(3)} ms`;
  console.log(`factdesk engine bench (node ${process.version}, ${lat.length} answers)`);
  console.log(`  first answer, fresh CLI process (median of ${coldRuns}): ${cold[Math.floor(coldRuns / 2)]?.toFixed(0)} ms   target < 1000 ms`);
  console.log(`  first answer in this process since start:         ${firstAnswerInProcess.toFixed(0)} ms`);
  console.log(`  fact base load: ${f(t1 - t0)}   index build: ${f(t2 - t1)}   serve's warm-up after start (in idle moments): ${warmMs.toFixed(0)} ms`);
  console.log(`  answer latency, no cache: p50 ${f(percentile(lat, 50))}   p99 ${f(percentile(lat, 99))}   max ${f(lat[lat.length - 1] ?? NaN)}   target p99 < 1 ms`);
  console.log(`  p99 of the asks by quarter, in the order asked: ${byQuarter.map((ms) => ms.toFixed(3)).join(' / ')} ms`);
  console.log(`  with the answer cache (${new Set(qs).size} distinct of ${qs.length}): p50 ${f(percentile(clat, 50))}   p99 ${f(percentile(clat, 99))}`);
  console.log(`  answered ${answered} of ${qs.length} asks`);
  console.log(`  peak RSS, a process that only answers them (as serve does): ${engineRssMb.toFixed(1)} MB   target < 150 MB`);
  console.log(`  peak RSS, this bench process (three engines, every question set, timings): ${rssMb.toFixed(1)} MB`);
}

main();
