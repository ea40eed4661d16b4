import type { ArticleFeatures, ClusterInput } from "./article-features.ts";

/** Bodies within this share of the longest count as equally rich. */
const RICH_SHARE = 0.9;

/**
 * The article that stands for a cluster: an original over reposts (转载), then the richest body
 * (within 10% of the longest counts as a tie), then the earliest, then the lowest id.
 */
export function choosePrimary(
  indexes: number[],
  inputs: ClusterInput[],
  features: ArticleFeatures[],
): number {
  const originals = indexes.filter((i) => !features[i]!.repost);
  const pool = originals.length > 0 ? originals : indexes;
  const longest = Math.max(...pool.map((i) => features[i]!.length));
  const rich = pool.filter((i) => features[i]!.length >= longest * RICH_SHARE);
  rich.sort(
    (a, b) =>
      inputs[a]!.publishedAt.localeCompare(inputs[b]!.publishedAt) ||
      features[b]!.length - features[a]!.length ||
      inputs[a]!.id - inputs[b]!.id,
  );
  return rich[0]!;
}
