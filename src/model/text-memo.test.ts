import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findActors } from "./news-actor.ts";
import { TextMemo } from "./text-memo.ts";

describe("TextMemo", () => {
  it("computes each text once across passes when the day fits", () => {
    const memo = new TextMemo<number>(8);
    let computed = 0;
    const texts = Array.from({ length: 6 }, (_, i) => `第 ${i} 篇`);
    for (let pass = 0; pass < 3; pass++) for (const t of texts) memo.get(t, () => ++computed);
    assert.equal(computed, 6);
  });

  it("keeps at most its capacity, dropping the oldest", () => {
    const memo = new TextMemo<string>(3);
    for (const t of ["a", "b", "c", "d"]) memo.get(t, () => t.toUpperCase());
    assert.equal(memo.size, 3);
    let recomputed = false;
    memo.get("a", () => {
      recomputed = true;
      return "A";
    });
    assert.equal(recomputed, true);
    assert.equal(
      memo.get("d", () => "never"),
      "D",
    );
  });

  it("tells apart long texts that differ only at the end", () => {
    const memo = new TextMemo<number>(4);
    const head = "长".repeat(5000);
    assert.equal(
      memo.get(`${head}甲`, () => 1),
      1,
    );
    assert.equal(
      memo.get(`${head}乙`, () => 2),
      2,
    );
  });
});

describe("findActors over a large day", () => {
  it("answers every stage of a 3,000-article day from one computation per article", () => {
    // dedup, the offline analyser and verification each ask about every article in turn; a memo
    // smaller than the day (2,048 before) recomputed every article at every stage.
    const day = Array.from({ length: 3000 }, (_, i) => ({
      title: `星衡科技发布第 ${i} 代推理芯片`,
      text: `星衡科技今天发布了第 ${i} 代推理芯片，功耗下降。`,
    }));
    const first = day.map((a) => findActors(a.title, a.text));
    const second = day.map((a) => findActors(a.title, a.text));
    assert.ok(first[0]!.length > 0);
    assert.equal(
      second.every((actors, i) => actors.every((a, j) => a === first[i]![j])),
      true,
    );
  });
});
