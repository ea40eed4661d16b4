import type { PipelineDeps } from "../pipeline/deps.ts";
import { type AnalysisFor, depsForBriefing, runBriefings } from "../pipeline/run-briefings.ts";
import { type RunOptions, type RunSummary, runDaily } from "../pipeline/run-daily.ts";

/**
 * One day's run: in this process (runDaily), or with queue.url on the work queue — enqueued as a
 * flow for `daybrief worker` processes and waited for — with the same summary either way.
 */
export async function runDay(deps: PipelineDeps, options: RunOptions): Promise<RunSummary> {
  const { queue } = deps.config;
  if (!queue.url) return await runDaily(deps, options);
  // Loaded only when a queue is configured: an in-process install never loads BullMQ.
  const { openQueueClient, runDailyOnQueue } = await import("../queue/index.ts");
  const client = await openQueueClient({ ...queue, url: queue.url });
  try {
    return await runDailyOnQueue(deps, client, options);
  } finally {
    await client.close();
  }
}

/**
 * The day's run of the install's briefings (config `briefings`; `briefings` picks some, default
 * all): they share one collect and read, in process (pipeline/run-briefings.ts) and on the queue
 * (queue/run-on-queue.ts: each briefing a flow of its own, whose jobs carry its id). A config without `briefings` runs as runDay.
 */
export async function runDays(
  deps: PipelineDeps,
  options: RunOptions & { briefings?: readonly string[]; analysisFor?: AnalysisFor },
): Promise<RunSummary[]> {
  if (!deps.config.briefings) return [await runDay(deps, options)];
  const { queue } = deps.config;
  if (!queue.url) return await runBriefings(deps, options);
  const { briefings, analysisFor, ...runOptions } = options;
  const { openQueueClient, runBriefingsOnQueue } = await import("../queue/index.ts");
  const client = await openQueueClient({ ...queue, url: queue.url });
  try {
    const ids = briefings ?? deps.config.briefings.map((b) => b.id);
    const depsOf = (id: string) => depsForBriefing(deps, id, analysisFor);
    return await runBriefingsOnQueue(deps, client, ids, depsOf, runOptions);
  } finally {
    await client.close();
  }
}
