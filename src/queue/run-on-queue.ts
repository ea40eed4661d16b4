import type { Job } from "bullmq";
import { errorMessage } from "../errors.ts";
import { briefingIdOf } from "../model/briefing-id.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import { reviewsDrafts } from "../pipeline/review-draft.ts";
import {
  closeRun,
  earlierOf,
  failRun,
  type RunOptions,
  type RunSummary,
  startRun,
} from "../pipeline/run-daily.ts";
import { buildDayFlow, jobOptionsOf } from "./day-flow.ts";
import type { RunValue } from "./day-jobs.ts";
import type { RunRef, RunRequest } from "./job-names.ts";
import type { QueueClient } from "./queue-client.ts";

/**
 * `daybrief run` with queue.url: the run is recorded here, its day enqueued as one flow, and this
 * waits for the flow's last step (deliver-day, on a worker) to close the run and hand back its
 * summary — the same summary runDaily returns. A flow that fails for good, or a cancelled wait,
 * ends the run here (failed, cancelled); jobs of a closed run refuse to start.
 */
export async function runDailyOnQueue(
  deps: PipelineDeps,
  client: QueueClient,
  options: RunOptions,
): Promise<RunSummary> {
  const runId = await startRun(deps, options);
  const log = deps.logger.child({ run_id: runId, date: options.date });
  const summary: RunSummary = { runId, date: options.date, status: "ok", outputs: {}, failures: [] };
  const run: RunRef = { runId, date: options.date, briefing: briefingIdOf(deps.config.briefing.id) };
  try {
    options.onStart?.(runId);
    const before = earlierOf((await deps.store.getBriefing(options.date, deps.config.briefing.id))?.briefing);
    const request: RunRequest = {
      command: options.command ?? "run",
      reanalyse: options.reanalyse,
      deliver: options.deliver,
      kind: options.kind === "update" ? "update" : "briefing",
      forceDeliver: options.forceDeliver,
      review: options.review ?? reviewsDrafts(deps.config),
      earlier: before && { coverage: before.coverage, urls: [...before.urls] },
    };
    const sources = deps.config.sources.filter((s) => s.enabled).map((s) => s.id);
    const flow = buildDayFlow(run, request, sources, jobOptionsOf(deps.config.queue));
    const node = await client.flows.add(flow);
    log.info({ job_id: node.job.id, sources: sources.length }, "run enqueued");
    // Nothing happens until a worker takes the jobs: say so instead of waiting in silence.
    if ((await client.queues.day.getWorkers()).length === 0)
      log.warn({ queue: client.prefix }, "no daybrief worker is connected: the run waits for one");
    const value = (await waitForJob(node.job, client, options.signal)) as RunValue;
    return value.summary;
  } catch (error) {
    const stored = await deps.store.getRun(runId);
    if (stored && stored.status !== "running") {
      // The last step closed the run and then failed to hand its value back: the row says how it went.
      summary.status = stored.status === "ok" || stored.status === "degraded" ? stored.status : "failed";
      summary.reason = stored.reason;
      summary.briefing = (await deps.store.getBriefing(options.date, deps.config.briefing.id))?.briefing;
      return summary;
    }
    failRun(summary, error, options.signal, log);
    await closeRun(deps, summary);
    return summary;
  }
}

/** The job's return value once it completes; its failure reason as an error once it fails for good. */
async function waitForJob(job: Job, client: QueueClient, signal?: AbortSignal): Promise<unknown> {
  const finished = job.waitUntilFinished(client.dayEvents);
  if (!signal) return await finished;
  signal.throwIfAborted();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason ?? new Error("cancelled"));
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([finished, aborted]);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`the run's flow failed: ${errorMessage(error)}`, { cause: error });
  } finally {
    signal.removeEventListener("abort", onAbort);
    finished.catch(() => undefined);
  }
}
