import {
  type Cluster,
  type ClusterInput,
  type ClusterOptions,
  clusterArticles,
  clusterArticlesJudged,
  type EarlierMatch,
  type PairScore,
} from "../dedup/index.ts";
import type { Article } from "../model/article.ts";
import type { Coverage } from "../model/briefing.ts";
import type { PipelineDeps } from "./deps.ts";
import { buildSegmentOf, matchEarlier } from "./earlier-stories.ts";

export interface ClusterStoriesOptions {
  /** Days back in which a published story is not repeated. Default 7. */
  windowDays?: number;
  thresholds?: ClusterOptions["thresholds"];
  /** Yes/no on ambiguous pairs (an LLM); off by default. */
  judge?: ClusterOptions["judge"];
  /** Record the day's stories for later days (a run does; a re-render only reads). Default true. */
  save?: boolean;
  /** The run asking (its ledger pays for the judge's answers). */
  runId?: number;
}

/** What clustering needs from the run: a re-render or `daybrief dupes` (save: false) passes only these. */
export type StoryDeps = Pick<PipelineDeps, "config" | "store" | "logger" | "now" | "judgeStories">;

/** One story of the day, for the JSON output and `daybrief dupes`. */
export interface StoryCluster {
  key: string;
  primaryArticleId: number;
  title: string;
  members: {
    articleId: number;
    sourceId: string;
    title: string;
    url: string;
    similarity: number;
    reason: string;
    scores: Pick<PairScore, "text" | "title" | "entity" | "story">;
  }[];
  earlier?: { kind: EarlierMatch["kind"]; date: string; title: string; url: string; newFacts: string[] };
}

export interface StoryPlan {
  /** One article per story to analyse and show (repeats left out). */
  primaries: Article[];
  /** Other coverage of each primary (同题报道), by primary article id. */
  related: Map<number, Coverage[]>;
  /** Primaries that follow up a story of an earlier briefing. */
  followUps: Map<number, { date: string; title: string; url: string }>;
  /** Article ids of stories already published within the window: not analysed, not shown. */
  repeats: Set<number>;
  /** Articles per source that were not analysed because they copy another (members and repeats). */
  duplicatesBySource: Map<string, number>;
  clusters: StoryCluster[];
}

const READABLE = new Set(["ok", "feed-only"]);

/**
 * Between reading and analysis: groups the day's articles into stories so each is analysed and
 * shown once, links follow-ups to earlier briefings, drops repeats, and records the stories so a
 * later day can do the same. Deleted, blocked and failed articles are left out of clustering.
 */
export async function clusterStories(
  deps: StoryDeps,
  articles: Article[],
  date: string,
  options: ClusterStoriesOptions = {},
): Promise<StoryPlan> {
  const readable = articles.filter((a) => a.id !== undefined && READABLE.has(a.status));
  const names = sourceNamesOf(deps);
  const inputs = readable.map((a) => ({ ...toClusterInput(a), sourceName: names.get(a.sourceId) }));
  const judge = options.judge ?? storedJudge(deps, options);
  const clusterOptions: ClusterOptions = { thresholds: options.thresholds, judge };
  const clusters = judge
    ? await clusterArticlesJudged(inputs, clusterOptions)
    : clusterArticles(inputs, clusterOptions);
  for (const cluster of clusters)
    for (const copy of cluster.copies)
      deps.logger.info(
        { date, story_key: cluster.key, ...copy },
        "copy of another member's URL, not the primary",
      );
  const windowDays = options.windowDays ?? 7;
  const matchOptions = { date, windowDays, thresholds: options.thresholds };
  const { matches, segments, windowSizeOf } = await matchEarlier(
    deps,
    clusters,
    matchOptions,
    options.save !== false,
  );
  const plan = planStories(readable, clusters, matches, sourceNamesOf(deps));
  // The day's stories in one transaction; each cluster's signature found by key, not by a scan.
  const signatures = new Map<string, string>();
  for (const c of clusters) if (!signatures.has(c.key)) signatures.set(c.key, c.signature);
  await deps.store.transaction(async (tx) => {
    for (const story of options.save === false ? [] : plan.clusters) {
      if (story.earlier?.kind === "repeat") continue;
      await tx.saveStory(
        {
          date,
          storyKey: story.key,
          primaryArticleId: story.primaryArticleId,
          memberArticleIds: story.members.map((m) => m.articleId),
          signature: signatures.get(story.key),
        },
        deps.config.briefing.id,
      );
    }
  });
  // The date's segment, from every story stored for it (an earlier run's too): one day's work.
  if (options.save !== false) await buildSegmentOf(deps, date, windowDays, segments, true, windowSizeOf);
  deps.logger.info(
    { date, articles: readable.length, stories: plan.primaries.length, repeats: plan.repeats.size },
    "stories clustered",
  );
  return plan;
}

/** Pure: clusters and their earlier matches → what to analyse, what to attach, what to drop. */
export function planStories(
  articles: Article[],
  clusters: Cluster[],
  matches: Map<string, EarlierMatch>,
  sourceNames: Map<string, string>,
): StoryPlan {
  const byId = new Map(articles.map((a) => [a.id!, a]));
  const plan: StoryPlan = {
    primaries: [],
    related: new Map(),
    followUps: new Map(),
    repeats: new Set(),
    duplicatesBySource: new Map(),
    clusters: [],
  };
  const countDuplicate = (a: Article) =>
    plan.duplicatesBySource.set(a.sourceId, (plan.duplicatesBySource.get(a.sourceId) ?? 0) + 1);
  for (const cluster of clusters) {
    const primary = byId.get(cluster.primary)!;
    const members = cluster.members.map((m) => ({ member: m, article: byId.get(m.id)! }));
    const match = matches.get(cluster.key);
    plan.clusters.push({
      key: cluster.key,
      primaryArticleId: primary.id!,
      title: cluster.title,
      members: members.map(({ member, article }) => ({
        articleId: article.id!,
        sourceId: article.sourceId,
        title: article.title,
        url: article.url,
        similarity: member.similarity,
        reason: member.reason,
        scores: member.scores,
      })),
      earlier: match && {
        kind: match.kind,
        date: match.earlier.date,
        title: match.earlier.title,
        url: match.earlier.url,
        newFacts: match.newFacts,
      },
    });
    for (const { article } of members) countDuplicate(article);
    if (match?.kind === "repeat") {
      plan.repeats.add(primary.id!);
      for (const { article } of members) plan.repeats.add(article.id!);
      countDuplicate(primary);
      continue;
    }
    plan.primaries.push(primary);
    if (members.length > 0) {
      plan.related.set(
        primary.id!,
        members.map(({ member, article }) => ({
          sourceName: sourceNames.get(article.sourceId) ?? article.sourceId,
          title: article.title,
          url: article.url,
          publishedAt: article.publishedAt,
          similarity: member.similarity,
        })),
      );
    }
    if (match?.kind === "follow-up") {
      plan.followUps.set(primary.id!, {
        date: match.earlier.date,
        title: match.earlier.title,
        url: match.earlier.url,
      });
    }
  }
  return plan;
}

export function toClusterInput(article: Article): ClusterInput {
  return {
    id: article.id!,
    title: article.title,
    text: article.text,
    url: article.url,
    originalUrl: article.originalUrl,
    guid: article.guid,
    contentHash: article.contentHash,
    sourceId: article.sourceId,
    account: article.account,
    publishedAt: article.publishedAt,
  };
}

function sourceNamesOf(deps: StoryDeps): Map<string, string> {
  return new Map(deps.config.sources.map((s) => [s.id, s.name]));
}

/**
 * dedup.judge with memory: each pair is asked once and the answer stored (with its cost), so a
 * re-run or a re-render (which never asks: `save: false`) merges exactly what the run merged.
 */
function storedJudge(deps: StoryDeps, options: ClusterStoriesOptions): ClusterOptions["judge"] {
  if (!deps.config.dedup.judge) return undefined;
  const ask = options.save === false ? undefined : deps.judgeStories;
  return async (a, b) => {
    const pairKey = judgementKey(a, b);
    const known = await deps.store.findJudgement(pairKey);
    if (known !== undefined || !ask) return known ?? false;
    const answer = await ask(a, b);
    if (answer.usage && !answer.unclear) {
      await deps.store.saveJudgement({
        pairKey,
        same: answer.same,
        model: answer.model,
        runId: options.runId,
        usage: answer.usage,
        at: deps.now(),
      });
    }
    return answer.same;
  };
}

/** The stored judgement's key: link and text together (two short boilerplate texts may share a hash, two links never do). */
export function judgementKey(a: ClusterInput, b: ClusterInput): string {
  return [`${a.url}#${a.contentHash ?? ""}`, `${b.url}#${b.contentHash ?? ""}`].sort().join("|");
}
