import type { Article } from "../../model/article.ts";
import { clusterStories, type StoryPlan } from "../cluster-stories.ts";
import type { PipelineDeps } from "../deps.ts";
import { atStage, type RunContext } from "./run-context.ts";

/**
 * dedup: the day's articles clustered into stories, once per run, and the stories saved for later
 * days. The plan it returns (primaries, 同题报道, follow-ups, repeats) is what every later step
 * uses; nothing after this clusters the day again.
 */
export async function dedupStep(
  deps: PipelineDeps,
  run: RunContext,
  articles: Article[],
): Promise<StoryPlan> {
  deps.progress.stage("dedup");
  return await clusterStories(atStage(deps, "dedup"), articles, run.date, {
    windowDays: deps.config.dedup.windowDays,
    thresholds: deps.config.dedup.thresholds,
    runId: run.runId,
  });
}
