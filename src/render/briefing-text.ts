import { formatStars, UNKNOWN_TIME } from "../model/briefing-wording.ts";
import type { Briefing, BriefingItem } from "../model/index.ts";
import { FEED_ONLY_MARK, isFeedOnly } from "../model/item-notes.ts";
import { describeProblem } from "../model/problem.ts";
import { formatDateTime, formatValidDateTime } from "../time.ts";

/**
 * The renderers' view of the briefing's wording: the headings, ★ and titles come from
 * model/briefing-wording.ts (shared with the chat channels); the footer and the time of an item
 * are composed here. Everything returned is plain text (untrusted parts included): each renderer
 * escapes it.
 */

export {
  BRIEFING_TITLE,
  briefingTitle,
  CONTENT_SECTIONS,
  EMPTY_SECTION,
  ENTRIES_HEADING,
  FIELD_LABELS,
  FOOTER_HEADING,
  formatEntryTitle,
  formatRelatedTitle,
  formatStars,
  RESOURCES_HEADING,
  resourceTitleNote,
  type SectionSpec,
  SUMMARY_LABEL,
  SUMMARY_MARK,
  sectionOf,
} from "../model/briefing-wording.ts";

/** Notes shown under an entry's header (worded once in model/, shared with the chat channels). */
export { describeItemNotes, FEED_ONLY_MARK, isFeedOnly } from "../model/item-notes.ts";

/** Short markers shown with an entry (and listed in the JSON): 仅摘要 for a feed-only entry. */
export function describeItemBadges(item: BriefingItem): string[] {
  return isFeedOnly(item) ? [FEED_ONLY_MARK] : [];
}

export interface FooterSource {
  name: string;
  counts: string;
  /** Each problem worded by the catalogue (model/problem.ts). */
  problems: string[];
}

export interface FooterText {
  sources: FooterSource[];
  analysers?: string;
  usage?: string;
  verification?: string;
  notes: string[];
  generated: string;
}

const n = (value: number) => value.toLocaleString("en-US");

export function describeFooter(briefing: Briefing): FooterText {
  const sources = briefing.coverage.map((c) => ({
    name: c.sourceName,
    counts:
      `抓取 ${n(c.found)} · 当日 ${n(c.inWindow)} · 已分析 ${n(c.analysed)} · 重复 ${n(c.duplicates)}` +
      ` · 低于阈值 ${n(c.belowThreshold)} · 失败 ${n(c.failed)}`,
    problems: c.problems.map((p) => describeProblem(p)),
  }));
  const analysers = briefing.analysers.length
    ? briefing.analysers
        .map((a) => {
          const kind = a.kind === "llm" ? "LLM" : "离线";
          const fallback = a.fallback > 0 ? `，其中 ${n(a.fallback)} 条为 LLM 失败后的离线回退` : "";
          return `${a.name}（${kind}）${n(a.entries)} 条${fallback}`;
        })
        .join("；")
    : undefined;
  const u = briefing.usage;
  const usage = u
    ? `${n(u.calls)} 次调用 · 输入 ${n(u.promptTokens)} tokens · 输出 ${n(u.completionTokens)} tokens` +
      (u.cost > 0 ? ` · 费用 ${u.cost.toFixed(2)} ${u.currency}` : "")
    : undefined;
  const v = briefing.verification;
  const verification = v
    ? `检查 ${n(v.checked)} 条论断 · 有据 ${n(v.supported)} · 删除 ${n(v.dropped)} · 标记 ${n(v.marked)}`
    : undefined;
  const local = formatDateTime(briefing.generatedAt, briefing.timezone);
  const threshold = briefing.minStars > 1 ? ` · 收录 ${formatStars(briefing.minStars)} 及以上` : "";
  return {
    sources,
    analysers,
    usage,
    verification,
    notes: briefing.notes,
    generated: `生成于 ${local}（${briefing.timezone}）${threshold}`,
  };
}

export function formatItemTime(item: { publishedAt: string }, timeZone: string): string {
  return formatValidDateTime(item.publishedAt, timeZone) ?? UNKNOWN_TIME;
}
