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

test("a time word ending in 前 or 后 (目前, 此前, 随后) is no part word: the count is of the whole", () => {
  const ok = checker("星河实验室发布两款模型：Nova-3 和 Nova-3-Mini。首批接入的是三家云厂商。");
  assert.ok(!ok("目前四家云厂商已接入 Nova-3。"));
  assert.ok(!ok("发布会后，随后四家云厂商宣布接入。"));
  assert.ok(!ok("此前三款模型已在内测。"));
  assert.ok(ok("目前三家云厂商已接入 Nova-3。"));
  // Still a part: 前两家 of three, 最后两款 of the models.
  assert.ok(ok("三家云厂商中，前两家云厂商已完成接入。"));
  assert.deepEqual(findCounts("其中两款模型，最后两家公司"), []);
});
