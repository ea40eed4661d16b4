import { type ArticleFeatures, hashKeys } from "./article-features.ts";
import { bestMatchOf, type Candidate } from "./best-earlier-match.ts";
import { indexEarlierStories } from "./earlier-story-index.ts";
import { indexEarlierStoriesExactly } from "./exact-earlier-index.ts";
import { extractEntities } from "./extract-entities.ts";
import { DEFAULT_THRESHOLDS, type DedupThresholds, type PairScore } from "./score-pair.ts";
import { indexStorySegments, type SegmentIndex } from "./segment-index.ts";
import { type StoredFeatures, storedFeaturesIn } from "./segment-records.ts";
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

function candidateOf(story: EarlierStory): Candidate {
  const sig = decodeSignature(story.signature);
  return { story, sig, features: featuresOf(story.title, sig) };
}

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
    const positions = index.candidatesOf(mine.features, thresholds);
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
