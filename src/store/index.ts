export type { RaiseAlertInput, RecoverAlertInput, SourceAlertKind, StoredAlert } from "./alerts.ts";
export type { AnalysisKey, SaveAnalysisInput, StoredAnalysis } from "./analyses.ts";
export type { ArticleHead, ArticlePatch } from "./articles.ts";
export type {
  BriefingHeadline,
  BriefingSummary,
  SaveBriefingInput,
  StoredBriefing,
  StoredFeedEntry,
} from "./briefings.ts";
export { HEADLINE_TITLES } from "./briefings.ts";
export type { Delivery, DeliveryKey, DeliveryStatus, RecordDeliveryInput } from "./deliveries.ts";
export type { DraftStatus, DraftSummary, SaveDraftInput, StoredDraft } from "./drafts.ts";
export type { HostCooldown } from "./host-cooldowns.ts";
export type { SaveJudgementInput } from "./judgements.ts";
export { SchemaTooNewError, schemaVersion } from "./migrations.ts";
export { openConfiguredStore, type StoreLocation, storeMayExist } from "./open-configured-store.ts";
export type { PageReread } from "./page-rereads.ts";
export type { LockOwner, TakeLockResult } from "./run-lock.ts";
export type { FinishRunInput, Run, RunFailure, RunProgress, RunStatus, StartRunInput } from "./runs.ts";
export type { FacetCount, SearchFacets } from "./search-facets.ts";
export type { SearchDocumentsInput, SearchDocumentsResult, SearchMatch } from "./search-index.ts";
export type { FetchFailure, FetchSuccess, SourceHealth } from "./sources.ts";
export { openStore } from "./sqlite-store.ts";
export type {
  OpenStoreOptions,
  Store,
  StoreOps,
  StoreTransaction,
  WriteBatch,
  WriteBatchOptions,
} from "./store.ts";
export type { SaveStoryInput, Story, StorySegmentRow } from "./stories.ts";
export type { UsageSum } from "./usage-ledger.ts";
