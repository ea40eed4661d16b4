import { feedAdapter } from "./feed-adapter.ts";
import type { SourceAdapter } from "./source-adapter.ts";

/** Every source kind, by name. Adding one: its file, its test, one line here. */
export const sourceAdapters: Readonly<Record<string, SourceAdapter>> = {
  feed: feedAdapter,
};

export { feedAdapter } from "./feed-adapter.ts";
export { parseFeedDate } from "./feed-date.ts";
export { itemsOnDay } from "./items-on-day.ts";
export { type ParseFeedOptions, parseFeed } from "./parse-feed.ts";
export { type OpmlFeed, parseOpml } from "./parse-opml.ts";
export type { CollectContext, CollectResult, SourceAdapter } from "./source-adapter.ts";
