import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a cloud outage refund that leaves trial accounts out; a city's subsidy rule that
// does not cover second-hand vehicles; an English storage service's credit that free-tier users miss.
const REFUND_ZH =
  "云栈宣布，对本次故障期间受影响的付费账户按故障时长退还当月费用。试用账户不在退款范围内。学生账户此前已转为付费，同样可以申请。";
const SUBSIDY_ZH = "青州市发布新能源车置换补贴细则，每辆最高补贴 8000 元。补贴不包括二手车，仅限新车。";
const CREDIT_EN =
  "Driftbox will give paying customers a credit worth one month of fees after the outage. Free-tier users are not eligible for the credit, the company said.";
const refused = refusedFor(/leaves this group out/, "消息");

test("a group the article leaves out, told as included, is refused", () => {
  const cases: Array<[string, string]> = [
    ["付费账户按故障时长退还当月费用，试用账户同样可获退款。", REFUND_ZH],
    ["试用账户也在退款之列。", REFUND_ZH],
    ["二手车也可领取置换补贴。", SUBSIDY_ZH],
    ["Free-tier users also get the credit.", CREDIT_EN],
    ["免费版用户（free-tier users）同样获得 credit。", CREDIT_EN],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("the group kept out, another group included, or an inclusion the article makes, stands", () => {
  const cases: Array<[string, string]> = [
    ["付费账户按故障时长退还当月费用，试用账户不在退款范围内。", REFUND_ZH],
    ["试用账户无法获得退款。", REFUND_ZH],
    ["学生账户同样可以申请退款。", REFUND_ZH],
    ["试用账户也受到了故障影响。", REFUND_ZH],
    ["补贴仅限新车，二手车不在补贴范围内。", SUBSIDY_ZH],
    ["新车每辆最高也能拿到 8000 元补贴。", SUBSIDY_ZH],
    ["Paying customers also get a credit worth one month of fees.", CREDIT_EN],
    ["Free-tier users are not eligible for the credit.", CREDIT_EN],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});

test("groups told apart by what sets them apart, not by shared generic pairs (用户, 费用, 会员, users)", () => {
  const paid = "本次补偿面向所有付费订阅用户，免费用户不在补偿范围内。";
  const editions = "个人版用户均可免费使用新功能，企业版用户不在此次开放范围内。";
  const badge = "年度会员可领取限量徽章，月度会员不在本次发放范围内。";
  const offline =
    "Annual subscribers get the new offline mode. Monthly subscribers are not eligible for the offline mode.";
  const stand: Array<[string, string]> = [
    ["所有付费用户都能获得补偿。", paid],
    ["付费用户均可获得补偿。", paid],
    ["所有年度会员都可以领取徽章。", badge],
    ["年度会员均可获得限量徽章。", badge],
    ["Annual subscribers are also eligible for the offline mode.", offline],
  ];
  for (const [claim, text] of stand) assert.deepEqual(refused(claim, text), [], claim);
  const refusedCases: Array<[string, string]> = [
    ["企业版用户同样可以使用新功能。", editions],
    ["免费用户同样获得补偿。", paid],
    ["月度会员同样可以领取徽章。", badge],
    ["Monthly subscribers also get the offline mode.", offline],
  ];
  for (const [claim, text] of refusedCases) assert.ok(refused(claim, text).length > 0, claim);
});
