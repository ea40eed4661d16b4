export type { BriefingListItem } from "./briefings.ts";
export {
  getBriefing,
  getLatestBriefing,
  latestBriefingDate,
  listBriefings,
  rebuildBriefing,
} from "./briefings.ts";
export type { QueryContext } from "./context.ts";
export { briefingOf } from "./context.ts";
export type { DupeArticleInfo, DupeStory, DupesReport } from "./dupes.ts";
export { findDupes } from "./dupes.ts";
export type { EntryDetail, LaterFollowUp } from "./entries.ts";
export { getEntry } from "./entries.ts";
export type { EntryId } from "./entry-id.ts";
export { entryIdOf, parseEntryId } from "./entry-id.ts";
export type { Highlighted } from "./highlight.ts";
export type { RunReport } from "./runs.ts";
export { listRuns } from "./runs.ts";
export type { SearchContext, SearchHit, SearchHitEntry, SearchRequest, SearchResult } from "./search.ts";
export { MAX_SEARCH_LIMIT, searchEntries } from "./search.ts";
export type { ListSourcesOptions, SourceReport, SourceState } from "./sources.ts";
export { listSources } from "./sources.ts";
export type { AppliedPolicy, EntryVerification, VerifiedAnalysis, VerifyRequest } from "./verify.ts";
export { verifyDay, verifyEntryById, verifyGivenEntry } from "./verify.ts";
