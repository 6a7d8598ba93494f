/**
 * What every adapter shares beyond the pure core: when to answer a message (mention, DM, listening
 * channel), rate limits, the question log, de-duplication of retried events. Adapters normalise their
 * platform's events into these calls and render what comes back.
 */
import { createHash, randomInt } from 'node:crypto';
import type { Core } from './core/bootstrap';
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from './core/rate-limit';
import { answerReply, privateReply } from './core/reply';
import { dispatch, parseArgs, splitCommand } from './core/registry';
import type { QuestionLog, Store } from './core/store';
import { cleanInput } from './core/text';
import type { Invocation, Platform, Reply } from './core/types';
import type { Logger } from './logger';

/** A chat message, normalised by an adapter. */
export interface IncomingMessage {
  platform: Platform;
  channel: string;
  user: string;
  /** The text with the bot's own mention removed. */
  text: string;
  /** A direct message with the bot. */
  direct: boolean;
  /** The bot was mentioned. */
  mentioned: boolean;
  /** Sent by a bot (any bot, including this one). */
  fromBot: boolean;
}

/** What to do with an incoming event. */
export type Outcome =
  | { type: 'reply'; reply: Reply; logId?: number }
  | { type: 'silent'; reason: string }
  /** Over the rate limit: `notice` is set only the first time, to be shown privately. */
  | { type: 'limited'; notice?: Reply };

export interface Bot {
  readonly core: Core;
  readonly store: Store | undefined;
  readonly logger: Logger;
  command(invocation: Invocation, requestId?: string): Promise<Outcome>;
  message(msg: IncomingMessage, requestId?: string): Promise<Outcome>;
  /** False when this platform event was handled before (a retry). */
  firstSighting(key: string): Promise<boolean>;
  /**
   * Records a 👍 (1) or 👎 (-1) from a user on a logged answer; voting again changes the vote. The reply is
   * a private thank-you (or why not). Never throws.
   */
  vote(platform: Platform, user: string, feedbackId: number, value: 1 | -1): Promise<Reply>;
  /** Writes the queued question log now (before shutdown, or a test reading the database). */
  flush(): Promise<void>;
  now(): Date;
}

export interface BotOptions {
  core: Core;
  store?: Store;
  logger: Logger;
  rate: RateLimitOptions;
  userSalt: string;
  clock?: () => Date;
}

/**
 * Ids for logged questions, unique across processes sharing the database: a random 26-bit base per process
 * (renewed every 2^21 ids) times 2^21, plus a counter. Cheaper than a random number per question.
 */
let logBase = randomInt(1, 2 ** 26);
let logCounter = 0;
function nextLogId(): number {
  if (++logCounter >= 2 ** 21) {
    logBase = randomInt(1, 2 ** 26);
    logCounter = 1;
  }
  return logBase * 2 ** 21 + logCounter;
}

/** A request id for logs: unique within this process's log, and cheap. */
let requestCounter = 0;
const requestPrefix = `${process.pid.toString(36)}${randomInt(36 ** 3).toString(36)}`;
export function newRequestId(): string {
  return `${requestPrefix}-${(++requestCounter).toString(36)}`;
}

/** Rows written per transaction, the wait before a write (lets a burst share one), and the most kept queued. */
const LOG_BATCH = 500;
const LOG_DELAY_MS = 50;
const MAX_PENDING_LOG = 50_000;

// Printable ASCII words with single spaces between them: what cleanInput (NFKC, invisible and control
// characters out, whitespace collapsed, trimmed) leaves as it is. Most questions are like this, and the
// check costs a tenth of cleaning.
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const cleanLogged = (text: string): string => (CLEAN_ASCII.test(text) ? text : cleanInput(text));

// A question in listening mode: ends with "?" or opens like one. Chatter without either is left alone.
const QUESTION_OPENERS = /^(who|whom|whose|what|whats|what's|when|where|why|how|which|did|does|do|is|are|was|were|can|could|has|have|had|will|would|should|tell me|explain)\b/i;

/** Votes one user may cast at once, and then per minute. */
const VOTE_BURST = 10;
const VOTES_PER_MIN = 20;

export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_OPENERS.test(text.trim());
}

export function createBot(opts: BotOptions): Bot {
  const { core, store, logger } = opts;
  const clock = opts.clock ?? (() => new Date());
  const limiter: RateLimiter = createRateLimiter(opts.rate);
  // Each vote writes to the database, however often it only changes the same row: a burst, then a steady rate
  // per user.
  const voteLimiter: RateLimiter = createRateLimiter({ userBurst: VOTE_BURST, userPerMin: VOTES_PER_MIN });
  const services = { ...core.services, store: store ?? core.services.store };
  // Salted user hashes, remembered (a user asks more than once; a hash costs more than the answer).
  const userHashes = new Map<string, string>();
  const hashUser = (platform: string, user: string): string => {
    const key = `${platform}:${user}`;
    let hash = userHashes.get(key);
    if (hash === undefined) {
      hash = createHash('sha256').update(`${opts.userSalt}:${key}`).digest('hex').slice(0, 32);
      if (userHashes.size >= 10_000) userHashes.clear();
      userHashes.set(key, hash);
    }
    return hash;
  };

  // The question log is written behind the answer: ids are chosen here (so an answer carries its vote
  // buttons at once), rows are written in batches, and a batch the database refuses (read-only, full,
  // locked) stays queued and is retried, so a fault loses nothing and never delays an answer.
  const pending: (QuestionLog & { id: number })[] = [];
  let flushing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;

  function schedule(ms: number): void {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, ms);
    timer.unref();
  }

  function flush(): Promise<void> {
    if (flushing) return flushing.then(() => flush());
    if (!store || pending.length === 0) return Promise.resolve();
    const batch = pending.splice(0, LOG_BATCH);
    flushing = store
      .logQuestions(batch)
      .then(
        () => {
          failures = 0;
        },
        (err: unknown) => {
          pending.unshift(...batch);
          if (pending.length > MAX_PENDING_LOG) {
            const dropped = pending.splice(0, pending.length - MAX_PENDING_LOG).length;
            logger.error({ dropped }, 'question log queue full: oldest entries dropped');
          }
          failures++;
          logger.error({ err, queued: pending.length }, 'question log write failed; will retry');
        },
      )
      .finally(() => {
        flushing = undefined;
        if (pending.length) schedule(failures ? Math.min(30_000, 500 * 2 ** failures) : 0);
      });
    return flushing;
  }

  function log(inv: { platform: Platform; channel: string; user: string }, reply: Reply, question: string, at: Date): number | undefined {
    if (!store || !reply.answer) return undefined;
    const id = nextLogId();
    pending.push({
      id,
      at: at.toISOString(),
      platform: inv.platform,
      channel: inv.channel,
      userHash: hashUser(inv.platform, inv.user),
      question: cleanLogged(question).slice(0, 2000),
      answered: reply.answer.answered,
      topFact: reply.answer.answered ? reply.factIds?.[0] : undefined,
      confidence: reply.answer.confidence,
    });
    if (!failures) schedule(LOG_DELAY_MS);
    return id;
  }

  function limited(platform: Platform, user: string, channel: string, now: Date): Outcome | undefined {
    const d = limiter.take(`${platform}:${user}`, `${platform}:${channel}`, now.getTime());
    if (d.ok) return undefined;
    logger.warn({ platform, channel, retryAfterMs: d.retryAfterMs }, 'rate limited');
    const secs = Math.max(1, Math.ceil(d.retryAfterMs / 1000));
    return { type: 'limited', notice: d.notify ? privateReply(`You're asking faster than I can answer here. Please wait about ${secs} s.`, 'error') : undefined };
  }

  async function command(invocation: Invocation, requestId = newRequestId()): Promise<Outcome> {
    // One reading of the clock per command: the rate limit, the command and the log row share it.
    const now = clock();
    const over = limited(invocation.platform, invocation.user, invocation.channel, now);
    if (over) return over;
    const reply = await dispatch(core.registry, invocation, services, now, (err) =>
      logger.error({ err, requestId, command: invocation.command }, 'command failed'),
    );
    const q = invocation.command === 'ask' ? invocation.args.question : invocation.command === 'whocalled' ? `/whocalled ${invocation.args.leader ?? ''}` : undefined;
    const logId = q !== undefined && q.trim() ? log(invocation, reply, q, now) : undefined;
    logger.info({ requestId, platform: invocation.platform, command: invocation.command, status: reply.status }, 'command');
    return { type: 'reply', reply: logId === undefined ? reply : { ...reply, feedbackId: logId }, logId };
  }

  async function message(msg: IncomingMessage, requestId = newRequestId()): Promise<Outcome> {
    if (msg.fromBot) return { type: 'silent', reason: 'from a bot' };
    const text = cleanInput(msg.text);
    const addressed = msg.direct || msg.mentioned;
    if (!addressed) {
      if (!text || !looksLikeQuestion(text)) return { type: 'silent', reason: 'not a question' };
      if (!store || !(await store.listening({ platform: msg.platform, channel: msg.channel }))) return { type: 'silent', reason: 'not listening' };
    }
    if (addressed && !text) {
      return { type: 'reply', reply: privateReply("Hi! Ask me anything about the story, or try /whocalled Macron. /about says what I know.", 'info', ['/whocalled', '/about']) };
    }
    // A command typed as a message ("/whocalled Macron" in a DM) runs as that command.
    const split = splitCommand(text);
    const cmd = split ? core.registry.get(split.name) : undefined;
    if (addressed && split && cmd) {
      return command({ command: cmd.name, args: parseArgs(cmd, split.rest), platform: msg.platform, user: msg.user, channel: msg.channel, direct: msg.direct }, requestId);
    }
    const now = clock();
    const over = limited(msg.platform, msg.user, msg.channel, now);
    if (over) return addressed ? over : { type: 'silent', reason: 'rate limited' };
    const answer = core.engine.ask(text);
    const reply = { ...answerReply(answer), visibility: 'public' as const };
    const logId = log(msg, reply, text, now);
    logger.info({ requestId, platform: msg.platform, addressed, answered: answer.answered }, 'message');
    // Listening without being addressed: speak only when the story has the answer.
    if (!addressed && !answer.answered) return { type: 'silent', reason: 'no answer in passive mode' };
    return { type: 'reply', reply: logId === undefined ? reply : { ...reply, feedbackId: logId }, logId };
  }

  async function vote(platform: Platform, user: string, feedbackId: number, value: 1 | -1): Promise<Reply> {
    if (!store) return privateReply('Feedback needs the database; it is not available here.', 'error');
    if (!voteLimiter.take(`${platform}:${user}`, undefined, clock().getTime()).ok) {
      logger.warn({ platform, feedbackId }, 'votes rate limited');
      return privateReply("You're voting faster than I can record. Please wait a few seconds and try again.", 'error');
    }
    try {
      // The answer voted on may still be queued for the log.
      await flush();
      const ok = await store.vote(feedbackId, hashUser(platform, user), value, clock());
      logger.info({ platform, feedbackId, value }, 'vote');
      if (!ok) return privateReply('That answer is no longer in the log, so the vote was not recorded.', 'error');
      return privateReply(value === 1 ? 'Thanks — glad it helped.' : "Thanks — noted. Editors review answers people voted down.");
    } catch (err) {
      logger.error({ err, feedbackId }, 'vote failed');
      return privateReply('Your vote could not be recorded just now; please try again.', 'error');
    }
  }

  return {
    core,
    store,
    logger,
    command,
    message,
    vote,
    flush,
    async firstSighting(key) {
      if (!store) return true;
      try {
        return await store.firstSighting(key, clock());
      } catch (err) {
        logger.error({ err }, 'event de-duplication failed');
        return true;
      }
    },
    now: clock,
  };
}
