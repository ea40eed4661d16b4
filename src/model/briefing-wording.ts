import { displayTitle } from "./display-title.ts";
import type { Entry, Section } from "./entry.ts";

/**
 * The briefing's wording, once for every output: the renderers (Markdown, HTML, JSON, Atom) and
 * the chat channels (deliver/) import it from here, so a heading or the ★ scale cannot drift
 * between the published page and the message. Everything returned is plain text, untrusted parts
 * included: each output escapes it for where it goes.
 */

/** What an item's time shows when its publishedAt is not a valid instant. */
export const UNKNOWN_TIME = "时间未知";

/** The heading when config briefing.title is not set (the config default says the same). */
export const BRIEFING_TITLE = "AI 每日情报";
export const ENTRIES_HEADING = "📊 今日情报";
export const FOOTER_HEADING = "📋 覆盖情况";
/** What an empty section (no lead, no bullets) or an empty resource list shows. */
export const EMPTY_SECTION = "原文未提供";
export const SUMMARY_MARK = "🎯";
export const SUMMARY_LABEL = "一句话摘要";
export const RESOURCES_HEADING = "🔗 相关资源";

export interface SectionSpec {
  key: "core" | "results" | "insights";
  heading: string;
}

/** The three content sections of an entry, in the order every output shows them. */
export const CONTENT_SECTIONS: SectionSpec[] = [
  { key: "core", heading: "🔹 核心技术/实现逻辑" },
  { key: "results", heading: "📊 实验数据/关键结论" },
  { key: "insights", heading: "💡 独家洞察/局限性" },
];

/** The labels of an entry's header lines and of the footer's link to the full page. */
export const FIELD_LABELS = {
  source: "来源",
  time: "时间",
  stars: "价值",
  tags: "标签",
  link: "链接",
  note: "说明",
  related: "同题报道",
  followUp: "后续报道",
  fullPage: "完整内容",
} as const;

/** The briefing's heading: config briefing.title, or the default. */
export function briefingTitle(briefing: { title?: string }): string {
  return briefing.title ?? BRIEFING_TITLE;
}

/** "AI 每日情报 | 2026-02-04": the heading of a page, a message, a card or a mail subject. */
export function formatBriefingHeading(title: string, date: string): string {
  return `${title} | ${date}`;
}

/** ★ as 🌟, rounded and clamped to 0–5: a value out of range never prints 9 stars or throws. */
export function formatStars(stars: number): string {
  const count = Number.isFinite(stars) ? Math.round(stars) : 0;
  return "🌟".repeat(Math.max(0, Math.min(5, count)));
}

export function sectionOf(entry: Entry, key: SectionSpec["key"]): Section {
  return entry[key] ?? { bullets: [] };
}

/** An entry's title as shown: hype stripped (the JSON keeps the article's own title too). */
export function formatEntryTitle(entry: Pick<Entry, "title">): string {
  return displayTitle(entry.title);
}

/** A related article's title as its link shows it: hype stripped like the entry's own. */
export function formatRelatedTitle(title: string): string {
  return displayTitle(title);
}

/**
 * What a 相关资源 line shows after its URL. Every output writes one shape, "**label**: URL — title":
 * the URL in full as the link's text (a reader sees where it goes, in a chat message too), then the
 * resource's title only when it says more than the URL does ("Shaping the Impact of AI…" for an
 * arXiv id; not "Tencent-Hunyuan/CL-bench" for its GitHub URL, nor a slug the URL spells out).
 */
export function resourceTitleNote(resource: { url: string; title?: string }): string | undefined {
  const url = safeDecode(resource.url).toLowerCase();
  const title = resource.title?.trim() ?? "";
  if (/^(?:https?:\/\/|www\.)/i.test(title)) return undefined;
  // A part whose every word the URL spells ("arXiv:2412.02730", "Tencent-Hunyuan/CL-bench") says nothing more.
  const said = (part: string) =>
    (part.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => url.includes(w));
  const parts = title
    .replace(/\s*[（(]([^（）()]{1,40})[）)]$/, (all, inner: string) => (said(inner) ? "" : all))
    .split(/\s+[-–—|]\s+/)
    .map((p) => p.trim())
    .filter((p) => !said(p));
  return parts.length > 0 ? parts.join(" - ") : undefined;
}

/**
 * A 相关资源 line as plain text, in the one shape every output shows: "label: URL — title" (the
 * title only when resourceTitleNote keeps it). For outputs without markup (the MCP server's text).
 */
export function formatResourceLine(resource: { label: string; url: string; title?: string }): string {
  const note = resourceTitleNote(resource);
  return `${resource.label}: ${resource.url}${note ? ` — ${note}` : ""}`;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
