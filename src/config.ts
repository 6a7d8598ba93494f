/**
 * The one reader of the environment. Parses `process.env` (after dotenv) once into a frozen, typed config;
 * an invalid or half-set configuration is one line naming the variable.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseTime, parseZone } from './core/digest';

/** The package root: the nearest folder above this file with a package.json (works from src/ and dist/). */
export function packageRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const optional = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const int = (def: number, min: number, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.coerce.number().int().min(min).max(max).default(def));
const flag = (def: 'true' | 'false') =>
  z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.enum(['true', 'false', '1', '0']).default(def))
    .transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional,
  FACTDESK_SLACK_PRIVATE_REPLIES: flag('false'),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: optional,
  DISCORD_MESSAGE_CONTENT: flag('true'),
  PORT: int(3000, 0, 65535),
  HOST: optional,
  FACTDESK_DB: optional,
  FACTDESK_FACTS: optional,
  FACTDESK_DIGEST_TIME: optional,
  FACTDESK_DIGEST_TZ: optional,
  FACTDESK_LOG_DAYS: int(30, 1, 3650),
  FACTDESK_USER_SALT: optional,
  FACTDESK_RATE_USER_BURST: int(5, 1, 1000),
  FACTDESK_RATE_USER_PER_MIN: int(10, 1, 10000),
  FACTDESK_RATE_CHANNEL_BURST: int(20, 1, 10000),
  FACTDESK_RATE_CHANNEL_PER_MIN: int(60, 1, 100000),
  LOG_LEVEL: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
});

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  privateReplies: boolean;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  /** Ask for the privileged Message Content intent (needed for /listen channels). */
  messageContent: boolean;
}

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  port: number;
  host: string;
  dbPath: string;
  factsDir: string;
  digest: { time: string; tz: string };
  logDays: number;
  /** Unset: a random salt kept in the database is used. */
  userSalt?: string;
  rate: { userBurst: number; userPerMin: number; channelBurst: number; channelPerMin: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export type ConfigResult = { ok: true; config: Readonly<Config> } | { ok: false; error: string };

/** Parses an environment (default `process.env`). Never throws. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Invalid configuration: ${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}` };
  }
  const e = parsed.data;
  const root = packageRoot();

  let slack: SlackConfig | undefined;
  if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN) return { ok: false, error: 'Slack is half configured: SLACK_BOT_TOKEN is missing' };
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      return { ok: false, error: 'Slack is half configured: SLACK_SIGNING_SECRET is missing (or set SLACK_APP_TOKEN for Socket Mode)' };
    }
    slack = {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      privateReplies: e.FACTDESK_SLACK_PRIVATE_REPLIES,
    };
  }

  let discord: DiscordConfig | undefined;
  if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    if (!e.DISCORD_TOKEN) return { ok: false, error: 'Discord is half configured: DISCORD_TOKEN is missing' };
    if (!e.DISCORD_APPLICATION_ID) return { ok: false, error: 'Discord is half configured: DISCORD_APPLICATION_ID is missing' };
    discord = {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL,
      messageContent: e.DISCORD_MESSAGE_CONTENT,
    };
  }

  const time = parseTime(e.FACTDESK_DIGEST_TIME ?? '09:00');
  if (!time.ok) return { ok: false, error: `Invalid configuration: FACTDESK_DIGEST_TIME: ${time.reason}` };
  const tz = parseZone(e.FACTDESK_DIGEST_TZ ?? 'UTC');
  if (!tz.ok) return { ok: false, error: `Invalid configuration: FACTDESK_DIGEST_TZ: ${tz.reason}` };

  const config: Config = {
    slack,
    discord,
    port: e.PORT,
    host: e.HOST ?? '0.0.0.0',
    dbPath: resolve(e.FACTDESK_DB ?? join('data', 'factdesk.db')),
    factsDir: resolve(e.FACTDESK_FACTS ?? join(root, 'facts')),
    digest: { time: time.time, tz: tz.tz },
    logDays: e.FACTDESK_LOG_DAYS,
    userSalt: e.FACTDESK_USER_SALT,
    rate: {
      userBurst: e.FACTDESK_RATE_USER_BURST,
      userPerMin: e.FACTDESK_RATE_USER_PER_MIN,
      channelBurst: e.FACTDESK_RATE_CHANNEL_BURST,
      channelPerMin: e.FACTDESK_RATE_CHANNEL_PER_MIN,
    },
    logLevel: e.LOG_LEVEL,
  };
  return { ok: true, config: Object.freeze(config) };
}
