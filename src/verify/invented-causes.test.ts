import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: causes the article gives, facts it only puts side by side, and one it
// declines to explain.
const ARTICLE = `星河数科称，得益于当地年均气温较低，数据中心 PUE 设计值为 1.15。中心 80% 的电力来自风电和光伏。
由于需求旺盛，公司将产能扩大一倍。毛利率为 41.2%，低于上一季度的 46.8%，财报未说明毛利率下降的原因。
陆青禾：垂直 Agent 的天花板太低，我们押注通用。受台风影响，工厂停产三天。`;
const index = indexArticle({ title: "星河数科", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /cause/.test(f.reason));

test("a cause the article does not give (因为/由于/原因是 joined to a true fact) is refused", () => {
  for (const claim of [
    "由于八成电力来自风电和光伏，PUE 低至 1.15。",
    "毛利率降至 41.2%，主要因为芯片降价。",
    "公司因融资到位将产能扩大一倍。",
    "由于天花板太低，陆青禾转向芯片业务。",
    "停产三天，原因是设备故障。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("a cause the article gives, in other words or unmarked in one sentence, stands", () => {
  for (const claim of [
    "PUE 设计值 1.15，得益于当地气温较低。",
    "由于当地年均气温较低，PUE 设计值为 1.15。",
    "因需求旺盛，公司产能扩大一倍。",
    "公司因为需求旺盛而将产能翻倍。",
    "陆青禾认为垂直 Agent 天花板太低，所以押注通用。",
    "工厂因台风停产三天。",
    "台风导致工厂停产三天。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});

const EN = `Halvard reported revenue of $4.82 billion, up 38%. Data-center networking accounted for $3.9 billion. Shares fell 7% in after-hours trading.`;
const en = indexArticle({ title: "Halvard", publisher: "Desk", links: [], text: EN });
const GIVES = `Revenue rose 38%, driven by demand for data-center switches. Margins narrowed because of higher memory prices.`;
const gives = indexArticle({ title: "Halvard", publisher: "Desk", links: [], text: GIVES });
const refusedBy = (claim: string, i = en) =>
  checkTextFacts(claim, i).filter((f) => !f.supported && /cause/.test(f.reason));

test("a Chinese entry's cause for an English article that gives none is refused; one that gives causes is not read", () => {
  assert.ok(refusedBy("数据中心网络业务贡献 39 亿美元，是营收增长的主要原因。").length > 0);
  assert.ok(refusedBy("由于数据中心需求强劲，营收增长 38%。").length > 0);
  assert.deepEqual(refusedBy("受数据中心交换机需求推动，营收增长 38%。", gives), []);
  assert.deepEqual(refusedBy("因内存价格上涨，利润率收窄。", gives), []);
});

test("an English entry's cause is held to the English article's sentence", () => {
  assert.ok(refusedBy("Margins narrowed because of weaker demand for switches.", gives).length > 0);
  for (const claim of [
    "Revenue rose 38% thanks to demand for data-center switches.",
    "Margins narrowed due to higher memory prices.",
    "Margins narrowed as a result of higher memory prices.",
  ])
    assert.deepEqual(refusedBy(claim, gives), [], claim);
});
