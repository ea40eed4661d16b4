import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { pinyinSyllables, romanisedHan, romanisedNameWords, spellsHanName } from "./romanised-names.ts";
import { verifyEntry } from "./verify-entry.ts";

// A Chinese article whose names an English entry spells in pinyin, without giving the Chinese.
const article = {
  title: "岚川微电子发布第三季度财报",
  publisher: "测试号",
  links: [],
  text:
    "国产芯片公司岚川微电子今天公布第三季度财报，营收 12.4 亿元，同比增长 35%。" +
    "财务总监 CFO 葛明远在电话会上表示，公司将扩产。论文第一作者为澄江大学博士生许若岚，" +
    "来自启衡 AI 研究院的研究员邵凯提供了测试。南浦市研究员何一舟表示这份财报超出预期。",
};
const entry = (org: string, summary: string, bullets: string[] = []): Entry => ({
  org,
  title: "Third-quarter results",
  stars: 4,
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
    .map((c) => c.value);

test("a pinyin name reads as the article's Han name, org words included", () => {
  const e = entry(
    "Lanchuan Microelectronics",
    "Lanchuan Microelectronics reported revenue of RMB 1.24 billion, up 35%.",
    [
      "CFO Ge Mingyuan said the company will expand capacity.",
      "The first author is Ruolan Xu of Chengjiang University; Shao Kai of the Qiheng AI Research Institute ran tests.",
    ],
  );
  assert.deepEqual(lost(e), []);
  assert.equal(romanisedHan("Chengjiang University", article.text), "澄江大学");
});

test("a pinyin name the article does not write, or a wrong org word, is still refused", () => {
  // 岚川 is no robotics company; nobody in the article is 黄磊.
  assert.deepEqual(lost(entry("Lanchuan Robotics", "Lanchuan Robotics reported results.")), [
    "Lanchuan Robotics",
    "Robotics",
  ]);
  assert.ok(
    lost(entry("岚川微电子", "岚川微电子公布财报。", ["Huang Lei said the quarter was strong."])).includes(
      "Lei",
    ),
  );
  // One syllable alone reads as too many characters.
  assert.deepEqual([...romanisedNameWords("Ming said so", article.text)], []);
});

test("a role given to a person spelled in pinyin is checked against the article's roles", () => {
  // The article calls 何一舟 a 研究员, never a judge.
  assert.deepEqual(
    lost(entry("岚川微电子", "岚川微电子公布财报。", ["Presiding judge He Yizhou said it beat forecasts."])),
    ["Presiding judge He Yizhou"],
  );
  assert.ok(spellsHanName("yizhouhe", "何一舟"));
  assert.ok(!spellsHanName("yizhouhe", "何一周舟"));
});

test("pinyin syllables: every cut, none for a word that is not pinyin", () => {
  assert.deepEqual(pinyinSyllables("Xian"), [["xian"], ["xi", "an"]]);
  assert.deepEqual(pinyinSyllables("Semiconductor"), []);
});
