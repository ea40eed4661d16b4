/**
 * ok: full text extracted from the page. feed-only: the page could not be had (or was a
 * verification page), the feed's own content stands in. deleted / blocked: the page says the
 * article was removed by its author or for a violation; never analysed. failed: nothing usable.
 */
export type ArticleStatus = "ok" | "feed-only" | "deleted" | "blocked" | "failed";

/**
 * Where an article's text came from: the article page, or the feed (a bridge that carries the full
 * text, read feed-first; or the feed's summary standing in when the page could not be had).
 */
export type TextFrom = "feed" | "page";

/** What a fetched page turned out to be. */
/**
 * What a fetched page is: the article, or a notice in its place — deleted, blocked, a verification
 * wall, or `unavailable` (the link itself is no good: 链接已过期, 参数错误 — no text to read, not
 * worth another try).
 */
export type PageKind = "article" | "deleted" | "blocked" | "verification" | "unavailable";

export interface ArticleLink {
  /** Visible text of the anchor (may be empty). */
  text: string;
  href: string;
}

/** The result of reading one page: pure data, no I/O. */
export interface ExtractedPage {
  kind: PageKind;
  /** Why the page is not an article (the page's own words), when kind is not "article". */
  reason?: string;
  title?: string;
  /** WeChat account name (#js_name) or site name. */
  account?: string;
  author?: string;
  /** ISO 8601 UTC, when the page states it (WeChat `var ct`). */
  publishedAt?: string;
  /** The URL the page declares for itself (og:url, msg_link), if any. */
  canonicalUrl?: string;
  /** Plain text of the body, paragraphs separated by blank lines. */
  text: string;
  /** Cleaned body HTML (scripts, hidden and promotional blocks removed, lazy images resolved). */
  html: string;
  links: ArticleLink[];
  images: string[];
}

export interface Article {
  id?: number;
  sourceId: string;
  /** Canonical URL: the unique key. */
  url: string;
  /** The URL as the feed gave it. */
  originalUrl: string;
  guid?: string;
  title: string;
  author?: string;
  account?: string;
  /** ISO 8601 UTC. The feed's or page's date; else the time first seen. */
  publishedAt: string;
  firstSeenAt: string;
  /** sha256 of the normalised text, hex. */
  contentHash: string;
  text: string;
  html: string;
  links: ArticleLink[];
  status: ArticleStatus;
  statusReason?: string;
  /** Absent on articles stored before daybrief recorded it. */
  textFrom?: TextFrom;
}
