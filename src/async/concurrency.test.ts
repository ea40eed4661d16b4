import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as wait } from "node:timers/promises";
import { createKeyedSemaphore, createSemaphore, mapLimit } from "./concurrency.ts";

const tick = () => new Promise((resolve) => setImmediate(resolve));

test("a semaphore never lets more than its limit in, and serves waiters in arrival order", async () => {
  const slot = createSemaphore(3);
  let active = 0;
  let most = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: 12 }, async (_, i) => {
      const release = await slot.acquire();
      order.push(i);
      most = Math.max(most, ++active);
      await wait((i * 7) % 5);
      active--;
      release();
    }),
  );
  assert.equal(most, 3);
  assert.deepEqual(
    order,
    Array.from({ length: 12 }, (_, i) => i),
  );
  assert.equal(slot.active, 0);
});

test("a released slot goes to the next waiter, not to a newcomer; releasing twice frees one slot", async () => {
  const slot = createSemaphore(1);
  const first = await slot.acquire();
  const got: string[] = [];
  const queued = slot.acquire().then((r) => {
    got.push("queued");
    return r;
  });
  first();
  first();
  const newcomer = slot.acquire().then((r) => {
    got.push("newcomer");
    return r;
  });
  (await queued)();
  (await newcomer)();
  assert.deepEqual(got, ["queued", "newcomer"]);
  assert.equal(slot.active, 0);
});

test("a waiter's abort rejects it with the signal's reason and leaves the queue", async () => {
  const slot = createSemaphore(1);
  const held = await slot.acquire();
  const controller = new AbortController();
  const aborted = slot.acquire(controller.signal);
  const next = slot.acquire();
  assert.equal(slot.waiting, 2);
  controller.abort(new Error("gave up"));
  await assert.rejects(aborted, /gave up/);
  assert.equal(slot.waiting, 1);
  held();
  (await next)();
  assert.equal(slot.active, 0);
  await assert.rejects(slot.acquire(AbortSignal.abort(new Error("already"))), /already/);
  assert.throws(() => createSemaphore(0), RangeError);
});

test("keyed semaphores are independent per key", async () => {
  const slotOf = createKeyedSemaphore(1);
  const a = await slotOf("a.example");
  assert.equal(slotOf("a.example"), slotOf("a.example"));
  const b = await slotOf("b.example").acquire(); // not blocked by a.example
  assert.equal(slotOf("a.example").active, 0);
  (await a.acquire())();
  b();
});

test("mapLimit keeps at most `limit` calls in flight and returns results in input order", async () => {
  let active = 0;
  let most = 0;
  const finished: number[] = [];
  const items = [30, 5, 20, 1, 10, 0, 15, 2];
  const results = await mapLimit(items, 3, async (ms, i) => {
    most = Math.max(most, ++active);
    await wait(ms);
    active--;
    finished.push(i);
    return ms * 2;
  });
  assert.equal(most, 3);
  assert.deepEqual(
    results,
    items.map((ms) => ms * 2),
  );
  assert.notDeepEqual(finished, [0, 1, 2, 3, 4, 5, 6, 7], "calls finished out of order");
  assert.deepEqual(await mapLimit([], 4, async () => 1), []);
});

test("mapLimit on a failure: no new call starts, calls in flight finish, then the first error is thrown", async () => {
  const started: number[] = [];
  const done: number[] = [];
  const pending = mapLimit([0, 1, 2, 3, 4, 5], 2, async (i) => {
    started.push(i);
    if (i === 0) {
      await tick();
      throw new Error("item 0 failed");
    }
    await wait(30);
    if (i === 1) throw new Error("item 1 failed too");
    done.push(i);
    return i;
  });
  await assert.rejects(pending, /item 0 failed/);
  // Item 1 was in flight when item 0 failed: it had finished (its own failure too) before the rejection.
  assert.deepEqual(started, [0, 1]);
  assert.deepEqual(done, []);
  const writes: number[] = [];
  await assert.rejects(
    mapLimit([0, 1, 2], 3, async (i) => {
      if (i === 2) throw new Error("last fails first");
      await wait(20);
      writes.push(i);
    }),
    /last fails first/,
  );
  assert.deepEqual(writes.sort(), [0, 1], "the other calls' work landed before the caller saw the error");
});
