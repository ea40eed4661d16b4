import type { BriefingItem } from "./briefing.ts";
import { EDITOR_ADDED_MARK, PINNED_MARK } from "./curation.ts";

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
  if (item.curation?.pinned) notes.push(`${PINNED_MARK}：编辑把本条放在简报最前`);
  const added = item.curation?.editorAdded ?? [];
  if (added.length > 0)
    notes.push(`${EDITOR_ADDED_MARK}：${added.join("、")}由编辑改写，原文未能证实，编辑确认保留`);
  if (item.analyser.fallback) {
    const why = item.analyser.fallbackReason ? `（${item.analyser.fallbackReason}）` : "";
    notes.push(`LLM 分析失败，本条由离线分析生成${why}`);
  }
  if (isFeedOnly(item)) notes.push(`${FEED_ONLY_MARK}：未能读取原文全文，本条依据订阅源摘要`);
  else if (item.articleStatus && item.articleStatus !== "ok") notes.push(`原文状态：${item.articleStatus}`);
  return notes;
}
