import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
    describe("source alerts", () => {
      it("keeps one open alert per source and kind, closed by a recovery", async () => {
        const { store, remove } = await backend.open();
        try {
          const input = {
            sourceId: "qbitai",
            kind: "failing" as const,
            message: "量子位：连续 3 次抓取失败",
          };
          assert.equal(await store.raiseAlert({ ...input, at: "2026-02-04T13:00:00Z" }), true);
          assert.equal(await store.raiseAlert({ ...input, at: "2026-02-05T13:00:00Z" }), false);
          assert.equal(await store.raiseAlert({ ...input, kind: "stale", at: "2026-02-05T13:00:00Z" }), true);
          assert.deepEqual(
            (await store.openAlerts()).map((a) => [a.kind, a.raisedAt]),
            [
              ["failing", "2026-02-04T13:00:00.000Z"],
              ["stale", "2026-02-05T13:00:00.000Z"],
            ],
          );
          assert.equal(
            await store.recoverAlert({ sourceId: "qbitai", kind: "failing", at: "2026-02-06T13:00:00Z" }),
            true,
          );
          assert.equal(
            await store.recoverAlert({ sourceId: "qbitai", kind: "failing", at: "2026-02-06T13:00:00Z" }),
            false,
          );
          assert.deepEqual(
            (await store.openAlerts()).map((a) => a.kind),
            ["stale"],
          );
          assert.equal(await store.raiseAlert({ ...input, at: "2026-02-07T13:00:00Z" }), true);
          const history = await store.listAlerts("qbitai");
          assert.equal(history.length, 3);
          assert.equal(history[0]?.detail, undefined, "raised without a detail: none");
          await store.raiseAlert({
            sourceId: "aiera",
            kind: "failing",
            at: "2026-02-07T13:00:00Z",
            message: "新智元：连续 3 次抓取失败（HTTP 503）",
            detail: "连续 3 次抓取失败（HTTP 503）",
          });
          assert.deepEqual(
            (await store.listAlerts("aiera")).map((a) => [a.message, a.detail]),
            [["新智元：连续 3 次抓取失败（HTTP 503）", "连续 3 次抓取失败（HTTP 503）"]],
          );
          assert.equal(history.find((a) => a.recoveredAt)?.recoveredAt, "2026-02-06T13:00:00.000Z");
        } finally {
          await remove();
        }
      });
    });
  });
