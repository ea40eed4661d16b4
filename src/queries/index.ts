export type { Highlighted } from "./highlight.ts";
export type { SearchContext, SearchHit, SearchHitEntry, SearchRequest, SearchResult } from "./search.ts";
export { MAX_SEARCH_LIMIT, searchEntries } from "./search.ts";
