/**
 * `npm run bench:slack`: how much factdesk's Slack adapter costs over Bolt itself, on loopback.
 *
 * Starts, in one process, servers on 127.0.0.1 with the Slack stand-in as Web API and response_url:
 *   1. a bare node:http server answering 200 (the ceiling of this machine),
 *   2. a Bolt App (HTTPReceiver) with one `app.command('/ask')` listener that only acks: what Bolt itself
 *      costs, and the reference for the target,
 *   3. the same Bolt App acking /ask from a global middleware instead of a listener: how factdesk routes
 *      requests (Bolt runs every request through every listener, so one router is cheaper than listeners),
 *      shown so the reader sees how much of factdesk's figure comes from routing,
 *   4. factdesk's Slack adapter with the real core, bot and a SQLite file (the answer in the ack),
 * then runs autocannon against the bare server once, and against 2, 3 and 4 in turns, BENCH_ROUNDS times
 * (default 3, BENCH_SECONDS each, default 6, after a 1 s warm-up; 50 connections), with a pool of signed
 * /ask requests that pass Bolt's signature check. It prints requests/s and p50/p99 latency per run and the
 * medians, factdesk's throughput as a share of the listener Bolt app's in each round (target ≥ 80 %, p99
 * < 20 ms), and how many answers went out late through the response_url. Bolt and factdesk are then also
 * run at a fixed offered load (BENCH_RATE requests/s, default 200, paced evenly from a worker thread), for
 * their latency when not saturated.
 *
 * The load comes from BENCH_WORKERS autocannon worker threads (default 1) so it doesn't share the servers'
 * event loop. The stand-in plays Slack's servers, so by default it runs in a child process and its work
 * isn't billed to the adapter; BENCH_STANDIN=inline runs it in this process instead.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { App, LogLevel } from '@slack/bolt';
import autocannon from 'autocannon';
import { createSlackAdapter } from '../src/adapters/slack';
import { createBot } from '../src/bot';
import { packageRoot } from '../src/config';
import { buildCore } from '../src/core/bootstrap';
import { createLogger } from '../src/logger';
import { openSqliteStore } from '../src/store/sqlite-store';
import { signSlackRequest, slashCommandBody, startSlackStandin } from '../test/fakes/slack-standin';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/** Bolt and factdesk are measured in turns, this many times each. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const INLINE_STANDIN = process.env.BENCH_STANDIN === 'inline';
/** Offered load for the paced runs (requests/s): latency where the server is not saturated. */
const RATE = Number(process.env.BENCH_RATE ?? 200);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 1;
// (50 connections, closed loop: each sends its next request when the last is answered.)
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';
// Every question of the project's question sets (about 1,200 distinct): repeats are as rare as the sets
// make them, so the engine's answer cache helps only as much as it would with that many distinct questions.
const QUESTIONS: string[] = readdirSync(join(packageRoot(__dirname), 'test', 'eval'))
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(packageRoot(__dirname), 'test', 'eval', f), 'utf8').split('\n'))
  .flatMap((line) => {
    try {
      const item = JSON.parse(line) as { kind?: string; q?: string };
      return item.kind === 'ask' && typeof item.q === 'string' ? [item.q] : [];
    } catch {
      return [];
    }
  });

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** The stand-in as the bench uses it, in this process or in a child. */
interface Standin {
  apiUrl: string;
  responseUrl(id: string): string;
  /** response_url posts received since the last call (the stand-in forgets them, to stay small). */
  takeCount(): Promise<number>;
  close(): Promise<void>;
}

type ChildMessage = { type: 'ready'; apiUrl: string; baseUrl: string } | { type: 'count'; count: number };

async function inlineStandin(): Promise<Standin> {
  const s = await startSlackStandin();
  return {
    apiUrl: s.apiUrl,
    responseUrl: (id) => s.responseUrl(id),
    async takeCount() {
      const n = s.responses.length;
      s.clear();
      return n;
    },
    close: () => s.close(),
  };
}

async function childStandin(): Promise<Standin> {
  const child: ChildProcess = fork(__filename, ['--standin'], { stdio: 'inherit' });
  const next = (): Promise<ChildMessage> => new Promise((resolve) => child.once('message', (m) => resolve(m as ChildMessage)));
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('the stand-in child did not start');
  return {
    apiUrl: ready.apiUrl,
    responseUrl: (id) => `${ready.baseUrl}/response/${encodeURIComponent(id)}`,
    async takeCount() {
      const reply = next();
      child.send({ type: 'count' });
      const m = await reply;
      return m.type === 'count' ? m.count : 0;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
}

/** The child side: a stand-in that counts response_url posts and forgets them every 200 ms. */
async function runStandinChild(): Promise<void> {
  const s = await startSlackStandin();
  let count = 0;
  const sweep = setInterval(() => {
    count += s.responses.length;
    s.clear();
  }, 200);
  process.on('message', (m: { type: string }) => {
    if (m.type === 'count') {
      count += s.responses.length;
      s.clear();
      process.send?.({ type: 'count', count });
      count = 0;
    } else if (m.type === 'close') {
      clearInterval(sweep);
      void s.close().then(() => process.disconnect());
    }
  });
  process.send?.({ type: 'ready', apiUrl: s.apiUrl, baseUrl: s.apiUrl.replace(/\/api\/$/, '') });
}

/** Signed /ask requests with one fresh timestamp: valid for Bolt's 5 minutes, longer than the whole run. */
function signedPool(standin: Standin, size: number): autocannon.Request[] {
  const ts = Math.floor(Date.now() / 1000);
  return Array.from({ length: size }, (_, i) => {
    const body = new URLSearchParams(
      slashCommandBody({
        command: '/ask',
        text: QUESTIONS[i % QUESTIONS.length] ?? '',
        user_id: `U${String(i % 97).padStart(4, '0')}`,
        channel_id: `C${String(i % 13).padStart(4, '0')}`,
        response_url: standin.responseUrl(`bench-${i}`),
      }),
    ).toString();
    return {
      method: 'POST',
      path: '/slack/events',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(SECRET, body, ts) },
      body,
    };
  });
}

async function load(name: string, port: number, requests: autocannon.Request[], seconds: number): Promise<Figures> {
  const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: seconds, requests, workers: WORKERS || undefined });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function measure(name: string, port: number, requests: autocannon.Request[]): Promise<Figures> {
  await load(name, port, requests, WARMUP_SECONDS); // JIT and connection warm-up, not counted
  return load(name, port, requests, SECONDS);
}

/**
 * A paced client in a worker thread: RATE requests/s spread evenly over the millisecond ticks (autocannon's
 * own rate limit sends each second's requests in one burst), latency from send to answer.
 */
const PACED_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { port, requests, rate, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const total = Math.floor(rate * seconds);
const lat = [];
let sent = 0, pending = 0, errors = 0, non2xx = 0;
const start = performance.now();
function done() {
  if (sent < total || pending > 0) return;
  agent.destroy();
  lat.sort((a, b) => a - b);
  const at = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
  parentPort.postMessage({ count: lat.length, p50: at(0.5), p99: at(0.99), max: lat[lat.length - 1] ?? NaN, errors, non2xx, seconds: (performance.now() - start) / 1000 });
}
function fire(r) {
  const t0 = performance.now();
  pending++;
  const req = http.request({ host: '127.0.0.1', port, path: r.path, method: 'POST', agent, headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) } }, (res) => {
    res.resume();
    res.on('end', () => { pending--; if (res.statusCode >= 300) non2xx++; lat.push(performance.now() - t0); done(); });
  });
  req.on('error', () => { pending--; errors++; done(); });
  req.end(r.body);
}
const timer = setInterval(() => {
  const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
  while (sent < due) fire(requests[sent++ % requests.length]);
  if (sent >= total) { clearInterval(timer); done(); }
}, 1);
`;

async function paced(name: string, port: number, requests: autocannon.Request[], rate: number, seconds: number): Promise<Figures> {
  const worker = new Worker(PACED_WORKER, { eval: true, workerData: { port, requests, rate, seconds } });
  const r = await new Promise<{ count: number; p50: number; p99: number; errors: number; non2xx: number; seconds: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return { name, rps: r.count / r.seconds, p50: r.p50, p99: r.p99, requests: r.count, non2xx: r.non2xx, errors: r.errors };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** The median of each figure over runs of one target. */
function median(name: string, runs: Figures[]): Figures {
  const m = (k: keyof Omit<Figures, 'name'>): number => medianOf(runs.map((f) => f[k]));
  return { name, rps: m('rps'), p50: m('p50'), p99: m('p99'), requests: m('requests'), non2xx: m('non2xx'), errors: m('errors') };
}

function row(f: Figures): string {
  const n = (v: number, w: number, d = 0): string => v.toFixed(d).padStart(w);
  return `${f.name.padEnd(34)}${n(f.rps, 10)}${n(f.p50, 9, 1)}${n(f.p99, 9, 1)}${n(f.requests, 10)}${n(f.non2xx, 8)}${n(f.errors, 8)}`;
}

/** Waits until no response_url post has arrived for `quietMs`; returns how many arrived meanwhile. */
async function quiesce(standin: Standin, quietMs = 400): Promise<number> {
  let total = 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const n = await standin.takeCount();
    total += n;
    if (n === 0) return total;
  }
}

async function main(): Promise<void> {
  const standin = INLINE_STANDIN ? await inlineStandin() : await childStandin();
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-'));
  const store = openSqliteStore(join(dir, 'factdesk.db'));
  // Logs at info as in production, serialised but not written anywhere.
  const logger = createLogger('info', { write: () => undefined });
  const pool = signedPool(standin, 512);

  // 1. The ceiling: node:http reading the body and answering 200.
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end());
  });
  const http = await measure('node:http, 200', await listen(bare), pool);
  await close(bare);

  /** A Bolt app on a free port, its /ask wired by `route`, the Web API at the stand-in. */
  const startBolt = async (route: (app: App) => void): Promise<{ app: App; port: number }> => {
    const app = new App({
      token: TOKEN,
      signingSecret: SECRET,
      clientOptions: { slackApiUrl: standin.apiUrl, retryConfig: { retries: 0 } },
      deferInitialization: true,
      logLevel: LogLevel.ERROR,
    });
    route(app);
    await app.init();
    const server = await app.start({ port: 0, host: '127.0.0.1' });
    return { app, port: (server.address() as AddressInfo).port };
  };

  // 2. Bolt alone: /ask acks and does nothing else.
  const { app: bolt, port: boltPort } = await startBolt((app) => app.command('/ask', async ({ ack }) => ack()));

  // 3. Bolt acking /ask from a global middleware, the way factdesk routes.
  const { app: routed, port: routedPort } = await startBolt((app) =>
    app.use(async (args) => {
      if ('command' in args && args.command.command === '/ask') await args.ack();
      else await args.next();
    }),
  );

  // 4. factdesk: the real engine, bot and SQLite question log; the answer goes in the ack (or, if it is
  // late, to the response_url, which the stand-in counts).
  const core = buildCore(join(packageRoot(__dirname), 'facts'), { store });
  if (!core.ok) throw new Error(core.error);
  // Warmed up as `serve` warms it after it starts (Engine.warmUp).
  core.core.engine.warmUp();
  const rate = { userBurst: 1e6, userPerMin: 1e6, channelBurst: 1e6, channelPerMin: 1e6 };
  const bot = createBot({ core: core.core, store, logger, rate, userSalt: 'bench' });
  const config = { botToken: TOKEN, signingSecret: SECRET, apiUrl: standin.apiUrl, privateReplies: false };
  const adapter = createSlackAdapter({ config, bot, port: 0, host: '127.0.0.1', logger });
  await adapter.start();
  const port = adapter.boundPort() ?? 0;

  // Bolt and factdesk take turns, ROUNDS times: this machine's speed drifts by 10-20 % over a minute, and
  // a ratio from two runs far apart in time measures the drift as much as the adapter.
  await load('warm-up', boltPort, pool, WARMUP_SECONDS);
  await load('warm-up', routedPort, pool, WARMUP_SECONDS);
  await load('warm-up', port, pool, WARMUP_SECONDS);
  await quiesce(standin);
  const boltRuns: Figures[] = [];
  const routedRuns: Figures[] = [];
  const factdeskRuns: Figures[] = [];
  let delivered = 0;
  for (let r = 1; r <= ROUNDS; r++) {
    boltRuns.push(await load(`Bolt, /ask acks only #${r}`, boltPort, pool, SECONDS));
    routedRuns.push(await load(`Bolt, acked by middleware #${r}`, routedPort, pool, SECONDS));
    factdeskRuns.push(await load(`factdesk adapter, /ask #${r}`, port, pool, SECONDS));
    delivered += await quiesce(standin);
  }
  const boltAtRate = await paced(`Bolt, paced ${RATE}/s`, boltPort, pool, RATE, SECONDS);
  const factdeskAtRate = await paced(`factdesk, paced ${RATE}/s`, port, pool, RATE, SECONDS);
  await bolt.stop();
  await routed.stop();
  await adapter.stop(); // drains the replies still in flight
  delivered += await quiesce(standin);

  const boltOnly = median('Bolt, /ask acks only (median)', boltRuns);
  const routedOnly = median('Bolt, by middleware (median)', routedRuns);
  const factdesk = median('factdesk adapter (median)', factdeskRuns);
  const routedRatios = factdeskRuns.map((f, i) => f.rps / (routedRuns[i]?.rps ?? NaN));
  const ratios = factdeskRuns.map((f, i) => f.rps / (boltRuns[i]?.rps ?? NaN));
  console.log(
    `\nSlack adapter load: ${ROUNDS} rounds of ${SECONDS} s per target after ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} connections, ` +
      `${WORKERS} autocannon worker thread(s), stand-in ${INLINE_STANDIN ? 'in this process' : 'in a child process'}, Node ${process.version}\n`,
  );
  console.log(`${'target'.padEnd(34)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'requests'.padStart(10)}${'non2xx'.padStart(8)}${'errors'.padStart(8)}`);
  for (const f of [http, ...boltRuns.flatMap((b, i) => [b, routedRuns[i] as Figures, factdeskRuns[i] as Figures]), boltOnly, routedOnly, factdesk, boltAtRate, factdeskAtRate]) {
    console.log(row(f));
  }
  const pct = (v: number): string => `${(v * 100).toFixed(0)} %`;
  console.log(
    `\nfactdesk / bare Bolt, per round: ${ratios.map(pct).join(', ')}; median ${pct(medianOf(ratios))} of the throughput (target ≥ 80 %); ` +
      `factdesk p99 ${factdesk.p99.toFixed(1)} ms saturated (median of rounds; Bolt's own ${boltOnly.p99.toFixed(1)} ms), ` +
      `${factdeskAtRate.p99.toFixed(1)} ms at ${RATE}/s (target < 20 ms); Bolt / node:http: ${pct(boltOnly.rps / http.rps)}`,
  );
  console.log(`factdesk / Bolt acking from a middleware (factdesk's own routing): median ${pct(medianOf(routedRatios))}`);
  const answered = factdeskRuns.reduce((n, f) => n + f.requests, 0) + factdeskAtRate.requests;
  console.log(`factdesk answers sent through the response_url instead of the ack (late answers): ${delivered} of ${answered} commands answered 200`);

  await standin.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--standin') {
  void runStandinChild();
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
