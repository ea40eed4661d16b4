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

test("a count of a part (另外两款, 其余两家, 其中两款, 前三名) is no count of the whole", () => {
  const ok = checker(
    "星河实验室发布三款模型：Nova-3、Nova-3-Mini 和 Nova-3-Vision。本次共有十家公司参与评测，星河实验室排名前三。",
  );
  assert.ok(ok("除 Nova-3 外，星河还发布了另外两款模型。"));
  assert.ok(ok("Nova-3 与其余两款模型同日发布。"));
  assert.ok(ok("三款模型中，其中两款模型面向端侧。"));
  assert.ok(ok("星河实验室进入十家公司中的前三家公司。"));
  // The whole still counts: two models where the article counts three.
  assert.ok(!ok("星河实验室发布两款模型。"));
  assert.ok(!ok("星河实验室此次发布了两款模型。"));
  assert.deepEqual(findCounts("另外两款模型，其余三家公司"), []);
});
