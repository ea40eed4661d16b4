import type { ArticleFeatures } from "./article-features.ts";
import type { EarlierStoryIndex } from "./earlier-story-index.ts";
import { blendStory, diceCount, evidenceFloor, overlapCount } from "./score-pair.ts";

/**
 * The exact earlier-story index (the reference `indexEarlierStories` is measured and tested
 * against; not used by the run). The keys are every MinHash slot (position and value), every title
 * key, entity key and figure key, and every versioned name in the title. Walking a story's keys
 * counts, per earlier story, the equal slots and the shared title, entity and figure keys — exactly
 * the numbers `isClearlySeparate` computes from the arrays — so the stories it returns are those
 * that are not clearly separate, plus those sharing a versioned name: exactly the ones the
 * exhaustive scan would look at further. Its cost per story grows with the window: a common key's
 * posting list holds a share of every stored story.
 */
const EMPTY_SLOT = 0xffffffff;
const KINDS = ["title", "entities", "figures"] as const;

function hasSlots(f: ArticleFeatures): boolean {
  return f.minhash.length > 0 && f.minhash[0] !== EMPTY_SLOT;
}

export function indexEarlierStoriesExactly(stories: readonly ArticleFeatures[]): EarlierStoryIndex {
  // One map per MinHash slot position (value → stories) and one per key kind (hash → stories).
  const slots: Map<number, number[]>[] = [];
  const keyed = KINDS.map(() => new Map<number, number[]>());
  const versioned = new Map<string, number[]>();
  const post = <K>(map: Map<K, number[]>, key: K, story: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [story]);
    else if (list[list.length - 1] !== story) list.push(story);
  };
  stories.forEach((f, story) => {
    if (hasSlots(f))
      for (let position = 0; position < f.minhash.length; position++) {
        slots[position] ??= new Map();
        post(slots[position]!, f.minhash[position]!, story);
      }
    KINDS.forEach((kind, k) => {
      for (const key of f.keys[kind]) post(keyed[k]!, key, story);
    });
    for (const name of f.titleEntities.versioned) post(versioned, name, story);
  });
  const n = stories.length;
  // Shared counts per story (equal slots; title, entity, figure keys), whether it shares a versioned
  // name, and which stories the current call touched.
  const sharedSlots = new Uint16Array(n);
  const shared = KINDS.map(() => new Uint16Array(n));
  const sharesName = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const touch = (story: number) => {
    if (seen[story] === 0) {
      seen[story] = 1;
      touched.push(story);
    }
  };
  const bump = (list: number[] | undefined, count: Uint16Array) => {
    if (!list) return;
    for (const story of list) {
      touch(story);
      count[story]!++;
    }
  };
  return {
    lastReached: () => touched.length,
    candidatesOf(today, t) {
      touched.length = 0;
      if (hasSlots(today))
        for (let position = 0; position < today.minhash.length; position++)
          bump(slots[position]?.get(today.minhash[position]!), sharedSlots);
      KINDS.forEach((kind, k) => {
        for (const key of today.keys[kind]) bump(keyed[k]!.get(key), shared[k]!);
      });
      for (const name of today.titleEntities.versioned)
        for (const story of versioned.get(name) ?? []) {
          touch(story);
          sharesName[story] = 1;
        }
      const found: number[] = [];
      const [title, entities, figures] = shared as [Uint16Array, Uint16Array, Uint16Array];
      for (const story of touched) {
        const e = stories[story]!;
        const k = Math.min(today.minhash.length, e.minhash.length);
        // As estimateJaccard: equal slots over the shorter signature; 0 when either text was empty.
        const text = k === 0 || !hasSlots(today) || !hasSlots(e) ? 0 : sharedSlots[story]! / k;
        const floor = evidenceFloor(today, e);
        const storyScore = blendStory(
          diceCount(title[story]!, today.keys.title.length, e.keys.title.length),
          overlapCount(entities[story]!, today.keys.entities.length, e.keys.entities.length, floor),
          overlapCount(figures[story]!, today.keys.figures.length, e.keys.figures.length, floor),
          text,
        );
        if (sharesName[story] || text >= t.textAmbiguous || storyScore >= t.storyAmbiguous) found.push(story);
        sharedSlots[story] = title[story] = entities[story] = figures[story] = 0;
        sharesName[story] = seen[story] = 0;
      }
      return found.sort((a, b) => a - b);
    },
  };
}
