/** A source as configured: one feed (an RSS bridge for a WeChat account, or any RSS/Atom/JSON feed). */
export interface Source {
  /** Stable id used in the store and logs (slug). */
  id: string;
  /** Display name, e.g. 机器之心. */
  name: string;
  url: string;
  /** Position in the config; ranks ties between entries of equal ★. */
  order: number;
  enabled: boolean;
  /** Labels of the source (an OPML import's folders). */
  tags?: string[];
  /** fetch.pages for this source (absent: the global setting). */
  pages?: "auto" | "always" | "never";
}

/** What the store remembers about fetching a source. */
export interface SourceFetchState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  /** The last failure's redacted message, for people; code reads lastErrorCode / lastStatus. */
  lastError?: string;
  /** The last failure's catalogue code (model/reasons.ts), e.g. "E_SERVER". */
  lastErrorCode?: string;
  /** The last failure's HTTP status, when the feed answered with one. */
  lastStatus?: number;
  consecutiveFailures: number;
  itemsSeen: number;
  lastNewItemAt?: string;
}
