import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Config } from "../../config/index.ts";
import { type ScheduleConfig, scheduleSchema } from "../../config/schedule-schema.ts";
import { createLogger, type Logger } from "../../log.ts";
import { runDaily } from "../../pipeline/run-daily.ts";
import { acquireRunLock } from "../../pipeline/run-lock.ts";
import { dueJobs, type ScheduledJob, startScheduler } from "../../pipeline/scheduler.ts";
import { openStore } from "../../store/index.ts";
import { formatDateTime } from "../../time.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT } from "../handle-error.ts";
import { loadCliConfig } from "../load.ts";
import { logLevelOf, openPipeline } from "../open-pipeline.ts";
import { printSummary } from "../print-summary.ts";

export interface ScheduleCommandOptions {
  config?: string;
  /** Run what is due now (a missed firing of today) and exit, instead of staying in the foreground. */
  once?: boolean;
}

/** The `schedule:` section, or its defaults while the main schema does not carry it yet. */
function scheduleOf(config: Config): ScheduleConfig {
  return (config as Config & { schedule?: ScheduleConfig }).schedule ?? scheduleSchema.parse({});
}

/** How a scheduled run names itself in the runs table (and how catch-up recognises it). */
export const commandOf = (job: ScheduledJob) => `schedule:${job.name}`;

/**
 * When this job last ran successfully for `date`: its own runs, and for the briefing kind also a
 * manual `daybrief run` (which builds the same thing).
 */
function lastRunFrom(config: Config): (job: ScheduledJob, date: string) => string | undefined {
  return (job, date) => {
    mkdirSync(dirname(config.store.path), { recursive: true });
    const store = openStore(config.store.path);
    try {
      const accepted = new Set([commandOf(job), ...(job.kind === "briefing" ? ["run"] : [])]);
      return store
        .listRuns(500)
        .filter((r) => r.date === date && r.status === "ok" && accepted.has(r.command))
        .map((r) => r.startedAt)
        .sort()
        .at(-1);
    } finally {
      store.close();
    }
  };
}

/** One scheduled run: under the lock beside the store, through the same runDaily as `daybrief run`. */
async function runScheduledJob(
  ctx: CliContext,
  config: Config,
  logger: Logger,
  job: ScheduledJob,
  date: string,
): Promise<boolean> {
  const lock = acquireRunLock(`${config.store.path}.lock`, { command: commandOf(job), now: ctx.now });
  if (!lock.acquired) {
    const o = lock.owner;
    print(
      ctx.stderr,
      `${job.name} ${date}: skipped, another run holds the lock (pid ${o.pid} on ${o.host} since ${o.since})`,
    );
    return false;
  }
  let opened: ReturnType<typeof openPipeline> | undefined;
  try {
    // Opened under the lock's try, so a failure here (a missing key, a prompt file) releases it.
    opened = openPipeline(config, ctx, { quiet: true, logger });
    print(ctx.stdout, `${formatDateTime(ctx.now(), config.timezone)} ${job.name} (${job.kind}) → ${date}`);
    const summary = await runDaily(opened.deps, {
      date,
      command: commandOf(job),
      kind: job.kind,
      signal: ctx.signal,
    });
    printSummary(ctx, summary);
    return summary.status === "ok";
  } finally {
    opened?.close();
    lock.release();
  }
}

/** `daybrief schedule`: runs the configured jobs at their cron times until Ctrl-C (or once with --once). */
export async function scheduleCommand(ctx: CliContext, options: ScheduleCommandOptions): Promise<number> {
  const config = loadCliConfig(ctx, options.config);
  const schedule = scheduleOf(config);
  const jobs: ScheduledJob[] = schedule.jobs;
  const timeZone = config.timezone;
  const logger = createLogger({
    level: logLevelOf(ctx, "info"),
    destination: ctx.stderr,
  });
  const lastRunFor = lastRunFrom(config);

  if (options.once) {
    const due = dueJobs({ jobs, timeZone, lastRunFor }, ctx.now());
    if (due.length === 0) print(ctx.stdout, "nothing due");
    let ok = true;
    for (const run of due) {
      if (ctx.signal?.aborted) break;
      ok = (await runScheduledJob(ctx, config, logger, run.job, run.date)) && ok;
    }
    return ok ? EXIT.ok : EXIT.failed;
  }

  const scheduler = startScheduler({
    jobs,
    timeZone,
    now: ctx.now,
    logger,
    lastRunFor,
    catchUpOnStart: schedule.catchUpOnStart,
    runJob: async (job, date) => {
      await runScheduledJob(ctx, config, logger, job, date);
      const next = scheduler.nextRunAt();
      if (next) print(ctx.stdout, `next run: ${formatDateTime(next, timeZone)} (${timeZone})`);
    },
  });
  const next = scheduler.nextRunAt();
  print(
    ctx.stdout,
    `daybrief schedule: ${jobs.map((j) => `${j.name} "${j.cron}"`).join(", ")} in ${timeZone}` +
      (next ? `; next run ${formatDateTime(next, timeZone)}` : ""),
  );
  await new Promise<void>((resolve) => {
    if (!ctx.signal) return; // no way to be stopped: stay until the process ends
    if (ctx.signal.aborted) resolve();
    else ctx.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await scheduler.stop();
  print(ctx.stdout, "daybrief schedule: stopped");
  return EXIT.ok;
}
