import { type Job, Worker } from "bullmq";
import { BudgetTracker } from "../analyse/llm/index.ts";
import { createSemaphore } from "../async/concurrency.ts";
import { type Config, type QueueConfig, sourcesOfBriefings } from "../config/index.ts";
import type { LlmProviderConfig } from "../config/llm-schema.ts";
import type { RateLimiter } from "../llm/index.ts";
import type { Logger } from "../log.ts";
import type { Analyser } from "../model/analysis.ts";
import type { AnalysisInputs, PipelineDeps } from "../pipeline/deps.ts";
import { depsForBriefing, hasOwnPrompts } from "../pipeline/run-briefings.ts";
import { jobOptionsOf } from "./day-flow.ts";
import { analyseDayJob, dedupJob, deliverDayJob, publishJob, readDayJob } from "./day-jobs.ts";
import { analyseArticleJob, collectJob, deliverChannelJob, readPageJob } from "./item-jobs.ts";
import type { JobContext } from "./job-context.ts";
import { type JobData, QUEUE_NAMES, QUEUES, type QueueName, type RunRef } from "./job-names.ts";
import type { WorkerMetrics } from "./metrics.ts";
import { openQueueClient, openRedis, type QueueClient } from "./queue-client.ts";
import { createHostGate, createSharedLlmLimiter } from "./shared-limits.ts";
import { createTokenBuckets } from "./token-buckets.ts";

/** The pipeline a worker runs with, opened by the entry point (store, HTTP, analysers, logger). */
export interface WorkerPipeline {
  deps: PipelineDeps;
  /** The LLM analyser with a given budget; undefined when the config has no `llm` section. */
  llmWithBudget?: (budget: BudgetTracker) => Analyser;
  /** The same for a briefing's config with prompts of its own (config `briefings[].prompts`). */
  llmWithBudgetFor?: (config: Config) => ((budget: BudgetTracker) => Analyser) | undefined;
  close(): Promise<void>;
}

export interface StartWorkersOptions {
  config: Config & { queue: { url: string } };
  /** Jobs at once, per queue. */
  concurrency: number;
  logger: Logger;
  metrics: WorkerMetrics;
  /** Opens the pipeline with the given shared LLM limiter (one per provider id). */
  openPipeline(limiterFor: (provider: LlmProviderConfig) => RateLimiter): Promise<WorkerPipeline>;
  /** Told each time a job starts (logs, tests that kill a worker mid-job). */
  onJobStart?: (queue: QueueName, job: Job) => void;
}

export interface RunningWorkers {
  client: QueueClient;
  /**
   * Stops taking jobs and lets the current ones finish; after `graceMs` the rest are aborted, so
   * BullMQ retries them elsewhere (with backoff) instead of waiting for their locks to expire.
   */
  close(graceMs: number): Promise<{ aborted: number }>;
}

/**
 * A worker process: one BullMQ Worker per queue on one Redis, each running `concurrency` jobs at a
 * time. A job's lock is renewed while it runs; a worker killed with -9 stops renewing it, and after
 * queue.lockMs another worker takes the job again (BullMQ's stalled-job check) — the jobs are
 * idempotent by the store's keys, so nothing is analysed or sent twice.
 */
export async function startWorkers(options: StartWorkersOptions): Promise<RunningWorkers> {
  const { config, logger, metrics } = options;
  const client = await openQueueClient(config.queue);
  const buckets = createTokenBuckets(client.connection, { prefix: `${config.queue.prefix}:limits` });
  let pipeline: WorkerPipeline;
  try {
    const limiters = new Map<string, RateLimiter>();
    pipeline = await options.openPipeline((provider) => {
      const limiter = limiters.get(provider.id) ?? createSharedLlmLimiter(buckets, provider);
      limiters.set(provider.id, limiter);
      return limiter;
    });
  } catch (error) {
    await client.close();
    throw error;
  }
  const { deps } = pipeline;
  const ownLlm = new Map<string, ((budget: BudgetTracker) => Analyser) | undefined>();
  const stateLock = createSemaphore(1);
  const ctx: JobContext = {
    deps,
    config,
    analysisFor: (run, own) => analysisFor(pipeline, run, own, ownLlm),
    hostGate: createHostGate(buckets, config),
    queues: client.queues,
    jobOptions: jobOptionsOf(config.queue),
    metrics,
    hostStateLock: {
      async run(fn) {
        const release = await stateLock.acquire();
        try {
          return await fn();
        } finally {
          release();
        }
      },
    },
  };
  const active = new Set<AbortController>();
  // Each job works for the briefing its run builds (config `briefings`): that briefing's config.
  const ctxOf = (job: Job) => briefingContext(ctx, (job.data as Partial<JobData>).run?.briefing);
  // Collecting and reading for several briefings' day: the union of their sources.
  const readerOf = (job: Job) => dayReaderContext(ctx, (job.data as Partial<JobData>).run);
  const handlers: Record<
    QueueName,
    (job: Job, token: string | undefined, signal: AbortSignal) => Promise<unknown>
  > = {
    [QUEUES.collect]: (job, _token, signal) => collectJob(readerOf(job), job, signal),
    [QUEUES.read]: (job, _token, signal) => readPageJob(readerOf(job), job, signal),
    [QUEUES.analyse]: (job, _token, signal) => analyseArticleJob(ctxOf(job), job, signal),
    [QUEUES.deliver]: (job, _token, signal) => deliverChannelJob(ctxOf(job), job, signal),
    [QUEUES.day]: (job, token, signal) => {
      switch (job.name) {
        case "read-day":
          return readDayJob(ctxOf(job), job, token, signal, readerOf(job));
        case "dedup":
          return dedupJob(ctxOf(job), job, signal);
        case "analyse-day":
          return analyseDayJob(ctxOf(job), job, token);
        case "publish":
          return publishJob(ctxOf(job), job);
        case "deliver-day":
          return deliverDayJob(ctxOf(job), job, token);
        default:
          throw new Error(`unknown day step "${job.name}"`);
      }
    },
  };
  // BullMQ never closes a connection it was given: the workers' own are closed by close().
  const connections = QUEUE_NAMES.map(() => openRedis(config.queue.url));
  const workers = QUEUE_NAMES.map((queue, i) => {
    const worker = new Worker(
      queue,
      async (job, token) => {
        const controller = new AbortController();
        active.add(controller);
        options.onJobStart?.(queue, job);
        try {
          return await handlers[queue](job, token, controller.signal);
        } finally {
          active.delete(controller);
        }
      },
      {
        connection: connections[i]!,
        prefix: config.queue.prefix,
        concurrency: options.concurrency,
        lockDuration: lockOf(queue, config.queue),
        stalledInterval: config.queue.lockMs,
        // A job whose worker died twice is worth one more try, not an endless loop.
        maxStalledCount: 2,
        name: `${process.pid}`,
      },
    );
    worker.on("completed", () => metrics.jobDone(queue, "completed"));
    worker.on("failed", (job, error) => {
      // WaitingChildrenError is the step pattern's pause, not a failure (BullMQ does not emit it).
      metrics.jobDone(queue, "failed");
      logger.warn({ queue, job_id: job?.id, attempts: job?.attemptsMade, err: error.message }, "job failed");
    });
    worker.on("error", (error) => logger.error({ queue, err: error.message }, "worker error"));
    return worker;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  return {
    client,
    async close(graceMs) {
      const closing = Promise.all(workers.map((w) => w.close()));
      let timer: NodeJS.Timeout | undefined;
      const late = await Promise.race([
        closing.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), graceMs);
        }),
      ]);
      clearTimeout(timer);
      const aborted = late ? active.size : 0;
      if (late) {
        for (const controller of active) controller.abort(new Error("worker shutting down"));
        await closing;
      }
      for (const connection of connections) connection.disconnect();
      await pipeline.close();
      await client.close();
      return { aborted };
    },
  };
}

/**
 * A job's lock on its queue. BullMQ renews it on a timer, which waits while the worker's one thread
 * is busy: the day's own steps are single jobs of CPU work that grows with the day (publish verifies
 * every entry: ~15 s of CPU at 10,000 articles, far longer on a loaded machine), so they get
 * queue.stepLockMs instead of queue.lockMs, or a long step is taken for a dead worker's, run again
 * elsewhere and, the third time, failed — and the run with it.
 */
export function lockOf(queue: QueueName, config: QueueConfig): number {
  return queue === QUEUES.day ? Math.max(config.lockMs, config.stepLockMs) : config.lockMs;
}

/**
 * A run's analysers in this worker: the configured LLM with the run's budget, its spending seeded
 * from the usage every worker has stored for the run (so the budget is shared, not per process),
 * and the offline analyser standing in. Without an `llm` section, the offline analyser alone. A
 * briefing with prompts of its own (`own`: its config) is analysed with them, as in process —
 * its own prompt version, so its own stored analyses (opened once per briefing, in `cache`).
 */
export async function analysisFor(
  pipeline: WorkerPipeline,
  run: RunRef,
  own: Config | undefined,
  cache: Map<string, ((budget: BudgetTracker) => Analyser) | undefined>,
): Promise<AnalysisInputs> {
  const { deps } = pipeline;
  let { llmWithBudget } = pipeline;
  if (!llmWithBudget || !deps.config.llm) return deps.analysis;
  if (own && pipeline.llmWithBudgetFor && hasOwnPrompts(deps.config, own)) {
    if (!cache.has(run.briefing)) cache.set(run.briefing, pipeline.llmWithBudgetFor(own));
    llmWithBudget = cache.get(run.briefing) ?? llmWithBudget;
  }
  const budget = new BudgetTracker(deps.config.llm.budget);
  // Without a cap nothing reads the spending: no sum over the run's usage (one per job, growing with the run).
  const { maxCost, maxTokens } = budget.limits;
  if (maxCost === undefined && maxTokens === undefined)
    return { primary: llmWithBudget(budget), fallback: deps.analysis.fallback, budget };
  const used = await deps.store.sumUsageForRun(run.runId);
  budget.calls = used.calls;
  budget.spentTokens = used.promptTokens + used.completionTokens;
  const [currency, cost] = Object.entries(used.costByCurrency)[0] ?? [];
  budget.spentCost = cost ?? 0;
  budget.currency = currency;
  return { primary: llmWithBudget(budget), fallback: deps.analysis.fallback, budget };
}

/**
 * A job's context for the briefing its run builds: that briefing's config and deps (its sources,
 * channels, title, output folder), so what it stores is keyed by the briefing id. A config without
 * `briefings` has only `default`, whose context is the worker's own.
 */
export function briefingContext(ctx: JobContext, briefing: string | undefined): JobContext {
  if (briefing === undefined || !ctx.config.briefings) return ctx;
  const deps = depsForBriefing(ctx.deps, briefing);
  return { ...ctx, deps, config: deps.config, analysisFor: (run) => ctx.analysisFor(run, deps.config) };
}

/**
 * The context a collect, read or read-day job works in: its briefing's, or for a run that reads
 * several briefings' day (RunRef.shared) the install's with the union of their sources — as
 * pipeline/run-briefings.ts reads it in process.
 */
export function dayReaderContext(ctx: JobContext, run: RunRef | undefined): JobContext {
  if (!run?.shared || !ctx.config.briefings) return briefingContext(ctx, run?.briefing);
  const config = { ...ctx.config, sources: sourcesOfBriefings(ctx.config, run.shared) };
  return { ...ctx, config, deps: { ...ctx.deps, config } };
}
