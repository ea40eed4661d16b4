import { mapLimit } from "../async/concurrency.ts";
import { canonicalUrl } from "../dedup/index.ts";
import { errorMessage } from "../errors.ts";
import type { FeedItem } from "../model/feed.ts";
import { feedProblem, type Problem } from "../model/problem.ts";
import { type Reason, reasonOfError } from "../model/reasons.ts";
import { redactPatterns } from "../model/redact.ts";
import type { Source } from "../model/source.ts";
import { sourceAdapters } from "../sources/index.ts";
import type { PipelineDeps } from "./deps.ts";
import { redactUrls } from "./redact-urls.ts";

/** What one source gave this run. */
export interface CollectedSource {
  source: Source;
  status: "ok" | "not-modified" | "failed";
  items: FeedItem[];
  error?: string;
  /** Why it failed: the catalogue key and HTTP status (the run's all-sources-failed note). */
  reason?: Reason;
  /** The same as a coverage problem (code, status, redacted feed URL and message) for the footer. */
  problem?: Problem;
  /** Set when the feed answered but some of its items could not be read: how many, and why. */
  lost?: string;
  /** Recorded by `recordCollected` once the items are stored (see there). */
  success?: { etag?: string; lastModified?: string; at: string; newItems: number };
}

/** Thrown into a source's fetch when it has used up its time (all retries included). */
class SourceTimeError extends Error {
  override name = "TimeoutError";
}

/**
 * Fetches every enabled source (conditional GET), `fetch.sourceConcurrency` at a time, each within
 * `fetch.sourceTimeoutMs` all retries included (a slow feed cannot hold the run), records its
 * health, never throws (except when the run is cancelled).
 */
export async function collectSources(deps: PipelineDeps, signal?: AbortSignal): Promise<CollectedSource[]> {
  const { config } = deps;
  const sources = config.sources.filter((s) => s.enabled);
  let done = 0;
  return mapLimit(sources, config.fetch.sourceConcurrency, async (source) => {
    try {
      return await collectSource(deps, source, signal);
    } finally {
      deps.progress.step("collect", ++done, sources.length);
    }
  });
}

/**
 * One source of the run (a run's collect step, or one queue job): fetched within
 * `fetch.sourceTimeoutMs` all retries included, its health recorded; never throws (except when the
 * run is cancelled).
 */
export async function collectSource(
  deps: PipelineDeps,
  source: Source,
  signal?: AbortSignal,
): Promise<CollectedSource> {
  const { store, http, config, logger } = deps;
  const redact = deps.redact ?? redactPatterns;
  const budgetMs = config.fetch.sourceTimeoutMs;
  const at = deps.now().toISOString();
  // A feed URL may carry an access key (`?key=${FEED_KEY}`): the store keeps it redacted.
  await store.upsertSource({ ...source, url: redact(source.url) });
  const log = logger.child({ stage: "collect", source_id: source.id, url: redactUrls(source.url) });
  const cap = new AbortController();
  const timer = setTimeout(
    () => cap.abort(new SourceTimeError(`gave up after ${budgetMs} ms (all retries included)`)),
    budgetMs,
  );
  const sourceSignal = signal ? AbortSignal.any([signal, cap.signal]) : cap.signal;
  try {
    const result = await sourceAdapters.feed!.collect(source, {
      http,
      state: await store.getFetchState(source.id),
      timeZone: config.timezone,
      now: deps.now(),
      signal: sourceSignal,
    });
    if (result.status === "not-modified") {
      await store.recordFetchNotModified(source.id, at);
      log.info({ status: 304 }, "feed not modified");
      return { source, status: "not-modified", items: [] };
    }
    const fresh = [];
    for (const item of result.feed.items)
      if (!(await store.articleExists(canonicalUrl(item.url)))) fresh.push(item);
    log.info({ items: result.feed.items.length, new_items: fresh.length }, "feed collected");
    const success = { etag: result.etag, lastModified: result.lastModified, at, newItems: fresh.length };
    const lost = result.feed.lost
      ? `${result.feed.lost.declared} 项中 ${result.feed.lost.declared - result.feed.items.length} 项无法读取（${result.feed.lost.reason}）`
      : undefined;
    if (lost) log.warn({ declared: result.feed.lost?.declared, read: result.feed.items.length }, lost);
    return { source, status: "ok", items: result.feed.items, success, lost };
  } catch (error) {
    // A cancelled run is not the source's fault: record nothing, let the run stop.
    if (signal?.aborted) throw error;
    const timedOut = cap.signal.aborted;
    const message = redact(redactUrls(timedOut ? errorMessage(cap.signal.reason) : errorMessage(error)));
    const reason: Reason = timedOut ? { key: "source_time" } : reasonOfError(error);
    const url = redact(redactUrls(source.url));
    const problem = feedProblem(reason, { sourceId: source.id, url, detail: message });
    // The code and status are stored as columns: health alerts read them, never the message.
    await store.recordFetchFailure(source.id, {
      at,
      error: message,
      code: problem.code,
      status: problem.httpStatus,
    });
    log.warn({ reason: reason.key, status: reason.status, err: message }, "feed failed");
    return { source, status: "failed", items: [], error: message, reason, problem };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Records each feed's validators (ETag / Last-Modified) only after its items are stored: a run
 * cancelled in between must not leave a 304 that would hide the items it never read.
 */
export async function recordCollected(deps: PipelineDeps, collected: CollectedSource[]): Promise<void> {
  for (const c of collected) if (c.success) await deps.store.recordFetchSuccess(c.source.id, c.success);
}
