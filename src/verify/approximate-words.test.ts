import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// Fair approximations in words, as models write them: 近一半 for 47%, 接近一成 for 9.7%, 七成多 for
// 72%, 约为…的两倍 for 2.1×, "roughly 40%" for 39%; and the same words where they do not hold.
const article = {
  title: "岚川云发布三季度财报",
  publisher: "测试号",
  links: [],
  text:
    "岚川云今天公布三季度财报。数据中心客户中，互联网大厂贡献了 47% 的订单。" +
    "岚川云在国内云市场的份额为 9.7%。截至 10 月底，岚川云的算力规模比去年底增长 72%。" +
    "岚川云的净利润从 3.7 亿元增至 7.9 亿元。新模型的输出长度缩短 39%。",
};
const holds = figureHolds(article, {
  org: "岚川云",
  title: "岚川云三季度财报",
  summary: "岚川云公布三季度财报。",
});

test("a hedged figure in words holds within the precision of its words", () => {
  assert.ok(holds("互联网大厂贡献了近一半的订单。"));
  assert.ok(holds("互联网大厂贡献了近五成的订单。"));
  assert.ok(holds("岚川云的份额接近一成。"));
  assert.ok(holds("算力规模比去年底增长七成多。"));
  assert.ok(holds("净利润约为此前的两倍。"));
  assert.ok(holds("New outputs are roughly 40% shorter."));
});

test("the same words where the article's value is outside them are refused", () => {
  // 47% is not more than half, and 72% is no 八成多.
  assert.ok(!holds("互联网大厂贡献了超过一半的订单。"));
  assert.ok(!holds("算力规模比去年底增长八成多。"));
  assert.ok(!holds("净利润约为此前的三倍。"));
  assert.ok(!holds("New outputs are roughly 50% shorter."));
  // 近 approaches from below: 近一成 is not 10.4%, 近一半 not 53%.
  assert.ok(!holds("岚川云的份额接近两成。"));
  assert.ok(!holds("算力规模比去年底增长近八成。"));
  assert.ok(!holds("互联网大厂贡献了近四成的订单。"));
});
