import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A plan told as done: by its date (已于 2028 年建成 for 计划于 2028 年完成), and by the steps of sites and
// companies (建成, 投产, 上市 …) as check-tense reads launches.

const ARTICLE = `远山算力中心一期投产

远山云今天宣布，其位于青川的算力中心一期已于 2025 年 11 月正式投产，部署 1.2 万张加速卡。公司计划于 2028 年底完成二期建设，届时规模将扩展至 4 万张。远山云母公司拟于明年在港股上市。`;

const index = indexArticle({ title: "远山算力中心一期投产", publisher: "测试号", links: [], text: ARTICLE });
const ok = (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);

test("done in a year the article names only as planned is refused", () => {
  assert.ok(!ok("二期已于 2028 年底建成，规模 4 万张。"));
  assert.ok(ok("一期已于 2025 年 11 月投产。"), "a year said of what was done");
  assert.ok(ok("二期计划 2028 年底建成。"), "the plan kept as a plan");
});

test("建成, 投产 and 上市 are steps: done where the article only plans them is refused", () => {
  assert.ok(!ok("远山云母公司已在港股上市。"));
  assert.ok(ok("远山云母公司拟于明年在港股上市。"));
  assert.ok(ok("一期已正式投产。"));
});
