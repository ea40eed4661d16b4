import { type ArticleFeatures, hashKeys } from "./article-features.ts";
import { indexEarlierStories } from "./earlier-story-index.ts";
import { indexEarlierStoriesExactly } from "./exact-earlier-index.ts";
import { extractEntities } from "./extract-entities.ts";
import { isNewFact } from "./extract-facts.ts";
import { DEFAULT_THRESHOLDS, type DedupThresholds, type PairScore, scorePair } from "./score-pair.ts";
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

interface Candidate {
  story: EarlierStory;
  sig?: StorySignature;
  features: ArticleFeatures;
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

/** The best of a story's candidates (in window order), as a repeat or a follow-up, if any. */
function bestMatchOf(
  cluster: { title: string },
  sig: StorySignature,
  today: ArticleFeatures,
  candidates: Candidate[],
  options: MatchOptions,
): EarlierMatch | undefined {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  let best: { story: EarlierStory; score: PairScore; sig?: StorySignature; same: boolean } | undefined;
  // In window order (as stored), so ties resolve exactly as a scan of every story would.
  for (const c of candidates) {
    const score = scorePair(today, c.features, thresholds);
    if (score.verdict === "separate" && !sharesVersionedName(today, c.features)) continue;
    const earlierSig = c.sig;
    const same = sameSubject(
      { features: today, actors: sig.actors, title: cluster.title },
      { features: c.features, actors: earlierSig?.actors, title: c.story.title },
    );
    const strength = Math.max(score.text, score.story);
    const bestStrength = best ? Math.max(best.score.text, best.score.story) : -1;
    // The same subject first; then the strongest match; then the latest story.
    const better =
      !best ||
      (same && !best.same) ||
      (same === best.same &&
        (strength > bestStrength || (strength === bestStrength && c.story.date > best.story.date)));
    if (better) best = { story: c.story, score, sig: earlierSig, same };
  }
  if (!best) return undefined;
  // Page furniture (阅读 4 分钟, 还有 10 天) is not extracted; durations never count as news.
  const newFacts = best.sig ? [...sig.figures].filter((f) => isNewFact(f) && !best.sig!.figures.has(f)) : [];
  const released = best.sig?.phase === "announce" && sig.phase === "release";
  // Neither a follow-up nor a repeat without the same subject: a rival's release that compares
  // itself with yesterday's model shares its figures, not its story.
  if (!best.same) return undefined;
  const followUp = newFacts.length >= (options.minNewFacts ?? 2) || released;
  // Only a clear match may hide a story as a repeat; a looser one can only link a follow-up.
  if (!followUp && best.score.verdict !== "merge") return undefined;
  return {
    kind: followUp ? "follow-up" : "repeat",
    earlier: best.story,
    score: best.score,
    newFacts: followUp ? (released ? ["发布", ...newFacts] : newFacts) : [],
  };
}

/** Title words beyond the actor's name that must overlap when neither title names a product. */
const OBJECT_DICE = 0.3;

interface Side {
  features: ArticleFeatures;
  actors: ReadonlySet<string> | undefined;
  title: string;
}

/**
 * One subject: the same actor (org or person named as doing the news) and the same object — a
 * model, product or paper both titles name, or, when neither title names one, titles that still
 * overlap once the actor's name is taken out (融资 and 融资, not 融资 and 上线产品). Where only one
 * side has an actor, the subjects differ. A signature older than actor keys (actors undefined)
 * is judged by the object, or by the titles when neither names one.
 */
function sameSubject(a: Side, b: Side): boolean {
  const objects = (f: ArticleFeatures) => [...f.titleEntities.all].filter((e) => !e.startsWith("org:"));
  const objA = objects(a.features);
  const objB = new Set(objects(b.features));
  const sharedObject = objA.some((o) => objB.has(o));
  // A signature from before actors were kept: the object, or (no object on either side) the titles.
  if (a.actors === undefined || b.actors === undefined)
    return (
      sharedObject ||
      (objA.length === 0 &&
        objB.size === 0 &&
        diceOf(titleTokens(a.title), titleTokens(b.title)) >= OBJECT_DICE)
    );
  if (a.actors.size === 0 && b.actors.size === 0) return sharedObject;
  if (![...a.actors].some((x) => b.actors!.has(x))) return false;
  if (sharedObject) return true;
  if (objA.length > 0 || objB.size > 0) return false;
  const rest = (side: Side) => {
    let title = side.title.toLowerCase().replace(/\s+/g, "");
    for (const actor of [...a.actors!, ...b.actors!]) title = stripName(title, actor);
    return titleTokens(title);
  };
  return diceOf(rest(a), rest(b)) >= OBJECT_DICE;
}

/** The title without the name or any 4+ character piece of it (星河智能科技 of 北京星河智能科技). */
function stripName(title: string, name: string): string {
  let out = title;
  for (let len = name.length; len >= Math.min(4, name.length); len--)
    for (let i = 0; i + len <= name.length; i++) out = out.split(name.slice(i, i + len)).join(" ");
  return out;
}

function diceOf(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Both titles name the same versioned model (GLM-5V, Qwen3.5-Omni): enough to link a next-day
 * article that tells something new about it (a technical report, benchmark, price cut).
 */
function sharesVersionedName(a: ArticleFeatures, b: ArticleFeatures): boolean {
  for (const name of a.titleEntities.versioned) if (b.titleEntities.versioned.has(name)) return true;
  return false;
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
