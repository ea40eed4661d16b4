import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Run } from "../store/index.ts";
import { DEFAULT_RETRY_POLICY, deliveryHistoryOf, planDeliveryRetry } from "./retry-deliveries.ts";

const TZ = "Asia/Shanghai";
const d = (iso: string) => new Date(iso);
const history = (over: Partial<Parameters<typeof planDeliveryRetry>[0] & object> = {}) => ({
  firstAttemptAt: d("2026-02-04T13:00:00Z"),
  lastAttemptAt: d("2026-02-04T13:00:00Z"),
  retries: 0,
  undelivered: 2,
  gaveUp: false,
  ...over,
});

describe("planDeliveryRetry", () => {
  it("waits 5, 15, 45 minutes after the last attempt, then gives up", () => {
    assert.deepEqual(planDeliveryRetry(history(), DEFAULT_RETRY_POLICY, d("2026-02-04T13:04:00Z"), TZ), {
      action: "wait",
      at: d("2026-02-04T13:05:00Z"),
    });
    assert.deepEqual(planDeliveryRetry(history(), DEFAULT_RETRY_POLICY, d("2026-02-04T13:05:00Z"), TZ), {
      action: "retry",
      attempt: 1,
    });
    const second = history({ retries: 1, lastAttemptAt: d("2026-02-04T13:05:00Z") });
    assert.deepEqual(planDeliveryRetry(second, DEFAULT_RETRY_POLICY, d("2026-02-04T13:10:00Z"), TZ), {
      action: "wait",
      at: d("2026-02-04T13:20:00Z"),
    });
    assert.deepEqual(
      planDeliveryRetry(history({ retries: 3 }), DEFAULT_RETRY_POLICY, d("2026-02-04T15:00:00Z"), TZ),
      {
        action: "give-up",
        retries: 3,
      },
    );
  });

  it("does nothing when everything arrived or it already gave up; gives up rather than cross midnight", () => {
    assert.equal(
      planDeliveryRetry(undefined, DEFAULT_RETRY_POLICY, d("2026-02-04T14:00:00Z"), TZ).action,
      "none",
    );
    assert.equal(
      planDeliveryRetry(history({ undelivered: 0 }), DEFAULT_RETRY_POLICY, d("2026-02-04T14:00:00Z"), TZ)
        .action,
      "none",
    );
    assert.equal(
      planDeliveryRetry(history({ gaveUp: true }), DEFAULT_RETRY_POLICY, d("2026-02-04T14:00:00Z"), TZ)
        .action,
      "none",
    );
    // 23:50 in Shanghai: the 15-minute retry would fall on the next day.
    const late = history({
      retries: 1,
      firstAttemptAt: d("2026-02-04T15:40:00Z"),
      lastAttemptAt: d("2026-02-04T15:50:00Z"),
    });
    assert.deepEqual(planDeliveryRetry(late, DEFAULT_RETRY_POLICY, d("2026-02-04T15:51:00Z"), TZ), {
      action: "give-up",
      retries: 1,
    });
  });
});

describe("deliveryHistoryOf", () => {
  const run = (
    id: number,
    command: string,
    startedAt: string,
    counts: Record<string, number>,
    status: Run["status"] = "degraded",
  ): Run => ({
    id,
    date: "2026-02-04",
    command,
    startedAt,
    status,
    counts,
    failures: [],
  });

  it("reads the newest delivering run and the retries after it (newest first, as listRuns gives them)", () => {
    const runs = [
      run(4, "retry:schedule:briefing", "2026-02-04T13:20:00Z", { undelivered: 1 }),
      run(3, "retry:schedule:briefing", "2026-02-04T13:05:00Z", { undelivered: 2 }),
      run(2, "schedule:briefing", "2026-02-04T13:00:00Z", { undelivered: 2 }),
      run(1, "run", "2026-02-04T12:00:00Z", { undelivered: 5 }),
    ];
    assert.deepEqual(deliveryHistoryOf(runs, "2026-02-04", ["schedule:briefing", "run"]), {
      firstAttemptAt: d("2026-02-04T13:00:00Z"),
      lastAttemptAt: d("2026-02-04T13:20:00Z"),
      retries: 2,
      undelivered: 1,
      gaveUp: false,
    });
  });

  it("ignores a run still going or killed, and days that delivered everything", () => {
    assert.equal(
      deliveryHistoryOf([run(1, "run", "2026-02-04T13:00:00Z", { undelivered: 0 }, "ok")], "2026-02-04", [
        "run",
      ]),
      undefined,
    );
    const killed = [
      run(2, "run", "2026-02-04T14:00:00Z", {}, "interrupted"),
      run(1, "run", "2026-02-04T13:00:00Z", { undelivered: 1 }),
    ];
    assert.equal(deliveryHistoryOf(killed, "2026-02-04", ["run"])?.undelivered, 1);
  });
});
