import { createHash } from "node:crypto";
import {
  type ArticleFeatures,
  type ClusterInput,
  computeFeatures,
  type FeatureOptions,
} from "./article-features.ts";
import { type CopyNote, choosePrimary } from "./choose-primary.ts";
import { conflictOf } from "./extract-entities.ts";
import type { CandidateOptions } from "./find-candidates.ts";
import { type Edge, scoreCandidates } from "./score-candidates.ts";
import {
  DEFAULT_THRESHOLDS,
  type DedupThresholds,
  type MatchReason,
  type PairScore,
  scorePair,
} from "./score-pair.ts";
import { encodeSignature, signatureOf } from "./story-signature.ts";
import { UnionFind } from "./union-find.ts";

export interface ClusterOptions extends FeatureOptions {
  thresholds?: Partial<DedupThresholds>;
  candidates?: Partial<CandidateOptions>;
  /** Compare every pair instead of LSH candidates (O(n²): tests and the bench's reference). */
  exhaustive?: boolean;
  /** Asked about ambiguous pairs (yes = one story); off by default. Only `clusterArticlesJudged` calls it. */
  judge?: (a: ClusterInput, b: ClusterInput) => Promise<boolean>;
  /** At most this many judge calls per run (each may cost an LLM call). Default 20. */
  maxJudged?: number;
}

export interface ClusterMember {
  id: number;
  /** The similarity that joined it: 1 for exact keys, else max(text, story). */
  similarity: number;
  reason: MatchReason | "judge";
  scores: Pick<PairScore, "text" | "title" | "entity" | "story">;
  /** The article it was matched with (the primary, or another member). */
  matchedWith: number;
}

export interface Cluster {
  /** Stable within a date: hash of the primary's URL. */
  key: string;
  primary: number;
  /** The primary's title. */
  title: string;
  /** Other coverage, best match first (empty for a story covered once). */
  members: ClusterMember[];
  /** Story signature for later days (see story-signature.ts). */
  signature: string;
  /** Members that copy another member's URL, and how they differ (the pipeline logs them). */
  copies: CopyNote[];
}

/** Pure: groups articles into stories; every input lands in exactly one cluster. Ambiguous pairs stay apart. */
export function clusterArticles(inputs: ClusterInput[], options: ClusterOptions = {}): Cluster[] {
  const features = inputs.map((a) => computeFeatures(a, options));
  const { merge } = scoreCandidates(inputs, features, options);
  return buildClusters(inputs, features, merge, options);
}

/** As clusterArticles, from features computed beforehand (the bench times the two apart). */
export function clusterFeatures(
  inputs: ClusterInput[],
  features: ArticleFeatures[],
  options: ClusterOptions = {},
): Cluster[] {
  const { merge } = scoreCandidates(inputs, features, options);
  return buildClusters(inputs, features, merge, options);
}

/** As clusterArticles, and ambiguous pairs go to `options.judge` (strongest first, up to maxJudged). */
export async function clusterArticlesJudged(
  inputs: ClusterInput[],
  options: ClusterOptions,
): Promise<Cluster[]> {
  const features = inputs.map((a) => computeFeatures(a, options));
  const { merge, ambiguous } = scoreCandidates(inputs, features, options);
  const judged: Edge[] = [];
  if (options.judge) {
    for (const edge of ambiguous.slice(0, options.maxJudged ?? 20)) {
      if (await options.judge(inputs[edge.i]!, inputs[edge.j]!)) judged.push(edge);
    }
  }
  return buildClusters(inputs, features, [...merge, ...judged], options, new Set(judged));
}

/** Most pairs checked before joining two groups (beyond it the veto is skipped). */
const VETO_LIMIT = 400;

function buildClusters(
  inputs: ClusterInput[],
  features: ArticleFeatures[],
  edges: Edge[],
  options: ClusterOptions,
  judged = new Set<Edge>(),
): Cluster[] {
  const sets = new UnionFind(inputs.length);
  const members = new Map<number, number[]>();
  const joinedBy = new Map<number, Edge[]>();
  const membersOf = (root: number) => members.get(root) ?? [root];
  for (const edge of edges) {
    const x = sets.find(edge.i);
    const y = sets.find(edge.j);
    if (x === y) continue;
    // Single linkage chains: A~B and B~C must not join A and C when they name different releases.
    if (edge.score.reason === "title" || judged.has(edge)) {
      const left = membersOf(x);
      const right = membersOf(y);
      if (left.length * right.length <= VETO_LIMIT) {
        const clash = left.some((a) =>
          right.some((b) => conflictOf(features[a]!.titleEntities, features[b]!.titleEntities)),
        );
        if (clash) continue;
      }
    }
    const root = sets.union(x, y);
    // The smaller side is appended to the larger: linear overall, however a story grows.
    const [big, small] = [membersOf(x), membersOf(y)].sort((a, b) => b.length - a.length);
    for (const m of small!) big!.push(m);
    members.set(root, big!);
    for (const k of [edge.i, edge.j]) {
      const list = joinedBy.get(k);
      if (list) list.push(edge);
      else joinedBy.set(k, [edge]);
    }
  }
  const clusters: Cluster[] = [];
  for (const indexes of sets.groups().values()) {
    const { index: p, copies } = choosePrimary(indexes, inputs, features);
    const rest = indexes
      .filter((i) => i !== p)
      .map((i) => describeMember(i, p, inputs, features, joinedBy, judged, options));
    rest.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    const memberFeatures = indexes.filter((i) => i !== p).map((i) => features[i]!);
    clusters.push({
      key: storyKeyOf(inputs[p]!.url),
      primary: inputs[p]!.id,
      title: inputs[p]!.title,
      members: rest,
      signature: encodeSignature(signatureOf(features[p]!, memberFeatures)),
      copies,
    });
  }
  return clusters;
}

function describeMember(
  i: number,
  p: number,
  inputs: ClusterInput[],
  features: ArticleFeatures[],
  joinedBy: Map<number, Edge[]>,
  judged: Set<Edge>,
  options: ClusterOptions,
): ClusterMember {
  const edges = joinedBy.get(i) ?? [];
  const direct = edges.find((e) => e.i === p || e.j === p);
  // Prefer the match with the primary; a member joined through another member reports that link.
  const edge = direct ?? edges[0];
  const score =
    edge?.score ?? scorePair(features[i]!, features[p]!, { ...DEFAULT_THRESHOLDS, ...options.thresholds });
  const other = edge ? (edge.i === i ? edge.j : edge.i) : p;
  return {
    id: inputs[i]!.id,
    similarity: score.reason === "exact" ? 1 : Math.max(score.text, score.story),
    reason: edge && judged.has(edge) ? "judge" : score.reason,
    scores: { text: score.text, title: round(score.title), entity: round(score.entity), story: score.story },
    matchedWith: inputs[other]!.id,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function storyKeyOf(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 16);
}
