import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { isArticleTitle } from "./whole-sentences.ts";

// A fixture of our own: sentences whose qualifiers (a later condition, a mechanism's verb that reads
// like a forecast) sit beside the phrase a qualifier check looks at.
const ARTICLE = `近日，青州市数据局印发了《公共数据接入管理办法》。
对逾期未提交安全报告的单位，市数据局将责令限期整改；拒不整改的，依法取消接入资格。
技术报告显示，澄川-3 采用 96 个路由专家的结构，路由器会先预测各专家的负载再分配 token。
据业内人士预测，明年相关市场规模可能达到 300 亿元。`;
const index = indexArticle({
  title: "青州发布公共数据接入新规",
  publisher: "测试号",
  links: [],
  text: ARTICLE,
});
const refused = (claim: string) => checkTextFacts(claim, index).filter((f) => !f.supported);

test("an entry sentence that is the article's own sentence, whole, keeps its qualifiers", () => {
  for (const claim of [
    "对逾期未提交安全报告的单位，市数据局将责令限期整改；拒不整改的，依法取消接入资格。",
    "技术报告显示，澄川-3 采用 96 个路由专家的结构，路由器会先预测各专家的负载再分配 token。",
  ])
    assert.deepEqual(
      refused(claim).map((c) => c.reason),
      [],
      claim,
    );
});

test("a part of a sentence, or a forecast told as shown, is still held to the article", () => {
  // Told as confirmed where the article only forecasts: not the article's sentence.
  assert.ok(refused("报告显示，明年相关市场规模达到 300 亿元。").length > 0);
  // Only whole sentences count: a clause cut from one may have left its hedge behind.
  assert.ok(refused("报告显示明年相关市场规模达到 300 亿元").length > 0);
});

test("an entry title is the article's own when it is the title or one of its sentences", () => {
  assert.ok(
    isArticleTitle("星岚发布Orbit 2.0，可连续工作6小时", "重磅！星岚发布Orbit 2.0，可连续工作6小时🔥"),
  );
  assert.ok(isArticleTitle("星岚发布 Orbit 2.0，可连续工作 6 小时", "星岚发布Orbit 2.0，可连续工作6小时"));
  // A title shortened by the entry, or with a figure of its own, is not the article's.
  assert.ok(!isArticleTitle("星岚发布Orbit 2.0，可连续工作8小时", "星岚发布Orbit 2.0，可连续工作6小时"));
  assert.ok(!isArticleTitle("可连续工作6小时", "星岚发布Orbit 2.0，可连续工作6小时"));
  // A decimal point, sign or range mark is part of the words: 35% is not 3.5%, Orbit 20 not Orbit 2.0.
  assert.ok(!isArticleTitle("星岚营收增长 35%", "星岚营收增长 3.5%"));
  assert.ok(!isArticleTitle("星岚营收 15 亿元", "星岚营收 1.5 亿元"));
  assert.ok(!isArticleTitle("星岚发布Orbit 20，可连续工作6小时", "星岚发布Orbit 2.0，可连续工作6小时"));
  assert.ok(!isArticleTitle("气温升至 5 度", "气温升至 -5 度"));
  assert.ok(isArticleTitle("星岚营收增长 3.5%", "“星岚”营收增长3.5%！🔥"));
});
