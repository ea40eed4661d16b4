import { HttpError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { requestOnce } from "./request-once.ts";
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF, sleep as defaultSleep } from "./retry.ts";
import { createKeyedSemaphore } from "./semaphore.ts";

export const DEFAULT_USER_AGENT = "daybrief/0.1 (+https://github.com/daybrief/daybrief)";

export interface HttpOptions {
  fetch?: typeof fetch;
  userAgent?: string;
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  maxBytes?: number;
  perHostConcurrency?: number;
  /** Retries after the first attempt (3 = up to 4 requests). */
  retries?: number;
  backoff?: BackoffOptions;
  now?: () => Date;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  logger?: Logger;
}

export interface GetOptions {
  etag?: string;
  lastModified?: string;
  accept?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpResponse {
  /** 200 with a body, or 304 (not modified) with an empty body. */
  status: number;
  /** Final URL after redirects. */
  url: string;
  headers: Headers;
  body: Uint8Array;
  etag?: string;
  lastModified?: string;
  contentType?: string;
}

export interface Http {
  /** A polite, capped, retried GET (conditional when etag/lastModified are given). */
  get(url: string, options?: GetOptions): Promise<HttpResponse>;
  /**
   * Plain fetch with our User-Agent and per-host limit (held until the response headers arrive); no
   * retries, no body cap. The default timeout applies only when the caller passes no signal.
   */
  fetch: typeof fetch;
}

export function createHttp(options: HttpOptions = {}): Http {
  const config = {
    fetch: options.fetch ?? globalThis.fetch,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    timeoutMs: options.timeoutMs ?? 20_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    retries: options.retries ?? 3,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? defaultSleep,
    logger: options.logger,
  };
  const hostSlot = createKeyedSemaphore(options.perHostConcurrency ?? 2);

  async function get(url: string, getOptions: GetOptions = {}): Promise<HttpResponse> {
    const signal = getOptions.signal;
    for (let attempt = 0; ; attempt++) {
      try {
        return await requestOnce(url, getOptions, { ...config, slot: hostSlot(hostOf(url)) });
      } catch (error) {
        if (signal?.aborted) throw signal.reason; // the caller gave up: never retried
        if (!(error instanceof HttpError) || !error.retryable || attempt >= config.retries) throw error;
        const delay = backoffDelay(attempt + 1, config.backoff, error.retryAfterMs);
        config.logger?.warn(
          { url, status: error.status, attempt: attempt + 1, delay_ms: delay },
          `retrying: ${error.message}`,
        );
        await config.sleep(delay, signal);
      }
    }
  }

  // A caller's own signal replaces our timeout: LLM calls legitimately run longer than a feed fetch.
  const politeFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (!headers.has("user-agent")) headers.set("user-agent", config.userAgent);
    const signal = init?.signal ?? AbortSignal.timeout(config.timeoutMs);
    const release = await hostSlot(hostOf(request.url)).acquire(signal);
    try {
      // The slot covers the wait for headers; the caller reads the body at its own pace.
      return await config.fetch(new Request(request, { headers, signal }));
    } finally {
      release();
    }
  };

  return { get, fetch: politeFetch };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}
