import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { romanisedWithTail } from "./romanised-names.ts";
import { verifyEntry } from "./verify-entry.ts";

// A Chinese review whose models carry Han names with a Latin tail; an English entry spells the Han
// part in pinyin ("Yansong-2" for 岩松-2) and keeps the tail.
const article = {
  title: "三款国产代码模型实测：岩松-2 领先",
  publisher: "测评号",
  links: [],
  text: [
    "本期我们在自建的 300 道编程题上测试了三款模型。",
    "",
    "| 模型 | 得分 | 平均耗时 |",
    "| 岩松-2 | 81.5 | 12 秒 |",
    "| 青禾-Max | 77.0 | 9 秒 |",
    "| 云雀-34B | 70.3 | 15 秒 |",
    "",
    "岩松-2 以 81.5 分排名第一，云雀-34B 是三款中唯一开放权重的模型。",
  ].join("\n"),
};
const entry = (summary: string, bullets: string[] = []): Entry => ({
  org: "测评号",
  title: "Three Chinese code models tested",
  stars: 3,
  tags: ["AI"],
  summary,
  core: { bullets: bullets.map((text) => ({ text })) },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
const lost = (e: Entry) =>
  verifyEntry(e, article)
    .claims.filter((c) => c.status !== "supported" && c.kind !== "evidence")
    .map((c) => `${c.value}: ${c.reason}`);

test("a pinyin head with the article's tail names the article's model", () => {
  assert.equal(romanisedWithTail("Yansong-2", article.text), "岩松-2");
  assert.equal(romanisedWithTail("Qinghe Max", article.text), "青禾-Max");
  assert.equal(romanisedWithTail("Yunque-34B's", article.text), "云雀-34B");
  // Another tail, or a head the article never writes, is no match.
  assert.equal(romanisedWithTail("Yansong-3", article.text), undefined);
  assert.equal(romanisedWithTail("Yunque-7B", article.text), undefined);
  assert.equal(romanisedWithTail("Baiyun-2", article.text), undefined);
});

test("true rewordings with pinyin model names keep their names and figures", () => {
  const trues = [
    "Yansong-2 led with 81.5 on 300 coding problems.",
    "Qinghe-Max scored 77.0 and answered in 9 seconds on average.",
    "Yunque-34B, the only open-weights model of the three, scored 70.3.",
    "Yunque-34B's score was 70.3, behind Qinghe-Max at 77.0.",
    "Yansong-2 (岩松-2) led with 81.5, ahead of Qinghe-Max's 77.0.",
    "Averaging 15 seconds, Yunque-34B was the slowest.",
    "Qinghe Max took 9 seconds per answer.",
  ];
  for (const s of trues) assert.deepEqual(lost(entry(s)), [], s);
});

test("a figure moved to another pinyin-named model, or a tail changed, is still refused", () => {
  assert.notDeepEqual(lost(entry("Yunque-34B scored 81.5.")), []);
  assert.notDeepEqual(lost(entry("Qinghe-Max scored 70.3.")), []);
  assert.notDeepEqual(lost(entry("Yansong-3 scored 81.5.")), []);
  assert.notDeepEqual(lost(entry("Yunque-7B is the only open-weights model.")), []);
});

test("two pinyin names sharing a tail each keep their own figures; a swap between them is still refused", () => {
  const shared = {
    title: "两款专业版模型实测",
    publisher: "测评号",
    links: [],
    text: [
      "本期我们测了两款国产多模态模型的专业版。",
      "",
      "| 模型 | 得分 | 平均耗时 |",
      "| 墨川-Pro | 84.6 | 11 秒 |",
      "| 青禾-Pro | 79.3 | 8 秒 |",
      "",
      "墨川-Pro 得分最高，青禾-Pro 速度最快。",
    ].join("\n"),
  };
  const check = (bullets: string[]) =>
    verifyEntry(entry("Two pro-tier multimodal models tested.", bullets), shared)
      .claims.filter((c) => c.status !== "supported" && c.kind !== "evidence")
      .map((c) => `${c.value}: ${c.reason}`);
  const mine = ["Mochuan-Pro scored 84.6, the highest.", "Qinghe-Pro was fastest at 8 seconds."];
  assert.deepEqual(check(mine), []);
  assert.deepEqual(check([...mine].reverse()), []);
  assert.ok(check(["Mochuan-Pro was fastest at 8 seconds.", "Qinghe-Pro scored 84.6."]).length > 0);
});
