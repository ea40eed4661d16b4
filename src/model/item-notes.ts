import type { BriefingItem } from "./briefing.ts";

/**
 * The reader-facing notes of one entry, worded once for every output and channel (Markdown, HTML,
 * JSON, the chat messages). Plain text: each renderer escapes it for where it goes.
 */

/** Shown on every entry built from the feed's summary alone (the page could not be read). */
export const FEED_ONLY_MARK = "仅摘要";

export function isFeedOnly(item: Pick<BriefingItem, "articleStatus">): boolean {
  return item.articleStatus === "feed-only";
}

/** Notes shown under an entry's header, only when the data calls for them. */
export function describeItemNotes(item: BriefingItem): string[] {
  const notes: string[] = [];
  if (item.analyser.fallback) {
    const why = item.analyser.fallbackReason ? `（${item.analyser.fallbackReason}）` : "";
    notes.push(`LLM 分析失败，本条由离线分析生成${why}`);
  }
  if (isFeedOnly(item)) notes.push(`${FEED_ONLY_MARK}：未能读取原文全文，本条依据订阅源摘要`);
  else if (item.articleStatus && item.articleStatus !== "ok") notes.push(`原文状态：${item.articleStatus}`);
  return notes;
}
