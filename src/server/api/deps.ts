import type { Logger } from "../../log.ts";
import type { QueryContext } from "../../queries/index.ts";
import type { PageCache } from "../page-cache.ts";
import type { ServerActions } from "./actions.ts";
import type { RateLimiter } from "./rate-limit.ts";
import type { RunJobs } from "./run-jobs.ts";

/** What the API and MCP apps are built from; the entry point opens the store and config once. */
export interface ServerDeps {
  /** The store and validated config every query reads (`config.api` holds tokens, CORS, rate limit). */
  query: QueryContext;
  now: () => Date;
  /** Runs and delivery retries; without them writes answer `not_available`. */
  actions?: ServerActions;
  /** The live runs this server started (shared by the API and MCP when both are mounted). */
  runs?: RunJobs;
  /** Removes secrets from text shown to callers (feed URLs, errors); default: credential patterns. */
  redact?: (text: string) => string;
  /** Where a request's unexpected error is logged (default: stderr). */
  logger?: Logger;
  /**
   * The per-token request budget (api.rateLimit). `serve` hands the API and MCP of every briefing one
   * limiter, so a token's budget is one whichever path or `?briefing=` it asks through (default: one
   * of this app's own).
   */
  rateLimiter?: RateLimiter;
  /** Responses kept under the store's content version (default: a cache of this app's own). */
  pageCache?: PageCache;
}
