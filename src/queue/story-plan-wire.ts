import type { Article } from "../model/article.ts";
import type { Coverage } from "../model/briefing.ts";
import type { StoryPlan } from "../pipeline/cluster-stories.ts";

/**
 * A story plan as a job hands it on (JSON in Redis): articles by id, maps as entry lists. The day's
 * articles are loaded again from the store by the step that needs them, never carried in Redis.
 */
export interface WirePlan {
  primaries: number[];
  related: [number, Coverage[]][];
  followUps: [number, { date: string; title: string; url: string }][];
  repeats: number[];
  duplicatesBySource: [string, number][];
  clusters: StoryPlan["clusters"];
}

export function planToWire(plan: StoryPlan): WirePlan {
  return {
    primaries: plan.primaries.map((a) => a.id!),
    related: [...plan.related],
    followUps: [...plan.followUps],
    repeats: [...plan.repeats],
    duplicatesBySource: [...plan.duplicatesBySource],
    clusters: plan.clusters,
  };
}

/** The plan again, its primaries taken from the day's stored articles (an id not among them throws). */
export function planFromWire(wire: WirePlan, articles: readonly Article[]): StoryPlan {
  const byId = new Map(articles.map((a) => [a.id!, a]));
  return {
    primaries: wire.primaries.map((id) => {
      const article = byId.get(id);
      if (!article) throw new Error(`story plan names article ${id}, which is not among the day's articles`);
      return article;
    }),
    related: new Map(wire.related),
    followUps: new Map(wire.followUps),
    repeats: new Set(wire.repeats),
    duplicatesBySource: new Map(wire.duplicatesBySource),
    clusters: wire.clusters,
  };
}
