import type { JsonFeed } from "feedsmith";
import type { FeedItem, ParsedFeed } from "../model/index.ts";
import { parseFeedDate } from "./feed-date.ts";
import { cleanTitle, escapeHtml } from "./html-text.ts";
import type { MapContext } from "./map-xml-feeds.ts";
import { isHttpUrl, resolveHtmlLinks, resolveUrl } from "./resolve-url.ts";

/** JSON Feed 1.1 (and 1.0, whose single `author` feedsmith lifts into `authors`). */
export function mapJsonFeed(feed: JsonFeed.Feed<string>, ctx: MapContext): ParsedFeed {
  const feedAuthor = feed.authors?.[0]?.name;
  const items = (feed.items ?? []).map((item): FeedItem => {
    const date = item.date_published ?? item.date_modified;
    const id = item.id === undefined ? undefined : String(item.id);
    return {
      guid: id,
      url:
        resolveUrl(item.url, ctx.base) ??
        resolveUrl(item.external_url, ctx.base) ??
        (isHttpUrl(id) ? id : ""),
      title: cleanTitle(item.title, false),
      author: item.authors?.[0]?.name ?? feedAuthor,
      publishedAt: date ? parseFeedDate(String(date), ctx.timeZone) : undefined,
      summary: item.summary,
      contentHtml: item.content_html
        ? resolveHtmlLinks(item.content_html, ctx.base)
        : item.content_text
          ? escapeHtml(item.content_text)
          : undefined,
      categories: item.tags?.length ? item.tags : undefined,
    };
  });
  return {
    format: "json",
    title: cleanTitle(feed.title, false) || undefined,
    link: resolveUrl(feed.home_page_url, ctx.base),
    items,
  };
}
