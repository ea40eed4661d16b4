// The run's earlier-day path over stored segments (story-segment.ts): today's stories' candidates
// from the window's merged index, then the match among them scored from the segments' stored
// features (split from match-earlier-stories.ts, whose `matchEarlierStories` is the reference).
import type { ArticleFeatures } from "./article-features.ts";
import { bestMatchOf, type Candidate } from "./best-earlier-match.ts";
import {
  candidateOf,
  type EarlierMatch,
  type EarlierStory,
  featuresOf,
  type MatchOptions,
} from "./match-earlier-stories.ts";
import { DEFAULT_THRESHOLDS } from "./score-pair.ts";
import type { SegmentIndex } from "./segment-index.ts";
import type { StoredFeatures } from "./segment-records.ts";
import { decodeSignature, type StorySignature } from "./story-signature.ts";

/**
 * The window's stories each of today's stories may match (store ids, window order), from the
 * stored segments' index: what a run then loads from the store, and nothing else.
 */
export function findEarlierCandidates(
  clusters: { key: string; title: string; signature: string }[],
  index: SegmentIndex,
  options: Pick<MatchOptions, "thresholds">,
  today: TodayFeatures = todayFeaturesOf(clusters),
): Map<string, number[]> {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const out = new Map<string, number[]>();
  for (const cluster of clusters) {
    const mine = today.get(cluster.key);
    if (!mine) continue;
    // Only stories that can be the same subject: no other one is ever the match (subject-gate.ts).
    const positions = index.candidatesOf(mine.features, thresholds, mine.sig.actors);
    if (positions.length > 0)
      out.set(
        cluster.key,
        positions.map((p) => index.idAt(p)),
      );
  }
  return out;
}

/** Today's stories' signatures and features by story key (those with a signature), derived once. */
export type TodayFeatures = Map<string, { sig: StorySignature; features: ArticleFeatures }>;

/**
 * Derived once per run and handed to both `findEarlierCandidates` and `matchLoadedCandidates`
 * (each derived them again: about as much work as the day's own look-ups on a short window).
 */
export function todayFeaturesOf(
  clusters: { key: string; title: string; signature: string }[],
): TodayFeatures {
  const out: TodayFeatures = new Map();
  for (const cluster of clusters) {
    const sig = decodeSignature(cluster.signature);
    if (sig) out.set(cluster.key, { sig, features: featuresOf(cluster.title, sig) });
  }
  return out;
}

/**
 * Today's stories matched against their candidates (`findEarlierCandidates`), loaded by id. With
 * `stored` (the window's segments: `storedFeaturesIn`), a candidate's features are read from its
 * segment; a story a segment does not hold is decoded from its signature and title.
 */
export function matchLoadedCandidates(
  clusters: { key: string; title: string; signature: string }[],
  candidates: Map<string, number[]>,
  stories: Map<number, EarlierStory>,
  options: MatchOptions,
  today?: TodayFeatures,
  stored?: (id: number) => StoredFeatures | undefined,
): Map<string, EarlierMatch> {
  const decoded = new Map<number, Candidate>();
  const candidate = (id: number) => {
    let c = decoded.get(id);
    if (!c) {
      const story = stories.get(id);
      if (!story) return undefined; // deleted since its segment was built
      const kept = stored?.(id);
      c = kept ? { story, sig: kept.sig, features: kept.features } : candidateOf(story);
      decoded.set(id, c);
    }
    return c;
  };
  const out = new Map<string, EarlierMatch>();
  for (const cluster of clusters) {
    const ids = candidates.get(cluster.key);
    if (!ids) continue;
    const mine = today ? today.get(cluster.key) : todayFeaturesOf([cluster]).get(cluster.key);
    if (!mine) continue;
    const list = ids.map(candidate).filter((c): c is Candidate => c !== undefined);
    const match = bestMatchOf(cluster, mine.sig, mine.features, list, options);
    if (match) out.set(cluster.key, match);
  }
  return out;
}

/**
 * Today's stories matched against their candidates (`findEarlierCandidates`) scored from the
 * window's segments alone (`stored`: `storedFeaturesIn`), before any story is loaded: a run then
 * loads only the stories matched, not every candidate (on a 7-day window ~2,600 stories a run, most
 * of them to be scored and dropped). The same matches as `matchLoadedCandidates` with every
 * candidate loaded, but for stories deleted since their segment was built: those are `skip`ped
 * (the run matches again without them once the load finds them gone). A match's `earlier` holds
 * the stored date and title; the caller fills in the loaded story. By today's story key.
 */
export function matchStoredCandidates(
  clusters: { key: string; title: string; signature: string }[],
  candidates: Map<string, number[]>,
  stored: (id: number) => (StoredFeatures & { date: string }) | undefined,
  options: MatchOptions,
  today: TodayFeatures,
  skip: ReadonlySet<number> = new Set(),
): Map<string, { id: number; match: EarlierMatch }> {
  const decoded = new Map<number, Candidate | null>();
  const idOf = new Map<EarlierStory, number>();
  const candidate = (id: number) => {
    let c = decoded.get(id);
    if (c === undefined) {
      const kept = skip.has(id) ? undefined : stored(id);
      const story = kept && { date: kept.date, storyKey: "", title: kept.title, url: "" };
      c = kept && story ? { story, sig: kept.sig, features: kept.features } : null;
      if (c) idOf.set(c.story, id);
      decoded.set(id, c);
    }
    return c;
  };
  const out = new Map<string, { id: number; match: EarlierMatch }>();
  for (const cluster of clusters) {
    const ids = candidates.get(cluster.key);
    const mine = today.get(cluster.key);
    if (!ids || !mine) continue;
    const list = ids.map(candidate).filter((c): c is Candidate => c !== null);
    const match = bestMatchOf(cluster, mine.sig, mine.features, list, options);
    if (match) out.set(cluster.key, { id: idOf.get(match.earlier)!, match });
  }
  return out;
}
