import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { Store } from "./store.ts";
import { openTempStore } from "./testing.ts";

let store: Store;
let remove: () => void;
beforeEach(() => {
  ({ store, remove } = openTempStore());
});
afterEach(() => remove());

const part = { date: "2026-02-04", channel: "feishu", partKey: "1/2:abc" };

test("a failed part becomes sent later; attempts add up", () => {
  assert.equal(store.hasDelivered(part), false);
  store.recordDelivery({
    ...part,
    status: "failed",
    error: "HTTP 500",
    attempts: 3,
    at: "2026-02-04T01:00:00Z",
  });
  assert.equal(store.hasDelivered(part), false);
  assert.deepEqual(store.listFailedDeliveries("2026-02-04"), [
    {
      ...part,
      status: "failed",
      error: "HTTP 500",
      attempts: 3,
      unknownOutcomes: 0,
      entries: [],
      firstAt: "2026-02-04T01:00:00.000Z",
      at: "2026-02-04T01:00:00.000Z",
    },
  ]);
  store.recordDelivery({ ...part, status: "sent", attempts: 1, at: "2026-02-04T02:00:00Z" });
  assert.equal(store.hasDelivered(part), true);
  assert.deepEqual(store.listDeliveries("2026-02-04"), [
    {
      ...part,
      status: "sent",
      attempts: 4,
      unknownOutcomes: 0,
      entries: [],
      firstAt: "2026-02-04T01:00:00.000Z",
      at: "2026-02-04T02:00:00.000Z",
    },
  ]);
  assert.deepEqual(store.listFailedDeliveries(), []);
});

test("a sent part never goes back to failed", () => {
  store.recordDelivery({ ...part, status: "sent", attempts: 1, at: "2026-02-04T01:00:00Z" });
  store.recordDelivery({
    ...part,
    status: "failed",
    error: "HTTP 429",
    attempts: 1,
    at: "2026-02-04T02:00:00Z",
  });
  assert.equal(store.hasDelivered(part), true);
  assert.equal(store.listDeliveries("2026-02-04")[0]?.error, undefined);
});

test("parts are told apart by date, channel and part key", () => {
  store.recordDelivery({ ...part, status: "sent", attempts: 1, at: "2026-02-04T01:00:00Z" });
  assert.equal(store.hasDelivered({ ...part, partKey: "2/2:def" }), false);
  assert.equal(store.hasDelivered({ ...part, channel: "slack" }), false);
  assert.equal(store.hasDelivered({ ...part, date: "2026-02-05" }), false);
  store.recordDelivery({
    ...part,
    date: "2026-02-03",
    status: "failed",
    attempts: 1,
    at: "2026-02-03T01:00:00Z",
  });
  store.recordDelivery({
    ...part,
    channel: "slack",
    status: "failed",
    attempts: 1,
    at: "2026-02-04T01:00:00Z",
  });
  assert.deepEqual(
    store.listFailedDeliveries().map((d) => [d.date, d.channel]),
    [
      ["2026-02-04", "slack"],
      ["2026-02-03", "feishu"],
    ],
  );
  assert.equal(store.listFailedDeliveries("2026-02-03").length, 1);
});

test("a request cut off mid-flight counts as one unknown outcome; entries are kept when sent", () => {
  const at = "2026-02-04T01:00:00Z";
  store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
  // The run was killed here: the row says "sending", which the next run reads as one unknown outcome.
  assert.deepEqual(store.deliveryState(part), { status: "sending", unknownOutcomes: 1 });
  store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
  store.recordDelivery({ ...part, status: "failed", error: "timeout", attempts: 1, unknownOutcomes: 1, at });
  assert.deepEqual(store.deliveryState(part), { status: "failed", unknownOutcomes: 2 });
  assert.equal(store.listFailedDeliveries("2026-02-04").length, 1);
  store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
  store.recordDelivery({ ...part, status: "sent", attempts: 1, entries: ["https://e.org/a"], at });
  store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
  assert.equal(store.deliveryState(part)?.status, "sent", "sent never goes back");
  assert.deepEqual(store.listSentParts("2026-02-04", "feishu"), [
    { partKey: part.partKey, entries: ["https://e.org/a"] },
  ]);
});
