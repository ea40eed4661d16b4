import type { PipelineDeps } from "../pipeline/deps.ts";
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
