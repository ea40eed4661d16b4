import type { ArticleFeatures } from "./article-features.ts";

/**
 * An inverted index over the earlier stories' features, so a day's story is scored only against
 * stories it shares something with instead of every story in the window. The keys are every
 * MinHash slot (position and value), every title key, entity key and figure key, and every
 * versioned name in the title. A pair that shares none of them has text, title, entity and figure
 * overlap all 0 — a story score of 0, "separate" under any positive threshold — and no versioned
 * name in common, so the exhaustive scan would skip it too: the index returns the same matches.
 */
export interface EarlierStoryIndex {
  /** Indexes (ascending) of the stories sharing at least one key with `today`. */
  candidatesOf(today: ArticleFeatures): number[];
}

const EMPTY_SLOT = 0xffffffff;
const KINDS = ["title", "entities", "figures"] as const;

export function indexEarlierStories(stories: readonly ArticleFeatures[]): EarlierStoryIndex {
  // One map per MinHash slot position (value → stories) and one per key kind (hash → stories).
  const slots: Map<number, number[]>[] = [];
  const keyed = new Map<string, Map<number, number[]>>();
  const versioned = new Map<string, number[]>();
  const post = <K>(map: Map<K, number[]>, key: K, story: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [story]);
    else if (list[list.length - 1] !== story) list.push(story);
  };
  for (const kind of KINDS) keyed.set(kind, new Map());
  stories.forEach((f, story) => {
    if (f.minhash.length > 0 && f.minhash[0] !== EMPTY_SLOT)
      f.minhash.forEach((value, position) => {
        slots[position] ??= new Map();
        post(slots[position]!, value, story);
      });
    for (const kind of KINDS) for (const key of f.keys[kind]) post(keyed.get(kind)!, key, story);
    for (const name of f.titleEntities.versioned) post(versioned, name, story);
  });
  const seen = new Uint8Array(stories.length);
  return {
    candidatesOf(today) {
      const found: number[] = [];
      const take = (list: number[] | undefined) => {
        if (!list) return;
        for (const story of list)
          if (seen[story] === 0) {
            seen[story] = 1;
            found.push(story);
          }
      };
      if (today.minhash.length > 0 && today.minhash[0] !== EMPTY_SLOT)
        for (let position = 0; position < today.minhash.length; position++)
          take(slots[position]?.get(today.minhash[position]!));
      for (const kind of KINDS) for (const key of today.keys[kind]) take(keyed.get(kind)!.get(key));
      for (const name of today.titleEntities.versioned) take(versioned.get(name));
      for (const story of found) seen[story] = 0;
      return found.sort((a, b) => a - b);
    },
  };
}
