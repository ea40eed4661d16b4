import assert from "node:assert/strict";
import { test } from "node:test";
import { sleep } from "./sleep.ts";

test("sleep waits, and an abort ends it at once with the signal's own reason", async () => {
  const started = Date.now();
  await sleep(20);
  assert.ok(Date.now() - started >= 15);
  const controller = new AbortController();
  const pending = sleep(10_000, controller.signal);
  const reason = new Error("stop");
  controller.abort(reason);
  await assert.rejects(pending, (e) => e === reason);
  await assert.rejects(sleep(10, AbortSignal.abort(reason)), (e) => e === reason);
});
