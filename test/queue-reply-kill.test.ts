/**
 * A worker killed with SIGKILL after the LLM replied and before the analysis was saved: the reply was
 * recorded first (store.recordAnalysisReply), so the job retried on the other worker reuses it and
 * the call is paid once. Real processes: two `daybrief worker` children on Postgres + Redis, an
 * OpenAI-compatible stub counting calls, a feed and page server on 127.0.0.1. The kill point is
 * made exact by holding a lock on the analyses table: the victim is killed while its save waits.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { type LlmStub, type RecordedRequest, startLlmStub } from "../src/demo/llm-stub.ts";
import { startTestServer, type TestServer } from "../src/http/test-server.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";
import { countLockWaiters, holdTableWrites } from "../src/store/postgres/testing.ts";
import { createHarness, DEMO_DAY } from "./support/cli-harness.ts";
import { createTestDatabase, postgresSkipReason } from "./support/postgres-server.ts";
import { redisSkipReason, startRedis, testPrefix } from "./support/redis-server.ts";
import { spawnWorker, type WorkerChild } from "./support/spawn-worker.ts";

const skip = redisSkipReason() ?? postgresSkipReason();
const PAGE = readFileSync(join(import.meta.dirname, "testdata", "reply-kill", "orion.html"), "utf8");
/** A "${NAME}" reference, resolved by the config loader from the environment. */
const envRef = (name: string) => `\${${name}}`;
const TITLE = "星河智能开源 14B 多语言推理模型 Orion-LM";

/** An analysis request (not the gate's or a repair's): its system prompt asks for "insights". */
function isAnalysis(request: RecordedRequest): boolean {
  const system = (request.body?.messages ?? []).find((m: { role: string }) => m.role === "system");
  return String(system?.content ?? "").includes('"insights"');
}

describe("a worker killed between the LLM's reply and the save (Postgres + Redis)", { skip }, () => {
  const cleanups: (() => unknown)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test("the retried job reuses the recorded reply: one LLM call paid, one analysis saved", async () => {
    const site: TestServer = await startTestServer((req, res) => {
      if (req.url === "/feed.xml") {
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>实验室</title>
<link>${site.url}/</link><description>lab</description>
<item><title>${TITLE}</title><link>${site.url}/a/orion.html</link><guid>${site.url}/a/orion.html</guid>
<pubDate>Wed, 04 Feb 2026 02:00:00 GMT</pubDate><description>${TITLE}。</description></item></channel></rss>`);
      } else if (req.url === "/a/orion.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      } else res.writeHead(404).end();
    });
    cleanups.push(() => site.close());
    const redis = await startRedis();
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    // The analysis request: the analyses table is locked before the reply goes out, so the worker
    // that gets it waits at its save (every other write of the day is done by then).
    let locked: ReturnType<typeof holdTableWrites> | undefined;
    const stub: LlmStub = await startLlmStub({
      script: (request) => {
        if (!isAnalysis(request) || locked) return { auto: true };
        locked = holdTableWrites(database.url, "analyses");
        return { auto: true, delayMs: 300 };
      },
    });
    cleanups.push(() => stub.close());
    const harness = createHarness({ env: { DAYBRIEF_TEST_WORKER: "run" } });
    cleanups.push(() => harness.cleanup());
    const host = new URL(site.url).host;
    harness.writeConfig({
      timezone: "Asia/Shanghai",
      sources: [{ id: "lab", name: "实验室", url: `${site.url}/feed.xml` }],
      fetch: { allowPrivate: [host], hosts: { [host]: { minIntervalMs: 0, jitterMs: 0 } } },
      llm: {
        providers: [
          {
            id: "stub",
            baseUrl: stub.baseUrl,
            model: "stub-model",
            jsonMode: "json_object",
            maxRetries: 1,
            // Which process asked: the test kills the worker whose request the stub answered.
            headers: { "x-daybrief-worker": envRef("DAYBRIEF_TEST_WORKER") },
          },
        ],
      },
      output: { dir: "./out" },
      store: { url: database.url },
      // A dead worker's job goes to the other after ~2 s.
      queue: { url: redis.url, prefix: testPrefix("reply-kill"), lockMs: 2000, backoffMs: 200 },
    });

    const workers: WorkerChild[] = [];
    for (const id of ["w1", "w2"]) {
      const worker = await spawnWorker(id, harness.configPath, site.url, [stub.baseUrl], {});
      cleanups.push(() => worker.kill());
      workers.push(worker);
    }
    const running = harness.run(["run", "--date", DEMO_DAY]);

    // Wait for a worker's save of the analysis to be blocked on the lock: it has had the reply.
    const deadline = Date.now() + 60_000;
    while ((await countLockWaiters(database.url, "FROM analyses")) === 0) {
      assert.ok(
        Date.now() < deadline,
        `no worker came to save an analysis (${stub.answered.length} answered)\n${workers.map((w) => w.output()).join("\n")}`,
      );
      await new Promise((r) => setTimeout(r, 50));
    }
    const asked = stub.answered.filter(isAnalysis);
    assert.equal(asked.length, 1, "the reply came before the save");
    const victim = workers.find((w) => w.id === asked[0]!.headers["x-daybrief-worker"]);
    assert.ok(victim, "the stub knows which worker asked");
    victim.kill();
    assert.equal(await victim.exited, null);
    assert.equal(victim.child.signalCode, "SIGKILL");
    await (await locked!).release();

    const run = await running;
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    const analyses = stub.answered.filter(isAnalysis);
    assert.equal(analyses.length, 1, "the retry asked the LLM again: one call paid twice");
    const store = await openPostgresStore(database.url);
    try {
      const briefing = (await store.getBriefing(DEMO_DAY))?.briefing;
      assert.equal(briefing?.items.length, 1);
      const [stored] = await store.listAnalysesForArticles([briefing!.items[0]!.articleId!]);
      assert.equal(stored?.status, "ok");
      assert.equal(stored?.usage?.calls, 1, "the one call's usage, once");
      const key = {
        contentHash: stored!.contentHash,
        analyser: stored!.analyser.name,
        promptVersion: stored!.analyser.promptVersion,
      };
      assert.equal(await store.findAnalysisReply(key), undefined, "the save settled the recorded reply");
      const [row] = await store.listRuns();
      assert.equal((await store.sumUsageForRun(row!.id)).calls, stub.answered.length);
    } finally {
      await store.close();
    }
  });
});
