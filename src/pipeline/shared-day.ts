import type { PipelineDeps } from "./deps.ts";
import { pagesMode } from "./extract-article.ts";
import { countMissingPages } from "./run-status.ts";
import { type Collected, collectStep, releaseItems } from "./steps/collect-step.ts";
import { type ReadDay, readStep } from "./steps/read-step.ts";
import type { RunContext, RunFailure } from "./steps/run-context.ts";

/** What a run's first two steps hand on: each source's outcome and the day's stored articles. */
export interface DayRead {
  collected: Collected;
  read: ReadDay;
}

/** How a run gets its day: collected and read by itself, or shared with other briefings. */
export type DayReader = (deps: PipelineDeps, run: RunContext) => Promise<DayRead>;

/** collect → read for this run alone (a single-briefing install, `--briefing <id>`). */
export const readOwnDay: DayReader = async (deps, run) => {
  const collected = await collectStep(deps, run);
  const read = await readStep(deps, run, collected);
  releaseItems(collected);
  return { collected, read };
};

/**
 * collect → read once for several briefings (config `briefings`): the first run to ask collects
 * and reads every source of `deps.config` (the union of the briefings' sources), so a feed or a
 * page that two briefings want is fetched once; each run then gets the part of the day that
 * belongs to its own sources: their outcomes, articles, counts, health flags and failures.
 */
export function shareDay(deps: PipelineDeps): DayReader {
  let whole: Promise<DayRead & { failures: RunFailure[] }> | undefined;
  return async (own, run) => {
    whole ??= (async () => {
      const failures: RunFailure[] = [];
      const day = await readOwnDay({ ...deps, progress: own.progress }, { ...run, failures });
      return { ...day, failures };
    })();
    const day = await whole;
    const ids = new Set(own.config.sources.map((s) => s.id));
    const mine = (sourceId: string | undefined) => sourceId === undefined || ids.has(sourceId);
    run.failures.push(...day.failures.filter((f) => mine(f.sourceId)));
    const sources = day.collected.sources.filter((c) => ids.has(c.source.id));
    const articles = day.read.articles.filter((a) => ids.has(a.sourceId));
    const { health } = day.read;
    return {
      collected: {
        sources,
        allSourcesFailed: sources.length > 0 && sources.every((c) => c.status === "failed"),
      },
      read: {
        articles,
        counts: new Map([...day.read.counts].filter(([id]) => ids.has(id))),
        health: {
          ...health,
          raised: health.raised.filter((a) => ids.has(a.sourceId)),
          recovered: health.recovered.filter((a) => ids.has(a.sourceId)),
          active: health.active.filter((a) => ids.has(a.sourceId)),
        },
        pages: countMissingPages(articles, (sourceId) => pagesMode(own, sourceId)),
      },
    };
  };
}
