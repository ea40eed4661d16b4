import { BRIEFING_TITLE } from "./briefing-text.ts";
import { escapeHtml, escapeHtmlShown } from "./escape-html.ts";
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
  /** The Atom feed, relative to the index: a visible subscribe link. */
  feedHref?: string;
  /**
   * Client-side search (the static site): a form, hidden until the script shows it, that searches
   * the JSON index at `indexHref` with the script at `scriptHref`.
   */
  search?: { indexHref: string; scriptHref: string };
}

/** The archive's index page: newest day first, each with its count and top titles. Pure. */
export function renderIndexHtml(list: readonly ArchiveDay[], options: IndexOptions = {}): string {
  const title = escapeHtml(options.title ?? `${BRIEFING_TITLE} · 归档`);
  const hrefFor = options.hrefFor ?? ((date: string) => `${encodeURIComponent(date)}.html`);
  const days = [...list].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const items = days.map((day) => {
    const tops = day.topTitles.length
      ? `\n<ol>${day.topTitles.map((t) => `<li>${escapeHtmlShown(t)}</li>`).join("")}</ol>`
      : "";
    return (
      `<li><a href="${escapeHtml(hrefFor(day.date))}">${escapeHtml(day.date)} · ${escapeHtml(day.title)}</a>` +
      ` <span class="count">${day.entries} 条</span>${tops}</li>`
    );
  });
  const search = options.search;
  const body = [
    `<header><h1>${title}</h1></header>`,
    options.feedHref ? `<p class="meta"><a href="${escapeHtml(options.feedHref)}">Atom 订阅</a></p>` : "",
    search
      ? `<form id="search" role="search" hidden data-index="${escapeHtml(search.indexHref)}">` +
        `<input id="search-q" type="search" placeholder="搜索简报 / search" aria-label="搜索"> <button>搜索</button>` +
        `</form>\n<ol id="search-results"></ol>`
      : "",
    days.length ? `<ul class="days">\n${items.join("\n")}\n</ul>` : "<p>还没有简报。</p>",
    search ? `<script src="${escapeHtml(search.scriptHref)}" defer></script>` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return renderPageHtml(title, body, { scripts: search !== undefined });
}
