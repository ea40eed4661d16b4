import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// 不超过 (at most) is no "more than": "售价预计不超过 25 万元" for the article's "在 25 万元以内".
const article = {
  title: "灵枢机器人发布 L2",
  publisher: "测试号",
  links: [],
  text: "灵枢机器人发布人形机器人 L2，售价预计在 25 万元以内。公司有 120 多名员工。",
};
const holds = figureHolds(article, {
  org: "灵枢机器人",
  title: "灵枢机器人发布 L2",
  summary: "灵枢机器人发布 L2。",
});

test("不超过 is at most, not more than", () => {
  assert.ok(holds("L2 售价预计不超过 25 万元。"));
  assert.ok(!holds("L2 售价预计超过 25 万元。"));
  assert.ok(holds("公司有超过 100 名员工。"));
});
