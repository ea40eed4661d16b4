import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Queue } from "bullmq";
import type { QueueName } from "./job-names.ts";
import { JOB_STATES, type JobState, renderMetrics, type WorkerMetrics } from "./metrics.ts";

export interface MetricsServer {
  /** http://HOST:PORT/metrics */
  url: string;
  close(): Promise<void>;
}

/**
 * The worker's `/metrics` (Prometheus text format): jobs by state per queue read from Redis at each
 * scrape, and this process's counters. Anything else is 404; a scrape that cannot reach Redis is 503.
 */
export async function startMetricsServer(options: {
  port: number;
  host: string;
  queues: Record<QueueName, Queue>;
  metrics: WorkerMetrics;
}): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" || path !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    collect(options).then(
      (text) => {
        res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" }).end(text);
      },
      (error: unknown) => {
        res
          .writeHead(503, { "content-type": "text/plain; charset=utf-8" })
          .end(`queue counts unavailable: ${error instanceof Error ? error.message : String(error)}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
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
