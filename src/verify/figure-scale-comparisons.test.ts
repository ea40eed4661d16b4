import assert from "node:assert/strict";
import { test } from "node:test";
import { findFigureComparisons } from "./figure-comparisons.ts";

const verdicts = (text: string) => findFigureComparisons(text).map((c) => c.supported);

test("figures with a Chinese magnitude and a measure word between figure and verb are compared by value", () => {
  assert.deepEqual(verdicts("训练成本 4.1 万 GPU 小时，高于基线的 6 万 GPU 小时。"), [false]);
  assert.deepEqual(verdicts("训练成本 4.1 万 GPU 小时，低于基线的 6 万 GPU 小时。"), [true]);
  assert.deepEqual(verdicts("月活 1.2 亿，高于对手的 9000 万。"), [true], "1.2 亿 is more than 9000 万");
  assert.deepEqual(verdicts("月活 1.2 亿，低于对手的 9000 万。"), [false]);
  assert.deepEqual(verdicts("营收 8 千万元，少于去年的 1.1 亿元。"), [true]);
  assert.deepEqual(verdicts("营收 8 千万元，多于去年的 5000 万元。"), [true], "千万 is ten million");
});
