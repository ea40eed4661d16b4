// The scheduler's shared steps (schedule.ts): how a job names its runs, the store opened for one
// question, the run lock around a job, and when a job last ran.
import type { Config } from "../../config/index.ts";
import type { Logger } from "../../log.ts";
import type { Redactor } from "../../model/redact.ts";
import { acquireRunLock } from "../../pipeline/run-lock.ts";
import type { ScheduledJob } from "../../pipeline/scheduler.ts";
import { openConfiguredStore, type Store } from "../../store/index.ts";
import type { CliContext } from "../context.ts";
import { messagesOf } from "../i18n.ts";

/** How a scheduled run names itself in the runs table (and how catch-up recognises it). */
export const commandOf = (job: ScheduledJob) => `schedule:${job.name}`;

/** The commands whose runs build what this job builds: its own, and a manual `daybrief run` for briefings. */
export const commandsOf = (job: ScheduledJob) => [
  commandOf(job),
  ...(job.kind === "briefing" ? ["run"] : []),
];

export async function withStore<T>(
  config: Config,
  ctx: CliContext,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
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
export async function lastRunFrom(
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
export async function underLock<T>(
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

export interface Shared {
  ctx: CliContext;
  config: Config;
  logger: Logger;
  redact: Redactor;
}
