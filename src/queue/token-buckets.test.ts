import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Redis } from "ioredis";
import { redisSkipReason, startRedis, testPrefix } from "../../test/support/redis-server.ts";
import { createTokenBuckets } from "./token-buckets.ts";

// The buckets workers share: two connections (two workers) taking from one bucket get the bucket's
// rate between them, not each; a call that needs two buckets takes from both or from neither.

describe("token buckets in Redis", { skip: redisSkipReason() }, () => {
  const clients: Redis[] = [];
  let url: string;
  before(async () => {
    url = (await startRedis()).url;
  });
  after(() => {
    for (const c of clients) c.disconnect();
  });
  const connect = () => {
    const client = new Redis(url);
    clients.push(client);
    return client;
  };

  test("two workers share one rate: 12 takes at 20/s with a burst of 2 take about half a second", async () => {
    const prefix = testPrefix("rate");
    const a = createTokenBuckets(connect(), { prefix });
    const b = createTokenBuckets(connect(), { prefix });
    const bucket = { key: "llm:p:requests", perMinute: 1200, capacity: 2, cost: 1 };
    const started = Date.now();
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).take([bucket])));
    const elapsed = Date.now() - started;
    // (12 − 2 at once) / 20 per second = 500 ms at least; each would alone have taken 250 ms.
    assert.ok(elapsed >= 480, `took ${elapsed} ms`);
    assert.ok(elapsed < 3000, `took ${elapsed} ms`);
  });

  test("a call takes from all its buckets or from none", async () => {
    const buckets = createTokenBuckets(connect(), { prefix: testPrefix("all") });
    const requests = { key: "r", perMinute: 60, capacity: 3, cost: 1 };
    const tokens = { key: "t", perMinute: 60, capacity: 5, cost: 5 };
    assert.equal(await buckets.tryTake([requests, tokens]), 0);
    // The token bucket is empty: the call waits, and the request bucket keeps its 2 left.
    const wait = await buckets.tryTake([requests, tokens]);
    assert.ok(wait > 0 && wait <= 5000, `wait ${wait}`);
    assert.equal(await buckets.tryTake([requests]), 0);
    assert.equal(await buckets.tryTake([requests]), 0);
    assert.ok((await buckets.tryTake([requests])) > 0, "the third request of a burst of 3 waits");
  });

  test("a bucket of 0 per minute is no limit; a caller's abort ends the wait", async () => {
    const buckets = createTokenBuckets(connect(), { prefix: testPrefix("abort") });
    assert.equal(await buckets.tryTake([{ key: "off", perMinute: 0, capacity: 0, cost: 1 }]), 0);
    const slow = { key: "slow", perMinute: 1, capacity: 1, cost: 1 };
    await buckets.take([slow]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 100);
    await assert.rejects(buckets.take([slow], controller.signal), /stop/);
  });
});
