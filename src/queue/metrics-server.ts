import type { Queue } from "bullmq";
import { type MetricsServer, startMetricsServer as startEndpoint } from "../http/metrics-server.ts";
import type { QueueName } from "./job-names.ts";
import { JOB_STATES, type JobState, renderMetrics, type WorkerMetrics } from "./metrics.ts";

export type { MetricsServer };

/**
 * The worker's `/metrics` (Prometheus text format): jobs by state per queue read from Redis at each
 * scrape, and this process's counters. A scrape that cannot reach Redis is 503.
 */
export function startMetricsServer(options: {
  port: number;
  host: string;
  queues: Record<QueueName, Queue>;
  metrics: WorkerMetrics;
}): Promise<MetricsServer> {
  return startEndpoint({ port: options.port, host: options.host, render: () => collect(options) });
}

async function collect(options: {
  queues: Record<QueueName, Queue>;
  metrics: WorkerMetrics;
}): Promise<string> {
  const jobCounts: Partial<Record<QueueName, Partial<Record<JobState, number>>>> = {};
  for (const [name, queue] of Object.entries(options.queues) as [QueueName, Queue][])
    jobCounts[name] = (await queue.getJobCounts(...JOB_STATES)) as Partial<Record<JobState, number>>;
  const workers = (await options.queues.day.getWorkers()).length;
  return renderMetrics({ jobCounts, worker: options.metrics, workers });
}
