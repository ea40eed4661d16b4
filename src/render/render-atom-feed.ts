import { BRIEFING_TITLE } from "./briefing-text.ts";
import { escapeXml } from "./escape-html.ts";

export interface FeedBriefing {
  /** YYYY-MM-DD */
  date: string;
  /** ISO 8601 instant. */
  generatedAt: string;
  /** Where the day's page lives (absolute); also the entry's stable id. */
  url: string;
  /** The day's rendered HTML (renderHtml), carried escaped as content type="html". */
  html: string;
  title: string;
}

export interface AtomFeedOptions {
  /** The feed's own absolute URL: its id and rel="self". */
  feedUrl: string;
  /** The archive's home page: rel="alternate". */
  siteUrl: string;
  title?: string;
}

/**
 * An Atom 1.0 (RFC 4287) feed of briefings, newest first. Pure: the feed's <updated> is the newest
 * briefing's time (the epoch for an empty feed), never the clock, so re-rendering changes no bytes.
 */
export function renderAtomFeed(list: readonly FeedBriefing[], options: AtomFeedOptions): string {
  const entries = [...list].sort(
    (a, b) => toTime(b.generatedAt) - toTime(a.generatedAt) || cmp(b.date, a.date),
  );
  const updated = entries[0] ? toIso(entries[0].generatedAt) : "1970-01-01T00:00:00Z";
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(options.title ?? BRIEFING_TITLE)}</title>`,
    `  <id>${escapeXml(options.feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.siteUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    "  <author><name>daybrief</name></author>",
    '  <generator uri="https://daybrief.dev">daybrief</generator>',
  ];
  for (const b of entries) {
    lines.push(
      "  <entry>",
      `    <title>${escapeXml(b.title)}</title>`,
      `    <id>${escapeXml(b.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(b.url)}"/>`,
      `    <updated>${toIso(b.generatedAt)}</updated>`,
      `    <published>${toIso(b.generatedAt)}</published>`,
      `    <content type="html">${escapeXml(b.html)}</content>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

function toTime(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** RFC 3339 as Atom requires; an unreadable time becomes the epoch rather than invalid XML text. */
function toIso(iso: string): string {
  return new Date(toTime(iso)).toISOString().replace(/\.000Z$/, "Z");
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
