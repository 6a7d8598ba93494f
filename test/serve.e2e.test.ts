/**
 * `serve` end to end: the real `start()` of src/main.ts with a configuration from `loadConfig()`, Slack in
 * HTTP mode and Discord both pointed at the loopback stand-ins, a real SQLite file. One process answers a
 * signed Slack /ask and a Discord INTERACTION_CREATE, keeps answering through Web API faults, a gateway
 * resume and a database that turns read-only, loses no logged question or vote, and stops cleanly. Then,
 * separately, the real CLI as a child process: SIGTERM exits 0, and a bad database path or a broken fact base
 * fails fast with a clear message.
 *
 * The one thing not reachable from outside is the store's connection: making a running SQLite connection
 * read-only. chmod 0444 on the file changes nothing for a connection already open (and nothing at all for
 * root, which these machines run tests as), so the store start() opened (Running.store) is switched to
 * `PRAGMA query_only`: every write on it then fails with SQLITE_READONLY, exactly as on a read-only file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { InteractionType, type APIInteraction } from 'discord.js';
import { z } from 'zod';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { start, type Running } from '../src/main';
import type { SqliteStore } from '../src/store/sqlite-store';
import { startDiscordStandin, type DiscordStandin, type InteractionInit } from './fakes/discord-standin';
import { blockActionBody, eventBody, postSigned, SLACK_STANDIN_IDS, slashCommandBody, startSlackStandin, type SlackStandin } from './fakes/slack-standin';
import { CLI, FACTS, tempDir } from './helpers';

// The store start() opens, captured so a test can make its connection read-only (see the header).

const SIGNING_SECRET = 'serve-test-signing-secret';
const BOT_TOKEN = 'xoxb-serve-test';
const STARMER_Q = 'Which app did Starmer use to message Trump?';
const GENEROUS_RATES = {
  FACTDESK_RATE_USER_BURST: '1000',
  FACTDESK_RATE_USER_PER_MIN: '10000',
  FACTDESK_RATE_CHANNEL_BURST: '10000',
  FACTDESK_RATE_CHANNEL_PER_MIN: '100000',
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something defined; fails naming `what` after `timeoutMs`. */
async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** The environment a deployment would set, pointed at the stand-ins. */
function serveEnv(slack: SlackStandin, discord: DiscordStandin, dbPath: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_URL: discord.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    FACTDESK_DB: dbPath,
    LOG_LEVEL: 'info',
    ...GENEROUS_RATES,
  };
}

const LogLine = z.object({ level: z.number(), msg: z.string().default('') }).passthrough();
type LogLine = z.infer<typeof LogLine>;

function parseLog(raw: string): LogLine | undefined {
  try {
    return LogLine.parse(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** What a person reads in a Discord callback or message body. */
const Embed = z.object({ title: z.string().optional(), description: z.string().optional(), fields: z.array(z.object({ name: z.string(), value: z.string() })).optional() });
const DiscordBody = z.object({
  embeds: z.array(Embed).optional(),
  components: z.array(z.object({ components: z.array(z.object({ custom_id: z.string().optional() }).passthrough()) })).optional(),
  allowed_mentions: z.object({ parse: z.array(z.string()) }).optional(),
});
const Callback = z.object({ type: z.number(), data: DiscordBody.optional() });

function discordText(body: z.infer<typeof DiscordBody>): string {
  return (body.embeds ?? []).flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]).filter(Boolean).join('\n');
}

/** Every `text` string anywhere in a Slack message. */
function slackTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(slackTexts);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [v] : slackTexts(v)));
}

/** The 👍 button of a rendered Slack message: its value is the logged answer's id. */
function slackVoteUp(message: unknown): { action_id: string; value: string } | undefined {
  const found: { action_id: string; value: string }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (o.type === 'button' && typeof o.action_id === 'string' && /vote.*up/.test(o.action_id) && typeof o.value === 'string') {
      found.push({ action_id: o.action_id, value: o.value });
    }
    Object.values(o).forEach(walk);
  };
  walk(message);
  return found[0];
}

/** A libuv handle as Node exposes it (servers, sockets, child processes). */
interface Handle {
  constructor: { name: string };
  localPort?: number;
  remotePort?: number;
}

/** Node's list of open handles (undocumented but long-standing): what keeps a process from exiting, by object. */
function activeHandles(): Handle[] {
  return (process as unknown as { _getActiveHandles(): Handle[] })._getActiveHandles();
}

// =================================================================================================================
// One process, in this one: start() → traffic and faults → stop()
// =================================================================================================================

describe('serve in-process: start() with Slack (HTTP) and Discord on the stand-ins', () => {
  let slack: SlackStandin;
  let discord: DiscordStandin;
  let dir: string;
  let dbPath: string;
  let running: Running | undefined;
  let store: SqliteStore;
  let base: string;
  const rawLog: string[] = [];
  const logLines = (): LogLine[] => rawLog.map(parseLog).filter((l): l is LogLine => l !== undefined);
  /** Questions the bot answered: every one must be in the log at the end. */
  const asked: string[] = [];
  /** Votes clicked: every one must be in the votes table at the end. */
  const voted: { questionId: number; value: 1 | -1 }[] = [];
  let baselineResources: string[] = [];
  let baselineHandles = new Set<Handle>();
  let seq = 0;

  const events = (): string => `${base}/slack/events`;
  const loggedQuestions = (): string[] => store.db.prepare<[], { question: string }>('SELECT question FROM questions').all().map((r) => r.question);
  const isLogged = (q: string): true | undefined => (store.db.open && loggedQuestions().includes(q) ? true : undefined);

  /**
   * A signed /ask (or another command); resolves with the answer: in the HTTP response when the command was
   * answered within Slack's 3 s (the ack carries it), else the post to the command's response_url.
   */
  async function slashCommand(command: string, text: string, user = `U0ASK${++seq}`): Promise<{ status: number; body: unknown }> {
    const id = `serve-${++seq}`;
    const res = await postSigned(
      events(),
      SIGNING_SECRET,
      slashCommandBody({ command, text, user_id: user, channel_id: 'C0SERVE', response_url: slack.responseUrl(id) }),
    );
    expect(res.status).toBe(200);
    if (res.body.trim()) return { status: res.status, body: JSON.parse(res.body) as unknown };
    const response = await slack.waitForResponse((r) => r.id === id, 8_000);
    return { status: res.status, body: response.body };
  }

  /** A signed app_mention; resolves once Slack has been sent `posts` chat.postMessage calls for it. */
  async function mention(question: string, posts = 1, timeoutMs = 8_000): Promise<{ ts: string; calls: number[] }> {
    const ts = `1700000200.${String(++seq).padStart(6, '0')}`;
    const event = { type: 'app_mention', user: `U0MEN${seq}`, text: `<@${SLACK_STANDIN_IDS.botUserId}> ${question}`, ts, channel: 'C0SERVE' };
    const res = await postSigned(events(), SIGNING_SECRET, eventBody(event), { contentType: 'json' });
    expect(res.status).toBe(200);
    const calls = await eventually(
      `${posts} chat.postMessage call(s) in thread ${ts}`,
      () => {
        const matching = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts).map((c) => c.at);
        return matching.length >= posts ? matching : undefined;
      },
      timeoutMs,
    );
    return { ts, calls };
  }

  /** Dispatches an INTERACTION_CREATE and resolves with its callback. */
  async function interact(init: InteractionInit): Promise<{ d: APIInteraction; callback: z.infer<typeof Callback> }> {
    const d = discord.interaction(init);
    expect(discord.dispatch('INTERACTION_CREATE', d)).toBe(1);
    const path = `/api/v10/interactions/${d.id}/${d.token}/callback`;
    const req = await discord.waitForRequest((r) => r.method === 'POST' && r.path === path, 8_000);
    expect(req.status).toBe(204);
    return { d, callback: Callback.parse(req.body) };
  }

  async function getJson(path: string): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, body: await res.json() };
  }

  beforeAll(async () => {
    slack = await startSlackStandin();
    discord = await startDiscordStandin();
    dir = tempDir('factdesk-serve-');
    dbPath = join(dir, 'factdesk.db');
    const loaded = loadConfig(serveEnv(slack, discord, dbPath));
    if (!loaded.ok) throw new Error(loaded.error);
    baselineResources = process.getActiveResourcesInfo();
    baselineHandles = new Set(activeHandles());
    running = await start(loaded.config, createLogger('info', { write: (line: string) => void rawLog.push(line) }));
    store = running.store;
    base = `http://127.0.0.1:${running.port() ?? 0}`;
  });

  afterAll(async () => {
    if (process.env.SERVE_TEST_LOG) process.stderr.write(`${rawLog.join('')}\n`);
    // The bot first (Discord's client destroyed), the stand-ins after: the other order reconnects forever.
    await running?.stop();
    await slack?.close();
    await discord?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds the port it was given (0: a free one) and answers GET /healthz and /readyz with 200 and details', async () => {
    expect(running?.port()).toBeGreaterThan(0);
    const health = await getJson('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, details: { platforms: { slack: true, discord: true } } });

    const ready = await getJson('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ok: true, details: { database: true, writable: true, platforms: { slack: true, discord: true } } });
    expect(z.object({ details: z.object({ facts: z.number() }) }).parse(ready.body).details.facts).toBeGreaterThan(0);
    expect(running?.health('readyz').ok).toBe(true);
  });

  it('warms the engine up after it starts, between events, and logs when it has', async () => {
    const warmed = (): boolean => rawLog.some((l) => l.includes('"engine warmed up"'));
    for (let i = 0; i < 100 && !warmed(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(warmed()).toBe(true);
    const line = rawLog.find((l) => l.includes('"engine warmed up"')) ?? '{}';
    expect(z.object({ ms: z.number().nonnegative() }).parse(JSON.parse(line))).toBeTruthy();
  });

  it('answers a signed Slack /ask and a Discord INTERACTION_CREATE, and logs both questions', async () => {
    const { body } = await slashCommand('/ask', STARMER_Q);
    expect(slackTexts(body).join('\n')).toContain('WhatsApp');
    asked.push(STARMER_Q);

    const dq = 'Who did Macron call?';
    const { callback } = await interact({ name: 'ask', options: { question: dq } });
    expect(callback.type).toBe(4);
    expect(discordText(callback.data ?? {})).toMatch(/Macron/);
    expect(callback.data?.allowed_mentions?.parse).toEqual([]);
    asked.push(dq);

    await eventually('both questions in the log', () => (isLogged(STARMER_Q) && isLogged(dq) ? true : undefined));
    // One process, one log: a command line from each platform.
    const commands = logLines().filter((l) => l.msg === 'command');
    expect(new Set(commands.map((l) => l.platform))).toEqual(new Set(['slack', 'discord']));
  });

  it('records a 👍 clicked on Slack and a 👎 clicked on Discord against the logged answers', async () => {
    const q = 'What did Trump and Macron say to each other?';
    const { body } = await slashCommand('/ask', q);
    asked.push(q);
    const up = slackVoteUp(body);
    expect(up).toBeDefined();
    const click = await postSigned(
      events(),
      SIGNING_SECRET,
      blockActionBody({ actionId: up?.action_id ?? '', value: up?.value ?? '', channelId: 'C0SERVE', userId: 'U0VOTER', messageTs: '1700000300.000001', responseUrl: slack.responseUrl() }),
    );
    expect(click.status).toBe(200);
    voted.push({ questionId: Number(up?.value), value: 1 });

    const dq = 'Which leaders called Trump?';
    const { callback } = await interact({ name: 'ask', options: { question: dq } });
    asked.push(dq);
    const down = (callback.data?.components ?? []).flatMap((r) => r.components).find((b) => /vote.*down/.test(b.custom_id ?? ''));
    expect(down?.custom_id).toBeDefined();
    await interact({ type: InteractionType.MessageComponent, customId: down?.custom_id ?? '' });
    const downId = Number(/(\d+)/.exec(down?.custom_id ?? '')?.[1]);
    voted.push({ questionId: downId, value: -1 });

    const votes = store.db.prepare<[number], { value: number }>('SELECT value FROM votes WHERE question_id = ?');
    await eventually('both votes stored', () => (votes.get(Number(up?.value))?.value === 1 && votes.get(downId)?.value === -1 ? true : undefined));
  });

  describe('faults: the bot keeps serving and loses no logged question', () => {
    it('Slack Web API answering 500, then 200: the mention is answered on the retry and logged', async () => {
      slack.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
      const q = 'Who called Trump the most?';
      const { calls } = await mention(q, 2, 15_000);
      asked.push(q);
      expect(calls.length).toBe(2);
      await eventually('the mention in the log', () => isLogged(q));
      // And the very next request is answered at once.
      const next = await slashCommand('/whocalled', 'Starmer');
      expect(slackTexts(next.body).join('\n')).toMatch(/Starmer/);
      asked.push('/whocalled Starmer');
    }, 30_000);

    it('Slack Web API answering 429 with Retry-After: 1, then 200: the answer waits out the second and arrives', async () => {
      slack.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } });
      const q = 'How did Starmer seal the tariff deal?';
      const { calls } = await mention(q, 2, 15_000);
      asked.push(q);
      const [first = 0, second = 0] = calls;
      expect(second - first).toBeGreaterThanOrEqual(950);
      await eventually('the mention in the log', () => isLogged(q));
      const next = await slashCommand('/ask', STARMER_Q);
      expect(slackTexts(next.body).join('\n')).toContain('WhatsApp');
      asked.push(STARMER_Q);
    }, 30_000);

    it('a reply Slack refuses (chat.postMessage ok:false, not retried): logged as an error; the question is kept and the next request is answered', async () => {
      slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'invalid_blocks' } });
      const errorsBefore = logLines().filter((l) => l.level >= 50).length;
      const q = 'Which leader is the most striking example?';
      await mention(q); // The stand-in records the post it refuses.
      asked.push(q);
      await eventually('the failed reply logged as an error', () => (logLines().filter((l) => l.level >= 50).length > errorsBefore ? true : undefined));
      await eventually('the question in the log', () => isLogged(q));
      const next = await mention('Who did Macron call?');
      expect(next.calls).toHaveLength(1);
      asked.push('Who did Macron call?');
      const again = await slashCommand('/ask', STARMER_Q);
      expect(slackTexts(again.body).join('\n')).toContain('WhatsApp');
    }, 30_000);

    it('the Discord gateway closing with 4000 (resumable): the client resumes and the next interaction is answered', async () => {
      const resumes = discord.resumes;
      const identifies = discord.identifies;
      await discord.closeClients(4000, 'Unknown error');
      await discord.waitForResume(resumes + 1, 10_000);
      expect(discord.identifies).toBe(identifies); // resumed, not re-identified
      await eventually('readyz back to 200', async () => ((await getJson('/readyz')).status === 200 ? true : undefined));
      const q = 'Who did Macron call?';
      const { callback } = await interact({ name: 'ask', options: { question: q } });
      expect(discordText(callback.data ?? {})).toMatch(/Macron/);
      asked.push(q);
      await eventually('the question in the log', () => isLogged(q));
    }, 30_000);

    it('the database turning read-only mid-run: answers still arrive, an error is logged, no crash; once writable again nothing is lost', async () => {
      const errorsBefore = logLines().filter((l) => l.level >= 50).length;
      chmodSync(dbPath, 0o444); // What an operator would do; no effect on an open connection (see the header).
      store.db.pragma('query_only = ON');
      try {
        expect(() => store.db.prepare('INSERT INTO seen_events (key, at) VALUES (?, ?)').run('serve-test:probe', 'x')).toThrow(/readonly/i);

        // Distinct wordings, so each one's row can be looked for; answered or refused, an answer must arrive.
        const sq = 'Which messaging app did Starmer use with Trump?';
        const { body } = await slashCommand('/ask', sq);
        expect(slackTexts(body).join('\n').length).toBeGreaterThan(0);
        asked.push(sq);
        const dq = 'Did Macron call Trump often?';
        const { callback } = await interact({ name: 'ask', options: { question: dq } });
        expect(callback.type).toBe(4);
        expect(discordText(callback.data ?? {}).length).toBeGreaterThan(0);
        asked.push(dq);
        const mq = 'What nickname did Trump give Macron?';
        await mention(mq);
        asked.push(mq);

        const failure = await eventually('a logged error about the question log', () =>
          logLines()
            .slice(errorsBefore)
            .find((l) => l.level >= 50 && /question log|log write|question/i.test(l.msg)),
        );
        expect(failure.msg).toMatch(/question log/i);
        expect(running?.health('healthz').ok).toBe(true);
        expect((await getJson('/healthz')).status).toBe(200);
        // Still ready (answers don't need the database), and the details say writes fail, and why.
        const ready = await getJson('/readyz');
        expect(ready.status).toBe(200);
        expect(ready.body).toMatchObject({ ok: true, details: { database: true, writable: false } });
        expect(z.object({ details: z.object({ writeError: z.string() }) }).parse(ready.body).details.writeError).toMatch(/SQLITE_READONLY/);
      } finally {
        store.db.pragma('query_only = OFF');
        chmodSync(dbPath, 0o644);
      }

      // A later question is logged; so, once the store takes writes again, are the ones asked meanwhile.
      const later = 'Which leaders called Trump, after?';
      await slashCommand('/ask', later);
      asked.push(later);
      await eventually('the later question in the log', () => isLogged(later), 45_000, 200);
      const missing = asked.filter((q) => !loggedQuestions().includes(q));
      expect(missing).toEqual([]);
      const ready = await getJson('/readyz');
      expect(ready.body).toMatchObject({ ok: true, details: { database: true, writable: true } });
      expect(ready.body).not.toHaveProperty('details.writeError');
    }, 60_000);

    it('a 👍 on an answer given while the database was read-only is recorded once it is writable', async () => {
      const q = 'Who called Trump first?';
      const { body } = await slashCommand('/ask', q);
      asked.push(q);
      const up = slackVoteUp(body);
      expect(up).toBeDefined();
      await postSigned(
        events(),
        SIGNING_SECRET,
        blockActionBody({ actionId: up?.action_id ?? '', value: up?.value ?? '', channelId: 'C0SERVE', userId: 'U0VOTER2', messageTs: '1700000300.000002', responseUrl: slack.responseUrl() }),
      );
      voted.push({ questionId: Number(up?.value), value: 1 });
      const votes = store.db.prepare<[number], { value: number }>('SELECT value FROM votes WHERE question_id = ?');
      await eventually('the vote stored', () => (votes.get(Number(up?.value))?.value === 1 ? true : undefined));
    }, 30_000);
  });

  describe('stop()', () => {
    it('destroys the Discord client, closes the port and the database, keeps every question and vote, leaves nothing running', async () => {
      expect(discord.connectedClients).toBe(1);
      const port = running?.port() ?? 0;
      await running?.stop();
      await running?.stop(); // safe twice

      // The stand-in sees the gateway socket close.
      await eventually('the gateway socket closed', () => (discord.connectedClients === 0 ? true : undefined), 5_000);
      // Nothing listens on the port any more.
      const refused = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
      });
      expect(refused).toBe('ECONNREFUSED');
      // The database is closed: the connection says so, and SQLite checkpointed and removed the WAL file.
      expect(store.db.open).toBe(false);
      expect(existsSync(`${dbPath}-wal`)).toBe(false);
      expect(running?.health('readyz').ok).toBe(false);

      // Every question answered and every vote clicked is in the file.
      const db = new Database(dbPath, { readonly: true });
      try {
        const questions = db.prepare<[], { question: string }>('SELECT question FROM questions').all().map((r) => r.question);
        expect(asked.filter((q) => !questions.includes(q))).toEqual([]);
        const votes = db.prepare<[], { question_id: number; value: number }>('SELECT question_id, value FROM votes').all();
        for (const v of voted) expect(votes).toContainEqual({ question_id: v.questionId, value: v.value });
      } finally {
        db.close();
      }

      // "Exits on its own": nothing start() opened still holds the event loop. Handles (servers, sockets)
      // are compared by identity with those open before start(), leaving out the stand-ins' own ends of
      // connections the bot's HTTP clients pooled (the bot's ends are idle and unref'd); timers by count.
      await sleep(200);
      const standinPorts = new Set([new URL(slack.baseUrl).port, new URL(discord.apiUrl).port].map(Number));
      const leftHandles = activeHandles()
        .filter((h) => !baselineHandles.has(h))
        .filter((h) => !(typeof h.localPort === 'number' && standinPorts.has(h.localPort)))
        .map((h) => `${h.constructor.name} ${h.localPort ?? ''}→${h.remotePort ?? ''}`);
      expect(leftHandles).toEqual([]);
      const timers = (list: string[]): number => list.filter((t) => t === 'Timeout' || t === 'Immediate').length;
      expect(timers(process.getActiveResourcesInfo())).toBeLessThanOrEqual(timers(baselineResources));
      // And it said so.
      expect(logLines().some((l) => l.msg === 'factdesk stopped')).toBe(true);
    }, 30_000);
  });
});

// =================================================================================================================
// The real CLI in a child process
// =================================================================================================================

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Killed by the harness after its deadline (it would have run on). */
  killed: boolean;
}

const children = new Set<ChildProcess>();

/** `node dist/src/cli.js <args>` in a temp cwd (no stray .env) with exactly `env`; killed after `deadlineMs`. */
function spawnCli(args: string[], env: Record<string, string>, cwd: string): { child: ChildProcess; done: (deadlineMs: number) => Promise<CliRun>; stderrLines: () => string[] } {
  const t0 = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    stderrLines: () => stderr.split('\n').filter((l) => l.trim() !== ''),
    async done(deadlineMs) {
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, deadlineMs);
      const { code, signal } = await exited;
      clearTimeout(timer);
      // Let the pipes drain.
      await sleep(20);
      return { code, signal, stdout, stderr, ms: Date.now() - t0, killed };
    },
  };
}

afterAll(() => {
  // Whatever a failed test left running, by pid.
  for (const child of children) if (child.pid !== undefined && child.exitCode === null) child.kill('SIGKILL');
});

describe('serve as a child process: `node dist/src/cli.js serve`', () => {
  let slack: SlackStandin;
  let discord: DiscordStandin;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`);
    slack = await startSlackStandin();
    discord = await startDiscordStandin();
    dir = tempDir('factdesk-serve-cli-');
  });

  afterAll(async () => {
    await slack?.close();
    await discord?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves, then on SIGTERM logs the shutdown, closes the gateway and exits 0 within a few seconds', async () => {
    const dbPath = join(dir, 'child.db');
    const run = spawnCli(['serve'], serveEnv(slack, discord, dbPath), dir);
    const lines = (): LogLine[] => run.stderrLines().map(parseLog).filter((l): l is LogLine => l !== undefined);
    const serving = await eventually('"factdesk serving" on stderr', () => lines().find((l) => l.msg === 'factdesk serving'), 15_000);
    const port = z.object({ port: z.number() }).parse(serving).port;

    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    await discord.ready();
    expect(discord.connectedClients).toBe(1);
    const id = 'child-ask';
    const res = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      SIGNING_SECRET,
      slashCommandBody({ command: '/ask', text: STARMER_Q, channel_id: 'C0CHILD', response_url: slack.responseUrl(id) }),
    );
    expect(res.status).toBe(200);
    // Answered in the ack when quick, else through the response_url.
    const answer: unknown = res.body.trim() ? JSON.parse(res.body) : (await slack.waitForResponse((r) => r.id === id, 8_000)).body;
    expect(slackTexts(answer).join('\n')).toContain('WhatsApp');

    const t0 = Date.now();
    run.child.kill('SIGTERM');
    const result = await run.done(10_000);
    expect({ code: result.code, signal: result.signal, killed: result.killed }).toEqual({ code: 0, signal: null, killed: false });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(lines().find((l) => l.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM' });
    expect(lines().some((l) => l.msg === 'factdesk stopped')).toBe(true);
    expect(lines().filter((l) => l.level >= 50)).toEqual([]);
    expect(discord.connectedClients).toBe(0);

    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.prepare<[], { question: string }>('SELECT question FROM questions').all().map((r) => r.question)).toContain(STARMER_Q);
    } finally {
      db.close();
    }
  }, 40_000);

  /** Runs `serve` expected to refuse to start; returns what it printed. */
  async function failingServe(env: Record<string, string>): Promise<CliRun> {
    const run = spawnCli(['serve'], { ...serveEnv(slack, discord, join(dir, 'unused.db')), ...env }, dir);
    return run.done(8_000);
  }

  function expectOneClearLine(r: CliRun, pattern: RegExp): void {
    expect({ killed: r.killed, code: r.code }).toEqual({ killed: false, code: 1 });
    expect(r.ms).toBeLessThan(5_000);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^factdesk: /);
    expect(lines[0]).toMatch(pattern);
  }

  it('fails fast with one clear line for a database path under a regular file (ENOTDIR)', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a directory');
    const r = await failingServe({ FACTDESK_DB: join(file, 'x.db') });
    expectOneClearLine(r, /Cannot open the database at .*a-file\/x\.db/);
    expect(discord.connectedClients).toBe(0);
  }, 20_000);

  it('fails fast with one clear line for an unwritable FACTDESK_DB under /proc', async () => {
    const r = await failingServe({ FACTDESK_DB: '/proc/forbidden/x.db' });
    if (r.killed) {
      throw new Error(
        `serve was still running after ${r.ms} ms with FACTDESK_DB=/proc/forbidden/x.db (killed). ` +
          "openSqliteStore's mkdirSync(dir, { recursive: true }) spins forever at 100 % CPU when a parent exists but mkdir answers ENOENT (procfs).",
      );
    }
    expectOneClearLine(r, /Cannot open the database at \/proc\/forbidden\/x\.db/);
  }, 20_000);

  it('fails fast for a broken fact base, naming the file and the problem, no stack trace', async () => {
    const facts = join(dir, 'facts-broken');
    cpSync(FACTS, facts, { recursive: true });
    const story = join(facts, 'trump-leader-calls', 'facts.yml');
    writeFileSync(story, readFileSync(story, 'utf8').replace('quote:', 'qoute:'));
    const r = await failingServe({ FACTDESK_FACTS: facts });
    expect({ killed: r.killed, code: r.code }).toEqual({ killed: false, code: 1 });
    expect(r.ms).toBeLessThan(5_000);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    // A heading and one line per problem, each naming the file, the fact and the field; no log noise, no stack.
    expect(lines[0]).toBe('factdesk: The fact base has problems:');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^trump-leader-calls\/facts\.yml: fact [\w-]+: field /);
    expect(r.stderr).toMatch(/qoute/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/^\{/m);
    expect(discord.connectedClients).toBe(0);
  }, 20_000);
});
