/** A hand-moved clock and a recording runJob for the scheduler's tests (src/pipeline/scheduler*.test.ts). */
import type { ScheduledJob } from "../../src/pipeline/scheduler.ts";

/** A clock and timer the test moves by hand; timers fire in time order as it passes them. */
export function fakeClock(start: string) {
  let t = new Date(start).getTime();
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => new Date(t),
    setTimer: (fn: () => void, ms: number) => {
      const timer = { at: t + ms, fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    pending: () => timers.filter((x) => !x.cancelled).length,
    async advanceTo(iso: string) {
      const end = new Date(iso).getTime();
      await settle();
      for (;;) {
        const live = timers.filter((x) => !x.cancelled && x.at <= end).sort((a, b) => a.at - b.at);
        const next = live[0];
        if (!next) break;
        next.cancelled = true;
        t = next.at;
        next.fn();
        await settle();
      }
      t = end;
      await settle();
    },
  };
}

/** A runJob that records which job ran for which date, and when by the clock. */
export function recorder(clock: { now: () => Date }) {
  const calls: { job: string; date: string; at: string }[] = [];
  return {
    calls,
    runJob: async (job: ScheduledJob, date: string) => {
      calls.push({ job: job.name, date, at: clock.now().toISOString() });
    },
  };
}
