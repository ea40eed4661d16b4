import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: figures the article confirms beside figures it only reports or estimates.
const ARTICLE = `海岚科技周二公布财报，第三季度营收 42 亿元，同比增长 31%。公司确认，本季度付费用户达到 860 万。
据《晨报》援引知情人士报道，海岚科技正在洽谈新一轮融资，估值约 120 亿美元；公司对此不予置评。
公司宣布今年将招聘 2,000 名工程师。安全机构估计，受影响用户可能多达 45 万。
财报显示，研发投入为 9.6 亿元，占营收的 23%。
The company confirmed that 1,200 enterprise customers use its API. It plans to raise about $800 million, according to people familiar with the matter.`;
const index = indexArticle({
  title: "海岚科技三季度营收 42 亿元",
  publisher: "测试号",
  links: [],
  text: ARTICLE,
});
const refused = (claim: string) => checkTextFacts(claim, index).filter((f) => !f.supported);

test("a figure the article only reports or estimates, told by a confirming source, is refused", () => {
  for (const claim of [
    "公司确认估值为 120 亿美元。",
    "公司披露受影响用户多达 45 万。",
    "招股书显示募资 8 亿美元。",
    "The company confirmed a valuation of $12 billion.",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("a figure the article confirms, or one the entry keeps reported or estimated, stands", () => {
  for (const claim of [
    "海岚科技公布三季度财报：营收 42 亿元，同比增长 31%。",
    "公司确认付费用户已达 860 万。",
    "财报显示研发投入 9.6 亿元，占营收 23%。",
    "据媒体报道，海岚科技正洽谈新融资，估值约 120 亿美元。",
    "知情人士称其估值约 120 亿美元，公司未予置评。",
    "安全机构估计受影响用户可能多达 45 万。",
    "公司宣布今年招聘 2000 名工程师。",
    "公司确认有 1200 家企业客户使用其 API。",
    "The company confirmed 1,200 enterprise customers use its API.",
    "海岚科技披露，三季度营收 42 亿元。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
