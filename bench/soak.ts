/**
 * `npm run bench:soak`: the whole bot under a steady mixed load for a bounded time, on loopback only, to see
 * that it keeps answering, makes no errors and doesn't grow.
 *
 * This process runs the real `start()` of src/main.ts (Slack in HTTP mode, Discord, a SQLite file in a temp
 * folder, the configuration from `loadConfig()`), exactly as `factdesk serve` does, and measures itself: RSS
 * and heap after a forced GC, once after the warm-up and once at the end. A child process (this file again,
 * with `--driver`) hosts the Slack and Discord stand-ins and the load, so neither their work nor their
 * memory is billed to the bot. For SOAK_SECONDS (default 180) the driver offers, paced evenly:
 *   Slack, 100 requests/s in all: signed /ask (50 %), /whocalled (20 %) slash commands and app_mention
 *     events (30 %), each from one of 300 users in one of 40 channels;
 *   Discord, 20/s: INTERACTION_CREATE /ask and /whocalled (60 %) and MESSAGE_CREATE mentions (40 %);
 *   with questions drawn from test/eval/*.jsonl.
 * Meanwhile this process subscribes 5 channels per platform to the daily digest and runs `runDigestTick`
 * (src/digest/scheduler.ts) every 3 s with a simulated clock one day further each time, so every tick posts
 * a digest to every subscribed channel through the real posters.
 *
 * Latency is from the request leaving the driver to the answer seen at the stand-in: the HTTP response of a
 * slash command (Bolt acks with the answer when it is quick; otherwise the post to its response_url), the
 * chat.postMessage into a mention's thread, the interaction callback, the reply to a Discord message. The
 * first SOAK_WARMUP_SECONDS (default 10, at most a sixth of the run) are warm-up: answered and checked for
 * errors, left out of the latency and throughput figures. An answer not seen within 10 s is an error.
 *
 * Rates: SOAK_SLACK_RPS (100), SOAK_DISCORD_RPS (20). The bot's rate limits are raised for the run (the soak
 * is about the answering path; the limiter would otherwise answer most requests with "slow down").
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { GatewayMessageCreateDispatchData } from 'discord.js';
import { loadConfig, packageRoot } from '../src/config';
import { buildCore } from '../src/core/bootstrap';
import { loadPosters } from '../src/digest-runner';
import { runDigestTick } from '../src/digest/scheduler';
import { createLogger } from '../src/logger';
import { start } from '../src/main';
import { openSqliteStore } from '../src/store/sqlite-store';
import { startDiscordStandin } from '../test/fakes/discord-standin';
import { eventBody, signSlackRequest, SLACK_STANDIN_IDS, slashCommandBody, startSlackStandin } from '../test/fakes/slack-standin';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const WARMUP_SECONDS = Math.min(Number(process.env.SOAK_WARMUP_SECONDS ?? 10), SECONDS / 6);
const SLACK_RPS = Number(process.env.SOAK_SLACK_RPS ?? 100);
const DISCORD_RPS = Number(process.env.SOAK_DISCORD_RPS ?? 20);
const DIGEST_EVERY_MS = 3000;
const DIGEST_CHANNELS = 5;
/** An answer not seen within this long counts as an error. */
const ANSWER_TIMEOUT_MS = 10_000;
const SECRET = 'soak-signing-secret';
const BOT_TOKEN = 'xoxb-soak';
const DISCORD_DIGEST_CHANNELS = Array.from({ length: DIGEST_CHANNELS }, (_, i) => `13000000000000000${String(i + 1).padStart(2, '0')}`);
const SLACK_DIGEST_CHANNELS = Array.from({ length: DIGEST_CHANNELS }, (_, i) => `C0DIGEST${i + 1}`);

type Kind = 'slack /ask' | 'slack /whocalled' | 'slack app_mention' | 'discord interaction' | 'discord mention';
const KINDS: readonly Kind[] = ['slack /ask', 'slack /whocalled', 'slack app_mention', 'discord interaction', 'discord mention'];

// ------------------------------------------------------------------------------------------------------------
// Messages between the bot (parent) and the driver (child)
// ------------------------------------------------------------------------------------------------------------

interface StandinInfo {
  slackApiUrl: string;
  discord: { apiUrl: string; token: string; applicationId: string; guildId: string };
}

interface KindResult {
  sent: number;
  answered: number;
  /** Answered after the warm-up: what latency and throughput are computed from. */
  measured: number;
  p50: number;
  p99: number;
  max: number;
}

interface DriverResult {
  loadSeconds: number;
  measuredSeconds: number;
  kinds: Record<Kind, KindResult>;
  all: { measured: number; p50: number; p99: number; max: number };
  errors: Record<string, number>;
  errorSamples: string[];
  digestsSeen: { slack: number; discord: number };
}

type ToParent = { type: 'ready'; info: StandinInfo } | { type: 'warm' } | { type: 'loaded' } | { type: 'done'; result: DriverResult } | { type: 'closed' };
type ToChild = { type: 'go'; port: number; botUserId: string } | { type: 'digest-stopped' } | { type: 'close' };

// ------------------------------------------------------------------------------------------------------------
// Questions
// ------------------------------------------------------------------------------------------------------------

function questionSets(): { ask: string[]; whocalled: string[] } {
  const dir = join(packageRoot(__dirname), 'test', 'eval');
  const ask: string[] = [];
  const whocalled: string[] = [];
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      try {
        const item = JSON.parse(line) as { kind?: unknown; q?: unknown };
        if (typeof item.q !== 'string' || !item.q.trim()) continue;
        if (item.kind === 'ask') ask.push(item.q);
        else if (item.kind === 'whocalled') whocalled.push(item.q);
      } catch {
        // blank line
      }
    }
  }
  if (!ask.length || !whocalled.length) throw new Error(`no questions found in ${dir}`);
  return { ask, whocalled };
}

// ------------------------------------------------------------------------------------------------------------
// Small helpers
// ------------------------------------------------------------------------------------------------------------

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '-');

/** A garbage collection on demand (the flag is set at run time: `node dist/bench/soak.js` takes no flags). */
function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

// ============================================================================================================
// The bot side (parent)
// ============================================================================================================

async function runBot(): Promise<number> {
  const gc = gcFunction();
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-soak-'));
  const dbPath = join(dir, 'factdesk.db');
  const driver: ChildProcess = fork(__filename, ['--driver'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const inbox: ToParent[] = [];
  const waiters: ((m: ToParent) => void)[] = [];
  driver.on('message', (m: ToParent) => {
    const w = waiters.shift();
    if (w) w(m);
    else inbox.push(m);
  });
  const next = async <T extends ToParent['type']>(type: T, timeoutMs: number): Promise<Extract<ToParent, { type: T }>> => {
    const m =
      inbox.shift() ??
      (await new Promise<ToParent>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the driver sent no "${type}" within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((msg) => {
          clearTimeout(timer);
          resolve(msg);
        });
      }));
    if (m.type !== type) throw new Error(`expected "${type}" from the driver, got "${m.type}"`);
    return m as Extract<ToParent, { type: T }>;
  };
  // Whatever happens, nothing outlives the run by much.
  const watchdog = setTimeout(() => {
    process.stderr.write(`soak: still running ${SECONDS + 90} s after start; giving up\n`);
    driver.kill('SIGKILL');
    process.exit(2);
  }, (SECONDS + 90) * 1000);
  watchdog.unref();

  // The bot's own log: warnings and errors are counted (and a few kept), nothing else is written.
  const logCounts = { warn: 0, error: 0 };
  const logSamples: string[] = [];
  const logger = createLogger('warn', {
    write(line: string) {
      const level = Number(/"level":(\d+)/.exec(line)?.[1] ?? 0);
      if (level >= 50) logCounts.error++;
      else if (level >= 40) logCounts.warn++;
      if (level >= 40 && logSamples.length < 8) logSamples.push(line.trim().slice(0, 400));
    },
  });

  try {
    const { info } = await next('ready', 20_000);
    const env: Record<string, string> = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: info.slackApiUrl,
      DISCORD_TOKEN: info.discord.token,
      DISCORD_APPLICATION_ID: info.discord.applicationId,
      DISCORD_GUILD_ID: info.discord.guildId,
      DISCORD_API_URL: info.discord.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      FACTDESK_DB: dbPath,
      LOG_LEVEL: 'warn',
      FACTDESK_RATE_USER_BURST: '1000',
      FACTDESK_RATE_USER_PER_MIN: '10000',
      FACTDESK_RATE_CHANNEL_BURST: '10000',
      FACTDESK_RATE_CHANNEL_PER_MIN: '100000',
    };
    const loaded = loadConfig(env);
    if (!loaded.ok) throw new Error(loaded.error);
    const config = loaded.config;
    const running = await start(config, logger);
    const port = running.port();
    if (!port) throw new Error('start() bound no port');

    // The digest, as `factdesk digest due` runs it next to `serve`: its own connection to the same file.
    const digestStore = openSqliteStore(dbPath);
    const built = buildCore(config.factsDir, { store: digestStore });
    if (!built.ok) throw new Error(built.error);
    const posters = await loadPosters(config, logger, (s) => logger.warn(s));
    const subscribedAt = new Date();
    for (const channel of SLACK_DIGEST_CHANNELS) await digestStore.subscribe({ platform: 'slack', channel, time: '09:00', tz: 'UTC' }, subscribedAt);
    for (const channel of DISCORD_DIGEST_CHANNELS) await digestStore.subscribe({ platform: 'discord', channel, time: '09:00', tz: 'Europe/Paris' }, subscribedAt);
    const digest = { ticks: 0, posted: 0, skipped: 0, paused: 0, failed: 0, tickErrors: 0 };
    // A day further each tick, from a fixed date well in the future, at 12:00 UTC: every digest is due.
    let simulated = Date.UTC(2031, 0, 1, 12, 0, 0);
    let ticking = true;
    const digestLoop = (async () => {
      while (ticking) {
        const t0 = Date.now();
        try {
          const result = await runDigestTick({ store: digestStore, base: built.core.engine.base, posters, now: new Date(simulated), logger });
          await result.settled;
          digest.ticks++;
          digest.posted += result.counts.posted;
          digest.skipped += result.counts.skipped;
          digest.paused += result.counts.paused;
          digest.failed += result.counts.failed;
        } catch (err) {
          digest.tickErrors++;
          logger.error({ err }, 'soak: digest tick failed');
        }
        simulated += 86_400_000;
        await sleep(Math.max(0, DIGEST_EVERY_MS - (Date.now() - t0)));
      }
    })();

    driver.send({ type: 'go', port, botUserId: SLACK_STANDIN_IDS.botUserId } satisfies ToChild);
    await next('warm', (WARMUP_SECONDS + 30) * 1000);
    gc();
    gc();
    const memStart = process.memoryUsage();
    const t0 = Date.now();
    // The load is over: the digest stops too, so every post it made is counted by the driver's last sweep.
    await next('loaded', (SECONDS + 60) * 1000);
    ticking = false;
    await digestLoop;
    driver.send({ type: 'digest-stopped' } satisfies ToChild);
    const { result } = await next('done', 60_000);
    gc();
    gc();
    const memEnd = process.memoryUsage();
    const sampledSeconds = (Date.now() - t0) / 1000;
    const readyAtEnd = running.health('readyz').ok;

    await running.stop();
    for (const p of posters.values()) if ('stop' in p && typeof p.stop === 'function') await Promise.resolve(p.stop()).catch(() => undefined);
    await digestStore.close();
    driver.send({ type: 'close' } satisfies ToChild);
    await next('closed', 20_000);

    // --------------------------------------------------------------------------------------------------------
    const growth = ((memEnd.rss - memStart.rss) / memStart.rss) * 100;
    const driverErrors = Object.values(result.errors).reduce((n, v) => n + v, 0);
    const digestsUnseen = Math.max(0, digest.posted - result.digestsSeen.slack - result.digestsSeen.discord);
    const errors = driverErrors + logCounts.error + digest.failed + digest.tickErrors + digestsUnseen;
    const out: string[] = [];
    const line = (s = ''): void => void out.push(s);
    line(`factdesk soak: ${result.loadSeconds.toFixed(1)} s of load (${WARMUP_SECONDS.toFixed(0)} s warm-up, ${result.measuredSeconds.toFixed(1)} s measured), loopback`);
    line(`  offered: Slack ${SLACK_RPS}/s (/ask 50 %, /whocalled 20 %, app_mention 30 %), Discord ${DISCORD_RPS}/s (interactions 60 %, mentions 40 %); digest tick every ${DIGEST_EVERY_MS / 1000} s, ${DIGEST_CHANNELS}+${DIGEST_CHANNELS} channels`);
    line();
    line('  kind                  sent   answered  measured   p50      p99      max');
    for (const kind of KINDS) {
      const k = result.kinds[kind];
      line(`  ${kind.padEnd(20)} ${String(k.sent).padStart(6)} ${String(k.answered).padStart(9)} ${String(k.measured).padStart(9)}   ${ms(k.p50).padEnd(8)} ${ms(k.p99).padEnd(8)} ${ms(k.max)}`);
    }
    const sent = KINDS.reduce((n, k) => n + result.kinds[k].sent, 0);
    const answered = KINDS.reduce((n, k) => n + result.kinds[k].answered, 0);
    line(`  ${'all'.padEnd(20)} ${String(sent).padStart(6)} ${String(answered).padStart(9)} ${String(result.all.measured).padStart(9)}   ${ms(result.all.p50).padEnd(8)} ${ms(result.all.p99).padEnd(8)} ${ms(result.all.max)}`);
    line(`  throughput (answers, measured part): ${(result.all.measured / result.measuredSeconds).toFixed(1)} /s`);
    line(`  digests: ${digest.ticks} ticks, ${digest.posted} posted, ${digest.failed} failed, ${digest.skipped} skipped, ${digest.paused} paused; seen at the stand-ins: Slack ${result.digestsSeen.slack}, Discord ${result.digestsSeen.discord}`);
    line();
    line(`  errors: ${errors} (target 0)`);
    line(`    driver: ${driverErrors}${driverErrors ? ` ${JSON.stringify(result.errors)}` : ''}`);
    line(`    bot log: ${logCounts.error} error, ${logCounts.warn} warn lines; digest: ${digest.failed} failed posts, ${digest.tickErrors} failed ticks, ${digestsUnseen} posted but not seen`);
    for (const s of [...result.errorSamples, ...logSamples].slice(0, 8)) line(`      ${s}`);
    line(`    ready at the end: ${readyAtEnd ? 'yes' : 'NO'}`);
    line();
    line(`  memory of the bot process (after GC), over ${sampledSeconds.toFixed(0)} s:`);
    line(`    RSS        ${mb(memStart.rss)} → ${mb(memEnd.rss)}  (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %, target < 10 %)`);
    line(`    heap used  ${mb(memStart.heapUsed)} → ${mb(memEnd.heapUsed)}  (heap total ${mb(memStart.heapTotal)} → ${mb(memEnd.heapTotal)}, external ${mb(memStart.external)} → ${mb(memEnd.external)})`);
    line();
    const ok = errors === 0 && growth < 10 && readyAtEnd;
    line(ok ? 'soak: ok' : 'soak: NOT ok');
    process.stdout.write(`${out.join('\n')}\n`);
    return ok ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    if (driver.exitCode === null) driver.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

// ============================================================================================================
// The driver side (child): stand-ins and load
// ============================================================================================================

interface Pending {
  kind: Kind;
  at: number;
}

async function runDriver(): Promise<void> {
  const send = (m: ToParent): void => void process.send?.(m);
  const slack = await startSlackStandin();
  const discord = await startDiscordStandin({ channels: DISCORD_DIGEST_CHANNELS, heartbeatIntervalMs: 5_000 });
  send({
    type: 'ready',
    info: { slackApiUrl: slack.apiUrl, discord: { apiUrl: discord.apiUrl, token: discord.token, applicationId: discord.applicationId, guildId: discord.guildId } },
  });
  const go = await new Promise<Extract<ToChild, { type: 'go' }>>((resolve) =>
    process.once('message', (m: ToChild) => {
      if (m.type === 'go') resolve(m);
    }),
  );
  await discord.ready(20_000);
  const { ask, whocalled } = questionSets();
  const slackBase = slack.apiUrl.replace(/\/api\/$/, '');

  // --- bookkeeping --------------------------------------------------------------------------------------
  const pending = new Map<string, Pending>();
  const latencies: Record<Kind, number[]> = { 'slack /ask': [], 'slack /whocalled': [], 'slack app_mention': [], 'discord interaction': [], 'discord mention': [] };
  const sent: Record<Kind, number> = { 'slack /ask': 0, 'slack /whocalled': 0, 'slack app_mention': 0, 'discord interaction': 0, 'discord mention': 0 };
  const answered: Record<Kind, number> = { ...sent };
  const errors: Record<string, number> = {};
  const errorSamples: string[] = [];
  const digestsSeen = { slack: 0, discord: 0 };
  let measureFrom = Number.POSITIVE_INFINITY;
  const fail = (what: string, detail?: string): void => {
    errors[what] = (errors[what] ?? 0) + 1;
    if (detail && errorSamples.length < 8) errorSamples.push(`${what}: ${detail.slice(0, 300)}`);
  };
  /** A request sent: timed from now until its answer settles it. */
  const track = (key: string, kind: Kind): void => {
    pending.set(key, { kind, at: Date.now() });
    sent[kind]++;
  };
  /** A request that will get no answer: no longer awaited, and counted as an error. */
  const lost = (key: string, what: string, detail?: string): void => {
    pending.delete(key);
    fail(what, detail);
  };
  const settle = (key: string, at: number, check?: () => string | undefined): void => {
    const p = pending.get(key);
    if (!p) return;
    pending.delete(key);
    const problem = check?.();
    if (problem) {
      fail(`${p.kind}: bad answer`, problem);
      return;
    }
    answered[p.kind]++;
    if (p.at >= measureFrom) latencies[p.kind].push(Math.max(0, at - p.at));
  };

  // What the bot sent to the stand-ins, read and forgotten every 10 ms (the stand-ins record everything).
  const discordSweepChannels = new Set(DISCORD_DIGEST_CHANNELS);
  const sweep = (): void => {
    for (const call of slack.calls) {
      if (call.method !== 'chat.postMessage') continue;
      const thread = call.args.thread_ts;
      if (typeof thread === 'string') settle(`mention:${thread}`, call.at);
      else if (typeof call.args.channel === 'string' && call.args.channel.startsWith('C0DIGEST')) digestsSeen.slack++;
    }
    for (const r of slack.responses) settle(`cmd:${r.id}`, r.at);
    slack.clear();
    for (const r of discord.requests) {
      const callback = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
      if (callback && r.method === 'POST') {
        settle(`interaction:${callback[1] ?? ''}`, r.at, () => (r.status === 204 ? undefined : `callback answered ${r.status}`));
        continue;
      }
      const channel = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(r.path);
      if (channel && r.method === 'POST') {
        const body = r.body as { message_reference?: { message_id?: unknown } } | undefined;
        const ref = body?.message_reference?.message_id;
        if (typeof ref === 'string') settle(`message:${ref}`, r.at, () => (r.status === 200 ? undefined : `reply answered ${r.status}`));
        else if (discordSweepChannels.has(channel[1] ?? '')) digestsSeen.discord++;
      }
    }
    discord.clearRequests();
    const now = Date.now();
    for (const [key, p] of pending) {
      if (now - p.at > ANSWER_TIMEOUT_MS) {
        pending.delete(key);
        fail(`${p.kind}: no answer within ${ANSWER_TIMEOUT_MS / 1000} s`, key);
      }
    }
  };
  const sweeper = setInterval(sweep, 10);

  // --- the requests -------------------------------------------------------------------------------------
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let n = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
  const slackUser = (): string => `U${String(Math.floor(Math.random() * 300)).padStart(5, '0')}`;
  const slackChannel = (): string => `C${String(Math.floor(Math.random() * 40)).padStart(5, '0')}`;

  /** POSTs a signed body to the bot; resolves with status and body text. */
  const postSlack = (body: string, contentType: string): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const headers = { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...signSlackRequest(SECRET, body) };
      const req = request({ host: '127.0.0.1', port: go.port, path: '/slack/events', method: 'POST', headers, agent, timeout: ANSWER_TIMEOUT_MS }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', reject);
      req.end(body);
    });

  const slashCommand = (kind: 'slack /ask' | 'slack /whocalled'): void => {
    const id = `soak-${++n}`;
    const command = kind === 'slack /ask' ? '/ask' : '/whocalled';
    const text = kind === 'slack /ask' ? pick(ask) : pick(whocalled);
    const body = new URLSearchParams(
      slashCommandBody({ command, text, user_id: slackUser(), channel_id: slackChannel(), response_url: `${slackBase}/response/${id}` }),
    ).toString();
    const key = `cmd:${id}`;
    track(key, kind);
    postSlack(body, 'application/x-www-form-urlencoded').then(
      ({ status, text: answer }) => {
        if (status !== 200) {
          lost(key, `${kind}: HTTP ${status}`, answer);
          return;
        }
        // Answered in the ack (the usual case) or, if the bot took longer, later through the response_url.
        if (answer.trim()) settle(key, Date.now(), () => (/"blocks"/.test(answer) ? undefined : `ack without blocks: ${answer}`));
      },
      (err: Error) => lost(key, `${kind}: request failed`, err.message),
    );
  };

  const appMention = (): void => {
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++n).padStart(6, '0')}`;
    const event = { type: 'app_mention', user: slackUser(), text: `<@${go.botUserId}> ${pick(ask)}`, ts, channel: slackChannel() };
    const key = `mention:${ts}`;
    track(key, 'slack app_mention');
    postSlack(JSON.stringify(eventBody(event)), 'application/json').then(
      ({ status, text }) => {
        if (status !== 200) lost(key, `slack app_mention: HTTP ${status}`, text);
      },
      (err: Error) => lost(key, 'slack app_mention: request failed', err.message),
    );
  };

  const discordUser = (): { id: string } => ({ id: `14000000000000${String(Math.floor(Math.random() * 300)).padStart(4, '0')}` });

  const interaction = (): void => {
    const isAsk = Math.random() < 0.7;
    const d = discord.interaction(
      isAsk ? { name: 'ask', options: { question: pick(ask) }, user: discordUser() } : { name: 'whocalled', options: { leader: pick(whocalled) }, user: discordUser() },
    );
    const key = `interaction:${d.id}`;
    track(key, 'discord interaction');
    if (discord.dispatch('INTERACTION_CREATE', d) !== 1) lost(key, 'discord interaction: no gateway client');
  };

  const discordMention = (): void => {
    const channelId = pick(discord.channelIds.filter((c) => !discordSweepChannels.has(c)));
    const m: GatewayMessageCreateDispatchData = discord.message({
      content: `<@${discord.botUserId}> ${pick(ask)}`,
      channelId,
      guildId: discord.guildId,
      author: discordUser(),
    });
    const key = `message:${m.id}`;
    track(key, 'discord mention');
    if (discord.dispatch('MESSAGE_CREATE', m) !== 1) lost(key, 'discord mention: no gateway client');
  };

  // --- pacing: every 5 ms, send what the rates say is due by now ----------------------------------------
  const slackMix: [number, () => void][] = [
    [0.5, () => slashCommand('slack /ask')],
    [0.2, () => slashCommand('slack /whocalled')],
    [0.3, appMention],
  ];
  const discordMix: [number, () => void][] = [
    [0.6, interaction],
    [0.4, discordMention],
  ];
  const choose = (mix: [number, () => void][]): void => {
    let r = Math.random();
    for (const [share, fn] of mix) {
      if ((r -= share) < 0) return fn();
    }
    mix[mix.length - 1]?.[1]();
  };
  const t0 = Date.now();
  const end = t0 + SECONDS * 1000;
  measureFrom = t0 + WARMUP_SECONDS * 1000;
  let slackSent = 0;
  let discordSent = 0;
  let warmSignalled = false;
  await new Promise<void>((resolve) => {
    const pace = setInterval(() => {
      const now = Date.now();
      if (!warmSignalled && now >= measureFrom) {
        warmSignalled = true;
        send({ type: 'warm' });
      }
      if (now >= end) {
        clearInterval(pace);
        resolve();
        return;
      }
      const elapsed = (now - t0) / 1000;
      while (slackSent < Math.floor(elapsed * SLACK_RPS)) {
        slackSent++;
        choose(slackMix);
      }
      while (discordSent < Math.floor(elapsed * DISCORD_RPS)) {
        discordSent++;
        choose(discordMix);
      }
    }, 5);
  });
  const loadSeconds = (Date.now() - t0) / 1000;
  send({ type: 'loaded' });
  await new Promise<void>((resolve) => {
    const onMessage = (m: ToChild): void => {
      if (m.type !== 'digest-stopped') return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
  });
  // Let the last answers come in (or time out as errors).
  const drainUntil = Date.now() + ANSWER_TIMEOUT_MS + 500;
  while (pending.size > 0 && Date.now() < drainUntil) await sleep(20);
  sweep();
  clearInterval(sweeper);
  for (const [key, p] of pending) fail(`${p.kind}: no answer by the end`, key);
  pending.clear();

  const kinds = {} as Record<Kind, KindResult>;
  const everything: number[] = [];
  for (const kind of KINDS) {
    const sorted = [...latencies[kind]].sort((a, b) => a - b);
    everything.push(...sorted);
    kinds[kind] = { sent: sent[kind], answered: answered[kind], measured: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
  }
  everything.sort((a, b) => a - b);
  const result: DriverResult = {
    loadSeconds,
    measuredSeconds: Math.max(0.001, loadSeconds - WARMUP_SECONDS),
    kinds,
    all: { measured: everything.length, p50: percentile(everything, 0.5), p99: percentile(everything, 0.99), max: everything[everything.length - 1] ?? Number.NaN },
    errors,
    errorSamples,
    digestsSeen,
  };
  send({ type: 'done', result });

  // The bot stops first (its Discord client is destroyed), then the stand-ins close.
  await new Promise<void>((resolve) =>
    process.on('message', (m: ToChild) => {
      if (m.type === 'close') resolve();
    }),
  );
  agent.destroy();
  await slack.close();
  await discord.close();
  send({ type: 'closed' });
  process.disconnect();
}

// ------------------------------------------------------------------------------------------------------------

if (require.main === module) {
  if (process.argv.includes('--driver')) {
    runDriver().catch((err: unknown) => {
      process.stderr.write(`soak driver: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
  } else {
    runBot().then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        process.stderr.write(`soak: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exitCode = 1;
      },
    );
  }
}

