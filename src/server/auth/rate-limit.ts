/**
 * Failed logins per key (client address, user name) in a fixed window: after `max` failures the
 * key is refused until the window ends. In memory: one process serves the app.
 */
export interface LoginLimiter {
  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfterMs(key: string): number;
  fail(key: string): void;
  succeed(key: string): void;
}

export function createLoginLimiter(options: {
  max?: number;
  windowMs?: number;
  now: () => Date;
}): LoginLimiter {
  const max = options.max ?? 5;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const failures = new Map<string, { count: number; since: number }>();
  const current = (key: string) => {
    const f = failures.get(key);
    if (f && options.now().getTime() - f.since >= windowMs) {
      failures.delete(key);
      return undefined;
    }
    return f;
  };
  return {
    retryAfterMs(key) {
      const f = current(key);
      return f && f.count >= max ? f.since + windowMs - options.now().getTime() : 0;
    },
    fail(key) {
      const f = current(key) ?? { count: 0, since: options.now().getTime() };
      f.count++;
      failures.set(key, f);
      // Bound the memory a flood of made-up keys can take.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
    },
    succeed(key) {
      failures.delete(key);
    },
  };
}
