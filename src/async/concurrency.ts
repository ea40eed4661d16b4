/**
 * The one concurrency helper: a counting semaphore (waiters served in arrival order, a waiter's
 * abort leaves the queue) and `mapLimit` (a fixed pool of workers over a list). The host pacer, the
 * LLM rate limiter and the per-host slots of `http/` hold semaphore leases across their own waits;
 * the pipeline maps with `mapLimit`.
 */

export interface Semaphore {
  /** Waits for a slot; resolves to its release (calling it twice is harmless). */
  acquire(signal?: AbortSignal): Promise<() => void>;
  /** Holders right now. */
  readonly active: number;
  /** Callers waiting for a slot. */
  readonly waiting: number;
}

export function createSemaphore(limit: number): Semaphore {
  if (!(limit >= 1)) throw new RangeError(`semaphore limit must be >= 1, got ${limit}`);
  let active = 0;
  const queue: Array<() => void> = [];

  const release = () => {
    const next = queue.shift();
    // The slot goes straight to the next waiter, so a newcomer cannot jump the queue.
    if (next) next();
    else active--;
  };
  const lease = () => {
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
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active++;
        return Promise.resolve(lease());
      }
      return new Promise((resolve, reject) => {
        const grant = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve(lease());
        };
        const onAbort = () => {
          const i = queue.indexOf(grant);
          if (i >= 0) queue.splice(i, 1);
          reject(signal?.reason);
        };
        queue.push(grant);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

/** One semaphore per key (a URL's host), made on first use. */
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

/**
 * Maps with at most `limit` calls in flight; results in input order. When a call throws, no new
 * call starts, the ones in flight finish (their writes land before the caller's cleanup runs), and
 * then the first error is thrown.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed: { error: unknown } | undefined;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  const width = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: width }, worker));
  if (failed) throw failed.error;
  return results;
}
