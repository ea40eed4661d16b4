// A WeChat bridge that carried the whole article and now sends summaries (its full-text mode was
// switched off, or its upstream changed) quietly turns every article into a page request: say so.
import type { ArticleStatus, TextFrom } from "../model/article.ts";
import type { Source } from "../model/source.ts";
import type { SourceAlert } from "./source-health.ts";

/** Articles in a row that needed the page, after full-text ones, before the bridge is flagged. */
export const SUMMARY_RUN = 3;

/**
 * Pure: a source's latest articles (newest first) → a "summaries" alert when the newest
 * SUMMARY_RUN were not full in the feed while at least as many before them were.
 */
export function assessBridgeText(
  source: Pick<Source, "id" | "name" | "pages">,
  recent: readonly { textFrom?: TextFrom; status: ArticleStatus }[],
): SourceAlert[] {
  // Only feed-first reading tells a full feed from a summary one.
  if (source.pages === "always" || source.pages === "never") return [];
  const fullInFeed = (a: { textFrom?: TextFrom; status: ArticleStatus }) =>
    a.textFrom === "feed" && a.status === "ok";
  const newest = recent.slice(0, SUMMARY_RUN);
  const before = recent.slice(SUMMARY_RUN);
  if (newest.length < SUMMARY_RUN || newest.some(fullInFeed)) return [];
  if (before.filter(fullInFeed).length < SUMMARY_RUN) return [];
  const detail = `订阅源最近 ${SUMMARY_RUN} 篇只给摘要（此前提供全文），请检查桥接服务的全文输出设置`;
  return [
    {
      sourceId: source.id,
      sourceName: source.name,
      kind: "summaries",
      message: `${source.name}：${detail}`,
      detail,
    },
  ];
}
