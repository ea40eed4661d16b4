import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { silentLogger } from "../log.ts";
import {
  dueJobs,
  nextRuns,
  previousRun,
  runDateFor,
  type ScheduledJob,
  startScheduler,
} from "./scheduler.ts";

const TZ = "Asia/Shanghai";
const briefing: ScheduledJob = { name: "briefing", cron: "0 21 * * *", dateOffset: 0, kind: "briefing" };
const lateUpdate: ScheduledJob = { name: "late", cron: "30 23 * * *", dateOffset: 0, kind: "update" };
const afterMidnight: ScheduledJob = { name: "overnight", cron: "30 0 * * *", dateOffset: -1, kind: "update" };

/** A clock and timer the test moves by hand; timers fire in time order as it passes them. */
function fakeClock(start: string) {
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

function recorder(clock: { now: () => Date }) {
  const calls: { job: string; date: string; at: string }[] = [];
  return {
    calls,
    runJob: async (job: ScheduledJob, date: string) => {
      calls.push({ job: job.name, date, at: clock.now().toISOString() });
    },
  };
}

describe("schedule core (pure)", () => {
  it("reads cron times in the configured zone: 21:00 Asia/Shanghai is 13:00 UTC", () => {
    const [first, second] = nextRuns("0 21 * * *", new Date("2026-02-04T00:00:00Z"), TZ, 2);
    assert.equal(first?.toISOString(), "2026-02-04T13:00:00.000Z");
    assert.equal(second?.toISOString(), "2026-02-05T13:00:00.000Z");
    assert.equal(
      previousRun("0 21 * * *", new Date("2026-02-04T13:00:00Z"), TZ)?.toISOString(),
      "2026-02-04T13:00:00.000Z",
    );
  });

  it("builds the local day of the firing, or the day before with dateOffset -1", () => {
    // 00:30 on 5 February in Shanghai is 16:30 UTC on the 4th.
    const at = new Date("2026-02-04T16:30:00Z");
    assert.equal(runDateFor({ ...afterMidnight, dateOffset: 0 }, at, TZ), "2026-02-05");
    assert.equal(runDateFor(afterMidnight, at, TZ), "2026-02-04");
    assert.equal(runDateFor(lateUpdate, new Date("2026-02-04T15:30:00Z"), TZ), "2026-02-04");
  });

  it("finds today's missed firing when no successful run started after it", () => {
    const state = { jobs: [briefing, lateUpdate], timeZone: TZ, lastRunFor: () => undefined };
    const due = dueJobs(state, new Date("2026-02-04T14:00:00Z")); // 22:00 in Shanghai
    assert.deepEqual(
      due.map((d) => [d.job.name, d.date, d.scheduledAt.toISOString()]),
      [["briefing", "2026-02-04", "2026-02-04T13:00:00.000Z"]],
    );
    const ranAfter = { ...state, lastRunFor: () => "2026-02-04T13:00:05.000Z" };
    assert.deepEqual(dueJobs(ranAfter, new Date("2026-02-04T14:00:00Z")), []);
    // A manual run in the morning is not the 21:00 briefing.
    const ranBefore = { ...state, lastRunFor: () => "2026-02-04T02:00:00.000Z" };
    assert.equal(dueJobs(ranBefore, new Date("2026-02-04T14:00:00Z")).length, 1);
  });

  it("does not rebuild yesterday's firing on a restart the next morning", () => {
    const state = { jobs: [briefing], timeZone: TZ, lastRunFor: () => undefined };
    assert.deepEqual(dueJobs(state, new Date("2026-02-05T01:00:00Z")), []); // 09:00 on the 5th
    assert.deepEqual(dueJobs(state, new Date("2026-02-04T12:59:59Z")), []); // 20:59:59
  });

  it("catches up an overnight job for the previous day", () => {
    const asked: string[] = [];
    const state = {
      jobs: [afterMidnight],
      timeZone: TZ,
      lastRunFor: (_job: ScheduledJob, date: string) => {
        asked.push(date);
        return undefined;
      },
    };
    const due = dueJobs(state, new Date("2026-02-05T02:00:00Z")); // 10:00 on the 5th
    assert.deepEqual(
      due.map((d) => d.date),
      ["2026-02-04"],
    );
    assert.deepEqual(asked, ["2026-02-04"]);
  });
});

describe("startScheduler (fake clock)", () => {
  it("fires at 21:00 Shanghai (13:00 UTC), not before, and again the next day", async () => {
    const clock = fakeClock("2026-02-04T10:00:00Z");
    const rec = recorder(clock);
    const scheduler = startScheduler({
      jobs: [briefing],
      timeZone: TZ,
      runJob: rec.runJob,
      now: clock.now,
      setTimer: clock.setTimer,
      logger: silentLogger(),
      maxWaitMs: 45 * 60_000,
    });
    assert.equal(scheduler.nextRunAt()?.toISOString(), "2026-02-04T13:00:00.000Z");
    await clock.advanceTo("2026-02-04T12:59:59Z");
    assert.equal(rec.calls.length, 0);
    await clock.advanceTo("2026-02-04T13:00:00Z");
    assert.deepEqual(rec.calls, [{ job: "briefing", date: "2026-02-04", at: "2026-02-04T13:00:00.000Z" }]);
    await clock.advanceTo("2026-02-05T13:30:00Z");
    assert.deepEqual(
      rec.calls.map((c) => c.date),
      ["2026-02-04", "2026-02-05"],
    );
    await scheduler.stop();
    assert.equal(clock.pending(), 0);
  });

  it("never runs two jobs at once, and skips a job that fires while its last run is still going", async () => {
    const clock = fakeClock("2026-02-04T12:00:00Z");
    let active = 0;
    let maxActive = 0;
    const started: string[] = [];
    const releases: (() => void)[] = [];
    const scheduler = startScheduler({
      jobs: [
        briefing,
        { ...lateUpdate, cron: "1 21 * * *" },
        { name: "minutely", cron: "* * * * *", dateOffset: 0, kind: "update" },
      ],
      timeZone: TZ,
      runJob: async (job) => {
        started.push(job.name);
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise<void>((resolve) => releases.push(resolve));
        active--;
      },
      now: clock.now,
      setTimer: clock.setTimer,
      logger: silentLogger(),
    });
    await clock.advanceTo("2026-02-04T12:59:30Z");
    assert.deepEqual(started, ["minutely"]); // 20:00 … 20:59: the first run never ended
    await clock.advanceTo("2026-02-04T13:03:00Z");
    assert.deepEqual(started, ["minutely"]);
    releases.shift()?.(); // minutely ends → briefing, queued at 21:00, starts
    await clock.advanceTo("2026-02-04T13:03:00Z");
    assert.deepEqual(started, ["minutely", "briefing"]);
    releases.shift()?.();
    await clock.advanceTo("2026-02-04T13:03:00Z");
    assert.deepEqual(started, ["minutely", "briefing", "late"]);
    assert.equal(maxActive, 1);
    const stopping = scheduler.stop();
    for (const release of releases.splice(0)) release();
    await stopping;
  });

  it("catches up a missed run on start, then waits for the next firing", async () => {
    const clock = fakeClock("2026-02-04T14:00:00Z");
    const rec = recorder(clock);
    const scheduler = startScheduler({
      jobs: [briefing],
      timeZone: TZ,
      runJob: rec.runJob,
      now: clock.now,
      setTimer: clock.setTimer,
      logger: silentLogger(),
      lastRunFor: () => undefined,
    });
    await scheduler.idle();
    assert.deepEqual(rec.calls, [{ job: "briefing", date: "2026-02-04", at: "2026-02-04T14:00:00.000Z" }]);
    assert.equal(scheduler.nextRunAt()?.toISOString(), "2026-02-05T13:00:00.000Z");
    await scheduler.stop();
  });

  it("does not catch up when today's run already happened, or when told not to", async () => {
    for (const variant of [
      { lastRunFor: () => "2026-02-04T13:00:02.000Z", catchUpOnStart: true },
      { lastRunFor: () => undefined, catchUpOnStart: false },
    ]) {
      const clock = fakeClock("2026-02-04T14:00:00Z");
      const rec = recorder(clock);
      const scheduler = startScheduler({
        jobs: [briefing],
        timeZone: TZ,
        runJob: rec.runJob,
        now: clock.now,
        setTimer: clock.setTimer,
        logger: silentLogger(),
        ...variant,
      });
      await scheduler.idle();
      assert.equal(rec.calls.length, 0);
      await scheduler.stop();
    }
  });

  it("keeps going after a run throws", async () => {
    const clock = fakeClock("2026-02-04T12:00:00Z");
    let calls = 0;
    const scheduler = startScheduler({
      jobs: [briefing],
      timeZone: TZ,
      runJob: async () => {
        calls++;
        throw new Error("boom");
      },
      now: clock.now,
      setTimer: clock.setTimer,
      logger: silentLogger(),
    });
    await clock.advanceTo("2026-02-05T14:00:00Z");
    assert.equal(calls, 2);
    await scheduler.stop();
  });
});

describe("startScheduler: delivery retries", () => {
  it("checks for missing parts after each run and again when the retry it was told is due, never beside a run", async () => {
    const clock = fakeClock("2026-02-04T10:00:00Z");
    const rec = recorder(clock);
    const checks: string[] = [];
    // The first check (at start) finds nothing; after the run: due in 5 min; then 15; then done.
    const answers: (string | undefined)[] = [
      undefined,
      "2026-02-04T13:05:00Z",
      "2026-02-04T13:20:00Z",
      undefined,
    ];
    const scheduler = startScheduler({
      jobs: [briefing],
      timeZone: TZ,
      runJob: rec.runJob,
      now: clock.now,
      setTimer: clock.setTimer,
      logger: silentLogger(),
      retryPending: async () => {
        checks.push(clock.now().toISOString());
        const next = answers.shift();
        return next ? new Date(next) : undefined;
      },
    });
    await clock.advanceTo("2026-02-04T12:00:00Z");
    assert.deepEqual(checks, ["2026-02-04T10:00:00.000Z"]);
    await clock.advanceTo("2026-02-04T14:00:00Z");
    assert.deepEqual(
      rec.calls.map((c) => c.at),
      ["2026-02-04T13:00:00.000Z"],
    );
    assert.deepEqual(checks, [
      "2026-02-04T10:00:00.000Z",
      "2026-02-04T13:00:00.000Z",
      "2026-02-04T13:05:00.000Z",
      "2026-02-04T13:20:00.000Z",
    ]);
    await scheduler.stop();
  });
});

describe("startScheduler: pollMs", () => {
  it("looks for pending work at least every pollMs even when nothing is due (a publication from another process)", async () => {
    const clock = fakeClock("2026-02-04T10:00:00Z");
    const rec = recorder(clock);
    const checks: string[] = [];
    const scheduler = startScheduler({
      jobs: [briefing],
      timeZone: TZ,
      runJob: rec.runJob,
      now: clock.now,
      setTimer: clock.setTimer,
      logger: silentLogger(),
      pollMs: 5 * 60_000,
      retryPending: async () => {
        checks.push(clock.now().toISOString().slice(11, 16));
        // Once, a retry due in 2 min (sooner than the poll): it is taken.
        return checks.length === 3 ? new Date(clock.now().getTime() + 2 * 60_000) : undefined;
      },
    });
    await clock.advanceTo("2026-02-04T10:21:00Z");
    assert.deepEqual(checks, ["10:00", "10:05", "10:10", "10:12", "10:17"]);
    await scheduler.stop();
  });
});

describe("startScheduler: drafts past their review deadline", () => {
  it("checks at start, after each run and at the deadline it was told, taking the earlier of a retry and a deadline", async () => {
    const clock = fakeClock("2026-02-04T10:00:00Z");
    const rec = recorder(clock);
    const drafts: string[] = [];
    const retries: string[] = [];
    // At start: a draft falls due at 12:30; after it is published, nothing more.
    const deadlines: (string | undefined)[] = ["2026-02-04T12:30:00Z", undefined, undefined];
    const scheduler = startScheduler({
      jobs: [briefing],
      timeZone: TZ,
      runJob: rec.runJob,
      now: clock.now,
      setTimer: clock.setTimer,
      logger: silentLogger(),
      // A delivery retry due later than the deadline: the deadline wakes the scheduler first.
      retryPending: async () => {
        retries.push(clock.now().toISOString());
        return retries.length === 1 ? new Date("2026-02-04T12:45:00Z") : undefined;
      },
      publishDueDrafts: async () => {
        drafts.push(clock.now().toISOString());
        const next = deadlines.shift();
        return next ? new Date(next) : undefined;
      },
    });
    await clock.advanceTo("2026-02-04T12:40:00Z");
    assert.deepEqual(drafts, ["2026-02-04T10:00:00.000Z", "2026-02-04T12:30:00.000Z"]);
    await clock.advanceTo("2026-02-04T14:00:00Z");
    assert.deepEqual(
      drafts,
      ["2026-02-04T10:00:00.000Z", "2026-02-04T12:30:00.000Z", "2026-02-04T13:00:00.000Z"],
      "checked again after the 13:00 run; no timer armed for a retry the check no longer reports",
    );
    assert.deepEqual(
      rec.calls.map((c) => c.at),
      ["2026-02-04T13:00:00.000Z"],
    );
    await scheduler.stop();
  });
});
