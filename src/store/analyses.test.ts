import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { AnalyserInfo, Entry } from "../model/index.ts";
import type { Store } from "./store.ts";
import { makeArticle, makeSource, openTempStore } from "./testing.ts";

const llm: AnalyserInfo = { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "v1" };
const offline: AnalyserInfo = { kind: "offline", name: "offline-extractive", promptVersion: "v1" };
const hash = "a".repeat(64);
const entry: Entry = {
  org: "美团",
  title: "STAR：堆叠自回归架构",
  stars: 5,
  tags: ["多模态大模型"],
  summary: "美团提出 STAR 框架。",
  core: { bullets: [{ label: "架构", text: "堆叠模块", children: [{ text: "复用顶层参数" }] }] },
  results: { bullets: [] },
  insights: { lead: "原文未提供", bullets: [] },
  resources: [{ label: "arXiv 论文", url: "https://arxiv.org/abs/2512.13752" }],
};

let store: Store;
let remove: () => void;
let articleId: number;
beforeEach(() => {
  ({ store, remove } = openTempStore({ now: () => new Date("2026-02-04T08:00:00Z") }));
  store.upsertSource(makeSource());
  articleId = store.saveArticle(makeArticle({ contentHash: hash })).id;
});
afterEach(() => remove());

test("the cache hits only on the same hash, analyser and prompt version", () => {
  const key = { contentHash: hash, analyser: llm.name, promptVersion: "v1" };
  assert.equal(store.findAnalysis(key), undefined);
  const usage = { calls: 1, promptTokens: 1200, completionTokens: 300, cost: 0.002, currency: "USD" };
  const { id, saved } = store.saveAnalysis({
    articleId,
    contentHash: hash,
    status: "ok",
    entry,
    analyser: llm,
    usage,
  });
  assert.equal(saved, true);
  assert.deepEqual(store.findAnalysis(key), {
    id,
    articleId,
    contentHash: hash,
    createdAt: "2026-02-04T08:00:00.000Z",
    status: "ok",
    entry,
    analyser: llm,
    usage,
  });
  assert.equal(store.findAnalysis({ ...key, promptVersion: "v2" }), undefined);
  assert.equal(store.findAnalysis({ ...key, analyser: offline.name }), undefined);
  assert.equal(store.findAnalysis({ ...key, contentHash: "b".repeat(64) }), undefined);
});

test("a stored outcome is kept unless replace is set", () => {
  const first = store.saveAnalysis({
    articleId,
    contentHash: hash,
    status: "rejected",
    reason: "招聘广告",
    analyser: llm,
  });
  const again = store.saveAnalysis({ articleId, contentHash: hash, status: "ok", entry, analyser: llm });
  assert.deepEqual(again, { id: first.id, saved: false });
  const key = { contentHash: hash, analyser: llm.name, promptVersion: "v1" };
  assert.equal(store.findAnalysis(key)?.status, "rejected");
  const replaced = store.saveAnalysis({
    articleId,
    contentHash: hash,
    status: "ok",
    entry,
    analyser: llm,
    replace: true,
    createdAt: "2026-02-05T00:00:00+08:00",
  });
  assert.deepEqual(replaced, { id: first.id, saved: true });
  const found = store.findAnalysis(key);
  assert.equal(found?.status, "ok");
  assert.equal(found?.createdAt, "2026-02-04T16:00:00.000Z");
});

test("a stored failure keeps the raw reply and gives way to a later outcome", () => {
  store.saveAnalysis({
    articleId,
    contentHash: hash,
    status: "failed",
    error: "invalid JSON",
    rawReply: "```json\n{oops",
    analyser: llm,
  });
  const key = { contentHash: hash, analyser: llm.name, promptVersion: "v1" };
  const failed = store.findAnalysis(key);
  assert.equal(failed?.status, "failed");
  assert.equal(failed?.status === "failed" && failed.rawReply, "```json\n{oops");
  assert.equal(
    store.saveAnalysis({ articleId, contentHash: hash, status: "ok", entry, analyser: llm }).saved,
    true,
  );
  assert.equal(store.findAnalysis(key)?.status, "ok");
});

test("fallback analyser info round-trips and analyses list per article", () => {
  const fallback: AnalyserInfo = { ...offline, fallback: true, fallbackReason: "LLM budget reached" };
  store.saveAnalysis({ articleId, contentHash: hash, status: "ok", entry, analyser: fallback });
  store.saveAnalysis({
    articleId,
    contentHash: hash,
    status: "ok",
    entry,
    analyser: { ...llm, promptVersion: "v2" },
  });
  const other = store.saveArticle(
    makeArticle({ url: "https://example.com/other", contentHash: "d".repeat(64) }),
  ).id;
  const listed = store.listAnalysesForArticles([articleId, other]);
  assert.equal(listed.length, 2);
  assert.deepEqual(listed.find((a) => a.analyser.name === offline.name)?.analyser, fallback);
  assert.deepEqual(store.listAnalysesForArticles([other]), []);
});

test("usage sums per run, per briefing date and per time range", () => {
  const run1 = store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T08:00:00Z", command: "run" });
  const run2 = store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T09:00:00Z", command: "run" });
  const other = store.saveArticle(
    makeArticle({ url: "https://example.com/other", contentHash: "d".repeat(64) }),
  ).id;
  const usage = (n: number) => ({
    calls: 1,
    promptTokens: n,
    completionTokens: 10,
    cost: n / 1000,
    currency: "CNY",
  });
  store.saveAnalysis({
    articleId,
    contentHash: hash,
    status: "ok",
    entry,
    analyser: llm,
    usage: usage(100),
    runId: run1,
  });
  store.saveAnalysis({
    articleId: other,
    contentHash: "d".repeat(64),
    status: "failed",
    error: "empty reply",
    analyser: llm,
    usage: { ...usage(50), estimated: true },
    runId: run2,
    createdAt: "2026-02-04T09:30:00Z",
  });
  store.saveAnalysis({ articleId, contentHash: hash, status: "ok", entry, analyser: offline, runId: run2 });

  const forRun1 = store.sumUsageForRun(run1);
  assert.deepEqual(forRun1, {
    calls: 1,
    promptTokens: 100,
    completionTokens: 10,
    cost: 0.1,
    currency: "CNY",
    costByCurrency: { CNY: 0.1 },
  });
  const forDate = store.sumUsageForDate("2026-02-04");
  assert.equal(forDate.calls, 2);
  assert.equal(forDate.promptTokens, 150);
  assert.equal(forDate.estimated, true);
  assert.ok(Math.abs((forDate.cost ?? 0) - 0.15) < 1e-9);
  assert.equal(store.sumUsageForDate("2026-02-05").calls, 0);
  assert.equal(store.sumUsageBetween("2026-02-04T09:00:00Z", "2026-02-04T10:00:00Z").promptTokens, 50);
});
