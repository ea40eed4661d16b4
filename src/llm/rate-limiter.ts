import { createSemaphore } from "../async/concurrency.ts";
import { sleep as realSleep, type Sleep } from "../async/sleep.ts";

/**
 * Per-provider politeness: at most `concurrency` calls in flight, and token buckets for
 * requests per minute and tokens per minute. The clock and the sleep are injectable so tests
 * run without waiting.
 */
export interface RateLimiterOptions {
  concurrency?: number;
  /** Requests per minute; unlimited when absent or 0. */
  rpm?: number;
  /** Tokens (prompt + expected completion) per minute; unlimited when absent or 0. */
  tpm?: number;
  now?: () => number;
  sleep?: Sleep;
}

export interface RateLimiter {
  /** Waits for a slot and for budget in both buckets; resolves to the release function. */
  acquire(tokens: number, signal?: AbortSignal): Promise<() => void>;
  readonly active: number;
}

interface Bucket {
  capacity: number;
  level: number;
  at: number;
}

const MINUTE_MS = 60_000;

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  // In arrival order; a caller who gives up while queued leaves the queue.
  const slots = createSemaphore(Math.max(1, options.concurrency ?? 4));
  const makeBucket = (capacity?: number): Bucket | undefined =>
    capacity && capacity > 0 ? { capacity, level: capacity, at: now() } : undefined;
  const requests = makeBucket(options.rpm);
  const tokensBucket = makeBucket(options.tpm);

  const refill = (bucket: Bucket) => {
    const t = now();
    bucket.level = Math.min(bucket.capacity, bucket.level + ((t - bucket.at) * bucket.capacity) / MINUTE_MS);
    bucket.at = t;
  };
  /** Milliseconds until `amount` is available (0 = now). */
  const waitFor = (bucket: Bucket | undefined, amount: number): number => {
    if (!bucket) return 0;
    refill(bucket);
    const need = Math.min(amount, bucket.capacity) - bucket.level;
    return need <= 0 ? 0 : Math.ceil((need * MINUTE_MS) / bucket.capacity);
  };

  return {
    get active() {
      return slots.active;
    },
    async acquire(tokens, signal) {
      const release = await slots.acquire(signal);
      try {
        for (;;) {
          const wait = Math.max(waitFor(requests, 1), waitFor(tokensBucket, tokens));
          if (wait === 0) break;
          await sleep(wait, signal);
        }
        if (requests) requests.level -= 1;
        if (tokensBucket) tokensBucket.level -= Math.min(tokens, tokensBucket.capacity);
      } catch (error) {
        release();
        throw error;
      }
      return release;
    },
  };
}
