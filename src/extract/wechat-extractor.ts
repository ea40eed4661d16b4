// WeChat official-account articles (mp.weixin.qq.com). The body sits in #js_content, hidden until
// the page's scripts run; images are lazy (data-src); metadata lives in inline scripts.
import type { ExtractedPage } from "../model/article.ts";
import { cleanBody } from "./clean-body.ts";
import { elementToText } from "./element-to-text.ts";
import { emptyPage, type PageExtractor } from "./extractor.ts";
import { classifyNotice } from "./page-kind.ts";
import { documentBase, metaContent, parseDocument, resolveUrl } from "./parse-document.ts";
import { pruneHidden } from "./prune-hidden.ts";
import { extractReadable } from "./readable-extractor.ts";
import { dropWechatPromotions } from "./wechat-promotions.ts";
import { readWechatScriptVars } from "./wechat-script-vars.ts";

const WECHAT_MARKERS = /id=["'](js_content|activity-name)["']|\bvar\s+ct\s*=/;
/** A body shorter than this may be a notice page wearing the article template. */
const NOTICE_MAX_CHARS = 300;

function textOf(doc: Document, selector: string): string | undefined {
  const el = doc.querySelector(selector);
  const text = el ? elementToText(el).replace(/\s+/g, " ").trim() : "";
  return text || undefined;
}

function findAuthor(doc: Document): string | undefined {
  const named = textOf(doc, "#js_author_name") ?? metaContent(doc, "author", "og:article:author");
  if (named) return named;
  for (const el of Array.from(doc.querySelectorAll("#meta_content .rich_media_meta_text"))) {
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text && text !== "原创" && !/\d{4}[-年]/.test(text)) return text;
  }
  return undefined;
}

export function extractWechat(html: string, url: string, timeZone: string): ExtractedPage {
  const vars = readWechatScriptVars(html, timeZone);
  const doc = parseDocument(html, url);
  const base = documentBase(doc, url);
  const meta = {
    title: textOf(doc, "#activity-name") ?? metaContent(doc, "og:title", "twitter:title") ?? vars.title,
    account: textOf(doc, "#js_name") ?? vars.account,
    author: findAuthor(doc) ?? vars.author,
    publishedAt: vars.publishedAt,
    canonicalUrl: resolveUrl(metaContent(doc, "og:url"), base) ?? resolveUrl(vars.link, base),
  };
  const content = doc.querySelector("#js_content");
  // Notice pages (deleted, blocked, captcha) put their words in .weui-msg; check those first.
  const notice = [".weui-msg__title", ".weui-msg__desc", ".global_error_msg", ".warn_msg"]
    .map((selector) => textOf(doc, selector))
    .filter(Boolean)
    .join(" ");
  if (!content) {
    if (doc.body) pruneHidden(doc.body);
    const bodyText = doc.body ? elementToText(doc.body) : "";
    const verdict = classifyNotice([notice, bodyText.length <= 2000 ? bodyText : undefined]);
    if (verdict) return emptyPage({ ...verdict, ...definedOnly(meta) });
    // Another WeChat layout (picture or text share): take what a generic reader finds.
    const page = extractReadable(doc, url);
    return { ...page, ...definedOnly(meta) };
  }
  // The wrapper is hidden only until scripts run; its children keep their own hiding rules.
  content.removeAttribute("style");
  dropWechatPromotions(content);
  const body = cleanBody(content, { base });
  if (body.text.length <= NOTICE_MAX_CHARS) {
    const verdict = classifyNotice([notice, body.text]);
    if (verdict) return emptyPage({ ...verdict, ...definedOnly(meta) });
  }
  return { kind: "article", ...definedOnly(meta), ...body };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const wechatExtractor: PageExtractor = {
  name: "wechat",
  matches: (html, url) => url?.hostname === "mp.weixin.qq.com" || WECHAT_MARKERS.test(html),
  extract: (html, options) => extractWechat(html, options.url, options.timeZone ?? "Asia/Shanghai"),
};
