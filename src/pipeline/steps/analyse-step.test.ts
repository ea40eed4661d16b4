import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createOfflineAnalyser } from "../../analyse/index.ts";
import { BudgetTracker, createLlmAnalyser, loadPromptSet } from "../../analyse/llm/index.ts";
import { parseConfig } from "../../config/index.ts";
import { startLlmStub } from "../../demo/llm-stub.ts";
import { createHttp } from "../../http/index.ts";
import { createOpenAICompatible } from "../../llm/openai-compatible.ts";
import { createLogger } from "../../log.ts";
import type { Analyser } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import { makeArticle, makeSource, openTempStore } from "../../store/testing.ts";
import { analyseConcurrency } from "../analyse-articles.ts";
import type { PipelineDeps } from "../deps.ts";
import { quietProgress } from "../progress.ts";
import { analyseStep } from "./analyse-step.ts";
import { footerNotes } from "./footer-notes.ts";

// The analyse step takes its analysers as explicit inputs (primary, fallback, budget): when the
// budget runs out mid-run, the primary stops calling and every later article goes to the fallback,
// marked, and the step reports the spent budget for the footer. Without a fallback in the input,
// nothing stands in: the run never tells the analysers apart by identity.

const stubs: { close(): Promise<void> }[] = [];
after(() => Promise.all(stubs.map((s) => s.close())));

const reply = {
  org: "美团",
  title: "STAR：堆叠自回归架构统一多模态理解与生成",
  stars: 4,
  tags: ["多模态大模型"],
  summary: "美团提出 STAR 框架，在冻结的理解模型上方堆叠自回归模块。",
  core: { bullets: [{ label: "架构", text: "在冻结的理解模型上方堆叠自回归模块" }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
};

const TEXT = [
  "美团团队提出了 STAR 框架，通过堆叠同构自回归模块统一多模态理解与生成。",
  "",
  "该方法在冻结的理解模型上方堆叠 Transformer 层，复用顶层参数进行初始化。",
  "",
  "实验显示，STAR 在 GenEval 上的综合得分为 0.91，在 DPG-Bench 上得分 87.4。",
].join("\n");

async function setUp(articleCount: number) {
  const stub = await startLlmStub({
    // Every reply costs 1,500 tokens: a budget of 3,000 is spent after two articles.
    script: () => ({ json: reply, usage: { prompt_tokens: 1000, completion_tokens: 500 } }),
  });
  stubs.push(stub);
  const temp = openTempStore();
  stubs.push({ close: () => temp.remove() });
  const config = parseConfig(
    `sources:\n  - { id: jiqizhixin, name: 机器之心, url: "http://127.0.0.1/a.xml" }\nanalyse: { concurrency: 1 }\n`,
    { env: {}, baseDir: "/tmp" },
  );
  await temp.store.upsertSource(makeSource());
  const articles: Article[] = [];
  for (let i = 0; i < articleCount; i++) {
    const article = makeArticle({
      url: `https://mp.weixin.qq.com/s/star-${i}`,
      originalUrl: `https://mp.weixin.qq.com/s/star-${i}`,
      guid: `star-${i}`,
      contentHash: String(i).repeat(64).slice(0, 64),
      title: `美团提出 STAR（第 ${i} 篇）`,
      text: `${TEXT}\n\n第 ${i} 篇。`,
    });
    const saved = await temp.store.saveArticle(article);
    articles.push({ ...article, id: saved.id });
  }
  const budget = new BudgetTracker({ maxTokens: 3000 });
  const provider = createOpenAICompatible({
    id: "stub",
    baseUrl: stub.baseUrl,
    model: "stub-model",
    fetch,
    timeoutMs: 5_000,
    maxRetries: 1,
    capabilities: { jsonSchema: false, jsonObject: true, streaming: false },
    sleep: async () => {},
  });
  const llm = createLlmAnalyser({ chain: [provider], prompts: loadPromptSet(), budget });
  const offline = createOfflineAnalyser();
  const deps: PipelineDeps = {
    config,
    store: temp.store,
    http: createHttp({}),
    analysis: { primary: offline },
    now: () => new Date("2026-02-04T12:00:00Z"),
    logger: createLogger({ level: "silent" }),
    progress: quietProgress,
  };
  const runId = await temp.store.startRun({
    date: "2026-02-04",
    startedAt: "2026-02-04T12:00:00Z",
    command: "run",
  });
  const run = { runId, date: "2026-02-04", failures: [] };
  return { stub, deps, run, articles, budget, llm, offline };
}

async function storedOf(deps: PipelineDeps, articles: Article[]) {
  const stored = await deps.store.listAnalysesForArticles(articles.map((a) => a.id!));
  return articles.map((a) =>
    stored
      .filter((s) => s.articleId === a.id)
      .map(
        (s) =>
          `${s.status}:${s.analyser.kind}${s.analyser.fallback ? `:fallback(${s.analyser.fallbackReason})` : ""}`,
      )
      .sort(),
  );
}

test("the budget spent mid-run: the rest of the articles go to the fallback of the explicit inputs, marked", async () => {
  const { stub, deps, run, articles, budget, llm, offline } = await setUp(5);
  // deps.analysis says "offline only": the step must use its own inputs, not the deps'.
  const result = await analyseStep(deps, run, { articles, primary: llm, fallback: offline, budget });
  assert.equal(stub.requests.length, 2, "no call once the budget is spent");
  assert.deepEqual(result.counts, { cached: 0, analysed: 5, fallback: 3, failed: 0, rejected: 0 });
  assert.equal(result.budgetExhausted, true);
  const stored = await storedOf(deps, articles);
  assert.deepEqual(stored.slice(0, 2), [["ok:llm"], ["ok:llm"]]);
  for (const rows of stored.slice(2))
    assert.deepEqual(rows, ["failed:llm", "ok:offline:fallback(预算用尽 · E_BUDGET)"]);
  const notes = footerNotes({
    sources: [],
    allSourcesFailed: false,
    health: noHealth,
    budgetExhausted: true,
  });
  assert.deepEqual(notes, ["LLM 预算用尽 · E_BUDGET，其余文章由离线分析器处理"]);
});

test("without a fallback in the inputs nothing stands in: the budget's failures are counted failed", async () => {
  const { stub, deps, run, articles, budget, llm } = await setUp(3);
  const result = await analyseStep(deps, run, { articles, primary: llm, budget });
  assert.equal(stub.requests.length, 2);
  assert.deepEqual(result.counts, { cached: 0, analysed: 3, fallback: 0, failed: 1, rejected: 0 });
  assert.equal(result.budgetExhausted, true);
  assert.deepEqual((await storedOf(deps, articles))[2], ["failed:llm"]);
});

test("a budget with room left is not reported; the primary is the only analyser used", async () => {
  const { deps, run, articles, llm, offline } = await setUp(2);
  const roomy = new BudgetTracker({ maxTokens: 1_000_000 });
  const primary: Analyser = llm;
  const result = await analyseStep(deps, run, { articles, primary, fallback: offline, budget: roomy });
  assert.equal(result.budgetExhausted, false);
  assert.deepEqual(result.counts, { cached: 0, analysed: 2, fallback: 0, failed: 0, rejected: 0 });
});

const noHealth = { raised: [], recovered: [], active: [] };

test("analyse.concurrency for an LLM primary, analyse.offlineConcurrency for the offline one", () => {
  const config = parseConfig(
    `sources:\n  - { id: a, name: A, url: "http://127.0.0.1/a.xml" }\nanalyse: { concurrency: 6, offlineConcurrency: 2 }\n`,
    { env: {}, baseDir: "/tmp" },
  );
  const llm: Analyser = {
    info: { kind: "llm", name: "p/m", promptVersion: "v" },
    analyse: async () => ({ status: "failed", error: "unused", analyser: llm.info }),
  };
  assert.equal(analyseConcurrency(config, llm), 6);
  assert.equal(analyseConcurrency(config, createOfflineAnalyser()), 2);
});
