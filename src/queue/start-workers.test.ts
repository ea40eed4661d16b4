import assert from "node:assert/strict";
import { test } from "node:test";
import { queueSchema } from "../config/index.ts";
import { QUEUE_NAMES, QUEUES } from "./job-names.ts";
import { lockOf } from "./start-workers.ts";

// A day step is one job of CPU work that grows with the day: at 10,000 articles publish blocked a
// loaded worker's thread past the 30 s lock three times (BullMQ could not renew it), was taken for
// a dead worker's job each time, and failed the run. The day's steps hold a lock of their own.
test("the day's steps hold queue.stepLockMs (default 10 min); item jobs queue.lockMs", () => {
  const config = queueSchema.parse({});
  assert.equal(config.lockMs, 30_000);
  assert.equal(lockOf(QUEUES.day, config), 600_000);
  for (const queue of QUEUE_NAMES.filter((q) => q !== QUEUES.day))
    assert.equal(lockOf(queue, config), 30_000);
  // Never shorter than an item's lock: a step's lock set below it is raised to it.
  assert.equal(lockOf(QUEUES.day, { ...config, lockMs: 60_000, stepLockMs: 1000 }), 60_000);
  assert.equal(lockOf(QUEUES.day, queueSchema.parse({ stepLockMs: 120_000 })), 120_000);
});
