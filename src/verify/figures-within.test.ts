import assert from "node:assert/strict";
import { test } from "node:test";
import { quoteOccurrences } from "./check-text.ts";
import { figuresWithin } from "./figures-within.ts";
import { findBoilerplate, inBoilerplate } from "./find-boilerplate.ts";
import { indexArticle } from "./index-article.ts";

// An evidence quote the article repeats is found at every repetition; each used to be matched
// against every figure of the article (repetitions × figures); each figure was looked for in every
// boilerplate line of the article. Both are binary searches now.

const text = `标题\n\n${"STAR 综合得分达到 0.91，提升 12%，约为原来的一半。".repeat(400)}`;
const index = indexArticle({ title: "标题", text, links: [] });

test("figuresWithin gives the figures starting in a stretch, in the index's order (derived ones too)", () => {
  const brute = (from: number, to: number) =>
    index.figures.flatMap((f, i) => (f.index >= from && f.index < to ? [i] : []));
  for (const [from, to] of [
    [0, text.length],
    [0, 40],
    [37, 120],
    [text.length - 50, text.length],
    [500, 500],
  ] as const)
    assert.deepEqual(figuresWithin(index, from, to), brute(from, to), `${from}–${to}`);
});

test("a quote the article repeats finds its figures at every repetition", () => {
  const found = quoteOccurrences(["综合得分达到 0.91"], index);
  assert.equal(found.filter((o) => o.figure.raw === "0.91").length, 400);
  assert.ok(
    found.every((o) => o.figure.raw === "0.91"),
    "only the quote's own figures",
  );
});

test("inBoilerplate answers what a walk over the boilerplate lines answered", () => {
  const page = `正文 1\n${"阅读时间 5 分钟\n正文 2\n\n▲ 图 3：示意\n".repeat(50)}广告\n扫码 4\n\n结尾 5`;
  const spans = findBoilerplate(page);
  assert.ok(spans.length >= 100, `${spans.length} boilerplate lines`);
  for (let at = 0; at <= page.length; at++)
    assert.equal(
      inBoilerplate(spans, at),
      spans.some(([a, b]) => at >= a && at < b),
      `${at}: ${JSON.stringify(page.slice(at, at + 6))}`,
    );
});
