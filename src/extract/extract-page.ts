import type { ExtractedPage } from "../model/article.ts";
import type { ExtractOptions, PageExtractor } from "./extractor.ts";

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Runs the first extractor (in registry order) that claims the page. */
export function extractWith(
  extractors: readonly PageExtractor[],
  html: string,
  options: ExtractOptions,
): ExtractedPage {
  const url = parseUrl(options.url);
  const extractor = extractors.find((e) => e.matches(html, url));
  if (!extractor) throw new Error(`no extractor matches ${options.url}`);
  return extractor.extract(html, options);
}
