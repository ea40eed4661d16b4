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
