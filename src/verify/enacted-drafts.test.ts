import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a city's draft rules out for comment, a bill passed by one chamber, and an
// article whose rules did take effect.
const DRAFT_ZH =
  "杭州市数据局 3 日发布《公共数据授权运营管理办法（征求意见稿）》，意见征集至 4 月 2 日。办法拟对授权运营单位实行名单管理，运营收益的 20% 须用于数据基础设施。";
const BILL_EN =
  "The Oregon Senate voted 18 to 11 on Thursday to pass SB 702, which would require chatbot makers to disclose training data sources. The bill now goes to Governor Kim Ray, who has not said whether she will sign it. If signed, it would take effect on 1 January.";
const ENACTED_ZH =
  "杭州市数据局 3 日印发《公共数据授权运营管理办法》，自 5 月 1 日起施行。此前的征求意见稿收到意见 120 条。";
const refused = (claim: string, text: string) =>
  checkTextFacts(claim, indexArticle({ title: "办法", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /a draft told as enacted/.test(f.reason),
  );

test("a draft or a pending bill told as enacted is refused", () => {
  for (const claim of [
    "杭州市数据局正式印发公共数据授权运营管理办法。",
    "办法 4 月 2 日起施行，运营收益的 20% 须用于数据基础设施。",
    "该办法已经生效。",
  ])
    assert.ok(refused(claim, DRAFT_ZH).length > 0, claim);
  for (const claim of [
    "SB 702 was signed into law on Thursday.",
    "俄勒冈州 SB 702 法案经州长签署正式成为法律。",
    "The rules took effect on 1 January.",
  ])
    assert.ok(refused(claim, BILL_EN).length > 0, claim);
});

test("the draft kept a draft, a hedged enactment, or an article that enacts, stands", () => {
  const sentences = (t: string) => t.split(/(?<=[。.])\s*/).filter((s) => s.length > 0);
  for (const claim of [
    ...sentences(DRAFT_ZH),
    "杭州市数据局发布公共数据授权运营管理办法征求意见稿，意见征集至 4 月 2 日。",
    "办法拟对授权运营单位实行名单管理。",
    "征求意见结束后，办法预计下半年起施行。",
  ])
    assert.deepEqual(refused(claim, DRAFT_ZH), [], claim);
  for (const claim of [
    ...sentences(BILL_EN),
    "俄勒冈州参议院以 18 票对 11 票通过 SB 702 法案，州长尚未表态是否签署。",
    "If the governor signs it, the law would take effect on 1 January.",
    "签署后法案将于 1 月 1 日生效。",
  ])
    assert.deepEqual(refused(claim, BILL_EN), [], claim);
  for (const claim of ["杭州市数据局正式印发管理办法，5 月 1 日起施行。", "The rules take effect on 1 May."])
    assert.deepEqual(refused(claim, ENACTED_ZH), [], claim);
});
