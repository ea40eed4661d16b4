import type { ArticleFeatures } from "./article-features.ts";
import type { StoryPhase } from "./extract-facts.ts";
import { decodeMinHash, encodeMinHash } from "./minhash.ts";

/**
 * What a later day needs to recognise a published story, as one storable string (JSON): the
 * primary's text MinHash, the story's entities and figures (of all its coverage), and its phase.
 */
export interface StorySignature {
  minhash: Uint32Array;
  entities: Set<string>;
  figures: Set<string>;
  phase: StoryPhase;
  /** Who acts in the story (its primary's actors); undefined in signatures written before actors were kept. */
  actors?: Set<string>;
}

const MAX_ENTITIES = 40;
const MAX_FIGURES = 80;

/** Builds the signature of a cluster from its primary's and members' features. */
export function signatureOf(primary: ArticleFeatures, members: ArticleFeatures[] = []): StorySignature {
  const all = [primary, ...members];
  const phases = new Set(all.map((f) => f.phase));
  return {
    minhash: primary.minhash,
    entities: new Set(all.flatMap((f) => [...f.entities.all])),
    figures: new Set(all.flatMap((f) => [...f.figures])),
    phase: phases.has("release") ? "release" : phases.has("announce") ? "announce" : "none",
    actors: new Set(all.flatMap((f) => [...f.actors])),
  };
}

export function encodeSignature(sig: StorySignature): string {
  return JSON.stringify({
    v: 1,
    m: encodeMinHash(sig.minhash),
    e: [...sig.entities].slice(0, MAX_ENTITIES),
    f: [...sig.figures].slice(0, MAX_FIGURES),
    p: sig.phase,
    a: [...(sig.actors ?? [])],
  });
}

/** Undefined for a missing or foreign signature (an older format): the story is then matched by title. */
export function decodeSignature(text: string | undefined): StorySignature | undefined {
  if (!text) return undefined;
  try {
    const raw = JSON.parse(text) as {
      v?: number;
      m?: string;
      e?: string[];
      f?: string[];
      p?: StoryPhase;
      a?: string[];
    };
    if (raw.v !== 1 || typeof raw.m !== "string") return undefined;
    return {
      minhash: decodeMinHash(raw.m),
      entities: new Set(raw.e ?? []),
      figures: new Set(raw.f ?? []),
      phase: raw.p ?? "none",
      actors: raw.a ? new Set(raw.a) : undefined,
    };
  } catch {
    return undefined;
  }
}
