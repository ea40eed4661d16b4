import assert from "node:assert/strict";
import { test } from "node:test";
import { createRateLimiter } from "./rate-limiter.ts";

/** A clock that only moves when the limiter sleeps. */
function fakeClock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

test("requests per minute: the third request of rpm=2 waits half a minute", async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ rpm: 2, concurrency: 10, now: clock.now, sleep: clock.sleep });
  (await limiter.acquire(1))();
  (await limiter.acquire(1))();
  assert.deepEqual(clock.sleeps, []);
  (await limiter.acquire(1))();
  assert.deepEqual(clock.sleeps, [30_000]);
});

test("tokens per minute: a request waits until its tokens have refilled", async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ tpm: 6000, now: clock.now, sleep: clock.sleep });
  (await limiter.acquire(6000))();
  (await limiter.acquire(3000))();
  assert.deepEqual(clock.sleeps, [30_000]);
  // More than the whole bucket is capped to the bucket, so it cannot wait forever.
  (await limiter.acquire(60_000))();
  assert.deepEqual(clock.sleeps, [30_000, 60_000]);
});

test("concurrency: a third caller waits until one of two releases", async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ concurrency: 2, now: clock.now, sleep: clock.sleep });
  const r1 = await limiter.acquire(1);
  await limiter.acquire(1);
  let third = false;
  const pending = limiter.acquire(1).then((r) => {
    third = true;
    return r;
  });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(third, false);
  assert.equal(limiter.active, 2);
  r1();
  r1(); // releasing twice is harmless
  (await pending)();
  assert.equal(third, true);
  assert.equal(limiter.active, 1);
});

test("unlimited by default", async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ now: clock.now, sleep: clock.sleep });
  for (let i = 0; i < 20; i++) (await limiter.acquire(100_000))();
  assert.deepEqual(clock.sleeps, []);
});

test("a caller queued for a slot who gives up leaves at once, and takes no slot", async () => {
  const clock = fakeClock();
  const limiter = createRateLimiter({ concurrency: 1, now: clock.now, sleep: clock.sleep });
  const held = await limiter.acquire(1);
  const controller = new AbortController();
  const gaveUp = limiter.acquire(1, controller.signal);
  const after = limiter.acquire(1);
  controller.abort(new Error("run cancelled"));
  await assert.rejects(gaveUp, /run cancelled/);
  held();
  (await after)();
  assert.equal(limiter.active, 0);
});
