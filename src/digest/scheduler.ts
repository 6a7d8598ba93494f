/**
 * Posting the daily digests: one tick decides, for every subscription, whether its digest is due, claims it
 * in the store for the channel's local date, composes it and posts it. `serve` ticks every minute
 * (startDigestScheduler); `factdesk digest due` runs one tick from cron (runDigestTick).
 *
 * Exactly once per channel and local day rests on the store's claim (unique per channel and date, taken in
 * a write transaction before anything is sent). Everything here is a function of `now`, so tests drive it
 * with a simulated clock.
 */
import { Cron } from 'croner';
import { DeliveryError, type DeliveryFailure, type Poster } from '../adapters/port';
import { composeDigest, isDue, localDate } from '../core/digest';
import type { FactBase } from '../core/fact-base';
import type { ChannelRef, DigestClaim, Store, Subscription } from '../core/store';
import type { Platform, Reply } from '../core/types';
import type { Logger } from '../logger';

/**
 * How long a claim may stay 'claimed' before another run may take it over: a run that crashed between claim
 * and send is retried once this has passed, the same day. It must exceed the longest a live run can hold a
 * claim (maxAttempts × postTimeoutMs plus the in-tick waits: about 3 minutes with the defaults), or a slow
 * but live run could be overtaken and the digest posted twice; and it should be short next to a day, so a
 * crash at the post time is made good minutes later. Ten minutes leaves a margin of 3× on the first and
 * costs at most ten minutes of lateness after a crash.
 */
export const DEFAULT_STALE_AFTER_MS = 10 * 60_000;
/** Attempts per channel within one tick when the platform answers 429/5xx. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/**
 * How long one post may take before the tick stops waiting. The outcome is then unknown (the message may
 * still land), so the claim is neither released nor marked: it is settled when the post finally answers,
 * or goes stale and is retried, exactly as after a crash.
 */
export const DEFAULT_POST_TIMEOUT_MS = 60_000;
/** The first in-tick backoff; doubles per attempt. */
const IN_TICK_BASE_DELAY_MS = 1_000;
/** A Retry-After longer than this is not waited out inside the tick: the claim is released for a later tick. */
const MAX_IN_TICK_WAIT_MS = 5_000;
/** How long stop() waits for posts that outlived their timeout to be recorded. */
const STOP_GRACE_MS = 10_000;
/** Between ticks (serve only): the first retry a minute later, doubling to at most this. */
const MAX_BETWEEN_TICKS_BACKOFF_MS = 30 * 60_000;

/** Why a channel's digest was not attempted in this tick. */
export type SkipReason = 'not due' | 'already sent' | 'claimed elsewhere' | 'paused' | 'no poster' | 'backing off';

/** What one tick did for one subscribed channel. */
export type ChannelResult = ChannelRef & {
  /** The channel's local date at the tick: the day the digest is for. */
  date: string;
  time: string;
  tz: string;
} & (
    | { status: 'posted'; attempts: number }
    | { status: 'skipped'; reason: SkipReason; retryAt?: string }
    /** Paused in this tick: the platform said the channel is gone or the bot was removed. */
    | { status: 'paused'; reason: string }
    /**
     * Not delivered in this tick; a later tick the same day retries (`retryAt` when known). A timeout keeps
     * the claim (the post may yet land); `delivered` means it went out but couldn't be recorded.
     */
    | { status: 'failed'; failure: DeliveryFailure | 'timeout' | 'error'; error: string; attempts: number; retryAt?: string; delivered?: true }
  );

/** What one tick did, channel by channel (in subscription order). */
export interface TickResult {
  at: string;
  channels: ChannelResult[];
  counts: Record<ChannelResult['status'], number>;
  /**
   * Resolves once every post that outlived `postTimeoutMs` has answered and its outcome is recorded (at
   * once when none did). Close the store only after it: a late answer recorded nowhere leaves the claim to
   * go stale and the digest to be posted again.
   */
  settled: Promise<void>;
}

/**
 * Memory a long-running scheduler keeps between ticks: backoff for channels whose delivery failed (so a
 * channel answering 429 with a long Retry-After isn't retried every minute) and which warnings were given
 * today. A one-shot `digest due` has none: each run retries what failed before.
 */
export interface RetryBook {
  /** When a failed channel may be tried again; undefined when it may now. */
  notBefore(key: string, now: Date): Date | undefined;
  /** Records a failure; returns when to try again. */
  failed(key: string, now: Date, retryAfterMs?: number): Date;
  succeeded(key: string): void;
  /** True the first time a key is seen (for once-a-day warnings). */
  firstTime(key: string): boolean;
}

export function createRetryBook(): RetryBook {
  const failures = new Map<string, { count: number; until: number }>();
  const seen = new Set<string>();
  return {
    notBefore(key, now) {
      const f = failures.get(key);
      return f && f.until > now.getTime() ? new Date(f.until) : undefined;
    },
    failed(key, now, retryAfterMs) {
      const count = (failures.get(key)?.count ?? 0) + 1;
      const backoff = Math.min(60_000 * 2 ** (count - 1), MAX_BETWEEN_TICKS_BACKOFF_MS);
      const until = now.getTime() + Math.max(backoff, retryAfterMs ?? 0);
      failures.set(key, { count, until });
      // Keys carry the local date; yesterday's are dead weight.
      if (failures.size > 10_000) for (const [k, v] of failures) if (v.until < now.getTime() - 2 * 86_400_000) failures.delete(k);
      return new Date(until);
    },
    succeeded(key) {
      failures.delete(key);
    },
    firstTime(key) {
      if (seen.has(key)) return false;
      if (seen.size > 10_000) seen.clear();
      seen.add(key);
      return true;
    },
  };
}

export interface DigestTickOptions {
  store: Store;
  base: FactBase;
  /** One poster per configured platform; a platform without one is skipped (and logged). */
  posters: ReadonlyMap<Platform, Poster>;
  now: Date;
  logger: Logger;
  /** Default {@link DEFAULT_STALE_AFTER_MS}. */
  staleAfterMs?: number;
  /** Attempts per channel within the tick for transient failures; default {@link DEFAULT_MAX_ATTEMPTS}. */
  maxAttempts?: number;
  /** Default {@link DEFAULT_POST_TIMEOUT_MS}. */
  postTimeoutMs?: number;
  /** Waits between in-tick attempts (tests pass one that records and returns at once). */
  sleep?: (ms: number) => Promise<void>;
  /** Between-tick memory (the long-running scheduler passes one). */
  retries?: RetryBook;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One tick: every due digest that hasn't gone out today is claimed, composed and posted. Channels are
 * independent (a failure is a result, never a throw); platforms are served in parallel, the channels of
 * one platform one after another (kinder to its rate limits). Throws only if the subscriptions can't be read.
 */
export async function runDigestTick(opts: DigestTickOptions): Promise<TickResult> {
  const subs = await opts.store.subscriptions();
  const byPlatform = new Map<Platform, Subscription[]>();
  for (const s of subs) byPlatform.set(s.platform, [...(byPlatform.get(s.platform) ?? []), s]);
  const results = new Map<Subscription, ChannelResult>();
  const late: Promise<void>[] = [];
  await Promise.all(
    [...byPlatform.values()].map(async (list) => {
      for (const sub of list) results.set(sub, await runChannel(sub, opts, late));
    }),
  );
  const channels = subs.map((s) => results.get(s)).filter((r): r is ChannelResult => r !== undefined);
  const counts = { posted: 0, skipped: 0, paused: 0, failed: 0 };
  for (const r of channels) counts[r.status]++;
  return { at: opts.now.toISOString(), channels, counts, settled: Promise.all(late).then(() => undefined) };
}

type Delivery =
  | { kind: 'ok'; attempts: number }
  | { kind: 'failed'; failure: DeliveryFailure; message: string; retryAfterMs?: number; attempts: number }
  | { kind: 'timeout'; pending: Promise<void>; attempts: number };

async function runChannel(sub: Subscription, opts: DigestTickOptions, late: Promise<void>[]): Promise<ChannelResult> {
  const { store, now } = opts;
  const ref: ChannelRef = { platform: sub.platform, channel: sub.channel };
  const log = opts.logger.child({ component: 'digest', platform: sub.platform, channel: sub.channel });
  let date: string;
  try {
    date = localDate(now, sub.tz);
  } catch (err) {
    // A zone this Node's ICU no longer knows: that channel can't be scheduled, the others can.
    log.error({ err, tz: sub.tz }, 'digest: bad time zone');
    return { ...ref, date: '', time: sub.time, tz: sub.tz, status: 'failed', failure: 'error', error: `bad time zone ${sub.tz}`, attempts: 0 };
  }
  const head = { ...ref, date, time: sub.time, tz: sub.tz };
  const key = `${sub.platform}:${sub.channel}:${date}`;
  // Sent-at is the tick's instant, so its local date is the date the digest was claimed for.
  const sentToday = async (): Promise<boolean> => {
    const at = await store.lastDigestAt(ref);
    return at !== undefined && localDate(new Date(at), sub.tz) === date;
  };

  let claim: DigestClaim | undefined;
  try {
    if (sub.paused) return { ...head, status: 'skipped', reason: 'paused' };
    if (!isDue(sub.time, sub.tz, now, new Date(sub.createdAt))) return { ...head, status: 'skipped', reason: 'not due' };
    // A read first: most ticks of the day find the digest sent, and needn't take the write lock to learn it.
    if (await sentToday()) return { ...head, status: 'skipped', reason: 'already sent' };
    const poster = opts.posters.get(sub.platform);
    if (!poster) {
      const level = !opts.retries || opts.retries.firstTime(`no poster:${key}`) ? 'warn' : 'debug';
      log[level]({ date }, `digest: no ${sub.platform} poster configured; channel skipped`);
      return { ...head, status: 'skipped', reason: 'no poster' };
    }
    const wait = opts.retries?.notBefore(key, now);
    if (wait) return { ...head, status: 'skipped', reason: 'backing off', retryAt: wait.toISOString() };

    claim = await store.claimDigest(ref, date, now, opts.staleAfterMs ?? DEFAULT_STALE_AFTER_MS);
    if (!claim) {
      // Another run has it: sent, or in flight (or crashed, until its claim goes stale).
      return { ...head, status: 'skipped', reason: (await sentToday()) ? 'already sent' : 'claimed elsewhere' };
    }

    const lastAt = await store.lastDigestAt(ref);
    const digest = composeDigest({
      base: opts.base,
      shown: await store.shownFacts(ref),
      lastKnown: await store.lastKnownFacts(ref),
      activity: await store.questionsSince(ref, lastAt),
      date,
    });
    const held = claim;
    const delivery = await deliver(poster, sub.channel, digest.reply, opts);

    if (delivery.kind === 'ok') {
      claim = undefined; // delivered: from here on, never give the claim back (that would post it twice)
      try {
        await markSent(store, held, digest.shown, digest.known, now, opts.sleep ?? realSleep);
      } catch (err) {
        log.error({ err, date }, 'digest posted but not recorded; it may be posted again once the claim goes stale');
        const error = `posted, but not recorded (${err instanceof Error ? err.message : String(err)})`;
        return { ...head, status: 'failed', failure: 'error', error, attempts: delivery.attempts, delivered: true };
      }
      opts.retries?.succeeded(key);
      log.info({ date, attempts: delivery.attempts }, 'digest posted');
      return { ...head, status: 'posted', attempts: delivery.attempts };
    }
    if (delivery.kind === 'timeout') {
      claim = undefined;
      late.push(settleLate(delivery.pending, store, held, ref, digest, now, log));
      log.warn({ date, timeoutMs: opts.postTimeoutMs ?? DEFAULT_POST_TIMEOUT_MS }, 'digest post timed out; claim kept until it answers or goes stale');
      return { ...head, status: 'failed', failure: 'timeout', error: 'the platform did not answer in time', attempts: delivery.attempts };
    }
    if (delivery.failure === 'gone') {
      claim = undefined;
      const reason = `channel gone or bot removed (${delivery.message.slice(0, 200)})`;
      await store.pause(ref, reason);
      await store.releaseDigest(held, delivery.message);
      log.warn({ date, error: delivery.message }, 'digest channel gone: subscription paused');
      return { ...head, status: 'paused', reason };
    }
    claim = undefined;
    await store.releaseDigest(held, `${delivery.failure}: ${delivery.message}`);
    const retryAt = opts.retries?.failed(key, now, delivery.retryAfterMs);
    log.warn({ date, failure: delivery.failure, error: delivery.message, attempts: delivery.attempts, retryAt }, 'digest delivery failed; a later tick retries');
    return {
      ...head,
      status: 'failed',
      failure: delivery.failure,
      error: delivery.message,
      attempts: delivery.attempts,
      ...(retryAt ? { retryAt: retryAt.toISOString() } : {}),
    };
  } catch (err) {
    // Our own failure (the store, composing): give the claim back so a later tick retries today.
    const message = err instanceof Error ? err.message : String(err);
    log.error({ err, date }, 'digest failed');
    if (claim) {
      await store.releaseDigest(claim, `error: ${message}`).catch((e: unknown) => log.error({ err: e }, 'digest: releasing the claim failed'));
    }
    return { ...head, status: 'failed', failure: 'error', error: message, attempts: 0 };
  }
}

/** Posts with in-tick retries for transient failures (exponential backoff, Retry-After honoured). */
async function deliver(poster: Poster, channel: string, reply: Reply, opts: DigestTickOptions): Promise<Delivery> {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const sleep = opts.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    const outcome = await postOnce(poster, channel, reply, opts.postTimeoutMs ?? DEFAULT_POST_TIMEOUT_MS);
    if (outcome.kind === 'ok' || outcome.kind === 'timeout') return { ...outcome, attempts: attempt };
    const failed = { ...outcome, attempts: attempt };
    if (outcome.failure !== 'transient' || attempt >= maxAttempts) return failed;
    const delay = Math.max(outcome.retryAfterMs ?? 0, IN_TICK_BASE_DELAY_MS * 2 ** (attempt - 1));
    if (delay > MAX_IN_TICK_WAIT_MS) return failed;
    await sleep(delay);
  }
}

type Attempt =
  | { kind: 'ok' }
  | { kind: 'failed'; failure: DeliveryFailure; message: string; retryAfterMs?: number }
  | { kind: 'timeout'; pending: Promise<void> };

async function postOnce(poster: Poster, channel: string, reply: Reply, timeoutMs: number): Promise<Attempt> {
  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<void>;
  try {
    pending = poster.post(channel, reply);
  } catch (err) {
    return asFailure(err);
  }
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
    timer.unref();
  });
  try {
    const first = await Promise.race([pending.then(() => 'ok' as const), timeout]);
    return first === 'ok' ? { kind: 'ok' } : { kind: 'timeout', pending };
  } catch (err) {
    return asFailure(err);
  } finally {
    clearTimeout(timer);
  }
}

function asFailure(err: unknown): Attempt {
  if (err instanceof DeliveryError) return { kind: 'failed', failure: err.failure, message: err.message, retryAfterMs: err.retryAfterMs };
  // A poster should only throw DeliveryError; anything else is a bug or an unmapped error: retried next tick.
  return { kind: 'failed', failure: 'fatal', message: err instanceof Error ? err.message : String(err) };
}

/** Marks a delivered digest sent, retrying briefly: a delivered digest left 'claimed' would be re-posted once stale. */
async function markSent(store: Store, claim: DigestClaim, shown: string[], known: string[], now: Date, sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.markDigestSent(claim, shown, known, now);
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      await sleep(500 * attempt);
    }
  }
}

/** A post that timed out may still answer: record the outcome then (a late success is still a success). */
function settleLate(pending: Promise<void>, store: Store, claim: DigestClaim, ref: ChannelRef, digest: { shown: string[]; known: string[] }, now: Date, log: Logger): Promise<void> {
  return pending.then(
    async () => {
      await store.markDigestSent(claim, digest.shown, digest.known, now);
      log.info({ date: claim.date }, 'digest post answered late: recorded as sent');
    },
    async (err: unknown) => {
      const f = asFailure(err);
      if (f.kind === 'failed' && f.failure === 'gone') await store.pause(ref, `channel gone or bot removed (${f.message.slice(0, 200)})`);
      await store.releaseDigest(claim, f.kind === 'failed' ? `${f.failure}: ${f.message}` : 'failed late');
      log.warn({ date: claim.date, err }, 'digest post failed late: claim released');
    },
  ).catch((err: unknown) => log.error({ err }, 'digest: recording a late post outcome failed'));
}

export interface DigestSchedulerOptions extends Omit<DigestTickOptions, 'now' | 'retries'> {
  /** The tick's `now`; default the wall clock. */
  clock?: () => Date;
  /** Called after every tick (logging, tests). */
  onTick?: (result: TickResult) => void;
}

export interface DigestScheduler {
  /** Stops ticking and waits for a tick in flight to finish. */
  stop(): Promise<void>;
}

/**
 * Ticks every minute (croner, `protect` so a slow tick is never overlapped) and once at start, so digests
 * missed while the bot was down go out as soon as it is back, the same local day.
 */
export function startDigestScheduler(opts: DigestSchedulerOptions): DigestScheduler {
  const clock = opts.clock ?? (() => new Date());
  const retries = createRetryBook();
  const logger = opts.logger.child({ component: 'digest' });
  const late = new Set<Promise<void>>();
  let inFlight: Promise<void> | undefined;
  let stopped = false;

  const tick = (): Promise<void> => {
    // The start tick and croner's first run could meet; one tick at a time across both.
    if (stopped || inFlight) return inFlight ?? Promise.resolve();
    const run = (async () => {
      try {
        const result = await runDigestTick({ ...opts, now: clock(), retries });
        late.add(result.settled);
        void result.settled.finally(() => late.delete(result.settled));
        const { posted, paused, failed } = result.counts;
        if (posted || paused || failed) logger.info({ at: result.at, ...result.counts }, 'digest tick');
        opts.onTick?.(result);
      } catch (err) {
        logger.error({ err }, 'digest tick failed');
      }
    })();
    inFlight = run;
    void run.finally(() => {
      if (inFlight === run) inFlight = undefined;
    });
    return run;
  };

  const job = new Cron('* * * * *', { protect: true, catch: (err) => logger.error({ err }, 'digest tick failed') }, () => tick());
  void tick();
  return {
    async stop() {
      stopped = true;
      job.stop();
      await inFlight;
      // Posts that outlived their timeout: give them a moment to be recorded before the store closes.
      if (late.size) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([Promise.all(late), new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)))]);
        clearTimeout(timer);
      }
    },
  };
}
