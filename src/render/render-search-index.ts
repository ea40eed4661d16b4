import type { Briefing } from "../model/index.ts";
import { formatEntryTitle } from "./briefing-text.ts";

/** One entry in the site's search index (short keys: the file is downloaded whole by the browser). */
export interface SearchIndexEntry {
  /** Day, YYYY-MM-DD. */
  d: string;
  /** Title as the briefing shows it. */
  t: string;
  /** Org. */
  o: string;
  /** One-line summary, cut to SUMMARY_CHARS. */
  s: string;
  /** Tags. */
  g: string[];
  /** ★ */
  r: number;
  /** The entry on its day page, relative to the site root. */
  u: string;
}

const SUMMARY_CHARS = 140;

/**
 * The static site's search index: every entry of every briefing given, newest day first, as compact
 * JSON text the site's own script searches in the browser. Pure; the text is data, never markup (the
 * script puts it in the page with textContent).
 */
export function renderSearchIndex(briefings: readonly Briefing[], hrefFor: (date: string) => string): string {
  const days = [...briefings].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const entries: SearchIndexEntry[] = days.flatMap((b) =>
    b.items.map((item, index) => ({
      d: b.date,
      t: formatEntryTitle(item.entry),
      o: item.entry.org,
      s: cut(item.entry.summary, SUMMARY_CHARS),
      g: item.entry.tags,
      r: item.entry.stars,
      u: `${hrefFor(b.date)}#entry-${index + 1}`,
    })),
  );
  return `${JSON.stringify({ version: 1, entries })}\n`;
}

function cut(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
