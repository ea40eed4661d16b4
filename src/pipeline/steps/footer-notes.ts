import { describeReason } from "../../model/reasons.ts";
import type { CollectedSource } from "../collect-sources.ts";
import type { SourceHealthReport } from "../source-health.ts";

/**
 * The run's notes for the briefing footer, from what the steps reported: every source failed,
 * the sources' health flags, feeds that lost items, the LLM budget spent.
 */
export function footerNotes(facts: {
  sources: CollectedSource[];
  allSourcesFailed: boolean;
  health: SourceHealthReport;
  budgetExhausted: boolean;
}): string[] {
  const notes = facts.health.active.map((a) => `⚠️ ${a.message}`);
  if (facts.allSourcesFailed) notes.unshift(`⚠️ ${allSourcesFailedNote(facts.sources)}`);
  for (const c of facts.sources) if (c.lost) notes.push(`⚠️ ${c.source.name}：${c.lost}`);
  if (facts.budgetExhausted) notes.push(`LLM ${describeReason({ key: "budget" })}，其余文章由离线分析器处理`);
  return notes;
}

/** "全部订阅源抓取失败：宕机号（服务端错误 · E_SERVER · HTTP 500）；…" for the footer. */
function allSourcesFailedNote(collected: CollectedSource[]): string {
  const why = collected
    .map((c) => `${c.source.name}（${c.reason ? describeReason(c.reason) : "未知错误"}）`)
    .join("；");
  return `全部订阅源抓取失败：${why}`;
}
