import type { Http } from "../http/index.ts";
import type { ParsedFeed, Source, SourceFetchState } from "../model/index.ts";

export interface CollectContext {
  http: Http;
  /** What the store remembers from the last fetch (ETag / Last-Modified for a conditional GET). */
  state?: SourceFetchState;
  timeZone: string;
  now: Date;
  signal?: AbortSignal;
}

export type CollectResult =
  | { status: "ok"; feed: ParsedFeed; etag?: string; lastModified?: string }
  | { status: "not-modified" };

/**
 * One kind of source (a feed today). Errors are thrown as HttpError / FeedParseError; the pipeline
 * records them on the source and goes on with the others.
 */
export interface SourceAdapter {
  readonly kind: string;
  collect(source: Source, ctx: CollectContext): Promise<CollectResult>;
}
