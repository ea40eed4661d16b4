/**
 * The demo day through `daybrief worker` processes on Postgres + Redis (queue.url), against the
 * in-process SQLite run of the same config: the same briefing comes out (md and json), also when a
 * worker is killed with SIGKILL in the middle of an analysis (no article answered twice by the LLM
 * stub, no part received twice by the webhook and WeCom receivers), and a worker stopped with SIGTERM
 * finishes its job before it exits. The workers' /metrics speaks Prometheus's text format.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { RecordedRequest } from "../src/demo/llm-stub.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";
import { DEMO_DAY } from "./support/cli-harness.ts";
import { postgresSkipReason } from "./support/postgres-server.ts";
import { createQueueDay, isAnalysis, type WorkerProcess, type World } from "./support/queue-day.ts";
import { redisSkipReason } from "./support/redis-server.ts";

const skip = redisSkipReason() ?? postgresSkipReason();

describe("the demo day on queue workers (Postgres + Redis)", { skip }, () => {
  const day = createQueueDay();
  const {
    world,
    queueRun,
    briefingOf,
    assertSameBriefing,
    assertReadDayKeepsNoItems,
    assertAnalysedOnce,
    assertDeliveredOnce,
    reference,
  } = day;

  before(() => day.start());

  after(() => day.stop());

  test("3 workers write the same briefing as the in-process SQLite run; /metrics counts their jobs", async () => {
    const w = await world();
    const metricsArgs = ["--concurrency", "2", "--metrics-port", "0"];
    const { workers, stdout, code, databaseUrl, prefix } = await queueRun("same", w, {
      workers: 3,
      args: metricsArgs,
    });
    assert.equal(code, 0, stdout);
    assertSameBriefing(w);
    await assertReadDayKeepsNoItems(prefix);
    assertAnalysedOnce(w);
    assertDeliveredOnce(w);
    const store = await openPostgresStore(databaseUrl);
    try {
      const [run] = await store.listRuns();
      assert.equal(run?.status, "ok");
    } finally {
      await store.close();
    }
    // Each worker answers /metrics; the queue gauges are Redis's, the same on every worker.
    const url = workers[0]!.stdout().match(/metrics: (http:\/\/\S+)/)?.[1];
    assert.ok(url, workers[0]!.stdout());
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const primaries = reference().stub.answered.filter(isAnalysis).length;
    assert.match(
      text,
      new RegExp(`^daybrief_queue_jobs\\{queue="analyse",state="completed"\\} ${primaries}$`, "m"),
    );
    assert.match(text, /^daybrief_queue_jobs\{queue="day",state="completed"\} 5$/m);
    assert.match(text, /^daybrief_queue_jobs\{queue="deliver",state="completed"\} 2$/m);
    assert.match(text, /^daybrief_queue_workers 3$/m);
    let tokens = 0;
    for (const worker of workers) {
      const own = await (await fetch(worker.stdout().match(/metrics: (http:\/\/\S+)/)![1]!)).text();
      for (const m of own.matchAll(/^daybrief_llm_tokens_total\{kind="(?:prompt|completion)"\} (\d+)$/gm))
        tokens += Number(m[1]);
    }
    const billed = JSON.parse(briefingOf(w, "json")).usage;
    assert.equal(
      tokens,
      billed.promptTokens + billed.completionTokens,
      "the workers' tokens add up to the day's",
    );
  });

  test("a worker killed with SIGKILL mid-analysis: its job is retried elsewhere; nothing analysed or sent twice", async () => {
    let analyses = 0;
    let workers: WorkerProcess[] = [];
    let victim: WorkerProcess | undefined;
    const w = await world((request) => {
      if (!isAnalysis(request) || ++analyses !== 3) return { auto: true };
      // The third analysis is held, and the worker that asked for it killed while it waits.
      victim = workers.find((p) => p.id === request.headers["x-daybrief-worker"]);
      setImmediate(() => victim?.child.kill("SIGKILL"));
      return { auto: true, delayMs: 8000 };
    });
    const { stdout, code } = await queueRun("kill", w, {
      workers: 3,
      onWorkers: (started) => {
        workers = started;
      },
    });
    assert.ok(victim, "a worker asked for the third analysis");
    assert.equal(await victim.exited, null, "the victim was killed by a signal");
    assert.equal(victim.child.signalCode, "SIGKILL");
    assert.equal(code, 0, stdout);
    assertSameBriefing(w);
    assertAnalysedOnce(w);
    assertDeliveredOnce(w);
    // The held request was never answered: the killed worker's job asked again elsewhere.
    assert.equal(w.stub.requests.filter(isAnalysis).length, w.stub.answered.filter(isAnalysis).length + 1);
  });

  test("SIGTERM: the worker finishes the job in hand, then exits 0; the others finish the day", async () => {
    let workers: WorkerProcess[] = [];
    let stopped: WorkerProcess | undefined;
    let held: RecordedRequest | undefined;
    const w = await world((request) => {
      if (!isAnalysis(request) || stopped) return { auto: true };
      stopped = workers.find((p) => p.id === request.headers["x-daybrief-worker"]);
      held = request;
      setImmediate(() => stopped?.child.kill("SIGTERM"));
      // Answered after the signal: the worker must wait for it, not drop the job.
      return { auto: true, delayMs: 1500 };
    });
    const { stdout, code } = await queueRun("term", w, {
      workers: 2,
      onWorkers: (started) => {
        workers = started;
      },
    });
    assert.ok(stopped && held, "a worker asked for an analysis");
    assert.equal(await stopped.exited, 0, stopped.stdout());
    assert.match(stopped.stdout(), /stopping: letting current jobs finish/);
    assert.match(stopped.stdout(), /worker stopped$/m);
    assert.ok(w.stub.answered.includes(held), "the job in hand was finished, its reply read");
    assert.equal(code, 0, stdout);
    assertSameBriefing(w);
    assertAnalysedOnce(w);
    assertDeliveredOnce(w);
  });

  test("publish.review on the queue: the day stops at a draft (nothing written or sent); publishing it sends the in-process briefing", async () => {
    const w = await world();
    const { stdout, code } = await queueRun("review", w, {
      workers: 2,
      config: { publish: { review: true } },
    });
    assert.equal(code, 0, stdout);
    assert.equal(w.hook.accepted.length + w.wecom.accepted.length, 0, "a draft sends nothing");
    assert.throws(() => briefingOf(w, "md"), /ENOENT/, "a draft writes no files");
    const published = await w.harness.run(["review", "--date", DEMO_DAY, "--publish"]);
    assert.equal(published.code, 0, `${published.stdout}\n${published.stderr}`);
    // The published draft is the in-process run's briefing plus the note that an editor published it.
    const note = /本期经编辑审阅后发布（审阅：cli；修改 0 处）/;
    assert.match(briefingOf(w, "md"), note);
    const items = (x: World) =>
      JSON.stringify(JSON.parse(briefingOf(x, "json")).entries).replace(/"articleId":\d+/g, "");
    assert.equal(items(w), items(reference()), "the same entries, in the same order");
    const body = (x: World) => briefingOf(x, "md").split("\n**LLM 用量**")[0];
    assert.equal(body(w), body(reference()));
    assertDeliveredOnce(w);
  });
});
