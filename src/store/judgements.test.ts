import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle, makeSource, openTempStore } from "./testing.ts";

test("a judgement is stored once per pair and its cost counts in the run's and the date's ledger", () => {
  const { store, remove } = openTempStore();
  try {
    const runId = store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T13:00:00Z", command: "run" });
    assert.equal(store.findJudgement("a|b"), undefined);
    const usage = { calls: 1, promptTokens: 300, completionTokens: 5, cost: 0.01, currency: "CNY" };
    store.saveJudgement({
      pairKey: "a|b",
      same: true,
      model: "stub/m",
      runId,
      usage,
      at: "2026-02-04T13:01:00Z",
    });
    store.saveJudgement({
      pairKey: "a|b",
      same: false,
      model: "stub/m",
      runId,
      usage,
      at: "2026-02-04T13:02:00Z",
    });
    assert.equal(store.findJudgement("a|b"), true, "the first answer stands");
    store.upsertSource(makeSource({ id: "s" }));
    const { id } = store.saveArticle(makeArticle({ sourceId: "s" }));
    store.saveAnalysis({
      articleId: id,
      contentHash: "h",
      status: "rejected",
      reason: "ad",
      analyser: { kind: "llm", name: "stub/m", promptVersion: "v" },
      usage,
      runId,
    });
    const sum = store.sumUsageForRun(runId);
    assert.equal(sum.calls, 2);
    assert.equal(sum.promptTokens, 600);
    assert.equal(store.sumUsageForDate("2026-02-04").calls, 2);
  } finally {
    remove();
  }
});

test("every paid attempt stays in the ledger: a failure before a good retry, a failed re-analysis", () => {
  const { store, remove } = openTempStore();
  try {
    store.upsertSource(makeSource({ id: "s" }));
    const { id } = store.saveArticle(makeArticle({ sourceId: "s" }));
    const run1 = store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T13:00:00Z", command: "run" });
    const run2 = store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T14:00:00Z", command: "run" });
    const analyser = { kind: "llm" as const, name: "p/m", promptVersion: "v" };
    const usage = (tokens: number) => ({
      calls: 1,
      promptTokens: tokens,
      completionTokens: 0,
      cost: tokens / 1000,
      currency: "CNY",
    });
    const base = { articleId: id, contentHash: "h", analyser };
    store.saveAnalysis({ ...base, status: "failed", error: "429", usage: usage(100), runId: run1 });
    store.saveAnalysis({ ...base, status: "rejected", reason: "ad", usage: usage(200), runId: run2 });
    // --reanalyse that fails: the good outcome is kept, the attempt is still paid for.
    const kept = store.saveAnalysis({
      ...base,
      status: "failed",
      error: "500",
      usage: usage(400),
      runId: run2,
    });
    assert.equal(kept.saved, false);
    assert.equal(store.sumUsageForRun(run1).promptTokens, 100);
    assert.equal(store.sumUsageForRun(run2).promptTokens, 600);
    assert.equal(store.sumUsageForDate("2026-02-04").promptTokens, 700);
    assert.equal(store.sumUsageForDate("2026-02-04").calls, 3);
  } finally {
    remove();
  }
});
