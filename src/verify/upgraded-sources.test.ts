import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: figures reported through others that the company would not confirm.
const ZH = `12 月 3 日，灵枢机器人宣布完成近 10 亿元人民币的 B 轮融资。据知情人士透露，本轮投后估值超过 60 亿元。公司未对估值置评。公司表示，资金将用于量产线建设。`;
const zh = indexArticle({ title: "融资", publisher: "测试号", links: [], text: ZH });
const COPILOT = `微软周二宣布，消费级 Copilot 的默认模型将切换为 MAI-2。据 The Verge 报道，此次切换预计每年可为微软节省数亿美元的推理成本，但微软未证实这一数字。`;
const copilot = indexArticle({ title: "Copilot", publisher: "测试号", links: [], text: COPILOT });
const EN = `Lumen is valued at about $4 billion, according to people familiar with the matter. The company declined to comment on its valuation. Lumen said it has 140 employees.`;
const en = indexArticle({ title: "Lumen", publisher: "Desk", links: [], text: EN });
const refused = (claim: string, index = zh) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /did not confirm/.test(f.reason));

test("a report the company did not confirm, told as its own disclosure, is refused", () => {
  assert.ok(refused("公司披露投后估值逾 60 亿元。").length > 0);
  assert.ok(refused("公司证实本轮投后估值超过 60 亿元。").length > 0);
  assert.ok(
    refused("Microsoft says the switch will save it hundreds of millions a year in inference.", copilot)
      .length > 0,
  );
  assert.ok(refused("Lumen said it is valued at about $4 billion.", en).length > 0);
});

test("the report told as a report, or what the company did say, stands", () => {
  for (const claim of [
    "知情人士称投后估值逾 60 亿元，公司未置评。",
    "公司宣布完成近 10 亿元 B 轮融资。",
    "公司披露资金将用于量产线建设。",
  ])
    assert.deepEqual(refused(claim), [], claim);
  for (const claim of [
    "Microsoft announced that consumer Copilot will switch to MAI-2.",
    "The Verge reports the switch could save Microsoft hundreds of millions a year; Microsoft has not confirmed it.",
  ])
    assert.deepEqual(refused(claim, copilot), [], claim);
  assert.deepEqual(refused("Lumen said it has 140 employees.", en), []);
});
