import type { AtomFeed, RdfFeed, RssFeed } from "feedsmith";
import type { FeedItem, ParsedFeed } from "../model/index.ts";
import { parseFeedDate } from "./feed-date.ts";
import { cleanTitle, escapeHtml } from "./html-text.ts";
import { childBase, isHttpUrl, resolveHtmlLinks, resolveUrl } from "./resolve-url.ts";

/** Context every mapper needs: the base URL for relative links and the zone for zone-less dates. */
export interface MapContext {
  base: string | undefined;
  timeZone: string;
}

const nonEmpty = (s: string | undefined) => (s?.trim() ? s : undefined);
const firstDate = (values: (string | undefined)[], ctx: MapContext) => {
  for (const v of values) {
    const parsed = v ? parseFeedDate(v, ctx.timeZone) : undefined;
    if (parsed) return parsed;
  }
  return undefined;
};
const uniq = (values: (string | undefined)[]) => {
  const out = [...new Set(values.map((v) => v?.trim()).filter((v): v is string => !!v))];
  return out.length ? out : undefined;
};
const html = (value: string | undefined, base: string | undefined) =>
  nonEmpty(value) === undefined ? undefined : resolveHtmlLinks(value as string, base);

export function mapRss(feed: RssFeed.Feed<string>, ctx: MapContext): ParsedFeed {
  const items = (feed.items ?? []).map((item): FeedItem => {
    const base = childBase(ctx.base, item.xml?.base);
    const guidIsLink = item.guid && item.guid.isPermaLink !== false && isHttpUrl(item.guid.value);
    const atomAlternate = alternateLink(item.atom?.links);
    const url =
      resolveUrl(item.link, base) ??
      (guidIsLink ? resolveUrl(item.guid?.value, base) : undefined) ??
      resolveUrl(atomAlternate, base) ??
      "";
    return {
      guid: nonEmpty(item.guid?.value),
      url,
      title: cleanTitle(item.title ?? item.dc?.titles?.[0] ?? item.atom?.title?.value, false),
      author:
        personName(item.authors?.[0]) ??
        displayName(item.dc?.creators?.[0]) ??
        atomPerson(item.atom?.authors) ??
        nonEmpty(item.itunes?.author),
      publishedAt: firstDate(
        [
          item.pubDate,
          ...(item.dc?.dates ?? []),
          ...(item.dcterms?.issued ?? []),
          ...(item.dcterms?.created ?? []),
          ...(item.dcterms?.modified ?? []),
          item.atom?.published,
          item.atom?.updated,
        ],
        ctx,
      ),
      summary: html(item.description ?? item.dc?.descriptions?.[0] ?? item.itunes?.summary, base),
      contentHtml: html(item.content?.encoded ?? item.atom?.content?.value, base),
      categories: uniq([
        ...(item.categories ?? []).map((c) => c.name),
        ...(item.itunes?.keywords ?? []),
        ...(item.dc?.subjects ?? []),
        ...(item.atom?.categories ?? []).map(atomCategory),
      ]),
    };
  });
  return {
    format: "rss",
    title: cleanTitle(feed.title ?? feed.dc?.titles?.[0], false) || undefined,
    link: resolveUrl(feed.link, ctx.base) ?? resolveUrl(alternateLink(feed.atom?.links), ctx.base),
    items,
  };
}

export function mapRdf(feed: RdfFeed.Feed<string>, ctx: MapContext): ParsedFeed {
  const items = (feed.items ?? []).map((item): FeedItem => {
    const base = childBase(ctx.base, item.xml?.base);
    return {
      guid: nonEmpty(item.rdf?.about),
      url: resolveUrl(item.link, base) ?? (isHttpUrl(item.rdf?.about) ? item.rdf.about : "") ?? "",
      title: cleanTitle(item.title ?? item.dc?.titles?.[0], false),
      author: displayName(item.dc?.creators?.[0]),
      publishedAt: firstDate(
        [...(item.dc?.dates ?? []), ...(item.dcterms?.issued ?? []), ...(item.dcterms?.modified ?? [])],
        ctx,
      ),
      summary: html(item.description ?? item.dc?.descriptions?.[0], base),
      contentHtml: html(item.content?.encoded, base),
      categories: uniq(item.dc?.subjects ?? []),
    };
  });
  return {
    format: "rdf",
    title: cleanTitle(feed.title ?? feed.dc?.titles?.[0], false) || undefined,
    link: resolveUrl(feed.link, ctx.base),
    items,
  };
}

export function mapAtom(feed: AtomFeed.Feed<string>, ctx: MapContext): ParsedFeed {
  const feedBase = childBase(ctx.base, feed.xml?.base);
  const feedAuthor = atomPerson(feed.authors);
  const items = (feed.entries ?? []).map((entry): FeedItem => {
    const base = childBase(feedBase, entry.xml?.base);
    const content = entry.content;
    const contentHtml =
      content?.value === undefined || content.src
        ? undefined
        : isHtmlType(content.type)
          ? html(unwrapXhtmlDiv(content.value), base)
          : nonEmpty(content.value) && escapeHtml(content.value);
    return {
      guid: nonEmpty(entry.id),
      url: resolveUrl(alternateLink(entry.links), base) ?? (isHttpUrl(entry.id) ? entry.id.trim() : ""),
      title: cleanTitle(entry.title?.value, isHtmlType(entry.title?.type)),
      author: atomPerson(entry.authors) ?? atomPerson(entry.source?.authors) ?? feedAuthor,
      publishedAt: firstDate([entry.published, entry.updated, ...(entry.dc?.dates ?? [])], ctx),
      summary: isHtmlType(entry.summary?.type)
        ? html(entry.summary?.value, base)
        : nonEmpty(entry.summary?.value),
      contentHtml: contentHtml || undefined,
      categories: uniq((entry.categories ?? []).map(atomCategory)),
    };
  });
  return {
    format: "atom",
    title: cleanTitle(feed.title?.value, isHtmlType(feed.title?.type)) || undefined,
    link: resolveUrl(alternateLink(feed.links), feedBase),
    items,
  };
}

/** Some writers put an unescaped XHTML <div> wrapper inside type="html" content; the wrapper is not content. */
function unwrapXhtmlDiv(value: string): string {
  const m = /^\s*<div\s+xmlns=["']http:\/\/www\.w3\.org\/1999\/xhtml["']\s*>([\s\S]*)<\/div>\s*$/.exec(value);
  return m ? (m[1] ?? "") : value;
}

function isHtmlType(type: string | undefined): boolean {
  return !!type && /html/i.test(type);
}

/** rel="alternate" (or no rel) wins, HTML type first; else the first link that is not self/enclosure. */
function alternateLink(
  links: { href?: string; rel?: string; type?: string }[] | undefined,
): string | undefined {
  if (!links?.length) return undefined;
  const alternates = links.filter((l) => l.href && (!l.rel || l.rel === "alternate"));
  const best = alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0];
  return (
    best ?? links.find((l) => l.href && !["self", "enclosure", "replies", "edit"].includes(l.rel ?? ""))
  )?.href;
}

/**
 * One display string per category: the label when present, else the term. RFC 4287 gives label as
 * "for display" and term as the identifier; gofeed follows the same rule, feedparser exposes the term
 * (it keeps both). We keep one string and show it to readers, so the label wins.
 */
function atomCategory(category: { term?: string; label?: string }): string | undefined {
  return nonEmpty(category.label) ?? category.term;
}

function personName(person: RssFeed.Person | undefined): string | undefined {
  return displayName(person?.name) ?? nonEmpty(person?.email);
}

/** "Name (me@example.com)" and "me@example.com (Name)" → "Name": we show names, not addresses. */
function displayName(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const nameFirst = /^(.+?)\s*\(\s*[^()\s]+@[^()\s]+\s*\)$/.exec(text);
  if (nameFirst) return nameFirst[1];
  const emailFirst = /^[^()\s]+@[^()\s]+\s*\(\s*(.+?)\s*\)$/.exec(text);
  return emailFirst ? emailFirst[1] : text;
}

function atomPerson(people: { name?: string; email?: string }[] | undefined): string | undefined {
  const p = people?.[0];
  return nonEmpty(p?.name) ?? nonEmpty(p?.email);
}
