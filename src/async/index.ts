export { createKeyedSemaphore, createSemaphore, mapLimit, type Semaphore } from "./concurrency.ts";
export { type Sleep, sleep } from "./sleep.ts";
export {
  type Backoff,
  backoffDelay,
  DEFAULT_BACKOFF,
  isRetryable,
  type RetryEvent,
  type RetryOptions,
  type RetryPolicy,
  retryAfterOf,
  withRetry,
} from "./with-retry.ts";
