import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { AnalyserInfo, Entry } from "../../src/model/index.ts";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import type { Store } from "../../src/store/index.ts";
import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
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
    let remove: () => Promise<void>;
    let articleId: number;
    beforeEach(async () => {
      ({ store, remove } = await backend.open({ now: () => new Date("2026-02-04T08:00:00Z") }));
      await store.upsertSource(makeSource());
      articleId = (await store.saveArticle(makeArticle({ contentHash: hash }))).id;
    });
    afterEach(async () => remove());

    test("the cache hits only on the same hash, analyser and prompt version", async () => {
      const key = { contentHash: hash, analyser: llm.name, promptVersion: "v1" };
      assert.equal(await store.findAnalysis(key), undefined);
      const usage = { calls: 1, promptTokens: 1200, completionTokens: 300, cost: 0.002, currency: "USD" };
      const { id, saved } = await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "ok",
        entry,
        analyser: llm,
        usage,
      });
      assert.equal(saved, true);
      assert.deepEqual(await store.findAnalysis(key), {
        id,
        articleId,
        contentHash: hash,
        createdAt: "2026-02-04T08:00:00.000Z",
        status: "ok",
        entry,
        analyser: llm,
        usage,
      });
      assert.equal(await store.findAnalysis({ ...key, promptVersion: "v2" }), undefined);
      assert.equal(await store.findAnalysis({ ...key, analyser: offline.name }), undefined);
      assert.equal(await store.findAnalysis({ ...key, contentHash: "b".repeat(64) }), undefined);
    });

    test("a stored outcome is kept unless replace is set", async () => {
      const first = await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "rejected",
        reason: "招聘广告",
        analyser: llm,
      });
      const again = await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "ok",
        entry,
        analyser: llm,
      });
      assert.deepEqual(again, { id: first.id, saved: false });
      const key = { contentHash: hash, analyser: llm.name, promptVersion: "v1" };
      assert.equal((await store.findAnalysis(key))?.status, "rejected");
      const replaced = await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "ok",
        entry,
        analyser: llm,
        replace: true,
        createdAt: "2026-02-05T00:00:00+08:00",
      });
      assert.deepEqual(replaced, { id: first.id, saved: true });
      const found = await store.findAnalysis(key);
      assert.equal(found?.status, "ok");
      assert.equal(found?.createdAt, "2026-02-04T16:00:00.000Z");
    });

    test("a stored failure keeps the raw reply and gives way to a later outcome", async () => {
      await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "failed",
        error: "invalid JSON",
        rawReply: "```json\n{oops",
        analyser: llm,
      });
      const key = { contentHash: hash, analyser: llm.name, promptVersion: "v1" };
      const failed = await store.findAnalysis(key);
      assert.equal(failed?.status, "failed");
      assert.equal(failed?.status === "failed" && failed.rawReply, "```json\n{oops");
      assert.equal(
        (await store.saveAnalysis({ articleId, contentHash: hash, status: "ok", entry, analyser: llm }))
          .saved,
        true,
      );
      assert.equal((await store.findAnalysis(key))?.status, "ok");
    });

    test("fallback analyser info round-trips and analyses list per article", async () => {
      const fallback: AnalyserInfo = { ...offline, fallback: true, fallbackReason: "LLM budget reached" };
      await store.saveAnalysis({ articleId, contentHash: hash, status: "ok", entry, analyser: fallback });
      await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "ok",
        entry,
        analyser: { ...llm, promptVersion: "v2" },
      });
      const other = (
        await store.saveArticle(
          makeArticle({ url: "https://example.com/other", contentHash: "d".repeat(64) }),
        )
      ).id;
      const listed = await store.listAnalysesForArticles([articleId, other]);
      assert.equal(listed.length, 2);
      assert.deepEqual(listed.find((a) => a.analyser.name === offline.name)?.analyser, fallback);
      assert.deepEqual(await store.listAnalysesForArticles([other]), []);
    });

    test("usage sums per run, per briefing date and per time range", async () => {
      const run1 = await store.startRun({
        date: "2026-02-04",
        startedAt: "2026-02-04T08:00:00Z",
        command: "run",
      });
      const run2 = await store.startRun({
        date: "2026-02-04",
        startedAt: "2026-02-04T09:00:00Z",
        command: "run",
      });
      const other = (
        await store.saveArticle(
          makeArticle({ url: "https://example.com/other", contentHash: "d".repeat(64) }),
        )
      ).id;
      const usage = (n: number) => ({
        calls: 1,
        promptTokens: n,
        completionTokens: 10,
        cost: n / 1000,
        currency: "CNY",
      });
      await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "ok",
        entry,
        analyser: llm,
        usage: usage(100),
        runId: run1,
      });
      await store.saveAnalysis({
        articleId: other,
        contentHash: "d".repeat(64),
        status: "failed",
        error: "empty reply",
        analyser: llm,
        usage: { ...usage(50), estimated: true },
        runId: run2,
        createdAt: "2026-02-04T09:30:00Z",
      });
      await store.saveAnalysis({
        articleId,
        contentHash: hash,
        status: "ok",
        entry,
        analyser: offline,
        runId: run2,
      });

      const forRun1 = await store.sumUsageForRun(run1);
      assert.deepEqual(forRun1, {
        calls: 1,
        promptTokens: 100,
        completionTokens: 10,
        cost: 0.1,
        currency: "CNY",
        costByCurrency: { CNY: 0.1 },
      });
      const forDate = await store.sumUsageForDate("2026-02-04");
      assert.equal(forDate.calls, 2);
      assert.equal(forDate.promptTokens, 150);
      assert.equal(forDate.estimated, true);
      assert.ok(Math.abs((forDate.cost ?? 0) - 0.15) < 1e-9);
      assert.equal((await store.sumUsageForDate("2026-02-05")).calls, 0);
    });

    test("a recorded reply is found by its key until the analysis that settles it is saved", async () => {
      const key = { contentHash: hash, analyser: llm.name, promptVersion: "v1" };
      const usage = { calls: 1, promptTokens: 900, completionTokens: 200 };
      const reply = { status: "ok" as const, entry, analyser: llm, usage };
      assert.equal(await store.findAnalysisReply(key), undefined);
      await store.recordAnalysisReply(key, reply, 7);
      assert.deepEqual(await store.findAnalysisReply(key), reply);
      assert.equal(await store.findAnalysisReply({ ...key, promptVersion: "v2" }), undefined);
      assert.equal(await store.findAnalysisReply({ ...key, analyser: offline.name }), undefined);
      assert.equal(await store.findAnalysisReply({ ...key, contentHash: "b".repeat(64) }), undefined);
      // Recorded again (a later attempt's reply): replaced, one row per key.
      const rejected = { status: "rejected" as const, reason: "招聘广告", analyser: llm, usage };
      await store.recordAnalysisReply(key, rejected);
      assert.deepEqual(await store.findAnalysisReply(key), rejected);
      // Saving an analysis without settlesReply leaves it; with it, forgets it in the same write.
      await store.saveAnalysis({ articleId, contentHash: hash, ...reply, analyser: offline });
      assert.deepEqual(await store.findAnalysisReply(key), rejected);
      await store.saveAnalysis({ articleId, contentHash: hash, ...reply, settlesReply: key });
      assert.equal(await store.findAnalysisReply(key), undefined);
      assert.equal((await store.findAnalysis(key))?.status, "ok");
    });
  });
