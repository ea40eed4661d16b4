import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "新闻", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /other side of the ruling/.test(f.reason))
    .length;
};

const ZH = `上海知识产权法院对插画师周禾诉「绘川科技」著作权纠纷案作出一审判决。

原告提出三项请求：停止使用其作品、赔礼道歉、赔偿损失 80 万元。法院判令绘川科技停止使用涉案作品，并赔偿损失 12 万元；对于赔礼道歉的请求，法院不予支持。

同案被告、提供托管服务的云服务商「望舒云」被判不承担责任，法院认为其履行了通知删除义务。`;
const EN = `A Boston court ruled on Friday in the case brought by three photographers against Pixwell. The judge ordered Pixwell to delete the disputed images and pay $150,000. The court rejected the request for a public apology.

The hosting provider Nimbus, also named in the suit, was found not liable because it removed the images on notice.`;

test("an outcome the article gives denied, told as given, is refused", () => {
  assert.equal(refused(ZH, "法院还判令绘川科技赔礼道歉。"), 1);
  assert.equal(refused(ZH, "云服务商望舒云被判承担连带责任。"), 1);
  assert.equal(refused(ZH, "托管服务商望舒云须承担部分赔偿责任。"), 1);
  assert.equal(refused(EN, "The court also ordered a public apology."), 1);
  assert.equal(refused(EN, "The hosting provider Nimbus was held liable as well."), 1);
});

test("an outcome the article gives, or a denied one kept denied, stands", () => {
  assert.equal(refused(ZH, "法院判令绘川科技停止使用涉案作品，并赔偿 12 万元。"), 0);
  assert.equal(refused(ZH, "赔礼道歉的请求未获支持。"), 0);
  assert.equal(refused(ZH, "望舒云不承担责任。"), 0);
  assert.equal(refused(ZH, "三项请求中两项获支持。"), 0);
  assert.equal(refused(EN, "The judge ordered Pixwell to delete the images and pay $150,000."), 0);
  assert.equal(refused(EN, "Nimbus was not held liable."), 0);
  assert.equal(refused(EN, "The court rejected the request for a public apology."), 0);
  const product = "新版模型暂未支持音频输入，但支持 128K 上下文。";
  assert.equal(refused(product, "模型支持 128K 上下文。"), 0);
});

// A party word or a request word shared with the refused request says nothing of what was granted;
// English is read by stems, so "apologize publicly" is the refused "public apology".
const PARTY_ZH = `仲裁庭裁决被申请人向申请人支付欠薪 6 万元。申请人要求被申请人书面赔礼道歉的请求，仲裁庭未予支持。`;
const PARTY_EN = `The tribunal ordered Orvane to refund $8,000 in fees. It refused the claimant's request for a written apology.`;

test("a granted request sharing only party or request words with a refused one stands", () => {
  assert.equal(refused(PARTY_ZH, "仲裁庭支持了申请人要求支付欠薪的请求。"), 0);
  assert.equal(refused(PARTY_ZH, "仲裁庭裁决被申请人支付欠薪 6 万元。"), 0);
  assert.equal(refused(PARTY_EN, "The tribunal granted the claimant's request for a refund."), 0);
  assert.equal(refused(PARTY_EN, "Orvane was ordered to refund the claimant's fees."), 0);
  assert.equal(refused(PARTY_EN, "The claimant's request for a written apology was refused."), 0);
});

test("the refused request told as granted in other word forms is refused", () => {
  assert.equal(refused(PARTY_EN, "The tribunal ordered Orvane to apologize in writing."), 1);
  assert.equal(refused(PARTY_EN, "Orvane was ordered to apologize, in written form."), 1);
  assert.equal(refused(PARTY_ZH, "仲裁庭支持了申请人要求书面赔礼道歉的请求。"), 1);
});
