// Is the text a feed item carries the whole article, or a summary that points at the page? Pure:
// the feed's cleaned text in, a verdict with the signals that decided it out, so a log line or
// `daybrief dupes` can say why a page was (not) fetched.
import type { ExtractedPage } from "../model/article.ts";

export interface FeedFullnessSignals {
  /** Characters of text, whitespace not counted. */
  chars: number;
  /** Paragraphs of 10+ characters. */
  paragraphs: number;
  images: number;
  /** The truncation marker the text ends with ("阅读原文", "展开全文", "…"), if any. */
  marker?: string;
  /** Median length of this source's earlier articles read from their pages, if any. */
  usualChars?: number;
}

export interface FeedFullness {
  full: boolean;
  /** One short English line naming the deciding signal. */
  reason: string;
  signals: FeedFullnessSignals;
}

export interface FeedFullnessOptions {
  /** Text lengths (chars, whitespace not counted) of the source's earlier full pages, newest first. */
  earlierPageChars?: readonly number[];
  /** Below this many characters a text with no history is a summary (default 400). */
  minChars?: number;
}

// A summary ends by sending the reader to the page: a lone "阅读原文 / 展开全文 / Read more" line,
// or an ellipsis. A full article may mention 阅读原文 inside a sentence; only a short last line counts.
const MARKER_LINE =
  /^(?:点击)?(?:阅读原文|阅读全文|展开全文|查看全文|查看原文|继续阅读|read more|continue reading)\W{0,4}$/i;
const ELLIPSIS_END = /(?:…{1,2}|\.{3,}|。。。)\s*[)）\]】]?$/;

const compactLength = (s: string) => s.replace(/\s+/g, "").length;

function median(values: readonly number[]): number | undefined {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function truncationMarker(text: string): string | undefined {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const last = lines.at(-1) ?? "";
  if (last.length <= 20 && MARKER_LINE.test(last)) return last;
  const ellipsis = ELLIPSIS_END.exec(last);
  return ellipsis ? ellipsis[0].trim() : undefined;
}

/** Judges the feed's own text (already cleaned like a page body, see pageFromFeedItem). */
export function judgeFeedText(
  page: Pick<ExtractedPage, "text" | "images">,
  options: FeedFullnessOptions = {},
): FeedFullness {
  const minChars = options.minChars ?? 400;
  const text = page.text.trim();
  const signals: FeedFullnessSignals = {
    chars: compactLength(text),
    paragraphs: text.split(/\n\s*\n/).filter((p) => compactLength(p) >= 10).length,
    images: page.images.length,
  };
  const marker = truncationMarker(text);
  if (marker) signals.marker = marker;
  const usual = median((options.earlierPageChars ?? []).slice(0, 20));
  if (usual !== undefined) signals.usualChars = usual;
  const verdict = (full: boolean, reason: string): FeedFullness => ({ full, reason, signals });

  if (signals.chars === 0) return verdict(false, "the feed carries no text");
  if (marker) return verdict(false, `ends with the truncation marker "${marker}"`);
  if (usual !== undefined && signals.chars < usual * 0.5)
    return verdict(false, `${signals.chars} chars, under half this source's usual ${usual}`);
  if (signals.chars >= minChars && signals.paragraphs >= 3)
    return verdict(true, `${signals.chars} chars in ${signals.paragraphs} paragraphs`);
  if (usual !== undefined && signals.chars >= usual * 0.8 && signals.paragraphs >= 2)
    return verdict(true, `${signals.chars} chars, like this source's usual ${usual}`);
  if (signals.images >= 1 && signals.chars >= minChars / 2 && signals.paragraphs >= 3)
    return verdict(
      true,
      `${signals.chars} chars in ${signals.paragraphs} paragraphs with ${signals.images} images`,
    );
  return verdict(
    false,
    `too short for a full article (${signals.chars} chars, ${signals.paragraphs} paragraphs)`,
  );
}

/** Characters of a text as the judge counts them (for the history of full pages). */
export { compactLength as fullnessLength };
