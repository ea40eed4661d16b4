import assert from "node:assert/strict";
import { test } from "node:test";
import type { BudgetTracker } from "../analyse/llm/index.ts";
import { queueSchema } from "../config/index.ts";
import { QUEUE_NAMES, QUEUES } from "./job-names.ts";
import { analysisFor, lockOf, type WorkerPipeline } from "./start-workers.ts";

// A day step is one job of CPU work that grows with the day: at 10,000 articles publish blocked a
// loaded worker's thread past the 30 s lock three times (BullMQ could not renew it), was taken for
// a dead worker's job each time, and failed the run. The day's steps hold a lock of their own.
test("the day's steps hold queue.stepLockMs (default 10 min); item jobs queue.lockMs", () => {
  const config = queueSchema.parse({});
  assert.equal(config.lockMs, 30_000);
  assert.equal(lockOf(QUEUES.day, config), 600_000);
  for (const queue of QUEUE_NAMES.filter((q) => q !== QUEUES.day))
    assert.equal(lockOf(queue, config), 30_000);
  // Never shorter than an item's lock: a step's lock set below it is raised to it.
  assert.equal(lockOf(QUEUES.day, { ...config, lockMs: 60_000, stepLockMs: 1000 }), 60_000);
  assert.equal(lockOf(QUEUES.day, queueSchema.parse({ stepLockMs: 120_000 })), 120_000);
});

// Each analyse job asks who analyses its run; the budget's spending is the run's stored usage, a sum
// that grows with the day. It is read only when the budget has a cap (nothing else reads it).
test("an analyse job's budget is seeded from the run's stored usage only when it has a cap", async () => {
  let sums = 0;
  const pipelineWith = (budget: object) =>
    ({
      deps: {
        config: { llm: { budget } },
        store: {
          sumUsageForRun: async () => {
            sums++;
            return { calls: 3, promptTokens: 40, completionTokens: 2, costByCurrency: { USD: 0.5 } };
          },
        },
        analysis: { primary: {}, fallback: undefined },
      },
      llmWithBudget: (b: BudgetTracker) => ({ budget: b }),
    }) as unknown as WorkerPipeline;
  const run = { runId: 7, date: "2026-03-02", briefing: "default" };
  const free = await analysisFor(pipelineWith({}), run, undefined, new Map());
  assert.equal(sums, 0);
  assert.equal(free.budget?.exhausted, false);
  const capped = await analysisFor(pipelineWith({ maxTokens: 42 }), run, undefined, new Map());
  assert.equal(sums, 1);
  const tracker = capped.budget as BudgetTracker;
  assert.equal(tracker.spentTokens, 42);
  assert.equal(tracker.calls, 3);
  assert.equal(capped.budget?.exhausted, true);
});
