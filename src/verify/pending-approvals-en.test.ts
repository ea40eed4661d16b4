import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: a deal cleared in one jurisdiction and awaited in another.
const ARTICLE = `Google's planned $2.3 billion acquisition of Parallax AI was cleared by Britain's Competition and Markets Authority on Tuesday.

The deal still needs approval from the European Commission, which opened an in-depth investigation in September and has until March 14 to decide. Google said it expects the deal to close in the second quarter of 2027 if approved.`;
const index = indexArticle({ title: "Parallax", publisher: "Desk", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /still awaited/.test(f.reason));

test("an approval the English article says is still awaited, told as given, is refused", () => {
  for (const claim of [
    "欧盟委员会也已于 3 月 14 日批准。",
    "交易已获英国和欧盟监管机构批准。",
    "欧盟已放行这笔交易。",
    "The deal has been approved by the European Commission.",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the approval given, the one awaited told as awaited, or a conditional approval stands", () => {
  for (const claim of [
    "交易已获英国竞争与市场管理局（CMA）批准，但仍需欧盟委员会审批。",
    "英国 CMA 已放行这笔交易。",
    "谷歌预计若获批，交易将于 2027 年第二季度完成。",
    "欧盟委员会尚未批准，最迟 3 月 14 日决定。",
    "交易还需等待欧盟批准。",
    "英国已批准，欧盟是否批准将于 3 月 14 日前揭晓。",
    "The deal was cleared by the UK's CMA but still awaits the EU.",
    "The CMA has approved the deal.",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
