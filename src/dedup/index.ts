export type { ArticleFeatures, ClusterInput, FeatureOptions } from "./article-features.ts";
export { computeFeatures } from "./article-features.ts";
export { canonicalUrl } from "./canonical-url.ts";
export type { CopyNote } from "./choose-primary.ts";
export type { Cluster, ClusterMember, ClusterOptions } from "./cluster-articles.ts";
export { clusterArticles, clusterArticlesJudged, clusterFeatures, storyKeyOf } from "./cluster-articles.ts";
export { contentHash } from "./content-hash.ts";
export { exactKeysOf } from "./exact-keys.ts";
export type { CandidateOptions } from "./find-candidates.ts";
export type { EarlierMatch, EarlierStory, MatchOptions } from "./match-earlier-stories.ts";
export { matchEarlierStories, scansEveryStory, shiftDay } from "./match-earlier-stories.ts";
export type { Edge } from "./score-candidates.ts";
export { scoreCandidates } from "./score-candidates.ts";
export type { DedupThresholds, MatchReason, PairScore, Verdict } from "./score-pair.ts";
export { DEFAULT_THRESHOLDS, scorePair } from "./score-pair.ts";
export {
  findEarlierCandidates,
  matchLoadedCandidates,
  matchStoredCandidates,
  type TodayFeatures,
  todayFeaturesOf,
} from "./segment-candidates.ts";
export { indexStorySegments, type SegmentIndex } from "./segment-index.ts";
export { storedFeaturesIn } from "./segment-records.ts";
export type { ShingleMode } from "./shingles.ts";
export { shingleHashes } from "./shingles.ts";
export {
  buildStorySegment,
  decodeStorySegment,
  encodeStorySegment,
  type StorySegment,
} from "./story-segment.ts";
export { decodeSignature, encodeSignature } from "./story-signature.ts";
