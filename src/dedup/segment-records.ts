// The per-story records of a story segment (format 2): what the earlier-story scorer reads for a
// candidate instead of re-tokenising its title and decoding its signature (story-segment.ts).
import type { ArticleFeatures } from "./article-features.ts";
import type { StoryPhase } from "./extract-facts.ts";
import { earlierFeaturesOf } from "./match-earlier-stories.ts";
import { positionOf, type SegmentStory, type StorySegment } from "./story-segment.ts";
import type { StorySignature } from "./story-signature.ts";

/** One story's record: what `storedFeaturesOf` rebuilds its features and signature from. */
interface StoryRecord {
  /** Title. */
  t: string;
  /** Title tokens, title entities (all, versioned). */
  k: string[];
  ta: string[];
  tv: string[];
  /** The signature's entities, figures, phase, actors; s: 0 when the story has no signature. */
  s: 0 | 1;
  e: string[];
  f: string[];
  p: StoryPhase;
  /** null: a signature written before actors were kept. */
  a: string[] | null;
}

export function packRecords(
  stories: readonly SegmentStory[],
  features: readonly ArticleFeatures[],
  signatures: readonly (StorySignature | undefined)[],
): { slots: Uint32Array; recordStart: Uint32Array; records: Uint8Array } {
  const slots = new Uint32Array(features.reduce((n, f) => n + f.minhash.length, 0));
  let at = 0;
  for (const f of features) {
    slots.set(f.minhash, at);
    at += f.minhash.length;
  }
  const encoder = new TextEncoder();
  const encoded = stories.map((story, i) => {
    const f = features[i]!;
    const sig = signatures[i];
    const record: StoryRecord = {
      t: story.title,
      k: [...f.titleTokens],
      ta: [...f.titleEntities.all],
      tv: [...f.titleEntities.versioned],
      s: sig ? 1 : 0,
      e: sig ? [...sig.entities] : [],
      f: sig ? [...sig.figures] : [],
      p: sig?.phase ?? "none",
      a: sig?.actors ? [...sig.actors] : null,
    };
    return encoder.encode(JSON.stringify(record));
  });
  const recordStart = new Uint32Array(stories.length + 1);
  encoded.forEach((bytes, i) => {
    recordStart[i + 1] = recordStart[i]! + bytes.length;
  });
  const records = new Uint8Array(recordStart[stories.length]!);
  encoded.forEach((bytes, i) => {
    records.set(bytes, recordStart[i]);
  });
  return { slots, recordStart, records };
}

/** A stored story's features and signature, as scoring reads them. */
export interface StoredFeatures {
  title: string;
  features: ArticleFeatures;
  sig?: StorySignature;
}

const decoder = new TextDecoder();

/**
 * The features and signature of the story at `position`, read from its segment: equal to
 * `featuresOf(title, decodeSignature(signature))` and `decodeSignature(signature)` (the keys and
 * slots are views into the segment's arrays), without tokenising the title or decoding the signature.
 */
export function storedFeaturesOf(segment: StorySegment, position: number): StoredFeatures {
  const r = JSON.parse(
    decoder.decode(
      segment.records.subarray(segment.recordStart[position], segment.recordStart[position + 1]),
    ),
  ) as StoryRecord;
  const { scoring } = segment;
  const keysOfKind = (kind: number) => {
    const { start, data } = scoring.kinds[kind]!;
    return data.subarray(start[position], start[position + 1]);
  };
  const minhash = segment.slots.subarray(scoring.slotStart[position], scoring.slotStart[position + 1]);
  const titleEntities = { all: new Set(r.ta), versioned: new Set(r.tv) };
  const sig: StorySignature | undefined =
    r.s === 1
      ? {
          minhash,
          entities: new Set(r.e),
          figures: new Set(r.f),
          phase: r.p,
          actors: r.a ? new Set(r.a) : undefined,
        }
      : undefined;
  const features = earlierFeaturesOf(sig, new Set(r.k), titleEntities, {
    title: keysOfKind(0),
    entities: keysOfKind(1),
    figures: keysOfKind(2),
  });
  return { title: r.t, features, sig };
}

/** Stored features (and the story's date) by store id over a window's segments (each segment's ids ascend). */
export function storedFeaturesIn(
  segments: readonly StorySegment[],
): (id: number) => (StoredFeatures & { date: string }) | undefined {
  return (id) => {
    for (const segment of segments) {
      const position = positionOf(segment, id);
      if (position >= 0) return { ...storedFeaturesOf(segment, position), date: segment.date };
    }
    return undefined;
  };
}
