import { type ArticleFeatures, hashKeys } from "./article-features.ts";
import { extractEntities } from "./extract-entities.ts";
import { DEFAULT_THRESHOLDS, type DedupThresholds, type PairScore, scorePair } from "./score-pair.ts";
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
  const candidates = earlier
    .filter((e) => e.date >= from && e.date < options.date)
    .map((e) => ({ story: e, features: featuresOf(e.title, decodeSignature(e.signature)) }));
  const out = new Map<string, EarlierMatch>();
  for (const cluster of clusters) {
    const sig = decodeSignature(cluster.signature);
    if (!sig) continue;
    const today = featuresOf(cluster.title, sig);
    let best: { story: EarlierStory; score: PairScore; sig?: StorySignature } | undefined;
    for (const c of candidates) {
      const score = scorePair(today, c.features, thresholds);
      if (score.verdict === "separate" && !sharesVersionedName(today, c.features)) continue;
      const strength = Math.max(score.text, score.story);
      const bestStrength = best ? Math.max(best.score.text, best.score.story) : -1;
      if (strength > bestStrength || (strength === bestStrength && best && c.story.date > best.story.date))
        best = { story: c.story, score, sig: decodeSignature(c.story.signature) };
    }
    if (!best) continue;
    const newFacts = best.sig ? [...sig.figures].filter((f) => !best.sig!.figures.has(f)) : [];
    const released = best.sig?.phase === "announce" && sig.phase === "release";
    const followUp = newFacts.length >= (options.minNewFacts ?? 2) || released;
    // Only a clear match may hide a story as a repeat; a looser one can only link a follow-up.
    if (!followUp && best.score.verdict !== "merge") continue;
    out.set(cluster.key, {
      kind: followUp ? "follow-up" : "repeat",
      earlier: best.story,
      score: best.score,
      newFacts: released ? ["发布", ...newFacts] : newFacts,
    });
  }
  return out;
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
function featuresOf(title: string, sig: StorySignature | undefined): ArticleFeatures {
  const titleEntities = extractEntities(title);
  const tokens = titleTokens(title);
  const entities = sig ? sig.entities : titleEntities.all;
  const figures = sig?.figures ?? new Set<string>();
  return {
    minhash: sig?.minhash ?? new Uint32Array(0),
    titleTokens: tokens,
    titleEntities,
    entities: { all: entities, versioned: titleEntities.versioned },
    figures,
    keys: { title: hashKeys(tokens), entities: hashKeys(entities), figures: hashKeys(figures) },
    phase: sig?.phase ?? "none",
    repost: false,
    length: 0,
  };
}

/** YYYY-MM-DD plus `days` (calendar arithmetic in UTC: no clock, no zone). */
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
