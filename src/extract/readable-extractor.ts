// Any page that is not WeChat: Mozilla Readability on the linkedom document, after hidden
// elements are pruned so that nothing invisible can be picked as content.
import { Readability } from "@mozilla/readability";
import type { ExtractedPage } from "../model/article.ts";
import { cleanBody } from "./clean-body.ts";
import { elementToText } from "./element-to-text.ts";
import { emptyPage, type PageExtractor } from "./extractor.ts";
import { classifyNotice } from "./page-kind.ts";
import { documentBase, metaContent, parseDocument, resolveUrl } from "./parse-document.ts";
import { pageBackground, pruneHidden } from "./prune-hidden.ts";

/** Pages whose whole text is this short are checked for captcha / removal notices. */
const NOTICE_MAX_CHARS = 600;

function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** "Title - Site" → "Title" when the site's name is one side of the separator. */
export function trimSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[-–—|_·]\s+/);
  if (parts.length < 2 || !siteName) return title;
  if (parts.at(-1)?.trim() === siteName) return parts.slice(0, -1).join(" - ").trim();
  if (parts[0]?.trim() === siteName) return parts.slice(1).join(" - ").trim();
  return title;
}

/** Removes a leading heading that repeats the title (Readability misses this for CJK titles). */
function dropTitleHeading(content: Element, title: string | undefined): void {
  if (!title) return;
  const heading = content.querySelector("h1, h2");
  if (heading && (heading.textContent ?? "").replace(/\s+/g, " ").trim() === title)
    heading.parentNode?.removeChild(heading);
}

/** Extracts from an already parsed document (the WeChat extractor falls back to this). */
export function extractReadable(doc: Document, pageUrl: string): ExtractedPage {
  const base = documentBase(doc, pageUrl);
  const canonicalUrl =
    resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), base) ??
    resolveUrl(metaContent(doc, "og:url"), base);
  const metaTitle = metaContent(doc, "og:title", "twitter:title");
  const metaAuthor = metaContent(doc, "author", "article:author");
  const metaTime = metaContent(doc, "article:published_time", "og:article:published_time", "pubdate", "date");
  const background = pageBackground(doc);
  if (doc.body) pruneHidden(doc.body, { background });
  const bodyText = doc.body ? elementToText(doc.body) : "";
  if (bodyText.length <= NOTICE_MAX_CHARS) {
    const verdict = classifyNotice([doc.querySelector("title")?.textContent ?? undefined, bodyText]);
    if (verdict) return emptyPage({ ...verdict, title: metaTitle, canonicalUrl });
  }
  let parsed: ReturnType<Readability<Element>["parse"]> = null;
  try {
    // serializer returns the element itself: no second parse of the article HTML.
    parsed = new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses: false }).parse();
  } catch {
    parsed = null;
  }
  const account = parsed?.siteName?.trim() || metaContent(doc, "og:site_name") || undefined;
  const rawTitle = parsed?.title?.trim() || metaTitle || doc.querySelector("title")?.textContent?.trim();
  const title = rawTitle ? trimSiteName(rawTitle, account) : undefined;
  const content = parsed?.content ?? doc.body;
  if (content) dropTitleHeading(content, title);
  const body = content
    ? cleanBody(content, { base, pruned: true })
    : { text: "", html: "", links: [], images: [] };
  return {
    kind: "article",
    title,
    account,
    author: parsed?.byline?.trim() || metaAuthor || undefined,
    publishedAt: toIso(parsed?.publishedTime ?? metaTime),
    canonicalUrl,
    ...body,
  };
}

export const readableExtractor: PageExtractor = {
  name: "readable",
  matches: () => true,
  extract: (html, options) => extractReadable(parseDocument(html, options.url), options.url),
};
