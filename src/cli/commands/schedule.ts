import type { Config } from "../../config/index.ts";
import { briefingIdsOf } from "../../config/index.ts";
import { type ScheduleConfig, scheduleSchema } from "../../config/schedule-schema.ts";
import { errorMessage } from "../../errors.ts";
import type { Logger } from "../../log.ts";
import { briefingIdOf } from "../../model/briefing-id.ts";
import type { Redactor } from "../../model/redact.ts";
import { sendTextToChannel } from "../../pipeline/deliver-channels.ts";
import { publishDueDrafts } from "../../pipeline/publish-draft.ts";
import {
  DEFAULT_RETRY_POLICY,
  deliveryHistoryOf,
  planDeliveryRetry,
  recordGiveUp,
  retryDeliveries,
} from "../../pipeline/retry-deliveries.ts";
import { depsForBriefing } from "../../pipeline/run-briefings.ts";
import { acquireRunLock } from "../../pipeline/run-lock.ts";
import { dueJobs, type ScheduledJob, startScheduler } from "../../pipeline/scheduler.ts";
import type { Run } from "../../store/index.ts";
import { openConfiguredStore, type Store } from "../../store/index.ts";
import { addDays, dayOf, formatDateTime } from "../../time.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT } from "../handle-error.ts";
import { messagesOf } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";
import { createCliLogger, openPipeline } from "../open-pipeline.ts";
import { printSummary } from "../print-summary.ts";
import { buildRedactor } from "../redactor.ts";
import { runDays } from "../run-day.ts";

export interface ScheduleCommandOptions {
  config?: string;
  /** Run what is due now (a missed firing of today, a due delivery retry) and exit. */
  once?: boolean;
}

/** The `schedule:` section, or its defaults while the main schema does not carry it yet. */
function scheduleOf(config: Config): ScheduleConfig {
  return (config as Config & { schedule?: ScheduleConfig }).schedule ?? scheduleSchema.parse({});
}

/** How a scheduled run names itself in the runs table (and how catch-up recognises it). */
export const commandOf = (job: ScheduledJob) => `schedule:${job.name}`;

/** The commands whose runs build what this job builds: its own, and a manual `daybrief run` for briefings. */
const commandsOf = (job: ScheduledJob) => [commandOf(job), ...(job.kind === "briefing" ? ["run"] : [])];

async function withStore<T>(config: Config, ctx: CliContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openConfiguredStore(config.store, { now: ctx.now });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * When this job last ran for `date`: its own runs, and for the briefing kind also a manual
 * `daybrief run`. A degraded run counts (its missing parts are retried, not the whole run).
 * Read once, when the scheduler starts (the only time it asks: catch-up of missed runs).
 */
async function lastRunFrom(
  config: Config,
  ctx: CliContext,
): Promise<(job: ScheduledJob, date: string) => string | undefined> {
  const runs = await withStore(config, ctx, (store) => store.listRuns(500));
  return (job, date) => {
    const accepted = new Set(commandsOf(job));
    return runs
      .filter(
        (r) => r.date === date && (r.status === "ok" || r.status === "degraded") && accepted.has(r.command),
      )
      .map((r) => r.startedAt)
      .sort()
      .at(-1);
  };
}

/** Runs `fn` under the run lock (in the store); undefined when another process holds it. */
async function underLock<T>(
  ctx: CliContext,
  config: Config,
  command: string,
  fn: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false; holder: string }> {
  const lockStore = await openConfiguredStore(config.store, { now: ctx.now });
  const lock = await acquireRunLock(lockStore, { command, now: ctx.now });
  if (!lock.acquired) {
    await lockStore.close();
    const o = lock.owner;
    return {
      ran: false,
      holder: messagesOf(ctx)("schedule.holder", { pid: o.pid, host: o.host, since: o.since }),
    };
  }
  try {
    return { ran: true, value: await fn() };
  } finally {
    await lock.release();
    await lockStore.close();
  }
}

interface Shared {
  ctx: CliContext;
  config: Config;
  logger: Logger;
  redact: Redactor;
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
 * The delivery retries that are due now, for each briefing job's day: re-sends only the missing
 * parts, or gives up with an alert once the retries are spent. Prints one line per action and
 * returns when the next retry is due.
 */
async function retryDueDeliveries(s: Shared, jobs: readonly ScheduledJob[]): Promise<Date | undefined> {
  const { ctx, config } = s;
  let next: Date | undefined;
  const sooner = (at: Date | undefined) => {
    if (at && (!next || at < next)) next = at;
  };
  const seen = new Set<string>();
  // Per briefing of the install (config `briefings`): each has its own runs and delivery log.
  const pairs = jobs.flatMap((job) =>
    (job.briefings ?? briefingIdsOf(config)).map((id) => [job, id] as const),
  );
  for (const [job, briefing] of pairs) {
    if (job.kind !== "briefing") continue; // an update's parts are rebuilt by the next update
    const date = addDays(dayOf(ctx.now(), config.timezone), job.dateOffset);
    if (seen.has(`${briefing} ${date}`)) continue;
    seen.add(`${briefing} ${date}`);
    sooner(await retryDueDay(s, briefing, date, commandOf(job), commandsOf(job)));
  }
  // A reviewed draft's publication (command "publish": the web's Publish, `daybrief review
  // --publish`, the deadline) of a recent day, other than an update's: its missing parts are
  // retried the same way, through the same delivery log (docs/guarantees.md: a part recorded
  // "sending" is an unknown outcome and is sent at most once more).
  const today = dayOf(ctx.now(), config.timezone);
  const recent = new Set([today, addDays(today, -1)]);
  const published = await withStore(config, ctx, async (store) => {
    const kept: Array<[briefing: string, date: string]> = [];
    const runs = (await store.listRuns(500)).filter((r) => r.command === "publish" && recent.has(r.date));
    const pairs = new Set(runs.map((r) => `${briefingIdOf(r.briefingId)} ${r.date}`));
    for (const pair of pairs) {
      const [briefing, date] = pair.split(" ") as [string, string];
      if ((await store.getDraft(date, briefing))?.kind !== "update") kept.push([briefing, date]);
    }
    return kept;
  });
  for (const [briefing, date] of published)
    sooner(await retryDueDay(s, briefing, date, "publish", ["publish"]));
  return next;
}

/**
 * One day's delivery retry, when due: re-sends only the missing parts of the runs named `commands`
 * (recorded as `retry:<command>`), or gives up with an alert once the retries are spent. Prints one
 * line per action and returns when the next retry of the day is due.
 */
async function retryDueDay(
  s: Shared,
  briefing: string,
  date: string,
  command: string,
  commands: readonly string[],
): Promise<Date | undefined> {
  const { ctx, config } = s;
  const t = messagesOf(ctx);
  // Each briefing of the install (config `briefings`) has its own runs and delivery log.
  const runsOf = (runs: Run[]) => runs.filter((r) => briefingIdOf(r.briefingId) === briefing);
  const history = await withStore(config, ctx, async (store) =>
    deliveryHistoryOf(runsOf(await store.listRuns(500)), date, commands),
  );
  const plan = planDeliveryRetry(history, DEFAULT_RETRY_POLICY, ctx.now(), config.timezone);
  if (plan.action === "wait") return plan.at;
  if (plan.action === "none") return undefined;
  const max = DEFAULT_RETRY_POLICY.delaysMs.length;
  const outcome = await underLock(ctx, config, `retry:${command}`, async () => {
    const opened = await openPipeline(config, ctx, { quiet: true, logger: s.logger, redact: s.redact });
    try {
      const deps = depsForBriefing(opened.deps, briefing);
      if (plan.action === "give-up") {
        const text = await recordGiveUp(deps, {
          date,
          command,
          retries: plan.retries,
          undelivered: history?.undelivered ?? 0,
        });
        let alert = t("schedule.noAlertChannel");
        if (config.health.alertChannel) {
          alert = await sendTextToChannel(opened.deps, config.health.alertChannel, text).then(
            () => t("schedule.alertSent", { channel: config.health.alertChannel }),
            (error: unknown) => t("schedule.alertNotSent", { error: s.redact(errorMessage(error)) }),
          );
        }
        const parts = history?.undelivered ?? 0;
        print(ctx.stdout, t("schedule.gaveUp", { date, retries: plan.retries, parts, alert }));
        return undefined;
      }
      const result = await retryDeliveries(deps, {
        date,
        command,
        attempt: plan.attempt,
        signal: ctx.signal,
      });
      const sent =
        result.sent
          .map((c) => t("schedule.channelParts", { channel: c.channel, parts: c.parts }))
          .join(", ") || t("schedule.nothing");
      const missing =
        result.missing.map((c) => `${c.channel} ×${c.parts}`).join(", ") || t("schedule.channelFailedEarly");
      const attempt = { attempt: plan.attempt, max };
      print(
        ctx.stdout,
        t("schedule.retry", { date, ...attempt, missing, sent, undelivered: result.undelivered }),
      );
      const after = await withStore(config, ctx, async (store) =>
        deliveryHistoryOf(runsOf(await store.listRuns(500)), date, commands),
      );
      return planDeliveryRetry(after, DEFAULT_RETRY_POLICY, ctx.now(), config.timezone);
    } finally {
      await opened.close();
    }
  });
  if (!outcome.ran) {
    print(ctx.stderr, t("schedule.retrySkipped", { date, holder: outcome.holder }));
    return undefined;
  }
  const after = outcome.value;
  // A give-up due right after this retry is handled by the next check, at once.
  return after?.action === "wait" ? after.at : after?.action === "give-up" ? ctx.now() : undefined;
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
