import { mapLimit } from "../async/concurrency.ts";
import { canonicalUrl } from "../dedup/index.ts";
import type { FeedItem } from "../model/feed.ts";
import type { Problem } from "../model/problem.ts";
import { itemsOnDay } from "../sources/index.ts";
import type { StoreTransaction } from "../store/index.ts";
import { dayOf } from "../time.ts";
import type { CollectedSource } from "./collect-sources.ts";
import type { PipelineDeps } from "./deps.ts";
import { type Candidate, extractArticle } from "./extract-article.ts";
import { restoreHostState, saveHostState } from "./host-state.ts";
import { hostOf } from "./read-page.ts";
import { rereadPages } from "./reread-pages.ts";

/** Per-source counts of what this run saw, for the footer. */
export interface ReadCounts {
  found: number;
  inWindow: number;
  stored: number;
  duplicates: number;
  problems: Problem[];
}

/**
 * Picks the items of the day that are not stored yet, extracts each (extractArticle: the feed's own
 * text when it is the whole article, else the page's — read politely per host; when the page
 * cannot be had the feed's content stands in, marked) and stores it, queueing a page to be read by
 * a later run when it asked to. Never fetches a stored article again, except a queued one.
 */
export async function readArticles(
  deps: PipelineDeps,
  collected: CollectedSource[],
  date: string,
  signal?: AbortSignal,
): Promise<Map<string, ReadCounts>> {
  const { store } = deps;
  const { counts, candidates } = await planReads(deps, collected, date);
  const rereadHosts = (await deps.store.listPageRereads()).map((q) => q.host);
  await restoreHostState(deps, [...candidates.map((c) => hostOf(c.item.url)), ...rereadHosts]);
  try {
    // Pages queued by an earlier run first: they waited longest, and the host may be open again.
    await rereadPages(deps, date, signal);
    let done = 0;
    // Articles are stored in chunk transactions (one per ~200 pages), not one transaction each.
    const batch = store.batchWrites();
    try {
      await forEachLane(deps, candidates, async (candidate) => {
        const { outcome } = await readCandidate(deps, batch, candidate, signal);
        const c = counts.get(candidate.sourceId)!;
        if (outcome === "stored") c.stored++;
        else c.duplicates++;
        deps.progress.step("read", ++done, candidates.length);
      });
    } finally {
      await batch.commit();
    }
  } finally {
    await saveHostState(deps);
  }
  return counts;
}

/**
 * The items of the day that are not stored yet (the candidates to read), and this run's counts per
 * source so far (found, in the window, repeated links). Forgets a feed's validators when it already
 * holds items of a later day (`collected[].success` is updated in place).
 */
export async function planReads(
  deps: PipelineDeps,
  collected: CollectedSource[],
  date: string,
): Promise<{ counts: Map<string, ReadCounts>; candidates: Candidate[] }> {
  const { store, config } = deps;
  const counts = new Map<string, ReadCounts>();
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const nowIso = deps.now().toISOString();
  for (const collectedSource of collected) {
    const { source, items, problem } = collectedSource;
    // A feed that already holds items of a later day must be read again in full by that day's
    // run: forget its validators, or that run would get a 304 and never see them.
    if (
      collectedSource.success &&
      items.some((i) => i.publishedAt && dayOf(i.publishedAt, config.timezone) > date)
    ) {
      collectedSource.success = { ...collectedSource.success, etag: undefined, lastModified: undefined };
    }
    const c: ReadCounts = { found: items.length, inWindow: 0, stored: 0, duplicates: 0, problems: [] };
    if (problem) c.problems.push(problem);
    counts.set(source.id, c);
    // An item without a date belongs to the day it was first seen (now, unless it is stored).
    const storedFirstSeen = new Map<FeedItem, string>();
    for (const item of items) {
      if (item.publishedAt) continue;
      const stored = await store.findArticleByUrl(canonicalUrl(item.url));
      if (stored) storedFirstSeen.set(item, stored.firstSeenAt);
    }
    const firstSeen = (item: FeedItem) => storedFirstSeen.get(item) ?? nowIso;
    for (const item of itemsOnDay(items, date, config.timezone, firstSeen)) {
      const url = canonicalUrl(item.url);
      const existing = await store.findArticleByUrl(url);
      const firstSeenAt = existing?.firstSeenAt ?? nowIso;
      c.inWindow++;
      if (seen.has(url)) {
        c.duplicates++;
        continue;
      }
      seen.add(url);
      if (existing) continue;
      candidates.push({ sourceId: source.id, item, url, firstSeenAt });
    }
  }
  return { counts, candidates };
}

/** Where a read page is stored: a write batch (a run's read step) or the store itself (a queue job). */
interface ArticleWriter {
  run<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
}

/**
 * One candidate read (extractArticle) and stored with its place in the re-read queue, or counted a
 * duplicate: another shape of a stored link (WeChat long vs short), a text stored under another
 * link, or a link stored meanwhile.
 */
export async function readCandidate(
  deps: PipelineDeps,
  writer: ArticleWriter,
  candidate: Candidate,
  signal?: AbortSignal,
): Promise<{ outcome: "stored" | "duplicate"; pageFailed: boolean }> {
  const { store } = deps;
  const { article, rereadReason, pageFailed = false } = await extractArticle(deps, candidate, signal);
  // The page may declare another shape of a stored link (WeChat long vs short), or repeat a text.
  const { declaredUrl, ...rest } = article;
  const sameLink = declaredUrl && declaredUrl !== rest.url && (await store.articleExists(declaredUrl));
  const sameText = rest.text.length > 0 && (await store.findArticleByContentHash(rest.contentHash));
  if (sameLink || (sameText && sameText.url !== rest.url)) return { outcome: "duplicate", pageFailed };
  // The article and its place in the re-read queue are stored together or not at all.
  const saved = await writer.run(async (tx) => {
    const saved = await tx.saveArticle(rest);
    if (saved.inserted && rereadReason)
      await tx.queuePageReread({
        articleId: saved.id,
        host: hostOf(candidate.item.url),
        reason: rereadReason,
        queuedAt: deps.now().toISOString(),
      });
    return saved;
  });
  return { outcome: saved.inserted ? "stored" : "duplicate", pageFailed };
}

/**
 * Paced hosts (WeChat) get a lane each, as wide as their policy; everything else shares
 * fetch.pageConcurrency. So pages of other sites never queue behind WeChat's 2–5 s pacing.
 */
async function forEachLane(
  deps: PipelineDeps,
  candidates: Candidate[],
  fn: (candidate: Candidate) => Promise<void>,
): Promise<void> {
  const lanes = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const host = hostOf(c.item.url);
    const key = deps.http.hosts.policyFor(host) ? host : "";
    const lane = lanes.get(key);
    if (lane) lane.push(c);
    else lanes.set(key, [c]);
  }
  await Promise.all(
    [...lanes].map(([host, lane]) =>
      mapLimit(
        lane,
        host ? deps.http.hosts.policyFor(host)!.concurrency : deps.config.fetch.pageConcurrency,
        fn,
      ),
    ),
  );
}
