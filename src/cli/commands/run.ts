import { briefingIdsOf } from "../../config/index.ts";
import { UsageError } from "../../errors.ts";
import { acquireRunLock } from "../../pipeline/run-lock.ts";
import { openConfiguredStore } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT, exitCodeOf } from "../handle-error.ts";
import { messagesOf } from "../i18n.ts";
import { briefingIdOption, loadCliConfig, resolveDate } from "../load.ts";
import { openPipeline } from "../open-pipeline.ts";
import { printSummary } from "../print-summary.ts";
import { runDays } from "../run-day.ts";

export interface RunCommandOptions {
  config?: string;
  date?: string;
  reanalyse?: boolean;
  quiet?: boolean;
  /** commander's --no-deliver sets deliver: false. */
  deliver?: boolean;
  forceDeliver?: boolean;
  /** A catch-up run: channels get only the entries the day's briefing did not have yet. */
  update?: boolean;
  /** Only this briefing of the install (config `briefings`); default all. */
  briefing?: string;
}

/** `daybrief run`: the whole pipeline for one date; exits 0 ok, 3 degraded, 1 failed, 130 cancelled. */
export async function runCommand(ctx: CliContext, options: RunCommandOptions): Promise<number> {
  const config = loadCliConfig(ctx, options.config);
  const date = resolveDate(ctx, config, options.date);
  const briefings =
    options.briefing === undefined ? undefined : [briefingIdOption(ctx, config, options.briefing)];
  // The scheduler's lock: a manual run never overlaps a scheduled one on the same store.
  const lockStore = await openConfiguredStore(config.store, { now: ctx.now });
  const lock = await acquireRunLock(lockStore, { command: "run", now: ctx.now });
  if (!lock.acquired) {
    await lockStore.close();
    const o = lock.owner;
    const t = messagesOf(ctx);
    const owner = t("run.lockOwner", { pid: o.pid, host: o.host, command: o.command, since: o.since });
    throw new UsageError(t("run.locked", { path: config.store.path, owner }));
  }
  let opened: Awaited<ReturnType<typeof openPipeline>> | undefined;
  try {
    opened = await openPipeline(config, ctx, { quiet: options.quiet });
    const summaries = await runDays(opened.deps, {
      briefings,
      analysisFor: opened.analysisFor,
      date,
      command: "run",
      reanalyse: options.reanalyse,
      deliver: options.deliver,
      kind: options.update ? "update" : "briefing",
      forceDeliver: options.forceDeliver,
      signal: ctx.signal,
    });
    const ids = briefings ?? briefingIdsOf(config);
    for (const [i, summary] of summaries.entries()) {
      // Several briefings: each summary under its briefing's id.
      if (config.briefings) {
        if (i > 0) print(ctx.stdout);
        print(ctx.stdout, messagesOf(ctx)("run.briefingHeading", { id: ids[i] }));
      }
      printSummary(ctx, summary);
    }
    return worstExitCode(summaries.map((s) => exitCodeOf(s.status)));
  } finally {
    await opened?.close();
    await lock.release();
    await lockStore.close();
  }
}

/** Several briefings' exit codes as one: cancelled, else failed, else degraded, else ok. */
function worstExitCode(codes: number[]): number {
  for (const code of [EXIT.cancelled, EXIT.failed, EXIT.degraded]) if (codes.includes(code)) return code;
  return EXIT.ok;
}
