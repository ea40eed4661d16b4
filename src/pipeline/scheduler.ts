/**
 * The scheduler: a pure core (when is each job due, which day does it build) and a thin loop that
 * arms one timer at a time. Time comes from an injected clock and timer, so tests drive it with a
 * fake clock; croner is used only to evaluate cron expressions in the configured zone (its own
 * timers read the real clock, so its `protect` is replaced by the run queue below, which never
 * starts a run while another is going).
 */
import { Cron } from "croner";
import { errorMessage } from "../errors.ts";
import type { Logger } from "../log.ts";
import { addDays, dayOf } from "../time.ts";

export interface ScheduledJob {
  name: string;
  /** Cron expression read in the configured time zone, e.g. "0 21 * * *". */
  cron: string;
  /** 0: build the day the job fires on; -1: the day before (a 00:30 catch-up). */
  dateOffset: 0 | -1;
  kind: "briefing" | "update";
  /** Only these briefings (config `briefings`); default all. */
  briefings?: readonly string[];
}

/** One firing of a job: when it was due and the briefing day it builds. */
export interface DueRun {
  job: ScheduledJob;
  scheduledAt: Date;
  /** YYYY-MM-DD in the configured time zone. */
  date: string;
}

/** When the job last ran successfully for `date` (undefined: never). */
export type LastRunFor = (job: ScheduledJob, date: string) => Date | string | undefined;

function cronOf(expression: string, timeZone: string): Cron {
  // Paused and without a callback: croner only evaluates the pattern, it arms no timer.
  return new Cron(expression, { paused: true, timezone: timeZone, mode: "5-or-6-parts" });
}

/** The next `count` fire times strictly after `from`. */
export function nextRuns(cron: string, from: Date, timeZone: string, count = 1): Date[] {
  return cronOf(cron, timeZone).nextRuns(count, from);
}

/** The latest fire time at or before `at`, if any. */
export function previousRun(cron: string, at: Date, timeZone: string): Date | undefined {
  // croner excludes a run exactly at the reference; one millisecond later includes it.
  return cronOf(cron, timeZone).previousRuns(1, new Date(at.getTime() + 1))[0];
}

/** The briefing day a firing builds: its local day in the zone, shifted by the job's dateOffset. */
export function runDateFor(job: ScheduledJob, scheduledAt: Date, timeZone: string): string {
  return addDays(dayOf(scheduledAt, timeZone), job.dateOffset);
}

export interface ScheduleState {
  jobs: readonly ScheduledJob[];
  timeZone: string;
  lastRunFor: LastRunFor;
}

/**
 * The runs missed before `now`: for each job, its latest firing if that fell on today's local date
 * and no successful run of that job for its briefing day started at or after it. Older firings are
 * not caught up (yesterday's 21:00 is not rebuilt by a restart the next morning). Oldest first.
 */
export function dueJobs(state: ScheduleState, now: Date): DueRun[] {
  const today = dayOf(now, state.timeZone);
  const due: DueRun[] = [];
  for (const job of state.jobs) {
    const scheduledAt = previousRun(job.cron, now, state.timeZone);
    if (!scheduledAt || dayOf(scheduledAt, state.timeZone) !== today) continue;
    const date = runDateFor(job, scheduledAt, state.timeZone);
    const last = state.lastRunFor(job, date);
    if (last !== undefined && new Date(last).getTime() >= scheduledAt.getTime()) continue;
    due.push({ job, scheduledAt, date });
  }
  return due.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
}

/** Arms a one-shot timer and returns its cancel function. */
export type SetTimer = (fn: () => void, ms: number) => () => void;

const realSetTimer: SetTimer = (fn, ms) => {
  const handle = setTimeout(fn, ms);
  return () => clearTimeout(handle);
};

export interface StartSchedulerOptions {
  jobs: readonly ScheduledJob[];
  timeZone: string;
  /** Builds (and delivers) one day; a throw is logged and the scheduler goes on. */
  runJob: (job: ScheduledJob, date: string, run: DueRun) => Promise<void>;
  now: () => Date;
  setTimer?: SetTimer;
  logger: Logger;
  /** Needed for catch-up on start; without it nothing is caught up. */
  lastRunFor?: LastRunFor;
  catchUpOnStart?: boolean;
  /** Longest single wait in ms (default 1 h): re-reading the clock survives suspend and clock changes. */
  maxWaitMs?: number;
  /**
   * Retries the undelivered parts of today's runs that are due (see retry-deliveries.ts) and returns
   * when the next retry is due, if any. Called after every run and when that time comes; it runs in
   * the same queue, so never beside a run.
   */
  retryPending?: () => Promise<Date | undefined>;
  /**
   * Publishes the drafts past publish.reviewDeadline (onDeadline "publish", publish-draft.ts) and
   * returns when the next one falls due. Checked with the retries: after every run, at start, and
   * at the time it returns, in the same queue.
   */
  publishDueDrafts?: () => Promise<Date | undefined>;
  /**
   * Check the pending work at least this often even when nothing is due (ms; default never): a
   * reviewed draft can be published by another process at any time (the web's Publish, `daybrief
   * review --publish`), and the parts it left undelivered are then this scheduler's to retry.
   */
  pollMs?: number;
}

export interface Scheduler {
  /** The next firing the loop waits for. */
  nextRunAt(): Date | undefined;
  /** Resolves when no run is going or queued. */
  idle(): Promise<void>;
  /** Cancels the timer, drops queued runs and waits for the current one to end. */
  stop(): Promise<void>;
}

/** Starts the loop: catch-up runs first (if asked), then one timer for the next firing. */
export function startScheduler(options: StartSchedulerOptions): Scheduler {
  const { jobs, timeZone, now, logger } = options;
  const setTimer = options.setTimer ?? realSetTimer;
  const maxWaitMs = options.maxWaitMs ?? 3_600_000;
  const queue: (DueRun | "retry")[] = [];
  /** Jobs queued or running: a job firing again before its last run ended is skipped, not stacked. */
  const busy = new Set<string>();
  let running: Promise<void> | undefined;
  let stopped = false;
  let cancel: (() => void) | undefined;
  let target: { at: Date; jobs: ScheduledJob[] } | undefined;
  let cancelRetry: (() => void) | undefined;
  let retryQueued = false;
  // The last firing handled: the next one is looked up after it, so a timer that fires a little
  // early or late never runs the same firing twice.
  let cursor = now();

  const enqueue = (run: DueRun): void => {
    if (busy.has(run.job.name)) {
      logger.warn({ job: run.job.name, date: run.date }, "previous run of this job still going; skipped");
      return;
    }
    busy.add(run.job.name);
    queue.push(run);
    pump();
  };

  // Pending work between runs: delivery retries, then drafts whose review deadline passed.
  const pendingWork = async (): Promise<Date | undefined> => {
    const retryAt = await options.retryPending?.();
    const draftAt = await options.publishDueDrafts?.();
    return !retryAt || !draftAt
      ? (retryAt ?? draftAt)
      : new Date(Math.min(retryAt.getTime(), draftAt.getTime()));
  };

  const queueRetry = (): void => {
    if ((!options.retryPending && !options.publishDueDrafts) || retryQueued || stopped) return;
    retryQueued = true;
    queue.push("retry");
    pump();
  };

  const armRetry = (due: Date | undefined): void => {
    cancelRetry?.();
    cancelRetry = undefined;
    const poll = options.pollMs ? new Date(now().getTime() + options.pollMs) : undefined;
    const at = !due || (poll && poll < due) ? poll : due;
    if (!at || stopped) return;
    const wait = Math.min(Math.max(0, at.getTime() - now().getTime()), maxWaitMs);
    cancelRetry = setTimer(() => {
      cancelRetry = undefined;
      if (now().getTime() < at.getTime())
        armRetry(at); // a capped wait: not yet
      else queueRetry();
    }, wait);
  };

  const pump = (): void => {
    if (running || stopped) return;
    const run = queue.shift();
    if (!run) return;
    if (run === "retry") {
      running = (async () => {
        retryQueued = false;
        try {
          armRetry(await pendingWork());
        } catch (error) {
          logger.error({ stage: "deliver", err: errorMessage(error) }, "delivery retry failed");
        } finally {
          running = undefined;
          pump();
        }
      })();
      return;
    }
    running = (async () => {
      const log = logger.child({ job: run.job.name, date: run.date });
      log.info({ scheduled_at: run.scheduledAt.toISOString(), kind: run.job.kind }, "scheduled run starts");
      try {
        await options.runJob(run.job, run.date, run);
        log.info({}, "scheduled run ended");
      } catch (error) {
        log.error({ err: errorMessage(error) }, "scheduled run failed");
      } finally {
        busy.delete(run.job.name);
        running = undefined;
        // A run that left parts undelivered is not done: the retry check arms its next try.
        queueRetry();
        pump();
      }
    })();
  };

  const arm = (): void => {
    if (stopped) return;
    const t = now();
    const from = cursor.getTime() > t.getTime() ? cursor : t;
    target = undefined;
    for (const job of jobs) {
      const at = nextRuns(job.cron, from, timeZone, 1)[0];
      if (!at) continue;
      if (!target || at.getTime() < target.at.getTime()) target = { at, jobs: [job] };
      else if (at.getTime() === target.at.getTime()) target.jobs.push(job);
    }
    if (!target) return;
    const wait = Math.min(Math.max(0, target.at.getTime() - t.getTime()), maxWaitMs);
    cancel = setTimer(wake, wait);
  };

  const wake = (): void => {
    cancel = undefined;
    if (stopped || !target) return;
    if (now().getTime() < target.at.getTime()) {
      arm(); // a capped wait: not yet
      return;
    }
    const { at, jobs: firing } = target;
    cursor = at;
    for (const job of firing) enqueue({ job, scheduledAt: at, date: runDateFor(job, at, timeZone) });
    arm();
  };

  if (options.catchUpOnStart !== false && options.lastRunFor) {
    for (const run of dueJobs({ jobs, timeZone, lastRunFor: options.lastRunFor }, now())) {
      logger.info({ job: run.job.name, date: run.date }, "missed run: catching up");
      enqueue(run);
    }
  }
  arm();
  // Undelivered parts left by an earlier process are retried too.
  queueRetry();

  return {
    nextRunAt: () => target?.at,
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      cancel?.();
      cancel = undefined;
      cancelRetry?.();
      cancelRetry = undefined;
      target = undefined;
      for (const run of queue.splice(0)) if (run !== "retry") busy.delete(run.job.name);
      while (running) await running;
    },
  };
}
