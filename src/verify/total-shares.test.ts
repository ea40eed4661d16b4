import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// A share worked out from a part and its total: "revenue of $8.40 billion … Cloud revenue rose 41%
// to $5.92 billion" told as "云业务约占总营收的七成" (70.5%) was refused ("七成 does not occur").
const en = figureHolds(
  {
    title: "Norvale posts quarterly results",
    publisher: "Test Wire",
    links: [],
    text:
      "Norvale on Tuesday reported revenue of $8.40 billion for its third quarter, up 22% from a year " +
      "earlier.\n\nCloud revenue rose 41% to $5.92 billion. Networking revenue was $1.16 billion, up 9%. " +
      "Revenue from gaming slipped 3% to $1.32 billion.",
  },
  { org: "Norvale", title: "Norvale results", summary: "Norvale reported results." },
);
const zh = figureHolds(
  {
    title: "沐川科技三季度财报",
    publisher: "测试号",
    links: [],
    text: "沐川科技三季度总营收 52.0 亿元，同比增长 18%。其中，云业务营收 13.1 亿元，终端业务营收 30.2 亿元。",
  },
  { org: "沐川科技", title: "沐川科技财报", summary: "沐川科技公布三季度财报。" },
);

test("a part of a total states its share (English articles, whose words the dictionary reads)", () => {
  assert.ok(en("云业务营收增长 41% 至 59.2 亿美元，约占总营收的七成。"));
  assert.ok(en("云业务营收约占总营收的 70.5%。"));
  assert.ok(en("Cloud revenue made up about 70% of the total."));
});

test("a wrong share, or another part's, is still refused", () => {
  assert.ok(!en("云业务营收约占总营收的九成。"));
  assert.ok(!en("云业务营收约占总营收的一半。"));
  assert.ok(!en("网络业务营收约占总营收的七成。"));
  assert.ok(!en("游戏业务营收约占总营收的七成。"));
  // A Chinese article's parts share their words: no share is worked out there.
  assert.ok(!zh("云业务营收约占总营收的 58%。"));
  assert.ok(!zh("终端业务营收约占总营收的四分之一。"));
});
