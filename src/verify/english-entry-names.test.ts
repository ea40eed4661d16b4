import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { verifyEntry } from "./verify-entry.ts";

// A Chinese article and an English entry written for it, the way a model writes one: labelled
// bullets, sentence-initial English words, currency codes, units and roles in English.
const article = {
  title: "澄湖科技发布 C5 芯片：功耗 12kW 的整机",
  publisher: "测试号",
  links: [],
  text:
    "澄湖科技今天发布 C5 推理芯片，8 卡整机功耗 12 千瓦，园区总负荷 36 兆瓦。公司第三季度营收 4.2 亿元，同比增长 27%。" +
    "在 700 亿参数模型上，C5 吞吐量是上一代的 2.1 倍。澄湖科技董事长周砚表示将扩产；公司副总裁林岚负责供应链。" +
    "C5 在 LiveBench 上得分 61.2。",
};
const entry = (summary: string, bullets: Array<{ label?: string; text: string }>): Entry => ({
  org: "澄湖科技",
  title: "澄湖科技 (Chenghu Tech) unveils the C5 chip",
  stars: 4,
  tags: ["AI"],
  summary,
  core: { bullets },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
/** The entry's name claims among `values`, each with whether it holds. */
const names = (e: Entry, ...values: string[]) =>
  verifyEntry(e, article)
    .claims.filter((c) => c.kind === "name" && values.includes(c.value))
    .map((c) => [c.value, c.status === "supported"]);

test("a bullet's plain label is a heading, and the word after it starts a sentence", () => {
  const e = entry("Chenghu Tech launched the C5.", [
    { label: "Design", text: "A chip for inference." },
    { label: "Earn-out", text: "The server holds eight cards." },
  ]);
  assert.deepEqual(names(e, "Design", "Earn-out", "A", "The"), []);
  // A label that names a benchmark is still a name the article must have.
  const swapped = entry("Chenghu Tech launched the C5.", [{ label: "BigCodeBench", text: "61.2 points." }]);
  assert.deepEqual(names(swapped, "BigCodeBench"), [["BigCodeBench", false]]);
});

test("English words starting a sentence are words; names starting one are still names", () => {
  const e = entry("Adjusted figures came later. Volume shipments start next year.", [
    { text: "It targets volume buyers." },
    { text: "Sequoia backs the company." },
  ]);
  assert.deepEqual(names(e, "Adjusted", "Volume", "Sequoia"), [["Sequoia", false]]);
});

test("currency codes, units and compound quantities are figures' words, not names", () => {
  const e = entry("Revenue was RMB 420 million, up 27% YoY.", [
    { text: "An 8-card server draws 12 kW; the campus draws 36MW." },
    { text: "It was tested on a 70B-parameter model." },
  ]);
  const claims = verifyEntry(e, article).claims.filter((c) => c.kind === "name" || c.kind === "figure");
  assert.deepEqual(
    claims.filter((c) => c.status !== "supported").map((c) => c.value),
    [],
  );
  assert.ok(!claims.some((c) => /^(?:RMB|YoY|kW|36MW|70B-parameter)$/.test(c.value) && c.kind === "name"));
});

test("roles are named in the article in some language; an invented one is not", () => {
  const e = entry("Chairman 周砚 plans more capacity.", [
    { text: "VP 林岚 runs supply; she will become CTO next year." },
  ]);
  assert.deepEqual(names(e, "Chairman", "VP", "CTO"), [
    ["VP", true],
    ["CTO", false],
    ["Chairman", true],
  ]);
});

test("a Latin spelling the entry gives beside the article's Chinese name names it; one beside an invented name does not", () => {
  const e = entry("Chenghu shipped the C5; Zhiyuan (智源) praised it.", []);
  assert.deepEqual(names(e, "Chenghu", "Zhiyuan"), [
    ["Chenghu", true],
    ["Zhiyuan", false],
  ]);
});

test("a figure is not bound to the entry's own Latin spelling or to a person's role", () => {
  const shipped = {
    ...article,
    text: `${article.text}澄湖科技 CEO 陈默在发布会上致辞。陈默还透露，公司今年芯片出货约 3 万片。`,
  };
  const e = entry("CEO 陈默 said Chenghu shipped about 30,000 chips this year.", []);
  const figures = verifyEntry(e, shipped)
    .claims.filter((c) => c.kind === "figure")
    .map((c) => [c.value, c.status]);
  assert.deepEqual(figures, [["30,000", "supported"]]);
});
