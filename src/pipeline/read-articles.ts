import { canonicalUrl, contentHash } from "../dedup/index.ts";
import { errorMessage, HttpError } from "../errors.ts";
import { extractPage, pageFromFeedItem } from "../extract/index.ts";
import { decodeBody } from "../http/index.ts";
import type { Article, ArticleStatus, ExtractedPage } from "../model/article.ts";
import type { FeedItem } from "../model/feed.ts";
import { redactPatterns } from "../model/redact.ts";
import { itemsOnDay } from "../sources/index.ts";
import { dayOf } from "../time.ts";
import type { CollectedSource } from "./collect-sources.ts";
import type { PipelineDeps } from "./deps.ts";
import { mapLimit } from "./map-limit.ts";
import { redactUrls } from "./redact-urls.ts";

/** Per-source counts of what this run saw, for the footer. */
export interface ReadCounts {
  found: number;
  inWindow: number;
  stored: number;
  duplicates: number;
  problems: string[];
}

interface Candidate {
  sourceId: string;
  item: FeedItem;
  url: string;
  firstSeenAt: string;
}

/**
 * Picks the items of the day that are not stored yet, reads each page in full (falling back to the
 * feed's own content), and stores the article with its status. Never fetches a stored article again.
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
    const { source, items, status, error } = collectedSource;
    // A feed that already holds items of a later day must be read again in full by that day's
    // run: forget its validators, or that run would get a 304 and never see them.
    if (
      collectedSource.success &&
      items.some((i) => i.publishedAt && dayOf(i.publishedAt, config.timezone) > date)
    ) {
      collectedSource.success = { ...collectedSource.success, etag: undefined, lastModified: undefined };
    }
    const c: ReadCounts = { found: items.length, inWindow: 0, stored: 0, duplicates: 0, problems: [] };
    if (status === "failed") c.problems.push(`订阅源抓取失败：${error}`);
    counts.set(source.id, c);
    // An item without a date belongs to the day it was first seen (now, unless it is stored).
    const firstSeen = (item: FeedItem) =>
      store.findArticleByUrl(canonicalUrl(item.url))?.firstSeenAt ?? nowIso;
    for (const item of itemsOnDay(items, date, config.timezone, firstSeen)) {
      const url = canonicalUrl(item.url);
      const existing = store.findArticleByUrl(url);
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
  let done = 0;
  await mapLimit(candidates, config.fetch.pageConcurrency, async (candidate) => {
    const article = await readOne(deps, candidate, signal);
    const c = counts.get(candidate.sourceId)!;
    // The page may declare another shape of a stored link (WeChat long vs short), or repeat a text.
    const { declaredUrl, ...rest } = article;
    const sameLink = declaredUrl && declaredUrl !== rest.url && store.articleExists(declaredUrl);
    const sameText = rest.text.length > 0 && store.findArticleByContentHash(rest.contentHash);
    if (sameLink || (sameText && sameText.url !== rest.url)) c.duplicates++;
    else if (store.saveArticle(rest).inserted) c.stored++;
    else c.duplicates++;
    deps.progress.step("read", ++done, candidates.length);
  });
  return counts;
}

async function readOne(
  deps: PipelineDeps,
  candidate: Candidate,
  signal?: AbortSignal,
): Promise<Article & { declaredUrl?: string }> {
  const { item } = candidate;
  const log = deps.logger.child({ source_id: candidate.sourceId, url: item.url });
  let page: ExtractedPage;
  let status: ArticleStatus = "ok";
  let reason: string | undefined;
  let finalUrl = item.url;
  try {
    const response = await deps.http.get(item.url, { signal, accept: "text/html,application/xhtml+xml" });
    finalUrl = response.url;
    page = extractPage(decodeBody(response.body, response.contentType).text, {
      url: response.url,
      timeZone: deps.config.timezone,
    });
  } catch (error) {
    // A cancelled run must not store the article as feed-only for good: let the run stop.
    if (signal?.aborted) throw error;
    page = pageFromFeedItem(item);
    reason = `正文抓取失败（${error instanceof HttpError && error.status ? `HTTP ${error.status}` : (deps.redact ?? redactPatterns)(redactUrls(errorMessage(error)))}）`;
    status = "feed-only";
    log.warn({ err: errorMessage(error) }, "page failed, using the feed's content");
  }
  if (page.kind === "deleted" || page.kind === "blocked") {
    status = page.kind;
    reason = page.reason ?? (page.kind === "deleted" ? "该内容已被发布者删除" : "内容因违规无法查看");
    page = { ...pageFromFeedItem(item), kind: page.kind };
  } else if (page.kind === "verification") {
    reason = `遇到验证页面（${page.reason ?? "环境异常"}），使用订阅源内容`;
    page = pageFromFeedItem(item);
    status = "feed-only";
  }
  // The feed's own text may itself be a notice (pageFromFeedItem recognises it): nothing to publish.
  if (status === "feed-only" && page.kind !== "article") {
    status = page.kind === "verification" ? "failed" : page.kind;
    reason = `订阅源内容也是提示页面（${page.reason ?? page.kind}）`;
  }
  if (status === "feed-only" && page.text.trim().length === 0) status = "failed";
  if (status !== "ok") log.info({ status, reason }, "article recorded");
  return {
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
  };
}
