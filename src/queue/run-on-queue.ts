import { Job } from "bullmq";
import { sourcesOfBriefings } from "../config/index.ts";
import { errorMessage } from "../errors.ts";
import { briefingIdOf } from "../model/briefing-id.ts";
import type { Source } from "../model/source.ts";
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
import type { DayValue, RunValue } from "./day-jobs.ts";
import { jobIdOf, type RunRef, type RunRequest } from "./job-names.ts";
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
  day: DayOfBriefings = {},
): Promise<RunSummary> {
  const runId = await startRun(deps, options);
  const log = deps.logger.child({ run_id: runId, date: options.date });
  const summary: RunSummary = { runId, date: options.date, status: "ok", outputs: {}, failures: [] };
  const run: RunRef = {
    runId,
    date: options.date,
    briefing: briefingIdOf(deps.config.briefing.id),
    ...(day.read && !day.given ? { shared: [...day.read.briefings] } : {}),
  };
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
      ...(day.given ? { sharedFrom: day.given } : {}),
    };
    // Given the day, nothing to collect; reading several briefings' day, the union of their sources.
    const sources = day.given
      ? []
      : (day.read?.sources ?? deps.config.sources).filter((s) => s.enabled).map((s) => s.id);
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

/** How a briefing's flow gets its day when several briefings run (config `briefings`). */
export interface DayOfBriefings {
  /** Collect and read these briefings' sources (their union) once, for them all. */
  read?: { briefings: readonly string[]; sources: readonly Source[] };
  /** The run whose flow read the day (its read-day's value, in Redis): nothing is fetched. */
  given?: RunRef;
}

/**
 * The day's runs of several briefings on the queue (config `briefings`; `ids` in order), as
 * pipeline/run-briefings.ts runs them in process: the first briefing's flow collects and reads the
 * union of their sources once (a feed or page two briefings want is fetched once); each later
 * briefing's flow is given that day (read-day's value) and fetches nothing. Should the first flow
 * fail before its day is read, the next one reads the union of those left.
 */
export async function runBriefingsOnQueue(
  install: PipelineDeps,
  client: QueueClient,
  ids: readonly string[],
  depsOf: (id: string) => PipelineDeps,
  options: RunOptions,
): Promise<RunSummary[]> {
  const summaries: RunSummary[] = [];
  let given: RunRef | undefined;
  for (const [i, id] of ids.entries()) {
    if (options.signal?.aborted) break;
    const rest = ids.slice(i);
    const day: DayOfBriefings = given
      ? { given }
      : rest.length > 1
        ? { read: { briefings: rest, sources: sourcesOfBriefings(install.config, rest) } }
        : {};
    const summary = await runDailyOnQueue(depsOf(id), client, options, day);
    summaries.push(summary);
    if (!given && day.read)
      given = await dayReadBy(client, { runId: summary.runId, date: options.date, briefing: id });
  }
  return summaries;
}

/**
 * The run, when its read-day step handed the whole day on (its value, kept a day in Redis): only
 * the key goes to the later flows, which read the day from there (read-day-job.ts's sharedDayOf).
 */
async function dayReadBy(client: QueueClient, run: RunRef): Promise<RunRef | undefined> {
  const job = await Job.fromId<unknown, DayValue>(client.queues.day, jobIdOf(run, "read-day"));
  return job?.returnvalue?.shared ? run : undefined;
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
