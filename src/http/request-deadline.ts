import type { Sleep } from "../async/sleep.ts";
import { HttpError } from "../errors.ts";

/**
 * The whole time one GET may take: every attempt, the waits between retries and every redirect,
 * together. Each attempt already stops after `fetch.timeoutMs` (headers and body together), but a
 * server that sends a byte now and then until that timeout, attempt after attempt, held one page
 * for every try (4 × 20 s and the back-off between). Waiting for a paced host's turn or for one
 * of a host's slots (`perHostConcurrency`) is not counted: that is the queue's time, not the
 * server's; the caller takes the turn or slot before `attempt` starts the clock.
 */
export interface RequestDeadline {
  /** Milliseconds left (≤ 0: spent). */
  left(): number;
  /** Runs one attempt on the clock, stopped by `timeoutMs` or by what is left, whichever is shorter. */
  attempt<T>(run: (timeoutMs: number) => Promise<T>, timeoutMs: number): Promise<T>;
  /** The wait before a retry, on the clock; when it would outlast the deadline, the deadline error. */
  sleep(sleep: Sleep): Sleep;
  /** The error of a request whose time is spent (never retried), with the last failure as cause. */
  error(cause?: unknown): HttpError;
}

export function createRequestDeadline(url: string, limitMs: number): RequestDeadline {
  let spentMs = 0;
  let attempts = 0;
  let lastFailure: unknown;
  const left = () => limitMs - spentMs;
  const error = (cause?: unknown) =>
    new HttpError(
      `GET ${url}: no complete answer within ${limitMs} ms (fetch.requestTimeoutMs), ${attempts} attempt(s), all retries included`,
      url,
      0,
      false,
      { cause, code: "request_time" },
    );
  return {
    left,
    error,
    async attempt(run, timeoutMs) {
      if (left() <= 0) throw error();
      attempts++;
      const started = performance.now();
      const limit = Math.min(timeoutMs, left());
      try {
        return await run(Math.max(1, Math.ceil(limit)));
      } catch (cause) {
        lastFailure = cause;
        // The attempt's timer was this deadline's: the request as a whole took too long.
        if (cause instanceof HttpError && cause.code === "timeout" && limit < timeoutMs) throw error(cause);
        throw cause;
      } finally {
        spentMs += performance.now() - started;
      }
    },
    sleep: (sleep) => async (ms, signal) => {
      if (ms >= left()) throw error(lastFailure);
      const started = performance.now();
      try {
        await sleep(ms, signal);
      } finally {
        spentMs += performance.now() - started;
      }
    },
  };
}
