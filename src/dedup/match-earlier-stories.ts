import { type ArticleFeatures, hashKeys } from "./article-features.ts";
import { bestMatchOf, type Candidate } from "./best-earlier-match.ts";
import { indexEarlierStories } from "./earlier-story-index.ts";
import { indexEarlierStoriesExactly } from "./exact-earlier-index.ts";
import { extractEntities } from "./extract-entities.ts";
import { DEFAULT_THRESHOLDS, type DedupThresholds, type PairScore } from "./score-pair.ts";
import { findEarlierCandidates, matchLoadedCandidates } from "./segment-candidates.ts";
import { indexStorySegments } from "./segment-index.ts";
import { storedFeaturesIn } from "./segment-records.ts";
import { buildStorySegment, type SegmentStory, type StorySegment } from "./story-segment.ts";
import { decodeSignature, type StorySignature } from "./story-signature.ts";
import { titleTokens } from "./title-similarity.ts";

/** A story published on an earlier date (from the store's listStoriesSince). */
export interface EarlierStory {
  date: string;
  storyKey: string;
  signature?: string;
  title: string;
  url: string;
}

export interface MatchOptions {
  /** The briefing date being built (YYYY-MM-DD). */
  date: string;
  /** Earlier stories older than this many days are not looked at. Default 7. */
  windowDays?: number;
  /** New figures needed to call a match a follow-up rather than a repeat. Default 2. */
  minNewFacts?: number;
  thresholds?: Partial<DedupThresholds>;
  /**
   * Score every earlier story instead of those the index finds (the reference the index is tested
   * against). Default false; a threshold of 0 (every pair at least ambiguous) scans all anyway.
   */
  exhaustive?: boolean;
  /**
   * Find candidates with the exact index (exact-earlier-index.ts, whose cost grows with the window)
   * instead of the bounded one: the reference the bounded index is measured against. Default false.
   */
  exactIndex?: boolean;
  /**
   * Find candidates as a run does, through per-day segments (story-segment.ts, segment-index.ts)
   * built from `earlier`: the run's path, for tests and benches that compare it with the others.
   */
  segmented?: boolean;
  /** With `segmented`: stories a look-up checks at most (segment-index.ts MAX_CHECKED by default). */
  maxChecked?: number;
}

export interface EarlierMatch {
  kind: "repeat" | "follow-up";
  earlier: EarlierStory;
  score: PairScore;
  /** Figures not in the earlier story, and "发布" when it moves from announcement to release. */
  newFacts: string[];
}

/**
 * Pure: which of today's stories were already published within the window. A match that adds
 * figures, or reports a release after an announcement, is a follow-up; otherwise a repeat. A
 * repeat needs a "merge" verdict; a follow-up may also hang on an ambiguous score or on the same
 * versioned model name in both titles. Stories not in the map are new.
 */
export function matchEarlierStories(
  clusters: { key: string; title: string; signature: string }[],
  earlier: EarlierStory[],
  options: MatchOptions,
): Map<string, EarlierMatch> {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const from = shiftDay(options.date, -(options.windowDays ?? 7));
  const inWindow = earlier.filter((e) => e.date >= from && e.date < options.date);
  const scanAll = options.exhaustive || scansEveryStory(thresholds);
  if (options.segmented && !scanAll) {
    // As runs store them: a segment per date (ids: positions in `earlier`), each built after the
    // days before it, with the window the next day sees; then the candidates, loaded by id.
    const byDate = new Map<string, SegmentStory[]>();
    earlier.forEach((e, id) => {
      const list = byDate.get(e.date) ?? [];
      list.push({ id, title: e.title, signature: e.signature });
      byDate.set(e.date, list);
    });
    const built: StorySegment[] = [];
    for (const [date, list] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const next = shiftDay(date, 1 - (options.windowDays ?? 7));
      built.push(
        buildStorySegment(
          date,
          list,
          built.filter((s) => s.date >= next),
        ),
      );
    }
    const index = indexStorySegments(
      built.filter((s) => s.date >= from && s.date < options.date),
      { maxChecked: options.maxChecked },
    );
    const found = findEarlierCandidates(clusters, index, options);
    return matchLoadedCandidates(
      clusters,
      found,
      new Map(earlier.map((e, id) => [id, e])),
      options,
      undefined,
      storedFeaturesIn(built),
    );
  }
  const candidates = inWindow.map(candidateOf);
  const build = options.exactIndex ? indexEarlierStoriesExactly : indexEarlierStories;
  const index = scanAll ? undefined : build(candidates.map((c) => c.features));
  const everyStory = scanAll ? candidates.map((_, i) => i) : [];
  const out = new Map<string, EarlierMatch>();
  for (const cluster of clusters) {
    const sig = decodeSignature(cluster.signature);
    if (!sig) continue;
    const today = featuresOf(cluster.title, sig);
    const positions = index ? index.candidatesOf(today, thresholds) : everyStory;
    const match = bestMatchOf(
      cluster,
      sig,
      today,
      positions.map((i) => candidates[i]!),
      options,
    );
    if (match) out.set(cluster.key, match);
  }
  return out;
}

/** A threshold of 0 makes every pair at least ambiguous: every story is a candidate. */
export function scansEveryStory(thresholds: DedupThresholds): boolean {
  return thresholds.storyAmbiguous <= 0 || thresholds.textAmbiguous <= 0;
}

/** An earlier story decoded from its signature and title, for scoring. */
export function candidateOf(story: EarlierStory): Candidate {
  const sig = decodeSignature(story.signature);
  return { story, sig, features: featuresOf(story.title, sig) };
}

/** Features rebuilt from a stored signature and a title (no body text is kept for old stories). */
export function featuresOf(title: string, sig: StorySignature | undefined): ArticleFeatures {
  const titleEntities = extractEntities(title);
  const tokens = titleTokens(title);
  const entities = sig ? sig.entities : titleEntities.all;
  const figures = sig?.figures ?? new Set<string>();
  return earlierFeaturesOf(sig, tokens, titleEntities, {
    title: hashKeys(tokens),
    entities: hashKeys(entities),
    figures: hashKeys(figures),
  });
}

/**
 * An earlier story's features from its signature, title tokens and entities, and keys (derived by
 * `featuresOf`, or read from its segment by `storedFeaturesOf`): no body, so no length.
 */
export function earlierFeaturesOf(
  sig: StorySignature | undefined,
  tokens: Set<string>,
  titleEntities: ArticleFeatures["titleEntities"],
  keys: ArticleFeatures["keys"],
): ArticleFeatures {
  return {
    minhash: sig?.minhash ?? new Uint32Array(0),
    titleTokens: tokens,
    titleEntities,
    entities: { all: sig ? sig.entities : titleEntities.all, versioned: titleEntities.versioned },
    figures: sig?.figures ?? new Set<string>(),
    keys,
    phase: sig?.phase ?? "none",
    actors: sig?.actors ?? new Set<string>(),
    titleNames: [],
    titleMoney: [],
    repost: false,
    length: 0,
  };
}

/** YYYY-MM-DD plus `days` (calendar arithmetic in UTC: no clock, no zone). */
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
