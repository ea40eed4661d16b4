import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a founder's interview that denies plans, and a company's note in English.
const ZH =
  "钢笔不再只是书写的工具。云栖文具创始人陆遥接受采访时表示，公司没有自建工厂的计划，仍会交给代工厂生产。她说，公司不会和大品牌拼价格，而是主打设计。新款钢笔本月上线，墨水暂不单独销售。被问到是否进入海外市场时，她称尚未决定是否进入日本市场。";
const EN =
  "Harbor Audio has no plans for a tablet, its chief executive said on Monday, so the company will keep making headphones. It will not sell the studio monitor in Europe this year. The board has not decided whether it will list the company in Hong Kong. A buyer has made an offer for the firm; its founder has not said whether she will sign it.";
const refused = (claim: string, text: string) =>
  checkTextFacts(claim, indexArticle({ title: "采访", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /an intention the article denies/.test(f.reason),
  );

test("an intention the article denies told as held is refused", () => {
  for (const claim of [
    "公司计划自建工厂。",
    "陆遥称将和大品牌正面拼价格。",
    "墨水已同步单独销售。",
    "她已表示将进入日本市场。",
  ])
    assert.ok(refused(claim, ZH).length > 0, claim);
  for (const claim of [
    "Harbor Audio is building a tablet.",
    "The studio monitor will go on sale in Europe this year.",
    "The board will list the company in Hong Kong.",
    "创始人已表示将签署收购协议。",
  ])
    assert.ok(refused(claim, EN).length > 0, claim);
});

test("the denial kept, what the article does say, or a clause of other words, stands", () => {
  const sentences = (t: string) => t.split(/(?<=[。.])\s*/).filter((s) => s.length > 0);
  for (const claim of [
    ...sentences(ZH),
    "陆遥称公司不自建工厂，仍交给代工厂生产。",
    "公司将继续主打设计。",
    "新款钢笔本月已上线。",
    "公司会交给代工厂生产。",
    "云栖文具把钢笔做成可收藏的书写工具。",
    "创始人陆遥表示，新款钢笔本月上线，墨水不单独卖。",
  ])
    assert.deepEqual(refused(claim, ZH), [], claim);
  for (const claim of [
    ...sentences(EN),
    "Harbor Audio will keep making headphones and has no tablet plans.",
    "The chief executive spoke on Monday.",
    "A Hong Kong listing is undecided.",
    "Harbor Audio has a sales office in Hong Kong.",
    "已有买家对公司发出收购要约，创始人尚未表态是否签署。",
    "Harbor Audio 将继续生产耳机。",
  ])
    assert.deepEqual(refused(claim, EN), [], claim);
});
