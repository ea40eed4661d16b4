// Several briefings per install (test/support/briefings-install.ts) on the work queue (queue.url, a
// real Redis): the day read once and handed to the later briefing's flow by key.
import assert from "node:assert/strict";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, test } from "node:test";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { runCli } from "../src/cli/index.ts";
import type { JobContext } from "../src/queue/job-context.ts";
import { sharedDayOf } from "../src/queue/read-day-job.ts";
import { openStore } from "../src/store/index.ts";
import {
  assertEachFetchedOnce,
  assertRubricAnalyses,
  install,
  outputOf,
  posts,
  site,
  urlOf,
  urlsOf,
  useBriefingsServers,
} from "./support/briefings-install.ts";
import { DEMO_DAY, FIXED_NOW } from "./support/cli-harness.ts";
import { redisSkipReason, startRedis, testPrefix } from "./support/redis-server.ts";

useBriefingsServers();

/**
 * The later briefing's flow is given the day by key (the run that read it), not by value: none of
 * its jobs' data holds the day's source outcomes (the models-only source's feed among them), its
 * read-day hands no second copy on, and the first flow's read-day holds the one copy.
 */
async function assertDayByKey(queue: { url: string; prefix: string }) {
  const connection = new Redis(queue.url, { maxRetriesPerRequest: null });
  const queues = ["day", "deliver"].map((name) => new Queue(name, { connection, prefix: queue.prefix }));
  try {
    const jobs = (await Promise.all(queues.map((q) => q.getJobs(["completed"])))).flat();
    const chips = jobs.filter((j) => j.data.run?.briefing === "chips");
    assert.ok(chips.length >= 6, `the chips flow's day steps and deliver job: ${chips.length}`);
    for (const job of chips) {
      assert.doesNotMatch(JSON.stringify(job.data), /feeds\/models\.xml/, `${job.name}'s data`);
      assert.equal(job.data.request?.sharedFrom?.briefing, "models", job.name);
    }
    const readDay = (briefing: string) =>
      jobs.find((j) => j.name === "read-day" && j.data.run.briefing === briefing)!;
    assert.equal(readDay("chips").returnvalue.shared, undefined);
    assert.match(JSON.stringify(readDay("models").returnvalue.shared), /feeds\/models\.xml/);
    // The key read back is the day; a key whose day is gone is a clear error, never an empty day.
    const ctx = { queues: { day: queues[0]! } } as unknown as JobContext;
    const models = readDay("models").data.run;
    assert.deepEqual(await sharedDayOf(ctx, models), readDay("models").returnvalue.shared);
    await assert.rejects(
      sharedDayOf(ctx, { ...models, runId: 999 }),
      /run 999 \(briefing models\) is not in the queue/,
    );
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

describe("on the work queue (queue.url, a real Redis)", { skip: redisSkipReason() }, () => {
  test("a day of two briefings: the shared feed and page fetched once; the briefing with its own rubric gets its own LLM call", async () => {
    const redis = await startRedis();
    const queue = { url: redis.url, prefix: testPrefix("briefings"), lockMs: 5000, backoffMs: 200 };
    const h = install({ prompts: { rubric: "./chips-rubric.md" } }, {}, { queue });
    // A `daybrief worker` in this process, on the same config and store, until aborted.
    const stop = new AbortController();
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const worker = runCli(["worker", "-c", h.configPath, "--concurrency", "2"], {
      env: { DAYBRIEF_LOG_LEVEL: "silent", LANG: "en_US.UTF-8" },
      cwd: h.dir,
      stdout: sink,
      stderr: sink,
      now: () => FIXED_NOW,
      signal: stop.signal,
    });
    try {
      const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
      assert.equal(run.code, 0, run.stdout + run.stderr);
    } finally {
      stop.abort();
      assert.equal(await worker, 0);
    }
    // The union of the two briefings' sources collected and read once (the second flow is given the day).
    assertEachFetchedOnce();
    await assertDayByKey(queue);
    // The workers analyse the chips briefing's articles with its rubric: a prompt version of its own.
    assertRubricAnalyses();
    // Each briefing's own entries (its sources' only), each sent once to its own webhook.
    assert.deepEqual(outputOf(h, "models").entries.map(urlOf).sort(), urlsOf(["models", "shared"]));
    assert.deepEqual(outputOf(h, "chips").entries.map(urlOf).sort(), urlsOf(["chips", "shared"]));
    assert.equal(posts.get("models")?.length, 1);
    assert.equal(posts.get("chips")?.length, 1);
    const store = openStore(join(h.dir, "data", "daybrief.db"));
    try {
      const shared = async (id: string) =>
        (await store.getBriefing(DEMO_DAY, id))!.briefing.items.find(
          (i) => i.url === `${site.url}/a/shared.html`,
        )!.analyser.promptVersion;
      assert.match(await shared("chips"), /chips-rubric\.v1/);
      assert.doesNotMatch(await shared("models"), /chips-rubric/);
      // Each briefing's coverage counts its own sources only.
      const coverage = (await store.getBriefing(DEMO_DAY, "chips"))!.briefing.coverage.map((c) => c.sourceId);
      assert.deepEqual(coverage.sort(), ["chips", "shared"]);
    } finally {
      await store.close();
    }
  });
});
