import { displayTitle } from "../model/display-title.ts";
import type { Briefing, BriefingItem, Entry, Section } from "../model/index.ts";
import { FEED_ONLY_MARK, isFeedOnly } from "../model/item-notes.ts";
import { formatDateTime } from "../time.ts";

/**
 * The briefing's wording, shared by the Markdown and HTML renderers so both say the same thing.
 * Everything returned here is plain text (untrusted parts included): each renderer escapes it.
 */

export const BRIEFING_TITLE = "AI 每日情报";
export const ENTRIES_HEADING = "📊 今日情报";
export const FOOTER_HEADING = "📋 覆盖情况";
export const EMPTY_SECTION = "原文未提供";

export interface SectionSpec {
  key: "core" | "results" | "insights";
  heading: string;
}

export const CONTENT_SECTIONS: SectionSpec[] = [
  { key: "core", heading: "🔹 核心技术/实现逻辑" },
  { key: "results", heading: "📊 实验数据/关键结论" },
  { key: "insights", heading: "💡 独家洞察/局限性" },
];
export const RESOURCES_HEADING = "🔗 相关资源";

export function formatStars(stars: number): string {
  return "🌟".repeat(Math.max(0, Math.min(5, Math.round(stars))));
}

export function sectionOf(entry: Entry, key: SectionSpec["key"]): Section {
  return entry[key] ?? { bullets: [] };
}

/** Notes shown under an entry's header (worded once in model/, shared with the chat channels). */
export { describeItemNotes, FEED_ONLY_MARK, isFeedOnly } from "../model/item-notes.ts";

/** An entry's title as shown: hype stripped (the JSON keeps the article's own title too). */
export function formatEntryTitle(entry: Entry): string {
  return displayTitle(entry.title);
}

/** A related article's title as its link shows it: hype stripped like the entry's own. */
export function formatRelatedTitle(title: string): string {
  return displayTitle(title);
}

/** Short markers shown with an entry (and listed in the JSON): 仅摘要 for a feed-only entry. */
export function describeItemBadges(item: BriefingItem): string[] {
  return isFeedOnly(item) ? [FEED_ONLY_MARK] : [];
}

export interface FooterSource {
  name: string;
  counts: string;
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
    problems: c.problems,
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
  return Number.isNaN(Date.parse(item.publishedAt)) ? "时间未知" : formatDateTime(item.publishedAt, timeZone);
}
