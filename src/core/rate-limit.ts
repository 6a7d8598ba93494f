/**
 * Token buckets per user and per channel: a burst, then a steady rate. Pure given `now`. Someone over the
 * limit is told once per episode, not once per message.
 */
export interface RateLimitOptions {
  userBurst: number;
  userPerMin: number;
  channelBurst: number;
  channelPerMin: number;
}

export type RateDecision = { ok: true } | { ok: false; notify: boolean; retryAfterMs: number };

interface Bucket {
  tokens: number;
  at: number;
  notified: boolean;
}

export interface RateLimiter {
  take(user: string, channel: string, now: number): RateDecision;
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
  return {
    take(user, channel, now) {
      const u = refill(`u:${user}`, opts.userBurst, opts.userPerMin, now);
      const c = refill(`c:${channel}`, opts.channelBurst, opts.channelPerMin, now);
      if (u.tokens >= 1 && c.tokens >= 1) {
        u.tokens -= 1;
        c.tokens -= 1;
        return { ok: true };
      }
      const limited = u.tokens < 1 ? u : c;
      const perMin = u.tokens < 1 ? opts.userPerMin : opts.channelPerMin;
      const notify = !u.notified;
      u.notified = true;
      return { ok: false, notify, retryAfterMs: Math.ceil(((1 - limited.tokens) / perMin) * 60_000) };
    },
  };
}
