import { createExposition, sample } from "../http/prometheus-text.ts";
import type { QueueName } from "./job-names.ts";

/** Job states BullMQ counts per queue (Queue.getJobCounts). */
export const JOB_STATES = [
  "waiting",
  "active",
  "delayed",
  "prioritized",
  "waiting-children",
  "completed",
  "failed",
] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * What one worker process counts since it started (Prometheus counters: a scrape of every worker,
 * summed, is the install's total). Job states are read from Redis at scrape time instead: they are
 * the queues', not the process's.
 */
export interface WorkerMetrics {
  jobsProcessed: Map<string, number>;
  llmTokens: { prompt: number; completion: number };
  llmCalls: Map<string, number>;
  fetchErrors: Map<string, number>;
  jobDone(queue: QueueName, outcome: "completed" | "failed"): void;
  llmCall(call: {
    provider: string;
    ok: boolean;
    usage?: { promptTokens: number; completionTokens: number };
  }): void;
  fetchError(kind: "feed" | "page"): void;
}

export function createWorkerMetrics(): WorkerMetrics {
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const metrics: WorkerMetrics = {
    jobsProcessed: new Map(),
    llmTokens: { prompt: 0, completion: 0 },
    llmCalls: new Map(),
    fetchErrors: new Map(),
    jobDone: (queue, outcome) => bump(metrics.jobsProcessed, `${queue}\u0000${outcome}`),
    llmCall: (call) => {
      bump(metrics.llmCalls, `${call.provider}\u0000${call.ok ? "ok" : "error"}`);
      metrics.llmTokens.prompt += call.usage?.promptTokens ?? 0;
      metrics.llmTokens.completion += call.usage?.completionTokens ?? 0;
    },
    fetchError: (kind) => bump(metrics.fetchErrors, kind),
  };
  return metrics;
}

/**
 * The Prometheus text exposition (version 0.0.4): jobs by state per queue (gauges, from Redis),
 * and this worker's jobs processed, LLM calls and tokens, and fetch errors (counters).
 */
export function renderMetrics(input: {
  jobCounts: Partial<Record<QueueName, Partial<Record<JobState, number>>>>;
  worker: WorkerMetrics;
  workers?: number;
}): string {
  const { family, text } = createExposition();
  family(
    "daybrief_queue_jobs",
    "gauge",
    "Jobs in each state, per queue (read from Redis at scrape time).",
    Object.entries(input.jobCounts).flatMap(([queue, counts]) =>
      JOB_STATES.map((state) => sample("daybrief_queue_jobs", { queue, state }, counts?.[state] ?? 0)),
    ),
  );
  const split = (key: string) => key.split("\u0000") as [string, string];
  family(
    "daybrief_worker_jobs_total",
    "counter",
    "Jobs this worker finished, per queue and outcome.",
    [...input.worker.jobsProcessed].map(([key, n]) => {
      const [queue, outcome] = split(key);
      return sample("daybrief_worker_jobs_total", { queue, outcome }, n);
    }),
  );
  family(
    "daybrief_llm_calls_total",
    "counter",
    "LLM calls this worker made, per provider and outcome.",
    [...input.worker.llmCalls].map(([key, n]) => {
      const [provider, outcome] = split(key);
      return sample("daybrief_llm_calls_total", { provider, outcome }, n);
    }),
  );
  family("daybrief_llm_tokens_total", "counter", "LLM tokens this worker spent, prompt and completion.", [
    sample("daybrief_llm_tokens_total", { kind: "prompt" }, input.worker.llmTokens.prompt),
    sample("daybrief_llm_tokens_total", { kind: "completion" }, input.worker.llmTokens.completion),
  ]);
  family(
    "daybrief_fetch_errors_total",
    "counter",
    "Feeds and pages this worker could not fetch.",
    (["feed", "page"] as const).map((kind) =>
      sample("daybrief_fetch_errors_total", { kind }, input.worker.fetchErrors.get(kind) ?? 0),
    ),
  );
  if (input.workers !== undefined)
    family("daybrief_queue_workers", "gauge", "Workers connected to the day queue.", [
      sample("daybrief_queue_workers", {}, input.workers),
    ]);
  return text();
}
