/**
 * The Discord adapter end to end on loopback: the real discord.js Client logs in to the stand-in
 * (test/fakes/discord-standin.ts), the real core answers from the real fact base, the real bot decides, a
 * real SQLite file holds the state. Every REST request the bot makes is recorded, and the last test checks
 * that each one that sent a message carried `allowed_mentions: { parse: [] }`.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { InteractionType, REST, type APIInteraction, type GatewayMessageCreateDispatchData } from 'discord.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { z } from 'zod';
import { createDiscordAdapter, createDiscordPoster, type DiscordAdapter } from '../../src/adapters/discord';
import { registerCommands, runRegister, toDiscordCommands } from '../../src/adapters/discord-register';
import { DeliveryError } from '../../src/adapters/port';
import { createBot, type Bot } from '../../src/bot';
import { loadConfig, type DiscordConfig } from '../../src/config';
import { buildCore } from '../../src/core/bootstrap';
import { infoReply } from '../../src/core/reply';
import { createLogger, type Logger } from '../../src/logger';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite-store';
import { startDiscordStandin, type DiscordStandin, type InteractionInit, type RecordedRequest } from '../fakes/discord-standin';
import { FACTS, tempDir } from '../helpers';

// ---------------------------------------------------------------------------------------------------------------
// What the stand-in records, parsed (no casts)
// ---------------------------------------------------------------------------------------------------------------

const Field = z.object({ name: z.string(), value: z.string() });
const Embed = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  color: z.number().optional(),
  fields: z.array(Field).optional(),
  footer: z.object({ text: z.string() }).optional(),
});
const Button = z.object({ type: z.literal(2), custom_id: z.string(), label: z.string(), style: z.number() });
const Row = z.object({ type: z.literal(1), components: z.array(Button) });
const Mentions = z.object({ parse: z.array(z.string()), replied_user: z.boolean().optional() });
const MessageBody = z.object({
  content: z.string().optional(),
  embeds: z.array(Embed).optional(),
  components: z.array(Row).optional(),
  allowed_mentions: Mentions.optional(),
  flags: z.number().optional(),
  message_reference: z.object({ message_id: z.string() }).optional(),
});
const Choice = z.object({ name: z.string(), value: z.string() });
const Callback = z.object({ type: z.number(), data: MessageBody.extend({ choices: z.array(Choice).optional() }).optional() });
type Body = z.infer<typeof MessageBody>;

const EPHEMERAL = 64;

function messageBody(r: RecordedRequest): Body {
  return MessageBody.parse(r.body);
}

function callbackData(r: RecordedRequest): Body & { choices?: { name: string; value: string }[] } {
  const cb = Callback.parse(r.body);
  return cb.data ?? {};
}

/** Everything a person reads in a message's embeds, in order. */
function textOf(body: Body): string {
  return (body.embeds ?? [])
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text])
    .filter((s): s is string => !!s)
    .join('\n');
}

function fieldsOf(body: Body): { name: string; value: string }[] {
  return (body.embeds ?? []).flatMap((e) => e.fields ?? []);
}

function buttonsOf(body: Body): { custom_id: string; label: string }[] {
  return (body.components ?? []).flatMap((r) => r.components);
}

const callbackPath = (d: APIInteraction): string => `/api/v10/interactions/${d.id}/${d.token}/callback`;
const messagesPath = (channel: string): string => `/api/v10/channels/${channel}/messages`;

/** Collects log lines (pino JSON) so tests can read what the adapter said. */
function memoryLogger(): { logger: Logger; lines: () => { level: number; msg: string; code?: number; requestId?: string }[] } {
  const raw: string[] = [];
  const logger = createLogger('info', { write: (s: string) => void raw.push(s) });
  const LogLine = z.object({ level: z.number(), msg: z.string().default(''), code: z.number().optional(), requestId: z.string().optional() }).passthrough();
  return { logger, lines: () => raw.map((s) => LogLine.parse(JSON.parse(s))) };
}

const GENEROUS = { userBurst: 1000, userPerMin: 1000, channelBurst: 1000, channelPerMin: 1000 };

function realBot(store: SqliteStore, logger: Logger): Bot {
  const r = buildCore(FACTS, { store });
  if (!r.ok) throw new Error(r.error);
  return createBot({ core: r.core, store, logger, rate: GENEROUS, userSalt: 'test' });
}

function configFor(standin: DiscordStandin, extra: Partial<DiscordConfig> = {}): DiscordConfig {
  return { token: standin.token, applicationId: standin.applicationId, guildId: standin.guildId, apiUrl: standin.apiUrl, messageContent: true, ...extra };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Every request of the whole file, for the allowed_mentions check at the end. */
const everyRequest: RecordedRequest[] = [];

// ---------------------------------------------------------------------------------------------------------------

describe('Discord adapter on the loopback stand-in', () => {
  const LISTEN_CHANNEL = '1100000000000000001';
  const QUIET_CHANNEL = '1100000000000000002';
  const GONE_CHANNEL = '1100000000000000003';
  const POST_CHANNEL = '1100000000000000004';
  let standin: DiscordStandin;
  let store: SqliteStore;
  let bot: Bot;
  let adapter: DiscordAdapter;
  let log: ReturnType<typeof memoryLogger>;

  /** Dispatches an interaction and resolves with the body of its callback. */
  async function interact(init: InteractionInit): Promise<{ d: APIInteraction; data: ReturnType<typeof callbackData>; type: number }> {
    const d = standin.interaction(init);
    expect(standin.dispatch('INTERACTION_CREATE', d)).toBe(1);
    const req = await standin.waitForRequest((r) => r.method === 'POST' && r.path === callbackPath(d));
    expect(req.status).toBe(204);
    return { d, data: callbackData(req), type: Callback.parse(req.body).type };
  }

  /** Dispatches a message and resolves with the bot's reply to it. */
  async function say(d: GatewayMessageCreateDispatchData): Promise<Body> {
    expect(standin.dispatch('MESSAGE_CREATE', d)).toBe(1);
    const req = await standin.waitForRequest(
      (r) => r.method === 'POST' && r.path === messagesPath(d.channel_id) && MessageBody.safeParse(r.body).data?.message_reference?.message_id === d.id,
    );
    expect(req.status).toBe(200);
    return messageBody(req);
  }

  /**
   * Dispatches a message the bot must not answer, then a mention it must answer in the same channel; once that
   * answer is in (and a moment more), nothing may have referred to the first message.
   */
  async function expectSilence(d: GatewayMessageCreateDispatchData): Promise<void> {
    expect(standin.dispatch('MESSAGE_CREATE', d)).toBe(1);
    const probe = standin.message({ content: `<@${standin.botUserId}> who did Macron call?`, channelId: d.channel_id, guildId: d.guild_id ?? null });
    await say(probe);
    await sleep(50);
    const replies = standin.requests.filter((r) => MessageBody.safeParse(r.body).data?.message_reference?.message_id === d.id);
    expect(replies).toEqual([]);
  }

  beforeAll(async () => {
    standin = await startDiscordStandin({ channels: [LISTEN_CHANNEL, QUIET_CHANNEL, GONE_CHANNEL, POST_CHANNEL] });
    store = openSqliteStore(join(tempDir('factdesk-discord-'), 'factdesk.db'));
    log = memoryLogger();
    bot = realBot(store, log.logger);
    adapter = createDiscordAdapter({ config: configFor(standin), bot, logger: log.logger, registerOnStart: true });
    await adapter.start();
  });

  afterEach(() => {
    everyRequest.push(...standin.requests);
    standin.clearRequests();
  });

  afterAll(async () => {
    // Adapter (client) first: if the stand-in dropped the socket first, the client would reconnect forever.
    await adapter?.stop();
    await standin?.close();
    await store?.close();
  });

  it('connects with the Message Content intent and publishes the declared commands to the guild', async () => {
    expect(adapter.ready()).toBe(true);
    expect(adapter.messageContent).toBe(true);
    const put = standin.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${standin.applicationId}/guilds/${standin.guildId}/commands`);
    const names = z.array(z.object({ name: z.string() })).parse(put?.body).map((c) => c.name);
    expect(names).toEqual(bot.core.registry.commands.map((c) => c.name));
    expect(names).toEqual(['whocalled', 'ask', 'digest', 'listen', 'about', 'help']);
    const identify = standin.received.find((f) => f.op === 2);
    const intents = z.object({ intents: z.number() }).parse(identify?.d).intents;
    expect(intents & (1 << 15)).toBe(1 << 15); // MessageContent
    expect(intents & (1 << 8)).toBe(0); // no presences, nothing privileged beyond message content
  });

  it('answers /whocalled Macron with one field per source: ¶5, ¶6 and ¶7, quotes in quotation marks', async () => {
    const { type, data } = await interact({ name: 'whocalled', options: { leader: 'Macron' } });
    expect(type).toBe(4);
    expect((data.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const fields = fieldsOf(data);
    expect(fields.map((f) => f.name.split(' — ')[0])).toEqual(['¶5', '¶6', '¶7']);
    for (const f of fields) expect(f.value).toMatch(/^“.+”$/s);
    const sources = bot.core.engine.whocalled('Macron').sources;
    expect(fields.map((f) => f.value)).toEqual(sources.map((s) => `“${s.quote}”`));
    expect(textOf(data)).toMatch(/Macron/);
    expect(buttonsOf(data).length).toBeGreaterThan(0);
  });

  it('answers /ask with the sourced answer', async () => {
    const { type, data } = await interact({ name: 'ask', options: { question: 'Which app did Starmer use to message Trump?' } });
    expect(type).toBe(4);
    expect(textOf(data)).toMatch(/WhatsApp/);
    expect(fieldsOf(data)[0]).toEqual({ name: '¶10 — the report', value: '“British Prime Minister Keir Starmer reportedly used WhatsApp to message Trump”' });
  });

  it('shows /digest preview privately', async () => {
    const { type, data } = await interact({ name: 'digest', subcommand: 'preview' });
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    const text = textOf(data);
    expect(text).toMatch(/Daily digest/);
    expect(text).toMatch(/From the story/);
    expect(text).toMatch(/Only you see this|no digest subscription/);
  });

  it('refuses /digest subscribe 25:00 privately and stores nothing', async () => {
    const { data } = await interact({ name: 'digest', subcommand: 'subscribe', options: { time: '25:00' } });
    expect(data.flags).toBe(EPHEMERAL);
    expect(textOf(data)).toMatch(/Nothing was changed/);
    expect(await store.subscription({ platform: 'discord', channel: standin.channelId })).toBeUndefined();
  });

  it('stores /digest subscribe 08:00 Europe/Paris and reports it in /digest status', async () => {
    const sub = await interact({ name: 'digest', subcommand: 'subscribe', options: { time: '08:00', timezone: 'Europe/Paris' } });
    expect((sub.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(textOf(sub.data)).toMatch(/Subscribed.*08:00 Europe\/Paris/);
    expect(await store.subscription({ platform: 'discord', channel: standin.channelId })).toMatchObject({ time: '08:00', tz: 'Europe/Paris', paused: false });

    const status = await interact({ name: 'digest', subcommand: 'status' });
    expect(status.data.flags).toBe(EPHEMERAL);
    expect(textOf(status.data)).toMatch(/08:00 Europe\/Paris/);
  });

  it('switches listening on with /listen on and reports it with /listen status', async () => {
    const on = await interact({ name: 'listen', subcommand: 'on', channelId: LISTEN_CHANNEL });
    expect((on.data.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(textOf(on.data)).toMatch(/^Listening/);
    expect(await store.listening({ platform: 'discord', channel: LISTEN_CHANNEL })).toBe(true);

    const status = await interact({ name: 'listen', subcommand: 'status', channelId: LISTEN_CHANNEL });
    expect(status.data.flags).toBe(EPHEMERAL);
    expect(textOf(status.data)).toMatch(/I am listening in this channel/);
  });

  it('answers /about and /help', async () => {
    const about = await interact({ name: 'about' });
    expect(about.data.embeds?.[0]?.title).toBe('About factdesk');
    expect(textOf(about.data)).toMatch(/word for word/);

    const help = await interact({ name: 'help' });
    expect(help.data.flags).toBe(EPHEMERAL);
    for (const c of ['/whocalled', '/ask', '/digest', '/listen', '/about', '/help']) expect(textOf(help.data)).toContain(c);
  });

  it('autocompletes leaders from the story, misspellings included, and time zones', async () => {
    const mac = await interact({ type: InteractionType.ApplicationCommandAutocomplete, name: 'whocalled', options: { leader: 'Mac' }, focused: 'leader' });
    expect(mac.type).toBe(8);
    expect(mac.data.choices?.map((c) => c.value)).toContain('Emmanuel Macron');

    const starmer = await interact({ type: InteractionType.ApplicationCommandAutocomplete, name: 'whocalled', options: { leader: 'starmr' }, focused: 'leader' });
    expect(starmer.data.choices?.[0]?.value).toBe('Keir Starmer');

    const zones = await interact({
      type: InteractionType.ApplicationCommandAutocomplete,
      name: 'digest',
      subcommand: 'subscribe',
      options: { timezone: 'Europe/Par' },
      focused: 'timezone',
    });
    const choices = zones.data.choices ?? [];
    expect(choices[0]?.value).toBe('Europe/Paris');
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value).toMatch(/europe\/par/i);
    }

    const empty = await interact({ type: InteractionType.ApplicationCommandAutocomplete, name: 'digest', subcommand: 'subscribe', focused: 'timezone' });
    expect(empty.data.choices?.map((c) => c.value)).toContain('UTC');
  });

  it('answers a mention as a reply to the message', async () => {
    const d = standin.message({ content: `<@${standin.botUserId}> Which app did Starmer use to message Trump?`, channelId: standin.channelId });
    const body = await say(d);
    expect(body.message_reference?.message_id).toBe(d.id);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(textOf(body)).toMatch(/WhatsApp/);
    expect(fieldsOf(body)[0]?.name).toBe('¶10 — the report');
  });

  it('answers a direct message as a reply in the DM', async () => {
    const d = standin.message({ content: 'who did Macron call?' });
    expect(d.guild_id).toBeUndefined();
    const body = await say(d);
    expect(body.message_reference?.message_id).toBe(d.id);
    expect(textOf(body)).toMatch(/Macron/);
  });

  it('in a listening channel answers a question, and stays silent on one the story cannot answer and on chatter', async () => {
    const question = standin.message({ content: 'Which app did Starmer use to message Trump?', channelId: LISTEN_CHANNEL });
    expect(textOf(await say(question))).toMatch(/WhatsApp/);

    await expectSilence(standin.message({ content: 'What is the capital of Peru?', channelId: LISTEN_CHANNEL }));
    await expectSilence(standin.message({ content: 'lol nice one everybody', channelId: LISTEN_CHANNEL }));
  });

  it('stays silent on questions in a channel it is not listening in', async () => {
    await expectSilence(standin.message({ content: 'Which app did Starmer use to message Trump?', channelId: QUIET_CHANNEL }));
  });

  it('ignores other bots, even when they mention it', async () => {
    await expectSilence(
      standin.message({ content: `<@${standin.botUserId}> who did Macron call?`, channelId: standin.channelId, author: { id: '1300000000000000001', username: 'otherbot', bot: true } }),
    );
  });

  it('never pings: a mention full of @everyone, @here, roles and users is answered with allowed_mentions empty', async () => {
    const d = standin.message({
      content: `<@${standin.botUserId}> @everyone @here <@&1400000000000000001> <@1400000000000000002> did Trump call @everyone?`,
      channelId: standin.channelId,
      mentionEveryone: true,
    });
    const body = await say(d);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.content ?? '').toBe('');

    const echoed = await interact({ name: 'whocalled', options: { leader: '@everyone <@&1400000000000000001>' } });
    expect(echoed.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = textOf(echoed.data);
    expect(text).toContain('@\u200beveryone');
    expect(text).not.toMatch(/@everyone|<@&\d/);
  });

  it('asks the suggested question when a suggestion button is clicked', async () => {
    const first = await interact({ name: 'ask', options: { question: 'Which app did Starmer use to message Trump?' } });
    const button = buttonsOf(first.data).find((b) => !b.label.startsWith('/'));
    if (!button) throw new Error('expected a suggestion button that asks a question');
    expect(button.custom_id).toMatch(/^factdesk:suggest:\d+:/);

    const click = await interact({ type: InteractionType.MessageComponent, customId: button.custom_id });
    expect(click.type).toBe(4);
    const asked = button.custom_id.replace(/^factdesk:suggest:\d+:/, '');
    const expected = bot.core.engine.ask(asked);
    expect(expected.answered).toBe(true);
    expect(textOf(click.data)).toContain(expected.answer.split('\n')[0] ?? '');
    expect(fieldsOf(click.data).map((f) => f.value)).toEqual(expected.sources.map((s) => `“${s.quote}”`));

    const command = buttonsOf(first.data).find((b) => b.label.startsWith('/whocalled'));
    if (!command) throw new Error('expected a /whocalled suggestion');
    const ran = await interact({ type: InteractionType.MessageComponent, customId: command.custom_id });
    expect(fieldsOf(ran.data).length).toBeGreaterThan(0);
    expect(fieldsOf(ran.data).every((f) => f.name.startsWith('¶'))).toBe(true);
  });

  it('finds a suggestion too long for its custom id in the footer of the message the button is on', async () => {
    const long = 'Which app did Starmer use to message Trump, and what did the report say about how the messages were received?';
    await adapter.post(POST_CHANNEL, { ...infoReply('Posted with a long suggestion.'), suggestions: [long] });
    const posted = await standin.waitForRequest((r) => r.method === 'POST' && r.path === messagesPath(POST_CHANNEL));
    const button = buttonsOf(messageBody(posted))[0];
    expect(button?.custom_id).toBe('factdesk:suggest:0');
    expect(button?.label.length).toBeLessThanOrEqual(80);

    // The click carries the message as Discord stored it: read it back from the stand-in.
    const listed = await fetch(`${standin.apiUrl}/v10/channels/${POST_CHANNEL}/messages`, { headers: { authorization: `Bot ${standin.token}` } });
    const stored = z.array(z.object({ id: z.string() }).passthrough()).parse(await listed.json());
    const message = stored[0];
    if (!message) throw new Error('the stand-in stored no message');
    const d = standin.interaction({ type: InteractionType.MessageComponent, customId: 'factdesk:suggest:0', channelId: POST_CHANNEL });
    const withMessage = { ...d, message };
    expect(standin.dispatch('INTERACTION_CREATE', withMessage)).toBe(1);
    const req = await standin.waitForRequest((r) => r.method === 'POST' && r.path === callbackPath(d));
    // The whole question was recovered and asked: the answer is the engine's answer to all of it.
    expect(textOf(callbackData(req))).toContain(bot.core.engine.ask(long).answer);
  });

  it('answers honestly about a leader the story never names', async () => {
    const { data } = await interact({ name: 'whocalled', options: { leader: 'Boris Johnson' } });
    expect(textOf(data)).toMatch(/doesn't name "Boris Johnson"/);
    expect(fieldsOf(data)).toEqual([]);
    expect(buttonsOf(data).map((b) => b.label)).toContain('/whocalled Macron');
  });

  it('answers an oversized question with a clear reply', async () => {
    const question = `Which app did Starmer use to message Trump? ${'and also tell me more about it '.repeat(200)}`;
    const { data } = await interact({ name: 'ask', options: { question } });
    expect(textOf(data)).toMatch(/Your question was long, so I read only its first 500 characters/);

    const d = standin.message({ content: `<@${standin.botUserId}> ${question}`, channelId: standin.channelId });
    expect(textOf(await say(d))).toMatch(/Your question was long/);
  });

  it('survives garbage and malformed gateway dispatches and keeps answering', async () => {
    expect(standin.sendRaw('{"op":0,"t":"INTERACTION_CREATE","d":')).toBe(1);
    expect(standin.sendRaw('{"op":0,"t":"INTERACTION_CREATE","s":1000,"d":null}')).toBe(1);
    const broken: Record<string, unknown> = { ...standin.interaction({ name: 'ask', options: { question: 'who?' } }) };
    delete broken.member;
    delete broken.user;
    delete broken.data;
    expect(standin.dispatch('INTERACTION_CREATE', broken)).toBe(1);
    const noEntitlements: Record<string, unknown> = { ...standin.interaction({ name: 'ask', options: { question: 'who?' } }) };
    delete noEntitlements.entitlements;
    expect(standin.dispatch('INTERACTION_CREATE', noEntitlements)).toBe(1);
    expect(standin.dispatch('MESSAGE_CREATE', { id: '1500000000000000001' })).toBe(1);

    const { data } = await interact({ name: 'ask', options: { question: 'Which app did Starmer use to message Trump?' } });
    expect(textOf(data)).toMatch(/WhatsApp/);
    expect(adapter.ready()).toBe(true);
    const dropped = log.lines().filter((l) => l.msg === 'dropped a gateway event discord.js could not read');
    expect(dropped.length).toBeGreaterThanOrEqual(3);
  });

  it('maps a post to a deleted channel, or one it may not post in, to DeliveryError gone', async () => {
    standin.deleteChannel(GONE_CHANNEL);
    const sent = adapter.post(GONE_CHANNEL, infoReply('Into the void.'));
    await expect(sent).rejects.toBeInstanceOf(DeliveryError);
    await expect(sent).rejects.toMatchObject({ failure: 'gone' });

    for (const code of [50001, 50013]) {
      standin.failNext({ method: 'POST', path: /\/messages$/ }, { status: 403, body: { code, message: 'Missing Access' } });
      await expect(adapter.post(POST_CHANNEL, infoReply('Not allowed.'))).rejects.toMatchObject({ failure: 'gone' });
    }
  });

  it('waits out a short 429 and delivers once', async () => {
    standin.failNext(
      { method: 'POST', path: /\/channels\/\d+\/messages$/ },
      { status: 429, headers: { 'retry-after': '0.05' }, body: { message: 'You are being rate limited.', retry_after: 0.05, global: false } },
    );
    await adapter.post(POST_CHANNEL, infoReply('After the limit.'));
    const posts = standin.requests.filter((r) => r.method === 'POST' && r.path === messagesPath(POST_CHANNEL));
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    const delivered = posts[1];
    if (!delivered) throw new Error('no second attempt');
    expect(textOf(messageBody(delivered))).toBe('After the limit.');
  });

  it('gives up on a long 429 and on repeated 5xx as transient, with the wait when known', async () => {
    standin.failNext({ method: 'POST', path: /\/messages$/ }, { status: 429, headers: { 'retry-after': '30' }, body: { message: 'slow down', retry_after: 30, global: false } });
    const limited = adapter.post(POST_CHANNEL, infoReply('Later.'));
    await expect(limited).rejects.toMatchObject({ failure: 'transient' });
    const e = await limited.catch((err: unknown) => err);
    expect(e instanceof DeliveryError && (e.retryAfterMs ?? 0) >= 29_000).toBe(true);

    standin.failNext({ method: 'POST', path: /\/messages$/ }, { status: 502 }, 3);
    await expect(adapter.post(POST_CHANNEL, infoReply('Later.'))).rejects.toMatchObject({ failure: 'transient' });

    standin.failNext({ method: 'POST', path: /\/messages$/ }, { status: 400, body: { code: 50035, message: 'Invalid Form Body' } });
    await expect(adapter.post(POST_CHANNEL, infoReply('Broken.'))).rejects.toMatchObject({ failure: 'fatal' });
  });

  it('registers idempotently: an unchanged set makes no PUT', async () => {
    const rest = new REST({ api: standin.apiUrl }).setToken(standin.token);
    const commands = toDiscordCommands(bot.core.registry.commands);
    const again = await registerCommands(rest, standin.applicationId, standin.guildId, commands);
    expect(again).toMatchObject({ action: 'unchanged', scope: 'guild', changes: [] });
    expect(standin.requests.filter((r) => r.method === 'PUT')).toEqual([]);

    const forced = await registerCommands(rest, standin.applicationId, standin.guildId, commands, { force: true });
    expect(forced.action).toBe('overwritten');
    expect(standin.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('npm run register publishes globally once, then reports nothing to do', async () => {
    const loaded = loadConfig({ DISCORD_TOKEN: standin.token, DISCORD_APPLICATION_ID: standin.applicationId, DISCORD_API_URL: standin.apiUrl });
    if (!loaded.ok) throw new Error(loaded.error);
    const out: string[] = [];
    const err: string[] = [];
    expect(await runRegister(loaded.config, (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(await runRegister(loaded.config, (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/published 6 commands globally.*\+whocalled/);
    expect(out[1]).toMatch(/6 commands already up to date globally.*; nothing written/);
    const puts = standin.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([`/api/v10/applications/${standin.applicationId}/commands`]);
    const global = z.array(z.object({ contexts: z.array(z.number()), integration_types: z.array(z.number()) })).parse(puts[0]?.body);
    expect(global.every((c) => c.contexts.join() === '0,1' && c.integration_types.join() === '0')).toBe(true);
  });

  it('explains a missing configuration and a refused token', async () => {
    const none = loadConfig({});
    if (!none.ok) throw new Error(none.error);
    const err: string[] = [];
    expect(await runRegister(none.config, () => undefined, (s) => err.push(s))).toBe(1);
    expect(err[0]).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);

    const bad = loadConfig({ DISCORD_TOKEN: 'wrong', DISCORD_APPLICATION_ID: standin.applicationId, DISCORD_API_URL: standin.apiUrl });
    if (!bad.ok) throw new Error(bad.error);
    expect(await runRegister(bad.config, () => undefined, (s) => err.push(s))).toBe(1);
    expect(err[1]).toMatch(/refused the token \(401\)/);
  });

  it('posts through a REST-only poster too (digest due from cron)', async () => {
    const poster = createDiscordPoster(configFor(standin), log.logger);
    await poster.post(POST_CHANNEL, infoReply('From cron.'));
    await poster.stop();
    const post = standin.requests.find((r) => r.method === 'POST' && r.path === messagesPath(POST_CHANNEL));
    if (!post) throw new Error('nothing posted');
    expect(post.status).toBe(200);
    expect(messageBody(post).allowed_mentions?.parse).toEqual([]);
  });

  describe('feedback votes', () => {
    const STARMER_Q = 'Which app did Starmer use to message Trump?';
    const OTHER_USER = { id: '1300000000000000009', username: 'other', global_name: 'Other' };
    let feedbackId = '';

    const voteButtons = (body: Body) => (body.components ?? []).flatMap((r) => r.components).filter((b) => b.custom_id.startsWith('factdesk:vote:'));

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

    /** Clicks a vote button; checks the answer was private and the only thing sent (no edit, no new post). */
    async function vote(customId: string, user?: typeof OTHER_USER): Promise<{ text: string; id: string }> {
      const { d, type, data } = await interact({ type: InteractionType.MessageComponent, customId, ...(user ? { user } : {}) });
      expect(type).toBe(4);
      expect(data.flags).toBe(EPHEMERAL);
      expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(voteButtons(data)).toEqual([]);
      await sleep(20);
      expect(standin.requests.filter((r) => r.method !== 'GET' && r.path !== callbackPath(d)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
      standin.clearRequests();
      return { text: textOf(data), id: d.id };
    }

    it('an /ask answer carries 👍 / 👎 with the id of its logged question, after the suggestions', async () => {
      const { data } = await interact({ name: 'ask', options: { question: STARMER_Q } });
      const buttons = (data.components ?? []).flatMap((r) => r.components);
      const votes = voteButtons(data);
      expect(buttons.slice(-2)).toEqual(votes);
      expect(votes.map((b) => [b.label, b.style])).toEqual([
        ['👍', 2],
        ['👎', 2],
      ]);
      const m = /^factdesk:vote:(\d+):up$/.exec(votes[0]?.custom_id ?? '');
      feedbackId = m?.[1] ?? '';
      expect(votes[1]?.custom_id).toBe(`factdesk:vote:${feedbackId}:down`);
      for (const row of data.components ?? []) expect(row.components.length).toBeLessThanOrEqual(5);
      expect((await rows()).find((r) => String(r.id) === feedbackId)).toMatchObject({ question: STARMER_Q, answered: true, up: 0, down: 0 });

      // An answer to a mention is logged too, and carries its own id.
      const said = await say(standin.message({ content: `<@${standin.botUserId}> ${STARMER_Q}`, channelId: standin.channelId }));
      const other = voteButtons(said).map((b) => b.custom_id);
      expect(other).toHaveLength(2);
      expect(other[0]).not.toBe(`factdesk:vote:${feedbackId}:up`);
    });

    it('a 👎 is stored in the database and only the clicker is thanked, privately', async () => {
      expect((await vote(`factdesk:vote:${feedbackId}:down`)).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 0, down: 1 });
    });

    it('the same user clicking 👍 changes the vote; another user’s vote adds to it', async () => {
      expect((await vote(`factdesk:vote:${feedbackId}:up`)).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 0 });
      expect((await vote(`factdesk:vote:${feedbackId}:up`)).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 0 });
      expect((await vote(`factdesk:vote:${feedbackId}:down`, OTHER_USER)).text).toMatch(/^Thanks/);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 1 });
    });

    it('a forged id gets a private "could not record" and stores nothing', async () => {
      const before = await totalVotes();
      const forged = ['abc:down', '999999:down', '-5:up', '1.5:up', '99999999999999999999:up', ':up', `${feedbackId}:sideways`, `${feedbackId}`];
      const ids: string[] = [];
      for (const f of forged) {
        const { text, id } = await vote(`factdesk:vote:${f}`);
        expect({ f, text }).toEqual({ f, text: expect.stringMatching(/not (?:be )?recorded/) });
        ids.push(id);
      }
      expect(await totalVotes()).toBe(before);
      await expect(votesOn(feedbackId)).resolves.toEqual({ up: 1, down: 1 });
      // Logged with the interaction id as the request id.
      const lines = log.lines();
      const invalid = lines.filter((l) => l.msg === 'vote with an invalid answer id');
      expect(invalid.map((l) => l.requestId)).toEqual(ids.filter((_, k) => k !== 1));
      expect(lines.filter((l) => l.msg === 'vote clicked' && l.requestId === ids[1])).toHaveLength(1);
    });

    it('a refusal to empty input carries no vote buttons', async () => {
      const before = (await rows()).length;
      const { data } = await interact({ name: 'ask', options: { question: '   ' } });
      expect(textOf(data).length).toBeGreaterThan(0);
      expect(voteButtons(data)).toEqual([]);
      const greeting = await say(standin.message({ content: `<@${standin.botUserId}>`, channelId: standin.channelId }));
      expect(textOf(greeting)).toMatch(/Ask me anything/);
      expect(voteButtons(greeting)).toEqual([]);
      expect((await rows()).length).toBe(before);
    });
  });

  it('logged no errors along the way', () => {
    expect(log.lines().filter((l) => l.level >= 50)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('Discord adapter when every command is deferred', () => {
  let standin: DiscordStandin;
  let store: SqliteStore;
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    standin = await startDiscordStandin();
    store = openSqliteStore(join(tempDir('factdesk-discord-'), 'factdesk.db'));
    const { logger } = memoryLogger();
    adapter = createDiscordAdapter({ config: configFor(standin), bot: realBot(store, logger), logger, deferAfterMs: 0 });
    await adapter.start();
  });

  afterEach(() => {
    everyRequest.push(...standin.requests);
    standin.clearRequests();
  });

  afterAll(async () => {
    await adapter?.stop();
    await standin?.close();
    await store?.close();
  });

  it('defers, then edits the public answer into the original message', async () => {
    const d = standin.interaction({ name: 'whocalled', options: { leader: 'Macron' } });
    standin.dispatch('INTERACTION_CREATE', d);
    const patch = await standin.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${d.token}/messages/@original`));
    const callback = standin.requests.find((r) => r.path === callbackPath(d));
    expect(Callback.parse(callback?.body).type).toBe(5);
    const body = messageBody(patch);
    expect(fieldsOf(body).map((f) => f.name.split(' — ')[0])).toEqual(['¶5', '¶6', '¶7']);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a private reply privately after a deferral, and removes the placeholder', async () => {
    const d = standin.interaction({ name: 'help' });
    standin.dispatch('INTERACTION_CREATE', d);
    const follow = await standin.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${standin.applicationId}/${d.token}`);
    expect(messageBody(follow).flags).toBe(EPHEMERAL);
    expect(textOf(messageBody(follow))).toContain('/whocalled');
    await standin.waitForRequest((r) => r.method === 'DELETE' && r.path.endsWith(`/${d.token}/messages/@original`));
  });

  describe('feedback votes', () => {
    it('defers a vote privately and edits the thank-you in; the answer is left as it is', async () => {
      const ask = standin.interaction({ name: 'ask', options: { question: 'Which app did Starmer use to message Trump?' } });
      standin.dispatch('INTERACTION_CREATE', ask);
      const answer = messageBody(await standin.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${ask.token}/messages/@original`)));
      const down = (answer.components ?? []).flatMap((r) => r.components).find((b) => b.custom_id.endsWith(':down'));
      const id = /^factdesk:vote:(\d+):down$/.exec(down?.custom_id ?? '')?.[1];
      if (!down || !id) throw new Error('expected a 👎 button on the answer');
      standin.clearRequests();

      const click = standin.interaction({ type: InteractionType.MessageComponent, customId: down.custom_id });
      standin.dispatch('INTERACTION_CREATE', click);
      const edit = await standin.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${click.token}/messages/@original`));
      expect(textOf(messageBody(edit))).toMatch(/^Thanks/);
      expect(messageBody(edit).allowed_mentions).toEqual({ parse: [], replied_user: false });
      const deferral = Callback.parse(standin.requests.find((r) => r.path === callbackPath(click))?.body);
      expect(deferral).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
      expect(standin.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
        `POST ${callbackPath(click)}`,
        `PATCH ${edit.path}`,
      ]);
      const row = (await store.reportRows(undefined)).find((r) => String(r.id) === id);
      expect(row).toMatchObject({ up: 0, down: 1 });
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a port');
  return address.port;
}

/**
 * A gateway in front of the stand-in that refuses the Message Content intent as Discord does when it isn't
 * enabled for the app: close code 4014 on IDENTIFY. Everything else is relayed both ways.
 */
async function startIntentGate(standin: DiscordStandin): Promise<{ apiUrl: string; refusals: () => number; close: () => Promise<void> }> {
  let refusals = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = req.url ?? '/';
      if (path.startsWith('/api/v10/gateway/bot')) {
        const port = portOf(server);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ url: `ws://127.0.0.1:${port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }));
        return;
      }
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(Buffer.from(c));
      const upstream = await fetch(`${standin.apiUrl}${path.replace(/^\/api/, '')}`, {
        method: req.method,
        headers: { ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), 'content-type': req.headers['content-type'] ?? 'application/json' },
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      const text = await upstream.text();
      res.writeHead(upstream.status, text ? { 'content-type': 'application/json' } : {});
      res.end(text || undefined);
    })();
  });
  const wss = new WebSocketServer({ server, path: '/gateway' });
  wss.on('connection', (client, req) => {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').search;
    const upstream = new WebSocket(`${standin.gatewayUrl}${query}`);
    const early: RawData[] = [];
    upstream.on('message', (data) => client.readyState === WebSocket.OPEN && client.send(data.toString()));
    upstream.on('open', () => early.splice(0).forEach((m) => upstream.send(m.toString())));
    upstream.on('close', () => client.readyState === WebSocket.OPEN && client.close(1000));
    upstream.on('error', () => undefined);
    client.on('error', () => undefined);
    client.on('close', () => upstream.close());
    client.on('message', (data) => {
      const frame = z.object({ op: z.number(), d: z.unknown() }).safeParse(JSON.parse(data.toString()));
      const intents = frame.success && frame.data.op === 2 ? z.object({ intents: z.number() }).safeParse(frame.data.d).data?.intents : undefined;
      if (intents !== undefined && (intents & (1 << 15)) !== 0) {
        refusals++;
        client.close(4014, 'Disallowed intent(s).');
        return;
      }
      if (upstream.readyState === WebSocket.OPEN) upstream.send(data.toString());
      else early.push(data);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiUrl: `http://127.0.0.1:${portOf(server)}/api`,
    refusals: () => refusals,
    close: async () => {
      wss.clients.forEach((c) => c.terminate());
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('Discord adapter when the Message Content intent is not enabled for the app', () => {
  let standin: DiscordStandin;
  let gate: Awaited<ReturnType<typeof startIntentGate>>;
  let store: SqliteStore;
  let adapter: DiscordAdapter;
  let log: ReturnType<typeof memoryLogger>;

  beforeAll(async () => {
    standin = await startDiscordStandin();
    gate = await startIntentGate(standin);
    store = openSqliteStore(join(tempDir('factdesk-discord-'), 'factdesk.db'));
    log = memoryLogger();
    adapter = createDiscordAdapter({ config: configFor(standin, { apiUrl: gate.apiUrl }), bot: realBot(store, log.logger), logger: log.logger });
    await adapter.start();
  });

  afterEach(() => {
    everyRequest.push(...standin.requests);
    standin.clearRequests();
  });

  afterAll(async () => {
    await adapter?.stop();
    await gate?.close();
    await standin?.close();
    await store?.close();
  });

  it('says why in one clear line and connects without it', () => {
    expect(gate.refusals()).toBe(1);
    expect(adapter.ready()).toBe(true);
    expect(adapter.messageContent).toBe(false);
    const explained = log.lines().filter((l) => l.code === 4014 && /Message Content intent/.test(l.msg));
    expect(explained).toHaveLength(1);
    expect(explained[0]?.msg).toMatch(/Message Content intent.*4014.*Privileged Gateway Intents.*mentions and DMs still work/);
  });

  it('still answers mentions', async () => {
    const d = standin.message({ content: `<@${standin.botUserId}> who did Macron call?`, channelId: standin.channelId });
    standin.dispatch('MESSAGE_CREATE', d);
    const reply = await standin.waitForRequest((r) => r.method === 'POST' && MessageBody.safeParse(r.body).data?.message_reference?.message_id === d.id);
    expect(textOf(messageBody(reply))).toMatch(/Macron/);
  });

  it('greets a mention whose content is empty, as Discord sends it without the intent', async () => {
    const d = standin.message({ content: '', channelId: standin.channelId, mentions: [standin.botUser] });
    standin.dispatch('MESSAGE_CREATE', d);
    const reply = await standin.waitForRequest((r) => r.method === 'POST' && MessageBody.safeParse(r.body).data?.message_reference?.message_id === d.id);
    expect(textOf(messageBody(reply))).toMatch(/Ask me anything about the story/);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('Discord adapter shutdown', () => {
  it('stops cleanly: the gateway closes and ready() turns false', async () => {
    const standin = await startDiscordStandin();
    const store = openSqliteStore(join(tempDir('factdesk-discord-'), 'factdesk.db'));
    const { logger } = memoryLogger();
    const adapter = createDiscordAdapter({ config: configFor(standin), bot: realBot(store, logger), logger });
    try {
      await adapter.start();
      expect(standin.connectedClients).toBe(1);
      await adapter.stop();
      expect(adapter.ready()).toBe(false);
      for (let i = 0; i < 50 && standin.connectedClients > 0; i++) await sleep(10);
      expect(standin.connectedClients).toBe(0);
    } finally {
      everyRequest.push(...standin.requests);
      await adapter.stop();
      await standin.close();
      await store.close();
    }
  });
});

describe('every message the bot sent', () => {
  it('carried allowed_mentions with nothing to parse', () => {
    const sends = everyRequest.filter((r) => {
      if (r.method !== 'POST' && r.method !== 'PATCH') return false;
      const body = Callback.safeParse(r.body).data?.data ?? MessageBody.safeParse(r.body).data;
      return !!body && (body.content !== undefined || (body.embeds?.length ?? 0) > 0 || (body.components?.length ?? 0) > 0);
    });
    expect(sends.length).toBeGreaterThan(40);
    for (const r of sends) {
      const body = Callback.safeParse(r.body).data?.data ?? MessageBody.parse(r.body);
      expect({ path: r.path, allowed: body.allowed_mentions?.parse }).toEqual({ path: r.path, allowed: [] });
    }
  });
});
