import type { FlowJob, JobsOptions } from "bullmq";
import type { QueueConfig } from "../config/index.ts";
import { type DayStep, jobIdOf, QUEUES, type RunRef, type RunRequest } from "./job-names.ts";

/**
 * Every job's options: attempts with exponential backoff (queue.attempts, queue.backoffMs), kept
 * a day once done (so a retried parent finds its children's ids taken, and `/metrics` shows them),
 * a week once failed (to be looked at).
 */
export function jobOptionsOf(queue: QueueConfig): JobsOptions {
  return {
    attempts: queue.attempts,
    backoff: { type: "exponential", delay: queue.backoffMs },
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** The day steps in flow order: each runs once the one before (its child) is done. */
export const DAY_STEPS: readonly DayStep[] = ["read-day", "dedup", "analyse-day", "publish", "deliver-day"];

/**
 * A run as a BullMQ flow (pure): deliver-day over publish over analyse-day over dedup over read-day
 * over one collect job per enabled source. BullMQ runs a parent only when its children are done, so
 * the steps run in order; read-day, analyse-day and deliver-day add their own children (pages,
 * articles, channels) once they know them. A child that fails for good fails its parents: the run.
 */
export function buildDayFlow(
  run: RunRef,
  request: RunRequest,
  sourceIds: readonly string[],
  options: JobsOptions,
): FlowJob {
  const opts = (id: string): JobsOptions => ({ ...options, jobId: id, failParentOnFailure: true });
  const collect: FlowJob[] = sourceIds.map((sourceId) => ({
    name: "collect",
    queueName: QUEUES.collect,
    data: { run, sourceId },
    opts: opts(jobIdOf(run, "collect", sourceId)),
  }));
  let node: FlowJob | undefined;
  for (const step of DAY_STEPS) {
    node = {
      name: step,
      queueName: QUEUES.day,
      data: { run, request },
      opts: opts(jobIdOf(run, step)),
      children: node ? [node] : collect,
    };
  }
  return node!;
}
