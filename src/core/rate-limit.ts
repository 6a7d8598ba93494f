/**
 * Token buckets per user and, when a channel is given, per channel: a burst, then a steady rate. Pure given
 * `now`. Someone over the limit is told once per episode, not once per message.
 */
export interface RateLimitOptions {
  userBurst: number;
  userPerMin: number;
  /** The channel bucket; without it, only users are limited (votes carry no channel). */
  channelBurst?: number;
  channelPerMin?: number;
}

export type RateDecision = { ok: true } | { ok: false; notify: boolean; retryAfterMs: number };

interface Bucket {
  tokens: number;
  at: number;
  notified: boolean;
}

export interface RateLimiter {
  /** `channel` undefined, or no channel bucket configured: the user's bucket alone decides. */
  take(user: string, channel: string | undefined, now: number): RateDecision;
}

export function createRateLimiter(opts: RateLimitOptions, maxKeys = 50_000): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const refill = (key: string, burst: number, perMin: number, now: number): Bucket => {
    const b = buckets.get(key) ?? { tokens: burst, at: now, notified: false };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 60_000) * perMin);
    b.at = now;
    if (b.tokens >= 1) b.notified = false;
    if (!buckets.has(key)) {
      // Forget the oldest keys rather than grow without bound.
      if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value ?? '');
      buckets.set(key, b);
    }
    return b;
  };
  const { channelBurst, channelPerMin } = opts;
  return {
    take(user, channel, now) {
      const u = refill(`u:${user}`, opts.userBurst, opts.userPerMin, now);
      const c = channel !== undefined && channelBurst !== undefined && channelPerMin !== undefined ? refill(`c:${channel}`, channelBurst, channelPerMin, now) : undefined;
      if (u.tokens >= 1 && (c === undefined || c.tokens >= 1)) {
        u.tokens -= 1;
        if (c) c.tokens -= 1;
        return { ok: true };
      }
      // The user's bucket when it is empty, else the channel's.
      const [limited, perMin] = u.tokens < 1 || c === undefined ? [u, opts.userPerMin] : [c, channelPerMin ?? opts.userPerMin];
      const notify = !u.notified;
      u.notified = true;
      return { ok: false, notify, retryAfterMs: Math.ceil(((1 - limited.tokens) / perMin) * 60_000) };
    },
  };
}
