import type { Briefing, BriefingItem, Bullet, Resource, Section } from "../model/index.ts";
import {
  briefingTitle,
  CONTENT_SECTIONS,
  describeFooter,
  describeItemNotes,
  EMPTY_SECTION,
  ENTRIES_HEADING,
  FOOTER_HEADING,
  formatEntryTitle,
  formatItemTime,
  formatRelatedTitle,
  formatStars,
  FIELD_LABELS as L,
  RESOURCES_HEADING,
  resourceTitleNote,
  SUMMARY_LABEL,
  SUMMARY_MARK,
  sectionOf,
} from "./briefing-text.ts";
import {
  escapeMarkdownBlockStart,
  escapeMarkdownBracketed,
  escapeMarkdownHeading,
  escapeMarkdownInline,
  escapeMarkdownLabel,
  formatMarkdownLink,
  formatMarkdownUrl,
} from "./escape-markdown.ts";

/**
 * The layout of /work/shared/reference/sample-digest-2026-02-04.md, with its wobbles settled:
 *
 *   # AI 每日情报 | 2026-02-04
 *   (blank) ## 📊 今日情报 (blank)
 *   ### N. [Org] Title                       one space after ###, one after "N."
 *   **来源**: 源 | **时间**: YYYY-MM-DD HH:mm  time in briefing.timezone
 *   **价值**: 🌟… **标签**: [a] [b]           " **标签**: …" left out when there are no tags
 *   **链接**: url
 *   **同题报道**: 源 | 时间 | [title](url)    one line per related article, only when present
 *   **后续报道**: 接续 YYYY-MM-DD [title](url) only when followUpOf is set
 *   **说明**: …                               offline fallback / feed-only, only when true
 *   (blank) > 🎯 **一句话摘要**：… (blank)
 *   then per section: `#### icon 名称`, blank, [lead, blank], bullets, blank
 *     bullets `- **label**：text` (full-width colon, no space; empty text allowed for a parent)
 *     or `- text`; children `  - …` (two spaces); a flagged bullet gets `⚠️ ` after the marker;
 *     no lead and no bullets → `- 原文未提供`; a lead without bullets stands alone.
 *   #### 🔗 相关资源: `- **label**: url` or `- **label**: [title](url)` (ASCII colon + space,
 *     a title equal to the URL is dropped), none → `- 原文未提供`
 *   (blank) --- (blank)                        after every entry, the last one included
 *   ## 📋 覆盖情况 …                           footer: ours, not in the sample
 *
 * Lines end with "\n", the document with exactly one.
 */
export function renderMarkdown(briefing: Briefing): string {
  const lines: string[] = [
    `# ${escapeMarkdownInline(briefingTitle(briefing))} | ${escapeMarkdownInline(briefing.date)}`,
    "",
    `## ${ENTRIES_HEADING}`,
    "",
  ];
  if (briefing.items.length === 0) lines.push("今日没有达到收录阈值的情报。", "", "---", "");
  briefing.items.forEach((item, index) => {
    lines.push(...renderEntry(item, index + 1, briefing.timezone), "---", "");
  });
  lines.push(...renderFooter(briefing));
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

function renderEntry(item: BriefingItem, rank: number, timeZone: string): string[] {
  const { entry } = item;
  const tags = entry.tags.map((t) => `[${escapeMarkdownBracketed(t)}]`).join(" ");
  const lines = [
    `### ${rank}. [${escapeMarkdownBracketed(entry.org)}] ${escapeMarkdownHeading(formatEntryTitle(entry))}`,
    `**${L.source}**: ${escapeMarkdownInline(item.sourceName)} | **${L.time}**: ${formatItemTime(item, timeZone)}`,
    `**${L.stars}**: ${formatStars(entry.stars)}${tags ? ` **${L.tags}**: ${tags}` : ""}`,
    `**${L.link}**: ${formatMarkdownUrl(item.url)}`,
  ];
  for (const r of item.related ?? []) {
    lines.push(
      `**${L.related}**: ${escapeMarkdownInline(r.sourceName)} | ${formatItemTime(r, timeZone)} | ${formatMarkdownLink(formatRelatedTitle(r.title), r.url)}`,
    );
  }
  if (item.followUpOf) {
    const f = item.followUpOf;
    lines.push(
      `**${L.followUp}**: 接续 ${escapeMarkdownInline(f.date)} ${formatMarkdownLink(f.title, f.url)}`,
    );
  }
  for (const note of describeItemNotes(item)) lines.push(`**${L.note}**: ${escapeMarkdownInline(note)}`);
  lines.push("", `> ${SUMMARY_MARK} **${SUMMARY_LABEL}**：${escapeMarkdownInline(entry.summary)}`, "");
  for (const spec of CONTENT_SECTIONS) {
    lines.push(`#### ${spec.heading}`, "", ...renderSection(sectionOf(entry, spec.key)), "");
  }
  lines.push(`#### ${RESOURCES_HEADING}`, "", ...renderResources(entry.resources ?? []), "");
  return lines;
}

function renderSection(section: Section): string[] {
  const lines: string[] = [];
  const lead = section.lead?.trim();
  if (lead) lines.push(escapeMarkdownBlockStart(lead));
  if (section.bullets.length === 0) {
    if (!lead) lines.push(`- ${EMPTY_SECTION}`);
    return lines;
  }
  if (lead) lines.push("");
  for (const bullet of section.bullets) {
    lines.push(`- ${formatBullet(bullet)}`);
    for (const child of bullet.children ?? []) lines.push(`  - ${formatBullet(child)}`);
  }
  return lines;
}

function formatBullet(bullet: Bullet): string {
  const flag = bullet.flagged ? "⚠️ " : "";
  if (bullet.label?.trim()) {
    return `${flag}**${escapeMarkdownLabel(bullet.label.trim())}**：${escapeMarkdownInline(bullet.text)}`;
  }
  return `${flag}${flag ? escapeMarkdownInline(bullet.text) : escapeMarkdownBlockStart(bullet.text)}`;
}

function renderResources(resources: Resource[]): string[] {
  if (resources.length === 0) return [`- ${EMPTY_SECTION}`];
  return resources.map((r) => {
    const note = resourceTitleNote(r);
    const after = note ? ` — ${escapeMarkdownInline(note)}` : "";
    return `- **${escapeMarkdownLabel(r.label)}**: ${formatMarkdownUrl(r.url)}${after}`;
  });
}

function renderFooter(briefing: Briefing): string[] {
  const footer = describeFooter(briefing);
  const lines = [`## ${FOOTER_HEADING}`, ""];
  if (footer.sources.length === 0) lines.push("- 没有来源数据");
  for (const s of footer.sources) {
    lines.push(`- **${escapeMarkdownLabel(s.name)}**：${s.counts}`);
    for (const p of s.problems) lines.push(`  - ${escapeMarkdownBlockStart(p)}`);
  }
  lines.push("");
  if (footer.analysers) lines.push(`**分析**：${escapeMarkdownInline(footer.analysers)}`, "");
  if (footer.usage) lines.push(`**LLM 用量**：${escapeMarkdownInline(footer.usage)}`, "");
  if (footer.verification) lines.push(`**核验**：${footer.verification}`, "");
  if (footer.notes.length > 0) {
    lines.push("**备注**：", "", ...footer.notes.map((note) => `- ${escapeMarkdownBlockStart(note)}`), "");
  }
  lines.push(`*${escapeMarkdownInline(footer.generated)}*`);
  return lines;
}
