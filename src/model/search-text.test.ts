import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSearchQuery, searchTokens } from "./search-text.ts";

test("CJK runs become overlapping pairs, other runs lowercased words", () => {
  assert.deepEqual(searchTokens("美团提出STAR框架"), ["美团", "团提", "提出", "star", "框架"]);
  assert.deepEqual(searchTokens("面壁MiniCPM-o 4.5"), ["面壁", "minicpm", "o", "4", "5"]);
  assert.deepEqual(searchTokens("「混」"), ["混"]);
  assert.deepEqual(searchTokens("ＧＰＴ－５"), ["gpt", "5"]);
  assert.deepEqual(searchTokens("——！"), []);
});

test("a query is terms (quoted phrases kept whole); a lone CJK character is a prefix", () => {
  assert.deepEqual(
    parseSearchQuery('美团 "cl bench" 混 --').map((t) => [
      t.raw,
      t.tokens.map((k) => `${k.token}${k.prefix ? "*" : ""}`),
    ]),
    [
      ["美团", ["美团"]],
      ["cl bench", ["cl", "bench"]],
      ["混", ["混*"]],
    ],
  );
});
