import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// A price change written with its unit between 从 and the value ("从每百万 token 12 元降至 4 元"),
// and the entry's share of the old price or size of the cut.
const article = {
  title: "深言科技 DeepWord-Pro 全面降价",
  publisher: "测试号",
  links: [],
  text:
    "深言科技宣布旗下旗舰模型 DeepWord-Pro 全面降价：输入价格从每百万 token 12 元降至 4 元，" +
    "输出价格从每百万 token 36 元降至 16 元。",
};
const holds = figureHolds(article, { org: "深言科技", title: "深言科技降价", summary: "深言科技宣布降价。" });

test("a per-unit price's change gives its share and its cut", () => {
  assert.ok(holds("输入价格降至原来的三分之一。"));
  assert.ok(holds("输入价降至三分之一。"));
  assert.ok(holds("输出价格降幅超过一半。"));
});

test("a share or cut the change does not give is refused", () => {
  assert.ok(!holds("输入价格降至原来的四分之一。"));
  assert.ok(!holds("输出价格降幅超过六成。"));
});
