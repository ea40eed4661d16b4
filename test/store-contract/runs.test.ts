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
  });
