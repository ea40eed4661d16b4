import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a rumour the company denied or would not discuss, a leak no one could verify.
const ZH = `据三位接近交易的人士透露，澄砂机器人正与一家车企洽谈合资建厂，总投资约 40 亿元。另有消息称，澄砂联合创始人顾岚将出任合资公司董事长。澄砂机器人回应称，顾岚的任命「纯属猜测」，公司否认了这一说法。对于合资建厂和投资金额，澄砂表示不予置评。一份在行业群流传的规划图显示工厂位于芜湖，但这份文件的真伪无法核实。澄砂机器人已证实，公司第三代机械臂将于明年二月量产。`;
const zh = indexArticle({ title: "传闻", publisher: "测试号", links: [], text: ZH });
const EN = `People familiar with the plans say Northgale is preparing a spin-off of its sensor unit worth about $900 million. Asked about the spin-off, chief executive Ines Varga said she would not comment. A slide circulating online lists a launch in April, but it could not be verified. Northgale confirmed that it will close its Leeds office in March.`;
const en = indexArticle({ title: "Northgale", publisher: "Desk", links: [], text: EN });
const refused = (claim: string, index = zh) =>
  checkTextFacts(claim, index).filter(
    (f) => !f.supported && /refusal to confirm|not commented on/.test(f.reason),
  );

test("a rumour or an unverifiable leak told as confirmed is refused", () => {
  for (const claim of [
    "澄砂确认正与车企洽谈合资建厂，总投资约 40 亿元。",
    "澄砂证实顾岚将出任合资公司董事长。",
    "流传的规划图经核实为真，工厂位于芜湖。",
  ])
    assert.ok(refused(claim).length > 0, claim);
  for (const claim of [
    "Northgale confirmed the spin-off of its sensor unit.",
    "Varga confirmed a sensor spin-off worth about $900 million.",
    "The circulating slide was verified and lists an April launch.",
  ])
    assert.ok(refused(claim, en).length > 0, claim);
});

test("a question the company would not comment on, told as denied, is refused", () => {
  assert.ok(refused("澄砂否认了合资建厂的说法。").length > 0);
  assert.ok(refused("Varga denied the sensor spin-off.", en).length > 0);
});

test("the rumour told as a rumour, and what was confirmed or denied, stand", () => {
  for (const claim of [
    "知情人士称澄砂正与车企洽谈合资建厂，总投资约 40 亿元，澄砂不予置评。",
    "有消息称顾岚将出任合资公司董事长，澄砂否认。",
    "澄砂否认顾岚将出任合资公司董事长。",
    "规划图显示工厂位于芜湖，真伪无法核实。",
    "澄砂证实第三代机械臂将于明年二月量产。",
    "公司确认第三代机械臂明年二月量产。",
    "预计约 45% 的订单将在未来 12 个月确认为收入。",
  ])
    assert.deepEqual(refused(claim), [], claim);
  for (const claim of [
    "Northgale confirmed it will close its Leeds office in March.",
    "Sources say Northgale plans a sensor spin-off worth about $900 million; Varga would not comment.",
    "A circulating slide lists an April launch; it has not been verified.",
    "The Leeds office closure in March was confirmed by Northgale.",
  ])
    assert.deepEqual(refused(claim, en), [], claim);
});
