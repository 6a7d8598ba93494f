/**
 * A loopback stand-in for Discord's Gateway v10 (WebSocket) and REST API, so tests can drive the real
 * discord.js client end to end without reaching Discord.
 *
 * Point a client at it with `new Client({ intents, rest: { api: standin.apiUrl } })` and
 * `client.login(standin.token)`. The client fetches `GET /gateway/bot`, connects to the ws URL it returns,
 * identifies, and gets READY plus one GUILD_CREATE. Tests then push events with {@link DiscordStandin.dispatch}
 * (payloads from {@link DiscordStandin.message} / {@link DiscordStandin.interaction}) and inspect the REST calls
 * the bot made in {@link DiscordStandin.requests}.
 *
 * Teardown order matters: `await client.destroy()` first, then `await standin.close()`. If the stand-in drops
 * the socket first, discord.js reconnects forever and the test process never exits.
 *
 * Layout: {@link World} holds the ids and objects both halves agree on; {@link RestApi} and {@link Gateway}
 * speak the two protocols; {@link Waiters} implements the `waitFor…` helpers; {@link Standin} wires them up.
 */
import { randomBytes } from 'node:crypto';
import {
  createServer,
  STATUS_CODES,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
// Only Discord's enum values come from discord.js (re-exported discord-api-types), so payloads read as names.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type APIActionRowComponent,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIComponentInMessageActionRow,
  type APIDMChannel,
  type APIGatewayBotInfo,
  type APIGuildMember,
  type APIInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentInteraction,
  type APIMessageReference,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord.js';

// =================================================================================================================
// Public API
// =================================================================================================================

/** Options for {@link startDiscordStandin}. */
export interface DiscordStandinOptions {
  /** Token accepted on REST (`Authorization: Bot <token>`) and in IDENTIFY. Default `'test-token'`. */
  token?: string;
  /** `heartbeat_interval` sent in HELLO, in ms. Default 41250 (Discord's); ~40 exercises heartbeats quickly. */
  heartbeatIntervalMs?: number;
  /** Extra text-channel ids (snowflakes) in the guild, besides {@link DiscordStandin.channelId}. */
  channels?: readonly string[];
}

/** A file part of a multipart REST request (discord.js only sends multipart when there are files). */
export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

/** One REST request as the stand-in received and answered it. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /**
   * Full URL path without the query, percent-decoded, e.g. `/api/v10/channels/123/messages`.
   * (discord.js sends `@original` as `%40original`; it is recorded and matched as `@original`.)
   */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON; for multipart the parsed `payload_json` part; raw text if not JSON; undefined if empty. */
  body: unknown;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
  /** `Date.now()` when it was answered. */
  at: number;
  /** The HTTP status the stand-in answered with. */
  status: number;
}

/** Selects REST requests for {@link DiscordStandin.failNext}; omitted fields match anything. */
export interface RequestMatcher {
  /** HTTP method, case-insensitive. */
  method?: string;
  /** Tested against the full, percent-decoded path, e.g. `/\/channels\/\d+\/messages$/`. */
  path?: RegExp;
  /** Tested against the parsed body, e.g. to fail only one of several messages. */
  body?: (body: unknown) => boolean;
}

/** A canned REST answer. */
export interface FaultResponse {
  status: number;
  /** Sent as JSON. For a status ≥ 400 it defaults to Discord's `{ code: 0, message: '<status>: <reason>' }`. */
  body?: unknown;
  /** Extra headers, e.g. `{ 'retry-after': '0.05' }` on a 429: discord.js reads the header, not the body. */
  headers?: Record<string, string>;
}

/** A payload a client sent on the gateway (IDENTIFY, heartbeat, presence update...). */
export interface GatewayFrame {
  op: GatewayOpcodes;
  d: unknown;
  at: number;
}

/** A command option value; its Discord type is inferred: string → STRING, integer → INTEGER, number → NUMBER. */
export type CommandOptionValue = string | number | boolean;

/** Input for {@link DiscordStandin.interaction}; everything is optional. */
export interface InteractionInit {
  /** Application command (default), message component, or autocomplete. */
  type?: InteractionType.ApplicationCommand | InteractionType.MessageComponent | InteractionType.ApplicationCommandAutocomplete;
  /** Command name (commands and autocomplete). Default `'ask'`. */
  name?: string;
  /** Default: the id of a command registered under `name` via REST, else a fresh snowflake. */
  commandId?: string;
  /** Option values by name (types inferred), or raw option objects when the type matters. */
  options?: Readonly<Record<string, CommandOptionValue>> | readonly APIApplicationCommandInteractionDataBasicOption[];
  subcommand?: string;
  subcommandGroup?: string;
  /** Autocomplete: the option being typed in (added with value `''` if it isn't in `options`). */
  focused?: string;
  /** Component `custom_id`. Default `'button'` (or `'select'` with `values`). */
  customId?: string;
  /** Selected values: makes the component a string select instead of a button. */
  values?: readonly string[];
  /** The message the component is on. Default: a bot message carrying that component. */
  message?: APIMessage;
  /** Default: the stand-in's guild. `null` makes it a DM interaction, in the user's DM channel. */
  guildId?: string | null;
  /** Default: {@link DiscordStandin.channelId} in the guild, the user's DM channel otherwise. */
  channelId?: string;
  /** Merged over {@link DiscordStandin.defaultUser}. */
  user?: Partial<APIUser>;
  /** Default `Locale.EnglishUS`. */
  locale?: Locale;
  /** The invoking member's permission bitfield. Default `'0'`. */
  memberPermissions?: string;
  /** The bot's permission bitfield in the channel. Default: what a bot needs to answer there. */
  appPermissions?: string;
  id?: string;
  token?: string;
}

/** Input for {@link DiscordStandin.message}. */
export interface MessageInit {
  content: string;
  /**
   * A guild channel id makes it a guild message (its guild_id comes from the channel, as on Discord); any other id
   * is taken as a DM channel with the author. Default: the guild's `channelId` if `guildId` is set, else the
   * author's DM channel.
   */
  channelId?: string;
  /** Set to {@link DiscordStandin.guildId} for a guild message; omit (or `null`) for a DM. */
  guildId?: string | null;
  /** Merged over {@link DiscordStandin.defaultUser}. */
  author?: Partial<APIUser>;
  /** Users mentioned besides the bot (the bot is added when the content has `<@BOTID>` or `<@!BOTID>`). */
  mentions?: readonly APIUser[];
  mentionEveryone?: boolean;
  id?: string;
}

/** A running stand-in; create it with {@link startDiscordStandin}. */
export interface DiscordStandin {
  /** Pass as `rest.api` to the discord.js Client: `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  /** The ws URL that `GET /gateway/bot` returns; also the `resume_gateway_url`. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly botUserId: string;
  /** Deliberately not the bot user's id, so code that mixes the two up fails. */
  readonly applicationId: string;
  readonly guildId: string;
  /** The guild's first text channel. */
  readonly channelId: string;
  /** All the guild's text channels, `channelId` first. */
  readonly channelIds: readonly string[];
  readonly botUser: APIUser;
  /** Who sends messages and interactions unless a test says otherwise. */
  readonly defaultUser: APIUser;
  /** REST requests answered so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Gateway payloads received from clients, oldest first. */
  readonly received: readonly GatewayFrame[];
  /** IDENTIFYs accepted so far. */
  readonly identifies: number;
  /** RESUMEs accepted so far. */
  readonly resumes: number;
  /** Heartbeats (op 1) received so far. */
  readonly heartbeats: number;
  /** Open gateway sockets that have identified or resumed. */
  readonly connectedClients: number;

  /** Forgets recorded requests (an array obtained from `requests` earlier keeps its contents). */
  clearRequests(): void;
  /** Resolves with the first recorded request matching `pred`, already recorded or future. Default 5 s timeout. */
  waitForRequest(pred: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Answers the next `times` (default 1) requests matching `matcher` with `response` instead. */
  failNext(matcher: RequestMatcher, response: FaultResponse, times?: number): void;
  /** REST calls on the channel then answer 404 `{ code: 10003 }`. No CHANNEL_DELETE is sent; dispatch one if wanted. */
  deleteChannel(id: string): void;

  /** Sends an op-0 dispatch to every identified client; returns how many got it (0 = lost, nothing is replayed). */
  dispatch(t: string, d: unknown): number;
  /** Sends raw text (e.g. malformed JSON) to every open gateway socket; returns how many got it. */
  sendRaw(text: string): number;
  /**
   * Closes every gateway socket with `code` and waits until closed. After 4000 discord.js resumes in ~0.5 s;
   * after 1000 it re-identifies, which its identify throttle delays ~5–6.5 s past the previous IDENTIFY.
   */
  closeClients(code: number, reason?: string): Promise<void>;
  /** Resolves once a client has identified and been sent READY and GUILD_CREATE. */
  ready(timeoutMs?: number): Promise<void>;
  /** Resolves once at least `count` (default 1) IDENTIFYs were accepted; for "the next one" pass `identifies + 1`. */
  waitForIdentify(count?: number, timeoutMs?: number): Promise<void>;
  /** Resolves once at least `count` (default 1) RESUMEs were accepted. */
  waitForResume(count?: number, timeoutMs?: number): Promise<void>;

  /** Builds an INTERACTION_CREATE `d`, for `dispatch('INTERACTION_CREATE', d)`. */
  interaction(init?: InteractionInit): APIInteraction;
  /** Builds a MESSAGE_CREATE `d` from a user, for `dispatch('MESSAGE_CREATE', d)`. */
  message(init: MessageInit): GatewayMessageCreateDispatchData;

  /** Terminates gateway sockets, closes the servers and rejects pending waits. Destroy clients first. */
  close(): Promise<void>;
}

/**
 * Starts a stand-in on a free 127.0.0.1 port.
 * @example
 * const standin = await startDiscordStandin();
 * const client = new Client({ intents, rest: { api: standin.apiUrl } });
 * await client.login(standin.token);
 */
export async function startDiscordStandin(opts: DiscordStandinOptions = {}): Promise<DiscordStandin> {
  const standin = new Standin(opts);
  await standin.listen();
  return standin;
}

// =================================================================================================================
// Constants and small helpers
// =================================================================================================================

const API_PREFIX = '/api/v10';
/** How long Discord keeps a message's nonce for `enforce_nonce` ("the past few minutes"). */
const NONCE_WINDOW_MS = 5 * 60_000;
const GATEWAY_PATH = '/gateway';
const DEFAULT_TOKEN = 'test-token';
const DEFAULT_HEARTBEAT_MS = 41_250;
const DEFAULT_WAIT_MS = 5_000;
/** Discord's upload limit for an unboosted guild, sent as `attachment_size_limit`. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/**
 * What a bot needs to answer in a channel. Given to @everyone, so discord.js's own permission checks
 * (`permissionsFor(guild.members.me)`) pass; tests simulate missing access with a 403 fault.
 */
const BOT_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseExternalEmojis,
  PermissionFlagsBits.UseApplicationCommands,
]
  .reduce((all, bit) => all | bit, 0n)
  .toString();

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeIncrement = 0n;

/** A fresh snowflake with a real timestamp, so discord.js's `createdAt` getters stay meaningful. */
function snowflake(): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeIncrement).toString();
}

function randomToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Discord sends 0 for "no flags", but discord-api-types types flag fields as enums with no zero member. */
function noFlags<Flags extends number>(): Flags {
  return 0 as Flags;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Narrows a number off the wire to a known gateway opcode. */
function asOpcode(value: unknown): GatewayOpcodes | undefined {
  const known: unknown[] = Object.values(GatewayOpcodes);
  return typeof value === 'number' && known.includes(value) ? value : undefined;
}

/** Narrows a number off the wire to a known interaction callback type. */
function asResponseType(value: unknown): InteractionResponseType | undefined {
  const known: unknown[] = Object.values(InteractionResponseType);
  return typeof value === 'number' && known.includes(value) ? value : undefined;
}

function parseJsonOrText(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return text;
  }
}

// =================================================================================================================
// World: the ids and objects REST and the gateway agree on
// =================================================================================================================

/** A message as the stand-in answers it: embeds, components and flags echo whatever the client sent. */
type WireMessage = Omit<APIMessage, 'embeds' | 'components' | 'flags'> & {
  embeds: unknown[];
  components: unknown[];
  flags: number;
};

/** What the REST side needs to know about an interaction it built. */
interface InteractionRecord {
  type: InteractionType;
  channelId: string;
}

class World {
  readonly botUserId = snowflake();
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly channelIds: readonly string[];
  readonly botUser: APIUser;
  readonly defaultUser: APIUser;
  readonly joinedAt = new Date().toISOString();
  /** Messages the bot created, by id, so they can be fetched, edited and deleted. */
  readonly messages = new Map<string, WireMessage>();
  /** Bulk-overwritten command lists, by REST path (global or per guild). */
  readonly commands = new Map<string, JsonObject[]>();
  readonly interactionsById = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  /** Known channels; deleting one removes it, which is all REST needs to answer 10003. */
  private readonly guildChannels = new Map<string, APITextChannel>();
  private readonly dmChannels = new Map<string, APIDMChannel>();
  private readonly dmChannelByUser = new Map<string, string>();

  constructor(extraChannelIds: readonly string[]) {
    this.channelIds = [this.channelId, ...extraChannelIds];
    this.botUser = { id: this.botUserId, username: 'factdesk', discriminator: '0', global_name: null, avatar: null, bot: true };
    this.defaultUser = { id: snowflake(), username: 'tester', discriminator: '0', global_name: 'Tester', avatar: null };
    this.channelIds.forEach((id, position) => this.guildChannels.set(id, this.textChannel(id, position)));
  }

  channel(id: string): APITextChannel | APIDMChannel | undefined {
    return this.guildChannels.get(id) ?? this.dmChannels.get(id);
  }

  isGuildChannel(id: string): boolean {
    return this.guildChannels.has(id);
  }

  textChannels(): APITextChannel[] {
    return [...this.guildChannels.values()];
  }

  deleteChannel(id: string): void {
    this.guildChannels.delete(id);
    this.dmChannels.delete(id);
  }

  /** The DM channel with `user` (optionally with a given id), opened on first use. */
  dmChannelFor(user: APIUser, id?: string): APIDMChannel {
    const existing = this.dmChannels.get(id ?? this.dmChannelByUser.get(user.id) ?? '');
    if (existing) return existing;
    const channel: APIDMChannel = {
      id: id ?? snowflake(),
      type: ChannelType.DM,
      recipients: [user],
      last_message_id: null,
      flags: noFlags(),
      name: null,
    };
    this.dmChannels.set(channel.id, channel);
    this.dmChannelByUser.set(user.id, channel.id);
    return channel;
  }

  userFrom(partial: Partial<APIUser> = {}): APIUser {
    return { ...this.defaultUser, ...partial };
  }

  memberFields(): Omit<APIGuildMember, 'user'> {
    return {
      nick: null,
      avatar: null,
      banner: null,
      roles: [],
      joined_at: this.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: noFlags(),
      pending: false,
      communication_disabled_until: null,
    };
  }

  guildMember(user: APIUser): APIGuildMember {
    return { ...this.memberFields(), user };
  }

  /** A message authored by the bot, before any echoed fields are added. */
  botMessage(channelId: string, content: string): APIMessage {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: MessageType.Default,
      flags: noFlags(),
    };
  }

  registeredCommandId(name: string): string | undefined {
    const all = [...this.commands.values()].flat();
    return asString(all.find((command) => command.name === name)?.id);
  }

  private textChannel(id: string, position: number): APITextChannel {
    return {
      id,
      type: ChannelType.GuildText,
      guild_id: this.guildId,
      name: position === 0 ? 'general' : `channel-${position}`,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: noFlags(),
    };
  }
}

// =================================================================================================================
// Payload builders
// =================================================================================================================

function readyPayload(world: World, sessionId: string, gatewayUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...world.botUser, verified: true, mfa_enabled: false, flags: noFlags() },
    guilds: [{ id: world.guildId, unavailable: true }], // Filled in by the GUILD_CREATE that follows.
    session_id: sessionId,
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    // Without `application` discord.js crashes on READY. flags_new is the same bitfield as a string.
    application: { id: world.applicationId, flags: noFlags(), flags_new: '0' },
  };
}

function guildCreatePayload(world: World): GatewayGuildCreateDispatchData {
  const everyone: APIRole = {
    id: world.guildId, // @everyone's role id is the guild id.
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: BOT_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: noFlags(),
  };
  return {
    id: world.guildId,
    name: 'factdesk test guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.defaultUser.id,
    region: 'us-east',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.AllMessages,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    mfa_level: GuildMFALevel.None,
    nsfw_level: GuildNSFWLevel.Default,
    premium_tier: GuildPremiumTier.None,
    premium_progress_bar_enabled: false,
    preferred_locale: Locale.EnglishUS,
    features: [],
    roles: [everyone],
    emojis: [],
    stickers: [],
    application_id: null,
    system_channel_id: world.channelId,
    system_channel_flags: noFlags(),
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    hub_type: null,
    incidents_data: null,
    joined_at: world.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    members: [world.guildMember(world.botUser), world.guildMember(world.defaultUser)],
    channels: world.textChannels(), // Without channels, discord.js drops messages sent in them.
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The parts every interaction shares; guild interactions carry `member`, DM ones `user`. */
function interactionBase(world: World, init: InteractionInit, type: InteractionType) {
  const user = world.userFrom(init.user);
  const inGuild = init.guildId !== null;
  const guildId = init.guildId ?? world.guildId;
  // A DM channel must be known to REST, or the bot's messages in it would get 10003.
  const channelId = inGuild ? (init.channelId ?? world.channelId) : world.dmChannelFor(user, init.channelId).id;
  const id = init.id ?? snowflake();
  const token = init.token ?? randomToken();
  const record: InteractionRecord = { type, channelId };
  world.interactionsById.set(id, record);
  world.interactionsByToken.set(token, record);
  const member: APIInteractionGuildMember = { ...world.memberFields(), user, permissions: init.memberPermissions ?? '0' };
  const channel: Pick<APITextChannel | APIDMChannel, 'id' | 'type'> = {
    id: channelId,
    type: inGuild ? ChannelType.GuildText : ChannelType.DM,
  };
  return {
    id,
    application_id: world.applicationId,
    token,
    version: 1 as const,
    locale: init.locale ?? Locale.EnglishUS,
    app_permissions: init.appPermissions ?? BOT_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    channel_id: channelId,
    channel,
    ...(inGuild
      ? { guild_id: guildId, guild_locale: Locale.EnglishUS, member, context: InteractionContextType.Guild }
      : { user, context: InteractionContextType.BotDM }),
  };
}

function commandData(world: World, init: InteractionInit) {
  const name = init.name ?? 'ask';
  return {
    id: init.commandId ?? world.registeredCommandId(name) ?? snowflake(),
    name,
    type: ApplicationCommandType.ChatInput as const,
    options: commandOptions(init),
    ...(init.guildId === null ? {} : { guild_id: init.guildId ?? world.guildId }),
  };
}

function commandInteraction(world: World, init: InteractionInit): APIChatInputApplicationCommandInteraction {
  const base = interactionBase(world, init, InteractionType.ApplicationCommand);
  return { ...base, type: InteractionType.ApplicationCommand, data: commandData(world, init) };
}

function autocompleteInteraction(world: World, init: InteractionInit): APIApplicationCommandAutocompleteInteraction {
  const base = interactionBase(world, init, InteractionType.ApplicationCommandAutocomplete);
  return { ...base, type: InteractionType.ApplicationCommandAutocomplete, data: commandData(world, init) };
}

function componentInteraction(world: World, init: InteractionInit): APIMessageComponentInteraction {
  const base = interactionBase(world, init, InteractionType.MessageComponent);
  const values = init.values ? [...init.values] : undefined;
  const data = values
    ? { custom_id: init.customId ?? 'select', component_type: ComponentType.StringSelect as const, values }
    : { custom_id: init.customId ?? 'button', component_type: ComponentType.Button as const };
  // discord.js builds `interaction.message` from this, so a component interaction must carry one.
  const message = init.message ?? componentMessage(world, base.channel_id, data.custom_id, values);
  return { ...base, type: InteractionType.MessageComponent, data, message };
}

function componentMessage(world: World, channelId: string, customId: string, values?: string[]): APIMessage {
  const component: APIComponentInMessageActionRow = values
    ? { type: ComponentType.StringSelect, custom_id: customId, options: values.map((v) => ({ label: v, value: v })) }
    : { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label: 'Button' };
  const row: APIActionRowComponent<APIComponentInMessageActionRow> = { type: ComponentType.ActionRow, components: [component] };
  return { ...world.botMessage(channelId, ''), components: [row] };
}

/** `{ name: value }` → typed options (raw ones are copied), with focus marked and subcommands nested. */
function commandOptions(init: InteractionInit): APIApplicationCommandInteractionDataOption[] {
  const given = init.options ?? {};
  const basic = isOptionList(given)
    ? given.map((option) => ({ ...option }))
    : Object.entries(given).map(([name, value]) => inferOption(name, value));
  const options = init.focused === undefined ? basic : markFocused(basic, init.focused);
  if (init.subcommand === undefined) return options;
  const sub: APIApplicationCommandInteractionDataOption = { type: ApplicationCommandOptionType.Subcommand, name: init.subcommand, options };
  if (init.subcommandGroup === undefined) return [sub];
  return [{ type: ApplicationCommandOptionType.SubcommandGroup, name: init.subcommandGroup, options: [sub] }];
}

/** `Array.isArray` would narrow this readonly union to `any[]`. */
function isOptionList(options: NonNullable<InteractionInit['options']>): options is readonly APIApplicationCommandInteractionDataBasicOption[] {
  return Array.isArray(options);
}

function inferOption(name: string, value: CommandOptionValue): APIApplicationCommandInteractionDataBasicOption {
  if (typeof value === 'string') return { type: ApplicationCommandOptionType.String, name, value };
  if (typeof value === 'boolean') return { type: ApplicationCommandOptionType.Boolean, name, value };
  return Number.isInteger(value)
    ? { type: ApplicationCommandOptionType.Integer, name, value }
    : { type: ApplicationCommandOptionType.Number, name, value };
}

type FocusableOption = Extract<APIApplicationCommandInteractionDataBasicOption, { focused?: boolean }>;

/** Only string, integer and number options autocomplete. */
function isFocusable(option: APIApplicationCommandInteractionDataBasicOption): option is FocusableOption {
  return (
    option.type === ApplicationCommandOptionType.String ||
    option.type === ApplicationCommandOptionType.Integer ||
    option.type === ApplicationCommandOptionType.Number
  );
}

function markFocused(options: APIApplicationCommandInteractionDataBasicOption[], focused: string): APIApplicationCommandInteractionDataBasicOption[] {
  const marked = options.map((o) => (o.name === focused && isFocusable(o) ? { ...o, focused: true } : o));
  if (marked.some((o) => o.name === focused)) return marked;
  // Autocomplete sends what has been typed so far: an option not typed into yet arrives empty.
  return [...marked, { type: ApplicationCommandOptionType.String, name: focused, value: '', focused: true }];
}

function messageCreatePayload(world: World, init: MessageInit): GatewayMessageCreateDispatchData {
  const author = world.userFrom(init.author);
  const guildId = guildOfMessage(world, init);
  // A DM channel must be known to REST, or the bot's reply would get 10003.
  const channelId = guildId ? (init.channelId ?? world.channelId) : world.dmChannelFor(author, init.channelId).id;
  return {
    id: init.id ?? snowflake(),
    channel_id: channelId,
    author,
    content: init.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: init.mentionEveryone ?? false,
    mentions: mentionedUsers(world, init),
    mention_roles: [...init.content.matchAll(/<@&(\d+)>/g)].map((m) => m[1] ?? ''),
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
    flags: noFlags(),
    components: [],
    ...(guildId
      ? { guild_id: guildId, channel_type: ChannelType.GuildText, member: world.memberFields() }
      : { channel_type: ChannelType.DM }),
  };
}

/** A message's guild is its channel's guild; anything not in a guild channel is a DM. */
function guildOfMessage(world: World, init: MessageInit): string | undefined {
  if (init.guildId !== undefined) return init.guildId ?? undefined;
  return init.channelId !== undefined && world.isGuildChannel(init.channelId) ? world.guildId : undefined;
}

function mentionedUsers(world: World, init: MessageInit): APIUser[] {
  const users = [...(init.mentions ?? [])];
  const botMentioned = init.content.includes(`<@${world.botUserId}>`) || init.content.includes(`<@!${world.botUserId}>`);
  if (botMentioned && !users.some((u) => u.id === world.botUserId)) users.push(world.botUser);
  return users;
}

/** A message the bot posted, echoing the fields discord.js sent. */
function outgoingMessage(world: World, channelId: string, body: JsonObject, files: RecordedFile[], viaWebhook: boolean): WireMessage {
  const reference = isObject(body.message_reference) ? messageReference(body.message_reference, channelId) : undefined;
  return {
    ...world.botMessage(channelId, asString(body.content) ?? ''),
    type: reference ? MessageType.Reply : MessageType.Default,
    tts: body.tts === true,
    flags: asNumber(body.flags) ?? 0,
    embeds: asArray(body.embeds),
    components: asArray(body.components),
    attachments: files.map(toAttachment),
    ...(reference ? { message_reference: reference } : {}),
    ...(viaWebhook ? { webhook_id: world.applicationId, application_id: world.applicationId } : {}),
  };
}

function messageReference(ref: JsonObject, channelId: string): APIMessageReference {
  return { message_id: asString(ref.message_id), channel_id: asString(ref.channel_id) ?? channelId, guild_id: asString(ref.guild_id) };
}

function toAttachment(file: RecordedFile): APIAttachment {
  const id = snowflake();
  const url = `https://cdn.discordapp.invalid/attachments/${id}/${encodeURIComponent(file.filename)}`;
  return { id, filename: file.filename, size: file.size, url, proxy_url: url, content_type: file.contentType };
}

function isEmptyMessage(body: JsonObject, files: RecordedFile[]): boolean {
  const hasContent = (asString(body.content) ?? '').length > 0;
  const hasParts = ['embeds', 'components', 'sticker_ids'].some((key) => asArray(body[key]).length > 0);
  return !hasContent && !hasParts && files.length === 0 && body.poll === undefined;
}

// =================================================================================================================
// REST
// =================================================================================================================

/** A REST request after its body was read. */
interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
}

/** What the stand-in answers: a body goes out as JSON; no body means no content-type (see {@link writeReply}). */
interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Route {
  method: string;
  /** Matched against the path after `/api/v10`; capture groups become the handler's arguments. */
  pattern: RegExp;
  /** Bot routes need `Authorization: Bot <token>`; interaction and webhook routes are authorised by their URL token. */
  auth: boolean;
  handle: (call: RestCall, ...params: string[]) => Reply;
}

interface Fault {
  matcher: RequestMatcher;
  reply: Reply;
  remaining: number;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent = (): Reply => ({ status: 204 });
const discordError = (status: number, code: number, message: string): Reply => ({ status, body: { code, message } });
const notFound = (): Reply => discordError(404, RESTJSONErrorCodes.GeneralError, '404: Not Found');
const unknownChannel = (): Reply => discordError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
const unknownMessage = (): Reply => discordError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
const invalidFormBody = (): Reply => discordError(400, RESTJSONErrorCodes.InvalidFormBodyOrContentType, 'Invalid Form Body');

function defaultErrorBody(status: number): JsonObject {
  return { code: RESTJSONErrorCodes.GeneralError, message: `${status}: ${STATUS_CODES[status] ?? 'Error'}` };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** discord.js sends JSON, or multipart with the JSON in a `payload_json` part when there are files. */
async function parseBody(raw: Buffer, contentType = ''): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.toLowerCase().startsWith('multipart/form-data')) return parseMultipart(raw, contentType);
  return { body: parseJsonOrText(raw.toString('utf8')), files: [] };
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  // Node's fetch Response already has a multipart parser, so no dependency is needed. Its "not for servers"
  // deprecation note is about large streamed uploads; these are small test payloads read into memory anyway.
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  form.forEach((value, field) => {
    if (typeof value !== 'string') files.push({ field, filename: value.name, contentType: value.type, size: value.size });
    else if (field === 'payload_json') body = parseJsonOrText(value);
  });
  return { body, files };
}

function writeReply(res: ServerResponse, reply: Reply): void {
  // A JSON content-type on a body-less 204 makes @discordjs/rest parse an empty body and throw.
  const typeHeader: Record<string, string> = reply.body === undefined ? {} : { 'content-type': 'application/json' };
  res.writeHead(reply.status, { ...typeHeader, ...reply.headers });
  res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname; // A malformed escape is recorded as sent, and won't match a route.
  }
}

function matches(matcher: RequestMatcher, call: RestCall): boolean {
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== call.method) return false;
  if (matcher.body !== undefined && !matcher.body(call.body)) return false;
  return matcher.path === undefined || matcher.path.test(call.path);
}

class RestApi {
  recorded: RecordedRequest[] = [];
  private readonly faults: Fault[] = [];
  private readonly acknowledged = new Set<string>();
  private readonly originalByToken = new Map<string, string>();
  private readonly routes: readonly Route[];

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly gatewayUrl: () => string,
    private readonly onRecord: () => void,
  ) {
    const webhookMessage = /^\/webhooks\/\d+\/([^/]+)\/messages\/(@original|\d+)$/;
    const channelMessage = /^\/channels\/(\d+)\/messages\/(\d+)$/;
    const globalCommands = /^\/applications\/(\d+)\/commands$/;
    const guildCommands = /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/;
    const botRoute = (method: string, pattern: RegExp, handle: Route['handle']): Route => ({ method, pattern, auth: true, handle });
    const tokenRoute = (method: string, pattern: RegExp, handle: Route['handle']): Route => ({ method, pattern, auth: false, handle });
    this.routes = [
      botRoute('GET', /^\/gateway\/bot$/, () => ok(this.gatewayBotInfo())),
      tokenRoute('GET', /^\/gateway$/, () => ok({ url: this.gatewayUrl() })),
      botRoute('GET', /^\/users\/@me$/, () => ok(this.world.botUser)),
      botRoute('POST', /^\/users\/@me\/channels$/, (call) => this.openDm(call)),
      botRoute('GET', /^\/channels\/(\d+)$/, (_call, id) => this.getChannel(id)),
      botRoute('POST', /^\/channels\/(\d+)\/typing$/, (_call, id) => this.inChannel(id, noContent)),
      botRoute('GET', /^\/channels\/(\d+)\/messages$/, (_call, id) => this.inChannel(id, () => this.listMessages(id))),
      botRoute('POST', /^\/channels\/(\d+)\/messages$/, (call, id) => this.inChannel(id, () => this.createMessage(call, id))),
      botRoute('GET', channelMessage, (_call, ch, id) => this.inChannel(ch, () => this.getMessage(id))),
      botRoute('PATCH', channelMessage, (call, ch, id) => this.inChannel(ch, () => this.editMessage(call, id))),
      botRoute('DELETE', channelMessage, (_call, ch, id) => this.inChannel(ch, () => this.deleteMessage(id))),
      tokenRoute('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (call, id, token) => this.interactionCallback(call, id, token)),
      tokenRoute('POST', /^\/webhooks\/\d+\/([^/]+)$/, (call, token) => this.executeWebhook(call, token)),
      tokenRoute('GET', webhookMessage, (_call, token, id) => this.getMessage(this.webhookMessageId(token, id))),
      tokenRoute('PATCH', webhookMessage, (call, token, id) => this.editMessage(call, this.webhookMessageId(token, id))),
      tokenRoute('DELETE', webhookMessage, (_call, token, id) => this.deleteMessage(this.webhookMessageId(token, id))),
      botRoute('GET', globalCommands, (call) => ok(this.world.commands.get(call.path) ?? [])),
      botRoute('PUT', globalCommands, (call, app) => this.overwriteCommands(call, app)),
      botRoute('GET', guildCommands, (call) => ok(this.world.commands.get(call.path) ?? [])),
      botRoute('PUT', guildCommands, (call, app, guild) => this.overwriteCommands(call, app, guild)),
    ];
  }

  failNext(matcher: RequestMatcher, response: FaultResponse, times: number): void {
    const body = response.body ?? (response.status >= 400 ? defaultErrorBody(response.status) : undefined);
    this.faults.push({ matcher, reply: { status: response.status, body, headers: response.headers }, remaining: times });
  }

  /** The node:http request listener. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    this.handleAsync(req, res).catch((err: unknown) => {
      // A stand-in bug must surface in the test, not hang it: 500 makes discord.js retry, then throw.
      if (!res.headersSent) writeReply(res, { status: 500, body: { code: 0, message: `stand-in error: ${String(err)}` } });
    });
  }

  private async handleAsync(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { body, files } = await parseBody(await readBody(req), req.headers['content-type']);
    const method = (req.method ?? 'GET').toUpperCase();
    const call: RestCall = { method, path: decodePath(url.pathname), query: url.searchParams, body, files, headers: req.headers };
    const reply = this.answer(call);
    this.record(call, reply);
    writeReply(res, reply);
  }

  private answer(call: RestCall): Reply {
    const fault = this.takeFault(call);
    if (fault) return fault;
    if (!call.path.startsWith(`${API_PREFIX}/`)) return notFound();
    const subPath = call.path.slice(API_PREFIX.length);
    for (const route of this.routes) {
      const match = route.method === call.method ? route.pattern.exec(subPath) : null;
      if (!match) continue;
      if (route.auth && call.headers.authorization !== `Bot ${this.token}`) {
        return discordError(401, RESTJSONErrorCodes.GeneralError, '401: Unauthorized');
      }
      return route.handle(call, ...match.slice(1));
    }
    return notFound();
  }

  private takeFault(call: RestCall): Reply | undefined {
    const index = this.faults.findIndex((f) => matches(f.matcher, call));
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault.reply;
  }

  private record(call: RestCall, reply: Reply): void {
    const { method, path, body, files, headers } = call;
    this.recorded.push({ method, path, query: Object.fromEntries(call.query), body, files, headers, at: Date.now(), status: reply.status });
    this.onRecord();
  }

  // --- handlers -------------------------------------------------------------------------------------------------

  private gatewayBotInfo(): APIGatewayBotInfo {
    return {
      url: this.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    };
  }

  private openDm(call: RestCall): Reply {
    const recipientId = asString(asObject(call.body).recipient_id);
    if (!recipientId) return invalidFormBody();
    const recipient = recipientId === this.world.defaultUser.id ? this.world.defaultUser : this.world.userFrom({ id: recipientId });
    return ok(this.world.dmChannelFor(recipient));
  }

  private getChannel(id: string): Reply {
    const channel = this.world.channel(id);
    return channel ? ok(channel) : unknownChannel();
  }

  private inChannel(channelId: string, then: () => Reply): Reply {
    return this.world.channel(channelId) ? then() : unknownChannel();
  }

  private listMessages(channelId: string): Reply {
    const inChannel = [...this.world.messages.values()].filter((m) => m.channel_id === channelId);
    return ok(inChannel.reverse()); // Discord lists newest first.
  }

  private createMessage(call: RestCall, channelId: string): Reply {
    const body = asObject(call.body);
    if (isEmptyMessage(body, call.files)) {
      return discordError(400, RESTJSONErrorCodes.CannotSendAnEmptyMessage, 'Cannot send an empty message');
    }
    // A nonce is an integer or a string of at most 25 characters. With `enforce_nonce`, a message the same
    // author created with the same nonce in the past few minutes is returned instead of a new one.
    const nonce = typeof body.nonce === 'number' || typeof body.nonce === 'string' ? String(body.nonce) : undefined;
    if (nonce !== undefined && nonce.length > 25) return invalidFormBody();
    if (nonce !== undefined && body.enforce_nonce === true) {
      const since = Date.now() - NONCE_WINDOW_MS;
      const earlier = [...this.world.messages.values()].find((m) => m.nonce === nonce && m.author.id === this.world.botUser.id && Date.parse(m.timestamp) >= since);
      if (earlier) return ok(earlier);
    }
    const message = outgoingMessage(this.world, channelId, body, call.files, false);
    return ok(this.store(nonce === undefined ? message : { ...message, nonce }));
  }

  private getMessage(id: string | undefined): Reply {
    const message = id === undefined ? undefined : this.world.messages.get(id);
    return message ? ok(message) : unknownMessage();
  }

  private editMessage(call: RestCall, id: string | undefined): Reply {
    const message = id === undefined ? undefined : this.world.messages.get(id);
    if (!message) return unknownMessage();
    const body = asObject(call.body);
    message.content = asString(body.content) ?? message.content;
    if (Array.isArray(body.embeds)) message.embeds = asArray(body.embeds);
    if (Array.isArray(body.components)) message.components = asArray(body.components);
    message.flags &= ~MessageFlags.Loading; // Editing a deferred reply replaces its "thinking…" placeholder.
    message.edited_timestamp = new Date().toISOString();
    return ok(message);
  }

  private deleteMessage(id: string | undefined): Reply {
    return id !== undefined && this.world.messages.delete(id) ? noContent() : unknownMessage();
  }

  private interactionCallback(call: RestCall, id: string, token: string): Reply {
    if (this.acknowledged.has(id)) {
      return discordError(400, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged, 'Interaction has already been acknowledged.');
    }
    const body = asObject(call.body);
    const type = asResponseType(body.type);
    if (type === undefined) return invalidFormBody();
    this.acknowledged.add(id);
    const message = this.originalFromCallback(token, type, asObject(body.data));
    // discord.js asks for the callback resource only with `withResponse: true`.
    if (call.query.get('with_response') !== 'true') return noContent();
    return ok({
      interaction: {
        id,
        type: this.world.interactionsById.get(id)?.type ?? InteractionType.ApplicationCommand,
        response_message_id: message?.id,
        response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
        response_message_ephemeral: ((message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  }

  /** A reply or a deferral creates the interaction's `@original` message, which editReply then PATCHes. */
  private originalFromCallback(token: string, type: InteractionResponseType, data: JsonObject): WireMessage | undefined {
    const deferred = type === InteractionResponseType.DeferredChannelMessageWithSource;
    if (!deferred && type !== InteractionResponseType.ChannelMessageWithSource) return undefined;
    const channelId = this.world.interactionsByToken.get(token)?.channelId ?? this.world.channelId;
    const message = outgoingMessage(this.world, channelId, data, [], true);
    if (deferred) message.flags |= MessageFlags.Loading;
    this.originalByToken.set(token, message.id);
    return this.store(message);
  }

  private executeWebhook(call: RestCall, token: string): Reply {
    const channelId = this.world.interactionsByToken.get(token)?.channelId ?? this.world.channelId;
    const message = this.store(outgoingMessage(this.world, channelId, asObject(call.body), call.files, true));
    return call.query.get('wait') === 'true' ? ok(message) : noContent();
  }

  private webhookMessageId(token: string, id: string): string | undefined {
    return id === '@original' ? this.originalByToken.get(token) : id;
  }

  private overwriteCommands(call: RestCall, applicationId: string, guildId?: string): Reply {
    const given = asArray(call.body);
    if (!Array.isArray(call.body) || !given.every(isObject)) return invalidFormBody();
    const previous = this.world.commands.get(call.path) ?? [];
    const commands = given.map((command) => ({
      ...command,
      // Discord keeps a command's id when it is overwritten under the same name.
      id: asString(previous.find((p) => p.name === command.name)?.id) ?? snowflake(),
      application_id: applicationId,
      version: snowflake(),
      type: asNumber(command.type) ?? ApplicationCommandType.ChatInput,
      description: asString(command.description) ?? '',
      default_member_permissions: command.default_member_permissions ?? null,
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    this.world.commands.set(call.path, commands);
    return ok(commands);
  }

  private store(message: WireMessage): WireMessage {
    this.world.messages.set(message.id, message);
    return message;
  }
}

// =================================================================================================================
// Gateway
// =================================================================================================================

interface Session {
  id: string;
  /** Last sequence number sent; it carries over a resume, as on Discord. */
  seq: number;
}

interface Connection {
  socket: WebSocket;
  /** Set by IDENTIFY or RESUME; only connections with a session get dispatches. */
  session: Session | null;
}

function rawDataToText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

type ParsedFrame = { op: GatewayOpcodes; d: unknown } | 'undecodable' | 'unknown-opcode';

function parseFrame(data: RawData): ParsedFrame {
  const value = parseJsonOrText(rawDataToText(data));
  if (!isObject(value) || typeof value.op !== 'number') return 'undecodable';
  const op = asOpcode(value.op);
  return op === undefined ? 'unknown-opcode' : { op, d: value.d };
}

class Gateway {
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  /** GUILD_CREATEs written to a socket: the point at which a client can turn ready. */
  guildCreatesSent = 0;
  readonly received: GatewayFrame[] = [];
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly heartbeatIntervalMs: number,
    private readonly url: () => string,
    private readonly onChange: () => void,
  ) {}

  get connectedClients(): number {
    return this.open().filter((c) => c.session !== null).length;
  }

  /** The ws `connection` listener. */
  accept(socket: WebSocket, req: IncomingMessage): void {
    socket.on('error', () => undefined); // A client vanishing mid-frame emits ECONNRESET; it's not a test failure.
    if (new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('v') !== '10') {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    const connection: Connection = { socket, session: null };
    this.connections.add(connection);
    socket.on('close', () => this.connections.delete(connection));
    socket.on('message', (data) => this.onMessage(connection, data));
    this.send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  dispatch(t: string, d: unknown): number {
    return this.open().filter((c) => this.sendDispatch(c, t, d)).length;
  }

  sendRaw(text: string): number {
    const open = this.open();
    open.forEach((c) => c.socket.send(text));
    return open.length;
  }

  async closeAll(code: number, reason?: string): Promise<void> {
    const closing = this.open().map(
      (c) =>
        new Promise<void>((resolve) => {
          c.socket.once('close', () => resolve());
          c.socket.close(code, reason);
        }),
    );
    await Promise.all(closing);
  }

  terminateAll(): void {
    this.connections.forEach((c) => c.socket.terminate());
  }

  private open(): Connection[] {
    return [...this.connections].filter((c) => c.socket.readyState === WebSocket.OPEN);
  }

  private onMessage(connection: Connection, data: RawData): void {
    const frame = parseFrame(data);
    if (frame === 'undecodable') {
      connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    if (frame === 'unknown-opcode') {
      connection.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
      return;
    }
    this.received.push({ ...frame, at: Date.now() });
    if (frame.op === GatewayOpcodes.Heartbeat) {
      this.heartbeats += 1;
      this.send(connection, { op: GatewayOpcodes.HeartbeatAck });
    } else if (frame.op === GatewayOpcodes.Identify) {
      this.onIdentify(connection, asObject(frame.d));
    } else if (frame.op === GatewayOpcodes.Resume) {
      this.onResume(connection, asObject(frame.d));
    } // Other ops (presence, voice, member requests) are only recorded in `received`.
    this.onChange();
  }

  private onIdentify(connection: Connection, d: JsonObject): void {
    if (d.token !== this.token) {
      connection.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (connection.session) {
      connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0 };
    this.sessions.set(session.id, session);
    connection.session = session;
    this.identifies += 1;
    this.sendDispatch(connection, GatewayDispatchEvents.Ready, readyPayload(this.world, session.id, this.url()));
    this.sendDispatch(connection, GatewayDispatchEvents.GuildCreate, guildCreatePayload(this.world), () => {
      this.guildCreatesSent += 1;
      this.onChange();
    });
  }

  private onResume(connection: Connection, d: JsonObject): void {
    const session = d.token === this.token ? this.sessions.get(asString(d.session_id) ?? '') : undefined;
    if (!session) {
      this.send(connection, { op: GatewayOpcodes.InvalidSession, d: false }); // Not resumable: the client re-identifies.
      return;
    }
    connection.session = session;
    this.resumes += 1;
    // Nothing is replayed: dispatches sent while no client was connected are lost (dispatch() returned 0).
    this.sendDispatch(connection, GatewayDispatchEvents.Resumed, {});
  }

  private sendDispatch(connection: Connection, t: string, d: unknown, written?: () => void): boolean {
    const session = connection.session;
    if (!session) return false;
    const delivered = this.send(connection, { op: GatewayOpcodes.Dispatch, t, s: session.seq + 1, d }, written);
    if (delivered) session.seq += 1;
    return delivered;
  }

  private send(connection: Connection, payload: JsonObject, written?: () => void): boolean {
    if (connection.socket.readyState !== WebSocket.OPEN) return false;
    connection.socket.send(JSON.stringify(payload), () => written?.());
    return true;
  }
}

// =================================================================================================================
// Waiting
// =================================================================================================================

interface Waiter {
  check(): void;
  fail(error: Error): void;
}

/** Promises that resolve when a condition on the stand-in's state holds; `wake()` re-checks them. */
class Waiters {
  private readonly pending = new Set<Waiter>();
  private closed = false;

  /** Resolves with the first defined value of `probe`, now or after a later `wake()`. */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => waiter.fail(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`)), timeoutMs);
      const settle = (): void => {
        clearTimeout(timer);
        this.pending.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return;
          settle();
          resolve(value);
        },
        fail: (error) => {
          settle();
          reject(error);
        },
      };
      this.pending.add(waiter);
      this.checkSafely(waiter);
      // After close() only what already happened can satisfy a wait.
      if (this.closed && this.pending.has(waiter)) waiter.fail(new Error('Discord stand-in is closed'));
    });
  }

  wake(): void {
    [...this.pending].forEach((w) => this.checkSafely(w));
  }

  /** Rejects everything still waiting, so no timer outlives the stand-in. */
  close(): void {
    this.closed = true;
    [...this.pending].forEach((w) => w.fail(new Error('Discord stand-in closed while waiting')));
  }

  /** A throwing test predicate rejects its own wait instead of breaking the stand-in's request handling. */
  private checkSafely(waiter: Waiter): void {
    try {
      waiter.check();
    } catch (err) {
      waiter.fail(err instanceof Error ? err : new Error(String(err)));
    }
  }
}

// =================================================================================================================
// The stand-in
// =================================================================================================================

class Standin implements DiscordStandin {
  readonly token: string;
  private port = 0;
  private closed = false;
  private readonly world: World;
  private readonly rest: RestApi;
  private readonly gateway: Gateway;
  private readonly waiters = new Waiters();
  private readonly server: Server;
  private readonly wss: WebSocketServer;

  constructor(opts: DiscordStandinOptions) {
    this.token = opts.token ?? DEFAULT_TOKEN;
    this.world = new World(opts.channels ?? []);
    const wake = (): void => this.waiters.wake();
    this.rest = new RestApi(this.world, this.token, () => this.gatewayUrl, wake);
    const heartbeatMs = opts.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_MS;
    this.gateway = new Gateway(this.world, this.token, heartbeatMs, () => this.gatewayUrl, wake);
    this.server = createServer((req, res) => this.rest.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: GATEWAY_PATH });
    this.wss.on('connection', (socket, req) => this.gateway.accept(socket, req));
  }

  /** Binds to a free loopback port; the URLs are valid after this. */
  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address();
        if (address === null || typeof address === 'string') {
          reject(new Error(`unexpected listen address: ${String(address)}`));
          return;
        }
        this.port = address.port;
        resolve();
      });
    });
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}${GATEWAY_PATH}`;
  }
  get botUserId(): string {
    return this.world.botUserId;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  get guildId(): string {
    return this.world.guildId;
  }
  get channelId(): string {
    return this.world.channelId;
  }
  get channelIds(): readonly string[] {
    return this.world.channelIds;
  }
  get botUser(): APIUser {
    return this.world.botUser;
  }
  get defaultUser(): APIUser {
    return this.world.defaultUser;
  }
  get requests(): readonly RecordedRequest[] {
    return this.rest.recorded;
  }
  get received(): readonly GatewayFrame[] {
    return this.gateway.received;
  }
  get identifies(): number {
    return this.gateway.identifies;
  }
  get resumes(): number {
    return this.gateway.resumes;
  }
  get heartbeats(): number {
    return this.gateway.heartbeats;
  }
  get connectedClients(): number {
    return this.gateway.connectedClients;
  }

  clearRequests(): void {
    this.rest.recorded = [];
  }

  waitForRequest(pred: (request: RecordedRequest) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
    const seen = (): string => this.rest.recorded.map((r) => `${r.method} ${r.path} → ${r.status}`).join(', ') || 'none';
    return this.waiters.waitFor(() => this.rest.recorded.find(pred), timeoutMs, () => `a matching request (recorded: ${seen()})`);
  }

  failNext(matcher: RequestMatcher, response: FaultResponse, times = 1): void {
    this.rest.failNext(matcher, response, times);
  }

  deleteChannel(id: string): void {
    this.world.deleteChannel(id);
  }

  dispatch(t: string, d: unknown): number {
    return this.gateway.dispatch(t, d);
  }

  sendRaw(text: string): number {
    return this.gateway.sendRaw(text);
  }

  closeClients(code: number, reason?: string): Promise<void> {
    return this.gateway.closeAll(code, reason);
  }

  ready(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.waitForCount(() => this.gateway.guildCreatesSent, 1, timeoutMs, 'READY and GUILD_CREATE to be sent');
  }

  waitForIdentify(count = 1, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.waitForCount(() => this.gateway.identifies, count, timeoutMs, `${count} IDENTIFY`);
  }

  waitForResume(count = 1, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.waitForCount(() => this.gateway.resumes, count, timeoutMs, `${count} RESUME`);
  }

  interaction(init: InteractionInit = {}): APIInteraction {
    switch (init.type ?? InteractionType.ApplicationCommand) {
      case InteractionType.MessageComponent:
        return componentInteraction(this.world, init);
      case InteractionType.ApplicationCommandAutocomplete:
        return autocompleteInteraction(this.world, init);
      default:
        return commandInteraction(this.world, init);
    }
  }

  message(init: MessageInit): GatewayMessageCreateDispatchData {
    return messageCreatePayload(this.world, init);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.waiters.close();
    this.gateway.terminateAll();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections(); // Idle keep-alive REST sockets would otherwise hold close() open.
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private waitForCount(count: () => number, target: number, timeoutMs: number, what: string): Promise<void> {
    const reached = (): true | undefined => (count() >= target ? true : undefined);
    return this.waiters.waitFor(reached, timeoutMs, () => what).then(() => undefined);
  }
}
