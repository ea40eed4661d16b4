import assert from "node:assert/strict";
import { test } from "node:test";
import { LIST_HEADING, listHeadingAt } from "./name-uses.ts";

// `text.search(LIST_HEADING)` tried `^\s*` from every line start of a run of blank lines: 40 KB of
// newlines in an article took 4 s of the verifier. listHeadingAt finds the same place in one pass.

test("listHeadingAt finds where LIST_HEADING first matches, blank lines and line breaks of every kind", () => {
  const pieces = [
    "\n",
    " ",
    "\r\n",
    "\r",
    "\u2028",
    "\u3000",
    "\t",
    "推荐阅读",
    "参考",
    "【",
    "】",
    "正文",
    "a",
    "：",
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed;
  };
  for (let round = 0; round < 3_000; round++) {
    const text = Array.from({ length: next() % 14 }, () => pieces[next() % pieces.length]).join("");
    assert.equal(listHeadingAt(text), text.search(LIST_HEADING), JSON.stringify(text));
  }
  for (const text of ["正文\n\n \n推荐阅读：A", "推荐阅读", "  \n参考", "正文", ""])
    assert.equal(listHeadingAt(text), text.search(LIST_HEADING), JSON.stringify(text));
  // What the regex answers after seconds of backtracking, at once.
  assert.equal(listHeadingAt("\n".repeat(100_000)), -1);
  assert.equal(listHeadingAt(`正文${"\n".repeat(100_000)}推荐阅读`), 3);
});
