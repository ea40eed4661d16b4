import type { ExtractedPage } from "../model/article.ts";

export interface ExtractOptions {
  /** The URL the page was fetched from: base for relative links and the dispatch hint. */
  url: string;
  /** Zone for dates the page states without one (WeChat's "2025-11-07 08:31"). Default Asia/Shanghai. */
  timeZone?: string;
}

/** One kind of page reader. Pure: HTML string in, ExtractedPage out. */
export interface PageExtractor {
  name: string;
  /** Cheap test on the raw string (no parse), so dispatch costs nothing. */
  matches(html: string, url: URL | undefined): boolean;
  extract(html: string, options: ExtractOptions): ExtractedPage;
}

export function emptyPage(fields: Partial<ExtractedPage> & Pick<ExtractedPage, "kind">): ExtractedPage {
  return { text: "", html: "", links: [], images: [], ...fields };
}
