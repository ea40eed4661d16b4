export type { FacetCount, SearchFacets } from "../store/index.ts";
export type { ArchiveDay, DayPlace } from "./archive.ts";
export { createDayLocator, listArchiveDays, locateDay, publishedVersion } from "./archive.ts";
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
export type { EditOutcome, EditRequest, ReviewErrorCode, ReviewView } from "./review.ts";
export {
  DraftStateError,
  discardDraft,
  draftStateOf,
  editDraft,
  getReview,
  listDrafts,
  ReviewError,
} from "./review.ts";
export type { RunActivity, RunReport } from "./runs.ts";
export { getRun, getRunActivity, listRuns } from "./runs.ts";
export type {
  SearchContext,
  SearchHit,
  SearchHitEntry,
  SearchOptions,
  SearchRequest,
  SearchResult,
} from "./search.ts";
export { MAX_SEARCH_LIMIT, searchEntries } from "./search.ts";
export type { SessionRegistry } from "./sessions.ts";
export { sessionRegistry } from "./sessions.ts";
export type { ListSourcesOptions, SourceReport, SourceState } from "./sources.ts";
export { listSources } from "./sources.ts";
export type {
  EntryRef,
  Period,
  PeriodComparison,
  PeriodSummary,
  StoryTimeline,
  TimelineStep,
  TrendDimension,
  TrendItem,
  TrendsReport,
} from "./trends.ts";
export { comparePeriods, getStoryTimeline, getTrends, previousPeriod } from "./trends.ts";
export type { AppliedPolicy, EntryVerification, VerifiedAnalysis, VerifyRequest } from "./verify.ts";
export { verifyDay, verifyEntryById, verifyGivenEntry } from "./verify.ts";
export type { TrendMover, TrendOptions, TrendSeries, TrendStory, WeeklyTrends } from "./weekly-trends.ts";
export { computeWeeklyTrends, getWeeklyTrends, OTHER_SERIES, weekOf } from "./weekly-trends.ts";
