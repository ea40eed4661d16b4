import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSearchQuery } from "../model/search-text.ts";
import { highlightAll, snippetOf, termPattern } from "./highlight.ts";

const marks = (parts: { text: string; hit: boolean }[]) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");

test("hits are marked as the terms were typed, hyphens and case aside", () => {
  const pattern = termPattern(parseSearchQuery("美团 minicpm-o"));
  assert.equal(
    marks(highlightAll("美团开源 MiniCPM-o 与 minicpm o", pattern)),
    "[美团]开源 [MiniCPM-o] 与 [minicpm o]",
  );
  assert.equal(
    marks(highlightAll("<b>无关</b>", pattern)),
    "<b>无关</b>",
    "text is returned as is: escaping is the front end's",
  );
});

test("a snippet is a window around the first match of the first text that has one", () => {
  const pattern = termPattern(parseSearchQuery("混元"));
  const long = `${"前文".repeat(40)}腾讯混元推出新模型${"后文".repeat(80)}`;
  const snippet = marks(snippetOf(["摘要里没有。", long], pattern, 40));
  assert.match(snippet, /^…(前文)+腾讯\[混元\]推出新模型(后文)+后?…$/);
  assert.equal([...snippet.replaceAll(/[[\]…]/g, "")].length, 40);
  assert.equal(marks(snippetOf(["没有匹配的摘要"], pattern)), "没有匹配的摘要");
});
