import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const ARTICLE = `Corvid Systems agreed to buy Lumen Labs for $1.2 billion. If the deal is blocked, Corvid will pay Lumen a $60 million break fee.
一审法院判令平台向作者赔偿 5 万元。`;
const index = indexArticle({
  title: "Corvid to buy Lumen",
  publisher: "Test Wire",
  links: [],
  text: ARTICLE,
});
const turned = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /payment round/.test(f.reason)).length;

test("a payment told the other way round is refused, in either language", () => {
  assert.equal(turned("交易若被否决，Lumen 将向 Corvid 支付 6000 万美元分手费。"), 1);
  assert.equal(turned("If blocked, Lumen would pay Corvid $60 million."), 1);
  assert.equal(turned("法院判令作者向平台赔偿 5 万元。"), 1);
});

test("the article's payer and payee, under any of their names, stand", () => {
  for (const claim of [
    "交易若被否决，Corvid 将向 Lumen 支付 6000 万美元分手费。",
    "Corvid Systems 须向 Lumen Labs 支付 6000 万美元。",
    "If blocked, Corvid would pay Lumen $60 million.",
    "平台须向作者赔偿 5 万元。",
  ])
    assert.equal(turned(claim), 0, claim);
});
