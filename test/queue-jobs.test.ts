/**
 * A queue job retried after its first attempt did its work (a worker killed after storing, before
 * BullMQ heard back): the retry asks the LLM nothing again, requests no page again, posts no part
 * again, and counts what the first attempt did. Each job is called twice as BullMQ would call it,
 * against a real store, the LLM stub, a page server and a webhook receiver on 127.0.0.1.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Job } from "bullmq";
import { BudgetTracker } from "../src/analyse/llm/index.ts";
import { parseConfig } from "../src/config/index.ts";
import type { Receiver } from "../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../src/deliver/testdata/receivers/webhook.ts";
import { type LlmStub, startLlmStub } from "../src/demo/llm-stub.ts";
import { startTestServer, type TestServer } from "../src/http/test-server.ts";
import { analyseArticleJob, deliverChannelJob, readPageJob } from "../src/queue/item-jobs.ts";
import type { JobContext } from "../src/queue/job-context.ts";
import { sampleBriefing } from "../src/render/testdata/sample-2026-02-04.ts";
import { makeArticle, makeSource } from "../src/store/testing.ts";
import { FIXED_NOW } from "./support/cli-harness.ts";
import { openJobContext } from "./support/queue-job-context.ts";

const SECRET = "webhook-SECRET-jobs";
let stub: LlmStub;
let pages: TestServer;
let pageRequests = 0;
let hook: Receiver;
let dir: string;
let ctx: JobContext;
let close: () => Promise<void>;

const PAGE = `<!doctype html><html><head><title>美团提出 STAR 框架</title></head><body><article>
<h1>美团提出 STAR 框架</h1>
<p>美团团队提出了 STAR 框架，通过堆叠同构自回归模块统一多模态理解与生成，在冻结的理解模型上方堆叠 Transformer 层。</p>
<p>实验显示，STAR 在 GenEval 上的综合得分为 0.91，在 DPG-Bench 上得分 87.4，超过同等规模的统一模型。</p>
<p>该方法复用顶层参数进行初始化，训练成本较低，团队表示代码和权重将在 GitHub 上开源。</p>
</article></body></html>`;

before(async () => {
  stub = await startLlmStub();
  pages = await startTestServer((_req, res) => {
    pageRequests++;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  });
  hook = await startWebhookReceiver(SECRET);
  dir = mkdtempSync(join(tmpdir(), "daybrief-queue-jobs-"));
  const config = parseConfig(
    [
      "sources:",
      `  - { id: jiqizhixin, name: 机器之心, url: "${pages.url}/feed.xml" }`,
      `fetch: { pages: always, allowPrivate: ["${new URL(pages.url).host}"] }`,
      "llm:",
      "  providers:",
      `    - { id: stub, baseUrl: "${stub.baseUrl}", model: stub-model, jsonMode: json_object, maxRetries: 1 }`,
      "channels:",
      `  - { id: hook, type: webhook, url: "${hook.url}", secret: "${SECRET}" }`,
      'store: { path: "./daybrief.db" }',
    ].join("\n"),
    { env: {}, baseDir: dir },
  );
  const { ctx: jobs, opened } = await openJobContext(config, dir, async (o) => ({
    primary: o.llmWithBudget!(new BudgetTracker()),
    fallback: o.deps.analysis.fallback,
  }));
  ctx = jobs;
  close = opened.close;
  await opened.deps.store.upsertSource(makeSource());
});

after(async () => {
  await close?.();
  await Promise.all([stub?.close(), pages?.close(), hook?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** What BullMQ hands a processor, as far as the item jobs read it. */
const jobOf = <T>(data: T) => ({ data }) as unknown as Job<T>;
const signal = new AbortController().signal;

async function openRun(): Promise<{ runId: number; date: string; briefing: string }> {
  const runId = await ctx.deps.store.startRun({
    date: "2026-02-04",
    startedAt: FIXED_NOW.toISOString(),
    command: "run",
  });
  return { runId, date: "2026-02-04", briefing: "default" };
}

test("analyse retried after saving: the LLM is asked once, also under --reanalyse; both attempts count it analysed", async () => {
  const saved = await ctx.deps.store.saveArticle(
    makeArticle({
      url: "https://example.org/star",
      contentHash: "a".repeat(64),
      text: "美团团队提出了 STAR 框架。\n\n实验显示，STAR 在 GenEval 上的综合得分为 0.91。",
    }),
  );
  const run = await openRun();
  const analysed = { cached: 0, analysed: 1, fallback: 0, failed: 0, rejected: 0 };
  for (const reanalyse of [false, true, true]) {
    const value = await analyseArticleJob(ctx, jobOf({ run, articleId: saved.id, reanalyse }), signal);
    assert.deepEqual(value.counts, analysed);
  }
  assert.equal(stub.answered.length, 1, "one paid call for the three attempts");
  // Another run reuses the stored analysis as the in-process run does: cached, no call.
  const next = await openRun();
  const again = await analyseArticleJob(ctx, jobOf({ run: next, articleId: saved.id }), signal);
  assert.deepEqual(again.counts, { ...analysed, analysed: 0, cached: 1 });
  assert.equal(stub.answered.length, 1);
});

test("read retried after storing: the page is requested once and both attempts count it stored", async () => {
  const run = await openRun();
  const url = `${pages.url}/s/star`;
  const candidate = {
    sourceId: "jiqizhixin",
    url,
    firstSeenAt: FIXED_NOW.toISOString(),
    item: { url, title: "美团提出 STAR 框架", publishedAt: "2026-02-04T03:00:00.000Z" },
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const value = await readPageJob(ctx, jobOf({ run, candidate }), signal);
    assert.deepEqual(value, { kind: "read", sourceId: "jiqizhixin", outcome: "stored" });
  }
  assert.equal(pageRequests, 1);
  assert.equal((await ctx.deps.store.findArticleByUrl(url))?.textFrom, "page");
});

test("deliver retried after sending: the receiver gets each part once; the retry reports them already sent", async () => {
  const run = await openRun();
  const request = { command: "run", kind: "briefing" as const };
  const data = { run, request, channelId: "hook", briefing: sampleBriefing };
  const first = await deliverChannelJob(ctx, jobOf(data), signal);
  const second = await deliverChannelJob(ctx, jobOf(data), signal);
  assert.equal(hook.accepted.length, 1);
  assert.equal(first.channel?.sent, 1);
  assert.equal(second.channel?.sent, 0);
  assert.equal(second.channel?.skipped, 1);
  assert.deepEqual(second.failures, []);
});

test("a job of a run that has ended refuses to start (it fails for good, no retry)", async () => {
  const run = await openRun();
  await ctx.deps.store.finishRun(run.runId, {
    endedAt: FIXED_NOW.toISOString(),
    status: "cancelled",
    counts: {},
    failures: [],
  });
  const before = stub.requests.length;
  await assert.rejects(
    analyseArticleJob(ctx, jobOf({ run, articleId: 1 }), signal),
    (error: Error) => error.name === "UnrecoverableError" && /run \d+ is cancelled/.test(error.message),
  );
  assert.equal(stub.requests.length, before);
});
