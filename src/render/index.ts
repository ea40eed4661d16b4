import type { Briefing } from "../model/index.ts";
import { renderHtml } from "./render-html.ts";
import { renderJson } from "./render-json.ts";
import { renderMarkdown } from "./render-markdown.ts";

export { briefingBlocks, buildBriefingBlocks } from "./briefing-blocks.ts";
export {
  BRIEFING_SCHEMA_URL,
  BRIEFING_SCHEMA_VERSION,
  type BriefingOutput,
  briefingJsonSchema,
  briefingOutputSchema,
  type EntryOutput,
} from "./briefing-json-schema.ts";
export { escapeHtml, escapeXml } from "./escape-html.ts";
export {
  type AtomFeedOptions,
  atomFeedParts,
  type FeedBriefing,
  renderAtomFeed,
} from "./render-atom-feed.ts";
export { renderHtml, renderHtmlFragment } from "./render-html.ts";
export { type ArchiveDay, type IndexOptions, renderIndexHtml } from "./render-index-html.ts";
export { renderJson, toBriefingOutput } from "./render-json.ts";
export { renderMarkdown } from "./render-markdown.ts";
export { renderSearchIndex, type SearchIndexEntry } from "./render-search-index.ts";
export { SITE_SEARCH_SCRIPT } from "./site-search-script.ts";
export { followsLinkRules } from "./stale-links.ts";

/** One output format of a day's briefing: what the pipeline writes and channels attach. */
export interface BriefingFormat {
  extension: string;
  contentType: string;
  render(briefing: Briefing): string;
}

/** The registry of per-day formats (config `output.formats` names keys of this object). */
export const briefingFormats = {
  markdown: { extension: "md", contentType: "text/markdown; charset=utf-8", render: renderMarkdown },
  html: { extension: "html", contentType: "text/html; charset=utf-8", render: renderHtml },
  json: { extension: "json", contentType: "application/json; charset=utf-8", render: renderJson },
} satisfies Record<string, BriefingFormat>;

export type BriefingFormatId = keyof typeof briefingFormats;
