import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { makeSource } from "../../src/store/fixtures.ts";
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

    test("a new source has an empty fetch state; upsert updates config fields only", async () => {
      await store.upsertSource(makeSource());
      assert.deepEqual(await store.getFetchState("jiqizhixin"), {
        sourceId: "jiqizhixin",
        consecutiveFailures: 0,
        itemsSeen: 0,
      });
      await store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T01:00:00Z", error: "HTTP 502" });
      await store.upsertSource(makeSource({ name: "机器之心Pro", order: 3, enabled: false }));
      const stored = (await store.listSourceHealth()).find((h) => h.id === "jiqizhixin");
      assert.deepEqual(
        {
          id: stored?.id,
          name: stored?.name,
          url: stored?.url,
          order: stored?.order,
          enabled: stored?.enabled,
        },
        makeSource({ name: "机器之心Pro", order: 3, enabled: false }),
      );
      assert.equal((await store.getFetchState("jiqizhixin"))?.consecutiveFailures, 1);
      assert.equal(await store.getFetchState("unknown"), undefined);
    });

    test("failures count up; a success resets them, stores validators and counts new items", async () => {
      await store.upsertSource(makeSource());
      await store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T01:00:00Z", error: "timeout" });
      await store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T02:00:00+08:00", error: "HTTP 502" });
      let state = await store.getFetchState("jiqizhixin");
      assert.equal(state?.consecutiveFailures, 2);
      assert.equal(state?.lastError, "HTTP 502");
      assert.equal(state?.lastErrorAt, "2026-02-03T18:00:00.000Z");

      await store.recordFetchSuccess("jiqizhixin", {
        at: "2026-02-04T03:00:00Z",
        etag: '"v1"',
        lastModified: "Wed, 04 Feb 2026 02:59:00 GMT",
        newItems: 4,
      });
      state = await store.getFetchState("jiqizhixin");
      assert.equal(state?.consecutiveFailures, 0);
      assert.equal(state?.etag, '"v1"');
      assert.equal(state?.lastModified, "Wed, 04 Feb 2026 02:59:00 GMT");
      assert.equal(state?.itemsSeen, 4);
      assert.equal(state?.lastSuccessAt, "2026-02-04T03:00:00.000Z");
      assert.equal(state?.lastNewItemAt, "2026-02-04T03:00:00.000Z");
      assert.equal(state?.lastError, "HTTP 502", "the last error stays visible for health reports");

      await store.recordFetchSuccess("jiqizhixin", { at: "2026-02-04T04:00:00Z", etag: '"v2"', newItems: 0 });
      state = await store.getFetchState("jiqizhixin");
      assert.equal(state?.itemsSeen, 4);
      assert.equal(state?.lastNewItemAt, "2026-02-04T03:00:00.000Z", "no new items: unchanged");
      assert.equal(state?.lastModified, undefined, "a response without Last-Modified clears the old one");
    });

    test("not modified keeps validators, resets failures and records the success time", async () => {
      await store.upsertSource(makeSource());
      await store.recordFetchSuccess("jiqizhixin", { at: "2026-02-04T03:00:00Z", etag: '"v1"', newItems: 2 });
      await store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T04:00:00Z", error: "HTTP 500" });
      await store.recordFetchNotModified("jiqizhixin", "2026-02-04T05:00:00Z");
      const state = await store.getFetchState("jiqizhixin");
      assert.equal(state?.etag, '"v1"');
      assert.equal(state?.consecutiveFailures, 0);
      assert.equal(state?.lastSuccessAt, "2026-02-04T05:00:00.000Z");
      assert.equal(state?.itemsSeen, 2);
    });

    test("recording fetch state for a source never upserted is an error", async () => {
      await assert.rejects(
        async () => await store.recordFetchNotModified("ghost", "2026-02-04T05:00:00Z"),
        /unknown source: ghost/,
      );
    });

    test("a failure's code and HTTP status are stored as columns, replaced by the next failure", async () => {
      await store.upsertSource(makeSource());
      // The message says 404 in prose; the recorded status is what the caller passed: 503.
      await store.recordFetchFailure("jiqizhixin", {
        at: "2026-02-04T01:00:00Z",
        error: "HTTP 404 周报 (http://127.0.0.1/feed.xml): HTTP 404 in the page title",
        code: "E_SERVER",
        status: 503,
      });
      let state = await store.getFetchState("jiqizhixin");
      assert.equal(state?.lastStatus, 503);
      assert.equal(state?.lastErrorCode, "E_SERVER");
      const [health] = await store.listSourceHealth();
      assert.equal(health?.lastStatus, 503);
      assert.equal(health?.lastErrorCode, "E_SERVER");

      // A failure without a status (a timeout) clears the old status: it describes the last failure.
      await store.recordFetchFailure("jiqizhixin", {
        at: "2026-02-04T02:00:00Z",
        error: "gave up after 100 ms",
        code: "E_SOURCE_TIME",
      });
      state = await store.getFetchState("jiqizhixin");
      assert.equal(state?.lastStatus, undefined);
      assert.equal(state?.lastErrorCode, "E_SOURCE_TIME");
      assert.equal(state?.consecutiveFailures, 2);

      // A success resets the count; the last failure's data stays visible, like its message.
      await store.recordFetchSuccess("jiqizhixin", { at: "2026-02-04T03:00:00Z", newItems: 1 });
      state = await store.getFetchState("jiqizhixin");
      assert.equal(state?.consecutiveFailures, 0);
      assert.equal(state?.lastErrorCode, "E_SOURCE_TIME");
    });

    test("source health lists every source in config order with its state", async () => {
      await store.upsertSource(makeSource({ id: "qbitai", name: "量子位", order: 2 }));
      await store.upsertSource(makeSource({ id: "aiera", name: "新智元", order: 1 }));
      await store.recordFetchFailure("qbitai", { at: "2026-02-04T01:00:00Z", error: "HTTP 404" });
      const health = await store.listSourceHealth();
      assert.deepEqual(
        health.map((h) => [h.id, h.name, h.consecutiveFailures]),
        [
          ["aiera", "新智元", 0],
          ["qbitai", "量子位", 1],
        ],
      );
      assert.equal(health[1]?.sourceId, "qbitai");
    });
  });
