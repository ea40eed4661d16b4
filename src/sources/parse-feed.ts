import { type AnyFeed, DetectError, parseFeed as parseAnyFeed } from "feedsmith";
import { FeedParseError } from "../errors.ts";
import { fixWindows1252, windows1252Char } from "../http/index.ts";
import type { FeedFormat, FeedItem, ParsedFeed } from "../model/index.ts";
import { closeTruncatedFeed } from "./close-truncated-feed.ts";
import { mapJsonFeed } from "./map-json-feed.ts";
import { type MapContext, mapAtom, mapRdf, mapRss } from "./map-xml-feeds.ts";
import { renameRssExtensions } from "./rename-rss-extensions.ts";
import { repairMojibake } from "./repair-mojibake.ts";
import { CDATA, COMMENT, DOCTYPE, PROCESSING, removeSpans } from "./replace-spans.ts";
import { childBase } from "./resolve-url.ts";

export interface ParseFeedOptions {
  /** The feed's own URL: the base for relative links. */
  url: string;
  /** Zone for dates that carry none. */
  timeZone: string;
}

/**
 * The feed's URL as the base of its items' relative links, without its user info and query: a feed
 * URL may carry credentials (`user:password@`, an RSSHub `?key=`), and an item's URL is published
 * (chat, JSON, the webhook, the site). `#post-1` and `/post/2` resolve as before, credential-free.
 */
function linkBase(url: string): string {
  try {
    const base = new URL(url);
    base.username = "";
    base.password = "";
    base.search = "";
    base.hash = "";
    return base.href;
  } catch {
    return url;
  }
}

/** Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0/0.3 or JSON Feed 1.0/1.1 into our model. Pure. */
export function parseFeed(text: string, options: ParseFeedOptions): ParsedFeed {
  const source = demoronize(text.replace(/^\uFEFF/, "").trimStart());
  if (!source) throw new FeedParseError("empty document: no feed to parse", options.url);
  const input = source.startsWith("{")
    ? parseJson(source, options.url)
    : repairXml(expandDoctypeEntities(source, options.url));
  let parsed: AnyFeed<string>;
  let truncated = false;
  try {
    ({ parsed, truncated } = parseLeniently(input));
  } catch (error) {
    const empty = emptyFeed(source);
    if (empty) return empty;
    throw new FeedParseError(describeFailure(source, error), options.url, { cause: error });
  }
  const ctx: MapContext = {
    base: childBase(linkBase(options.url), rootXmlBase(source)),
    timeZone: options.timeZone,
  };
  const feed = mapParsed(parsed, ctx);
  const items = feed.items.filter(hasSubstance).map(repairItemText);
  const declared = countDeclaredItems(input, parsed.format);
  if (declared <= items.length) return { ...feed, items };
  const reason = truncated ? "订阅源文档不完整，在最后一个完整条目后被截断" : "条目格式错误，解析器无法读取";
  return { ...feed, items, lost: { declared, reason } };
}

/** A truncated XML feed gets a second attempt with its complete items; the first error is the one told. */
function parseLeniently(input: unknown): { parsed: AnyFeed<string>; truncated: boolean } {
  try {
    return { parsed: parseAnyFeed<string>(input), truncated: false };
  } catch (error) {
    const closed = typeof input === "string" ? closeTruncatedFeed(input) : undefined;
    if (closed === undefined || closed === input) throw error;
    try {
      return { parsed: parseAnyFeed<string>(closed), truncated: true };
    } catch {
      throw error;
    }
  }
}

/**
 * How many items the document itself declares: its <item>/<entry> start tags (outside CDATA and
 * comments), or a JSON Feed's items array. Compared with the items read, it tells what was lost.
 */
function countDeclaredItems(input: unknown, format: FeedFormat): number {
  if (typeof input !== "string") {
    const items = (input as { items?: unknown[] } | undefined)?.items;
    return Array.isArray(items) ? items.length : 0;
  }
  const bare = removeSpans(input, [CDATA, COMMENT]);
  const tag = format === "atom" ? /<entry[\s>/]/g : /<item[\s>/]/g;
  return bare.match(tag)?.length ?? 0;
}

function mapParsed(parsed: AnyFeed<string>, ctx: MapContext): ParsedFeed {
  switch (parsed.format) {
    case "rss":
      return mapRss(parsed.feed, ctx);
    case "rdf":
      return mapRdf(parsed.feed, ctx);
    case "atom":
      return mapAtom(parsed.feed, ctx);
    case "json":
      return mapJsonFeed(parsed.feed, ctx);
  }
}

/** Text fields that were UTF-8 read as windows-1252 somewhere upstream ("â€¦" for "…") are put right. */
function repairItemText(item: FeedItem): FeedItem {
  return {
    ...item,
    title: repairMojibake(item.title),
    summary: item.summary && repairMojibake(item.summary),
    contentHtml: item.contentHtml && repairMojibake(item.contentHtml),
    author: item.author && repairMojibake(item.author),
  };
}

/** An item with no field at all is noise (an empty <item/>). */
function hasSubstance(item: FeedItem): boolean {
  return Object.values(item).some((v) => v !== undefined && v !== "");
}

/** A feed root with no channel and no items (`<rss version="2.0"></rss>`) is an empty feed, not an error. */
function emptyFeed(source: string): ParsedFeed | undefined {
  const body = removeSpans(source, [PROCESSING, COMMENT, DOCTYPE]).trim();
  if (/<(channel|item|entry)[\s>/]/i.test(body)) return undefined;
  if (/^<rss[\s>][\s\S]*<\/rss>$|^<rss[^>]*\/>$/i.test(body)) return { format: "rss", items: [] };
  if (/^<rdf:RDF[\s>][\s\S]*<\/rdf:RDF>$/.test(body)) return { format: "rdf", items: [] };
  if (/^<feed[\s>][\s\S]*<\/feed>$/.test(body)) return { format: "atom", items: [] };
  return undefined;
}

function parseJson(source: string, url: string): unknown {
  try {
    const value = JSON.parse(source);
    // JSON Feed 1.0 writers sometimes put "1.0" (not the spec URL) in version; items is what matters.
    if (value && Array.isArray(value.items) && !/^https:\/\/jsonfeed\.org\/version\//.test(value.version)) {
      return { ...value, version: "https://jsonfeed.org/version/1.1" };
    }
    return value;
  } catch (error) {
    throw new FeedParseError(`not valid JSON (${(error as Error).message}); expected a JSON Feed`, url, {
      cause: error,
    });
  }
}

/**
 * Growth entity substitution may add to a feed: the feed's own length, at least 1 MiB. A feed that
 * needs more is an expansion bomb (one 60 KB entity named 4,000 times makes a 72 KB feed a 240 MB
 * item), refused before the text is built.
 */
const MIN_ENTITY_GROWTH = 1024 * 1024;

/**
 * Substitutes entities declared in an internal DOCTYPE subset (the XML parser does not). One pass and
 * literal values only, so nested definitions cannot blow up ("billion laughs"); the growth is capped
 * (MIN_ENTITY_GROWTH), so repeated references cannot either.
 */
function expandDoctypeEntities(source: string, url: string): string {
  const doctype = /<!DOCTYPE[^>[]*\[([\s\S]*?)\]\s*>/i.exec(source.slice(0, 65536));
  if (!doctype) return source;
  const entities = new Map<string, string>();
  for (const m of (doctype[1] ?? "").matchAll(/<!ENTITY\s+([\w.-]+)\s+(["'])([^"'&%<]*)\2\s*>/g)) {
    entities.set(m[1] ?? "", m[3] ?? "");
  }
  if (entities.size === 0) return source;
  const end = doctype.index + doctype[0].length;
  const budget = Math.max(source.length, MIN_ENTITY_GROWTH);
  let growth = 0;
  const rest = source.slice(end).replace(/&([\w.-]+);/g, (whole, name: string) => {
    const value = entities.get(name);
    if (value === undefined) return whole;
    growth += value.length - whole.length;
    if (growth > budget) {
      throw new FeedParseError(
        `DOCTYPE entities expand the feed by more than ${budget} characters (an entity expansion bomb); not parsed`,
        url,
      );
    }
    return value;
  });
  return source.slice(0, doctype.index) + rest;
}

/** C1 control characters never belong in a feed: they are windows-1252 punctuation mis-decoded. */
function demoronize(text: string): string {
  return fixWindows1252(text).replace(/&amp;#(12[89]|1[3-5]\d);/g, (whole, n: string) => {
    const c = windows1252Char(Number(n));
    return c ? `&amp;#x${c.codePointAt(0)?.toString(16)};` : whole;
  });
}

/**
 * Common mistakes the XML parser would drop: non-standard RSS item elements (see renameRssExtensions),
 * dc:author (not a Dublin Core element; writers mean dc:creator) and RSS 0.9x items placed directly
 * under <rss> without a <channel>.
 */
function repairXml(source: string): string {
  let out = renameRssExtensions(source).replace(/<(\/?)dc:author(?=[\s>/])/g, "<$1dc:creator");
  if (/<rss[\s>]/.test(out) && !/<channel[\s>]/.test(out) && /<item[\s>]/.test(out)) {
    // After the first <rss…> start tag (found by indexOf: a regex rescanned from every `<rss`).
    const root = out.search(/<rss\b/);
    const rootEnd = root < 0 ? -1 : out.indexOf(">", root);
    if (rootEnd >= 0) out = `${out.slice(0, rootEnd + 1)}<channel>${out.slice(rootEnd + 1)}`;
    out = out.replace(/<\/rss>\s*$/, "</channel></rss>");
  }
  return out;
}

/** RSS channels carry xml:base on <rss> or <channel>, which feedsmith does not expose. */
function rootXmlBase(source: string): string | undefined {
  const m = /<(?:rss|channel|rdf:RDF)\b[^>]*?\sxml:base\s*=\s*["']([^"']*)["']/i.exec(source.slice(0, 4096));
  return m?.[1];
}

/** Says what the document was instead of a feed, so a misconfigured URL is obvious in the run report. */
function describeFailure(source: string, error: unknown): string {
  const head = source.slice(0, 2048);
  if (source.startsWith("{")) return "JSON but not a JSON Feed (no version/items)";
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype html|<html[\s>]/i.test(head)) {
    return "an HTML page, not a feed (is the URL the feed's address?)";
  }
  if (!source.startsWith("<")) return `not XML or JSON (starts with ${JSON.stringify(source.slice(0, 20))})`;
  if (/<opml[\s>]/i.test(head)) return "an OPML outline, not a feed (import it as a source list)";
  if (error instanceof DetectError) {
    const root = /<([A-Za-z_][\w:.-]*)/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ""));
    return `unrecognized feed format (root element <${root?.[1] ?? "?"}>; expected rss, rdf:RDF or feed)`;
  }
  return `malformed feed XML: ${(error as Error).message}`;
}
