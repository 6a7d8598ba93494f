#!/usr/bin/env node
/**
 * The factdesk CLI (see CONTRACT.md): ask, whocalled, digest, digest due, chat, facts check, serve, eval,
 * report, register, and `start` (what `npm start` runs: serve with credentials, the terminal chat without).
 */
import 'dotenv/config';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { render, runTerminalChat } from './adapters/terminal';
import { type Config, loadConfig, packageRoot } from './config';
import { buildCore, type Core } from './core/bootstrap';
import { composeDigest, localDate } from './core/digest';
import { baselineAnswerer, engineAnswerer, formatScore, parseQuestionSet, score, type Score } from './core/eval';
import { checkStory, formatProblem, loadFactBase, uncoveredParagraphs } from './core/fact-base';
import { answerReply } from './core/reply';
import type { Answer } from './core/types';

const USAGE = `usage: factdesk <command> [options]
  ask "<question>"         answer one question            (--json, --batch)
  whocalled [leader]       a leader's contacts with Trump (--json, --batch)
  digest [--date D]        print that day's digest
  digest due [--now ISO]   post every digest due now, once, and exit
  chat                     the terminal chat
  facts check              validate the fact base
  serve                    start the configured adapters and the digest scheduler
  eval [file.jsonl] [--misses]  score the answer engine (with a Fuse.js baseline)
  report [--since D]       what people asked that the story couldn't answer (--json)
  register                 publish Discord slash commands`;

type Out = (s: string) => void;
const out: Out = (s) => void process.stdout.write(`${s}\n`);
const err: Out = (s) => void process.stderr.write(`${s}\n`);

function configOrExit(): Readonly<Config> {
  const c = loadConfig();
  if (!c.ok) {
    err(c.error);
    process.exit(1);
  }
  return c.config;
}

function coreOrExit(config: Readonly<Config>, withStore = false): Core {
  let store;
  if (withStore) {
    // Loaded lazily: the one-shot commands don't need the native module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { openSqliteStore } = require('./store/sqlite-store') as typeof import('./store/sqlite-store');
    try {
      store = openSqliteStore(config.dbPath);
    } catch (e) {
      err(`Cannot open the database at ${config.dbPath}: ${(e as Error).message}`);
      process.exit(1);
    }
  }
  const r = buildCore(config.factsDir, { store, digestTime: config.digest.time, digestTz: config.digest.tz });
  if (!r.ok) {
    err(r.error);
    process.exit(1);
  }
  return r.core;
}

/** One line for --batch prose output. */
function oneLine(a: Answer): string {
  const src = a.sources[0];
  const where = src ? ` [¶${src.paragraph} “${src.quote}” — ${src.attribution}]` : '';
  return `${a.answer}${where}`.replace(/\s*\n\s*/g, ' / ');
}

async function eachLine(fn: (line: string) => void): Promise<void> {
  const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  for await (const line of rl) fn(line);
}

async function answerCommand(kind: 'ask' | 'whocalled', positionals: string[], json: boolean, batch: boolean): Promise<number> {
  const core = coreOrExit(configOrExit());
  const answer = (q: string): Answer => {
    const a = kind === 'ask' ? core.engine.ask(q) : core.engine.whocalled(q);
    return { question: a.question, answered: a.answered, answer: a.answer, confidence: a.confidence, sources: a.sources, suggestions: a.suggestions };
  };
  if (batch) {
    await eachLine((line) => {
      const a = answer(line);
      out(json ? JSON.stringify(a) : oneLine(a));
    });
    return 0;
  }
  const q = positionals.join(' ');
  const a = answer(q);
  out(json ? JSON.stringify(a, null, 2) : render(answerReply(a)));
  return 0;
}

function factsCheck(config: Readonly<Config>): number {
  const r = loadFactBase(config.factsDir);
  if (!r.ok) {
    for (const p of r.problems) err(formatProblem(p));
    err(`facts check: ${r.problems.length} problem(s)`);
    return 1;
  }
  const problems = r.base.stories.flatMap((s) => [
    ...checkStory(s),
    ...uncoveredParagraphs(s).map((n) => ({ file: join(s.meta.id, s.meta.article), paragraph: n, message: 'no fact cites this paragraph' })),
  ]);
  for (const p of problems) err(formatProblem(p));
  if (problems.length) {
    err(`facts check: ${problems.length} problem(s)`);
    return 1;
  }
  const nFacts = r.base.facts.length;
  const nQuotes = r.base.facts.reduce((n, f) => n + f.sources.length, 0);
  out(`facts check: ok — ${r.base.stories.length} story, ${r.base.entities.length} entities, ${nFacts} facts, ${nQuotes} quotes verbatim, every paragraph covered`);
  return 0;
}

function evalSets(files: string[], verbose: boolean): number {
  const config = configOrExit();
  const core = coreOrExit(config);
  const base = core.engine.base;
  const empty = (): Score => ({ answerable: 0, answeredRight: 0, unanswerable: 0, refused: 0, quotes: 0, quotesVerbatim: 0, misses: [] });
  const add = (a: Score, b: Score): Score => ({
    answerable: a.answerable + b.answerable,
    answeredRight: a.answeredRight + b.answeredRight,
    unanswerable: a.unanswerable + b.unanswerable,
    refused: a.refused + b.refused,
    quotes: a.quotes + b.quotes,
    quotesVerbatim: a.quotesVerbatim + b.quotesVerbatim,
    misses: [...a.misses, ...b.misses],
  });
  // Held-out sets (named holdout*) are reported apart: they are never tuned on.
  const groups = { tuning: { engine: empty(), baseline: empty(), files: 0 }, holdout: { engine: empty(), baseline: empty(), files: 0 } };
  for (const file of files) {
    const parsed = parseQuestionSet(readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      err(`${file}: ${parsed.error}`);
      return 1;
    }
    const e = score(parsed.items, engineAnswerer(core.engine), base);
    const b = score(parsed.items, baselineAnswerer(base), base);
    out(`${relative(process.cwd(), file) || file} (${parsed.items.length} questions)`);
    out(`  ${formatScore('factdesk', e)}`);
    out(`  ${formatScore('baseline (Fuse.js)', b)}`);
    if (verbose) for (const m of e.misses) out(`    miss ${m.item.kind} ${JSON.stringify(m.item.q)} expect ${JSON.stringify(m.item.expect)} -> ${m.got}`);
    const g = /(^|\/)holdout[^/]*$/.test(file) ? groups.holdout : groups.tuning;
    g.engine = add(g.engine, e);
    g.baseline = add(g.baseline, b);
    g.files++;
  }
  if (files.length > 1) {
    for (const [name, g] of [['tuning sets', groups.tuning], ['held-out sets (never tuned on)', groups.holdout]] as const) {
      if (!g.files) continue;
      out(`${name}: ${g.files} file(s), ${g.engine.answerable + g.engine.unanswerable} questions`);
      out(`  ${formatScore('factdesk', g.engine)}`);
      out(`  ${formatScore('baseline (Fuse.js)', g.baseline)}`);
    }
  }
  out('targets: answerable right ≥ 95 %, unanswerable refused ≥ 95 %, quotes verbatim 100 %');
  return 0;
}

function defaultEvalFiles(): string[] {
  const dir = join(packageRoot(), 'test', 'eval');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : [];
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      json: { type: 'boolean' },
      batch: { type: 'boolean' },
      date: { type: 'string' },
      now: { type: 'string' },
      since: { type: 'string' },
      all: { type: 'boolean' },
      misses: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const json = values.json === true;
  const batch = values.batch === true;
  if (!command || values.help) {
    out(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'ask':
    case 'whocalled':
      return answerCommand(command, rest, json, batch);
    case 'digest': {
      const config = configOrExit();
      if (rest[0] === 'due') {
        const { runDigestDue } = await import('./digest-runner');
        return runDigestDue(config, typeof values.now === 'string' ? values.now : undefined, out, err);
      }
      const core = coreOrExit(config);
      const date = typeof values.date === 'string' ? values.date : localDate(new Date(), config.digest.tz);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        err(`--date must be YYYY-MM-DD, got "${date}"`);
        return 2;
      }
      const d = composeDigest({ base: core.engine.base, shown: [], lastKnown: undefined, activity: [], date });
      out(json ? JSON.stringify(d.reply, null, 2) : render(d.reply));
      return 0;
    }
    case 'chat': {
      const config = configOrExit();
      const core = coreOrExit(config, true);
      await runTerminalChat({ input: process.stdin, output: process.stdout, registry: core.registry, services: core.services, interactive: process.stdin.isTTY === true });
      await core.services.store?.close();
      return 0;
    }
    case 'facts':
      if (rest[0] !== 'check') {
        err('usage: factdesk facts check');
        return 2;
      }
      return factsCheck(configOrExit());
    case 'eval': {
      const files = rest.length ? rest : defaultEvalFiles();
      if (!files.length) {
        err('no question sets: pass a .jsonl file');
        return 2;
      }
      return evalSets(files, values.misses === true);
    }
    case 'start':
    case 'serve': {
      const config = configOrExit();
      if (command === 'start' && !config.slack && !config.discord) {
        if (process.stdin.isTTY) err('No Slack or Discord credentials set: starting the terminal chat. See README for platform setup.');
        return main(['chat']);
      }
      const { serve } = await import('./main');
      return serve(config);
    }
    case 'report': {
      const { runReport } = await import('./report');
      return runReport(configOrExit(), { since: typeof values.since === 'string' ? values.since : undefined, json }, out, err);
    }
    case 'register': {
      const { runRegister } = await import('./adapters/discord-register');
      return runRegister(configOrExit(), out, err);
    }
    default:
      err(`unknown command "${command.slice(0, 40)}"\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  // "factdesk eval | head": a reader that stops early closes the pipe; that ends the output, not in a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      err(`factdesk: ${(e as Error).stack ?? String(e)}`);
      process.exitCode = 1;
    },
  );
}

export { main };
