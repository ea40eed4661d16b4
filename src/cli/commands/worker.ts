import { UsageError } from "../../errors.ts";
import type { QueueName } from "../../queue/index.ts";
import { createWorkerMetrics, QUEUE_NAMES, startMetricsServer, startWorkers } from "../../queue/index.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf, type Translate } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";
import { createCliLogger, openPipeline } from "../open-pipeline.ts";
import { buildRedactor } from "../redactor.ts";

export interface WorkerCommandOptions {
  config?: string;
  concurrency?: string;
  metricsPort?: string;
  metricsHost?: string;
  graceSeconds?: string;
}

function wholeNumber(
  t: Translate,
  option: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback: number,
) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(t("worker.badNumber", { option, value, min, max }));
  return Number(value);
}

/**
 * `daybrief worker`: processes the work queue's jobs (queue.url) until Ctrl-C or SIGTERM, then lets
 * the current jobs finish (at most --grace-seconds) and hands the rest back to the queue.
 */
export async function workerCommand(ctx: CliContext, options: WorkerCommandOptions): Promise<number> {
  const t = messagesOf(ctx);
  const concurrency = wholeNumber(t, "--concurrency", options.concurrency, 1, 64, 4);
  const metricsPort =
    options.metricsPort === undefined
      ? undefined
      : wholeNumber(t, "--metrics-port", options.metricsPort, 0, 65_535, 0);
  const graceSeconds = wholeNumber(t, "--grace-seconds", options.graceSeconds, 0, 3600, 25);
  const config = loadCliConfig(ctx, options.config);
  const url = config.queue.url;
  if (!url) throw new UsageError(t("worker.noQueue"));
  const redact = buildRedactor(config, ctx.env);
  const logger = createCliLogger(ctx, redact, "info");
  const metrics = createWorkerMetrics();
  const running = await startWorkers({
    config: { ...config, queue: { ...config.queue, url } },
    concurrency,
    logger,
    metrics,
    openPipeline: (limiterFor) =>
      openPipeline(config, ctx, { quiet: true, logger, redact, limiterFor, onLlmCall: metrics.llmCall }),
    onJobStart: (queue: QueueName, job) =>
      logger.debug({ queue, job: job.name, job_id: job.id, attempt: job.attemptsStarted }, "job started"),
  });
  let server: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  try {
    if (metricsPort !== undefined)
      server = await startMetricsServer({
        port: metricsPort,
        host: options.metricsHost ?? "127.0.0.1",
        queues: running.client.queues,
        metrics,
      });
    print(ctx.stdout, t("worker.ready", { pid: process.pid, queues: QUEUE_NAMES.join(", "), concurrency }));
    if (server) print(ctx.stdout, t("worker.metrics", { url: server.url }));
    await untilAborted(ctx.signal);
    print(ctx.stdout, t("worker.stopping", { seconds: graceSeconds }));
  } finally {
    await server?.close();
    const { aborted } = await running.close(graceSeconds * 1000);
    print(ctx.stdout, aborted > 0 ? t("worker.released", { count: aborted }) : t("worker.stopped"));
  }
  return 0;
}

function untilAborted(signal?: AbortSignal): Promise<void> {
  if (!signal) return new Promise<void>(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
