/**
 * The one retry policy: which failures get another try (the error's `retryable`), how long to wait
 * (exponential backoff with jitter, capped; a server's Retry-After wins up to its own cap), and
 * never past a caller's abort. HTTP, the LLM providers and delivery all retry through `withRetry`.
 */
import { sleep as realSleep, type Sleep } from "./sleep.ts";

export interface Backoff {
  /** First delay, doubled on each retry. */
  baseDelayMs: number;
  /** Cap of one backoff delay. */
  maxDelayMs: number;
  /** Share of the delay drawn at random, 0..1: 1 = full jitter (0..delay), 0 = none. Default 1. */
  jitter?: number;
  /** Longest wait a server's Retry-After may ask for; a longer ask waits this long. Default maxDelayMs. */
  maxRetryAfterMs?: number;
}

/** 0.5 s doubling, at most 30 s a wait, full jitter; Retry-After honoured up to 30 s. */
export const DEFAULT_BACKOFF: Readonly<Backoff> = { baseDelayMs: 500, maxDelayMs: 30_000, jitter: 1 };

export interface RetryPolicy extends Backoff {
  /** Tries in all, the first included (1 = no retry). */
  attempts: number;
}

export interface RetryEvent {
  error: unknown;
  /** The attempt that failed (1 = the first). */
  attempt: number;
  /** The wait before the next attempt. */
  delayMs: number;
}

export interface RetryOptions extends RetryPolicy {
  /** A caller's abort: never retried; a wait in progress ends at once with the signal's reason. */
  signal?: AbortSignal;
  /** Whether a failure is worth another try; default: the error says so (`retryable: true`). */
  retryIf?: (error: unknown, attempt: number) => boolean;
  /** Called before each wait (logging, recording). */
  onRetry?: (event: RetryEvent) => void;
  sleep?: Sleep;
  /** [0, 1): the jitter's dice. */
  random?: () => number;
}

/** An error that says it is worth another try (DaybriefError's `retryable`); anything else is final. */
export function isRetryable(error: unknown): boolean {
  return (error as { retryable?: unknown } | null)?.retryable === true;
}

/** How long the server asked us to wait (DaybriefError's `retryAfterMs`), if it did. */
export function retryAfterOf(error: unknown): number | undefined {
  const ms = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof ms === "number" && ms >= 0 ? ms : undefined;
}

/**
 * Delay before retry number `retry` (1 = the first retry): the server's Retry-After when given
 * (capped at maxRetryAfterMs so one bad header cannot stall a run), else min(cap, base·2^(retry−1))
 * with its `jitter` share drawn at random.
 */
export function backoffDelay(
  retry: number,
  backoff: Backoff = DEFAULT_BACKOFF,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0)
    return Math.min(retryAfterMs, backoff.maxRetryAfterMs ?? backoff.maxDelayMs);
  const exp = Math.min(backoff.baseDelayMs * 2 ** (retry - 1), backoff.maxDelayMs);
  const jitter = Math.min(1, Math.max(0, backoff.jitter ?? 1));
  return Math.round(exp * (1 - jitter) + exp * jitter * random());
}

/**
 * Runs `fn` until it succeeds, fails for good, or `attempts` are spent; the last failure is thrown
 * as it came. A failure while the signal is aborted is thrown at once.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const retryIf = options.retryIf ?? isRetryable;
  const sleep = options.sleep ?? realSleep;
  const attempts = Math.max(1, Math.floor(options.attempts));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (options.signal?.aborted || attempt >= attempts || !retryIf(error, attempt)) throw error;
      const delayMs = backoffDelay(attempt, options, retryAfterOf(error), options.random);
      options.onRetry?.({ error, attempt, delayMs });
      await sleep(delayMs, options.signal);
    }
  }
}
