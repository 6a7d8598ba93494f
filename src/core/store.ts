/**
 * The bot's state, behind a small interface so a server database can replace SQLite when several machines
 * run the bot. Every method is async for that reason, though SQLite answers at once.
 */
import type { ReportRow } from './report';
import type { Platform } from './types';

/** A channel address: the platform and its channel id. */
export interface ChannelRef {
  platform: Platform;
  channel: string;
}

/** A daily digest subscription. */
export interface Subscription extends ChannelRef {
  /** Local time "HH:MM". */
  time: string;
  /** IANA zone. */
  tz: string;
  /** Paused after the platform said the channel is gone or the bot was removed. */
  paused: boolean;
  pausedReason?: string;
  createdAt: string;
}

/** One question asked, as logged for editors. */
export interface QuestionLog extends ChannelRef {
  at: string;
  /** Salted hash of the user id; never the id itself. */
  userHash: string;
  question: string;
  answered: boolean;
  topFact?: string;
  confidence: number;
}

/** A claim to post one channel's digest for one local date. */
export interface DigestClaim extends ChannelRef {
  date: string;
  claimId: number;
  /**
   * Fences the claim: when a holder's claim went stale and another run took it over, the old holder's late
   * release must not turn the new holder's live claim into a failed one (which a third run could claim).
   */
  attempt: number;
}

export interface Store {
  listening(ref: ChannelRef): Promise<boolean>;
  setListening(ref: ChannelRef, on: boolean): Promise<void>;

  subscribe(sub: Omit<Subscription, 'paused' | 'createdAt'>, now: Date): Promise<void>;
  unsubscribe(ref: ChannelRef): Promise<boolean>;
  subscription(ref: ChannelRef): Promise<Subscription | undefined>;
  subscriptions(): Promise<Subscription[]>;
  pause(ref: ChannelRef, reason: string): Promise<void>;

  /** Facts already shown in this channel's digests, oldest first. */
  shownFacts(ref: ChannelRef): Promise<string[]>;
  /** Fact ids known when this channel's last digest was posted (to find new facts). */
  lastKnownFacts(ref: ChannelRef): Promise<string[] | undefined>;
  /** The instant of the channel's last sent digest. */
  lastDigestAt(ref: ChannelRef): Promise<string | undefined>;

  /** Claims the digest for (channel, local date); undefined when another run already claimed it and sent it. */
  claimDigest(ref: ChannelRef, date: string, now: Date, staleAfterMs: number): Promise<DigestClaim | undefined>;
  /** Marks a claimed digest sent, with the facts it showed and the facts that existed. */
  markDigestSent(claim: DigestClaim, shown: string[], known: string[], now: Date): Promise<void>;
  /** Gives a claim back after a failed send, so a later tick the same day retries. */
  releaseDigest(claim: DigestClaim, error: string): Promise<void>;

  /** Logs a batch in one transaction, with ids the caller chose (so answers can carry them at once). */
  logQuestions(entries: readonly (QuestionLog & { id: number })[]): Promise<void>;
  /** A random secret kept in the database, made on first use (the salt for user ids when none is set). */
  secret(name: string): Promise<string>;
  questionsSince(ref: ChannelRef, since: string | undefined): Promise<QuestionLog[]>;

  /** Deletes logged questions (and their votes) older than `before`; returns how many went. */
  pruneQuestions(before: Date): Promise<number>;
  /** One vote per user per answer; voting again changes it. False when the question isn't logged. */
  vote(questionId: number, userHash: string, value: 1 | -1, now: Date): Promise<boolean>;
  /** Logged questions since an instant, every channel, with their vote counts (for the editors' report). */
  reportRows(since: string | undefined): Promise<ReportRow[]>;

  /** Records a platform event id; false when it was seen before (a retry). */
  firstSighting(key: string, now: Date): Promise<boolean>;

  close(): Promise<void>;
}
