import assert from "node:assert/strict";
import { test } from "node:test";
import { findFigureComparisons } from "./figure-comparisons.ts";

const verdicts = (text: string) => findFigureComparisons(text).map((c) => c.supported);

test("a comparison its own figures contradict is refused", () => {
  assert.deepEqual(verdicts("HumanEval 得分 76.4 分，低于同尺寸 Lumen-Coder 的 70.2 分。"), [false]);
  assert.deepEqual(verdicts("中文字错率 2.1%，高于 Whisper-large-v3 的 6.3%。"), [false]);
  assert.deepEqual(verdicts("SWE-bench 解决率 52.3%，落后于 Nova Large 的 44%。"), [false]);
  assert.deepEqual(
    verdicts("首 token 延迟 120 毫秒，领先于 Nova 的 80 毫秒。"),
    [false],
    "less latency is better",
  );
});

test("comparisons the figures agree with stand, and unlike figures compare nothing", () => {
  assert.deepEqual(verdicts("HumanEval 得分 76.4，高于 Lumen-Coder 的 70.2。"), [true]);
  assert.deepEqual(verdicts("字错率 2.1%，优于 Whisper-large-v3 的 6.3%。"), [true]);
  assert.deepEqual(verdicts("解决率 44%，落后于 Nova Large 的 52.3%。"), [true]);
  assert.deepEqual(verdicts("速度提升 3 倍，高于 Nova 的 50%。"), []);
  assert.deepEqual(verdicts("榜单排名第 3，领先于 Nova 的第 5。"), [], "ranks are not compared as numbers");
});
