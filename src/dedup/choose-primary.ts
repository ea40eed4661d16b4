import type { ArticleFeatures, ClusterInput } from "./article-features.ts";
import { canonicalUrl } from "./canonical-url.ts";

/** Bodies within this share of the longest count as equally rich. */
const RICH_SHARE = 0.9;

export interface PrimaryChoice {
  index: number;
  /** Copies of another member's URL and how they differ from it, for the log. */
  copies: CopyNote[];
}

export interface CopyNote {
  /** Id of the copy and of the article it copies. */
  id: number;
  of: number;
  /** Characters the copy adds (positive) or lacks (negative) against the original. */
  lengthDelta: number;
  sameTitle: boolean;
}

/**
 * The article that stands for a cluster. First the articles at home: not a copy of another
 * member (a page declaring a URL that another member owns, or an article whose account is another
 * configured source's name while it came in through a different feed), and not a repost (转载).
 * Among those, the richest body (within 10% of the longest counts as a tie), then the earliest,
 * then the lowest id. A padded copy never outranks the original, however long it is.
 */
export function choosePrimary(
  indexes: number[],
  inputs: ClusterInput[],
  features: ArticleFeatures[],
): PrimaryChoice {
  const copies = new Map<number, number>();
  for (const i of indexes) {
    const of = originalOf(i, indexes, inputs);
    if (of !== undefined) copies.set(i, of);
  }
  const home = indexes.filter((i) => !copies.has(i));
  const originals = home.filter((i) => !features[i]!.repost);
  const pool = originals.length > 0 ? originals : home.length > 0 ? home : indexes;
  const longest = Math.max(...pool.map((i) => features[i]!.length));
  const rich = pool.filter((i) => features[i]!.length >= longest * RICH_SHARE);
  rich.sort(
    (a, b) =>
      inputs[a]!.publishedAt.localeCompare(inputs[b]!.publishedAt) ||
      features[b]!.length - features[a]!.length ||
      inputs[a]!.id - inputs[b]!.id,
  );
  const notes = [...copies].map(([i, of]) => ({
    id: inputs[i]!.id,
    of: inputs[of]!.id,
    lengthDelta: features[i]!.length - features[of]!.length,
    sameTitle: inputs[i]!.title.trim() === inputs[of]!.title.trim(),
  }));
  return { index: rich[0]!, copies: notes };
}

/** The member whose article `i` is a copy of, if any. */
function originalOf(i: number, indexes: number[], inputs: ClusterInput[]): number | undefined {
  const me = inputs[i]!;
  const declared = me.declaredUrl ? canonicalUrl(me.declaredUrl) : undefined;
  if (declared && declared !== me.url) {
    const owner = indexes.find((j) => j !== i && inputs[j]!.url === declared);
    if (owner !== undefined) return owner;
  }
  // An article whose page names another configured source's account, fetched through a feed
  // that is not that source, is that source's article seen second-hand.
  const account = me.account?.trim();
  if (account && me.sourceName && account !== me.sourceName) {
    const owner = indexes.find(
      (j) => j !== i && inputs[j]!.sourceName === account && inputs[j]!.sourceId !== me.sourceId,
    );
    if (owner !== undefined) return owner;
  }
  return undefined;
}
