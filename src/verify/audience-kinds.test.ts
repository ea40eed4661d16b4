import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Audiences of their own measure: weekly users are not monthly ones, and paying users are not all users.

const ZH = `听潮科技公布旗下播客应用「回声」的最新数据。

截至 11 月，回声月活跃用户约 640 万，其中付费会员约 31 万。公司新建的耳机工厂规划年产能 80 万副。

截至目前，耳机已累计交付 12 万副。`;

const EN = `Tidewater's note-taking app Driftnote now has 4.2 million weekly active users, the company said on Monday. About 350,000 of them are paying subscribers. Its new plant in Ohio has an annual capacity of 60,000 devices.

Tidewater has shipped 9,000 devices so far.`;

const okIn = (text: string) => (claim: string) => {
  const index = indexArticle({ title: "数据更新", publisher: "测试号", links: [], text });
  return checkTextFacts(claim, index).every((f) => f.supported);
};
const zh = okIn(ZH);
const en = okIn(EN);

test("an audience told with another kind of user is refused", () => {
  assert.ok(!zh("回声付费用户约 640 万。"), "the monthly users told as paying");
  assert.ok(!zh("回声周活约 640 万。"), "the monthly users told as weekly");
  assert.ok(!en("Driftnote 月活跃用户 420 万。"), "weekly users told as monthly (across languages)");
  assert.ok(!en("Driftnote has 4.2 million paying users."), "weekly users told as paying");
  assert.ok(!en("Driftnote 付费用户 420 万。"));
});

test("each audience and output in its own words passes", () => {
  for (const claim of [
    "回声月活约 640 万，付费会员约 31 万。",
    "回声 MAU 约 640 万，其中付费用户 31 万。",
    "回声的月活跃用户约 640 万。",
    "耳机工厂规划年产能 80 万副，已累计交付 12 万副。",
    "新工厂设计产能 80 万副。",
  ])
    assert.ok(zh(claim), claim);
  for (const claim of [
    "Driftnote 周活跃用户 420 万，约 35 万为付费订阅用户。",
    "Driftnote has 4.2 million weekly active users, 350,000 of them paying subscribers.",
    "Driftnote 周活约 420 万。",
    "俄亥俄工厂年产能 6 万台，已出货 9000 台。",
  ])
    assert.ok(en(claim), claim);
});
