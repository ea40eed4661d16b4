import assert from "node:assert/strict";
import { test } from "node:test";
import { findFigures, findTokens } from "./find-figures.ts";
import { findAliases, findTerms } from "./find-terms.ts";
import { RecentTexts } from "./recent-texts.ts";

test("a recent text is answered once; a long text each time; the oldest goes first", () => {
  let computed = 0;
  const memo = new RecentTexts<{ list: number[] }>(2, 10);
  const ask = (key: string) => memo.get(key, () => ({ list: [computed++] }));
  assert.equal(ask("a"), ask("a"));
  assert.equal(computed, 1);
  ask("b");
  ask("c"); // "a" is evicted
  ask("a");
  assert.equal(computed, 4);
  assert.equal(memo.size, 2);
  ask("x".repeat(11));
  ask("x".repeat(11));
  assert.equal(computed, 6, "texts past maxChars are not kept");
});

test("a shared answer cannot be changed by one caller for the next", () => {
  const memo = new RecentTexts<{ list: { n: number }[] }>(4, 100);
  const answer = memo.get("k", () => ({ list: [{ n: 1 }] }));
  assert.throws(() => answer.list.push({ n: 2 }), TypeError);
  assert.throws(() => {
    answer.list[0]!.n = 5;
  }, TypeError);
  assert.equal(memo.get("k", () => ({ list: [] })).list[0]!.n, 1);
});

test("findTokens' lists are the caller's own: changing them leaves the next answer as it was", () => {
  const text = "营收 12 亿元，同比增长 35%，毛利率 41.2%。";
  const first = findFigures(text);
  const count = first.length;
  first.push(first[0]!);
  first.sort((a, b) => b.index - a.index);
  const again = findFigures(text);
  assert.equal(again.length, count);
  assert.deepEqual(
    again.map((f) => f.raw),
    findTokens(text).figures.map((f) => f.raw),
  );
  assert.ok(again[0]!.index < again[again.length - 1]!.index, "in text order");
  // Article mode is its own answer (a date's year counts as a year there).
  assert.notDeepEqual(
    findFigures("2026 年 3 月发布", { all: true }).map((f) => f.raw),
    findFigures("2026 年 3 月发布").map((f) => f.raw),
  );
});

test("findTerms asked again about a text with the same aliases finds every form again", () => {
  // The aliases' forms are indexed once per aliases map; which occurrences a form already took
  // belongs to one look-up, so a second look-up (or another text) starts afresh.
  const article = "过程奖励模型（PRM）优于结果奖励模型（ORM）。";
  const aliases = findAliases(article);
  const sentence = "过程奖励模型在数学题上比结果奖励模型高 4 分，过程奖励模型更稳。";
  const keys = () => findTerms(sentence, aliases).map((t) => `${t.key}@${t.index}`);
  const first = keys();
  for (const k of ["prm@0", "orm@12", "prm@24"]) assert.ok(first.includes(k), first.join(" "));
  assert.deepEqual(keys(), first);
  assert.ok(findTerms("结果奖励模型", aliases).some((t) => t.key === "orm" && t.index === 0));
});
