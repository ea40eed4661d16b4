import { type Opml, parseOpml as parseOpmlDocument } from "feedsmith";
import { FeedParseError } from "../errors.ts";
import { decodeEntities } from "./html-text.ts";

export interface OpmlFeed {
  title: string;
  /** The feed's address (xmlUrl). */
  url: string;
  htmlUrl?: string;
  /** The enclosing folder outline(s), joined with "/", or the outline's own category attribute. */
  category?: string;
}

/** Lists the feeds of an OPML subscription list, flattening nested folders. Pure. */
export function parseOpml(text: string): OpmlFeed[] {
  let doc: Opml.Document<string>;
  try {
    doc = parseOpmlDocument(text.replace(/^\uFEFF/, "").trimStart());
  } catch (error) {
    const what = /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2048))
      ? "a feed, not an OPML outline (add it as a single source)"
      : "not an OPML document (expected <opml><body><outline xmlUrl=…>)";
    throw new FeedParseError(what, undefined, { cause: error });
  }
  const feeds: OpmlFeed[] = [];
  const walk = (outlines: Opml.Outline<string>[] | undefined, folders: string[]) => {
    for (const outline of outlines ?? []) {
      const title = decodeEntities((outline.title || outline.text || "").trim());
      const url = outline.xmlUrl?.trim();
      if (url) {
        const category = folders.length ? folders.join("/") : outline.category?.trim() || undefined;
        feeds.push({
          title: title || url,
          url,
          ...(outline.htmlUrl?.trim() ? { htmlUrl: outline.htmlUrl.trim() } : {}),
          ...(category ? { category } : {}),
        });
      }
      walk(outline.outlines, url || !title ? folders : [...folders, title]);
    }
  };
  walk(doc.body?.outlines, []);
  return feeds;
}
