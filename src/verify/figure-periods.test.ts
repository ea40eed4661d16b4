import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { findPeriodClaims } from "./figure-periods.ts";
import { indexArticle } from "./index-article.ts";

const ARTICLE = `根据细则，每家机构每年可申领的数据券上限为 300 万元，首次申领另有 10 万元额度。
财报显示，公司前三季度累计营收 9.6 亿元；第三季度单季营收 3.8 亿元。平台日均调用量 2 亿次。`;

const ok = (claim: string) => {
  const article = indexArticle({ title: "数据券细则", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("a figure moved to another period of the same kind is refused", () => {
  assert.ok(!ok("每家机构每季度最多申领 300 万元数据券。"), "每年 in the article");
  assert.ok(!ok("每家机构每月上限 300 万元。"));
  assert.ok(!ok("公司上半年营收 9.6 亿元。"), "前三季度 in the article");
  assert.ok(!ok("全年营收 9.6 亿元。"));
  assert.ok(!ok("平台每月调用量 2 亿次。"), "日均 in the article");
});

test("the article's own period, or a figure the article gives no period, stands", () => {
  assert.ok(ok("每家机构每年上限 300 万元。"));
  assert.ok(ok("前三季度营收 9.6 亿元。"));
  assert.ok(ok("平台每天调用量约 2 亿次。"), "日均 and 每天 are one period");
  assert.ok(ok("首次申领每年另有 10 万元额度。"), "the article gives 10 万元 no period");
});

test("a period word in another clause is not the figure's", () => {
  assert.deepEqual(findPeriodClaims("每年评估一次，上限 300 万元"), []);
});
