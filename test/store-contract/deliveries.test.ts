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

    const part = { date: "2026-02-04", channel: "feishu", partKey: "1/2:abc" };
    /** Parts of a date still not delivered (failed, or cut off mid-request). */
    const undelivered = async (date: string) =>
      (await store.listDeliveries(date)).filter((d) => d.status === "failed" || d.status === "sending");

    test("a failed part becomes sent later; attempts add up", async () => {
      assert.equal(await store.hasDelivered(part), false);
      await store.recordDelivery({
        ...part,
        status: "failed",
        error: "HTTP 500",
        attempts: 3,
        at: "2026-02-04T01:00:00Z",
      });
      assert.equal(await store.hasDelivered(part), false);
      assert.deepEqual(await undelivered("2026-02-04"), [
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
      await store.recordDelivery({ ...part, status: "sent", attempts: 1, at: "2026-02-04T02:00:00Z" });
      assert.equal(await store.hasDelivered(part), true);
      assert.deepEqual(await store.listDeliveries("2026-02-04"), [
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
      assert.deepEqual(await undelivered("2026-02-04"), []);
    });

    test("a sent part never goes back to failed", async () => {
      await store.recordDelivery({ ...part, status: "sent", attempts: 1, at: "2026-02-04T01:00:00Z" });
      await store.recordDelivery({
        ...part,
        status: "failed",
        error: "HTTP 429",
        attempts: 1,
        at: "2026-02-04T02:00:00Z",
      });
      assert.equal(await store.hasDelivered(part), true);
      assert.equal((await store.listDeliveries("2026-02-04"))[0]?.error, undefined);
    });

    test("parts are told apart by date, channel and part key", async () => {
      await store.recordDelivery({ ...part, status: "sent", attempts: 1, at: "2026-02-04T01:00:00Z" });
      assert.equal(await store.hasDelivered({ ...part, partKey: "2/2:def" }), false);
      assert.equal(await store.hasDelivered({ ...part, channel: "slack" }), false);
      assert.equal(await store.hasDelivered({ ...part, date: "2026-02-05" }), false);
      await store.recordDelivery({
        ...part,
        date: "2026-02-03",
        status: "failed",
        attempts: 1,
        at: "2026-02-03T01:00:00Z",
      });
      await store.recordDelivery({
        ...part,
        channel: "slack",
        status: "failed",
        attempts: 1,
        at: "2026-02-04T01:00:00Z",
      });
      assert.deepEqual(
        [...(await undelivered("2026-02-04")), ...(await undelivered("2026-02-03"))].map((d) => [
          d.date,
          d.channel,
        ]),
        [
          ["2026-02-04", "slack"],
          ["2026-02-03", "feishu"],
        ],
      );
      assert.equal((await undelivered("2026-02-03")).length, 1);
    });

    test("a request cut off mid-flight counts as one unknown outcome; entries are kept when sent", async () => {
      const at = "2026-02-04T01:00:00Z";
      await store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
      // The run was killed here: the row says "sending", which the next run reads as one unknown outcome.
      assert.deepEqual(await store.deliveryState(part), { status: "sending", unknownOutcomes: 1 });
      await store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
      await store.recordDelivery({
        ...part,
        status: "failed",
        error: "timeout",
        attempts: 1,
        unknownOutcomes: 1,
        at,
      });
      assert.deepEqual(await store.deliveryState(part), { status: "failed", unknownOutcomes: 2 });
      assert.equal((await undelivered("2026-02-04")).length, 1);
      await store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
      await store.recordDelivery({ ...part, status: "sent", attempts: 1, entries: ["https://e.org/a"], at });
      await store.recordDelivery({ ...part, status: "sending", attempts: 0, at });
      assert.equal((await store.deliveryState(part))?.status, "sent", "sent never goes back");
      assert.deepEqual(await store.listSentParts("2026-02-04", "feishu"), [
        { partKey: part.partKey, entries: ["https://e.org/a"] },
      ]);
    });
  });
