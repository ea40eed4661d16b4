import { BRIEFING_TITLE } from "./briefing-text.ts";
import { escapeHtml } from "./escape-html.ts";
import { renderPageHtml } from "./html-style.ts";

export interface ArchiveDay {
  /** YYYY-MM-DD */
  date: string;
  title: string;
  /** Number of entries in that day's briefing. */
  entries: number;
  /** The first few entry titles, in briefing order. */
  topTitles: string[];
}

export interface IndexOptions {
  title?: string;
  /** Link of a day's page, relative to the index; default `${date}.html`. */
  hrefFor?: (date: string) => string;
}

/** The archive's index page: newest day first, each with its count and top titles. Pure. */
export function renderIndexHtml(list: readonly ArchiveDay[], options: IndexOptions = {}): string {
  const title = escapeHtml(options.title ?? `${BRIEFING_TITLE} · 归档`);
  const hrefFor = options.hrefFor ?? ((date: string) => `${encodeURIComponent(date)}.html`);
  const days = [...list].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const items = days.map((day) => {
    const tops = day.topTitles.length
      ? `\n<ol>${day.topTitles.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ol>`
      : "";
    return (
      `<li><a href="${escapeHtml(hrefFor(day.date))}">${escapeHtml(day.date)} · ${escapeHtml(day.title)}</a>` +
      ` <span class="count">${day.entries} 条</span>${tops}</li>`
    );
  });
  const body = [
    `<header><h1>${title}</h1></header>`,
    days.length ? `<ul class="days">\n${items.join("\n")}\n</ul>` : "<p>还没有简报。</p>",
  ].join("\n");
  return renderPageHtml(title, body);
}
