/**
 * Proves the Discord stand-in speaks well enough for the real discord.js Client: no mocks, loopback only.
 *
 * Unhandled rejections: a `process.on('unhandledRejection')` listener in a test file never fires under Jest,
 * because test code gets a sandboxed copy of `process` (checked on Jest 30). Jest 30 instead fails the test
 * that caused the rejection, late ones included, so the crashes discord.js reports that way fail these tests.
 * Listener errors and socket errors arrive on `Events.Error` / `Events.ShardError`, which are watched below.
 */
import {
  Client,
  DiscordAPIError,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  InteractionType,
  RESTJSONErrorCodes,
  Routes,
  type APIInteraction,
  type ClientEvents,
  type Interaction,
  type SendableChannels,
} from 'discord.js';
import { startDiscordStandin, type DiscordStandin, type RecordedRequest } from './discord-standin';

const EXTRA_CHANNEL_ID = '1234567890123456789';
const EVENT_TIMEOUT_MS = 2_000;

function newClient(standin: DiscordStandin): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    rest: { api: standin.apiUrl },
  });
}

/** Resolves with the arguments of the next `event` that `accept` takes. */
function nextEvent<E extends keyof ClientEvents>(
  client: Client,
  event: E,
  accept: (...args: ClientEvents[E]) => boolean = () => true,
): Promise<ClientEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event, listener);
      reject(new Error(`no ${event} within ${EVENT_TIMEOUT_MS} ms`));
    }, EVENT_TIMEOUT_MS);
    const listener = (...args: ClientEvents[E]): void => {
      if (!accept(...args)) return;
      clearTimeout(timer);
      client.off(event, listener);
      resolve(args);
    };
    client.on(event, listener);
  });
}

async function loginAndWaitReady(client: Client, token: string): Promise<void> {
  const ready = nextEvent(client, Events.ClientReady);
  await client.login(token);
  await ready;
}

const callbackPath = (d: APIInteraction): string => `/api/v10/interactions/${d.id}/${d.token}/callback`;

describe('Discord stand-in driven by the real discord.js Client', () => {
  let standin: DiscordStandin;
  let client: Client;
  const clientErrors: unknown[] = [];

  /** Dispatches an INTERACTION_CREATE and resolves with discord.js's Interaction for it. */
  async function deliverInteraction(d: APIInteraction): Promise<Interaction> {
    const created = nextEvent(client, Events.InteractionCreate, (i) => i.id === d.id);
    expect(standin.dispatch('INTERACTION_CREATE', d)).toBe(1);
    const [interaction] = await created;
    return interaction;
  }

  function callbackRequest(d: APIInteraction): Promise<RecordedRequest> {
    return standin.waitForRequest((r) => r.method === 'POST' && r.path === callbackPath(d));
  }

  function sendableChannel(id: string): SendableChannels {
    const channel = client.channels.cache.get(id);
    if (!channel?.isSendable()) throw new Error(`channel ${id} is not cached as sendable`);
    return channel;
  }

  beforeAll(async () => {
    standin = await startDiscordStandin({ channels: [EXTRA_CHANNEL_ID] });
    client = newClient(standin);
    client.on(Events.Error, (error) => clientErrors.push(error));
    client.on(Events.ShardError, (error) => clientErrors.push(error));
    await loginAndWaitReady(client, standin.token);
  });

  afterEach(() => {
    expect(clientErrors).toEqual([]);
    standin.clearRequests();
  });

  afterAll(async () => {
    // Client first: if the stand-in dropped the socket first, the client would reconnect forever.
    // (`?.` because both are still unset if beforeAll failed.)
    await client?.destroy();
    await standin?.close();
  });

  it('logs in with the bot token and fills the cache from READY and GUILD_CREATE', async () => {
    expect(client.user?.id).toBe(standin.botUserId);
    expect(client.application?.id).toBe(standin.applicationId);
    expect(client.guilds.cache.get(standin.guildId)?.available).toBe(true);
    expect(client.channels.cache.has(standin.channelId)).toBe(true);
    expect(client.channels.cache.has(EXTRA_CHANNEL_ID)).toBe(true);
    expect(standin.identifies).toBe(1);
    expect(standin.connectedClients).toBe(1);
    await expect(standin.ready()).resolves.toBeUndefined();
  });

  it('delivers a guild MESSAGE_CREATE with the bot mention resolved', async () => {
    const d = standin.message({ content: `<@${standin.botUserId}> who won?`, channelId: standin.channelId });
    const created = nextEvent(client, Events.MessageCreate, (m) => m.id === d.id);
    standin.dispatch('MESSAGE_CREATE', d);
    const [message] = await created;

    expect(message.content).toBe(`<@${standin.botUserId}> who won?`);
    expect(message.guildId).toBe(standin.guildId);
    expect(message.author.id).toBe(standin.defaultUser.id);
    expect(message.mentions.users.has(standin.botUserId)).toBe(true);
  });

  it('opens a DM over REST and then delivers a DM message in it', async () => {
    const dm = await client.users.createDM(standin.defaultUser.id);
    const d = standin.message({ content: 'hello in private', channelId: dm.id });
    expect(d.guild_id).toBeUndefined();
    const created = nextEvent(client, Events.MessageCreate, (m) => m.id === d.id);
    standin.dispatch('MESSAGE_CREATE', d);
    const [message] = await created;

    expect(message.channel.isDMBased()).toBe(true);
    expect(message.content).toBe('hello in private');
  });

  it('records reply() as callback type 4 carrying allowed_mentions', async () => {
    const d = standin.interaction({ name: 'ask', options: { question: 'who won?' } });
    const interaction = await deliverInteraction(d);
    if (!interaction.isChatInputCommand()) throw new Error(`expected a chat-input command, got ${interaction.type}`);
    expect(interaction.options.getString('question')).toBe('who won?');

    await interaction.reply({ content: 'Nobody yet.', allowedMentions: { parse: [] } });

    const request = await callbackRequest(d);
    expect(request.status).toBe(204);
    expect(request.headers.authorization).toBeUndefined();
    // toMatchObject compares arrays exactly, so `parse: []` must be empty.
    expect(request.body).toMatchObject({ type: 4, data: { content: 'Nobody yet.', allowed_mentions: { parse: [] } } });
  });

  it('answers a second acknowledgement of one interaction with 40060', async () => {
    const d = standin.interaction();
    const ack = { body: { type: 4, data: { content: 'first' } }, auth: false };
    await client.rest.post(Routes.interactionCallback(d.id, d.token), ack);

    const second = client.rest.post(Routes.interactionCallback(d.id, d.token), ack);
    await expect(second).rejects.toMatchObject({ code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged });
  });

  it('round-trips deferReply, editReply (PATCH @original) and followUp', async () => {
    const d = standin.interaction({ name: 'ask' });
    const interaction = await deliverInteraction(d);
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');

    await interaction.deferReply();
    const edited = await interaction.editReply('Here is the answer.');
    const followUp = await interaction.followUp('And a source.');

    expect((await callbackRequest(d)).body).toMatchObject({ type: 5 });
    const patch = await standin.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/${d.token}/messages/@original`));
    expect(patch.path).toBe(`/api/v10/webhooks/${standin.applicationId}/${d.token}/messages/@original`);
    expect(patch.body).toMatchObject({ content: 'Here is the answer.' });
    expect(edited.content).toBe('Here is the answer.');
    expect(edited.channelId).toBe(standin.channelId);
    expect(followUp.content).toBe('And a source.');
    expect(followUp.id).not.toBe(edited.id);
  });

  it('records an autocomplete respond() as callback type 8 with the choices', async () => {
    const d = standin.interaction({
      type: InteractionType.ApplicationCommandAutocomplete,
      name: 'ask',
      options: { topic: 'elec' },
      focused: 'topic',
    });
    const interaction = await deliverInteraction(d);
    if (!interaction.isAutocomplete()) throw new Error('expected an autocomplete interaction');
    expect(interaction.options.getFocused()).toBe('elec');

    await interaction.respond([{ name: 'election', value: 'election' }]);

    expect((await callbackRequest(d)).body).toEqual({ type: 8, data: { choices: [{ name: 'election', value: 'election' }] } });
  });

  it('delivers a button press with its message, acknowledged by deferUpdate (type 6)', async () => {
    const d = standin.interaction({ type: InteractionType.MessageComponent, customId: 'more:42' });
    const interaction = await deliverInteraction(d);
    if (!interaction.isButton()) throw new Error('expected a button interaction');
    expect(interaction.customId).toBe('more:42');
    expect(interaction.message.author.id).toBe(standin.botUserId);

    await interaction.deferUpdate();

    expect((await callbackRequest(d)).body).toEqual({ type: 6 });
  });

  it('lets discord.js retry a 429 by itself', async () => {
    standin.failNext(
      { method: 'POST', path: /\/channels\/\d+\/messages$/ },
      {
        status: 429,
        headers: { 'retry-after': '0.05' },
        body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      },
    );

    const sent = await sendableChannel(standin.channelId).send('after the limit');

    const posts = standin.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    const [limited, retried] = posts;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(50);
    expect(sent.content).toBe('after the limit');
    expect(sent.author.id).toBe(standin.botUserId);
  });

  it('lets discord.js retry a 500, and surfaces 403 and a deleted channel as DiscordAPIError', async () => {
    const channel = sendableChannel(EXTRA_CHANNEL_ID);
    standin.failNext({ path: /\/messages$/ }, { status: 500 });
    await channel.send('survives a 500');
    expect(standin.requests.map((r) => r.status)).toEqual([500, 200]);

    standin.failNext({ method: 'post' }, { status: 403, body: { code: RESTJSONErrorCodes.MissingAccess, message: 'Missing Access' } });
    await expect(channel.send('forbidden')).rejects.toMatchObject({ code: RESTJSONErrorCodes.MissingAccess, status: 403 });

    standin.deleteChannel(EXTRA_CHANNEL_ID);
    const gone = channel.send('into the void');
    await expect(gone).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(gone).rejects.toMatchObject({ code: RESTJSONErrorCodes.UnknownChannel, status: 404 });
    await expect(client.channels.fetch(EXTRA_CHANNEL_ID, { force: true })).rejects.toMatchObject({
      code: RESTJSONErrorCodes.UnknownChannel,
    });
  });

  it('returns the earlier message for a repeated nonce with enforce_nonce, and rejects a nonce over 25 characters', async () => {
    const channel = sendableChannel(standin.channelId);
    const first = await channel.send({ content: 'once', nonce: 'digest-part-0', enforceNonce: true });
    const again = await channel.send({ content: 'once', nonce: 'digest-part-0', enforceNonce: true });
    expect(again.id).toBe(first.id);
    const plain = await channel.send({ content: 'once', nonce: 'digest-part-0' });
    expect(plain.id).not.toBe(first.id);
    await expect(channel.send({ content: 'x', nonce: 'n'.repeat(26) })).rejects.toMatchObject({ status: 400 });
  });

  it('records a multipart send: payload_json as the body, files listed', async () => {
    await sendableChannel(standin.channelId).send({
      content: 'with a file',
      files: [{ attachment: Buffer.from('source text'), name: 'source.txt' }],
    });

    const request = await standin.waitForRequest((r) => r.method === 'POST' && r.files.length > 0);
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(request.body).toMatchObject({ content: 'with a file' });
    expect(request.files).toEqual([expect.objectContaining({ filename: 'source.txt', size: 11 })]);
  });

  it('bulk-overwrites global and guild commands and reads them back', async () => {
    const application = client.application;
    if (!application) throw new Error('client has no application');

    const set = await application.commands.set([{ name: 'ask', description: 'Ask about the story' }]);
    const fetched = await application.commands.fetch({ force: true });
    await application.commands.set([{ name: 'sources', description: 'List sources' }], standin.guildId);

    expect([...fetched.keys()]).toEqual([...set.keys()]);
    expect(fetched.first()?.name).toBe('ask');
    expect(standin.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /api/v10/applications/${standin.applicationId}/commands`,
      `GET /api/v10/applications/${standin.applicationId}/commands`,
      `PUT /api/v10/applications/${standin.applicationId}/guilds/${standin.guildId}/commands`,
    ]);
    // A dispatched command picks up the registered id.
    expect(standin.interaction({ name: 'ask' }).data).toMatchObject({ id: set.first()?.id });
  });

  it('survives a malformed gateway payload', async () => {
    expect(standin.sendRaw('{"op":0,"t":"MESSAGE_CREATE","d":')).toBe(1);

    const d = standin.message({ content: 'still here', guildId: standin.guildId });
    const created = nextEvent(client, Events.MessageCreate, (m) => m.id === d.id);
    standin.dispatch('MESSAGE_CREATE', d);
    const [message] = await created;
    expect(message.content).toBe('still here');
  });

  it('resumes after the gateway closes with 4000 and keeps delivering events', async () => {
    const resumed = nextEvent(client, Events.ShardResume);
    await standin.closeClients(4000);
    await resumed;

    expect(standin.resumes).toBe(1);
    expect(standin.identifies).toBe(1);
    expect(client.isReady()).toBe(true);
    const d = standin.message({ content: 'after the resume', channelId: standin.channelId });
    const created = nextEvent(client, Events.MessageCreate, (m) => m.id === d.id);
    expect(standin.dispatch('MESSAGE_CREATE', d)).toBe(1);
    expect((await created)[0].content).toBe('after the resume');
  });

  it('rejects a wrong token with TokenInvalid', async () => {
    const intruder = newClient(standin);
    try {
      await expect(intruder.login('wrong-token')).rejects.toMatchObject({ code: DiscordjsErrorCodes.TokenInvalid });
    } finally {
      await intruder.destroy();
    }
    const gatewayCall = standin.requests.find((r) => r.path === '/api/v10/gateway/bot');
    expect(gatewayCall?.status).toBe(401);
  });

  it('times out a waitForRequest that nothing matches', async () => {
    await expect(standin.waitForRequest(() => false, 20)).rejects.toThrow(/Timed out after 20 ms/);
  });
});

describe('Discord stand-in heartbeats', () => {
  it('acknowledges heartbeats sent at a short interval', async () => {
    const standin = await startDiscordStandin({ heartbeatIntervalMs: 40 });
    const client = newClient(standin);
    try {
      await loginAndWaitReady(client, standin.token);
      const acked = nextEvent(client, Events.Debug, (message) => message.includes('Heartbeat acknowledged'));
      await acked;
      expect(standin.heartbeats).toBeGreaterThanOrEqual(1);
      expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    } finally {
      await client.destroy();
      await standin.close();
    }
  });
});
