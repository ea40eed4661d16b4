import assert from "node:assert/strict";
import { test } from "node:test";
import type { FlowJob } from "bullmq";
import { parseConfig } from "../config/index.ts";
import { buildDayFlow, jobOptionsOf } from "./day-flow.ts";
import { jobIdOf } from "./job-names.ts";

const config = parseConfig(
  `sources:\n  - { id: a, name: A, url: "http://127.0.0.1/a.xml" }\nqueue: { url: "redis://127.0.0.1:6379", attempts: 3, backoffMs: 1000 }\n`,
  { env: {}, baseDir: "/tmp" },
);
const run = { runId: 7, date: "2026-02-04", briefing: "default" };

test("a run's flow: deliver-day over publish over analyse-day over dedup over read-day over one collect per source", () => {
  const flow = buildDayFlow(
    run,
    { command: "run", kind: "briefing" },
    ["jiqizhixin", "qbitai"],
    jobOptionsOf(config.queue),
  );
  const chain: string[] = [];
  let node: FlowJob | undefined = flow;
  while (node) {
    chain.push(`${node.queueName}:${node.name}`);
    assert.equal(node.opts?.attempts, 3);
    assert.deepEqual(node.opts?.backoff, { type: "exponential", delay: 1000 });
    assert.equal(node.opts?.failParentOnFailure, true, "a step that fails for good fails the run");
    if (node.queueName === "collect") break;
    assert.ok(node.children && node.children.length >= 1);
    if (node.name === "read-day") {
      assert.deepEqual(
        node.children.map((c) => c.data.sourceId),
        ["jiqizhixin", "qbitai"],
      );
    }
    node = node.children[0];
  }
  assert.deepEqual(chain, [
    "day:deliver-day",
    "day:publish",
    "day:analyse-day",
    "day:dedup",
    "day:read-day",
    "collect:collect",
  ]);
});

test("job ids: one per run and item, stable, without BullMQ's ':' separator; another run or briefing, another id", () => {
  const url = "https://mp.weixin.qq.com/s/abc?x=1:2";
  const id = jobIdOf(run, "read", url);
  assert.equal(id, jobIdOf(run, "read", url));
  assert.ok(!id.includes(":"), id);
  assert.match(id, /^default\.2026-02-04\.r7\.read\.[0-9a-f]{16}$/);
  assert.notEqual(jobIdOf({ ...run, runId: 8 }, "read", url), id);
  assert.notEqual(jobIdOf({ ...run, briefing: "chips" }, "read", url), id);
  assert.notEqual(jobIdOf(run, "read", `${url}#`), id);
  // A briefing id that is not a plain word is hashed too.
  assert.ok(!jobIdOf({ ...run, briefing: "大模型:周报" }, "publish").includes(":"));
});
