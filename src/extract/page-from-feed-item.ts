// When the page cannot be had (fetch failed, captcha), the feed's own content stands in,
// cleaned exactly like a page body.
import type { ExtractedPage } from "../model/article.ts";
import type { FeedItem } from "../model/feed.ts";
import { cleanBody } from "./clean-body.ts";
import { parseDocument } from "./parse-document.ts";
import { dropWechatPromotions } from "./wechat-promotions.ts";

function isWechatUrl(url: string): boolean {
  try {
    return new URL(url).hostname === "mp.weixin.qq.com";
  } catch {
    return false;
  }
}

export function pageFromFeedItem(item: FeedItem): ExtractedPage {
  const source = item.contentHtml?.trim() || item.summary?.trim() || "";
  const doc = parseDocument(source, item.url);
  const body = doc.body;
  if (body && isWechatUrl(item.url)) dropWechatPromotions(body);
  const cleaned = body ? cleanBody(body, { base: item.url }) : { text: "", html: "", links: [], images: [] };
  const page: ExtractedPage = { kind: "article", title: item.title, ...cleaned };
  if (item.author) page.author = item.author;
  if (item.publishedAt) page.publishedAt = item.publishedAt;
  return page;
}
