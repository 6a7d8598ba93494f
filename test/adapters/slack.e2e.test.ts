/**
 * The Slack adapter end to end on loopback: the real @slack/bolt App (HTTP receiver and Socket Mode), the
 * real core, bot and SQLite store, against the Slack stand-in. Nothing of ours is mocked. HTTP adapters run
 * with processBeforeResponse so that a request's answer is back only after its listeners have finished:
 * "nothing was sent" can then be asserted without waiting.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';
import { createSlackAdapter, createSlackPoster, type SlackAdapter, type SlackAdapterOptions } from '../../src/adapters/slack';
import { DeliveryError } from '../../src/adapters/port';
import { createBot, type Bot } from '../../src/bot';
import { packageRoot, type SlackConfig } from '../../src/config';
import { buildCore } from '../../src/core/bootstrap';
import { BUILTIN } from '../../src/core/registry';
import { infoReply } from '../../src/core/reply';
import { createLogger } from '../../src/logger';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite-store';
import {
  blockActionBody,
  eventBody,
  postSigned,
  SLACK_STANDIN_IDS,
  slashCommandBody,
  startSlackStandin,
  type RecordedCall,
  type SlackStandin,
} from '../fakes/slack-standin';

const SIGNING_SECRET = 'test-signing-secret';
const BOT_TOKEN = 'xoxb-test-bot-token';
const APP_TOKEN = 'xapp-test-app-token';
const { botUserId: BOT, userId: USER } = SLACK_STANDIN_IDS;
const STARMER_Q = 'Which app did Starmer use to message Trump?';

let standin: SlackStandin;
let dir: string;
let store: SqliteStore;
let bot: Bot;
/** Every log line, as JSON text, to check what the adapter logs. */
const logLines: string[] = [];
const logger = createLogger('info', { write: (line: string) => void logLines.push(line) });
const adapters: SlackAdapter[] = [];

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

const Sent = z.object({
  response_type: z.string().optional(),
  text: z.string(),
  blocks: z.array(z.record(z.string(), z.unknown())),
  thread_ts: z.string().optional(),
  channel: z.string().optional(),
  user: z.string().optional(),
});
type Sent = z.infer<typeof Sent>;

/** A response_url body or a Web API call's arguments, checked to be a message. */
function sent(value: unknown): Sent {
  return Sent.parse(value);
}

/** Every `text` string anywhere in a value (blocks, elements, fallback). */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [v] : texts(v)));
}

const posts = (): RecordedCall[] => standin.calls.filter((c) => c.method === 'chat.postMessage');

function config(over: Partial<SlackConfig> = {}): SlackConfig {
  return { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: standin.apiUrl, privateReplies: false, ...over };
}

async function startAdapter(over: Partial<SlackAdapterOptions> = {}): Promise<{ adapter: SlackAdapter; url: string }> {
  const adapter = createSlackAdapter({
    config: config(),
    bot,
    port: 0,
    host: '127.0.0.1',
    retryConfig: { retries: 0 },
    processBeforeResponse: true,
    logger,
    ...over,
  });
  adapters.push(adapter);
  await adapter.start();
  return { adapter, url: `http://127.0.0.1:${adapter.boundPort() ?? 0}/slack/events` };
}

let seq = 0;
/** A unique message timestamp. */
const nextTs = (): string => `1700000100.${String(++seq).padStart(6, '0')}`;

/** Ack bodies by command id: a slash command's answer normally arrives in the ack itself. */
const ackBodies = new Map<string, string>();

function command(url: string, cmd: string, text: string, channel: string = SLACK_STANDIN_IDS.channelId): Promise<{ status: number; id: string }> {
  const id = `cmd-${++seq}`;
  return postSigned(url, SIGNING_SECRET, slashCommandBody({ command: cmd, text, channel_id: channel, response_url: standin.responseUrl(id) })).then((r) => {
    ackBodies.set(id, r.body);
    return { status: r.status, id };
  });
}

/** A slash command's answer: the message in its ack, or (when the ack went out empty) its response_url post. */
async function responseTo(id: string): Promise<Sent> {
  const body = ackBodies.get(id);
  if (body && body.trim().startsWith('{')) return sent(JSON.parse(body) as unknown);
  return sent((await standin.waitForResponse((r) => r.id === id)).body);
}

function mention(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'app_mention', user: USER, text, ts: nextTs(), channel: SLACK_STANDIN_IDS.channelId, ...extra };
}

function channelMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', user: USER, text, ts: nextTs(), channel: SLACK_STANDIN_IDS.channelId, channel_type: 'channel', ...extra };
}

function sendEvent(url: string, event: Record<string, unknown>, opts: { eventId?: string; headers?: Record<string, string> } = {}) {
  return postSigned(url, SIGNING_SECRET, eventBody(event, { eventId: opts.eventId }), { contentType: 'json', headers: opts.headers });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------
// Setup
// ---------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  standin = await startSlackStandin();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-slack-'));
  store = openSqliteStore(join(dir, 'factdesk.db'));
  const core = buildCore(join(packageRoot(), 'facts'), { store });
  if (!core.ok) throw new Error(core.error);
  // Generous limits: these tests are about Slack, not the rate limiter.
  const rate = { userBurst: 1000, userPerMin: 1000, channelBurst: 1000, channelPerMin: 1000 };
  bot = createBot({ core: core.core, store, logger, rate, userSalt: 'test' });
});

afterAll(async () => {
  for (const a of adapters) await a.stop();
  await standin.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------
// HTTP mode
// ---------------------------------------------------------------------------------------------------------

describe('Slack adapter over HTTP', () => {
  let adapter: SlackAdapter;
  let url: string;
  let authTest: RecordedCall | undefined;

  beforeAll(async () => {
    standin.clear();
    ({ adapter, url } = await startAdapter());
    authTest = standin.calls.find((c) => c.method === 'auth.test');
  });

  beforeEach(() => standin.clear());

  it('starts after an awaited auth.test with the bot token and reports ready', async () => {
    expect(adapter.ready()).toBe(true);
    expect(adapter.mode).toBe('http');
    expect(authTest?.token).toBe(BOT_TOKEN);
    const health = await fetch(`http://127.0.0.1:${adapter.boundPort() ?? 0}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, platform: 'slack', mode: 'http' });
  });

  it("keeps an idle keep-alive connection open past Node's 5 s default, so a reused one is not reset", async () => {
    const socket = connect(adapter.boundPort() ?? 0, '127.0.0.1');
    let received = '';
    let closed = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => (closed = true));
    const statuses = (): string[] => received.match(/HTTP\/1\.1 \d{3}/g) ?? [];
    const until = async (ok: () => boolean): Promise<void> => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    const get = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n';
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(get);
    await until(() => statuses().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 6_500)); // Node closes an idle one after 5 s (+1 s of grace)
    expect(closed).toBe(false);
    socket.write(get);
    await until(() => statuses().length === 2);
    expect(statuses()).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    socket.destroy();
  }, 15_000);

  describe('slash commands', () => {
    it('/whocalled Macron answers in the channel with the ¶5, ¶6 and ¶7 quotes', async () => {
      const { status, id } = await command(url, '/whocalled', 'Macron');
      const reply = await responseTo(id);

      expect(status).toBe(200);
      expect(reply.response_type).toBe('in_channel');
      const all = texts(reply.blocks).join('\n');
      expect(all).toContain('Emmanuel Macron');
      expect(all).toContain('*¶5* “The most striking example involves French President Emmanuel Macron');
      expect(all).toContain("*¶6* “Trump would say 'Emmanuellllll' and really draw out the l");
      expect(all).toContain('*¶7* “The person described it as the two heads of state "bro-ing out."”');
      expect(reply.text).toContain('Emmanuel Macron');
    });

    it('/ask answers in the channel with its source and suggestion buttons', async () => {
      const { id } = await command(url, '/ask', STARMER_Q);
      const reply = await responseTo(id);

      expect(reply.response_type).toBe('in_channel');
      expect(reply.text).toContain('WhatsApp');
      const context = reply.blocks.filter((b) => b.type === 'context');
      expect(texts(context)).toContain('*¶10* “British Prime Minister Keir Starmer reportedly used WhatsApp to message Trump” — the report');
      const actions = reply.blocks.find((b) => b.type === 'actions');
      expect(actions?.elements).toEqual(
        expect.arrayContaining([expect.objectContaining({ type: 'button', action_id: 'factdesk_suggest_0', value: '/whocalled Starmer' })]),
      );
    });

    it('/digest preview shows the digest with its section headers, to the asker only', async () => {
      const { id } = await command(url, '/digest', 'preview');
      const reply = await responseTo(id);

      // The command marks a preview private ("Only you see this"); the adapter follows Reply.visibility.
      expect(reply.response_type).toBe('ephemeral');
      const headers = reply.blocks.filter((b) => b.type === 'header');
      expect(texts(headers)).toEqual(expect.arrayContaining([expect.stringMatching(/^Daily digest — /), 'From the story', 'Questions in this channel']));
      expect(texts(reply.blocks).join('\n')).toMatch(/\*¶\d+\* “/);
    });

    it('/digest subscribe 25:00 is refused privately and nothing is stored', async () => {
      const { id } = await command(url, '/digest', 'subscribe 25:00', 'C0DIGEST');
      const reply = await responseTo(id);

      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain('"25:00" is not a time');
      expect(reply.text).toContain('Nothing was changed');
      await expect(store.subscription({ platform: 'slack', channel: 'C0DIGEST' })).resolves.toBeUndefined();
    });

    it('/digest subscribe 08:30 Europe/Paris stores the subscription for the channel', async () => {
      const { id } = await command(url, '/digest', 'subscribe 08:30 Europe/Paris', 'C0DIGEST2');
      const reply = await responseTo(id);

      expect(reply.text).toContain('Subscribed');
      await expect(store.subscription({ platform: 'slack', channel: 'C0DIGEST2' })).resolves.toMatchObject({ time: '08:30', tz: 'Europe/Paris' });
    });

    it('/about says what the bot knows; /help is private', async () => {
      const about = await responseTo((await command(url, '/about', '')).id);
      expect(about.response_type).toBe('in_channel');
      expect(texts(about.blocks)).toContain('About factdesk');
      expect(about.text).toContain('/whocalled');

      const help = await responseTo((await command(url, '/help', '')).id);
      expect(help.response_type).toBe('ephemeral');
      expect(help.text).toContain('/digest subscribe');
    });

    it('/listen on makes the bot answer questions in that channel, in a thread, and stay quiet otherwise', async () => {
      const on = await responseTo((await command(url, '/listen', 'on', 'C0LISTEN')).id);
      expect(on.response_type).toBe('in_channel');
      expect(on.text).toContain('Listening');

      const question = channelMessage(STARMER_Q, { channel: 'C0LISTEN' });
      expect((await sendEvent(url, question)).status).toBe(200);
      const post = await standin.waitForCall((c) => c.method === 'chat.postMessage');
      expect(post.args).toMatchObject({ channel: 'C0LISTEN', thread_ts: question.ts });
      expect(sent(post.argsParsed).text).toContain('WhatsApp');

      standin.clear();
      await sendEvent(url, channelMessage('What is the weather in Paris?', { channel: 'C0LISTEN' }));
      await sendEvent(url, channelMessage('lunch anyone', { channel: 'C0LISTEN' }));
      expect(posts()).toEqual([]);
    });

    it('reads a question addressed to @here in a listening channel as the question it is', async () => {
      await command(url, '/listen', 'on', 'C0LISTEN2');
      standin.clear();
      const question = channelMessage(`<!here> ${STARMER_Q}`, { channel: 'C0LISTEN2' });
      await sendEvent(url, question);

      const [post, ...more] = posts();
      expect(more).toEqual([]);
      expect(post?.args).toMatchObject({ channel: 'C0LISTEN2', thread_ts: question.ts });
      expect(sent(post?.argsParsed).text).toContain('WhatsApp');
    });

    it('stays silent on questions in a channel it is not listening in', async () => {
      await sendEvent(url, channelMessage(STARMER_Q, { channel: 'C0QUIET' }));
      expect(standin.calls).toEqual([]);
    });

    it('an unknown command gets private help', async () => {
      const reply = await responseTo((await command(url, '/nope', 'x')).id);
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain('I don\'t know the command "/nope"');
    });

    it('an oversized question (10,000 characters) gets an answer that says it was cut', async () => {
      const long = `${STARMER_Q} ${'and also tell me more about it '.repeat(330)}`.slice(0, 10_000);
      const reply = await responseTo((await command(url, '/ask', long)).id);

      expect(reply.text).toContain('Your question was long, so I read only its first 500 characters.');
      expect(reply.blocks.length).toBeLessThanOrEqual(50);
      for (const t of texts(reply.blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    });
  });

  describe('messages', () => {
    it('answers a mention in a thread under the message, without the mention in the question', async () => {
      const event = mention(`<@${BOT}> ${STARMER_Q}`, { channel: 'C0MENTION' });
      await sendEvent(url, event);

      const [post, ...more] = posts();
      expect(more).toEqual([]);
      expect(post?.token).toBe(BOT_TOKEN);
      expect(post?.args).toMatchObject({ channel: 'C0MENTION', thread_ts: event.ts, unfurl_links: 'false' });
      expect(sent(post?.argsParsed).text).toContain('WhatsApp');
      await bot.flush(); // the question log is written behind the answer
      const logged = await store.questionsSince({ platform: 'slack', channel: 'C0MENTION' }, undefined);
      expect(logged.map((q) => q.question)).toEqual([STARMER_Q]);
    });

    it('answers a follow-up mention inside a thread in that thread', async () => {
      const parent = '1700000000.000100';
      await sendEvent(url, mention(`<@${BOT}> what did Trump do with Rutte's messages?`, { thread_ts: parent }));

      const post = await standin.waitForCall((c) => c.method === 'chat.postMessage');
      expect(post.args).toMatchObject({ thread_ts: parent });
      expect(sent(post.argsParsed).text.toLowerCase()).toContain('rutte');
    });

    it('answers a direct message in the DM', async () => {
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', user: USER, text: STARMER_Q, ts: nextTs() });

      const [post, ...more] = posts();
      expect(more).toEqual([]);
      expect(post?.args.channel).toBe('D0DM');
      expect(post?.args.thread_ts).toBeUndefined();
      expect(sent(post?.argsParsed).text).toContain('WhatsApp');
    });

    it('runs a command typed in a DM', async () => {
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', user: USER, text: '/whocalled Rutte', ts: nextTs() });
      expect(sent(posts()[0]?.argsParsed).text).toContain('Mark Rutte');
    });

    it('answers a channel message that mentions the bot once, though Slack sends it twice', async () => {
      const ts = nextTs();
      const text = `<@${BOT}> ${STARMER_Q}`;
      await sendEvent(url, mention(text, { ts }));
      await sendEvent(url, channelMessage(text, { ts }));

      expect(posts()).toHaveLength(1);
    });

    it('answers a retried event (same event_id, X-Slack-Retry-Num: 1) once', async () => {
      const event = mention(`<@${BOT}> ${STARMER_Q}`);
      const first = await sendEvent(url, event, { eventId: 'EvRETRY00001' });
      const retry = await sendEvent(url, event, { eventId: 'EvRETRY00001', headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } });

      expect([first.status, retry.status]).toEqual([200, 200]);
      expect(posts()).toHaveLength(1);
    });

    it("ignores its own messages, other bots' messages, edits, deletions and joins", async () => {
      const q = STARMER_Q;
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', user: BOT, bot_id: 'B0BOT', text: q, ts: nextTs() });
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', subtype: 'bot_message', bot_id: 'B0OTHER', text: q, ts: nextTs() });
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', user: 'U0OTHERBOT', bot_id: 'B0OTHER', text: q, ts: nextTs() });
      await sendEvent(url, mention(`<@${BOT}> ${q}`, { user: 'U0OTHERBOT', bot_id: 'B0OTHER' }));
      const edited = { type: 'message', text: q, user: USER, ts: nextTs() };
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', subtype: 'message_changed', message: edited, ts: nextTs() });
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', subtype: 'message_deleted', previous_message: edited, ts: nextTs() });
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', subtype: 'channel_join', user: USER, text: `<@${USER}> has joined`, ts: nextTs() });

      expect(standin.calls).toEqual([]);
    });
  });

  describe('requests Slack did not sign', () => {
    it('refuses a wrong signature, missing headers and a stale timestamp with 401, and sends nothing', async () => {
      const body = slashCommandBody({ command: '/ask', text: STARMER_Q, response_url: standin.responseUrl('unsigned') });
      const event = eventBody(mention(`<@${BOT}> ${STARMER_Q}`));

      expect((await postSigned(url, 'not-the-secret', body)).status).toBe(401);
      expect((await postSigned(url, SIGNING_SECRET, body, { omitSignature: true })).status).toBe(401);
      expect((await postSigned(url, SIGNING_SECRET, event, { contentType: 'json', ts: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
      await sleep(100);
      expect(standin.calls).toEqual([]);
      expect(standin.responses).toEqual([]);
    });
  });

  describe('escaping', () => {
    it('never sends a raw <!channel>, <!everyone>, <!here> or <@U…> that users typed', async () => {
      const ask = await responseTo((await command(url, '/ask', '<!channel> who called Macron?')).id);
      const whocalled = await responseTo((await command(url, '/whocalled', '<!everyone>')).id);
      const user = await responseTo((await command(url, '/whocalled', '<@U0OTHER|someone>')).id);
      await sendEvent(url, mention(`<@${BOT}> <!here> did <!channel> call <@U0OTHER>?`));
      await sendEvent(url, { type: 'message', channel_type: 'im', channel: 'D0DM', user: USER, text: '/whocalled <!here>', ts: nextTs() });

      const everything = JSON.stringify([standin.responses, standin.calls.map((c) => c.args)]);
      expect(everything).not.toMatch(/<!channel|<!everyone|<!here|<@U/);
      expect(whocalled.text).toContain('&lt;!everyone&gt;');
      expect(texts(whocalled.blocks).join(' ')).toContain("The story doesn't name \"&lt;!everyone&gt;\"");
      expect(texts(user.blocks).join(' ')).toContain('&lt;@U0OTHER|someone&gt;');
      expect(ask.text).not.toContain('<');
      expect(posts()).toHaveLength(2);
    });
  });

  describe('suggestion buttons', () => {
    it('asks the suggested question and answers in the same thread', async () => {
      const click = blockActionBody({
        actionId: 'factdesk_suggest_1',
        value: STARMER_Q,
        channelId: 'C0001',
        userId: USER,
        messageTs: '1700000002.000100',
        threadTs: '1700000001.000100',
        responseUrl: standin.responseUrl('click-ask'),
      });
      expect((await postSigned(url, SIGNING_SECRET, click)).status).toBe(200);

      const post = await standin.waitForCall((c) => c.method === 'chat.postMessage');
      expect(post.args).toMatchObject({ channel: 'C0001', thread_ts: '1700000001.000100' });
      expect(sent(post.argsParsed).text).toContain('WhatsApp');
    });

    it('runs a suggested /command, answering privately under a private message', async () => {
      const click = blockActionBody({
        actionId: 'factdesk_suggest_0',
        value: '/whocalled Rutte',
        channelId: 'C0001',
        userId: USER,
        messageTs: '1700000003.000100',
        responseUrl: standin.responseUrl('click-cmd'),
      });
      // An ephemeral message has no thread: the answer goes back through the response_url.
      const payload = JSON.parse(click.payload ?? '{}') as { container: Record<string, unknown> };
      payload.container.is_ephemeral = true;
      await postSigned(url, SIGNING_SECRET, { payload: JSON.stringify(payload) });

      const reply = await responseTo('click-cmd');
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain('Mark Rutte');
      expect(posts()).toEqual([]);
    });

    it('answers through the response_url when the bot cannot post in the channel', async () => {
      standin.failNext('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
      const click = blockActionBody({
        actionId: 'factdesk_suggest_2',
        value: STARMER_Q,
        channelId: 'C0NOTIN',
        userId: USER,
        messageTs: '1700000004.000100',
        responseUrl: standin.responseUrl('click-fallback'),
      });
      await postSigned(url, SIGNING_SECRET, click);

      const reply = await responseTo('click-fallback');
      expect(reply.response_type).toBe('in_channel');
      expect(reply.text).toContain('WhatsApp');
    });
  });

  it('acks at once and answers through the response_url when the answer is not ready in time', async () => {
    const slow = await startAdapter({ ackBudgetMs: 0 });
    const r = await command(slow.url, '/ask', STARMER_Q);
    expect(r.status).toBe(200);
    expect(ackBodies.get(r.id)?.trim() ?? '').toBe('');
    const reply = sent((await standin.waitForResponse((x) => x.id === r.id)).body);
    expect(reply.response_type).toBe('in_channel');
    expect(texts(reply.blocks).join('\n')).toContain('WhatsApp');
  });

  it('answers in the ack within the budget, and through the response_url once a command outlasts it', async () => {
    // Commands from one channel take longer than the budget; the quick ones around them go in their acks.
    const slowChannel = 'C0SLOW';
    const slowBot: Bot = {
      ...bot,
      async command(inv, id) {
        if (inv.channel === slowChannel) await sleep(400);
        return bot.command(inv, id);
      },
    };
    const { url: slowUrl } = await startAdapter({ bot: slowBot, ackBudgetMs: 100 });
    const before = await command(slowUrl, '/ask', STARMER_Q);
    const late = command(slowUrl, '/ask', STARMER_Q, slowChannel);
    await sleep(50);
    const meanwhile = await command(slowUrl, '/ask', STARMER_Q);
    for (const quick of [before, meanwhile]) {
      expect(ackBodies.get(quick.id)?.trim()).toMatch(/^\{/);
      expect(texts((await responseTo(quick.id)).blocks).join('\n')).toContain('WhatsApp');
    }
    const r = await late;
    expect(r.status).toBe(200);
    expect(ackBodies.get(r.id)?.trim() ?? '').toBe('');
    const reply = sent((await standin.waitForResponse((x) => x.id === r.id)).body);
    expect(reply.response_type).toBe('in_channel');
    expect(texts(reply.blocks).join('\n')).toContain('WhatsApp');
  });

  describe('feedback votes', () => {
    const VOTE_CHANNEL = 'C0VOTE';
    const OTHER_USER = 'U0OTHER';
    let feedbackId = '';

    /** The vote buttons of a rendered message, as Slack would show them. */
    function voteButtons(message: Sent): { action_id: unknown; value: unknown }[] {
      return message.blocks
        .filter((b) => b.type === 'actions')
        .flatMap((b) => (Array.isArray(b.elements) ? (b.elements as Record<string, unknown>[]) : []))
        .filter((e) => typeof e.action_id === 'string' && e.action_id.startsWith('factdesk_vote_'))
        .map((e) => ({ action_id: e.action_id, value: e.value }));
    }

    /** Clicks a vote button on the answer; resolves with what the clicker was sent through the response_url. */
    async function vote(actionId: string, value: string, userId: string = USER, threadTs?: string): Promise<{ status: number; body: Record<string, unknown> }> {
      const id = `vote-${++seq}`;
      const click = blockActionBody({
        actionId,
        value,
        channelId: VOTE_CHANNEL,
        userId,
        messageTs: '1700000009.000100',
        threadTs,
        blockId: 'factdesk_feedback',
        responseUrl: standin.responseUrl(id),
      });
      const res = await postSigned(url, SIGNING_SECRET, click);
      const body = z.record(z.string(), z.unknown()).parse((await standin.waitForResponse((r) => r.id === id)).body);
      return { status: res.status, body };
    }

    /** The logged questions with their votes, as the editors' report reads them from the SQLite file. */
    async function rows(): Promise<Awaited<ReturnType<SqliteStore['reportRows']>>> {
      await bot.flush(); // the question log is written behind the answer
      return store.reportRows(undefined);
    }

    async function votesOn(id: string): Promise<{ up: number; down: number } | undefined> {
      const row = (await rows()).find((r) => String(r.id) === id);
      return row && { up: row.up, down: row.down };
    }

    async function totalVotes(): Promise<number> {
      return (await rows()).reduce((n, r) => n + r.up + r.down, 0);
    }

    /** Nothing but the private answer: the answer's message was not edited, deleted or posted again. */
    function expectAnswerUntouched(): void {
      expect(standin.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
      for (const r of standin.responses) expect(r.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    }

    it('an /ask answer carries 👍 / 👎 with the id of its logged question', async () => {
      const reply = await responseTo((await command(url, '/ask', STARMER_Q, VOTE_CHANNEL)).id);
      expect(reply.response_type).toBe('in_channel');
      const buttons = voteButtons(reply);
      expect(buttons.map((b) => b.action_id)).toEqual(['factdesk_vote_up', 'factdesk_vote_down']);
      feedbackId = String(buttons[0]?.value);
      expect(buttons[1]?.value).toBe(feedbackId);
      expect(feedbackId).toMatch(/^\d+$/);
      const row = (await rows()).find((r) => String(r.id) === feedbackId);
      expect(row).toMatchObject({ question: STARMER_Q, answered: true, up: 0, down: 0 });
    });

    it('a 👎 is stored in the database and only the clicker is thanked; the answer is left as it is', async () => {
      const { status, body } = await vote('factdesk_vote_down', feedbackId);
      expect(status).toBe(200);
      expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(sent(body).text).toMatch(/^Thanks/);
      expect(voteButtons(sent(body))).toEqual([]);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 0, down: 1 });
      expectAnswerUntouched();
    });

    it('the same user clicking 👍 changes the vote; another user’s vote adds to it', async () => {
      expect(sent((await vote('factdesk_vote_up', feedbackId)).body).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 0 });

      expect(sent((await vote('factdesk_vote_up', feedbackId)).body).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 0 });

      expect(sent((await vote('factdesk_vote_down', feedbackId, OTHER_USER)).body).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 1 });
      expectAnswerUntouched();
    });

    it('a forged id gets a private "could not record" and stores nothing', async () => {
      const before = await totalVotes();
      logLines.length = 0;
      for (const forged of ['abc', '999999', '-5', '1.5', '99999999999999999999', '', `${feedbackId} OR 1=1`]) {
        const { body } = await vote('factdesk_vote_down', forged);
        expect({ forged, body }).toMatchObject({ forged, body: { response_type: 'ephemeral', replace_original: false } });
        expect({ forged, text: sent(body).text }).toEqual({ forged, text: expect.stringMatching(/not (?:be )?recorded/) });
      }
      expect(await totalVotes()).toBe(before);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 1 });
      expectAnswerUntouched();
      // Logged with the request id, without the forged value.
      const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const invalid = lines.filter((l) => l.msg === 'vote with an invalid answer id');
      expect(invalid).toHaveLength(6);
      for (const l of invalid) expect(l).toMatchObject({ level: 40, requestId: expect.any(String) });
      expect(lines.filter((l) => l.msg === 'vote clicked')).toEqual([expect.objectContaining({ requestId: expect.any(String), feedbackId: 999999 })]);
      expect(logLines.join('\n')).not.toContain('OR 1=1');
    });

    it('answers with chat.postEphemeral in the thread when the response_url fails', async () => {
      standin.failNext('response_url', { status: 404, body: 'expired_url' });
      const id = `vote-${++seq}`;
      const click = blockActionBody({
        actionId: 'factdesk_vote_up',
        value: feedbackId,
        channelId: VOTE_CHANNEL,
        userId: OTHER_USER,
        messageTs: '1700000009.000200',
        threadTs: '1700000009.000100',
        responseUrl: standin.responseUrl(id),
      });
      await postSigned(url, SIGNING_SECRET, click);

      const ephemeral = await standin.waitForCall((c) => c.method === 'chat.postEphemeral');
      expect(ephemeral.args).toMatchObject({ channel: VOTE_CHANNEL, user: OTHER_USER, thread_ts: '1700000009.000100' });
      expect(sent(ephemeral.argsParsed).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 2, down: 0 });
      expect(standin.calls.filter((c) => c.method !== 'chat.postEphemeral')).toEqual([]);
    });

    it('a refusal to empty input carries no vote buttons', async () => {
      const before = (await rows()).length;
      for (const text of ['', '   ']) {
        const reply = await responseTo((await command(url, '/ask', text, VOTE_CHANNEL)).id);
        expect(reply.text.length).toBeGreaterThan(0);
        expect(voteButtons(reply)).toEqual([]);
      }
      expect((await rows()).length).toBe(before);
    });
  });

  describe('Web API failures', () => {
    it('a 500 on one reply is logged and does not stop the next event being answered', async () => {
      standin.failNext('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
      const failed = await sendEvent(url, mention(`<@${BOT}> ${STARMER_Q}`));
      const next = await sendEvent(url, mention(`<@${BOT}> what did Trump do with Rutte's messages?`));

      expect([failed.status, next.status]).toEqual([200, 200]);
      const calls = posts();
      expect(calls).toHaveLength(2);
      expect(sent(calls[1]?.argsParsed).text.toLowerCase()).toContain('rutte');
      const errors = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'slack mention failed');
      expect(errors.at(-1)).toMatchObject({ level: 50, err: { statusCode: 500 }, requestId: expect.any(String) });
    });

    it('logs a request id per event and never the question or a token at info level', async () => {
      const secret = 'Which app did the secret minister use?';
      logLines.length = 0;
      await command(url, '/ask', secret);
      await sendEvent(url, mention(`<@${BOT}> ${secret}`));

      const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.some((l) => typeof l.requestId === 'string')).toBe(true);
      expect(logLines.join('\n')).not.toContain('secret minister');
      expect(logLines.join('\n')).not.toContain(BOT_TOKEN);
    });
  });

  describe('post() for the digest', () => {
    const reply = infoReply('Digest text');

    it('posts the rendered reply to the channel', async () => {
      await adapter.post('C0001', reply);
      expect(sent(posts()[0]?.argsParsed)).toMatchObject({ channel: 'C0001', text: 'Digest text' });
    });

    it.each([
      ['channel_not_found', { body: { ok: false, error: 'channel_not_found' } }, 'gone'],
      ['not_in_channel', { body: { ok: false, error: 'not_in_channel' } }, 'gone'],
      ['is_archived', { body: { ok: false, error: 'is_archived' } }, 'gone'],
      ['a 500', { status: 500, body: { ok: false, error: 'internal_error' } }, 'transient'],
      ['invalid_blocks', { body: { ok: false, error: 'invalid_blocks' } }, 'fatal'],
    ] as const)('maps %s to a DeliveryError %s', async (_name, fault, failure) => {
      standin.failNext('chat.postMessage', fault);
      const error: unknown = await adapter.post('C0GONE', reply).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ failure });
    });

    it('maps a 429 to transient with the Retry-After (no retries left)', async () => {
      standin.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } });
      const poster = createSlackPoster(config(), logger, { retryConfig: { retries: 0 } });
      const error: unknown = await poster.post('C0001', reply).then(() => undefined, (e: unknown) => e);
      expect(error).toMatchObject({ failure: 'transient', retryAfterMs: 1000 });
    });

    it('createSlackPoster posts with only a WebClient', async () => {
      const poster = createSlackPoster(config(), logger, { retryConfig: { retries: 0 } });
      await poster.post('C0002', reply);
      expect(posts()[0]).toMatchObject({ token: BOT_TOKEN, args: { channel: 'C0002' } });
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Other configurations
// ---------------------------------------------------------------------------------------------------------

describe('Slack adapter options', () => {
  beforeEach(() => standin.clear());

  it('privateReplies makes /ask answers ephemeral', async () => {
    const { adapter, url } = await startAdapter({ config: config({ privateReplies: true }) });
    try {
      const reply = await responseTo((await command(url, '/ask', STARMER_Q)).id);
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain('WhatsApp');
    } finally {
      await adapter.stop();
    }
  });

  it('retries a 429 after Retry-After and delivers the answer once', async () => {
    const { adapter, url } = await startAdapter({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    try {
      standin.clear();
      standin.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' }, body: { ok: false, error: 'ratelimited' } });
      await sendEvent(url, mention(`<@${BOT}> ${STARMER_Q}`));

      const [first, second, ...more] = posts();
      expect(more).toEqual([]);
      expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
      expect(sent(second?.argsParsed).text).toContain('WhatsApp');
    } finally {
      await adapter.stop();
    }
  });

  it('stop() lets a reply in flight finish before it resolves', async () => {
    // Acks at once (production behaviour), so the reply is still being sent when stop() is called.
    const { adapter, url } = await startAdapter({ processBeforeResponse: false, retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    standin.clear();
    standin.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } });
    const res = await sendEvent(url, mention(`<@${BOT}> ${STARMER_Q}`));
    expect(res.status).toBe(200);
    await standin.waitForCall((c) => c.method === 'chat.postMessage');

    await adapter.stop();
    expect(posts()).toHaveLength(2);
    expect(adapter.ready()).toBe(false);
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
  });

  it('health asks main.ts per probe: 503 when it says not ok', async () => {
    let ok = true;
    const probes: string[] = [];
    const { adapter } = await startAdapter({
      health: (probe) => {
        probes.push(probe);
        return { ok, details: { db: ok ? 'ok' : 'locked' } };
      },
    });
    try {
      const base = `http://127.0.0.1:${adapter.boundPort() ?? 0}`;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      ok = false;
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, details: { db: 'locked' } });
      expect(probes).toEqual(['readyz', 'healthz']);
    } finally {
      await adapter.stop();
    }
  });

  it('fails start() with a clear error when auth.test is refused', async () => {
    standin.failNext('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const adapter = createSlackAdapter({ config: config(), bot, port: 0, host: '127.0.0.1', retryConfig: { retries: 0 }, logger });
    await expect(adapter.start()).rejects.toThrow('Slack failed to start (http mode): Slack: invalid_auth');
    expect(adapter.ready()).toBe(false);
    await adapter.stop();
  });
});

describe('Slack adapter in Socket Mode', () => {
  it('acks a slash-command envelope and an event envelope and answers both', async () => {
    standin.clear();
    const adapter = createSlackAdapter({
      config: config({ signingSecret: undefined, appToken: APP_TOKEN }),
      bot,
      port: 0,
      host: '127.0.0.1',
      retryConfig: { retries: 0 },
      logger,
    });
    adapters.push(adapter);
    await adapter.start();
    try {
      expect(adapter.mode).toBe('socket');
      await standin.socketConnected();
      expect(adapter.ready()).toBe(true);
      expect((await standin.waitForCall((c) => c.method === 'apps.connections.open')).token).toBe(APP_TOKEN);

      const commandAck = await standin.sendEnvelope('slash_commands', slashCommandBody({ command: '/whocalled', text: 'Macron', response_url: standin.responseUrl('sock-cmd') }));
      expect(commandAck.envelope_id).toEqual(expect.any(String));
      // In Socket Mode the answer rides on the envelope's ack.
      const reply = sent(commandAck.payload);
      expect(reply.response_type).toBe('in_channel');
      expect(texts(reply.blocks).join('\n')).toContain('*¶5*');

      const event = mention(`<@${BOT}> ${STARMER_Q}`);
      const eventAck = await standin.sendEnvelope('events_api', eventBody(event));
      expect(eventAck.envelope_id).toEqual(expect.any(String));
      const post = await standin.waitForCall((c) => c.method === 'chat.postMessage');
      expect(post).toMatchObject({ token: BOT_TOKEN, args: { channel: 'C0001', thread_ts: event.ts } });
      expect(standin.acks).toHaveLength(2);
    } finally {
      // stop() resolves once the socket client has disconnected, so the stand-in can close after it.
      await adapter.stop();
    }
    expect(adapter.ready()).toBe(false);
  });
});

describe('slack/manifest.yml', () => {
  const Manifest = z.object({
    display_information: z.object({ name: z.string() }),
    features: z.object({
      app_home: z.object({ messages_tab_enabled: z.boolean() }),
      bot_user: z.object({ display_name: z.string(), always_online: z.boolean() }),
      slash_commands: z.array(z.object({ command: z.string(), url: z.string(), description: z.string(), usage_hint: z.string().optional() })),
    }),
    oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
    settings: z.object({
      event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }),
      interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string() }),
      socket_mode_enabled: z.boolean(),
    }),
  });
  const manifest = Manifest.parse(parseYaml(readFileSync(join(packageRoot(), 'slack', 'manifest.yml'), 'utf8')));

  it('declares every chat command, each at /slack/events', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual(BUILTIN.map((b) => `/${b.command.name}`).sort());
    for (const c of manifest.features.slash_commands) expect(c.url).toBe('https://YOUR_HOST/slack/events');
  });

  it('asks for exactly the scopes and events the adapter uses, in HTTP mode by default', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://YOUR_HOST/slack/events' });
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://YOUR_HOST/slack/events');
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.features.bot_user.always_online).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });
});
