import { createKeyedSemaphore } from "../async/concurrency.ts";
import { sleep as defaultSleep } from "../async/sleep.ts";
import { DEFAULT_BACKOFF, withRetry } from "../async/with-retry.ts";
import { errorMessage, HostPausedError, HttpError } from "../errors.ts";
import { createAddressGuard } from "./address-guard.ts";
import { createAddressPolicy } from "./address-policy.ts";
import { fetchGuarded } from "./follow-redirects.ts";
import { createHostPacer } from "./host-pacer.ts";
import type { GetOptions, Http, HttpOptions, HttpResponse, RoutingFetch } from "./http-types.ts";
import { createNodeTransport, type SendHop } from "./node-transport.ts";
import { createRequestDeadline } from "./request-deadline.ts";
import { requestOnce } from "./request-once.ts";
import { parseRetryAfter } from "./retry.ts";

/** The longest rest a paced host's Retry-After can ask for (a week): longer is a typo, not a request. */
const MAX_RETRY_AFTER_REST_MS = 7 * 24 * 3_600_000;

export type { GetOptions, Http, HttpOptions, HttpResponse, RoutingFetch };

export const DEFAULT_USER_AGENT = "daybrief/0.1 (+https://github.com/daybrief/daybrief)";

export function createHttp(options: HttpOptions = {}): Http {
  const transport = options.fetch;
  const guard = createAddressGuard({
    policy: createAddressPolicy([...(options.allowPrivate ?? []), ...(transport?.allowPrivate ?? [])]),
    resolve: options.resolve,
    route: transport?.route,
  });
  // An injected transport does its own routing; ours connects to the checked address.
  const node = transport ? undefined : createNodeTransport();
  const send: SendHop = transport
    ? (url, init) => transport(url.href, { ...init, redirect: "manual" })
    : (url, init, checked) => node!.send(url, init, checked);
  /**
   * The guarded fetch of one request: every hop is checked by the guard and, when its host rests
   * or is paced, by the pacer too — a redirect into a paced host waits for that host's turn (held
   * in `turns` until the caller releases it) and a resting host gets no request at all.
   */
  const guardedWith =
    (turns: Turns, namedBy?: string): typeof fetch =>
    (input, init) => {
      const request = input instanceof Request ? input : undefined;
      const pacedSend: SendHop = async (url, hopInit, checked) => {
        // Turns are held per pacing key: a hop to another spelling of a host (a trailing dot,
        // another port of a name-wide policy) is the same host and keeps the turn it holds.
        const hopHost = pacer.keyOf(url.host);
        turns.lastHost = hopHost;
        if (!turns.leases.has(hopHost)) {
          const paused = pacer.pausedUntil(hopHost);
          if (paused) throw new HostPausedError(hopHost, "cool-down", paused.until, paused.reason);
          if (pacer.policyFor(hopHost)) turns.leases.set(hopHost, await pacer.enter(hopHost, hopInit.signal));
        }
        return send(url, hopInit, checked);
      };
      return fetchGuarded(
        request ? request.url : String(input),
        {
          method: init?.method ?? request?.method ?? "GET",
          headers: new Headers(init?.headers ?? request?.headers),
          signal: init?.signal ?? request?.signal ?? undefined,
        },
        { guard, send: pacedSend, maxRedirects: options.maxRedirects, namedBy },
      );
    };
  const config = {
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    timeoutMs: options.timeoutMs ?? 20_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    retries: options.retries ?? 3,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? defaultSleep,
    logger: options.logger,
  };
  const hostSlot = createKeyedSemaphore(options.perHostConcurrency ?? 2);
  const pacer = createHostPacer({
    policies: options.hostPolicies,
    defaultCoolDownMs: options.coolDownMs,
    now: config.now,
    sleep: transport?.unpaced ? async () => {} : (options.pacing?.sleep ?? defaultSleep),
    random: options.pacing?.random,
  });
  /**
   * When a paced host that refused us asked for a longer wait (Retry-After) than its cool-down, the
   * rest lasts until then (at most MAX_RETRY_AFTER_REST_MS); otherwise the cool-down applies.
   */
  const restUntil = (host: string, retryAfterMs: number | undefined): number | undefined => {
    const coolDownMs = pacer.policyFor(host)?.coolDownMs ?? 0;
    if (retryAfterMs === undefined || retryAfterMs <= coolDownMs) return undefined;
    return config.now().getTime() + Math.min(retryAfterMs, MAX_RETRY_AFTER_REST_MS);
  };
  /** The longest Retry-After a retry waits for; a server asking for longer gets no retry at all. */
  const retryAfterCapMs = config.backoff.maxRetryAfterMs ?? config.backoff.maxDelayMs;
  /**
   * A paced host that asked for a longer wait than a retry would make (a 503 during maintenance,
   * with Retry-After) rests until then, at most a week: the next queued page is not asked for either.
   */
  const restIfAskedLonger = (host: string, status: number, retryAfterMs: number | undefined): boolean => {
    if (retryAfterMs === undefined || retryAfterMs <= retryAfterCapMs || !pacer.policyFor(host)) return false;
    const until = config.now().getTime() + Math.min(retryAfterMs, MAX_RETRY_AFTER_REST_MS);
    pacer.coolDown(host, `HTTP ${status} Retry-After`, until);
    return true;
  };
  async function get(url: string, getOptions: GetOptions = {}): Promise<HttpResponse> {
    const signal = getOptions.signal;
    const host = pacer.keyOf(hostOf(url));
    const policy = pacer.policyFor(host);
    // A paced host that refuses us (403/429) is walled: the host rests and the request is not retried;
    // nor is any request whose server asked for a longer wait than a retry would make.
    let walled = false;
    const deadline = createRequestDeadline(url, config.requestTimeoutMs);
    const attempt = async (): Promise<HttpResponse> => {
      if (deadline.left() <= 0) throw deadline.error();
      const paused = pacer.pausedUntil(host);
      if (paused) throw new HostPausedError(host, "cool-down", paused.until, paused.reason);
      const turns: Turns = { leases: new Map() };
      // The first host's turn (a paced host) or one of its slots (any other) is taken before the
      // attempt's timeout and the request's deadline run: queueing is the host's time, not the
      // server's. A redirect into another paced host takes that host's turn on the way (guardedWith).
      let releaseSlot: (() => void) | undefined;
      if (policy) turns.leases.set(host, await pacer.enter(host, signal));
      else releaseSlot = await hostSlot(host).acquire(signal);
      try {
        const response = await deadline.attempt(
          (timeoutMs) =>
            requestOnce(url, getOptions, {
              ...config,
              timeoutMs,
              fetch: guardedWith(turns, getOptions.namedBy),
            }),
          config.timeoutMs,
        );
        // The wall is the last hop's: that host rests (not a redirector in front of it).
        const wall = getOptions.coolDownIf?.(response);
        if (wall) pacer.coolDown(hostOf(response.url) || host, wall);
        return response;
      } catch (error) {
        releaseTurns(turns);
        if (signal?.aborted) throw signal.reason; // the caller gave up: never retried
        const refusing = turns.lastHost ?? host;
        if (
          pacer.policyFor(refusing) &&
          error instanceof HttpError &&
          (error.status === 403 || error.status === 429)
        ) {
          pacer.coolDown(refusing, `HTTP ${error.status}`, restUntil(refusing, error.retryAfterMs));
          walled = true;
        } else if (
          error instanceof HttpError &&
          error.retryAfterMs !== undefined &&
          error.retryAfterMs > retryAfterCapMs
        ) {
          // Asked to come back later than a retry would: no retry (any host); a paced host rests.
          restIfAskedLonger(refusing, error.status, error.retryAfterMs);
          walled = true;
        }
        throw error;
      } finally {
        releaseTurns(turns);
        releaseSlot?.();
      }
    };
    return withRetry(attempt, {
      ...config.backoff,
      attempts: config.retries + 1,
      signal,
      sleep: deadline.sleep(config.sleep),
      // A redirect into a resting host (HostPausedError) is never retried: it is not an HttpError.
      retryIf: (error) => !walled && error instanceof HttpError && error.retryable,
      onRetry: ({ error, attempt, delayMs }) =>
        config.logger?.warn(
          { url, status: (error as HttpError).status, attempt, delay_ms: delayMs },
          `retrying: ${errorMessage(error)}`,
        ),
    });
  }

  // A caller's own signal replaces our timeout: LLM calls legitimately run longer than a feed fetch.
  const polite =
    (base: (turns: Turns) => typeof fetch): typeof fetch =>
    async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      if (!headers.has("user-agent")) headers.set("user-agent", config.userAgent);
      const signal = init?.signal ?? AbortSignal.timeout(config.timeoutMs);
      const release = await hostSlot(pacer.keyOf(hostOf(url))).acquire(signal);
      const turns: Turns = { leases: new Map() };
      try {
        // The slot covers the wait for headers; the caller reads the body at its own pace.
        const response = await base(turns)(input, { ...init, headers, signal });
        const refusing = turns.lastHost;
        const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), config.now());
        if (refusing && pacer.policyFor(refusing) && (response.status === 403 || response.status === 429))
          pacer.coolDown(refusing, `HTTP ${response.status}`, restUntil(refusing, retryAfterMs));
        else if (refusing && response.status >= 500)
          restIfAskedLonger(refusing, response.status, retryAfterMs);
        return response;
      } finally {
        releaseTurns(turns);
        release();
      }
    };

  return {
    get,
    fetch: polite(() => transport ?? globalThis.fetch),
    guardedFetch: polite(guardedWith),
    hosts: pacer,
    close: () => node?.close(),
  };
}

/** The paced hosts whose turn one request holds (released when it is done), and its last hop's host. */
interface Turns {
  leases: Map<string, { release(): void }>;
  lastHost?: string;
}

function releaseTurns(turns: Turns): void {
  for (const lease of turns.leases.values()) lease.release();
  turns.leases.clear();
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}
