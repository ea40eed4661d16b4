import { canonicalUrl } from "../dedup/index.ts";
import { errorMessage } from "../errors.ts";
import type { FeedItem } from "../model/feed.ts";
import type { Source } from "../model/source.ts";
import { sourceAdapters } from "../sources/index.ts";
import type { PipelineDeps } from "./deps.ts";
import { mapLimit } from "./map-limit.ts";
import { redactUrls } from "./redact-urls.ts";

/** What one source gave this run. */
export interface CollectedSource {
  source: Source;
  status: "ok" | "not-modified" | "failed";
  items: FeedItem[];
  error?: string;
  /** Recorded by `recordCollected` once the items are stored (see there). */
  success?: { etag?: string; lastModified?: string; at: string; newItems: number };
}

/** Fetches every enabled source (conditional GET), records its health, never throws. */
export async function collectSources(deps: PipelineDeps, signal?: AbortSignal): Promise<CollectedSource[]> {
  const { store, http, config, logger } = deps;
  const sources = config.sources.filter((s) => s.enabled);
  let done = 0;
  return mapLimit(sources, 4, async (source): Promise<CollectedSource> => {
    const at = deps.now().toISOString();
    store.upsertSource(source);
    const log = logger.child({ source_id: source.id, url: source.url });
    try {
      const result = await sourceAdapters.feed!.collect(source, {
        http,
        state: store.getFetchState(source.id),
        timeZone: config.timezone,
        now: deps.now(),
        signal,
      });
      if (result.status === "not-modified") {
        store.recordFetchNotModified(source.id, at);
        log.info({ status: 304 }, "feed not modified");
        return { source, status: "not-modified", items: [] };
      }
      const fresh = result.feed.items.filter((item) => !store.articleExists(canonicalUrl(item.url)));
      log.info({ items: result.feed.items.length, new_items: fresh.length }, "feed collected");
      const success = { etag: result.etag, lastModified: result.lastModified, at, newItems: fresh.length };
      return { source, status: "ok", items: result.feed.items, success };
    } catch (error) {
      // A cancelled run is not the source's fault: record nothing, let the run stop.
      if (signal?.aborted) throw error;
      const message = redactUrls(errorMessage(error));
      store.recordFetchFailure(source.id, { at, error: message });
      log.warn({ err: message }, "feed failed");
      return { source, status: "failed", items: [], error: message };
    } finally {
      deps.progress.step("collect", ++done, sources.length);
    }
  });
}

/**
 * Records each feed's validators (ETag / Last-Modified) only after its items are stored: a run
 * cancelled in between must not leave a 304 that would hide the items it never read.
 */
export function recordCollected(deps: PipelineDeps, collected: CollectedSource[]): void {
  for (const c of collected) if (c.success) deps.store.recordFetchSuccess(c.source.id, c.success);
}
