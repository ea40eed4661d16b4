import assert from "node:assert/strict";
import { test } from "node:test";
import { type SumRow, toUsageSum } from "./usage-ledger.ts";

// SQL sums floating-point costs in the order it reads the rows: the same costs in another order (a
// run on Postgres, or by several queue workers) differ in the last bits. The summed cost is rounded
// to a billionth, so one day's cost is one number on every backend and in every order.
test("a day's cost is the same number whatever order its calls were added in", () => {
  const costs = [0.004233, 0.002121, 0.003905, 0.002998, 0.004411, 0.003032, 0.004387, 0.003519, 0.004088];
  const add = (list: number[]) => list.reduce((sum, c) => sum + c, 0);
  const forward = add(costs);
  const backward = add([...costs].reverse());
  const shuffled = add([
    costs[4]!,
    costs[0]!,
    costs[7]!,
    costs[2]!,
    costs[8]!,
    costs[1]!,
    costs[6]!,
    costs[3]!,
    costs[5]!,
  ]);
  const raw = new Set([forward, backward, shuffled]);
  assert.ok(raw.size > 1, `the raw sums differ in their last bits: ${[...raw].join(", ")}`);
  const row = (cost: number): SumRow => ({
    currency: "CNY",
    calls: costs.length,
    prompt_tokens: 0,
    completion_tokens: 0,
    estimated: 0,
    cost,
  });
  const summed = new Set([forward, backward, shuffled].map((c) => toUsageSum([row(c)]).cost));
  assert.deepEqual([...summed], [0.032694]);
  assert.deepEqual(toUsageSum([row(backward)]).costByCurrency, { CNY: 0.032694 });
});
