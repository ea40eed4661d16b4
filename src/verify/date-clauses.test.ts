import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const ARTICLE = `云栖数据宣布下线 Orca-Chat v2 对话模型。这是公司今年第二次下线旧模型。
今年 4 月，云栖数据已下线 Orca-Embed v1 向量模型，调用量当时不足 3%。Orca-Chat v3 将于 8 月发布。`;

const ok = (claim: string) => {
  const article = indexArticle({
    title: "云栖数据下线旧模型",
    publisher: "测试号",
    links: [],
    text: ARTICLE,
  });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("a date that is its clause alone (今年 4 月，…) dates its sentence's action", () => {
  assert.ok(ok("4 月已下线 Orca-Embed v1。"));
  assert.ok(ok("Orca-Embed v1 已于 4 月下线。"));
});

test("the date stays its sentence's: another product or another month is refused", () => {
  assert.ok(!ok("Orca-Chat v3 已于 4 月下线。"), "Orca-Chat v3 is not in that sentence");
  assert.ok(!ok("5 月已下线 Orca-Embed v1。"));
});
