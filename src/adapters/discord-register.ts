/**
 * Discord slash commands, derived from the same declarations (`commands/*.ts`) every platform uses, and
 * `npm run register`, which publishes them: to one guild when DISCORD_GUILD_ID is set (instant), otherwise
 * globally. Publishing is idempotent: the current commands are read first and overwritten only when they
 * differ from the declarations.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  DiscordAPIError,
  InteractionContextType,
  REST,
  Routes,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandStringOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config, DiscordConfig } from '../config';
import { createRegistry } from '../core/registry';
import type { Command, CommandOption } from '../core/types';

export type DiscordCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord's own limits on a string option. */
const MAX_STRING_LENGTH = 6000;
const MAX_CHOICES = 25;
const MAX_CHOICE = 100;

function toOption(o: CommandOption): APIApplicationCommandStringOption {
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: o.name,
    description: o.description,
    ...(o.required ? { required: true } : {}),
    ...(o.maxLength !== undefined ? { max_length: Math.min(MAX_STRING_LENGTH, Math.max(1, o.maxLength)) } : {}),
  };
  // Discord refuses autocomplete together with fixed choices: the choices win.
  if (o.choices?.length) {
    return { ...base, choices: o.choices.slice(0, MAX_CHOICES).map((c) => ({ name: c.slice(0, MAX_CHOICE), value: c.slice(0, MAX_CHOICE) })) };
  }
  return o.autocomplete ? { ...base, autocomplete: true } : base;
}

/** Required options first, as Discord demands; otherwise in declared order. */
function toOptions(options: readonly CommandOption[]): APIApplicationCommandBasicOption[] {
  return [...options.filter((o) => o.required), ...options.filter((o) => !o.required)].map(toOption);
}

/**
 * The slash-command JSON for the declared commands: string options (required, max_length, autocomplete,
 * choices), subcommands, and contexts so each works in guilds and in DMs with the bot. Throws when a
 * declaration can't be expressed on Discord (options and subcommands mixed), naming the command.
 */
export function toDiscordCommands(commands: readonly Command[]): DiscordCommand[] {
  return commands.map((c) => {
    const subs = c.subcommands ?? [];
    if (subs.length && c.options.length) throw new Error(`/${c.name}: Discord can't mix options and subcommands in one command`);
    const options: APIApplicationCommandOption[] = subs.length
      ? subs.map((s) => ({ type: ApplicationCommandOptionType.Subcommand, name: s.name, description: s.description, options: toOptions(s.options) }))
      : toOptions(c.options);
    return {
      type: ApplicationCommandType.ChatInput,
      name: c.name,
      description: c.description,
      options,
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    };
  });
}

// ------------------------------------------------------------------------------------------------------------
// Comparing what Discord has with what we declare
// ------------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function asObject(v: unknown): Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function normaliseOption(raw: unknown): Json {
  const o = asObject(raw);
  return {
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required === true,
    autocomplete: o.autocomplete === true,
    max_length: o.max_length ?? null,
    min_length: o.min_length ?? null,
    choices: asList(o.choices).map((c) => ({ name: asObject(c).name, value: asObject(c).value })),
    options: asList(o.options).map(normaliseOption),
  };
}

/**
 * The part of a command we declare, with Discord's defaults filled in, so a command read back from Discord
 * (which adds ids, versions, localisations...) compares equal to the one we would send.
 */
export function normaliseCommand(raw: unknown, withContexts: boolean): Json {
  const c = asObject(raw);
  const sorted = (v: unknown): unknown[] => asList(v).map(Number).sort((a, b) => a - b);
  return {
    type: c.type ?? ApplicationCommandType.ChatInput,
    name: c.name,
    description: c.description,
    options: asList(c.options).map(normaliseOption),
    ...(withContexts ? { contexts: sorted(c.contexts), integration_types: sorted(c.integration_types) } : {}),
  };
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  /** `unchanged`: Discord already had exactly these commands, nothing was written. */
  action: 'unchanged' | 'overwritten';
  /** `+name` added, `~name` changed, `-name` removed. */
  changes: string[];
  count: number;
}

/**
 * Publishes the commands: GETs the current ones, compares them normalised, and PUTs a bulk overwrite only
 * when they differ (or `force`). Guild commands are sent without `contexts`/`integration_types`, which Discord
 * defines for global commands only.
 */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId: string | undefined,
  commands: readonly DiscordCommand[],
  opts: { force?: boolean } = {},
): Promise<RegisterResult> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const body = guildId ? commands.map(({ contexts: _c, integration_types: _i, ...command }) => command) : [...commands];
  const withContexts = !guildId;
  const current = asList(await rest.get(route));

  const byName = (list: readonly unknown[]): Map<string, string> =>
    new Map(list.map((c) => [String(asObject(c).name), JSON.stringify(normaliseCommand(c, withContexts))]));
  const want = byName(body);
  const have = byName(current);
  const changes = [
    ...[...want.keys()].filter((n) => !have.has(n)).map((n) => `+${n}`),
    ...[...want.keys()].filter((n) => have.has(n) && have.get(n) !== want.get(n)).map((n) => `~${n}`),
    ...[...have.keys()].filter((n) => !want.has(n)).map((n) => `-${n}`),
  ];
  const scope = guildId ? 'guild' : 'global';
  if (!changes.length && !opts.force) return { scope, action: 'unchanged', changes, count: body.length };
  await rest.put(route, { body });
  return { scope, action: 'overwritten', changes, count: body.length };
}

/** A REST client for the bot token, pointed at `apiUrl` when set (tests use a loopback stand-in). */
export function createRest(config: DiscordConfig, extra: ConstructorParameters<typeof REST>[0] = {}): REST {
  return new REST({ ...extra, ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
}

/** One line for what registration did. */
export function describeRegister(r: RegisterResult, config: DiscordConfig): string {
  const where = r.scope === 'guild' ? `in guild ${config.guildId ?? ''}` : 'globally (may take up to an hour to show everywhere)';
  if (r.action === 'unchanged') return `register: ${r.count} commands already up to date ${where}; nothing written`;
  return `register: published ${r.count} commands ${where}${r.changes.length ? ` (${r.changes.join(' ')})` : ' (forced)'}`;
}

/** Why a Discord call failed, in one line an operator can act on. */
export function describeDiscordError(e: unknown): string {
  if (e instanceof DiscordAPIError) {
    if (e.status === 401) return 'Discord refused the token (401): check DISCORD_TOKEN';
    if (e.status === 403 || e.status === 404) return `Discord refused (${e.status} ${e.code}: ${e.message}): check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope`;
    return `Discord answered ${e.status} (${e.code}): ${e.message}`;
  }
  return e instanceof Error ? e.message.split('\n')[0] ?? e.name : String(e);
}

/** `npm run register`: exit 0 when the commands are published (or already were), 1 otherwise. */
export async function runRegister(
  config: Readonly<Config>,
  out: (s: string) => void,
  err: (s: string) => void,
  opts: { force?: boolean } = {},
): Promise<number> {
  const discord = config.discord;
  if (!discord) {
    err('register: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID to register in one guild). See docs/discord.md.');
    return 1;
  }
  let commands: DiscordCommand[];
  try {
    commands = toDiscordCommands(createRegistry().commands);
  } catch (e) {
    err(`register: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const rest = createRest(discord, { retries: 1, timeout: 10_000 });
  try {
    const result = await registerCommands(rest, discord.applicationId, discord.guildId, commands, opts);
    out(describeRegister(result, discord));
    return 0;
  } catch (e) {
    err(`register: ${describeDiscordError(e)}`);
    return 1;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
