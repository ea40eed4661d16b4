/**
 * The outside world of the queue-workers test (test/queue-run.test.ts): the demo server, Redis, an
 * in-process SQLite reference run, and per scenario an LLM stub, two receivers, a fresh Postgres
 * database and queue prefix, `daybrief worker` processes and one `daybrief run`; with the checks
 * that compare a queue run against the reference (same briefing, analysed once, delivered once).
 */
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import type { Receiver } from "../../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../../src/deliver/testdata/receivers/webhook.ts";
import { startWeComReceiver } from "../../src/deliver/testdata/receivers/wecom.ts";
import { createDemoFetch } from "../../src/demo/demo-fetch.ts";
import { type DemoServer, startDemoServer } from "../../src/demo/index.ts";
import {
  type LlmStub,
  type RecordedRequest,
  type ScriptedReply,
  startLlmStub,
} from "../../src/demo/llm-stub.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./cli-harness.ts";
import { createTestDatabase } from "./postgres-server.ts";
import { startRedis, testPrefix } from "./redis-server.ts";
import { spawnWorker } from "./spawn-worker.ts";

const HOOK_SECRET = "webhook-SECRET-queue";
/** A "${NAME}" reference, resolved by the config loader from the environment. */
const envRef = (name: string) => `\${${name}}`;

/** One scenario's outside world: an LLM stub and two receivers (the webhook, WeCom's split parts). */
export interface World {
  stub: LlmStub;
  hook: Receiver;
  wecom: Receiver;
  harness: Harness;
  close(): Promise<void>;
}

/** An analysis request (not the gate's or a repair's): its system prompt asks for "insights". */
export function isAnalysis(request: RecordedRequest): boolean {
  const system = (request.body?.messages ?? []).find((m: { role: string }) => m.role === "system");
  return String(system?.content ?? "").includes('"insights"');
}

/** Which article an LLM request is about: its user message. */
const articleOf = (request: RecordedRequest) =>
  String((request.body?.messages ?? []).filter((m: { role: string }) => m.role === "user").at(-1)?.content);

export interface WorkerProcess {
  id: string;
  child: ChildProcess;
  stdout: () => string;
  exited: Promise<number | null>;
}

/** The queue day's scenarios, sharing one demo server, one Redis and one reference run. */
export function createQueueDay() {
  let server: DemoServer;
  let redisUrl: string;
  let reference: World;
  const cleanups: (() => Promise<void> | void)[] = [];

  async function world(script?: (request: RecordedRequest) => ScriptedReply): Promise<World> {
    const stub = await startLlmStub(script ? { script } : {});
    const hook = await startWebhookReceiver(HOOK_SECRET);
    const wecom = await startWeComReceiver();
    const origins = [stub.baseUrl, hook.url, wecom.url];
    const harness = createHarness({
      fetch: createDemoFetch(server.origin, globalThis.fetch, origins),
      env: { HOOK_SECRET, DAYBRIEF_TEST_WORKER: "run" },
    });
    const w: World = {
      stub,
      hook,
      wecom,
      harness,
      async close() {
        await Promise.all([stub.close(), hook.close(), wecom.close()]);
        harness.cleanup();
      },
    };
    cleanups.push(() => w.close());
    return w;
  }

  function configOf(w: World, extra: object = {}) {
    return baseConfig(server.sources, {
      // Pages of the demo's WeChat host without the 2–5 s pacing (the same in both runs).
      fetch: { hosts: { "mp.weixin.qq.com": { minIntervalMs: 0, jitterMs: 0 } } },
      llm: {
        providers: [
          {
            id: "stub",
            baseUrl: w.stub.baseUrl,
            model: "stub-model",
            jsonMode: "json_object",
            maxRetries: 1,
            // Which process asked: the test kills the worker whose request it holds.
            headers: { "x-daybrief-worker": envRef("DAYBRIEF_TEST_WORKER") },
          },
        ],
        prices: { "stub-model": { input: 1, output: 2, currency: "CNY" } },
      },
      channels: [
        { id: "hook", type: "webhook", url: w.hook.url, secret: envRef("HOOK_SECRET") },
        { id: "wecom", type: "wecom", webhook: w.wecom.url },
      ],
      ...extra,
    });
  }

  /** `daybrief worker` processes on the world's config, each ready (its "worker ready" line printed). */
  async function startWorkers(w: World, count: number, args: string[]): Promise<WorkerProcess[]> {
    const origins = [w.stub.baseUrl, w.hook.url, w.wecom.url];
    const env = { HOOK_SECRET, DAYBRIEF_TEST_WORKER_ARGS: args.join(" ") };
    const started = await Promise.allSettled(
      Array.from({ length: count }, (_, i) =>
        spawnWorker(`w${i + 1}`, w.harness.configPath, server.origin, origins, env),
      ),
    );
    const workers: WorkerProcess[] = [];
    for (const result of started)
      if (result.status === "fulfilled") {
        const worker = result.value;
        cleanups.push(() => worker.kill());
        workers.push({ id: worker.id, child: worker.child, stdout: worker.output, exited: worker.exited });
      }
    const failed = started.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    return workers;
  }

  /** A queue scenario: fresh Postgres database and queue prefix, `count` workers, one `daybrief run`. */
  async function queueRun(
    name: string,
    w: World,
    options: {
      workers: number;
      args?: string[];
      onWorkers?: (workers: WorkerProcess[]) => void;
      config?: object;
    },
  ): Promise<{
    workers: WorkerProcess[];
    stdout: string;
    code: number;
    databaseUrl: string;
    prefix: string;
  }> {
    const database = await createTestDatabase();
    const prefix = testPrefix(name);
    cleanups.push(() => database.drop());
    w.harness.writeConfig(
      configOf(w, {
        ...options.config,
        store: { url: database.url },
        // A dead worker's job goes to another after ~5 s; retries wait 200 ms, then double.
        queue: { url: redisUrl, prefix, lockMs: 5000, backoffMs: 200 },
      }),
    );
    const workers = await startWorkers(w, options.workers, options.args ?? ["--concurrency", "1"]);
    options.onWorkers?.(workers);
    const run = await w.harness.run(["run", "--date", DEMO_DAY]);
    return {
      workers,
      stdout: `${run.stdout}\n${run.stderr}`,
      code: run.code,
      databaseUrl: database.url,
      prefix,
    };
  }

  const briefingOf = (w: World, ext: "md" | "json") =>
    readFileSync(outputPath(w.harness.dir, DEMO_DAY, ext), "utf8");

  /**
   * The md and json the workers wrote equal the in-process run's, byte for byte but for the stored
   * articles' ids (surrogate keys, numbered in the order the pages were stored: by concurrent
   * workers, another order). On a difference, the first differing line.
   */
  function assertSameBriefing(w: World) {
    const ids = (text: string) => text.replace(/"articleId": \d+/g, '"articleId": "…"');
    for (const ext of ["md", "json"] as const) {
      const got = ids(briefingOf(w, ext)).split("\n");
      const want = ids(briefingOf(reference, ext)).split("\n");
      const at = got.findIndex((line, i) => line !== want[i]);
      if (at === -1 && got.length === want.length) continue;
      assert.fail(
        `the ${ext} output differs at line ${at + 1}:\n  queue:      ${got[at]}\n  in process: ${want[at]}\n` +
          `${got.slice(Math.max(0, at - 5), at + 3).join("\n")}`,
      );
    }
  }

  /**
   * read-day's data, once its read jobs are added, keeps what it counts (per source) and not the
   * day's items: each read job holds its own (job data stays linear in the day, not twice it).
   */
  async function assertReadDayKeepsNoItems(prefix: string) {
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const day = new Queue("day", { connection, prefix });
    const reads = new Queue("read", { connection, prefix });
    try {
      const [readDay] = (await day.getJobs(["completed"])).filter((j) => j.name === "read-day");
      const readJobs = await reads.getJobs(["completed"]);
      assert.ok(readJobs.length > 5, "the demo day's items were read by jobs of their own");
      assert.deepEqual(readDay?.data.reads.candidates, []);
      assert.ok(readDay?.data.reads.counts.length > 0);
    } finally {
      await Promise.all([day.close(), reads.close()]);
      connection.disconnect();
    }
  }

  /** Every article the stub answered exactly once, and as many as the reference run's. */
  function assertAnalysedOnce(w: World) {
    const answered = w.stub.answered.filter(isAnalysis).map(articleOf);
    const twice = answered.filter((a, i) => answered.indexOf(a) !== i);
    assert.deepEqual(twice, [], "an article was analysed (and paid for) twice");
    assert.equal(answered.length, reference.stub.answered.filter(isAnalysis).length);
  }

  /** Every part the receivers accepted, once, and the same parts as the reference run's. */
  function assertDeliveredOnce(w: World) {
    for (const receiver of ["hook", "wecom"] as const) {
      const got = w[receiver].accepted;
      assert.equal(new Set(got).size, got.length, `${receiver}: a part arrived twice`);
      assert.equal(got.length, reference[receiver].accepted.length, `${receiver}: parts missing`);
    }
  }

  /** Redis, the demo server and the in-process reference run. */
  async function start() {
    redisUrl = (await startRedis()).url;
    server = await startDemoServer({ allowOrigins: [] });
    cleanups.push(() => server.close());
    reference = await world();
    reference.harness.writeConfig(configOf(reference));
    const run = await reference.harness.run(["run", "--date", DEMO_DAY]);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.ok(reference.stub.answered.filter(isAnalysis).length > 5, "the demo day analyses its stories");
    assert.ok(reference.wecom.accepted.length > 1, "the WeCom briefing comes in several parts");
  }

  async function stop() {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }

  return {
    start,
    stop,
    world,
    queueRun,
    briefingOf,
    assertSameBriefing,
    assertReadDayKeepsNoItems,
    assertAnalysedOnce,
    assertDeliveredOnce,
    /** The in-process SQLite run every queue run is compared with. */
    reference: () => reference,
  };
}
