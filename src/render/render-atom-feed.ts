import { createHash } from "node:crypto";
import { dayRange, zoneOffsetMinutes } from "../time.ts";
import { BRIEFING_TITLE } from "./briefing-text.ts";
import { escapeXml } from "./escape-html.ts";

export interface FeedBriefing {
  /** YYYY-MM-DD */
  date: string;
  /** The briefing's time zone: `published` is the start of its date there. */
  timezone: string;
  /** ISO 8601 instant: the entry's `updated`. */
  generatedAt: string;
  /** The day's page relative to the site root, e.g. "2026/2026-02-04.html". */
  path: string;
  /** The day's entries as an HTML fragment (renderHtmlFragment), carried escaped as content type="html". */
  html: string;
  title: string;
}

export interface AtomFeedOptions {
  /**
   * The site's public root URL (config `output.siteUrl`). With it, the feed's and entries' ids and
   * links are absolute URLs under it. Without it, ids are urn:uuid (stable, derived from the title and
   * date, never a file:// path of this machine) and links are relative to the feed's own location.
   */
  siteUrl?: string;
  /** The feed's path relative to the site root (default "feed.xml"). */
  feedPath?: string;
  title?: string;
}

/**
 * An Atom 1.0 (RFC 4287) feed of briefings, one entry per day, newest first. Pure: the feed's
 * <updated> is the newest briefing's time (the epoch for an empty feed), never the clock, so
 * re-rendering changes no bytes. Names no domain but the site's own.
 */
export function renderAtomFeed(list: readonly FeedBriefing[], options: AtomFeedOptions = {}): string {
  const entries = [...list].sort(
    (a, b) => cmp(b.date, a.date) || toTime(b.generatedAt) - toTime(a.generatedAt),
  );
  const feed = atomFeedParts(
    entries.map((b) => b.generatedAt),
    options,
  );
  return [feed.head, ...entries.map(feed.entry), feed.tail].join("");
}

/**
 * The feed in parts, for a caller that writes it one day at a time (never holding every day's
 * fragment): the head (its <updated> the newest of `generatedAt`), one entry per briefing, the
 * tail. Head + entries (newest first) + tail is exactly `renderAtomFeed`'s text.
 */
export function atomFeedParts(
  generatedAt: readonly string[],
  options: AtomFeedOptions = {},
): { head: string; entry: (b: FeedBriefing) => string; tail: string } {
  const title = options.title ?? BRIEFING_TITLE;
  const feedPath = options.feedPath ?? "feed.xml";
  const base = options.siteUrl
    ? options.siteUrl.endsWith("/")
      ? options.siteUrl
      : `${options.siteUrl}/`
    : undefined;
  const link = (path: string) => (base ? new URL(path, base).href : path);
  const updated = generatedAt.reduce((max, at) => Math.max(max, toTime(at)), 0);
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(title)}</title>`,
    `  <id>${escapeXml(base ? link(feedPath) : uuidUrn(`feed\n${title}`))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(link(feedPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(base ?? "./")}"/>`,
    `  <updated>${toIso(updated)}</updated>`,
    "  <author><name>daybrief</name></author>",
    "  <generator>daybrief</generator>",
    "",
  ].join("\n");
  const entry = (b: FeedBriefing) =>
    [
      "  <entry>",
      `    <title>${escapeXml(b.title)}</title>`,
      `    <id>${escapeXml(base ? link(b.path) : uuidUrn(`day\n${title}\n${b.date}`))}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link(b.path))}"/>`,
      `    <published>${startOfDay(b.date, b.timezone)}</published>`,
      `    <updated>${toIso(toTime(b.generatedAt))}</updated>`,
      `    <content type="html">${escapeXml(b.html)}</content>`,
      "  </entry>",
      "",
    ].join("\n");
  return { head, entry, tail: "</feed>\n" };
}

/** A name-based UUID (RFC 9562 version 5 layout over SHA-1) as a URN: the same name, the same id. */
function uuidUrn(name: string): string {
  const hash = createHash("sha1").update(`daybrief\n${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The briefing's date as the instant its day starts in its zone, with that zone's offset (RFC 3339). */
function startOfDay(date: string, timeZone: string): string {
  let start: Date;
  try {
    start = dayRange(date, timeZone).start;
  } catch {
    return toIso(0);
  }
  const offset = zoneOffsetMinutes(start, timeZone);
  const local = new Date(start.getTime() + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local}${offset < 0 ? "-" : "+"}${hh}:${mm}`;
}

function toTime(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** RFC 3339 as Atom requires; an unreadable time becomes the epoch rather than invalid XML text. */
function toIso(time: number): string {
  return new Date(time).toISOString().replace(/\.000Z$/, "Z");
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
