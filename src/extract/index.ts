// The extract stage: page HTML → ExtractedPage. Pure: no I/O, no clock.
import type { ExtractedPage } from "../model/article.ts";
import { extractWith } from "./extract-page.ts";
import type { ExtractOptions, PageExtractor } from "./extractor.ts";
import { readableExtractor } from "./readable-extractor.ts";
import { wechatExtractor } from "./wechat-extractor.ts";

/** Tried in order; the first whose `matches` says yes reads the page. Generic last. */
export const extractors = {
  wechat: wechatExtractor,
  readable: readableExtractor,
} satisfies Record<string, PageExtractor>;

const ordered: readonly PageExtractor[] = Object.values(extractors);

export function extractPage(html: string, options: ExtractOptions): ExtractedPage {
  return extractWith(ordered, html, options);
}

export type { ExtractOptions, PageExtractor } from "./extractor.ts";
export {
  type FeedFullness,
  type FeedFullnessOptions,
  type FeedFullnessSignals,
  fullnessLength,
  judgeFeedText,
} from "./feed-fullness.ts";
export { htmlToText } from "./html-to-text.ts";
export { pageFromFeedItem } from "./page-from-feed-item.ts";
export { classifyNotice, type PageVerdict } from "./page-kind.ts";
