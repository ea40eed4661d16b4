import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { BINDING_ARTICLE } from "./testdata/binding-article.ts";
import { verifyEntry } from "./verify-entry.ts";

const base: Entry = {
  org: "澜舟科技",
  title: "澜舟科技发布金融大模型 Lanzhou-Fin",
  stars: 4,
  tags: ["金融"],
  summary: "澜舟科技发布金融大模型 Lanzhou-Fin，并公布了定价与评测。",
  core: { bullets: [{ text: "团队训练了过程奖励模型（PRM）给每一步推理打分。" }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
};
const withResults = (...texts: string[]): Entry => ({
  ...base,
  results: { bullets: texts.map((text) => ({ text })) },
});

test("a bullet with four true prices and one false keeps the four", () => {
  const r = verifyEntry(
    withResults(
      "GPT-4o mini 每百万 tokens：输入 $0.15，输出 $0.60，缓存服务 $0.30，批处理 $0.075，微调 $3.00。",
    ),
    BINDING_ARTICLE,
  );
  assert.equal(
    r.entry.results.bullets[0]?.text,
    "GPT-4o mini 每百万 tokens：输入 $0.15，输出 $0.60，缓存服务 $0.30，批处理 $0.075。",
  );
  assert.equal(r.claims.filter((c) => c.status === "dropped").length, 1);
});

test("an unsupported figure takes its clause, not the sentence's other clauses", () => {
  const r = verifyEntry(
    withResults("MMLU 为 88.7%，HumanEval 为 95.0%，FinSim 每秒 12000 步。"),
    BINDING_ARTICLE,
  );
  assert.equal(r.entry.results.bullets[0]?.text, "MMLU 为 88.7%，FinSim 每秒 12000 步。");
  const mark = verifyEntry(withResults("HumanEval 为 95.0%。"), BINDING_ARTICLE, { policy: "mark" });
  assert.equal(mark.entry.results.bullets[0]?.flagged, true);
});

test("a summary whose first sentence falls keeps its supported sentences", () => {
  const r = verifyEntry(
    {
      ...base,
      summary: "Lanzhou-Fin 的 MMLU 高达 93.1%。它的 HumanEval 为 90.2%。仿真环境 FinSim 同步开源。",
    },
    BINDING_ARTICLE,
  );
  assert.equal(r.entry.summary, "它的 HumanEval 为 90.2%。仿真环境 FinSim 同步开源。");
  assert.equal(r.summaryFallback, undefined);
});

test("a teaser summary with an invented figure falls back to a supported bullet under drop", () => {
  const teaser = {
    ...withResults("Lanzhou-Fin 输出价格为每百万 tokens 0.80 美元。"),
    summary: "性能暴涨 300%！",
  };
  const r = verifyEntry(teaser, BINDING_ARTICLE);
  assert.equal(r.summaryFallback, "bullet");
  assert.equal(r.entry.summary, "团队训练了过程奖励模型（PRM）给每一步推理打分。");
  assert.ok(!JSON.stringify(r.entry).includes("300%"));
  // With no usable bullet, a supported fallback summary stands in; with none, the entry is withheld.
  const bare = { ...teaser, core: { bullets: [] }, results: { bullets: [] } };
  const alt = verifyEntry(bare, BINDING_ARTICLE, {
    fallbackSummaries: ["速度快 99 倍。", "澜舟科技发布 Lanzhou-Fin。"],
  });
  assert.equal(alt.entry.summary, "澜舟科技发布 Lanzhou-Fin。");
  assert.equal(alt.summaryFallback, "alternative");
  const none = verifyEntry(bare, BINDING_ARTICLE);
  assert.equal(none.withheld, true);
  assert.ok(!none.entry.summary.includes("300"));
  // mark keeps the ⚠️ behaviour.
  const marked = verifyEntry(teaser, BINDING_ARTICLE, { policy: "mark" });
  assert.equal(marked.entry.summary, "⚠️ 性能暴涨 300%！");
});

test("an evidence quote found verbatim supports the figure it contains, in its sentence", () => {
  const bullet = (text: string, evidence: string): Entry => ({
    ...base,
    results: { bullets: [{ text, evidence }] },
  });
  // "代码能力" is HumanEval in other words: the figure's own term is not in the entry, the subject
  // bears other figures, so only the quote can show where 90.2% comes from.
  const text = "Lanzhou-Fin 的代码能力得分为 90.2%。";
  const kept = (e: Entry) => verifyEntry(e, BINDING_ARTICLE).entry.results.bullets.length;
  assert.equal(kept(bullet(text, "HumanEval 为 90.2%")), 1);
  assert.equal(kept({ ...base, results: { bullets: [{ text }] } }), 0);
  // A quote that is not in the article, or does not contain the figure, helps nothing.
  assert.equal(kept(bullet(text, "HumanEval 达到 90.2%")), 0);
  assert.equal(kept(bullet(text, "Lanzhou-Fin 的 MMLU 为 88.7%")), 0);
  // A quote does not move a figure to another benchmark of the entry's.
  assert.equal(kept(bullet("MMLU 为 90.2%。", "HumanEval 为 90.2%")), 0);
});

test("a title with an unsupported figure becomes the article's title (drop) or gets ⚠️ (mark)", () => {
  const entry = { ...base, title: "Lanzhou-Fin 性能提升 300%" };
  assert.equal(verifyEntry(entry, BINDING_ARTICLE).entry.title, BINDING_ARTICLE.title);
  assert.equal(
    verifyEntry(entry, BINDING_ARTICLE, { policy: "mark" }).entry.title,
    "⚠️ Lanzhou-Fin 性能提升 300%",
  );
});

test("an evidence quote from a caption is no evidence either", () => {
  const article = {
    title: "Nova 发布",
    publisher: "测试号",
    links: [],
    text: "星河智能发布 Nova 模型。\n\n▲ 图 2：Nova 推理速度提升 3 倍\n\nNova 已开放 API。",
  };
  const entry: Entry = {
    ...base,
    results: { bullets: [{ text: "Nova 推理速度提升 3 倍。", evidence: "Nova 推理速度提升 3 倍" }] },
  };
  assert.equal(verifyEntry(entry, article).entry.results.bullets.length, 0);
});
