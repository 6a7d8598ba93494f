/**
 * A loopback stand-in for Slack: Web API, response_url webhooks and Socket Mode, plus helpers to sign and
 * build the requests Slack sends to an app. Slack can't be reached from test machines, so tests point the
 * real @slack/bolt App at this server (`clientOptions.slackApiUrl`) and exercise Bolt end to end.
 *
 * Wire facts mirrored here (see /work/shared/PLATFORM-NOTES.md and @slack/web-api's WebClient):
 * - WebClient POSTs `application/x-www-form-urlencoded` to `{slackApiUrl}{method}`; objects such as `blocks`
 *   arrive as JSON strings; the token comes as `Authorization: Bearer ...`.
 * - Slack answers 200 with `{ok:false,error}` for API errors; only 429 (with `Retry-After`) and 5xx change
 *   the status, and the WebClient treats any other non-200 as an HTTP error.
 * - Socket Mode: `apps.connections.open` (app-level `xapp-` token) returns a `wss://` URL; the server sends
 *   `hello`, then envelopes; the client acks each with `{envelope_id, payload}`.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

// ---------------------------------------------------------------------------------------------------------
// Identities
// ---------------------------------------------------------------------------------------------------------

/** The fixed workspace identities the stand-in and the payload builders use unless told otherwise. */
export const SLACK_STANDIN_IDS = {
  teamId: 'T0001',
  teamDomain: 'factdesk-test',
  appId: 'A0001',
  botUserId: 'U0BOT',
  botId: 'B0BOT',
  botName: 'factdesk',
  userId: 'U0USER',
  userName: 'tester',
  channelId: 'C0001',
  channelName: 'general',
  /** Slack's deprecated verification token, still present in every payload. */
  verificationToken: 'verification-token',
} as const;

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

/** A channel the stand-in knows (answered by `conversations.info`). */
export interface StandinChannel {
  id: string;
  name: string;
  is_member?: boolean;
}

/** Options for {@link startSlackStandin}. */
export interface SlackStandinOptions {
  /** `user_id` returned by `auth.test`; Bolt drops events from this user (ignoreSelf). Default `U0BOT`. */
  botUserId?: string;
  /** Channels `conversations.info` knows; others get `channel_not_found`. Default: C0001 `#general`. */
  channels?: readonly StandinChannel[];
}

/** One Web API call as the stand-in received it. */
export interface RecordedCall {
  /** API method, e.g. `chat.postMessage`. */
  readonly method: string;
  /** Arguments exactly as sent: form fields are strings (`blocks` stays a JSON string). */
  readonly args: Readonly<Record<string, unknown>>;
  /** `args` with JSON-string fields (`blocks`, `attachments`, `metadata`, `view`) parsed, for assertions. */
  readonly argsParsed: Readonly<Record<string, unknown>>;
  /** Bearer token from the Authorization header, else the `token` argument. */
  readonly token: string | undefined;
  /** `Date.now()` on arrival. */
  readonly at: number;
}

/** One POST to a response_url. */
export interface RecordedResponse {
  /** The `<id>` part of `/response/<id>`. */
  readonly id: string;
  /** The JSON body, parsed (the raw text if it was not JSON). */
  readonly body: unknown;
  readonly at: number;
}

/** An injected answer for {@link SlackStandin.failNext}. */
export interface FaultResponse {
  /** HTTP status; default 200 (Slack's usual status for `{ok:false}`). */
  status?: number;
  /** JSON body (a string is sent raw). Default `{ok:false,error:'ratelimited'}` for 429, else `fatal_error`. */
  body?: unknown;
  /** Extra response headers, e.g. `{ 'Retry-After': '1' }`. */
  headers?: Record<string, string>;
}

/** Socket Mode envelope types Slack sends. */
export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

/** The client's acknowledgement of an envelope. */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

/** A default-answer override: returns the JSON body for a 200 answer. */
export type MethodHandler = (call: RecordedCall) => Record<string, unknown>;

/** The running stand-in. */
export interface SlackStandin {
  /** `http://127.0.0.1:PORT/api/` — pass as Bolt's `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  /** `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  /** Web API calls received, oldest first. */
  readonly calls: readonly RecordedCall[];
  /** response_url posts received, oldest first. */
  readonly responses: readonly RecordedResponse[];
  /** Socket Mode acks received, oldest first. */
  readonly acks: readonly SocketAck[];
  /** A response_url served by this stand-in; `id` defaults to a fresh random one. */
  responseUrl(id?: string): string;
  /** The next `times` calls to `method` get `response` instead of the default answer. Use method
   * `'response_url'` to fail response_url posts. Faults queue in order with {@link hang}. */
  failNext(method: string, response: FaultResponse, times?: number): void;
  /** The next `times` calls to `method` are recorded and never answered (until {@link close}). */
  hang(method: string, times?: number): void;
  /** Replace the default answer for `method`. */
  setHandler(method: string, handler: MethodHandler): void;
  /** First recorded call (past or future) matching `pred`; rejects after `timeoutMs` listing calls seen. */
  waitForCall(pred: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** First response_url post (past or future) matching `pred`. */
  waitForResponse(pred: (response: RecordedResponse) => boolean, timeoutMs?: number): Promise<RecordedResponse>;
  /** Forget recorded calls, responses and acks (faults and handlers stay). */
  clear(): void;
  /** Resolves once a Socket Mode client is connected and has been sent `hello`. */
  socketConnected(timeoutMs?: number): Promise<void>;
  /** Send an envelope to the connected Socket Mode client and resolve with its ack. */
  sendEnvelope(
    type: EnvelopeType,
    payload: unknown,
    opts?: { retryAttempt?: number; timeoutMs?: number },
  ): Promise<SocketAck>;
  /** Close every server, socket and hung request; rejects pending waits. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------

const DEFAULT_WAIT_MS = 5000;
/** Fields WebClient JSON-encodes into form strings; parsed into `argsParsed` for convenient assertions. */
const JSON_STRING_FIELDS = ['blocks', 'attachments', 'metadata', 'view'] as const;
const SOCKET_PATH = '/link/';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Writes a JSON (or raw string) answer; header names are lower-cased so overrides replace, not duplicate. */
function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const isText = typeof body === 'string';
  const all: Record<string, string> = {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
  };
  for (const [name, value] of Object.entries(headers)) all[name.toLowerCase()] = value;
  res.writeHead(status, all);
  res.end(isText ? body : JSON.stringify(body));
}

function rawDataToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');
}

function parseJsonStringFields(args: Record<string, unknown>): Record<string, unknown> {
  const parsed: Record<string, unknown> = { ...args };
  for (const field of JSON_STRING_FIELDS) {
    const value = args[field];
    if (typeof value !== 'string') continue;
    const result = tryParseJson(value);
    if (result.ok) parsed[field] = result.value;
  }
  return parsed;
}

function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

function defaultFaultBody(status: number): Record<string, unknown> {
  return { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' };
}

// ---------------------------------------------------------------------------------------------------------
// Recorder: a list plus "wait for the first item matching" (past or future), with timeouts that name
// what was seen, so a failing test says what actually arrived.
// ---------------------------------------------------------------------------------------------------------

interface Waiter<T> {
  matches(item: T): boolean;
  resolve(item: T): void;
  reject(error: Error): void;
}

class Recorder<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  constructor(
    private readonly noun: string,
    private readonly describe: (item: T) => string,
  ) {}

  record(item: T): void {
    this.items.push(item);
    for (const waiter of [...this.waiters]) {
      if (waiter.matches(item)) waiter.resolve(item);
    }
  }

  /** Resolves with the first matching item; `includePast: false` only looks at items recorded from now. */
  waitFor(pred: (item: T) => boolean, timeoutMs: number, includePast = true): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const matches = (item: T): boolean => {
        try {
          return pred(item);
        } catch (error) {
          // A throwing predicate is a test bug: surface it rather than time out silently.
          settle(() => reject(error instanceof Error ? error : new Error(String(error))));
          return false;
        }
      };
      const settle = (finish: () => void): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        finish();
      };
      const waiter: Waiter<T> = {
        matches,
        resolve: (item) => settle(() => resolve(item)),
        reject: (error) => settle(() => reject(error)),
      };
      const timer = setTimeout(() => waiter.reject(new Error(this.timeoutMessage(timeoutMs))), timeoutMs);
      this.waiters.add(waiter);
      const past = includePast ? this.items.find((item) => matches(item)) : undefined;
      if (past !== undefined) waiter.resolve(past);
    });
  }

  clear(): void {
    this.items.length = 0;
  }

  rejectAll(error: Error): void {
    for (const waiter of [...this.waiters]) waiter.reject(error);
  }

  private timeoutMessage(timeoutMs: number): string {
    const seen = this.items.map((item) => `  - ${this.describe(item)}`).join('\n');
    return `No ${this.noun} matched within ${timeoutMs} ms. Seen ${this.items.length}:${seen ? `\n${seen}` : ' none'}`;
  }
}

function describeCall(call: RecordedCall): string {
  const { token: _token, ...args } = call.args;
  return `${call.method} ${JSON.stringify(args).slice(0, 200)}`;
}

function describeResponse(response: RecordedResponse): string {
  return `${response.id} ${JSON.stringify(response.body).slice(0, 200)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Default Web API answers
// ---------------------------------------------------------------------------------------------------------

interface HandlerContext {
  readonly botUserId: string;
  readonly channels: ReadonlyMap<string, StandinChannel>;
  nextTs(): string;
  socketUrl(): string;
}

function channelObject(channel: StandinChannel): Record<string, unknown> {
  return {
    id: channel.id,
    name: channel.name,
    is_channel: true,
    is_private: false,
    is_archived: false,
    is_member: channel.is_member ?? true,
  };
}

function defaultHandlers(ctx: HandlerContext): Map<string, MethodHandler> {
  const ids = SLACK_STANDIN_IDS;
  return new Map<string, MethodHandler>([
    [
      'auth.test',
      (call) =>
        call.token === undefined
          ? { ok: false, error: 'not_authed' }
          : {
              ok: true,
              url: `https://${ids.teamDomain}.slack.com/`,
              team: 'Factdesk Test',
              team_id: ids.teamId,
              user: ids.botName,
              user_id: ctx.botUserId,
              bot_id: ids.botId,
              is_enterprise_install: false,
            },
    ],
    [
      'chat.postMessage',
      (call) => {
        const channel = str(call.args.channel);
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const { text, blocks, attachments, thread_ts } = call.argsParsed;
        if (text === undefined && blocks === undefined && attachments === undefined) {
          return { ok: false, error: 'no_text' };
        }
        const ts = ctx.nextTs();
        return {
          ok: true,
          channel,
          ts,
          message: {
            type: 'message',
            text: text ?? '',
            blocks,
            attachments,
            ts,
            thread_ts,
            user: ctx.botUserId,
            bot_id: ids.botId,
            team: ids.teamId,
          },
        };
      },
    ],
    [
      'chat.postEphemeral',
      (call) =>
        str(call.args.channel) && str(call.args.user)
          ? { ok: true, message_ts: ctx.nextTs() }
          : { ok: false, error: 'channel_not_found' },
    ],
    [
      'chat.update',
      (call) => ({
        ok: true,
        channel: call.args.channel,
        ts: call.args.ts,
        text: call.argsParsed.text ?? '',
        message: { text: call.argsParsed.text ?? '', blocks: call.argsParsed.blocks },
      }),
    ],
    [
      'conversations.info',
      (call) => {
        const channel = ctx.channels.get(str(call.args.channel) ?? '');
        return channel ? { ok: true, channel: channelObject(channel) } : { ok: false, error: 'channel_not_found' };
      },
    ],
    [
      'conversations.join',
      (call) => {
        const id = str(call.args.channel) ?? ids.channelId;
        const known = ctx.channels.get(id);
        return { ok: true, channel: channelObject({ id, name: known?.name ?? id, is_member: true }) };
      },
    ],
    [
      'users.info',
      (call) => {
        const id = str(call.args.user) ?? ids.userId;
        return {
          ok: true,
          user: { id, team_id: ids.teamId, name: id.toLowerCase(), real_name: id, is_bot: false, profile: { display_name: id } },
        };
      },
    ],
    [
      'apps.connections.open',
      // Slack refuses bot/user tokens here; checking it catches an App wired without its xapp- token.
      (call) =>
        call.token?.startsWith('xapp-')
          ? { ok: true, url: ctx.socketUrl() }
          : { ok: false, error: 'not_allowed_token_type' },
    ],
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------

type Fault = { kind: 'fail'; response: FaultResponse; remaining: number } | { kind: 'hang'; remaining: number };

class SlackStandinServer implements SlackStandin {
  readonly apiUrl: string;
  readonly baseUrl: string;

  private readonly callLog = new Recorder<RecordedCall>('Web API call', describeCall);
  private readonly responseLog = new Recorder<RecordedResponse>('response_url post', describeResponse);
  private readonly ackLog = new Recorder<SocketAck>('Socket Mode ack', (ack) => JSON.stringify(ack));
  /** Fires on every hello sent; socketConnected() waits on it. */
  private readonly connectionLog = new Recorder<WebSocket>('Socket Mode connection', () => 'socket');
  private readonly faults = new Map<string, Fault[]>();
  private readonly handlers: Map<string, MethodHandler>;
  private readonly hung = new Set<ServerResponse>();
  private readonly sockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private tsCounter = 0;
  private closed = false;

  constructor(
    private readonly server: Server,
    port: number,
    opts: SlackStandinOptions,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.baseUrl}/api/`;
    const channels = opts.channels ?? [{ id: SLACK_STANDIN_IDS.channelId, name: SLACK_STANDIN_IDS.channelName }];
    this.handlers = defaultHandlers({
      botUserId: opts.botUserId ?? SLACK_STANDIN_IDS.botUserId,
      channels: new Map(channels.map((channel) => [channel.id, channel])),
      nextTs: () => this.nextTs(),
      socketUrl: () => `ws://127.0.0.1:${port}${SOCKET_PATH}?ticket=${randomUUID()}&app_id=${SLACK_STANDIN_IDS.appId}`,
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.handleRequest(req, res).catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, { ok: false, error: 'standin_error', detail: String(error) });
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.handleUpgrade(req, socket, head));
  }

  get calls(): readonly RecordedCall[] {
    return this.callLog.items;
  }

  get responses(): readonly RecordedResponse[] {
    return this.responseLog.items;
  }

  get acks(): readonly SocketAck[] {
    return this.ackLog.items;
  }

  responseUrl(id: string = randomUUID()): string {
    return `${this.baseUrl}/response/${encodeURIComponent(id)}`;
  }

  failNext(method: string, response: FaultResponse, times = 1): void {
    this.queueFault(method, { kind: 'fail', response, remaining: times });
  }

  hang(method: string, times = 1): void {
    this.queueFault(method, { kind: 'hang', remaining: times });
  }

  setHandler(method: string, handler: MethodHandler): void {
    this.handlers.set(method, handler);
  }

  waitForCall(pred: (call: RecordedCall) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedCall> {
    return this.callLog.waitFor(pred, timeoutMs);
  }

  waitForResponse(
    pred: (response: RecordedResponse) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedResponse> {
    return this.responseLog.waitFor(pred, timeoutMs);
  }

  clear(): void {
    this.callLog.clear();
    this.responseLog.clear();
    this.ackLog.clear();
  }

  async socketConnected(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (this.openSocket() !== undefined) return;
    // Only a future connection counts: an earlier one may have closed since.
    await this.connectionLog.waitFor(() => true, timeoutMs, false);
  }

  async sendEnvelope(
    type: EnvelopeType,
    payload: unknown,
    opts: { retryAttempt?: number; timeoutMs?: number } = {},
  ): Promise<SocketAck> {
    const socket = this.openSocket();
    if (socket === undefined) {
      throw new Error('No Socket Mode client is connected; await socketConnected() first.');
    }
    const envelopeId = randomUUID();
    const retryAttempt = opts.retryAttempt ?? 0;
    // Register before sending: a fast client could ack before send() returns.
    const ack = this.ackLog.waitFor((a) => a.envelope_id === envelopeId, opts.timeoutMs ?? DEFAULT_WAIT_MS, false);
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: true,
        retry_attempt: retryAttempt,
        retry_reason: retryAttempt > 0 ? 'timeout' : '',
      }),
    );
    return ack;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closedError = new Error('Slack stand-in closed');
    for (const recorder of [this.callLog, this.responseLog, this.ackLog, this.connectionLog]) {
      recorder.rejectAll(closedError);
    }
    for (const socket of this.sockets) socket.terminate();
    for (const res of this.hung) res.destroy();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    // closeAllConnections also drops keep-alive sockets the WebClient's fetch pool holds open.
    const serverClosed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await serverClosed;
  }

  // --- HTTP ------------------------------------------------------------------------------------------

  private async handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const rawBody = await readBody(req);
    if (url.pathname.startsWith('/api/')) {
      this.handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)), url, rawBody);
    } else if (url.pathname.startsWith('/response/') && req.method === 'POST') {
      this.handleResponseUrl(res, decodeURIComponent(url.pathname.slice('/response/'.length)), rawBody);
    } else {
      send(res, 404, { ok: false, error: 'not_found' });
    }
  }

  private handleApi(req: IncomingMessage, res: ServerResponse, method: string, url: URL, rawBody: string): void {
    const parsed = parseApiArgs(mediaType(req), rawBody, url.searchParams);
    const args = parsed.args;
    const call: RecordedCall = {
      method,
      args,
      argsParsed: parseJsonStringFields(args),
      token: bearerToken(req) ?? str(args.token),
      at: Date.now(),
    };
    this.callLog.record(call);
    if (this.applyFault(method, res)) return;
    if (!parsed.ok) return send(res, 200, { ok: false, error: 'invalid_json' });
    const handler = this.handlers.get(method);
    // Slack answers unknown methods with 200 and ok:false, not 404.
    send(res, 200, handler ? handler(call) : { ok: false, error: 'unknown_method' });
  }

  private handleResponseUrl(res: ServerResponse, id: string, rawBody: string): void {
    const parsed = tryParseJson(rawBody);
    this.responseLog.record({ id, body: parsed.ok ? parsed.value : rawBody, at: Date.now() });
    if (this.applyFault('response_url', res)) return;
    send(res, 200, { ok: true });
  }

  /** Consumes the next queued fault for `key`; returns true if it answered (or deliberately didn't). */
  private applyFault(key: string, res: ServerResponse): boolean {
    const queue = this.faults.get(key);
    const fault = queue?.[0];
    if (queue === undefined || fault === undefined) return false;
    fault.remaining -= 1;
    if (fault.remaining <= 0) queue.shift();
    if (fault.kind === 'hang') {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      return true;
    }
    const status = fault.response.status ?? 200;
    send(res, status, fault.response.body ?? defaultFaultBody(status), fault.response.headers);
    return true;
  }

  private queueFault(key: string, fault: Fault): void {
    if (fault.remaining < 1) return;
    const queue = this.faults.get(key) ?? [];
    queue.push(fault);
    this.faults.set(key, queue);
  }

  private nextTs(): string {
    // Unique, increasing message timestamps in Slack's "seconds.micros" shape.
    this.tsCounter += 1;
    const micros = this.tsCounter * 100;
    const seconds = 1_700_000_000 + Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  // --- Socket Mode -----------------------------------------------------------------------------------

  private handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', this.baseUrl).pathname;
    if (path !== SOCKET_PATH || this.closed) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => this.onSocketMessage(data));
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'slack-standin', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: SLACK_STANDIN_IDS.appId },
      }),
    );
    this.connectionLog.record(ws);
  }

  private onSocketMessage(data: RawData): void {
    const parsed = tryParseJson(rawDataToString(data));
    if (!parsed.ok || !isRecord(parsed.value)) return;
    const envelopeId = str(parsed.value.envelope_id);
    if (envelopeId === undefined) return;
    const ack: SocketAck = { envelope_id: envelopeId };
    if (parsed.value.payload !== undefined) ack.payload = parsed.value.payload;
    this.ackLog.record(ack);
  }

  private openSocket(): WebSocket | undefined {
    return [...this.sockets].reverse().find((ws) => ws.readyState === ws.OPEN);
  }
}

function parseApiArgs(
  type: string,
  rawBody: string,
  query: URLSearchParams,
): { ok: boolean; args: Record<string, unknown> } {
  // Slack also accepts arguments in the query string; body fields win.
  const fromQuery: Record<string, unknown> = Object.fromEntries(query);
  if (type === 'application/json') {
    const parsed = tryParseJson(rawBody);
    if (!parsed.ok || !isRecord(parsed.value)) return { ok: rawBody.trim() === '', args: fromQuery };
    return { ok: true, args: { ...fromQuery, ...parsed.value } };
  }
  return { ok: true, args: { ...fromQuery, ...Object.fromEntries(new URLSearchParams(rawBody)) } };
}

/**
 * Start a Slack stand-in on 127.0.0.1 (a free port). Start it before constructing a Bolt App: the App's
 * constructor fires `auth.test` immediately.
 */
export async function startSlackStandin(opts: SlackStandinOptions = {}): Promise<SlackStandin> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return new SlackStandinServer(server, port, opts);
}

// ---------------------------------------------------------------------------------------------------------
// Signing and posting, as Slack does to the app
// ---------------------------------------------------------------------------------------------------------

/** Headers Slack adds to every request it sends an app. */
export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

/**
 * Sign a raw request body the way Slack does: `v0=` + hex HMAC-SHA256 of `v0:{ts}:{rawBody}`.
 * @param ts Unix seconds; Bolt rejects timestamps more than 5 minutes old.
 */
export function signSlackRequest(
  secret: string,
  rawBody: string,
  ts: number = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const digest = createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(ts) };
}

/** Options for {@link postSigned}. */
export interface PostSignedOptions {
  /** Default: `json` for a string body, `form` for a record. */
  contentType?: 'form' | 'json';
  /** Timestamp to sign with (Unix seconds), e.g. a stale one. */
  ts?: number;
  /** Extra headers, e.g. `X-Slack-Retry-Num`; they override the signature headers. */
  headers?: Record<string, string>;
  /** Send without signature headers. */
  omitSignature?: boolean;
}

/** What {@link postSigned} got back. */
export interface PostResult {
  status: number;
  body: string;
  headers: Record<string, string>;
}

function formEncode(record: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    params.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return params.toString();
}

/**
 * POST a signed request to an app, as Slack would. A record is form-encoded (nested values as JSON) or
 * JSON-encoded; a string is sent as is. The content type carries no charset: Bolt compares it exactly.
 */
export async function postSigned(
  url: string,
  secret: string,
  body: string | Record<string, unknown>,
  opts: PostSignedOptions = {},
): Promise<PostResult> {
  const contentType = opts.contentType ?? (typeof body === 'string' ? 'json' : 'form');
  const rawBody = typeof body === 'string' ? body : contentType === 'json' ? JSON.stringify(body) : formEncode(body);
  const headers: Record<string, string> = {
    // Set explicitly: fetch would otherwise add `;charset=UTF-8`, which Bolt answers with 400.
    'content-type': contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    ...(opts.omitSignature ? {} : signSlackRequest(secret, rawBody, opts.ts)),
    ...opts.headers,
  };
  const res = await fetch(url, { method: 'POST', headers, body: rawBody });
  return { status: res.status, body: await res.text(), headers: Object.fromEntries(res.headers.entries()) };
}

// ---------------------------------------------------------------------------------------------------------
// Payload builders
// ---------------------------------------------------------------------------------------------------------

/** Input for {@link slashCommandBody}. */
export interface SlashCommandInput {
  /** Default `/ask`. */
  command?: string;
  text: string;
  response_url: string;
  channel_id?: string;
  channel_name?: string;
  user_id?: string;
  user_name?: string;
  team_id?: string;
  trigger_id?: string;
}

/** The form record Slack posts for a slash command (also the Socket Mode `slash_commands` payload). */
export function slashCommandBody(input: SlashCommandInput): Record<string, string> {
  const ids = SLACK_STANDIN_IDS;
  return {
    token: ids.verificationToken,
    team_id: input.team_id ?? ids.teamId,
    team_domain: ids.teamDomain,
    channel_id: input.channel_id ?? ids.channelId,
    channel_name: input.channel_name ?? ids.channelName,
    user_id: input.user_id ?? ids.userId,
    user_name: input.user_name ?? ids.userName,
    command: input.command ?? '/ask',
    text: input.text,
    api_app_id: ids.appId,
    is_enterprise_install: 'false',
    response_url: input.response_url,
    trigger_id: input.trigger_id ?? `${Date.now()}.1.${randomUUID().replace(/-/g, '')}`,
  };
}

/** Options for {@link eventBody}. */
export interface EventBodyOptions {
  /** Default: a fresh `Ev...` id. Reuse one to simulate Slack's retries. */
  eventId?: string;
  /** `authorizations[0].user_id`; default `U0BOT`. */
  botUserId?: string;
}

/** The Events API `event_callback` envelope (also the Socket Mode `events_api` payload); send as JSON. */
export function eventBody(event: Record<string, unknown>, opts: EventBodyOptions = {}): Record<string, unknown> {
  const ids = SLACK_STANDIN_IDS;
  return {
    token: ids.verificationToken,
    team_id: ids.teamId,
    api_app_id: ids.appId,
    event,
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: ids.teamId,
        user_id: opts.botUserId ?? ids.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

/** Input for {@link blockActionPayload} / {@link blockActionBody}: a button click on a message. */
export interface BlockActionInput {
  actionId: string;
  value: string;
  channelId: string;
  userId: string;
  /** `ts` of the message holding the button. */
  messageTs: string;
  /** Set when that message is in a thread. */
  threadTs?: string;
  responseUrl: string;
  blockId?: string;
}

/** The `block_actions` interaction payload for a button click (the Socket Mode `interactive` payload). */
export function blockActionPayload(input: BlockActionInput): Record<string, unknown> {
  const ids = SLACK_STANDIN_IDS;
  return {
    type: 'block_actions',
    user: { id: input.userId, username: ids.userName, name: ids.userName, team_id: ids.teamId },
    api_app_id: ids.appId,
    token: ids.verificationToken,
    container: {
      type: 'message',
      message_ts: input.messageTs,
      channel_id: input.channelId,
      is_ephemeral: false,
      thread_ts: input.threadTs,
    },
    trigger_id: `${Date.now()}.1.${randomUUID().replace(/-/g, '')}`,
    team: { id: ids.teamId, domain: ids.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: input.channelId, name: ids.channelName },
    message: {
      type: 'message',
      user: ids.botUserId,
      bot_id: ids.botId,
      ts: input.messageTs,
      thread_ts: input.threadTs,
      text: '',
      blocks: [],
    },
    state: { values: {} },
    response_url: input.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: input.blockId ?? 'actions',
        text: { type: 'plain_text', text: input.value, emoji: true },
        value: input.value,
        action_ts: `${Math.floor(Date.now() / 1000)}.000001`,
      },
    ],
  };
}

/** The form record Slack posts over HTTP for a button click: `{ payload: <JSON> }`. */
export function blockActionBody(input: BlockActionInput): Record<string, string> {
  return { payload: JSON.stringify(blockActionPayload(input)) };
}
