import type { Logger } from "../log.ts";
import { clusterStories, type StoryCluster } from "../pipeline/cluster-stories.ts";
import type { QueryContext } from "./context.ts";

/** A story member or primary, named: its source's display name and where its text came from. */
export interface DupeArticleInfo {
  sourceName?: string;
  /** "feed" | "page": whether the text was the feed's or the page's (absent: not recorded). */
  textFrom?: string;
}

/** A story that merged copies or matches an earlier briefing's story. */
export interface DupeStory extends Omit<StoryCluster, "members"> {
  primary: DupeArticleInfo & { sourceId?: string };
  members: (StoryCluster["members"][number] & DupeArticleInfo)[];
}

export interface DupesReport {
  date: string;
  /** Readable articles of the day (ok or feed-only) that were clustered. */
  articles: number;
  stories: number;
  copiesMerged: number;
  repeats: number;
  followUps: number;
  /** Only the stories with copies or an earlier match, in plan order. */
  merged: DupeStory[];
}

const SILENT: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => SILENT };

/**
 * Which articles of a day were merged into one story and why (similarity scores), and which stories
 * repeat or follow up an earlier briefing: the run's own clustering (pipeline/cluster-stories.ts)
 * over the stored articles, nothing saved, no judge asked (stored judgements decide).
 */
export async function findDupes(ctx: QueryContext, date: string): Promise<DupesReport> {
  const { config, store } = ctx;
  const articles = await store.listArticlesForDay(date, config.timezone);
  const readable = articles.filter((a) => a.status === "ok" || a.status === "feed-only");
  const plan = await clusterStories(
    { config, store, logger: SILENT, now: () => new Date(0) },
    articles,
    date,
    {
      windowDays: config.dedup.windowDays,
      thresholds: config.dedup.thresholds,
      save: false,
    },
  );
  const names = new Map(config.sources.map((s) => [s.id, s.name]));
  const byId = new Map(articles.map((a) => [a.id!, a]));
  const info = (id: number): DupeArticleInfo => {
    const a = byId.get(id);
    return { sourceName: a && names.get(a.sourceId), textFrom: a?.textFrom };
  };
  const merged = plan.clusters
    .filter((c) => c.members.length > 0 || c.earlier)
    .map(
      (c): DupeStory => ({
        ...c,
        primary: { sourceId: byId.get(c.primaryArticleId)?.sourceId, ...info(c.primaryArticleId) },
        members: c.members.map((m) => ({ ...m, ...info(m.articleId) })),
      }),
    );
  return {
    date,
    articles: readable.length,
    stories: plan.clusters.length,
    copiesMerged: plan.clusters.reduce((n, c) => n + c.members.length, 0),
    repeats: plan.clusters.filter((c) => c.earlier?.kind === "repeat").length,
    followUps: plan.followUps.size,
    merged,
  };
}
