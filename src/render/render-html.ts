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
import { escapeHtml, escapeHtmlShown, renderInlineHtml, renderLinkHtml } from "./escape-html.ts";
import { renderPageHtml } from "./html-style.ts";

/** A standalone page with the same content as renderMarkdown, footer included. Pure. */
export function renderHtml(briefing: Briefing): string {
  const title = `${escapeHtmlShown(briefingTitle(briefing))} | ${escapeHtmlShown(briefing.date)}`;
  return renderPageHtml(
    title,
    [`<header><h1>${title}</h1></header>`, renderHtmlFragment(briefing)].join("\n"),
  );
}

/**
 * The briefing's entries and footer as an HTML fragment: no document, head or CSS (what a feed
 * entry's content carries; readers style it themselves). Pure. `maxEntries`: only the first (top
 * ranked) entries, then a line saying how many more the day's page has (a feed entry stays small
 * on a day of hundreds of entries).
 */
export function renderHtmlFragment(briefing: Briefing, options: { maxEntries?: number } = {}): string {
  const parts = [`<section class="entries">`, `<h2>${ENTRIES_HEADING}</h2>`];
  if (briefing.items.length === 0) parts.push("<p>今日没有达到收录阈值的情报。</p>");
  const shown = briefing.items.slice(0, options.maxEntries ?? briefing.items.length);
  shown.forEach((item, index) => {
    parts.push(renderEntry(item, index + 1, briefing.timezone));
  });
  const more = briefing.items.length - shown.length;
  if (more > 0)
    parts.push(`<p class="more">另有 ${more} 条，见当日页面（共 ${briefing.items.length} 条）。</p>`);
  parts.push("</section>", renderFooter(briefing));
  return parts.join("\n");
}

function renderEntry(item: BriefingItem, rank: number, timeZone: string): string {
  const { entry } = item;
  const tags = entry.tags.map((t) => `<span class="tag">${escapeHtmlShown(t)}</span>`).join("");
  const time = `<time datetime="${escapeHtml(item.publishedAt)}">${formatItemTime(item, timeZone)}</time>`;
  const out = [
    `<article id="entry-${rank}">`,
    `<h3>${rank}. [${escapeHtmlShown(entry.org)}] ${escapeHtmlShown(formatEntryTitle(entry))}</h3>`,
    `<p class="meta"><strong>${L.source}</strong>: ${escapeHtmlShown(item.sourceName)} | <strong>${L.time}</strong>: ${time}</p>`,
    `<p class="meta"><strong>${L.stars}</strong>: ${formatStars(entry.stars)}${tags ? ` <strong>${L.tags}</strong>: ${tags}` : ""}</p>`,
    `<p class="meta"><strong>${L.link}</strong>: ${renderLinkHtml(item.url, item.url)}</p>`,
  ];
  for (const r of item.related ?? []) {
    out.push(
      `<p class="meta"><strong>${L.related}</strong>: ${escapeHtmlShown(r.sourceName)} | ${formatItemTime(r, timeZone)} | ${renderLinkHtml(formatRelatedTitle(r.title), r.url)}</p>`,
    );
  }
  if (item.followUpOf) {
    const f = item.followUpOf;
    out.push(
      `<p class="meta"><strong>${L.followUp}</strong>: 接续 ${escapeHtmlShown(f.date)} ${renderLinkHtml(f.title, f.url)}</p>`,
    );
  }
  for (const note of describeItemNotes(item)) {
    out.push(`<p class="meta note"><strong>${L.note}</strong>: ${escapeHtmlShown(note)}</p>`);
  }
  out.push(
    `<blockquote>${SUMMARY_MARK} <strong>${SUMMARY_LABEL}</strong>：${renderInlineHtml(entry.summary)}</blockquote>`,
  );
  for (const spec of CONTENT_SECTIONS) {
    out.push(`<h4>${spec.heading}</h4>`, renderSection(sectionOf(entry, spec.key)));
  }
  out.push(`<h4>${RESOURCES_HEADING}</h4>`, renderResources(entry.resources ?? []), "</article>");
  return out.join("\n");
}

export function renderSection(section: Section): string {
  const lead = section.lead?.trim();
  const out: string[] = [];
  if (lead) out.push(`<p>${renderInlineHtml(lead)}</p>`);
  if (section.bullets.length === 0) {
    if (!lead) out.push(`<ul><li>${EMPTY_SECTION}</li></ul>`);
    return out.join("\n");
  }
  out.push("<ul>");
  for (const bullet of section.bullets) {
    const children = bullet.children?.length
      ? `<ul>${bullet.children.map((c) => `<li>${formatBullet(c)}</li>`).join("")}</ul>`
      : "";
    out.push(`<li>${formatBullet(bullet)}${children}</li>`);
  }
  out.push("</ul>");
  return out.join("\n");
}

function formatBullet(bullet: Bullet): string {
  const flag = bullet.flagged ? '<span class="flag" title="未经原文证实">⚠️</span> ' : "";
  const label = bullet.label?.trim() ? `<strong>${escapeHtmlShown(bullet.label.trim())}</strong>：` : "";
  return `${flag}${label}${renderInlineHtml(bullet.text)}`;
}

export function renderResources(resources: Resource[]): string {
  if (resources.length === 0) return `<ul><li>${EMPTY_SECTION}</li></ul>`;
  const items = resources.map((r) => `<li>${renderResourceLineHtml(r)}</li>`);
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

/** One 相关资源 line in the one shape ("**label**: URL — title"), as HTML: the review page's too. */
export function renderResourceLineHtml(r: Resource): string {
  const note = resourceTitleNote(r);
  const after = note ? ` — ${escapeHtmlShown(note)}` : "";
  return `<strong>${escapeHtmlShown(r.label)}</strong>: ${renderLinkHtml(r.url, r.url)}${after}`;
}

function renderFooter(briefing: Briefing): string {
  const footer = describeFooter(briefing);
  const out = ["<footer>", `<h2>${FOOTER_HEADING}</h2>`, "<ul>"];
  if (footer.sources.length === 0) out.push("<li>没有来源数据</li>");
  for (const s of footer.sources) {
    const problems = s.problems.length
      ? `<ul>${s.problems.map((p) => `<li>${escapeHtmlShown(p)}</li>`).join("")}</ul>`
      : "";
    out.push(`<li><strong>${escapeHtmlShown(s.name)}</strong>：${s.counts}${problems}</li>`);
  }
  out.push("</ul>");
  if (footer.analysers) out.push(`<p><strong>分析</strong>：${escapeHtmlShown(footer.analysers)}</p>`);
  if (footer.usage) out.push(`<p><strong>LLM 用量</strong>：${escapeHtmlShown(footer.usage)}</p>`);
  if (footer.verification) out.push(`<p><strong>核验</strong>：${footer.verification}</p>`);
  if (footer.notes.length > 0) {
    out.push(
      "<p><strong>备注</strong>：</p>",
      `<ul>${footer.notes.map((n) => `<li>${escapeHtmlShown(n)}</li>`).join("")}</ul>`,
    );
  }
  out.push(`<p class="generated">${escapeHtmlShown(footer.generated)}</p>`, "</footer>");
  return out.join("\n");
}
