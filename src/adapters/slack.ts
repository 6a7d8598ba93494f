/**
 * The Slack adapter: @slack/bolt in HTTP mode (commands, events and button clicks at POST /slack/events,
 * signatures checked by Bolt) or in Socket Mode when an app token is set. It normalises Slack's payloads
 * into the bot's two calls, renders what comes back (slack-render.ts) and sends it. When to answer, rate
 * limits and the question log live in bot.ts; this file only knows Slack.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  App,
  SocketModeReceiver,
  webApi,
  type AllMiddlewareArgs,
  type BlockAction,
  type Logger as BoltLogger,
  LogLevel,
  type ButtonAction,
  type RespondArguments,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type SlackEventMiddlewareArgs,
} from '@slack/bolt';
import { newRequestId, type Bot, type Outcome } from '../bot';
import type { SlackConfig } from '../config';
import { privateReply } from '../core/reply';
import { invocationFromText } from '../core/registry';
import type { Reply } from '../core/types';
import { lazyChild, type Logger } from '../logger';
import { DeliveryError, type PlatformAdapter, type Poster } from './port';
import { render, SUGGESTION_ACTION_ID, VOTE_ACTION_ID, voteFromAction, type RenderedMessage } from './slack-render';

export { escapeSlack, render, SLACK_LIMITS, type RenderedMessage } from './slack-render';

/** Bolt's Web API retry policy (node-retry options). Production leaves it unset: Bolt's default. */
export type SlackRetryConfig = webApi.RetryOptions;

/** What /healthz and /readyz report besides the adapter's own state; supplied by main.ts. */
export interface HealthReport {
  ok: boolean;
  details: Record<string, unknown>;
}

/** /healthz: alive (stays up while draining); /readyz: able to take work. */
export type HealthProbe = 'healthz' | 'readyz';

export interface SlackAdapterOptions {
  config: SlackConfig;
  bot: Bot;
  /** HTTP mode: where Slack's requests and the health checks arrive (0 picks a free port). */
  port: number;
  host: string;
  /** Called for each GET /healthz or /readyz (HTTP mode); both the adapter and this must say ok. */
  health?: (probe: HealthProbe) => HealthReport;
  /** Web API retries; default Bolt's (10 retries over ~30 min). Tests pass `{ retries: 0 }`. */
  retryConfig?: SlackRetryConfig;
  logger?: Logger;
  /** Hold the HTTP answer until listeners finish (for tests). Default false: ack at once. */
  processBeforeResponse?: boolean;
  /** One Web API request's timeout; a timeout is retried like a 5xx. Default 10 s. */
  requestTimeoutMs?: number;
  /** How long stop() waits for replies in flight. Default 10 s. */
  drainTimeoutMs?: number;
  /**
   * How long a slash command may take to be answered in its ack (default 2 s); past it the ack goes out
   * empty and the answer follows through the response_url. 0 always acks first.
   */
  ackBudgetMs?: number;
}

export interface SlackAdapter extends PlatformAdapter {
  readonly mode: 'http' | 'socket';
  /** HTTP mode, after start(): the port actually bound (useful with port 0). */
  boundPort(): number | undefined;
}

/** How long a slash command may take to be answered in its ack; past it, the ack goes out empty. */
/** The buttons the adapter renders: suggestions and votes. */
const OUR_BUTTONS = new RegExp(`${SUGGESTION_ACTION_ID.source}|${VOTE_ACTION_ID.source}`);

const ACK_BUDGET_MS = 2_000;

/** How long an idle HTTP connection stays open (see start()). */
const KEEP_ALIVE_MS = 65_000;
const GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive']);
const TRANSIENT = new Set(['ratelimited', 'rate_limited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);
// Real user messages; every other subtype (edits, deletions, joins, bot posts...) is ignored.
const ANSWERED_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);
// Sent with every post: no link previews, and no @-name or #channel parsing of the fallback text.
const POST_FLAGS = { unfurl_links: false, unfurl_media: false, parse: 'none', link_names: false } as const;

/** Maps a Web API failure to the digest's three kinds: gone, worth retrying, or not. */
export function deliveryError(err: unknown): DeliveryError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as Record<string, unknown>;
  const message = err instanceof Error ? err.message : String(err);
  const data = e.data as { error?: unknown } | undefined;
  // After its last retry on a 429 the WebClient throws an error naming the Retry-After it got (wrapped in
  // a request error), not a WebAPIRateLimitedError (that one only comes with rejectRateLimitedCalls).
  const limited = /rate limit was exceeded.*retry-after: (\d+)/i.exec(message);
  if (limited) return new DeliveryError('transient', 'Slack: rate limited', secondsToMs(limited[1]));
  switch (e.code) {
    case webApi.ErrorCode.PlatformError: {
      const code = typeof data?.error === 'string' ? data.error : 'unknown_error';
      if (GONE.has(code)) return new DeliveryError('gone', `Slack: ${code}`);
      return new DeliveryError(TRANSIENT.has(code) ? 'transient' : 'fatal', `Slack: ${code}`);
    }
    case webApi.ErrorCode.RateLimitedError:
      return new DeliveryError('transient', 'Slack: rate limited', secondsToMs(e.retryAfter));
    case webApi.ErrorCode.HTTPError: {
      const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
      const headers = (e.headers ?? {}) as Record<string, string>;
      const transient = status === 429 || status >= 500;
      return new DeliveryError(transient ? 'transient' : 'fatal', `Slack: HTTP ${status}`, transient ? secondsToMs(headers['retry-after']) : undefined);
    }
    case webApi.ErrorCode.RequestError:
      return new DeliveryError('transient', `Slack: request failed (${message})`);
  }
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return new DeliveryError('transient', `Slack: ${err.name}`);
  return new DeliveryError('fatal', `Slack: ${message}`);
}

function secondsToMs(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number.parseInt(v, 10) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n * 1000 : undefined;
}

/** What a log line may say about an error: no request bodies, no tokens. */
function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; statusCode?: unknown; data?: { error?: unknown } };
  const slack = typeof e.code === 'string' && e.code.startsWith('slack_');
  return {
    type: e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(typeof e.data?.error === 'string' ? { slackError: e.data.error } : {}),
    // Our own bugs need their stack; Slack's errors say enough in code and message.
    ...(slack ? {} : { stack: e.stack }),
  };
}

/** Bolt (and its WebClient) log through pino at their own levels; Bolt's debug lines may hold bodies. */
function boltLogger(log: Logger): BoltLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]): void => {
      if (!log.isLevelEnabled(level)) return;
      const err = msg.find((m): m is Error => m instanceof Error);
      const text = msg
        .filter((m) => !(m instanceof Error))
        .map((m) => (typeof m === 'string' ? m : safeJson(m)))
        .join(' ');
      if (err) log[level]({ err: errorFields(err) }, text || err.message);
      else log[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => undefined, // pino's level rules
    getLevel: () => {
      const l = log.levelVal;
      return l <= 20 ? LogLevel.DEBUG : l <= 30 ? LogLevel.INFO : l <= 40 ? LogLevel.WARN : LogLevel.ERROR;
    },
    setName: () => undefined,
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function webClientOptions(config: SlackConfig, log: Logger, retryConfig: SlackRetryConfig | undefined, timeout: number): webApi.WebClientOptions {
  return {
    logger: boltLogger(log.child({ component: 'slack-web-api' })),
    timeout,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
    ...(retryConfig ? { retryConfig } : {}),
  };
}

async function postTo(client: webApi.WebClient, channel: string, message: RenderedMessage, threadTs?: string): Promise<void> {
  await client.chat.postMessage({ channel, ...message, ...(threadTs ? { thread_ts: threadTs } : {}), ...POST_FLAGS });
}

function createPost(client: webApi.WebClient, log: Logger): Poster['post'] {
  return async (channel, reply) => {
    try {
      await postTo(client, channel, render(reply));
    } catch (err) {
      const failure = deliveryError(err);
      log.warn({ channel, failure: failure.failure, retryAfterMs: failure.retryAfterMs, err: errorFields(err) }, 'slack post failed');
      throw failure;
    }
  };
}

/** A Poster on a bare WebClient (no receiver, no socket): what `factdesk digest due` uses from cron. */
export function createSlackPoster(config: SlackConfig, logger: Logger, opts: { retryConfig?: SlackRetryConfig; requestTimeoutMs?: number } = {}): Poster {
  const log = logger.child({ platform: 'slack' });
  const client = new webApi.WebClient(config.botToken, webClientOptions(config, log, opts.retryConfig, opts.requestTimeoutMs ?? 10_000));
  return { platform: 'slack', post: createPost(client, log) };
}

/** A response_url answered with a status other than 2xx. */
export class ResponseUrlError extends Error {
  constructor(readonly statusCode: number) {
    super(`response_url answered HTTP ${statusCode}`);
    this.name = 'ResponseUrlError';
  }
}

/**
 * Posts a message to a slash command's or a button's response_url. Bolt's respond() does the same with
 * fetch; node:http with keep-alive agents takes a third or less of fetch's CPU per post (measured while
 * writing bench/slack-load.ts), and these posts are most of what the adapter sends. Not retried, like respond().
 */
function createResponder(timeoutMs: number): { send(url: string, message: RespondArguments): Promise<void>; close(): void } {
  const http = new HttpAgent({ keepAlive: true, maxSockets: 64 });
  const https = new HttpsAgent({ keepAlive: true, maxSockets: 64 });
  return {
    send(url, message) {
      const target = new URL(url);
      if (target.protocol !== 'https:' && target.protocol !== 'http:') return Promise.reject(new Error(`response_url must be http(s), not ${target.protocol}`));
      const body = Buffer.from(JSON.stringify(message));
      const secure = target.protocol === 'https:';
      return new Promise<void>((resolve, reject) => {
        const options = { method: 'POST', timeout: timeoutMs, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length } };
        const onResponse = (res: IncomingMessage): void => {
          res.resume();
          res.on('error', reject);
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve();
            else reject(new ResponseUrlError(status));
          });
        };
        const req = secure ? httpsRequest(target, { ...options, agent: https }, onResponse) : httpRequest(target, { ...options, agent: http }, onResponse);
        req.on('timeout', () => req.destroy(new Error(`response_url timed out after ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(body);
      });
    },
    close() {
      http.destroy();
      https.destroy();
    },
  };
}

/**
 * Waits for a slash command's answer at most `budgetMs`, with one timer for every command in flight rather
 * than a setTimeout, clearTimeout and Promise.race each: a few µs per command under load, spent on a timer
 * that almost never fires (the answer is nearly always ready at once). The budget is the same for all, so deadlines come in the
 * order the waits began: they queue in that order and the timer only ever watches the oldest one open.
 * The timer is unref'd (it must not hold the process up once the commands are answered) and left to run
 * out rather than cleared when its wait ends early: it then re-arms for the next open wait, if any.
 */
export function createAckBudget(budgetMs: number): <T>(work: Promise<T>) => Promise<T | 'late'> {
  interface Wait {
    at: number;
    late: () => void;
    done: boolean;
  }
  const queue: Wait[] = [];
  let head = 0;
  let timer: NodeJS.Timeout | undefined;

  // Ended waits leave the front of the queue; the array is emptied whenever it has no open wait.
  function trim(): void {
    while (head < queue.length && (queue[head] as Wait).done) head++;
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else if (head >= 1024) {
      queue.splice(0, head);
      head = 0;
    }
  }

  function arm(delay: number): void {
    timer = setTimeout(expire, Math.max(1, delay));
    timer.unref();
  }

  function expire(): void {
    timer = undefined;
    const now = Date.now();
    for (; head < queue.length; head++) {
      const w = queue[head] as Wait;
      if (w.done) continue;
      if (w.at > now) break;
      w.done = true;
      w.late();
    }
    trim();
    if (head < queue.length) arm((queue[head] as Wait).at - now);
  }

  return <T>(work: Promise<T>): Promise<T | 'late'> => {
    if (budgetMs <= 0) return Promise.resolve('late');
    return new Promise<T | 'late'>((resolve, reject) => {
      const wait: Wait = { at: Date.now() + budgetMs, late: () => resolve('late'), done: false };
      queue.push(wait);
      if (!timer) arm(budgetMs);
      const end = (): void => {
        wait.done = true;
        trim();
      };
      work.then(
        (v) => {
          if (!wait.done) resolve(v);
          end();
        },
        (err: unknown) => {
          if (!wait.done) reject(err);
          end();
        },
      );
    });
  };
}

/**
 * Slack's message markup to the text a person typed: our mention gone, links and channels as shown.
 * `dropBroadcasts` also removes @here/@channel/@everyone: in a message they address people, never the
 * story, and left in they read to the engine as an unknown word ("@here who called Macron?").
 */
export function plainText(text: string, botUserId?: string, opts: { dropBroadcasts?: boolean } = {}): string {
  // Every piece of markup below starts with < or &: most typed text has neither, and skips all the scans.
  if (!MARKUP.test(text)) return text.trim();
  let t = text;
  if (botUserId) t = t.split(`<@${botUserId}>`).join(' ').replace(new RegExp(`<@${botUserId}\\|[^>]*>`, 'g'), ' ');
  if (opts.dropBroadcasts) t = t.replace(/<!(?:here|channel|everyone)(?:\|[^>]*)?>/g, ' ');
  t = t
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^|>]+)>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1');
  return t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

const MARKUP = /[<&]/;

/** The fields of a message or app_mention event the adapter reads, checked rather than trusted. */
interface MessageFields {
  subtype?: string;
  user?: string;
  botId?: string;
  text: string;
  ts: string;
  threadTs?: string;
  channel: string;
  channelType?: string;
}

function readMessage(event: unknown): MessageFields | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as Record<string, unknown>;
  const s = (k: string): string | undefined => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
  const channel = s('channel');
  const ts = s('ts');
  if (!channel || !ts) return undefined;
  return { subtype: s('subtype'), user: s('user'), botId: s('bot_id'), text: s('text') ?? '', ts, threadTs: s('thread_ts'), channel, channelType: s('channel_type') };
}

function fromBot(m: MessageFields, botUserId: string | undefined): boolean {
  return m.botId !== undefined || m.subtype === 'bot_message' || !m.user || (botUserId !== undefined && m.user === botUserId);
}

function eventIdOf(body: unknown): string | undefined {
  const id = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).event_id : undefined;
  return typeof id === 'string' ? id : undefined;
}

export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  const { config, bot } = opts;
  const log = (opts.logger ?? bot.logger).child({ platform: 'slack' });
  const mode: 'http' | 'socket' = config.appToken ? 'socket' : 'http';
  const clientOptions = webClientOptions(config, log, opts.retryConfig, opts.requestTimeoutMs ?? 10_000);
  const boltLog = boltLogger(log.child({ component: 'bolt' }));
  const registry = bot.core.registry;

  let state: 'idle' | 'starting' | 'running' | 'stopping' | 'stopped' = 'idle';
  let socketUp = false;
  let server: Server | undefined;
  let stopping: Promise<void> | undefined;
  const inflight = new Set<Promise<void>>();

  function ready(): boolean {
    return state === 'running' && (mode === 'http' || socketUp);
  }

  function healthRoute(probe: HealthProbe) {
    return (_req: IncomingMessage, res: ServerResponse): void => {
      let report: HealthReport;
      try {
        report = opts.health?.(probe) ?? { ok: true, details: {} };
      } catch (err) {
        log.error({ err: errorFields(err) }, 'health check failed');
        report = { ok: false, details: { error: 'health check failed' } };
      }
      // Liveness stays up while draining; readiness drops as soon as stop() begins.
      const up = probe === 'healthz' ? state === 'running' || state === 'stopping' : ready();
      const ok = up && report.ok;
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ ok, platform: 'slack', mode, state, details: report.details }));
    };
  }

  let receiver: SocketModeReceiver | undefined;
  let app: App;
  if (mode === 'socket') {
    receiver = new SocketModeReceiver({
      appToken: config.appToken ?? '',
      logger: boltLog,
      // A copy: the socket client sets its own reconnect retry policy on the options it is given.
      installerOptions: { clientOptions: { ...clientOptions } },
    });
    const client = receiver.client;
    client.on('connected', () => (socketUp = true));
    for (const s of ['reconnecting', 'disconnecting', 'disconnected']) client.on(s, () => (socketUp = false));
    app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, receiver, clientOptions, logger: boltLog, deferInitialization: true, convoStore: false });
  } else {
    app = new App({
      token: config.botToken,
      signingSecret: config.signingSecret,
      processBeforeResponse: opts.processBeforeResponse ?? false,
      customRoutes: [
        { path: '/healthz', method: ['GET', 'HEAD'], handler: healthRoute('healthz') },
        { path: '/readyz', method: ['GET', 'HEAD'], handler: healthRoute('readyz') },
      ],
      clientOptions,
      logger: boltLog,
      deferInitialization: true,
      convoStore: false,
    });
  }

  /**
   * Every listener runs through here: a request id for its log lines, errors logged and never thrown back
   * into Bolt (one failing reply must not stop the app), and the work tracked so stop() can wait for it.
   * The request's child logger is made on its first use: most requests log one line (the bot's), and a pino
   * child per request costs more than the answer.
   */
  function guarded<A extends AllMiddlewareArgs & { body: unknown }>(kind: string, fn: (args: A, rlog: Logger, requestId: string) => Promise<void>) {
    return (args: A): Promise<void> => {
      const requestId = newRequestId();
      const rlog = lazyChild(log, () => {
        const eventId = eventIdOf(args.body);
        const retryNum = typeof args.context.retryNum === 'number' ? args.context.retryNum : undefined;
        return { requestId, kind, ...(eventId ? { eventId } : {}), ...(retryNum ? { retryNum } : {}) };
      });
      const work = fn(args, rlog, requestId).catch((err: unknown) => rlog.error({ err: errorFields(err) }, `slack ${kind} failed`));
      inflight.add(work);
      // Not work.finally(): work never rejects, and a then() makes fewer promises per request.
      void work.then(() => inflight.delete(work));
      return work;
    };
  }

  /** The reply an outcome asks to show, if any (limited: the one-time notice). */
  function replyOf(outcome: Outcome, rlog: Logger): Reply | undefined {
    if (outcome.type === 'silent') {
      rlog.debug({ reason: outcome.reason }, 'silent');
      return undefined;
    }
    return outcome.type === 'reply' ? outcome.reply : outcome.notice;
  }

  /** Answers a message event: in its thread (channels) or in the DM; private replies only to the asker. */
  async function answerMessage(client: webApi.WebClient, reply: Reply, to: { channel: string; user: string; threadTs?: string; direct: boolean }): Promise<void> {
    const message = render(reply);
    if (reply.visibility === 'private' && !to.direct) {
      await client.chat.postEphemeral({ channel: to.channel, user: to.user, ...message, ...(to.threadTs ? { thread_ts: to.threadTs } : {}) });
    } else {
      await postTo(client, to.channel, message, to.threadTs);
    }
  }

  async function firstSighting(body: unknown, rlog: Logger): Promise<boolean> {
    const id = eventIdOf(body);
    if (!id || (await bot.firstSighting(`slack:${id}`))) return true;
    rlog.info('repeated event ignored');
    return false;
  }

  const responder = createResponder(opts.requestTimeoutMs ?? 10_000);
  async function respondWith(responseUrl: string, reply: Reply, visible: boolean): Promise<void> {
    await responder.send(responseUrl, { response_type: visible ? 'in_channel' : 'ephemeral', replace_original: false, ...render(reply) });
  }

  // Slash commands: the answer goes in the ack itself when it is ready within ACK_BUDGET_MS (the core answers
  // in well under a millisecond): one response instead of an empty ack plus a response_url post, which
  // halves the socket writes and spares the user a round trip. Anything slower (a locked database) is acked
  // empty within Slack's 3 s and answered through the response_url.
  const withinBudget = createAckBudget(opts.ackBudgetMs ?? ACK_BUDGET_MS);
  const onCommand = guarded<SlackCommandMiddlewareArgs & AllMiddlewareArgs>('command', async ({ command, ack }, rlog, requestId) => {
    const name = command.command.replace(/^\//, '').toLowerCase();
    const channel = command.channel_id;
    const invocation = invocationFromText(registry, `/${name} ${plainText(command.text ?? '')}`, { platform: 'slack', user: command.user_id, channel, direct: channel.startsWith('D') });
    const work = bot.command(invocation, requestId);
    const first = await withinBudget(work);
    const visibleOf = (outcome: Outcome, reply: Reply): boolean => outcome.type === 'reply' && reply.visibility === 'public' && !config.privateReplies;
    if (first !== 'late') {
      const reply = replyOf(first, rlog);
      if (!reply) {
        await ack();
        return;
      }
      await ack({ response_type: visibleOf(first, reply) ? 'in_channel' : 'ephemeral', ...render(reply) });
      return;
    }
    await ack();
    const outcome = await work;
    const reply = replyOf(outcome, rlog);
    if (reply) await respondWith(command.response_url, reply, visibleOf(outcome, reply));
  });

  // A mention: answered in a thread under the message (or in the thread it was posted in).
  async function onMention(event: unknown, body: unknown, context: AllMiddlewareArgs['context'], client: webApi.WebClient, rlog: Logger, requestId: string): Promise<void> {
    const m = readMessage(event);
    if (!m?.user || fromBot(m, context.botUserId)) return;
    if (!(await firstSighting(body, rlog))) return;
    const direct = m.channel.startsWith('D');
    const text = plainText(m.text, context.botUserId, { dropBroadcasts: true });
    const outcome = await bot.message({ platform: 'slack', channel: m.channel, user: m.user, text, direct, mentioned: true, fromBot: false }, requestId);
    const reply = replyOf(outcome, rlog);
    if (reply) await answerMessage(client, reply, { channel: m.channel, user: m.user, threadTs: m.threadTs ?? m.ts, direct });
  }

  // Direct messages, and every message in channels the bot is in (bot.message decides about listening).
  async function onMessage(event: unknown, body: unknown, context: AllMiddlewareArgs['context'], client: webApi.WebClient, rlog: Logger, requestId: string): Promise<void> {
    const m = readMessage(event);
    if (!m?.user || !ANSWERED_SUBTYPES.has(m.subtype) || fromBot(m, context.botUserId)) return;
    const direct = m.channelType === 'im';
    // A channel message naming the bot also arrives as app_mention, which answers it.
    if (!direct && context.botUserId && m.text.includes(`<@${context.botUserId}`)) return;
    if (!(await firstSighting(body, rlog))) return;
    const text = plainText(m.text, context.botUserId, { dropBroadcasts: true });
    const outcome = await bot.message({ platform: 'slack', channel: m.channel, user: m.user, text, direct, mentioned: false, fromBot: false }, requestId);
    const reply = replyOf(outcome, rlog);
    // In a DM the answer goes in the DM (in its thread if it was asked in one); in a channel, in a thread.
    if (reply) await answerMessage(client, reply, { channel: m.channel, user: m.user, threadTs: direct ? m.threadTs : (m.threadTs ?? m.ts), direct });
  }

  type EventArgs = SlackEventMiddlewareArgs & AllMiddlewareArgs;
  const onMentionEvent = guarded<EventArgs>('mention', ({ event, body, context, client }, rlog, requestId) => onMention(event, body, context, client, rlog, requestId));
  const onMessageEvent = guarded<EventArgs>('message', ({ event, body, context, client }, rlog, requestId) => onMessage(event, body, context, client, rlog, requestId));


  type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

  // A suggestion button: asks its question (or runs its /command) and answers where the button was.
  async function onSuggestion({ action, body, client }: ButtonArgs, rlog: Logger, requestId: string): Promise<void> {
    const value = (action.value ?? '').trim();
    const container = body.container as Record<string, unknown>;
    const channel = body.channel?.id ?? (typeof container.channel_id === 'string' ? container.channel_id : undefined);
    if (!value || !channel) return;
    const invocation = invocationFromText(registry, value, { platform: 'slack', user: body.user.id, channel, direct: channel.startsWith('D') });
    const outcome = await bot.command(invocation, requestId);
    const reply = replyOf(outcome, rlog);
    if (!reply) return;
    const threadTs = [container.thread_ts, container.message_ts, body.message?.ts].find((v): v is string => typeof v === 'string');
    // Under an ephemeral message there is no thread to post in, and private replies stay private.
    if (container.is_ephemeral === true || !threadTs || reply.visibility === 'private' || outcome.type !== 'reply') {
      await respondWith(body.response_url, reply, false);
      return;
    }
    try {
      await postTo(client, channel, render(reply), threadTs);
    } catch (err) {
      // The bot may not be in a channel where someone used a slash command: answer through the response_url.
      if (deliveryError(err).failure !== 'gone') throw err;
      await respondWith(body.response_url, reply, !config.privateReplies);
    }
  }

  // A 👍 / 👎 on a logged answer: the vote is stored and only the clicker hears back. The answer itself is
  // neither edited nor posted again (replace_original: false).
  async function onVote({ action, body, client }: ButtonArgs, rlog: Logger): Promise<void> {
    const user = body.user.id;
    const vote = voteFromAction(action.action_id, action.value);
    let reply: Reply;
    if (!vote) {
      // Slack only sends back what we rendered: anything else is a forged or mangled request.
      rlog.warn({ actionId: action.action_id, valueLength: (action.value ?? '').length }, 'vote with an invalid answer id');
      reply = privateReply('Your vote could not be recorded: that button does not belong to an answer I know.', 'error');
    } else {
      reply = await bot.vote('slack', user, vote.feedbackId, vote.value);
      rlog.info({ feedbackId: vote.feedbackId, value: vote.value, recorded: reply.status !== 'error' }, 'vote clicked');
    }
    const container = (body.container ?? {}) as Record<string, unknown>;
    const channel = body.channel?.id ?? (typeof container.channel_id === 'string' ? container.channel_id : undefined);
    const threadTs = [container.thread_ts, body.message?.thread_ts].find((v): v is string => typeof v === 'string');
    await tellPrivately(client, reply, { responseUrl: body.response_url, channel, user, threadTs }, rlog);
  }

  const onButton = guarded<ButtonArgs>('action', async (args, rlog, requestId) => {
    await args.ack();
    if (VOTE_ACTION_ID.test(args.action.action_id)) await onVote(args, rlog);
    else await onSuggestion(args, rlog, requestId);
  });

  // One global middleware routes every request to the handlers above. Bolt passes each request through
  // every listener it holds, and on this machine each listener costs a request about 15 µs, as much as
  // the answer itself; a router costs one call (figures: npm run bench:slack). Bolt still verifies,
  // parses and acks as it would for listeners, and its ignoreSelf middleware runs first.
  app.use(async (args) => {
    if ('command' in args && args.command) return onCommand(args as SlackCommandMiddlewareArgs & AllMiddlewareArgs);
    if ('event' in args && args.event.type === 'app_mention') return onMentionEvent(args as EventArgs);
    if ('event' in args && args.event.type === 'message') return onMessageEvent(args as EventArgs);
    if ('action' in args && args.body.type === 'block_actions' && args.action.type === 'button' && 'action_id' in args.action && OUR_BUTTONS.test(args.action.action_id)) {
      return onButton(args as ButtonArgs);
    }
    await args.next();
  });


  /**
   * Answers a button's clicker alone: through the click's response_url (ephemeral, the original left as it
   * is), which works wherever the button was, even in a channel the bot isn't in; if that fails, with
   * chat.postEphemeral in the channel (in the thread when the button was in one).
   */
  async function tellPrivately(
    client: webApi.WebClient,
    reply: Reply,
    to: { responseUrl?: string; channel?: string; user: string; threadTs?: string },
    rlog: Logger,
  ): Promise<void> {
    const message = render(reply);
    if (to.responseUrl) {
      try {
        await responder.send(to.responseUrl, { response_type: 'ephemeral', replace_original: false, ...message });
        return;
      } catch (err) {
        if (!to.channel) throw err;
        rlog.warn({ err: errorFields(err) }, 'response_url failed; answering with chat.postEphemeral');
      }
    }
    if (!to.channel) {
      rlog.warn('no response_url and no channel: the clicker was not answered');
      return;
    }
    await client.chat.postEphemeral({ channel: to.channel, user: to.user, ...message, ...(to.threadTs ? { thread_ts: to.threadTs } : {}) });
  }

  app.error(async (error) => {
    log.error({ err: errorFields(error) }, 'slack listener error');
  });

  async function drain(deadline: number): Promise<void> {
    while (inflight.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
      await Promise.race([Promise.allSettled([...inflight]), timeout]);
      clearTimeout(timer);
    }
    if (inflight.size > 0) log.warn({ inflight: inflight.size }, 'stopped with replies still in flight');
  }

  async function stop(): Promise<void> {
    // Stop taking work (close the listener / the socket), let replies in flight finish, then let go.
    const disconnected =
      receiver &&
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        receiver?.client.once('disconnected', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    const closed = app.stop().catch((err: unknown) => log.warn({ err: errorFields(err) }, 'slack receiver stop failed'));
    await drain(Date.now() + (opts.drainTimeoutMs ?? 10_000));
    if (server) {
      // Keep-alive connections idle after the drain would hold close() open; give busy ones a moment.
      server.closeIdleConnections();
      const s = server;
      const force = setTimeout(() => s.closeAllConnections(), 1000);
      await closed;
      clearTimeout(force);
    } else {
      await closed;
    }
    await disconnected;
    responder.close();
    state = 'stopped';
    log.info('slack adapter stopped');
  }

  return {
    platform: 'slack',
    mode,
    ready,
    boundPort: () => {
      const address = server?.address();
      return typeof address === 'object' && address !== null ? (address as AddressInfo).port : undefined;
    },
    post: createPost(app.client, log),
    async start() {
      if (state !== 'idle') throw new Error(`The Slack adapter can't start: it is ${state}`);
      state = 'starting';
      try {
        // auth.test, awaited: a wrong token or an unreachable Slack is an error here, not a stray rejection.
        await app.init();
        if (mode === 'http') {
          server = await app.start({ port: opts.port, host: opts.host });
          // Keep idle connections open longer than the load balancers in front of an app commonly do (60 s):
          // with Node's 5 s, a request sent on a connection the server is just closing fails (ECONNRESET, a
          // 502 from the balancer). Node 20's close() still drops idle connections at stop.
          server.keepAliveTimeout = KEEP_ALIVE_MS;
          server.headersTimeout = KEEP_ALIVE_MS + 1_000;
        } else {
          await app.start();
        }
      } catch (err) {
        state = 'stopped';
        const d = deliveryError(err);
        throw new Error(`Slack failed to start (${mode} mode): ${d.message}`, { cause: err });
      }
      state = 'running';
      log.info({ mode, port: mode === 'http' ? (server?.address() as AddressInfo | null)?.port : undefined }, 'slack adapter started');
    },
    stop() {
      if (state === 'idle' || state === 'stopped') return Promise.resolve();
      if (!stopping) {
        state = 'stopping';
        stopping = stop();
      }
      return stopping;
    },
  };
}
