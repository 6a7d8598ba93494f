/**
 * What main.ts and the digest need from a platform adapter: a port of a few functions. Business logic
 * stays in the core and bot.ts; an adapter normalises, dispatches, renders and sends.
 */
import type { Platform, Reply } from '../core/types';

/** Why a post failed, as the digest needs to know it. */
export type DeliveryFailure =
  /** The channel is gone or the bot was removed (Slack channel_not_found/not_in_channel, Discord 10003/50001). */
  | 'gone'
  /** Worth retrying later the same day (429, 5xx, timeouts). */
  | 'transient'
  /** Anything else: logged, retried next tick. */
  | 'fatal';

export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Posts a reply into a channel: what the digest uses. Works without a gateway connection. */
export interface Poster {
  readonly platform: Platform;
  /** Throws DeliveryError on failure. */
  post(channel: string, reply: Reply): Promise<void>;
}

/** A running platform connection. */
export interface PlatformAdapter extends Poster {
  start(): Promise<void>;
  /** Stops taking new work, finishes replies in flight, disconnects. */
  stop(): Promise<void>;
  /** Connected and able to answer. */
  ready(): boolean;
}
