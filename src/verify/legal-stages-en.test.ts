import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A lawsuit's or a rule's stage the English article denies ("has not been certified as a class
// action", "has not issued any rules"), told as done in a Chinese entry.
const article = indexArticle({
  title: "Illustrators sue Pinecone Studio",
  publisher: "Wire Desk",
  links: [],
  text: `A group of 40 illustrators sued Pinecone Studio in a Delaware court last week over its image model. The judge has not certified the case as a class action, and the trial date has not been set. Ohio's privacy board has not issued rules on model training, though it said it is gathering comments. The board adopted a separate rule on data brokers in May.`,
});
const refused = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => !f.supported)
    .map((f) => f.reason);

test("a certification or a rule the article says has not come is refused when told as done", () => {
  for (const claim of [
    "法官已认定该案的集体诉讼资格。",
    "该案已获集体诉讼资格认定。",
    "俄亥俄州隐私委员会已出台模型训练相关规则。",
    "俄亥俄州隐私委员会已颁布模型训练规则。",
  ]) {
    const reasons = refused(claim);
    assert.ok(
      reasons.some((r) => /drops the negation/.test(r)),
      `${claim}: ${reasons.join("; ") || "published"}`,
    );
  }
});

test("the stages as the article tells them pass", () => {
  for (const claim of [
    "法官尚未认定该案的集体诉讼资格。",
    "该案还没有获得集体诉讼资格。",
    "俄亥俄州隐私委员会尚未出台模型训练规则，正在征求意见。",
    "该委员会 5 月已出台一项关于数据经纪商的规则。",
    "40 名插画师在特拉华州法院起诉 Pinecone Studio。",
    "庭审日期尚未确定。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
