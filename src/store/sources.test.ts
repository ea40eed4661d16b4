import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { Store } from "./store.ts";
import { makeSource, openTempStore } from "./testing.ts";

let store: Store;
let remove: () => void;
beforeEach(() => {
  ({ store, remove } = openTempStore());
});
afterEach(() => remove());

test("a new source has an empty fetch state; upsert updates config fields only", () => {
  store.upsertSource(makeSource());
  assert.deepEqual(store.getFetchState("jiqizhixin"), {
    sourceId: "jiqizhixin",
    consecutiveFailures: 0,
    itemsSeen: 0,
  });
  store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T01:00:00Z", error: "HTTP 502" });
  store.upsertSource(makeSource({ name: "机器之心Pro", order: 3, enabled: false }));
  assert.deepEqual(
    store.getSource("jiqizhixin"),
    makeSource({ name: "机器之心Pro", order: 3, enabled: false }),
  );
  assert.equal(store.getFetchState("jiqizhixin")?.consecutiveFailures, 1);
  assert.equal(store.getFetchState("unknown"), undefined);
});

test("failures count up; a success resets them, stores validators and counts new items", () => {
  store.upsertSource(makeSource());
  store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T01:00:00Z", error: "timeout" });
  store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T02:00:00+08:00", error: "HTTP 502" });
  let state = store.getFetchState("jiqizhixin");
  assert.equal(state?.consecutiveFailures, 2);
  assert.equal(state?.lastError, "HTTP 502");
  assert.equal(state?.lastErrorAt, "2026-02-03T18:00:00.000Z");

  store.recordFetchSuccess("jiqizhixin", {
    at: "2026-02-04T03:00:00Z",
    etag: '"v1"',
    lastModified: "Wed, 04 Feb 2026 02:59:00 GMT",
    newItems: 4,
  });
  state = store.getFetchState("jiqizhixin");
  assert.equal(state?.consecutiveFailures, 0);
  assert.equal(state?.etag, '"v1"');
  assert.equal(state?.lastModified, "Wed, 04 Feb 2026 02:59:00 GMT");
  assert.equal(state?.itemsSeen, 4);
  assert.equal(state?.lastSuccessAt, "2026-02-04T03:00:00.000Z");
  assert.equal(state?.lastNewItemAt, "2026-02-04T03:00:00.000Z");
  assert.equal(state?.lastError, "HTTP 502", "the last error stays visible for health reports");

  store.recordFetchSuccess("jiqizhixin", { at: "2026-02-04T04:00:00Z", etag: '"v2"', newItems: 0 });
  state = store.getFetchState("jiqizhixin");
  assert.equal(state?.itemsSeen, 4);
  assert.equal(state?.lastNewItemAt, "2026-02-04T03:00:00.000Z", "no new items: unchanged");
  assert.equal(state?.lastModified, undefined, "a response without Last-Modified clears the old one");
});

test("not modified keeps validators, resets failures and records the success time", () => {
  store.upsertSource(makeSource());
  store.recordFetchSuccess("jiqizhixin", { at: "2026-02-04T03:00:00Z", etag: '"v1"', newItems: 2 });
  store.recordFetchFailure("jiqizhixin", { at: "2026-02-04T04:00:00Z", error: "HTTP 500" });
  store.recordFetchNotModified("jiqizhixin", "2026-02-04T05:00:00Z");
  const state = store.getFetchState("jiqizhixin");
  assert.equal(state?.etag, '"v1"');
  assert.equal(state?.consecutiveFailures, 0);
  assert.equal(state?.lastSuccessAt, "2026-02-04T05:00:00.000Z");
  assert.equal(state?.itemsSeen, 2);
});

test("recording fetch state for a source never upserted is an error", () => {
  assert.throws(() => store.recordFetchNotModified("ghost", "2026-02-04T05:00:00Z"), /unknown source: ghost/);
});

test("source health lists every source in config order with its state", () => {
  store.upsertSource(makeSource({ id: "qbitai", name: "量子位", order: 2 }));
  store.upsertSource(makeSource({ id: "aiera", name: "新智元", order: 1 }));
  store.recordFetchFailure("qbitai", { at: "2026-02-04T01:00:00Z", error: "HTTP 404" });
  const health = store.listSourceHealth();
  assert.deepEqual(
    health.map((h) => [h.id, h.name, h.consecutiveFailures]),
    [
      ["aiera", "新智元", 0],
      ["qbitai", "量子位", 1],
    ],
  );
  assert.equal(health[1]?.sourceId, "qbitai");
});
