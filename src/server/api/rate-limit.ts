/**
 * Requests per caller per minute: a sliding window over the last 60 s (one timestamp list per
 * caller, trimmed as it goes). In memory: one `serve` process is one limiter.
 */
export interface RateLimiter {
  /** Takes one request for `key`: allowed, or how many seconds until the next one would be. */
  take(key: string): { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };
}

export function createRateLimiter(options: { perMinute: number; now: () => Date }): RateLimiter {
  const windowMs = 60_000;
  const hits = new Map<string, number[]>();
  return {
    take(key) {
      const now = options.now().getTime();
      const list = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
      if (list.length >= options.perMinute) {
        hits.set(key, list);
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((list[0]! + windowMs - now) / 1000)),
        };
      }
      list.push(now);
      hits.set(key, list);
      return { allowed: true, remaining: options.perMinute - list.length };
    },
  };
}
