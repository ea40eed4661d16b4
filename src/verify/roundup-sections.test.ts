import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a weekly roundup of several companies, one numbered section each.
const ZH = `本周看点：三家公司各有动作。

1. 岱宗机器人发布四足机器人 DZ-7

岱宗机器人发布四足机器人 DZ-7，续航 4 小时，售价 8.8 万元。

2. 汀兰科技开源语音模型

汀兰科技开源语音模型 TL-Voice，识别错误率下降 12%，支持 9 种方言。

3. 鹭岛数据完成 2 亿元 B 轮融资

鹭岛数据完成 2 亿元 B 轮融资，由青岑资本领投。

4. 一周数字

本周共有 11 家公司发布新模型。`;
const zh = indexArticle({ title: "周报", publisher: "测试号", links: [], text: ZH });
const EN = `Here is what happened this week.

1. Quarrel ships its coding agent

Quarrel made its coding agent generally available at $30 a seat. Quarrel said 4,000 teams used the beta.

2. Lindqvist raises $45 million

Lindqvist raised $45 million led by Harrow Ventures. Lindqvist builds evaluation tools.

3. Ostrava delays the OS-90 chip

Ostrava delayed its OS-90 inference chip to the second quarter of 2027. Ostrava blamed packaging yields.`;
const en = indexArticle({ title: "Weekly", publisher: "Desk", links: [], text: EN });
const refused = (claim: string, index = zh) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /roundup gives/.test(f.reason));

test("a figure or code from one company's section given to another company is refused", () => {
  for (const claim of [
    "汀兰科技完成 2 亿元 B 轮融资。",
    "岱宗机器人的新模型识别错误率下降 12%。",
    "鹭岛数据发布四足机器人 DZ-7。",
  ])
    assert.ok(refused(claim).length > 0, claim);
  for (const claim of ["Quarrel raised $45 million.", "Lindqvist delayed the OS-90 chip to 2027."])
    assert.ok(refused(claim, en).length > 0, claim);
});

test("each company's own news, and news told without a company, stand", () => {
  for (const claim of [
    "岱宗 DZ-7 续航 4 小时，售价 8.8 万元。",
    "汀兰科技的 TL-Voice 错误率降低 12%，支持 9 种方言。",
    "鹭岛数据 B 轮融资 2 亿元，青岑资本领投。",
    "本周 11 家公司发布新模型。",
    "周报：岱宗发布 DZ-7，汀兰开源语音模型，鹭岛获 2 亿元融资。",
  ])
    assert.deepEqual(refused(claim), [], claim);
  for (const claim of [
    "Quarrel's coding agent costs $30 a seat; 4,000 teams tried the beta.",
    "Lindqvist raised $45 million, led by Harrow Ventures.",
    "Ostrava pushed the OS-90 to the second quarter of 2027.",
  ])
    assert.deepEqual(refused(claim, en), [], claim);
});
