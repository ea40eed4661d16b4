/** startScheduler's side jobs: delivery retries, the poll interval, drafts past their review deadline. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fakeClock, recorder } from "../../test/support/fake-clock.ts";
import { silentLogger } from "../log.ts";
import { type ScheduledJob, startScheduler } from "./scheduler.ts";

const TZ = "Asia/Shanghai";
const briefing: ScheduledJob = { name: "briefing", cron: "0 21 * * *", dateOffset: 0, kind: "briefing" };

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
