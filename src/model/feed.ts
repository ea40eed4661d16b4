/** One item of a feed, whatever the feed's format. Decoded from the wire in sources/ only. */
export interface FeedItem {
  /** The feed's own id for the item (RSS guid, Atom id, JSON Feed id), if any. */
  guid?: string;
  /** Absolute URL of the article, resolved against the feed's base. */
  url: string;
  title: string;
  author?: string;
  /** ISO 8601 in UTC, or undefined when the feed gives no (readable) date. */
  publishedAt?: string;
  /** Short plain-text or HTML summary from the feed. */
  summary?: string;
  /** Full HTML content when the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml?: string;
  categories?: string[];
}

export type FeedFormat = "rss" | "rdf" | "atom" | "json";

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /** The site's home page, when the feed names it. */
  link?: string;
  items: FeedItem[];
  /** Set when the document declares more items than could be read: how many it declares, and why. */
  lost?: { declared: number; reason: string };
}
