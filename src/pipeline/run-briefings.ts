import { briefingIdsOf, type Config, configForBriefing, sourcesOfBriefings } from "../config/index.ts";
import type { AnalysisInputs, PipelineDeps } from "./deps.ts";
import { type RunOptions, type RunSummary, runDaily } from "./run-daily.ts";
import { shareDay } from "./shared-day.ts";

/**
 * Builds a briefing's analysers when its prompts differ from the install's (config
 * `briefings[].prompts`): the entry point knows how (cli/open-pipeline.ts). Without it, or when it
 * returns undefined, the briefing uses the install's analysers.
 */
export type AnalysisFor = (config: Config) => AnalysisInputs | undefined;

/**
 * The deps of one briefing of the install: its config (configForBriefing: its sources, channels,
 * title, ★ threshold, output folder, `briefing.id`) and, when it has prompts of its own, its own
 * analysers. Everything it stores is keyed by its id.
 */
export function depsForBriefing(deps: PipelineDeps, id: string, analysisFor?: AnalysisFor): PipelineDeps {
  const config = configForBriefing(deps.config, id);
  if (config === deps.config) return deps;
  const analysis = (hasOwnPrompts(deps.config, config) && analysisFor?.(config)) || deps.analysis;
  return { ...deps, config, analysis, logger: deps.logger.child({ briefing_id: id }) };
}

/** True when a briefing's config has prompts other than the install's (config `briefings[].prompts`). */
export function hasOwnPrompts(install: Config, briefing: Config): boolean {
  return JSON.stringify(briefing.llm?.prompts) !== JSON.stringify(install.llm?.prompts);
}

/**
 * The day's run of several briefings (config `briefings`; `ids`, default all, in config order):
 * the union of their sources is collected and read once (shared-day.ts), then each briefing runs
 * dedup → analyse → verify → rank → publish → deliver over its own sources' articles as a run of
 * its own. Analyses are stored by (content hash, analyser, prompt version), so a story two
 * briefings share with the same prompts is analysed once. A config without `briefings` runs its
 * one briefing exactly as runDaily does.
 */
export async function runBriefings(
  deps: PipelineDeps,
  options: RunOptions & { briefings?: readonly string[]; analysisFor?: AnalysisFor },
): Promise<RunSummary[]> {
  const { briefings, analysisFor, ...runOptions } = options;
  const ids = briefings ?? briefingIdsOf(deps.config);
  if (!deps.config.briefings) return [await runDaily(deps, runOptions)];
  const union = { ...deps, config: { ...deps.config, sources: sourcesOfBriefings(deps.config, ids) } };
  const readDay = shareDay(union);
  const summaries: RunSummary[] = [];
  for (const id of ids) {
    if (options.signal?.aborted) break;
    summaries.push(await runDaily(depsForBriefing(deps, id, analysisFor), { ...runOptions, readDay }));
  }
  return summaries;
}
