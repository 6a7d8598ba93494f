/**
 * Wiring for `serve`: the store, the core, the configured adapters, the health endpoints, the digest
 * scheduler and the question-log pruning, and an orderly shutdown on SIGTERM/SIGINT.
 */
import { createServer, type Server } from 'node:http';
import type { PlatformAdapter } from './adapters/port';
import { createBot } from './bot';
import type { Config } from './config';
import { buildCore } from './core/bootstrap';
import { loadPosters } from './digest-runner';
import { startDigestScheduler } from './digest/scheduler';
import { createLogger, type Logger } from './logger';
import { openSqliteStore, type SqliteStore } from './store/sqlite-store';

/** What /healthz (alive) and /readyz (able to answer) report. */
export interface Health {
  ok: boolean;
  details: Record<string, unknown>;
}

export type Probe = 'healthz' | 'readyz';

/** A running bot, for tests and for the signal handlers. */
export interface Running {
  health(probe: Probe): Health;
  /** Stops taking new work, finishes what is in flight, closes everything. Safe to call twice. */
  stop(): Promise<void>;
  /** The HTTP port actually bound (tests start on port 0). */
  port(): number | undefined;
  adapters: readonly PlatformAdapter[];
  /** The open store (operators' tools and tests read it). */
  store: SqliteStore;
}

const PRUNE_EVERY_MS = 6 * 3_600_000;
/** Warm-up questions answered at a time between events (about 10 ms of work). */
const WARM_UP_CHUNK = 20;

/** Starts everything the configuration asks for. Throws (with a message naming the problem) when it can't. */
export async function start(config: Readonly<Config>, logger: Logger = createLogger(config.logLevel)): Promise<Running> {
  let store: SqliteStore;
  try {
    store = openSqliteStore(config.dbPath);
    store.db.prepare('SELECT 1').get();
  } catch (err) {
    throw new Error(`Cannot open the database at ${config.dbPath}: ${(err as Error).message}`);
  }
  const built = buildCore(config.factsDir, { store, digestTime: config.digest.time, digestTz: config.digest.tz });
  if (!built.ok) {
    await store.close();
    throw new Error(built.error);
  }
  const core = built.core;
  for (const w of core.warnings) logger.warn({ file: w.file, paragraph: w.paragraph }, w.message);
  const userSalt = config.userSalt ?? (await store.secret('user-salt'));
  const bot = createBot({ core, store, logger, rate: config.rate, userSalt });

  let stopping = false;
  const adapters: PlatformAdapter[] = [];
  const health = (probe: Probe): Health => {
    const platforms = Object.fromEntries(adapters.map((a) => [a.platform, a.ready()]));
    if (probe === 'healthz') return { ok: !stopping, details: { platforms } };
    let database = false;
    try {
      database = store.db.open && store.db.prepare('SELECT 1').get() !== undefined;
    } catch {
      database = false;
    }
    // A database that refuses writes doesn't stop answers (the question log waits in memory and is written
    // when it recovers), so the bot stays ready; the details say so, for a monitor to alert on.
    const { ok: writable, error: writeError } = database ? store.writable() : { ok: false, error: undefined };
    const ok = !stopping && database && adapters.every((a) => a.ready());
    return { ok, details: { facts: core.engine.base.facts.length, database, writable, ...(writeError ? { writeError } : {}), platforms } };
  };

  // Imported lazily: a Discord-only bot shouldn't load Bolt, and the reverse.
  let slackOwnsPort = false;
  if (config.slack) {
    const { createSlackAdapter } = await import('./adapters/slack');
    const slack = createSlackAdapter({ config: config.slack, bot, port: config.port, host: config.host, logger, health });
    slackOwnsPort = slack.mode === 'http';
    adapters.push(slack);
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('./adapters/discord');
    adapters.push(createDiscordAdapter({ config: config.discord, bot, logger, registerOnStart: true }));
  }

  let server: Server | undefined;
  if (!slackOwnsPort) server = await listenHealth(config.port, config.host, health);

  try {
    await Promise.all(adapters.map((a) => a.start()));
  } catch (err) {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await store.close();
    throw err;
  }

  const posters = await loadPosters(config, logger, (s) => logger.warn(s));
  const scheduler = startDigestScheduler({ store, base: core.engine.base, posters, logger });
  const prune = async (): Promise<void> => {
    try {
      const removed = await store.pruneQuestions(new Date(Date.now() - config.logDays * 86_400_000));
      if (removed) logger.info({ removed, days: config.logDays }, 'question log pruned');
    } catch (err) {
      logger.error({ err }, 'question log pruning failed');
    }
  };
  void prune();
  const pruneTimer = setInterval(() => void prune(), PRUNE_EVERY_MS);
  pruneTimer.unref();
  logger.info({ platforms: adapters.map((a) => a.platform), port: boundPort() }, 'factdesk serving');

  // The engine's warm-up (Engine.warmUp), a few questions at a time between the events it makes way for, so
  // users' first questions after a start don't wait on V8 compiling the engine's code and patterns.
  const warmStart = Date.now();
  let warming: NodeJS.Immediate | undefined;
  const warm = (from: number): void => {
    let next = -1;
    try {
      next = core.engine.warmUp(from, WARM_UP_CHUNK);
    } catch (err) {
      // (A question the engine can't answer is a bug to log, not a reason to stop serving.)
      logger.error({ err }, 'engine warm-up failed');
      warming = undefined;
      return;
    }
    if (next >= 0 && !stopping) warming = setImmediate(warm, next);
    else {
      warming = undefined;
      if (next < 0) logger.info({ ms: Date.now() - warmStart }, 'engine warmed up');
    }
  };
  warming = setImmediate(warm, 0);

  function boundPort(): number | undefined {
    const slack = adapters.find((a) => a.platform === 'slack') as { boundPort?: () => number | undefined } | undefined;
    if (slackOwnsPort) return slack?.boundPort?.();
    const addr = server?.address();
    return addr && typeof addr === 'object' ? addr.port : undefined;
  }

  let stopped: Promise<void> | undefined;
  return {
    health,
    port: boundPort,
    adapters,
    store,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        clearInterval(pruneTimer);
        if (warming) clearImmediate(warming);
        await scheduler.stop().catch((err: unknown) => logger.error({ err }, 'stopping the scheduler failed'));
        // Adapters stop taking events, finish replies in flight, then disconnect (Discord's client is destroyed).
        await Promise.allSettled(adapters.map((a) => a.stop()));
        await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
        await bot.flush().catch((err: unknown) => logger.error({ err }, 'writing the question log failed'));
        await store.close();
        logger.info('factdesk stopped');
      })();
      return stopped;
    },
  };
}

function listenHealth(port: number, host: string, health: (p: Probe) => Health): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if ((req.method === 'GET' || req.method === 'HEAD') && (path === '/healthz' || path === '/readyz')) {
      const h = health(path === '/healthz' ? 'healthz' : 'readyz');
      res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(h));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    res.end('{"error":"not found"}');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** `factdesk serve`: runs until SIGTERM/SIGINT, then exits 0 after an orderly stop. */
export async function serve(config: Readonly<Config>): Promise<number> {
  const logger = createLogger(config.logLevel);
  // A bug in a listener must not take the bot down: log it and carry on.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception'));
  let running: Running;
  try {
    running = await start(config, logger);
  } catch (err) {
    process.stderr.write(`factdesk: ${(err as Error).message}\n`);
    return 1;
  }
  return new Promise<number>((resolve) => {
    const onSignal = (signal: string): void => {
      logger.info({ signal }, 'shutting down');
      void running.stop().then(() => resolve(0));
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
}
