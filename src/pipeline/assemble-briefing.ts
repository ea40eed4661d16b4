import type { Briefing } from "../model/briefing.ts";
import { dayRange } from "../time.ts";
import { clusterStories } from "./cluster-stories.ts";
import type { PipelineDeps } from "./deps.ts";
import { rankStep } from "./steps/rank-step.ts";
import { verifyStep } from "./steps/verify-step.ts";

/**
 * A stored day's briefing built again (`daybrief render`): the day's articles and analyses from the
 * store, clustered without saving (a re-render has no story plan of its own), then the run's own
 * verify and rank steps. Coverage comes from the stored briefing; nothing is fetched or analysed.
 */
export async function assembleBriefing(deps: PipelineDeps, date: string): Promise<Briefing> {
  const { store, config } = deps;
  const { start, end } = dayRange(date, config.timezone);
  const articles = await store.listArticlesPublishedBetween(start, end);
  // A briefing stored by an older version may have no coverage.
  const previous = (await store.getBriefing(date, config.briefing.id))?.briefing.coverage as
    | Briefing["coverage"]
    | undefined;
  const plan = await clusterStories(deps, articles, date, {
    windowDays: config.dedup.windowDays,
    thresholds: config.dedup.thresholds,
    save: false,
  });
  const verified = await verifyStep(deps, { articles, plan, previous });
  return await rankStep(deps, { date, verified });
}
