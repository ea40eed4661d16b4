import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
    test("a judgement is stored once per pair and its cost counts in the run's and the date's ledger", async () => {
      const { store, remove } = await backend.open();
      try {
        const runId = await store.startRun({
          date: "2026-02-04",
          startedAt: "2026-02-04T13:00:00Z",
          command: "run",
        });
        assert.equal(await store.findJudgement("a|b"), undefined);
        const usage = { calls: 1, promptTokens: 300, completionTokens: 5, cost: 0.01, currency: "CNY" };
        await store.saveJudgement({
          pairKey: "a|b",
          same: true,
          model: "stub/m",
          runId,
          usage,
          at: "2026-02-04T13:01:00Z",
        });
        await store.saveJudgement({
          pairKey: "a|b",
          same: false,
          model: "stub/m",
          runId,
          usage,
          at: "2026-02-04T13:02:00Z",
        });
        assert.equal(await store.findJudgement("a|b"), true, "the first answer stands");
        await store.upsertSource(makeSource({ id: "s" }));
        const { id } = await store.saveArticle(makeArticle({ sourceId: "s" }));
        await store.saveAnalysis({
          articleId: id,
          contentHash: "h",
          status: "rejected",
          reason: "ad",
          analyser: { kind: "llm", name: "stub/m", promptVersion: "v" },
          usage,
          runId,
        });
        const sum = await store.sumUsageForRun(runId);
        assert.equal(sum.calls, 2);
        assert.equal(sum.promptTokens, 600);
        assert.equal((await store.sumUsageForDate("2026-02-04")).calls, 2);
      } finally {
        await remove();
      }
    });

    test("every paid attempt stays in the ledger: a failure before a good retry, a failed re-analysis", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.upsertSource(makeSource({ id: "s" }));
        const { id } = await store.saveArticle(makeArticle({ sourceId: "s" }));
        const run1 = await store.startRun({
          date: "2026-02-04",
          startedAt: "2026-02-04T13:00:00Z",
          command: "run",
        });
        const run2 = await store.startRun({
          date: "2026-02-04",
          startedAt: "2026-02-04T14:00:00Z",
          command: "run",
        });
        const analyser = { kind: "llm" as const, name: "p/m", promptVersion: "v" };
        const usage = (tokens: number) => ({
          calls: 1,
          promptTokens: tokens,
          completionTokens: 0,
          cost: tokens / 1000,
          currency: "CNY",
        });
        const base = { articleId: id, contentHash: "h", analyser };
        await store.saveAnalysis({ ...base, status: "failed", error: "429", usage: usage(100), runId: run1 });
        await store.saveAnalysis({
          ...base,
          status: "rejected",
          reason: "ad",
          usage: usage(200),
          runId: run2,
        });
        // --reanalyse that fails: the good outcome is kept, the attempt is still paid for.
        const kept = await store.saveAnalysis({
          ...base,
          status: "failed",
          error: "500",
          usage: usage(400),
          runId: run2,
        });
        assert.equal(kept.saved, false);
        assert.equal((await store.sumUsageForRun(run1)).promptTokens, 100);
        assert.equal((await store.sumUsageForRun(run2)).promptTokens, 600);
        assert.equal((await store.sumUsageForDate("2026-02-04")).promptTokens, 700);
        assert.equal((await store.sumUsageForDate("2026-02-04")).calls, 3);
      } finally {
        await remove();
      }
    });
  });
