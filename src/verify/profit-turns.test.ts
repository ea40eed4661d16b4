import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Articles of our own: one company not yet profitable, one that turned profitable.
const losing = indexArticle({
  title: "澜舟储能递交招股书",
  publisher: "测试号",
  links: [],
  text: "澜舟储能递交招股书。2026 年公司收入 4.2 亿元，同比增长 38%。招股书提示，公司尚未实现盈利，预计短期内仍将亏损。",
});
const turned = indexArticle({
  title: "青禾云 2026 年扭亏为盈",
  publisher: "测试号",
  links: [],
  text: "青禾云公布年报。2026 年公司扭亏为盈，净利润 0.8 亿元，去年同期亏损 1.1 亿元。",
});
const refused = (claim: string, article = losing) =>
  checkTextFacts(claim, article).some((f) => f.kind === "qualifier" && !f.supported);

test("a turn to profit the article denies is refused, however it is worded", () => {
  assert.ok(refused("澜舟储能已于 2026 年扭亏为盈。"));
  assert.ok(refused("公司已扭亏。"));
  assert.ok(refused("公司已转为盈利。"));
  assert.ok(refused("公司已实现盈利。"));
});

test("near miss: a turn to profit the article reports, or growth it reports, is kept", () => {
  assert.equal(refused("青禾云已于 2026 年扭亏为盈。", turned), false);
  assert.equal(refused("公司已扭亏为盈，净利润 0.8 亿元。", turned), false);
  assert.equal(refused("澜舟储能 2026 年收入已增至 4.2 亿元。"), false);
});
