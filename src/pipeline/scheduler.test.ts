import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fakeClock, recorder } from "../../test/support/fake-clock.ts";
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
