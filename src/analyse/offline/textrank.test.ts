import assert from "node:assert/strict";
import { test } from "node:test";
import { rankByTextRank } from "./textrank.ts";

test("the sentence sharing most words with the others ranks first", () => {
  const sets = [["模型", "训练"], ["模型", "训练", "数据", "评测"], ["数据", "评测"], ["天气"]].map(
    (w) => new Set(w),
  );
  const scores = rankByTextRank(sets);
  assert.equal(scores[1], 1);
  assert.ok(scores[1]! > scores[0]! && scores[0]! > scores[3]!);
});

test("returns zeros when no sentence shares a word, and nothing for nothing", () => {
  assert.deepEqual(rankByTextRank([new Set(["a"]), new Set(["b"])]), [0, 0]);
  assert.deepEqual(rankByTextRank([]), []);
});
