import { type Job, type JobsOptions, type Queue, UnrecoverableError, WaitingChildrenError } from "bullmq";
import type { Config } from "../config/index.ts";
import type { AnalysisInputs, PipelineDeps } from "../pipeline/deps.ts";
import type { RunContext, RunFailure } from "../pipeline/steps/run-context.ts";
import type { QueueName, RunRef } from "./job-names.ts";
import type { WorkerMetrics } from "./metrics.ts";
import type { HostGate } from "./shared-limits.ts";

/** What a worker's jobs share: the pipeline's deps, the queues to add children to, the shared limits. */
export interface JobContext {
  deps: PipelineDeps;
  config: Config;
  /**
   * Who analyses a run's articles: the LLM with a budget seeded from the run's stored usage (with
   * `config`, a briefing's: its own prompts when it has them).
   */
  analysisFor(run: RunRef, config?: Config): Promise<AnalysisInputs>;
  hostGate: HostGate;
  queues: Record<QueueName, Queue>;
  /** Attempts, backoff and retention of every job (queue.attempts, queue.backoffMs). */
  jobOptions: JobsOptions;
  metrics: WorkerMetrics;
  /** The host pacer's state is written and read back one job at a time (its counts are deltas). */
  hostStateLock: { run<T>(fn: () => Promise<T>): Promise<T> };
}

/** A job of a run that has ended (cancelled, interrupted, failed) is not done: it fails for good. */
export async function assertRunOpen(ctx: JobContext, run: RunRef): Promise<void> {
  const stored = await ctx.deps.store.getRun(run.runId);
  if (stored?.status !== "running")
    throw new UnrecoverableError(`run ${run.runId} is ${stored?.status ?? "gone"}: job not done`);
}

/** The run's context inside one job: its failures are the job's to hand on. */
export function runContextOf(run: RunRef, failures: RunFailure[], signal?: AbortSignal): RunContext {
  return { runId: run.runId, date: run.date, signal, failures };
}

/** One child job to add under a parent: its queue, id and data. */
export interface ChildJob {
  queue: QueueName;
  name: string;
  id: string;
  data: object;
}

/**
 * The step pattern for a job that fans out: its children are added (each id once: a retried parent
 * adds no second copy) and the job waits until they are done; BullMQ then runs it again, and this
 * returns so the caller can finish. `stage` in the job's data says how far it got.
 */
export async function fanOut(
  ctx: JobContext,
  job: Job,
  token: string | undefined,
  children: () => Promise<ChildJob[]>,
  /** The job's data to keep once its children are added (what made them need not stay in Redis). */
  keep: (data: Job["data"]) => object = (data) => data,
): Promise<void> {
  if (job.data.stage !== "waiting") {
    const parent = { id: job.id!, queue: job.queueQualifiedName };
    const byQueue = new Map<QueueName, ChildJob[]>();
    for (const child of await children()) {
      const list = byQueue.get(child.queue);
      if (list) list.push(child);
      else byQueue.set(child.queue, [child]);
    }
    for (const [queue, list] of byQueue)
      await ctx.queues[queue].addBulk(
        list.map((c) => ({
          name: c.name,
          data: c.data,
          opts: { ...ctx.jobOptions, jobId: c.id, parent, failParentOnFailure: true },
        })),
      );
    await job.updateData({ ...keep(job.data), stage: "waiting" });
  }
  if (await job.moveToWaitingChildren(token ?? "")) throw new WaitingChildrenError();
}

/** The return values of a job's children of one kind (each child's value says its kind). */
export async function childValues<T extends { kind: string }>(job: Job, kind: T["kind"]): Promise<T[]> {
  const values = Object.values(await job.getChildrenValues()) as { kind?: string }[];
  return values.filter((v): v is T => v?.kind === kind);
}
