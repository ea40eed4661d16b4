import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { Store } from "../../src/store/index.ts";

import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
    let store: Store;
    let remove: () => Promise<void>;
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
    });
    afterEach(async () => remove());

    test("a running run's progress is recorded as it goes and cleared when it finishes", async () => {
      const id = await store.startRun({
        date: "2026-02-04",
        startedAt: "2026-02-04T00:00:00Z",
        command: "run",
      });
      const progress = {
        stage: "read",
        detail: "12 篇",
        steps: { collect: { done: 3, total: 3 }, read: { done: 4, total: 12 } },
      };
      await store.recordRunProgress(id, progress);
      assert.deepEqual((await store.getRun(id))!.progress, progress);
      assert.deepEqual((await store.listRuns(1))[0]!.progress, progress);
      await store.recordRunProgress(id, { stage: "analyse", steps: {} });
      assert.deepEqual((await store.getRun(id))!.progress, { stage: "analyse", steps: {} });
      await store.finishRun(id, { endedAt: "2026-02-04T00:05:00Z", status: "ok", counts: {}, failures: [] });
      assert.equal((await store.getRun(id))!.progress, undefined);
      await store.recordRunProgress(id, progress);
      assert.equal(
        (await store.getRun(id))!.progress,
        undefined,
        "a late write does not touch a finished run",
      );
    });

    test("a run starts as running and finishes with counts, failures and usage", async () => {
      const id = await store.startRun({
        date: "2026-02-04",
        startedAt: "2026-02-04T08:00:00+08:00",
        command: "run",
      });
      assert.deepEqual(await store.getRun(id), {
        id,
        date: "2026-02-04",
        command: "run",
        startedAt: "2026-02-04T00:00:00.000Z",
        status: "running",
        counts: {},
        failures: [],
      });
      const failures = [{ stage: "collect", sourceId: "qbitai", message: "HTTP 502" }];
      const usage = { calls: 3, promptTokens: 3000, completionTokens: 900 };
      await store.finishRun(id, {
        endedAt: "2026-02-04T00:05:00Z",
        status: "ok",
        counts: { collected: 40, analysed: 12 },
        failures,
        usage,
      });
      const run = await store.getRun(id);
      assert.equal(run?.status, "ok");
      assert.equal(run?.endedAt, "2026-02-04T00:05:00.000Z");
      assert.deepEqual(run?.counts, { collected: 40, analysed: 12 });
      assert.deepEqual(run?.failures, failures);
      assert.deepEqual(run?.usage, usage);
      await assert.rejects(
        async () =>
          await store.finishRun(999, {
            endedAt: "2026-02-04T00:05:00Z",
            status: "failed",
            counts: {},
            failures: [],
          }),
        /unknown run/,
      );
    });

    test("runs list newest first, limited", async () => {
      for (const hour of ["01", "03", "02"]) {
        await store.startRun({
          date: "2026-02-04",
          startedAt: `2026-02-04T${hour}:00:00Z`,
          command: `run-${hour}`,
        });
      }
      assert.deepEqual(
        (await store.listRuns(2)).map((r) => r.command),
        ["run-03", "run-02"],
      );
      assert.equal((await store.listRuns()).length, 3);
    });

    test("runs and delivered parts are counted per briefing, status and channel (for /metrics)", async () => {
      assert.deepEqual(await store.countRuns(), []);
      assert.deepEqual(await store.countDeliveries(), []);
      const start = (briefingId?: string) =>
        store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T00:00:00Z", command: "run", briefingId });
      const finish = (id: number, status: "ok" | "failed") =>
        store.finishRun(id, { endedAt: "2026-02-04T00:05:00Z", status, counts: {}, failures: [] });
      await finish(await start(), "ok");
      await finish(await start(), "ok");
      await finish(await start("chips"), "failed");
      await start("chips");
      assert.deepEqual(await store.countRuns(), [
        { briefingId: "chips", status: "failed", count: 1 },
        { briefingId: "chips", status: "running", count: 1 },
        { briefingId: "default", status: "ok", count: 2 },
      ]);
      const part = (partKey: string, briefingId?: string) => ({
        date: "2026-02-04",
        channel: "hook",
        partKey,
        briefingId,
        attempts: 1,
        at: "2026-02-04T01:00:00Z",
      });
      await store.recordDelivery({ ...part("1/2"), status: "sent" });
      await store.recordDelivery({ ...part("2/2"), status: "failed", error: "HTTP 500" });
      await store.recordDelivery({ ...part("1/1", "chips"), status: "sent" });
      assert.deepEqual(await store.countDeliveries(), [
        { briefingId: "chips", channel: "hook", status: "sent", count: 1 },
        { briefingId: "default", channel: "hook", status: "failed", count: 1 },
        { briefingId: "default", channel: "hook", status: "sent", count: 1 },
      ]);
    });
  });
