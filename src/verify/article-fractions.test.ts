import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const ARTICLE =
  "新版压缩算法让存储成本降低了约四分之一，带宽占用则减少了三分之二。十分之一的请求仍走旧接口。";

const ok = (claim: string) => {
  const article = indexArticle({ title: "压缩算法", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("an entry's fraction in words finds the article's same fraction in words", () => {
  assert.ok(ok("存储成本降低约四分之一。"));
  assert.ok(ok("带宽占用减少三分之二。"));
});

test("another fraction is still refused, and the parts still read as before", () => {
  assert.ok(!ok("存储成本降低约三分之一。"));
  assert.ok(!ok("带宽占用减少四分之三。"));
  assert.ok(ok("1/10 的请求仍走旧接口。"), "十分之一 supports 1/10");
});
