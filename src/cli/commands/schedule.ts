import type { Config } from "../../config/index.ts";
import { type ScheduleConfig, scheduleSchema } from "../../config/schedule-schema.ts";
import { publishDueDrafts } from "../../pipeline/publish-draft.ts";
import { dueJobs, type ScheduledJob, startScheduler } from "../../pipeline/scheduler.ts";
import { formatDateTime } from "../../time.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT } from "../handle-error.ts";
import { messagesOf } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";
import { createCliLogger, openPipeline } from "../open-pipeline.ts";
import { printSummary } from "../print-summary.ts";
import { buildRedactor } from "../redactor.ts";
import { runDays } from "../run-day.ts";
import { retryDueDeliveries } from "./schedule-retries.ts";
import { commandOf, lastRunFrom, type Shared, underLock, withStore } from "./schedule-shared.ts";

export { commandOf } from "./schedule-shared.ts";

export interface ScheduleCommandOptions {
  config?: string;
  /** Run what is due now (a missed firing of today, a due delivery retry) and exit. */
  once?: boolean;
}

/** The `schedule:` section, or its defaults while the main schema does not carry it yet. */
function scheduleOf(config: Config): ScheduleConfig {
  return (config as Config & { schedule?: ScheduleConfig }).schedule ?? scheduleSchema.parse({});
}

/** One scheduled run: under the run lock, through the same runDay as `daybrief run` (in process, or on the queue). */
async function runScheduledJob(s: Shared, job: ScheduledJob, date: string): Promise<boolean> {
  const { ctx, config } = s;
  const t = messagesOf(ctx);
  const result = await underLock(ctx, config, commandOf(job), async () => {
    const opened = await openPipeline(config, ctx, { quiet: true, logger: s.logger, redact: s.redact });
    try {
      const time = formatDateTime(ctx.now(), config.timezone);
      print(ctx.stdout, t("schedule.job", { time, name: job.name, kind: job.kind, date }));
      // Every briefing of the install (config `briefings`), or the job's own.
      const summaries = await runDays(opened.deps, {
        briefings: job.briefings,
        analysisFor: opened.analysisFor,
        date,
        command: commandOf(job),
        kind: job.kind,
        signal: ctx.signal,
      });
      for (const summary of summaries) printSummary(ctx, summary);
      return summaries.every((summary) => summary.status === "ok" || summary.status === "degraded");
    } finally {
      await opened.close();
    }
  });
  if (!result.ran) print(ctx.stderr, t("schedule.skipped", { name: job.name, date, holder: result.holder }));
  return result.ran && result.value;
}

/**
 * Drafts past publish.reviewDeadline (docs/review.md): under onDeadline "publish" they are published
 * as "deadline" (under the run lock, like a run); under "wait" they stay. Returns when the next
 * undecided draft falls due (onDeadline "publish"), so the scheduler wakes for it.
 */
async function publishDueReviewDrafts(s: Shared): Promise<Date | undefined> {
  const { ctx, config } = s;
  if (!config.publish.reviewDeadline || config.publish.onDeadline !== "publish") return undefined;
  const t = messagesOf(ctx);
  // Every briefing's undecided drafts (config `briefings`), so the scheduler wakes for each deadline.
  const drafts = await withStore(config, ctx, (store) => store.listDueDrafts());
  const now = ctx.now().getTime();
  const dueAt = drafts.flatMap((d) => (d.deadline ? [new Date(d.deadline)] : []));
  if (!dueAt.some((d) => d.getTime() <= now)) {
    return dueAt.sort((a, b) => a.getTime() - b.getTime())[0];
  }
  const result = await underLock(ctx, config, "publish:deadline", async () => {
    const opened = await openPipeline(config, ctx, { quiet: true, logger: s.logger, redact: s.redact });
    try {
      return await publishDueDrafts(opened.deps);
    } finally {
      await opened.close();
    }
  });
  if (!result.ran) {
    print(ctx.stderr, t("review.deadlineSkipped", { holder: result.holder }));
    return new Date(now + 60_000);
  }
  for (const p of result.value.published)
    print(ctx.stdout, t("review.deadlinePublished", { date: p.date, status: p.status }));
  return result.value.next;
}

/** How often the scheduler looks for a reviewed draft's undelivered parts when nothing else is due. */
const PUBLISH_POLL_MS = 5 * 60_000;

/** `daybrief schedule`: runs the configured jobs at their cron times until Ctrl-C (or once with --once). */
export async function scheduleCommand(ctx: CliContext, options: ScheduleCommandOptions): Promise<number> {
  const t = messagesOf(ctx);
  const config = loadCliConfig(ctx, options.config);
  const schedule = scheduleOf(config);
  const jobs: ScheduledJob[] = schedule.jobs;
  const timeZone = config.timezone;
  const redact = buildRedactor(config, ctx.env);
  const shared: Shared = { ctx, config, redact, logger: createCliLogger(ctx, redact, "info") };
  const lastRunFor = await lastRunFrom(config, ctx);

  if (options.once) {
    const due = dueJobs({ jobs, timeZone, lastRunFor }, ctx.now());
    let ok = true;
    for (const run of due) {
      if (ctx.signal?.aborted) break;
      ok = (await runScheduledJob(shared, run.job, run.date)) && ok;
    }
    // Retries of parts an earlier run could not deliver (a give-up is handled in the same call).
    let next = ctx.signal?.aborted ? undefined : await retryDueDeliveries(shared, jobs);
    if (next && next.getTime() <= ctx.now().getTime()) next = await retryDueDeliveries(shared, jobs);
    // Drafts nobody reviewed by publish.reviewDeadline (onDeadline: publish).
    if (!ctx.signal?.aborted) await publishDueReviewDrafts(shared);
    if (due.length === 0 && !next) print(ctx.stdout, t("schedule.nothingDue"));
    if (next)
      print(ctx.stdout, t("schedule.nextRetry", { time: formatDateTime(next, timeZone), zone: timeZone }));
    return ok ? EXIT.ok : EXIT.failed;
  }

  const scheduler = startScheduler({
    jobs,
    timeZone,
    now: ctx.now,
    logger: shared.logger,
    lastRunFor,
    catchUpOnStart: schedule.catchUpOnStart,
    runJob: async (job, date) => {
      await runScheduledJob(shared, job, date);
      const next = scheduler.nextRunAt();
      if (next)
        print(ctx.stdout, t("schedule.nextRun", { time: formatDateTime(next, timeZone), zone: timeZone }));
    },
    retryPending: () => retryDueDeliveries(shared, jobs),
    publishDueDrafts: () => publishDueReviewDrafts(shared),
    // With review on, drafts are published outside this loop (web, CLI): look for their undelivered parts.
    pollMs: config.publish.review ? PUBLISH_POLL_MS : undefined,
  });
  const next = scheduler.nextRunAt();
  const list = jobs.map((j) => `${j.name} "${j.cron}"`).join(", ");
  const nextText = next ? t("schedule.startedNext", { time: formatDateTime(next, timeZone) }) : "";
  print(ctx.stdout, t("schedule.started", { jobs: list, zone: timeZone, next: nextText }));
  await new Promise<void>((resolve) => {
    if (!ctx.signal) return; // no way to be stopped: stay until the process ends
    if (ctx.signal.aborted) resolve();
    else ctx.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await scheduler.stop();
  print(ctx.stdout, t("schedule.stopped"));
  return EXIT.ok;
}
