import type { Sleep } from "../async/sleep.ts";
import type { Backoff } from "../async/with-retry.ts";
import type { Logger } from "../log.ts";
import type { Resolver, Route } from "./address-guard.ts";
import type { HostPacer, HostPolicy } from "./host-pacer.ts";

/** The HTTP capability's public shapes (createHttp in create-http.ts builds one). */

/**
 * A fetch that serves some public URLs from local servers (the demo, tests) and says so: `route`
 * names the URL it really connects to, `allowPrivate` the local targets it owns (e.g.
 * "127.0.0.1:41234"), so the network guard checks and allows exactly those.
 */
export type RoutingFetch = typeof fetch & {
  route?: Route;
  allowPrivate?: readonly string[];
  /**
   * Serves every host from local fixtures (the demo): the pacing intervals protect no real host and
   * are skipped; caps and cool-downs still apply.
   */
  unpaced?: boolean;
};

export interface HttpOptions {
  /**
   * The transport (tests, the demo). Without it, operator endpoints (`fetch`) use the global fetch
   * and URLs from feeds and articles (`get`, `guardedFetch`) a node:http transport that connects to
   * exactly the address the guard checked.
   */
  fetch?: RoutingFetch;
  /** fetch.allowPrivate: private/loopback targets feeds and pages may use. */
  allowPrivate?: readonly string[];
  /** DNS for the guard (tests script answers). */
  resolve?: Resolver;
  /** Redirects followed per request (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  /**
   * Per request, every attempt, redirect and wait between retries together (fetch.requestTimeoutMs,
   * default 60 s); waiting for a paced host's turn is not counted.
   */
  requestTimeoutMs?: number;
  maxBytes?: number;
  perHostConcurrency?: number;
  /**
   * Hosts read politely (fetch.hosts; default mp.weixin.qq.com): their own concurrency, interval
   * with jitter, daily cap and cool-down. Other hosts keep `perHostConcurrency`.
   */
  hostPolicies?: Readonly<Record<string, HostPolicy>>;
  /** Cool-down of a host without a policy after a verification wall (ms). */
  coolDownMs?: number;
  /** The pacing's waits and dice (tests and the bench inject fast ones); default real timers. */
  pacing?: { sleep?: Sleep; random?: () => number };
  /** Retries after the first attempt (3 = up to 4 requests). */
  retries?: number;
  backoff?: Backoff;
  now?: () => Date;
  /** The wait between retries (tests inject one that records). */
  sleep?: Sleep;
  logger?: Logger;
}

export interface GetOptions {
  etag?: string;
  lastModified?: string;
  accept?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Looks at a 200 answer while the host's turn is still held: a reason (e.g. "环境异常") puts the
   * host in cool-down before the next queued request can go.
   */
  coolDownIf?: (response: HttpResponse) => string | undefined;
  /**
   * The URL that named this one (an article's feed): an address only fetch.allowPrivate opens is
   * then fetched only when the URL is on that feed's own host.
   */
  namedBy?: string;
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
   * Not guarded: for endpoints the operator configured (LLM providers, channels), which may be local.
   */
  fetch: typeof fetch;
  /** Like `fetch`, for URLs named by feeds and articles (the online link check): guarded, redirects checked. */
  guardedFetch: typeof fetch;
  /** The per-host pacing of this client (cool-downs, caps, counts), shared by every source. */
  hosts: HostPacer;
  /** Closes idle kept-alive connections. */
  close(): void;
}
