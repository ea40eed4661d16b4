import { canonicalUrl } from "./canonical-url.ts";

/** Texts shorter than this are too generic (a feed's one-line teaser) to identify an article. */
const MIN_HASHED_TEXT = 200;

/**
 * Keys that identify one article exactly: every canonical shape of its link (feed URL, final URL,
 * the URL the page declares — which joins WeChat short and long links), its GUID, its text hash.
 */
export function exactKeysOf(input: {
  url: string;
  originalUrl?: string;
  declaredUrl?: string;
  guid?: string;
  contentHash?: string;
  text?: string;
  sourceId?: string;
}): string[] {
  const keys = new Set<string>();
  for (const link of [input.url, input.originalUrl, input.declaredUrl]) {
    if (link) keys.add(`u:${canonicalUrl(link)}`);
  }
  const guid = input.guid?.trim();
  // A GUID that is just the link adds nothing; one that is an opaque id joins bridge re-publications.
  // Short GUIDs (post numbers) are unique only within their feed.
  if (guid && !/^https?:/i.test(guid))
    keys.add(guid.length >= 16 ? `g:${guid}` : `g:${input.sourceId}:${guid}`);
  else if (guid) keys.add(`u:${canonicalUrl(guid)}`);
  if (input.contentHash && (input.text === undefined || input.text.length >= MIN_HASHED_TEXT))
    keys.add(`h:${input.contentHash}`);
  return [...keys];
}
