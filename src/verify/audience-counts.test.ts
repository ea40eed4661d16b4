import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { findFigures } from "./find-figures.ts";
import { indexArticle } from "./index-article.ts";

// Counts an entry writes in Chinese numerals are claims once they reach a hundred, and a platform's
// audiences are measures of their own: 日活 is not 月活, and neither is the count of paying firms.

const ARTICLE = `云雀科技旗下写作助手 Quill 公布最新数据。

目前 Quill 月活跃用户 85 万，日活跃用户 23 万，付费企业客户 1400 家。团队表示明年将推出英文版。`;

const ok = (claim: string) => {
  const index = indexArticle({ title: "Quill 公布用户数据", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, index).every((f) => f.supported);
};

test("a count of a hundred or more written in Chinese numerals is a claim", () => {
  const raws = (s: string) => findFigures(s).map((f) => f.raw);
  assert.deepEqual(raws("企业客户一千四百家"), ["一千四百家"]);
  assert.deepEqual(raws("用户两千三百万"), ["两千三百万"]);
  assert.deepEqual(raws("提出两种方法，支持十种语言"), [], "small counts are wording");
  assert.ok(ok("Quill 月活八十五万，企业客户一千四百家。"));
  assert.ok(!ok("Quill 用户两千三百万。"), "a count the article never gives");
});

test("日活, 月活 and 企业客户 are different measures", () => {
  assert.ok(ok("Quill 日活 23 万，月活 85 万。"));
  assert.ok(
    ok("Quill 的 MAU 为 85 万，DAU 为 23 万。"),
    "MAU / DAU name the article's 月活跃用户 / 日活跃用户",
  );
  assert.ok(!ok("Quill 日活 85 万。"), "85 万 is the monthly figure");
  assert.ok(!ok("Quill 企业客户八十五万家。"), "the monthly users told as paying firms");
});
