import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A Chinese article of our own: 日 after a span word counts days; after a month it is a date.
const article = indexArticle({
  title: "平台被判公开致歉",
  publisher: "测试号",
  links: [],
  text: "法院判令平台在应用首页连续 5 日刊登致歉声明，并为期 30 日下架相关功能。判决于 11 月 9 日作出。",
});
const figures = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("日 after 连续/为期 is a span of days, in either language", () => {
  assert.deepEqual(figures("The platform must run a 5-day apology and pull the feature for 30 days."), [
    ["5-day", true],
    ["30 days", true],
  ]);
  assert.deepEqual(figures("平台须连续 5 天在首页致歉。"), [["5 天", true]]);
});

test("near miss: another number of days, or a date's day read as days, is refused", () => {
  assert.deepEqual(figures("The platform must run a 7-day apology."), [["7-day", false]]);
  // 11 月 9 日 is a date, no span of nine days.
  assert.deepEqual(figures("The feature is pulled for 9 days."), [["9 days", false]]);
});

test("日 before 内/之内/以内 is a span of days (30 日内 = 30 天内), a month's day stays a date", () => {
  const index = indexArticle({
    title: "办法施行",
    publisher: "测试号",
    links: [],
    text: "月活在 10 万至 100 万之间的服务，只需在上线后 30 日内报告。办法于 3 月 15 日起施行。",
  });
  const verdicts = (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "figure")
      .map((f) => [f.value, f.supported]);
  assert.deepEqual(verdicts("这类服务上线后 30 天内报告即可。"), [["30 天", true]]);
  assert.deepEqual(verdicts("这类服务上线后 15 天内报告即可。"), [["15 天", false]]);
});
