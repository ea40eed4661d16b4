import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// "X 从 A 降至 B，降幅 Y%": the entry repeats the change and names its size with 降幅/涨幅, a word
// for how much, not for what. The worked-out percentage was refused ("occurs, but not with ''")
// because 降幅 was read as the clause's subject and the article's clause never says it.
const article = {
  title: "深言科技调整 API 价格",
  publisher: "测试号",
  links: [],
  text:
    "深言科技宣布调整价格：输出价格从每百万 token 36 元降至 16 元。" +
    "同时，其推理集群的日均调用量从 2000 亿次增至 3000 亿次。员工人数为 800 人。",
};
const holds = figureHolds(article, {
  org: "深言科技",
  title: "深言科技调价",
  summary: "深言科技调整 API 价格。",
});

test("the size of a change named 降幅/涨幅/增幅 is the change the sentence tells", () => {
  assert.ok(holds("输出价格从 36 元降至 16 元，降幅 55.6%。"));
  assert.ok(holds("输出价格从 36 元降至 16 元，降幅约 56%。"));
  assert.ok(holds("输出价格从 36 元降至 16 元，降幅达 55.6%。"));
  assert.ok(holds("日均调用量从 2000 亿次增至 3000 亿次，增幅 50%。"));
  assert.ok(holds("日均调用量由 2000 亿次增至 3000 亿次，涨幅达 50%。"));
});

test("a size the change does not give, or another measure's, is still refused", () => {
  assert.ok(!holds("输出价格从 36 元降至 16 元，降幅 60%。"));
  assert.ok(!holds("日均调用量从 2000 亿次增至 3000 亿次，增幅 80%。"));
  assert.ok(!holds("日均调用量从 2000 亿次增至 3000 亿次，涨幅达 80%。"));
  assert.ok(!holds("输出价格从 36 元降至 16 元，降幅达 60%。"));
  assert.ok(!holds("输出价格从 36 元降至 16 元，员工人数降幅 55.6%。"));
});
