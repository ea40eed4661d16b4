import assert from "node:assert/strict";
import { test } from "node:test";
import { findCounts } from "./check-counts.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const article = indexArticle({ title: "星河实验室发布 Nova-3", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

const ARTICLE =
  "星河实验室发布两款模型：Nova-3 和 Nova-3-Mini。Nova-3 提供 7B 和 32B 两个版本。团队提出了 3 项改进。";

test("a count in words the article gives otherwise, and never so, is refused", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("星河发布三款模型。"));
  assert.ok(ok("星河发布两款模型。"));
  assert.ok(!ok("Nova-3 提供三个版本。"));
  assert.ok(ok("团队提出三项改进。"), "the article's 3 项 in digits");
  assert.ok(!ok("团队提出两项改进。"));
});

test("a count the article never gives is wording; 一 is no count; idioms are no counts", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("团队提出三种方法。"));
  assert.deepEqual(findCounts("一种新方法，一举两得"), []);
  assert.deepEqual(
    findCounts("发布三款模型").map((c) => [c.value, c.what]),
    [[3, "款模型"]],
  );
});
