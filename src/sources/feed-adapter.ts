import { FeedParseError } from "../errors.ts";
import { decodeBody } from "../http/index.ts";
import { parseFeed } from "./parse-feed.ts";
import type { CollectResult, SourceAdapter } from "./source-adapter.ts";

const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

/** RSS / RDF / Atom / JSON Feed over HTTP, conditional on the stored ETag and Last-Modified. */
export const feedAdapter: SourceAdapter = {
  kind: "feed",
  async collect(source, ctx): Promise<CollectResult> {
    const response = await ctx.http.get(source.url, {
      etag: ctx.state?.etag,
      lastModified: ctx.state?.lastModified,
      accept: FEED_ACCEPT,
      signal: ctx.signal,
    });
    if (response.status === 304) return { status: "not-modified" };
    const { text } = decodeBody(response.body, response.contentType);
    try {
      // Relative links resolve against where the feed really lives (after redirects).
      const feed = parseFeed(text, { url: response.url || source.url, timeZone: ctx.timeZone });
      return { status: "ok", feed, etag: response.etag, lastModified: response.lastModified };
    } catch (error) {
      if (error instanceof FeedParseError) {
        throw new FeedParseError(`${source.name} (${source.url}): ${error.message}`, source.url, {
          cause: error,
        });
      }
      throw error;
    }
  },
};
