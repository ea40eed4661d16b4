import { setTimeout as wait } from "node:timers/promises";

/** A wait that a signal may cut short; injectable so tests and the bench need not wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * `setTimeout` of node:timers/promises, rejecting with the signal's own reason when it aborts (as
 * `signal.throwIfAborted()` would), so a caller's cancellation reaches the caller unchanged.
 */
export const sleep: Sleep = async (ms, signal) => {
  try {
    await wait(Math.max(0, ms), undefined, { signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
};
