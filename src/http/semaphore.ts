/** A counting semaphore: at most `limit` holders at once, the rest wait in arrival order. */
export interface Semaphore {
  acquire(signal?: AbortSignal): Promise<() => void>;
  /** Holders right now (for tests and diagnostics). */
  readonly active: number;
}

export function createSemaphore(limit: number): Semaphore {
  if (!(limit >= 1)) throw new RangeError(`semaphore limit must be >= 1, got ${limit}`);
  let active = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    const next = waiting.shift();
    // Hand the slot straight to the next waiter so a newcomer cannot jump the queue.
    if (next) next();
    else active--;
  };

  const once = () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };

  return {
    get active() {
      return active;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active++;
        return Promise.resolve(once());
      }
      return new Promise((resolve, reject) => {
        const grant = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve(once());
        };
        const onAbort = () => {
          const i = waiting.indexOf(grant);
          if (i >= 0) waiting.splice(i, 1);
          reject(signal?.reason);
        };
        waiting.push(grant);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

/** One semaphore per key (a URL's host), created on first use. */
export function createKeyedSemaphore(limit: number): (key: string) => Semaphore {
  const byKey = new Map<string, Semaphore>();
  return (key) => {
    let s = byKey.get(key);
    if (!s) {
      s = createSemaphore(limit);
      byKey.set(key, s);
    }
    return s;
  };
}
