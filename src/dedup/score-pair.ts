import { type ArticleFeatures, countShared } from "./article-features.ts";
import { conflictOf } from "./extract-entities.ts";
import { estimateJaccard } from "./minhash.ts";

/**
 * Thresholds of the two tests. "text": estimated Jaccard of the bodies' shingles (reposts and
 * light edits). "story": a blend of title Dice, entity Jaccard and text (rewrites of one event).
 * Between the ambiguous and the merge threshold a pair is "ambiguous": kept apart unless a judge
 * (an LLM yes/no) says otherwise.
 */
export interface DedupThresholds {
  textMerge: number;
  textAmbiguous: number;
  storyMerge: number;
  storyAmbiguous: number;
}

export const DEFAULT_THRESHOLDS: DedupThresholds = {
  textMerge: 0.5,
  textAmbiguous: 0.3,
  storyMerge: 0.34,
  storyAmbiguous: 0.24,
};

export type MatchReason = "exact" | "text" | "title" | "both";
export type Verdict = "merge" | "ambiguous" | "separate";

export interface PairScore {
  text: number;
  title: number;
  entity: number;
  /** Overlap of the figures (numbers with units) of the two bodies. */
  figures: number;
  /** Both titles name versioned models and none is shared: different releases. */
  conflict: boolean;
  /** The blended story similarity (0..1). */
  story: number;
  verdict: Verdict;
  reason: MatchReason;
}

/**
 * Weights of the blend. Rewrites of one event by different outlets share little wording but the
 * same names and the same figures (1060亿, 78.2%, 128K), so figures weigh as much as names. Text
 * counts in full from 0.3 up, as rewrites rarely share more.
 */
const W_TITLE = 0.35;
const W_ENTITY = 0.25;
const W_FIGURES = 0.25;
const W_TEXT = 0.15;
const TEXT_FULL = 0.3;
/** Overlaps of fewer items than this are scaled down: one shared "3倍" proves little. */
const MIN_EVIDENCE = 3;
/**
 * Feed-only text (a title and a sentence or two) cannot have three names and three figures: two
 * short texts need two. Stories of earlier days (length 0: no body kept) keep the full floor.
 */
const SHORT_TEXT = 300;
const MIN_EVIDENCE_SHORT = 2;

export function scorePair(
  a: ArticleFeatures,
  b: ArticleFeatures,
  t: DedupThresholds = DEFAULT_THRESHOLDS,
): PairScore {
  const text = estimateJaccard(a.minhash, b.minhash);
  const title = diceOf(a.keys.title, b.keys.title);
  const floor = evidenceFloor(a, b);
  const entity = overlapOf(a.keys.entities, b.keys.entities, floor);
  const figures = overlapOf(a.keys.figures, b.keys.figures, floor);
  const conflict =
    conflictOf(a.titleEntities, b.titleEntities) ||
    actorsDiffer(a, b) ||
    moneyDiffers(a.titleMoney, b.titleMoney);
  let story = blendStory(title, entity, figures, text);
  // Different model names in the titles: never one story by wording alone, only by near-equal text.
  if (conflict) story *= 0.5;
  const byText = text >= t.textMerge;
  const byStory = story >= t.storyMerge;
  const reason: MatchReason = byText && byStory ? "both" : byText ? "text" : "title";
  let verdict: Verdict = "separate";
  if (byText || byStory) verdict = "merge";
  else if (text >= t.textAmbiguous || story >= t.storyAmbiguous) verdict = "ambiguous";
  return { text, title, entity, figures, conflict, story: round(story), verdict, reason };
}

/** The story blend of the four overlaps, before any veto. */
export function blendStory(title: number, entity: number, figures: number, text: number): number {
  return W_TITLE * title + W_ENTITY * entity + W_FIGURES * figures + W_TEXT * Math.min(1, text / TEXT_FULL);
}

/** |A∩B| / max(min(|A|,|B|), floor): how much of the smaller side the larger one repeats. */
function overlapOf(a: Uint32Array, b: Uint32Array, floor = MIN_EVIDENCE): number {
  return overlapCount(countShared(a, b), a.length, b.length, floor);
}

/** overlapOf from the sizes and the number of shared keys (an index counts them without the arrays). */
export function overlapCount(shared: number, a: number, b: number, floor = MIN_EVIDENCE): number {
  if (a === 0 || b === 0) return 0;
  return shared / Math.max(Math.min(a, b), floor);
}

/** diceOf from the sizes and the number of shared keys. */
export function diceCount(shared: number, a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return (2 * shared) / (a + b);
}

export function evidenceFloor(a: ArticleFeatures, b: ArticleFeatures): number {
  return evidenceFloorOf(a.length, b.length);
}

/** evidenceFloor from the two body lengths. */
export function evidenceFloorOf(a: number, b: number): number {
  // No closure here: this runs for every pair an index checks.
  return a > 0 && a < SHORT_TEXT && b > 0 && b < SHORT_TEXT ? MIN_EVIDENCE_SHORT : MIN_EVIDENCE;
}

/**
 * Both name who acts and nobody is on both sides, or both titles name org-like names and none is
 * (part of) the other's: two labs' news, however alike the wording ("X 创始人离职", "Y 创始人离职").
 */
function actorsDiffer(a: ArticleFeatures, b: ArticleFeatures): boolean {
  if (a.titleNames.length > 0 && b.titleNames.length > 0) {
    const related = a.titleNames.some((x) => b.titleNames.some((y) => x.includes(y) || y.includes(x)));
    if (!related) return true;
  }
  if (a.actors.size === 0 || b.actors.size === 0) return false;
  // One side's actor named anywhere in the other's title or lead ("谷歌发布 YunLan" / "YunLan 上线")
  // is the same subject seen from the product or from the maker.
  const named = (x: string, f: ArticleFeatures) =>
    f.actors.has(x) ||
    f.entities.all.has(x) ||
    f.entities.all.has(`org:${x}`) ||
    f.entities.all.has(`actor:${x}`);
  for (const x of a.actors) if (named(x, b)) return false;
  for (const x of b.actors) if (named(x, a)) return false;
  return true;
}

/**
 * Both titles name a sum in the same currency and share none: two rounds or two prices ("融资10亿",
 * "融资88亿"), one lab's two pieces of news however alike the wording. Different currencies say
 * nothing (one outlet may convert).
 */
export function moneyDiffers(a: readonly string[], b: readonly string[]): boolean {
  for (const currency of ["cny:", "usd:"]) {
    const x = a.filter((m) => m.startsWith(currency));
    const y = b.filter((m) => m.startsWith(currency));
    if (x.length > 0 && y.length > 0 && !x.some((m) => y.includes(m))) return true;
  }
  return false;
}

/** Sørensen–Dice coefficient 2|A∩B| / (|A|+|B|): kinder than Jaccard to titles of unequal length. */
function diceOf(a: Uint32Array, b: Uint32Array): number {
  return diceCount(countShared(a, b), a.length, b.length);
}

/**
 * Cheap exact pre-check for the common case: true when the pair is "separate" whatever the veto
 * says (the veto only lowers scores). Saves allocating a PairScore for the millions of unrelated
 * pairs an exhaustive comparison sees.
 */
export function isClearlySeparate(a: ArticleFeatures, b: ArticleFeatures, t: DedupThresholds): boolean {
  const text = estimateJaccard(a.minhash, b.minhash);
  if (text >= t.textAmbiguous) return false;
  const floor = evidenceFloor(a, b);
  const story = blendStory(
    diceOf(a.keys.title, b.keys.title),
    overlapOf(a.keys.entities, b.keys.entities, floor),
    overlapOf(a.keys.figures, b.keys.figures, floor),
    text,
  );
  return story < t.storyAmbiguous;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
