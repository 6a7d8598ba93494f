/**
 * Proves the Slack stand-in against the real @slack/bolt App (no mocks): HTTP receiver with signed
 * requests, response_url, Web API faults, and Socket Mode.
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel, SocketModeReceiver } from '@slack/bolt';
import {
  blockActionBody,
  blockActionPayload,
  eventBody,
  postSigned,
  SLACK_STANDIN_IDS,
  slashCommandBody,
  startSlackStandin,
  type SlackStandin,
} from './slack-standin';

const SIGNING_SECRET = 'test-signing-secret';
const BOT_TOKEN = 'xoxb-test';
const APP_TOKEN = 'xapp-test';
const MENTION_TS = '1700000001.000200';

/** The subset of p-retry options we set; avoids importing @slack/web-api, which is not a direct dependency. */
interface RetryConfig {
  retries: number;
  minTimeout?: number;
  maxTimeout?: number;
}

// Unhandled rejections: jest-circus 30 replaces the real process's 'unhandledRejection' listeners while tests
// run and fails the test or hook that was running. A `process.on(...)` here would register on Jest's sandbox
// copy of `process` and never fire (checked: a deliberate stray rejection failed the test, a listener here
// saw nothing), so none is added.
let standin: SlackStandin;

/** Texts of every say() that resolved, so a test can tell "posted" from "attempted". */
const posted: string[] = [];

function registerListeners(app: App): void {
  app.command('/ask', async ({ ack, respond }) => {
    await ack();
    await respond({ text: 'hi', response_type: 'in_channel' });
  });
  app.event('app_mention', async ({ event, say }) => {
    const result = await say({ text: `answer to ${event.text}`, thread_ts: event.thread_ts ?? event.ts });
    posted.push(result.ts ?? '');
  });
  app.action('feedback_up', async ({ ack, respond }) => {
    await ack();
    await respond({ text: 'thanks', replace_original: false });
  });
}

function mentionEvent(text = '<@U0BOT> who won?'): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: SLACK_STANDIN_IDS.userId,
    text,
    ts: MENTION_TS,
    channel: SLACK_STANDIN_IDS.channelId,
    event_ts: MENTION_TS,
  };
}

/** An HTTP-mode App on a free loopback port, built the way production would but pointed at the stand-in. */
async function startHttpApp(retryConfig: RetryConfig): Promise<{ app: App; eventsUrl: string }> {
  const app = new App({
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    clientOptions: { slackApiUrl: standin.apiUrl, retryConfig },
    processBeforeResponse: true, // hold the HTTP answer until listeners finish: deterministic asserts
    deferInitialization: true, // make the constructor's auth.test awaited instead of fire-and-forget
    logLevel: LogLevel.ERROR,
  });
  registerListeners(app);
  await app.init();
  // A ListenOptions object lets us bind port 0 on loopback; start() returns the node server.
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return { app, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
}

beforeAll(async () => {
  standin = await startSlackStandin();
});

afterAll(async () => {
  await standin.close();
});

describe('stand-in Web API (plain fetch)', () => {
  async function callApi(method: string, body: string, contentType: string): Promise<unknown> {
    const res = await fetch(`${standin.apiUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: 'Bearer xoxb-plain' },
      body,
    });
    expect(res.status).toBe(200);
    return res.json();
  }

  beforeEach(() => standin.clear());

  it('parses form and JSON bodies, records the token and parses blocks into argsParsed', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }];
    const form = new URLSearchParams({ channel: 'C0001', text: 't', blocks: JSON.stringify(blocks) });
    const first = await callApi('chat.postMessage', form.toString(), 'application/x-www-form-urlencoded');
    const second = await callApi('chat.postMessage', JSON.stringify({ channel: 'C0001', text: 'j' }), 'application/json');

    expect(first).toMatchObject({ ok: true, channel: 'C0001', message: { text: 't', blocks } });
    expect(second).toMatchObject({ ok: true, message: { text: 'j' } });
    const [a, b] = standin.calls;
    expect(a).toMatchObject({ method: 'chat.postMessage', token: 'xoxb-plain', args: { blocks: JSON.stringify(blocks) } });
    expect(a?.argsParsed.blocks).toEqual(blocks);
    expect(b?.args).toEqual({ channel: 'C0001', text: 'j' });
    expect(a?.at).toEqual(expect.any(Number));
    // Message timestamps are unique and increasing.
    expect(String((second as { ts: string }).ts) > String((first as { ts: string }).ts)).toBe(true);
  });

  it('answers unknown methods and unknown channels the way Slack does', async () => {
    const form = 'application/x-www-form-urlencoded';
    await expect(callApi('nope.never', '', form)).resolves.toEqual({ ok: false, error: 'unknown_method' });
    await expect(callApi('conversations.info', 'channel=C9999', form)).resolves.toEqual({
      ok: false,
      error: 'channel_not_found',
    });
    await expect(callApi('conversations.info', 'channel=C0001', form)).resolves.toMatchObject({
      ok: true,
      channel: { id: 'C0001', name: 'general' },
    });
  });

  it('hangs a method until the caller gives up, and says what it saw when a wait times out', async () => {
    standin.hang('users.info');
    const hung = fetch(`${standin.apiUrl}users.info`, { method: 'POST', signal: AbortSignal.timeout(150) });
    await expect(hung).rejects.toThrow();
    await expect(standin.waitForCall((c) => c.method === 'chat.delete', 50)).rejects.toThrow(
      /No Web API call matched within 50 ms\. Seen 1:\n {2}- users\.info/,
    );
  });

  it('close() ends hung requests and pending waits', async () => {
    const own = await startSlackStandin();
    own.hang('chat.postMessage');
    const hung = fetch(`${own.apiUrl}chat.postMessage`, { method: 'POST', body: 'channel=C0001&text=x' });
    await own.waitForCall((c) => c.method === 'chat.postMessage');
    // Attach the expectations before close(): a rejection nobody is handling yet fails the test.
    const pending = expect(own.waitForResponse(() => true, 60_000)).rejects.toThrow('Slack stand-in closed');
    const hungEnds = expect(hung).rejects.toThrow();

    await own.close();
    await pending;
    await hungEnds;
  });
});

describe('HTTP receiver', () => {
  let app: App;
  let eventsUrl: string;

  beforeAll(async () => {
    ({ app, eventsUrl } = await startHttpApp({ retries: 0 }));
    // init() awaited auth.test with the bot token.
    await standin.waitForCall((c) => c.method === 'auth.test' && c.token === BOT_TOKEN);
  });

  afterAll(async () => {
    await app.stop();
  });

  beforeEach(() => {
    standin.clear();
    posted.length = 0;
  });

  it('answers a signed slash command with 200 and respond() reaches the response_url', async () => {
    const body = slashCommandBody({ command: '/ask', text: 'who won?', response_url: standin.responseUrl('cmd-1') });
    const res = await postSigned(eventsUrl, SIGNING_SECRET, body);

    expect(res.status).toBe(200);
    const response = await standin.waitForResponse((r) => r.id === 'cmd-1');
    expect(response.body).toEqual({ text: 'hi', response_type: 'in_channel' });
  });

  it('posts a threaded reply to a signed app_mention', async () => {
    const res = await postSigned(eventsUrl, SIGNING_SECRET, eventBody(mentionEvent()), { contentType: 'json' });

    expect(res.status).toBe(200);
    const call = await standin.waitForCall((c) => c.method === 'chat.postMessage');
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.args).toMatchObject({ channel: 'C0001', thread_ts: MENTION_TS, text: 'answer to <@U0BOT> who won?' });
  });

  it('routes a button click (block_actions) to its action listener', async () => {
    const body = blockActionBody({
      actionId: 'feedback_up',
      value: 'up',
      channelId: 'C0001',
      userId: SLACK_STANDIN_IDS.userId,
      messageTs: '1700000002.000100',
      threadTs: MENTION_TS,
      responseUrl: standin.responseUrl('click-1'),
    });
    const res = await postSigned(eventsUrl, SIGNING_SECRET, body);

    expect(res.status).toBe(200);
    expect((await standin.waitForResponse((r) => r.id === 'click-1')).body).toEqual({
      text: 'thanks',
      replace_original: false,
    });
  });

  it('rejects a wrong or missing signature with 401 and runs no listener', async () => {
    const body = slashCommandBody({ text: 'x', response_url: standin.responseUrl('bad-sig') });

    expect((await postSigned(eventsUrl, 'wrong-secret', body)).status).toBe(401);
    expect((await postSigned(eventsUrl, SIGNING_SECRET, body, { omitSignature: true })).status).toBe(401);
    expect(standin.calls).toEqual([]);
    expect(standin.responses).toEqual([]);
  });

  it('rejects a correctly signed but 10-minute-old request with 401', async () => {
    const staleTs = Math.floor(Date.now() / 1000) - 600;
    const res = await postSigned(eventsUrl, SIGNING_SECRET, eventBody(mentionEvent()), {
      contentType: 'json',
      ts: staleTs,
    });

    expect(res.status).toBe(401);
    expect(standin.calls).toEqual([]);
  });

  it('retries a 429 after Retry-After when the client allows one retry', async () => {
    const retrying = await startHttpApp({ retries: 1, minTimeout: 0, maxTimeout: 0 });
    try {
      standin.clear();
      standin.failNext('chat.postMessage', {
        status: 429,
        headers: { 'Retry-After': '1' },
        body: { ok: false, error: 'ratelimited' },
      });
      const res = await postSigned(retrying.eventsUrl, SIGNING_SECRET, eventBody(mentionEvent()), {
        contentType: 'json',
      });

      expect(res.status).toBe(200);
      const posts = standin.calls.filter((c) => c.method === 'chat.postMessage');
      expect(posts).toHaveLength(2);
      expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
      expect(posted).toHaveLength(1);
    } finally {
      await retrying.app.stop();
    }
  });
});

describe('Socket Mode', () => {
  it('connects with the app token, delivers envelopes and gets acks', async () => {
    standin.clear();
    posted.length = 0;
    // Built explicitly (Bolt accepts a SocketModeReceiver with socketMode: true) so the test can reach its
    // SocketModeClient and wait for 'disconnected'.
    const receiver = new SocketModeReceiver({
      appToken: APP_TOKEN,
      logLevel: LogLevel.ERROR,
      installerOptions: { clientOptions: { slackApiUrl: standin.apiUrl, retryConfig: { retries: 0 } } },
    });
    const app = new App({
      token: BOT_TOKEN,
      appToken: APP_TOKEN,
      socketMode: true,
      receiver,
      clientOptions: { slackApiUrl: standin.apiUrl, retryConfig: { retries: 0 } },
      deferInitialization: true,
      logLevel: LogLevel.ERROR,
    });
    registerListeners(app);
    await app.init();
    await app.start();
    try {
      await standin.socketConnected();
      const open = await standin.waitForCall((c) => c.method === 'apps.connections.open');
      expect(open.token).toBe(APP_TOKEN);

      const command = slashCommandBody({ text: 'who won?', response_url: standin.responseUrl('sock-cmd') });
      const commandAck = await standin.sendEnvelope('slash_commands', command);
      expect(commandAck).toEqual({ envelope_id: expect.any(String), payload: {} });
      expect((await standin.waitForResponse((r) => r.id === 'sock-cmd')).body).toEqual({
        text: 'hi',
        response_type: 'in_channel',
      });

      const eventAck = await standin.sendEnvelope('events_api', eventBody(mentionEvent()));
      expect(eventAck.envelope_id).toEqual(expect.any(String));
      const post = await standin.waitForCall((c) => c.method === 'chat.postMessage');
      expect(post).toMatchObject({ token: BOT_TOKEN, args: { channel: 'C0001', thread_ts: MENTION_TS } });

      const click = blockActionPayload({
        actionId: 'feedback_up',
        value: 'up',
        channelId: 'C0001',
        userId: SLACK_STANDIN_IDS.userId,
        messageTs: '1700000002.000100',
        responseUrl: standin.responseUrl('sock-click'),
      });
      await standin.sendEnvelope('interactive', click);
      await standin.waitForResponse((r) => r.id === 'sock-click');
      expect(standin.acks).toHaveLength(3);
    } finally {
      // app.stop() resolves before the socket closes; closing the stand-in first would race the client.
      const disconnected = new Promise<void>((resolve) => receiver.client.once('disconnected', () => resolve()));
      await app.stop();
      await disconnected;
    }
  });
});
