import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../config/index.ts";
import { createHostGate } from "./shared-limits.ts";
import type { BucketTake, TokenBuckets } from "./token-buckets.ts";

// The workers' shared host gate: every spelling of the paced host (a trailing dot, capitals,
// another port) takes from WeChat's one bucket at WeChat's rate, not from a fresh bucket of its own.
test("every spelling of a paced host takes from its one bucket, at its rate", async () => {
  const config = parseConfig(
    `sources:\n  - { id: a, name: A, url: "http://127.0.0.1/a.xml" }\nqueue: { url: "redis://127.0.0.1:6379" }\n`,
    { env: {}, baseDir: "/tmp" },
  );
  const taken: BucketTake[] = [];
  const buckets: TokenBuckets = {
    tryTake: async () => 0,
    take: async (takes) => void taken.push(...takes),
  };
  const gate = createHostGate(buckets, config);
  for (const host of ["mp.weixin.qq.com", "mp.weixin.qq.com.", "MP.Weixin.QQ.com.", "mp.weixin.qq.com:8443"])
    await gate.wait(host);
  assert.deepEqual(new Set(taken.map((t) => t.key)), new Set(["host:mp.weixin.qq.com"]));
  for (const t of taken) assert.deepEqual([t.capacity, t.perMinute], [1, 30], "one at a time, 2 s apart");
  taken.length = 0;
  await gate.wait("example.com.");
  assert.equal(taken[0]?.key, "host:example.com");
});
