// Which of a today's story's earlier candidates is its match, and whether as a repeat or a
// follow-up: the judgement `matchEarlierStories` and the run's segmented path share (split from
// match-earlier-stories.ts, which finds the candidates).
import type { ArticleFeatures } from "./article-features.ts";
import { isNewFact } from "./extract-facts.ts";
import type { EarlierMatch, EarlierStory, MatchOptions } from "./match-earlier-stories.ts";
import { DEFAULT_THRESHOLDS, type PairScore, scorePair } from "./score-pair.ts";
import type { StorySignature } from "./story-signature.ts";
import { titleTokens } from "./title-similarity.ts";

/** An earlier story as scored: its features, and its signature when it has one. */
export interface Candidate {
  story: EarlierStory;
  sig?: StorySignature;
  features: ArticleFeatures;
}

/** The best of a story's candidates (in window order), as a repeat or a follow-up, if any. */
export function bestMatchOf(
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
