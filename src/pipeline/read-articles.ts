import { mapLimit } from "../async/concurrency.ts";
import { canonicalUrl, contentHash } from "../dedup/index.ts";
import { errorMessage } from "../errors.ts";
import { judgeFeedText, pageFromFeedItem } from "../extract/index.ts";
import type { Article, ArticleStatus, ExtractedPage, TextFrom } from "../model/article.ts";
import type { FeedItem } from "../model/feed.ts";
import type { Problem } from "../model/problem.ts";
import { itemsOnDay } from "../sources/index.ts";
import { dayOf } from "../time.ts";
import type { CollectedSource } from "./collect-sources.ts";
import type { PipelineDeps } from "./deps.ts";
import { restoreHostState, saveHostState } from "./host-state.ts";
import { hostOf, readPage } from "./read-page.ts";
import { rereadPages } from "./reread-pages.ts";

/** Per-source counts of what this run saw, for the footer. */
export interface ReadCounts {
  found: number;
  inWindow: number;
  stored: number;
  duplicates: number;
  problems: Problem[];
}

interface Candidate {
  sourceId: string;
  item: FeedItem;
  url: string;
  firstSeenAt: string;
}

/**
 * Picks the items of the day that are not stored yet and stores each with its text: the feed's own
 * when it is the whole article (fetch.pages auto), else the page's — read politely per host; when
 * the page cannot be had (a wall, a rest, a failure) the feed's content stands in, marked, and the
 * page is queued to be read by a later run. Never fetches a stored article again, except a queued one.
 */
export async function readArticles(
  deps: PipelineDeps,
  collected: CollectedSource[],
  date: string,
  signal?: AbortSignal,
): Promise<Map<string, ReadCounts>> {
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
        const { article, rereadReason } = await readOne(deps, candidate, signal);
        const c = counts.get(candidate.sourceId)!;
        // The page may declare another shape of a stored link (WeChat long vs short), or repeat a text.
        const { declaredUrl, ...rest } = article;
        const sameLink = declaredUrl && declaredUrl !== rest.url && (await store.articleExists(declaredUrl));
        const sameText = rest.text.length > 0 && (await store.findArticleByContentHash(rest.contentHash));
        if (sameLink || (sameText && sameText.url !== rest.url)) c.duplicates++;
        else {
          // The article and its place in the re-read queue are stored together or not at all.
          const saved = await batch.run(async (tx) => {
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
          if (saved.inserted) c.stored++;
          else c.duplicates++;
        }
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

/** fetch.pages of a source (its own setting, else the global one). */
export function pagesMode(deps: PipelineDeps, sourceId: string): "auto" | "always" | "never" {
  return deps.config.sources.find((s) => s.id === sourceId)?.pages ?? deps.config.fetch.pages;
}

async function readOne(
  deps: PipelineDeps,
  candidate: Candidate,
  signal?: AbortSignal,
): Promise<{ article: Article & { declaredUrl?: string }; rereadReason?: string }> {
  const { item } = candidate;
  const log = deps.logger.child({ source_id: candidate.sourceId, url: item.url });
  const mode = pagesMode(deps, candidate.sourceId);
  const fromFeed = pageFromFeedItem(item);
  let page: ExtractedPage = fromFeed;
  let status: ArticleStatus = "ok";
  let textFrom: TextFrom = "feed";
  let reason: string | undefined;
  let rereadReason: string | undefined;
  let finalUrl = item.url;
  const judged =
    mode === "always"
      ? undefined
      : judgeFeedText(fromFeed, { earlierPageChars: await deps.store.listPageTextChars(candidate.sourceId) });
  if (mode === "never" || judged?.full) {
    // Feed-first: the bridge carries the article (or the operator never wants pages).
    if (!judged?.full) {
      status = "feed-only";
      reason = "未抓取原文（fetch.pages: never），使用订阅源内容";
    }
    log.debug({ mode, full: judged?.full, why: judged?.reason }, "text read from the feed");
  } else {
    const outcome = await readPage(deps, item.url, signal);
    if (outcome.ok) {
      page = outcome.page;
      finalUrl = outcome.finalUrl;
      textFrom = "page";
    } else {
      status = "feed-only";
      reason = outcome.retryLater ? `${outcome.reason}，使用订阅源内容，稍后重读` : outcome.reason;
      if (outcome.retryLater) rereadReason = outcome.reason;
      log.warn(
        { err: outcome.error ? errorMessage(outcome.error) : outcome.reason },
        "page not read, using the feed's content",
      );
    }
  }
  if (page.kind === "deleted" || page.kind === "blocked") {
    status = page.kind;
    reason = page.reason ?? (page.kind === "deleted" ? "该内容已被发布者删除" : "内容因违规无法查看");
    page = { ...fromFeed, kind: page.kind };
    textFrom = "feed";
  }
  // The feed's own text may itself be a notice (pageFromFeedItem recognises it): nothing to publish.
  if (status === "feed-only" && page.kind !== "article") {
    status = page.kind === "verification" ? "failed" : page.kind;
    reason = `订阅源内容也是提示页面（${page.reason ?? page.kind}）`;
  }
  if (status === "feed-only" && page.text.trim().length === 0) status = "failed";
  if (status !== "ok") log.info({ status, reason }, "article recorded");
  return {
    rereadReason,
    article: {
      sourceId: candidate.sourceId,
      url: candidate.url,
      declaredUrl: page.canonicalUrl ? canonicalUrl(page.canonicalUrl) : undefined,
      originalUrl: finalUrl,
      guid: item.guid,
      title: page.title?.trim() || item.title,
      author: page.author ?? item.author,
      account: page.account,
      // The feed's date chose the day (the window), so it is what is stored; the page's own time
      // only fills in when the feed gives none — else an article could fall out of both days.
      publishedAt: item.publishedAt ?? page.publishedAt ?? candidate.firstSeenAt,
      firstSeenAt: candidate.firstSeenAt,
      contentHash: contentHash(page.text),
      text: page.text,
      html: page.html,
      links: page.links,
      status,
      statusReason: reason,
      textFrom,
    },
  };
}
