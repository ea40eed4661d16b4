import assert from "node:assert/strict";
import { test } from "node:test";
import { findAliases, findTerms, termWork } from "./find-terms.ts";

// findTerms reads every sentence of an article, and an article is anyone's text. Its inner loops
// must grow with the text, not with the terms found so far: termWork counts their steps, so a walk
// shows up as steps per character growing with the size, without any timing.

/** Steps per character of findTerms on `unit` repeated `n` times (aliases from the text itself). */
function stepsPerChar(unit: (i: number) => string, n: number): number {
  const text = Array.from({ length: n }, (_, i) => unit(i)).join("");
  const aliases = findAliases(text);
  termWork.steps = 0;
  findTerms(text, aliases, { joinAdjacent: true });
  return termWork.steps / text.length;
}

const han = (n: number) => [...String(n)].map((d) => "零一二三四五六七八九"[Number(d)]).join("");

const shapes: Record<string, (i: number) => string> = {
  // A measure word repeated: each occurrence was checked against every one taken before (seen.some).
  营收: () => "营收",
  // A Latin long form repeated: each token was checked against every span (latinSpans.some).
  "Humanity's Last Exam": () => "Humanity's Last Exam 1 ",
  // Thousands of abbreviations defined: each long form was searched through the whole text.
  "过程模型一（P1x）": (i) => `，过程模型${han(i)}（P${i}x）`,
};

for (const [name, unit] of Object.entries(shapes)) {
  test(`findTerms' steps per character stay flat on a hostile text: ${name} repeated`, () => {
    const small = stepsPerChar(unit, 500);
    const large = stepsPerChar(unit, 4_000);
    // Old code: the walks grew with the count (营收: ~1,000 steps per character at 4,000).
    assert.ok(large <= small * 1.5 + 1, `${small.toFixed(2)} → ${large.toFixed(2)} steps per character`);
    assert.ok(large < 20, `${large.toFixed(2)} steps per character`);
  });
}

test("the one-pass look-ups find what the per-form search found", () => {
  const text =
    "过程奖励模型（PRM）优于结果奖励模型。营业收入营收，Humanity's Last Exam 与 humanity's last exam；哈哈（HH）哈哈哈哈";
  const terms = findTerms(text, findAliases(text)).map((t) => `${t.key}@${t.index}-${t.end}`);
  for (const want of ["prm@0-6", "orm@13-19", "~revenue@20-24", "~revenue@24-26", "hle@27-47", "hle@50-70"])
    assert.ok(terms.includes(want), `${want} in ${terms.join(" ")}`);
  // The longest measure first, and no shorter one inside it (收入 of 营业收入).
  assert.ok(!terms.some((t) => t.startsWith("~revenue@22-")), terms.join(" "));
  // A form's occurrences do not overlap: 哈哈 once, then twice in 哈哈哈哈 (not three times).
  assert.deepEqual(
    terms.filter((t) => /^hh@\d+-\d+$/.test(t) && text.slice(Number(t.split(/[@-]/)[1])).startsWith("哈")),
    ["hh@71-73", "hh@77-79", "hh@79-81"],
  );
});
