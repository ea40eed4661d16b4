import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// A lower bound in words (超过一半, 逾三倍, more than double) holds for any value above it: the
// article's 60% cut is "降幅超过一半", a rise from 1200 万 to 5600 万 (×4.67) "增长超过三倍". They were
// refused unless the value sat within the bound's leading-digit band (55%, ×3.4). Approached from
// below (近一半, nearly) stays close and under.
const zh = figureHolds(
  {
    title: "栖云科技下调 API 价格",
    publisher: "测试号",
    links: [],
    text:
      "栖云科技宣布，输出价格从每百万 token 20 元降至 8 元。平台月活从 1200 万增长到 5600 万。" +
      "海外收入占比 34%。",
  },
  { org: "栖云科技", title: "栖云科技降价", summary: "栖云科技下调 API 价格。" },
);
const en = figureHolds(
  {
    title: "Brightline grows",
    publisher: "Test Wire",
    links: [],
    text:
      "Brightline said its customer count rose from 1,500 to 4,800 this year. Inference costs fell from " +
      "$12 to $5 per million tokens. About 34% of revenue comes from Europe.",
  },
  { org: "Brightline", title: "Brightline grows", summary: "Brightline said its customers grew." },
);

test("a lower bound in words holds for any value above it", () => {
  assert.ok(zh("输出价格降幅超过一半，降至每百万 token 8 元。"));
  assert.ok(zh("输出价格下调超过一半。"));
  assert.ok(zh("月活从 1200 万增至 5600 万，增长超过三倍。"));
  assert.ok(zh("月活增长逾三倍。"));
  assert.ok(en("客户数增长超过两倍。"));
  assert.ok(en("Brightline's customer count more than tripled this year."));
  assert.ok(en("Inference costs were cut by more than half."));
});

test("a bound the value does not reach, or the wrong way, is still refused", () => {
  assert.ok(!zh("输出价格降幅超过七成。"));
  assert.ok(!zh("月活增长超过五倍。"));
  assert.ok(!zh("海外收入占比超过一半。"));
  assert.ok(!zh("输出价格上涨超过一半。"));
  assert.ok(!en("客户数增长超过四倍。"));
  assert.ok(!en("Brightline's customer count more than quadrupled this year."));
  assert.ok(!en("推理成本降幅超过六成。"));
});
