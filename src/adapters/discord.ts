/**
 * The Discord adapter (discord.js 14 over the gateway): slash commands with autocomplete, suggestion buttons,
 * 👍 / 👎 feedback buttons, and free text (mentions, DMs, channels switched on with /listen). It normalises
 * each event into an Invocation or an IncomingMessage, lets bot.ts decide, renders the Reply with
 * discord-render.ts and sends it.
 *
 * Robustness rules, each for a reason:
 * - Every handler is wrapped: a failing reply is logged, never thrown into discord.js (an exception there
 *   becomes an unhandled rejection, which ends a Node process).
 * - A gateway payload discord.js can't parse is dropped with a log line instead of crashing the process.
 * - Interactions are answered within Discord's 3 s: a command that hasn't finished after `deferAfterMs`
 *   (default 2 s) is deferred first and its reply edited in later.
 * - Nothing sent can ping: the client's default and every send carry `allowed_mentions: { parse: [] }`.
 * - The Message Content intent is privileged. Without it the bot still answers slash commands, mentions and
 *   DMs; if Discord refuses it at login (close code 4014) the adapter says so and connects without it.
 */
import {
  ApplicationCommandOptionType,
  Client,
  cleanContent,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Partials,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type InteractionReplyOptions,
  type Message,
  type MessageCreateOptions,
} from 'discord.js';
import { createHash } from 'node:crypto';
import type { Bot, IncomingMessage, Outcome } from '../bot';
import type { DiscordConfig } from '../config';
import { privateReply } from '../core/reply';
import { invocationFromText } from '../core/registry';
import type { Command, CommandOption, Invocation, Reply } from '../core/types';
import type { Logger } from '../logger';
import { render, SUGGEST_PREFIX, suggestionFromClick, VOTE_PREFIX, voteFromClick, type DiscordMessage } from './discord-render';
import { createRest, describeDiscordError, describeRegister, registerCommands, toDiscordCommands } from './discord-register';
import { DeliveryError, type PlatformAdapter, type Poster } from './port';

export { render } from './discord-render';
export { registerCommands, toDiscordCommands } from './discord-register';

/** Options for {@link createDiscordAdapter}. */
export interface DiscordAdapterOptions {
  config: DiscordConfig;
  bot: Bot;
  /** Default: the bot's logger. */
  logger?: Logger;
  /**
   * Ask for the privileged Message Content intent (default true): needed to read questions in /listen
   * channels. If Discord refuses it (4014), the adapter logs why and connects without it.
   */
  messageContent?: boolean;
  /** Publish the slash commands at start when they differ from the declarations (default false). */
  registerOnStart?: boolean;
  /** A command still running after this long is deferred (default 2000 ms; 0 defers every command). */
  deferAfterMs?: number;
  /** How long stop() waits for replies in flight (default 5000 ms). */
  drainMs?: number;
  /** Longest rate-limit wait post() sits out before giving up as 'transient' (default 10 s). */
  maxRateLimitWaitMs?: number;
}

export interface DiscordAdapter extends PlatformAdapter {
  readonly platform: 'discord';
  /** Whether the gateway connection reads message content (false after a 4014 fallback). */
  readonly messageContent: boolean;
}

const MESSAGE_CONTENT_REFUSED =
  'Discord refused the Message Content intent (gateway close code 4014, "Used disallowed intents"). ' +
  'Enable it in the Developer Portal under Bot → Privileged Gateway Intents (see docs/discord.md). ' +
  'Connecting without it: slash commands, mentions and DMs still work; questions in /listen channels go unseen.';

/** The autocomplete answers Discord accepts: at most 25 choices, names and values of 1–100 characters. */
const MAX_CHOICES = 25;

// A few zones to offer before anything is typed; the rest are found by typing.
const COMMON_ZONES = [
  'UTC', 'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Warsaw', 'Europe/Kyiv',
  'Europe/Moscow', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Toronto',
  'America/Sao_Paulo', 'America/Mexico_City', 'Asia/Kolkata', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Singapore',
  'Asia/Dubai', 'Australia/Sydney', 'Pacific/Auckland', 'Africa/Johannesburg', 'Africa/Lagos',
];

let zoneList: string[] | undefined;
function allZones(): string[] {
  zoneList ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return zoneList;
}

function zoneLabel(zone: string, now: Date): string {
  try {
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value;
    return offset && offset !== zone ? `${zone} (${offset})` : zone;
  } catch {
    return zone;
  }
}

/**
 * IANA zones matching what was typed (case-insensitive; spaces count as underscores): zones starting with
 * it first, then zones with a part starting with it ("par" → Europe/Paris), then zones containing it.
 */
export function completeTimezone(typed: string, now = new Date(), limit = MAX_CHOICES): { name: string; value: string }[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  let zones: string[];
  if (!q) {
    zones = COMMON_ZONES.filter((z) => allZones().includes(z));
  } else {
    const rank = (z: string): number => {
      const lz = z.toLowerCase();
      if (lz.startsWith(q)) return 0;
      if (lz.split('/').some((part) => part.startsWith(q))) return 1;
      return lz.includes(q) ? 2 : 3;
    };
    zones = allZones()
      .map((z) => ({ z, r: rank(z) }))
      .filter((x) => x.r < 3)
      .sort((a, b) => a.r - b.r || a.z.localeCompare(b.z))
      .map((x) => x.z);
  }
  return zones.slice(0, limit).map((z) => ({ name: zoneLabel(z, now).slice(0, 100), value: z.slice(0, 100) }));
}

// ------------------------------------------------------------------------------------------------------------
// Delivery (REST only): what the digest uses, with or without a gateway connection
// ------------------------------------------------------------------------------------------------------------

const GONE_CODES = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
]);
const NETWORK_CODES = /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND|UND_ERR_\w+)$/;

/** Maps a failed Discord call to the digest's three kinds of failure. */
export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const message = describeDiscordError(err);
  if (err instanceof RateLimitError) return new DeliveryError('transient', `rate limited: ${message}`, Math.max(err.retryAfter, err.timeToReset, 0));
  if (err instanceof DiscordAPIError) {
    if (typeof err.code === 'number' && GONE_CODES.has(err.code)) return new DeliveryError('gone', message);
    if (err.status === 429 || err.status >= 500) return new DeliveryError('transient', message);
    return new DeliveryError('fatal', message);
  }
  if (err instanceof HTTPError) return new DeliveryError(err.status === 429 || err.status >= 500 ? 'transient' : 'fatal', `HTTP ${err.status}: ${message}`);
  if (err instanceof Error) {
    const code: unknown = 'code' in err ? err.code : undefined;
    if (err.name === 'AbortError' || err.name === 'TimeoutError' || (typeof code === 'string' && NETWORK_CODES.test(code))) {
      return new DeliveryError('transient', `network: ${message}`);
    }
  }
  return new DeliveryError('fatal', message);
}

/**
 * A Poster over REST only (no gateway): what `factdesk digest due` uses from cron. A rate limit shorter than
 * `maxRateLimitWaitMs` is waited out (and the message sent once); a longer one fails as 'transient' with
 * its retryAfterMs, so a cron run never hangs.
 */
export function createDiscordPoster(config: DiscordConfig, logger?: Logger, opts: { maxRateLimitWaitMs?: number } = {}): Poster & { stop(): Promise<void> } {
  const maxWait = opts.maxRateLimitWaitMs ?? 10_000;
  const rest = createRest(config, { rejectOnRateLimit: (limit) => limit.retryAfter > maxWait, retries: 2, timeout: 15_000 });
  return {
    platform: 'discord',
    async post(channel, reply) {
      try {
        // Almost always one message. Should a later one of several fail, the earlier ones stay posted; when the
        // digest is retried, each part carries the same nonce with `enforce_nonce`, so Discord returns a part it
        // created in the last few minutes instead of posting it again.
        for (const [i, body] of render(reply).entries()) {
          await rest.post(Routes.channelMessages(channel), { body: { ...body, nonce: partNonce(channel, i, body), enforce_nonce: true } });
        }
      } catch (err) {
        const e = toDeliveryError(err);
        logger?.warn({ channel, failure: e.failure, retryAfterMs: e.retryAfterMs, err: e.message }, 'discord post failed');
        throw e;
      }
    },
    async stop() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

/** The same part of the same post to the same channel always gets the same nonce (Discord allows 25 characters). */
export function partNonce(channel: string, part: number, body: DiscordMessage): string {
  return createHash('sha256').update(`${channel}\n${part}\n${JSON.stringify(body)}`).digest('base64url').slice(0, 25);
}

// ------------------------------------------------------------------------------------------------------------
// Normalising events
// ------------------------------------------------------------------------------------------------------------

/** The options of a slash command as Invocation args: `subcommand` plus each option's value, trimmed. */
function argsOf(data: readonly CommandInteractionOption[]): Record<string, string> {
  const args: Record<string, string> = {};
  let options = data;
  const first = data[0];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    args.subcommand = first.name;
    options = first.options?.[0]?.options ?? [];
  } else if (first?.type === ApplicationCommandOptionType.Subcommand) {
    args.subcommand = first.name;
    options = first.options ?? [];
  }
  for (const o of options) {
    if (o.name === 'subcommand' || o.value === undefined || o.value === null) continue;
    args[o.name] = String(o.value).trim();
  }
  return args;
}

/** The declared option an autocomplete is for, subcommands included. */
function declaredOption(cmd: Command | undefined, sub: string | null, name: string): CommandOption | undefined {
  if (!cmd) return undefined;
  const options = sub ? cmd.subcommands?.find((s) => s.name === sub)?.options : cmd.options;
  return options?.find((o) => o.name === name);
}

/** A message's text for the engine: the bot's own mention removed, other mentions shown as names. */
function messageText(m: Message, botId: string): string {
  const raw = m.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  try {
    return cleanContent(raw, m.channel).trim();
  } catch {
    return raw.trim();
  }
}

function replyOf(outcome: Outcome): Reply | undefined {
  if (outcome.type === 'reply') return outcome.reply;
  if (outcome.type === 'limited') return outcome.notice;
  return undefined;
}

const STILL_LIMITED = privateReply("You're asking faster than I can answer here. Please wait a few seconds.", 'error');

function replyOptions(m: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    embeds: m.embeds,
    components: m.components,
    allowedMentions: { parse: [], repliedUser: false },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

function messageOptions(m: DiscordMessage): MessageCreateOptions {
  return { embeds: m.embeds, components: m.components, allowedMentions: { parse: [], repliedUser: false } };
}

function isDisallowedIntents(err: unknown): boolean {
  return err instanceof Error && /disallowed intents/i.test(err.message);
}

// ------------------------------------------------------------------------------------------------------------
// The adapter
// ------------------------------------------------------------------------------------------------------------

/** Creates the adapter; nothing connects until start(). */
export function createDiscordAdapter(opts: DiscordAdapterOptions): DiscordAdapter {
  const { config, bot } = opts;
  const logger = (opts.logger ?? bot.logger).child({ platform: 'discord' });
  const deferAfterMs = opts.deferAfterMs ?? 2000;
  const poster = createDiscordPoster(config, logger, { maxRateLimitWaitMs: opts.maxRateLimitWaitMs });
  const inflight = new Set<Promise<void>>();
  let client: Client | undefined;
  let withContent = opts.messageContent ?? opts.config.messageContent;
  let stopping = false;

  /** Runs a handler so that nothing it throws reaches discord.js; stop() waits for it. */
  function track(what: string, work: () => Promise<void>): void {
    if (stopping) return;
    const p: Promise<void> = work()
      .catch((err: unknown) => {
        // Discord refusing a send (missing permissions, a deleted message) is the server's setup, not our bug.
        if (err instanceof DiscordAPIError) logger.warn({ code: err.code, status: err.status, err: err.message }, `${what}: Discord refused the reply`);
        else logger.error({ err }, `${what} failed`);
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  }

  // --- slash commands and buttons --------------------------------------------------------------------------

  /** Waits for `work` up to `deferAfterMs`; when it takes longer, `defer()` first. True when it deferred. */
  async function deferIfSlow(work: Promise<unknown>, defer: () => Promise<unknown>): Promise<boolean> {
    if (deferAfterMs <= 0) {
      await defer();
      return true;
    }
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), deferAfterMs);
    });
    const first = await Promise.race([work.then(() => 'done' as const, () => 'done' as const), slow]);
    clearTimeout(timer);
    if (first !== 'slow') return false;
    await defer();
    return true;
  }

  /** Runs the invocation, deferring first if it is slow, and answers the interaction. */
  async function answer(i: ChatInputCommandInteraction | ButtonInteraction, run: () => Promise<Outcome>, forceEphemeral = false): Promise<void> {
    const work = run();
    // Awaited below; this only keeps a failure from going unhandled if the deferral throws first.
    work.catch(() => undefined);
    const deferred = await deferIfSlow(work, () => i.deferReply());
    const reply = replyOf(await work) ?? STILL_LIMITED;
    const ephemeral = forceEphemeral || reply.visibility === 'private';
    const [head, ...more] = render(reply);
    if (!head) return;
    if (!deferred) {
      await i.reply(replyOptions(head, ephemeral));
    } else if (!ephemeral) {
      await i.editReply({ embeds: head.embeds, components: head.components, allowedMentions: { parse: [], repliedUser: false } });
    } else {
      // A deferral is public and can't turn private: answer privately, then remove the "thinking…" message.
      await i.followUp(replyOptions(head, true));
      await i.deleteReply().catch((err: unknown) => logger.warn({ err }, 'could not remove the deferred placeholder'));
    }
    for (const m of more) await i.followUp(replyOptions(m, ephemeral));
  }

  async function onChatInput(i: ChatInputCommandInteraction): Promise<void> {
    const invocation: Invocation = {
      command: i.commandName,
      args: argsOf(i.options.data),
      platform: 'discord',
      user: i.user.id,
      channel: i.channelId ?? `dm:${i.user.id}`,
      direct: !i.inGuild(),
    };
    await answer(i, () => bot.command(invocation, i.id));
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    const text = suggestionFromClick(i.customId, i.message.embeds);
    const channel = i.channelId ?? `dm:${i.user.id}`;
    const base = { platform: 'discord' as const, user: i.user.id, channel, direct: !i.inGuild() };
    const ephemeral = i.message.flags.has(MessageFlags.Ephemeral);
    if (!text) {
      const expired = privateReply("I can't find that suggestion any more. Ask it in your own words, or try /help.", 'error', ['/help']);
      await answer(i, async () => ({ type: 'reply', reply: expired }), true);
      return;
    }
    const invocation = invocationFromText(bot.core.registry, text, base);
    await answer(i, () => bot.command(invocation, i.id), ephemeral);
  }

  /**
   * A 👍 / 👎 on a logged answer: stores the vote and answers the clicker alone (ephemeral, deferred
   * ephemerally if the store is slow). The answer's message is neither edited nor posted again.
   */
  async function onVote(i: ButtonInteraction): Promise<void> {
    const vote = voteFromClick(i.customId);
    const log = logger.child({ requestId: i.id });
    const work: Promise<Reply> = vote
      ? bot.vote('discord', i.user.id, vote.feedbackId, vote.value)
      : Promise.resolve(privateReply('Your vote could not be recorded: that button does not belong to an answer I know.', 'error'));
    work.catch(() => undefined);
    if (vote) log.info({ feedbackId: vote.feedbackId, value: vote.value }, 'vote clicked');
    // Discord only sends back custom ids we rendered: anything else is forged or mangled.
    else log.warn({ customIdLength: i.customId.length }, 'vote with an invalid answer id');
    const deferred = await deferIfSlow(work, () => i.deferReply({ flags: MessageFlags.Ephemeral }));
    const [head] = render(await work);
    if (!head) return;
    if (deferred) await i.editReply({ embeds: head.embeds, components: head.components, allowedMentions: { parse: [], repliedUser: false } });
    else await i.reply(replyOptions(head, true));
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const cmd = bot.core.registry.get(i.commandName);
    const option = declaredOption(cmd, i.options.getSubcommand(false), focused.name);
    const typed = String(focused.value ?? '').slice(0, 100);
    let choices: { name: string; value: string }[] = [];
    if (option?.choices?.length) {
      const q = typed.toLowerCase();
      choices = option.choices.filter((c) => c.toLowerCase().includes(q)).map((c) => ({ name: c.slice(0, 100), value: c.slice(0, 100) }));
    } else if (option?.autocomplete === 'leader') {
      choices = bot.core.engine.completeLeader(typed, MAX_CHOICES);
    } else if (option?.autocomplete === 'timezone') {
      choices = completeTimezone(typed, bot.now());
    }
    await i.respond(choices.filter((c) => c.name && c.value).slice(0, MAX_CHOICES));
  }

  async function onInteraction(i: Interaction): Promise<void> {
    if (i.isAutocomplete()) return onAutocomplete(i);
    try {
      if (i.isChatInputCommand()) return await onChatInput(i);
      if (i.isButton() && i.customId.startsWith(SUGGEST_PREFIX)) return await onButton(i);
      if (i.isButton() && i.customId.startsWith(VOTE_PREFIX)) return await onVote(i);
    } catch (err) {
      logger.error({ err, command: i.isCommand() ? i.commandName : undefined }, 'interaction failed');
      // Tell the user rather than leave Discord's "The application did not respond".
      if (i.isRepliable() && !i.replied && !i.deferred) {
        const [m] = render(privateReply('Something went wrong answering that. It has been logged; please try again.', 'error'));
        if (m) await i.reply(replyOptions(m, true)).catch(() => undefined);
      }
    }
  }

  // --- free text ------------------------------------------------------------------------------------------

  async function onMessage(m: Message): Promise<void> {
    const me = client?.user;
    if (!me || m.author.id === me.id) return;
    const incoming: IncomingMessage = {
      platform: 'discord',
      channel: m.channelId,
      user: m.author.id,
      text: messageText(m, me.id),
      direct: !m.inGuild(),
      mentioned: m.mentions.users.has(me.id),
      fromBot: m.author.bot || m.webhookId !== null || m.system,
    };
    const outcome = await bot.message(incoming, m.id);
    const reply = replyOf(outcome);
    if (!reply) return;
    // Two instances sharing a database answer a message once.
    if (!(await bot.firstSighting(`discord:message:${m.id}`))) return;
    const [head, ...more] = render(reply);
    if (!head) return;
    await m.reply(messageOptions(head));
    for (const next of more) if (m.channel.isSendable()) await m.channel.send(messageOptions(next));
  }

  // --- the connection -------------------------------------------------------------------------------------

  function buildClient(content: boolean): Client {
    const c = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
        ...(content ? [GatewayIntentBits.MessageContent] : []),
      ],
      // DM channels aren't cached until used: without this partial, DMs never arrive.
      partials: [Partials.Channel],
      allowedMentions: { parse: [], repliedUser: false },
      failIfNotExists: false,
      ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
    });
    c.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
    c.on(Events.ShardError, (err, shard) => logger.warn({ err, shard }, 'discord gateway error'));
    c.on(Events.Warn, (message) => logger.warn({ message }, 'discord warning'));
    c.on(Events.ShardDisconnect, (event, shard) => {
      logger.warn({ code: event.code, shard }, 'discord gateway disconnected');
      // At login, connect() handles 4014 itself; this is for a live connection refused later.
      if (event.code === 4014 && withContent && !stopping && client === c) track('reconnect without message content', () => reconnectWithoutContent());
    });
    c.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'discord gateway reconnecting'));
    c.on(Events.InteractionCreate, (i) => track('interaction', () => onInteraction(i)));
    c.on(Events.MessageCreate, (m) => track('message', () => onMessage(m)));
    guardPayloads(c);
    return c;
  }

  /**
   * A gateway payload discord.js can't parse (an INTERACTION_CREATE without its user, say) throws inside its
   * packet handler, where nothing catches it: the process would die of an unhandled rejection. The handler is
   * wrapped so such a payload is dropped with a log line. (An internal of discord.js 14; checked at start.)
   */
  function guardPayloads(c: Client): void {
    const ws: object = c.ws;
    const original: unknown = Reflect.get(ws, 'handlePacket');
    if (typeof original !== 'function') {
      logger.warn('discord.js internals changed: malformed gateway payloads are not guarded');
      return;
    }
    Reflect.set(ws, 'handlePacket', function guarded(this: unknown, packet?: unknown, shard?: unknown): boolean {
      try {
        return Boolean(Reflect.apply(original, this, [packet, shard]));
      } catch (err) {
        const t = typeof packet === 'object' && packet !== null ? Reflect.get(packet, 't') : undefined;
        logger.warn({ err, event: typeof t === 'string' ? t : undefined }, 'dropped a gateway event discord.js could not read');
        return true;
      }
    });
  }

  async function connect(content: boolean): Promise<Client> {
    const c = buildClient(content);
    const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
    try {
      await c.login(config.token);
      if (!c.isReady()) await ready;
    } catch (err) {
      await c.destroy().catch(() => undefined);
      throw err;
    }
    return c;
  }

  async function reconnectWithoutContent(): Promise<void> {
    logger.warn({ code: 4014 }, MESSAGE_CONTENT_REFUSED);
    withContent = false;
    const old = client;
    client = undefined;
    await old?.destroy().catch(() => undefined);
    if (!stopping) client = await connect(false);
  }

  return {
    platform: 'discord',
    get messageContent() {
      return withContent;
    },

    async start() {
      stopping = false;
      if (opts.registerOnStart) {
        const rest = createRest(config, { retries: 1, timeout: 10_000 });
        try {
          const result = await registerCommands(rest, config.applicationId, config.guildId, toDiscordCommands(bot.core.registry.commands));
          logger.info({ action: result.action, changes: result.changes }, describeRegister(result, config));
        } catch (err) {
          // Old command definitions still work; a failed publish must not keep the bot offline.
          logger.error({ err: describeDiscordError(err) }, 'publishing slash commands failed; run npm run register');
        } finally {
          rest.clearHashSweeper();
          rest.clearHandlerSweeper();
        }
      }
      try {
        client = await connect(withContent);
      } catch (err) {
        if (!withContent || !isDisallowedIntents(err)) throw err;
        logger.warn({ code: 4014 }, MESSAGE_CONTENT_REFUSED);
        withContent = false;
        client = await connect(false);
      }
      logger.info({ user: client.user?.id, messageContent: withContent }, 'discord connected');
    },

    async stop() {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const drained = Promise.allSettled([...inflight]).then(() => undefined);
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, opts.drainMs ?? 5000);
      });
      await Promise.race([drained, timeout]);
      clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.destroy();
      await poster.stop();
      logger.info('discord stopped');
    },

    ready() {
      return !stopping && client?.isReady() === true;
    },

    post(channel, reply) {
      return poster.post(channel, reply);
    },
  };
}
