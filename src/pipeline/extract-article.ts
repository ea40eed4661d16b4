import { canonicalUrl, contentHash } from "../dedup/index.ts";
import { errorMessage, PageTooComplexError } from "../errors.ts";
import { judgeFeedText, pageFromFeedItem } from "../extract/index.ts";
import type { Article, ArticleStatus, ExtractedPage, TextFrom } from "../model/article.ts";
import type { FeedItem } from "../model/feed.ts";
import { REASONS } from "../model/reasons.ts";
import type { PipelineDeps } from "./deps.ts";
import { readPage } from "./read-page.ts";

/** A new item of the day, chosen by the read step to be extracted and stored. */
export interface Candidate {
  sourceId: string;
  item: FeedItem;
  url: string;
  firstSeenAt: string;
}

/** fetch.pages of a source (its own setting, else the global one). */
export function pagesMode(deps: PipelineDeps, sourceId: string): "auto" | "always" | "never" {
  return deps.config.sources.find((s) => s.id === sourceId)?.pages ?? deps.config.fetch.pages;
}

/**
 * The extract step for one new item of the day: its text from the feed when the feed carries the
 * whole article (fetch.pages auto), else from its page, read politely (readPage); when the page
 * cannot be had the feed's content stands in, marked, with the reason to re-read it later. The
 * result is the article as it will be stored (with the link the page declares for itself).
 */
export async function extractArticle(
  deps: PipelineDeps,
  candidate: Candidate,
  signal?: AbortSignal,
): Promise<{
  article: Article & { declaredUrl?: string };
  rereadReason?: string;
  /** The page was asked for and could not be had (the metrics' fetch errors). */
  pageFailed?: boolean;
}> {
  const { item } = candidate;
  const log = deps.logger.child({ source_id: candidate.sourceId, url: item.url });
  const mode = pagesMode(deps, candidate.sourceId);
  const { page: fromFeed, unreadable: feedUnreadable } = feedPage(item);
  let page: ExtractedPage = fromFeed;
  let status: ArticleStatus = "ok";
  let textFrom: TextFrom = "feed";
  let reason: string | undefined;
  let rereadReason: string | undefined;
  let pageFailed = false;
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
    const feedUrl = deps.config.sources.find((s) => s.id === candidate.sourceId)?.url;
    const outcome = await readPage(deps, item.url, signal, feedUrl);
    if (outcome.ok) {
      page = outcome.page;
      finalUrl = outcome.finalUrl;
      textFrom = "page";
    } else {
      pageFailed = true;
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
    status = page.kind === "verification" || page.kind === "unavailable" ? "failed" : page.kind;
    reason = `订阅源内容也是提示页面（${page.reason ?? page.kind}）`;
  }
  if (status === "feed-only" && page.text.trim().length === 0) {
    status = "failed";
    if (feedUnreadable) reason = reason ? `${reason}；${feedUnreadable}` : feedUnreadable;
  }
  if (status !== "ok") log.info({ status, reason }, "article recorded");
  return {
    rereadReason,
    pageFailed,
    article: {
      sourceId: candidate.sourceId,
      url: candidate.url,
      declaredUrl: page.canonicalUrl ? canonicalUrl(page.canonicalUrl) : undefined,
      originalUrl: finalUrl,
      guid: item.guid,
      // One line: a page's title (a script variable too) may hold white-space runs of any length.
      title: page.title?.replace(/\s+/g, " ").trim() || item.title,
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

/**
 * The feed's own text as a page; a feed item whose HTML is too complex to parse stands in as an
 * empty page, with the reason (the page may still be read; if not, the article fails with both).
 */
function feedPage(item: FeedItem): { page: ExtractedPage; unreadable?: string } {
  try {
    return { page: pageFromFeedItem(item) };
  } catch (error) {
    if (!(error instanceof PageTooComplexError)) throw error;
    const why = REASONS.page_too_complex;
    return {
      page: { kind: "article", title: item.title, text: "", html: "", links: [], images: [] },
      unreadable: `订阅源内容${why.zh}（${why.code}）`,
    };
  }
}
