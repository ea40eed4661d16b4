import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a Chinese note on a car assistant's plans, an English note on a cart maker's.
const ZH =
  "青柚出行今天发布车载助手「小柚」。公司计划明年上半年上线离线模式，力争年底前覆盖 30 座城市。目前小柚已在 12 座城市上线，支持普通话和粤语。";
const EN =
  "Tidewell Robotics, which makes warehouse carts, has shipped 4,000 carts so far. It plans to open an office in Osaka next year. A second plant in Ohio, which the company hopes to finish in 2028, would double output. Deliveries to European customers are expected to start next spring. It plans to hire 300 engineers this year and has hired 120 so far.";
const refused = (claim: string, text: string) =>
  checkTextFacts(claim, indexArticle({ title: "新品", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /a hedge told as certain/.test(f.reason),
  );

test("a plan, hope or expectation told as done is refused", () => {
  for (const claim of ["离线模式已上线。", "功能｜小柚已上线离线模式，支持粤语。", "小柚已覆盖 30 座城市。"])
    assert.ok(refused(claim, ZH).length > 0, claim);
  for (const claim of [
    "Tidewell has opened an office in Osaka.",
    "Plants｜It has finished a second plant in Ohio, doubling output.",
    "Deliveries to European customers have already started.",
  ])
    assert.ok(refused(claim, EN).length > 0, claim);
});

test("the plan kept, what the article says is done, or another figure, stands", () => {
  const sentences = (t: string) => t.split(/(?<=[。.])\s*/).filter((s) => s.length > 0);
  for (const claim of [
    ...sentences(ZH),
    "离线模式计划明年上半年上线。",
    "小柚已在 12 座城市上线。",
    "小柚支持普通话和粤语。",
    "公司力争年底前覆盖 30 座城市。",
    "小柚目前已上线，离线模式明年上半年推出。",
    "青柚出行已发布车载助手小柚。",
  ])
    assert.deepEqual(refused(claim, ZH), [], claim);
  for (const claim of [
    ...sentences(EN),
    "Tidewell plans to open an office in Osaka next year.",
    "Tidewell has shipped 4,000 carts so far.",
    "It hopes to finish a second plant in Ohio in 2028.",
    "Deliveries to European customers are due to start next spring.",
    "Tidewell, a maker of warehouse carts, has hired 120 engineers this year.",
    "The company has said it will open an office in Osaka.",
    "其欧洲客户的交付预计明年春季开始。",
  ])
    assert.deepEqual(refused(claim, EN), [], claim);
  // Another product's plan: one sentence says a product is out, the next plans its sibling.
  const SIBLINGS = "Corvel Lite is available today. Corvel Max will launch next month.";
  assert.ok(refused("Corvel Max has launched.", SIBLINGS).length > 0);
  for (const claim of [
    "Corvel Lite has launched.",
    "Corvel Lite 已上线。",
    "Corvel Max will launch next month.",
  ])
    assert.deepEqual(refused(claim, SIBLINGS), [], claim);
});
