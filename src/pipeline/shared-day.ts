import type { CollectedSource } from "./collect-sources.ts";
import type { PipelineDeps } from "./deps.ts";
import { pagesMode } from "./extract-article.ts";
import type { ReadCounts } from "./read-articles.ts";
import { countMissingPages } from "./run-status.ts";
import type { SourceHealthReport } from "./source-health.ts";
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
    const part = partOfDay(
      {
        sources: day.collected.sources,
        counts: day.read.counts,
        health: day.read.health,
        failures: day.failures,
      },
      ids,
    );
    run.failures.push(...part.failures);
    const articles = day.read.articles.filter((a) => ids.has(a.sourceId));
    return {
      collected: { sources: part.sources, allSourcesFailed: part.allSourcesFailed },
      read: {
        articles,
        counts: part.counts,
        health: part.health,
        pages: countMissingPages(articles, (sourceId) => pagesMode(own, sourceId)),
      },
    };
  };
}

/** A day collected and read for several briefings at once (the union of their sources). */
export interface WholeDay {
  sources: CollectedSource[];
  counts: Map<string, ReadCounts>;
  health: SourceHealthReport;
  failures: RunFailure[];
}

/**
 * Pure: one briefing's part of a shared day — its sources' outcomes, counts, health flags and
 * failures (a failure of no source is every briefing's). In process (shareDay) and on the queue
 * (queue/day-jobs.ts) alike.
 */
export function partOfDay(day: WholeDay, ids: ReadonlySet<string>): WholeDay & { allSourcesFailed: boolean } {
  const sources = day.sources.filter((c) => ids.has(c.source.id));
  const { health } = day;
  return {
    sources,
    allSourcesFailed: sources.length > 0 && sources.every((c) => c.status === "failed"),
    counts: new Map([...day.counts].filter(([id]) => ids.has(id))),
    health: {
      ...health,
      raised: health.raised.filter((a) => ids.has(a.sourceId)),
      recovered: health.recovered.filter((a) => ids.has(a.sourceId)),
      active: health.active.filter((a) => ids.has(a.sourceId)),
    },
    failures: day.failures.filter((f) => f.sourceId === undefined || ids.has(f.sourceId)),
  };
}
