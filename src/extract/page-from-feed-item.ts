// When the page cannot be had (fetch failed, captcha), the feed's own content stands in,
// cleaned exactly like a page body.
import type { ExtractedPage } from "../model/article.ts";
import type { FeedItem } from "../model/feed.ts";
import { cleanBody } from "./clean-body.ts";
import { classifyFeedText } from "./page-kind.ts";
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
  // The feed's text may itself be the notice ("该内容已被发布者删除"): recognised like the page.
  const notice = classifyFeedText(cleaned.text);
  if (notice) {
    page.kind = notice.kind;
    page.reason = notice.reason;
  }
  if (item.author) page.author = item.author;
  if (item.publishedAt) page.publishedAt = item.publishedAt;
  return page;
}
