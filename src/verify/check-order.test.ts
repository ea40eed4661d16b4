import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A change told the other way round with its two figures swapped: the article says the fee "从 45 元
// 涨到 60 元" or "rose from 1.2 to 1.9", the entry "从 60 元降到 45 元", "fell from 1.9 to 1.2".
const reversed = (article: string, claim: string) => {
  const index = indexArticle({ title: "新闻", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /other way round/.test(f.reason)).length;
};

const ZH = "灵犀助手公布新价格：标准版月费 45 元涨到 60 元。图像额度由每周 200 张调整为每周 320 张。";
const EN =
  "Median response time rose from 1.2 seconds to 1.9 seconds after the update, while the error rate fell from 4% to 3%.";

test("a change told the other way round, its figures swapped, is refused", () => {
  assert.ok(reversed(ZH, "标准版月费从 60 元降到 45 元。") > 0);
  assert.ok(reversed(ZH, "图像额度由每周 320 张减至 200 张。") > 0);
  assert.ok(reversed(EN, "Median response time went from 1.9 seconds to 1.2 seconds.") > 0);
  assert.ok(reversed(EN, "中位响应时间从 1.9 秒变为 1.2 秒。") > 0);
  assert.ok(reversed(EN, "The error rate went from 3% to 4%.") > 0);
});

test("a change told the same way round, in other words or the other language, stands", () => {
  assert.equal(reversed(ZH, "标准版月费从 45 元提升至 60 元。"), 0);
  assert.equal(reversed(ZH, "Standard plan fee rose from 45 to 60 yuan a month."), 0);
  assert.equal(reversed(ZH, "图像额度由每周 200 张增至 320 张。"), 0);
  assert.equal(reversed(ZH, "月费涨到 60 元，此前为 45 元。"), 0);
  assert.equal(reversed(EN, "中位响应时间从 1.2 秒升至 1.9 秒，错误率从 4% 降至 3%。"), 0);
  assert.equal(reversed(EN, "Median response time went from 1.2 to 1.9 seconds."), 0);
  assert.equal(reversed(EN, "The error rate was cut from 4% to 3%."), 0);
  const range = "The company expects revenue of $2.5 billion to $2.7 billion next quarter.";
  assert.equal(reversed(range, "预计下季度营收 25 亿至 27 亿美元。"), 0);
});
