/** `factdesk digest due [--now ISO]`: one scheduler tick, for operators who run it from cron. */
import type { Poster } from './adapters/port';
import type { Config, DiscordConfig, SlackConfig } from './config';
import { buildCore } from './core/bootstrap';
import type { Platform } from './core/types';
import { runDigestTick, type ChannelResult } from './digest/scheduler';
import { createLogger, type Logger } from './logger';
import { openSqliteStore, type SqliteStore } from './store/sqlite-store';

type Out = (s: string) => void;

/** An instant with a date, a time and a zone designator: `2025-03-09T07:30Z`, `2025-03-09T08:30:00+01:00`. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Parses `--now`; a local time without a zone is refused (which zone would it be in?). */
export function parseInstant(s: string): { ok: true; at: Date } | { ok: false; reason: string } {
  const t = s.trim();
  const at = new Date(t);
  const [y = 0, m = 0, d = 0, hh = 0, mm = 0] = (/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(t) ?? []).slice(1).map(Number);
  // Date would roll 30 February over into March; an operator's typo should be refused, not reinterpreted.
  const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && m >= 1 && m <= 12 && hh <= 23 && mm <= 59;
  if (!ISO_INSTANT.test(t) || !real || Number.isNaN(at.getTime())) {
    return { ok: false, reason: `--now must be an ISO-8601 instant with a zone, like 2025-03-09T07:30:00Z or 2025-03-09T08:30:00+01:00; got "${t.slice(0, 60)}"` };
  }
  return { ok: true, at };
}

type PosterFactory<C> = (config: C, logger: Logger, opts?: Record<string, unknown>) => Poster | Promise<Poster>;

/**
 * The digest owns retrying (in the tick, then the next tick); the Slack WebClient's own default would retry
 * one post for ~30 minutes, longer than a claim stays fresh (DEFAULT_STALE_AFTER_MS), so a slow but live
 * post could be overtaken and the digest posted twice. With no client retries a post takes at most the
 * request timeout.
 */
export const SLACK_DIGEST_POSTER_OPTIONS = { retryConfig: { retries: 0 } } as const;

/**
 * Loads an adapter module only when its platform is configured: the runner neither pays for discord.js when
 * only Slack is set up, nor fails to build or run while an adapter is missing.
 */
function loadFactory<C>(module: './adapters/slack' | './adapters/discord', name: string): PosterFactory<C> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(module) as Record<string, unknown>;
  const factory = mod[name];
  if (typeof factory !== 'function') throw new Error(`${module} has no ${name}()`);
  return factory as PosterFactory<C>;
}

/**
 * A poster for every configured platform. A platform whose poster can't be built is reported on `err` and
 * left out: its channels are skipped, the others still get their digests.
 */
export async function loadPosters(config: Readonly<Config>, logger: Logger, err: Out): Promise<Map<Platform, Poster>> {
  const posters = new Map<Platform, Poster>();
  const wanted: [Platform, () => Promise<Poster>][] = [];
  const slack = config.slack;
  const discord = config.discord;
  if (slack) wanted.push(['slack', async () => loadFactory<SlackConfig>('./adapters/slack', 'createSlackPoster')(slack, logger, { ...SLACK_DIGEST_POSTER_OPTIONS })]);
  if (discord) wanted.push(['discord', async () => loadFactory<DiscordConfig>('./adapters/discord', 'createDiscordPoster')(discord, logger)]);
  for (const [platform, build] of wanted) {
    try {
      posters.set(platform, await build());
    } catch (e) {
      err(`digest: no ${platform} poster (${(e as Error).message.split('\n')[0] ?? ''}); its channels are skipped`);
    }
  }
  return posters;
}

function describe(r: ChannelResult): string {
  const where = `${r.platform} ${r.channel} ${r.date || '-'} (${r.time} ${r.tz})`;
  switch (r.status) {
    case 'posted':
      return `posted   ${where}${r.attempts > 1 ? ` after ${r.attempts} attempts` : ''}`;
    case 'skipped':
      return `skipped  ${where}: ${r.reason}${r.retryAt ? ` until ${r.retryAt}` : ''}`;
    case 'paused':
      return `paused   ${where}: ${r.reason}`;
    case 'failed': {
      const next = r.delivered
        ? 'delivered; may be posted again once its claim goes stale'
        : r.failure === 'timeout'
          ? 'claim kept; retried after it goes stale unless the post answers'
          : 'retried on a later run today';
      return `failed   ${where}: ${r.failure}: ${r.error.split('\n')[0] ?? ''} (${next})`;
    }
  }
}

/**
 * Posts every digest due at `nowIso` (default now), once, and returns the exit code: 0 when the
 * subscriptions were processed (even if some deliveries failed: those are retried by a later run), 1 when
 * the database or the fact base can't be opened, 2 for a bad `--now`.
 */
export async function runDigestDue(config: Readonly<Config>, nowIso: string | undefined, out: Out, err: Out): Promise<number> {
  let now = new Date();
  if (nowIso !== undefined) {
    const parsed = parseInstant(nowIso);
    if (!parsed.ok) {
      err(`digest due: ${parsed.reason}`);
      return 2;
    }
    now = parsed.at;
  }

  let store: SqliteStore;
  try {
    store = openSqliteStore(config.dbPath);
  } catch (e) {
    err(`digest due: cannot open the database at ${config.dbPath}: ${(e as Error).message}`);
    return 1;
  }
  const posters = new Map<Platform, Poster>();
  try {
    const core = buildCore(config.factsDir, { store, digestTime: config.digest.time, digestTz: config.digest.tz });
    if (!core.ok) {
      err(core.error);
      return 1;
    }
    const logger = createLogger(config.logLevel);
    for (const [p, poster] of await loadPosters(config, logger, err)) posters.set(p, poster);
    const result = await runDigestTick({ store, base: core.core.engine.base, posters, now, logger });
    await result.settled;
    for (const r of result.channels) out(describe(r));
    const { posted, skipped, paused, failed } = result.counts;
    out(`digest due at ${result.at}: ${result.channels.length} subscription(s): ${posted} posted, ${skipped} skipped, ${paused} paused, ${failed} failed`);
    return 0;
  } catch (e) {
    err(`digest due: ${(e as Error).message}`);
    return 1;
  } finally {
    // A poster that is a full adapter holds connections; give them back so the process can exit.
    for (const p of posters.values()) {
      if ('stop' in p && typeof p.stop === 'function') await Promise.resolve(p.stop()).catch(() => undefined);
    }
    await store.close();
  }
}
