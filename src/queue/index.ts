/** L4.2: the work queue (BullMQ on Redis) that runs the pipeline's steps as jobs. Public surface. */
export { buildDayFlow, DAY_STEPS, jobOptionsOf } from "./day-flow.ts";
export { DEFAULT_BRIEFING, jobIdOf, QUEUE_NAMES, QUEUES, type QueueName, type RunRef } from "./job-names.ts";
export { createWorkerMetrics, renderMetrics, type WorkerMetrics } from "./metrics.ts";
export { type MetricsServer, startMetricsServer } from "./metrics-server.ts";
export { openQueueClient, type QueueClient } from "./queue-client.ts";
export { runBriefingsOnQueue, runDailyOnQueue } from "./run-on-queue.ts";
export { type RunningWorkers, startWorkers, type WorkerPipeline } from "./start-workers.ts";
