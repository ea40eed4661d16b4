// The review deadline's scheduler for test/review-*.test.ts: the drafts' deadline check alone, as
// `daybrief schedule` wires it, on a timer the test moves by hand.
import type { CliContext } from "../../src/cli/index.ts";
import { openPipeline } from "../../src/cli/open-pipeline.ts";
import type { loadConfig } from "../../src/config/index.ts";
import { silentLogger } from "../../src/log.ts";
import { publishDueDrafts } from "../../src/pipeline/publish-draft.ts";
import { startScheduler } from "../../src/pipeline/scheduler.ts";
import type { Setup } from "./review-setup.ts";

/** A scheduler with no jobs, only the drafts' deadline check, on the fake clock. */
export function draftScheduler(
  config: ReturnType<typeof loadConfig>,
  ctx: CliContext,
  clock: ReturnType<typeof fakeTimers>,
) {
  return startScheduler({
    jobs: [],
    timeZone: config.timezone,
    now: ctx.now,
    setTimer: clock.setTimer,
    logger: silentLogger(),
    runJob: async () => {},
    publishDueDrafts: () => schedulerCheck(config, ctx),
  });
}

/** The scheduler's check, as `daybrief schedule` wires it: the pipeline opened per check. */
async function schedulerCheck(
  config: ReturnType<typeof loadConfig>,
  ctx: CliContext,
): Promise<Date | undefined> {
  const opened = await openPipeline(config, ctx, { quiet: true });
  try {
    return (await publishDueDrafts(opened.deps)).next;
  } finally {
    await opened.close();
  }
}

/** A timer the test moves by hand, moving the setup's clock with it. */
export function fakeTimers(s: Setup) {
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));
  return {
    setTimer: (fn: () => void, ms: number) => {
      const timer = { at: s.clock.t + ms, fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    async advanceTo(to: Date) {
      const end = to.getTime();
      await settle();
      for (;;) {
        const next = timers.filter((x) => !x.cancelled && x.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        next.cancelled = true;
        s.clock.t = next.at;
        next.fn();
        await settle();
      }
      s.clock.t = end;
    },
  };
}
