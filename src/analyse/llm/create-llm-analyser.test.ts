import assert from "node:assert/strict";
import { after, test } from "node:test";
import { type ScriptedReply, startLlmStub } from "../../demo/llm-stub.ts";
import { createOpenAICompatible } from "../../llm/openai-compatible.ts";
import type { LlmCapabilities } from "../../llm/types.ts";
import { entrySchema } from "../../model/entry-schema.ts";
import { BudgetTracker } from "./budget-tracker.ts";
import { createLlmAnalyser, type LlmAnalyserOptions, type LlmCallRecord } from "./create-llm-analyser.ts";
import { loadPromptSet } from "./prompt-template.ts";
import { adArticle, hostileArticle, starArticle } from "./testdata/articles.ts";

const prompts = loadPromptSet();
const stubs: { close(): Promise<void> }[] = [];
after(() => Promise.all(stubs.map((s) => s.close())));

const validEntry = {
  org: "美团",
  title: "STAR：堆叠自回归架构统一多模态理解与生成",
  stars: 5,
  tags: ["多模态大模型", "图像生成"],
  summary: "美团提出 STAR 框架，GenEval 综合得分 0.91。",
  core: { bullets: [{ label: "架构", text: "在冻结的理解模型上方堆叠 Transformer 层" }] },
  results: { bullets: [{ label: "GenEval", text: "综合得分 0.91", evidence: "STAR 的综合得分为 0.91" }] },
  insights: { bullets: [{ label: "局限性", text: "四阶段训练较复杂" }] },
  resources: [{ label: "GitHub 代码", url: "https://github.com/MM-MVR/STAR" }],
};

async function providerOn(
  script: ScriptedReply[] | ((r: never) => ScriptedReply) | undefined,
  id = "p1",
  capabilities: LlmCapabilities = { jsonSchema: false, jsonObject: true, streaming: true },
) {
  const stub = await startLlmStub({ script: script as ScriptedReply[] });
  stubs.push(stub);
  const provider = createOpenAICompatible({
    id,
    baseUrl: stub.baseUrl,
    model: `${id}-model`,
    fetch,
    timeoutMs: 5_000,
    maxRetries: 1,
    capabilities,
    sleep: async () => {},
  });
  return { stub, provider };
}

function analyser(options: Partial<LlmAnalyserOptions> & Pick<LlmAnalyserOptions, "chain">) {
  return createLlmAnalyser({ prompts, now: () => new Date("2026-02-04T12:00:00Z"), ...options });
}

const opts = { sourceName: "机器之心" };

test("a valid JSON reply becomes an ok entry with priced usage; the prompt mentions json", async () => {
  const { stub, provider } = await providerOn([
    { json: validEntry, usage: { prompt_tokens: 1000, completion_tokens: 500 } },
  ]);
  const calls: LlmCallRecord[] = [];
  const a = analyser({
    chain: [provider],
    priceTable: { "p1-model": { input: 2, output: 8, currency: "CNY" } },
    ledger: { onCall: (c) => calls.push(c) },
  });
  const outcome = await a.analyse(starArticle, opts);
  assert.equal(outcome.status, "ok");
  assert.deepEqual(outcome.status === "ok" && outcome.entry, entrySchema.parse(validEntry));
  assert.equal(outcome.analyser.kind, "llm");
  assert.equal(outcome.analyser.name, "p1/p1-model");
  assert.match(outcome.analyser.promptVersion, /^analyse\.v1\+rubric\.v1#[0-9a-f]{8}$/);
  assert.deepEqual(outcome.usage, {
    calls: 1,
    promptTokens: 1000,
    completionTokens: 500,
    cost: 0.006,
    currency: "CNY",
  });
  const body = stub.requests[0]?.body;
  assert.deepEqual(body.response_format, { type: "json_object" });
  assert.match(body.messages[0].content, /json/);
  assert.match(body.messages[1].content, /^<<<ARTICLE\n/);
  assert.deepEqual(
    calls.map((c) => [c.stage, c.ok, c.at]),
    [["analyse", true, "2026-02-04T12:00:00.000Z"]],
  );
});

test("JSON in a code fence with prose is extracted", async () => {
  const { provider } = await providerOn([{ json: validEntry, fence: true }]);
  const outcome = await analyser({ chain: [provider] }).analyse(starArticle, opts);
  assert.equal(outcome.status, "ok");
});

test("a schema violation gets one repair turn quoting the errors, then succeeds", async () => {
  const { stub, provider } = await providerOn([
    { json: { ...validEntry, stars: 7, title: "" } },
    { json: validEntry },
  ]);
  const outcome = await analyser({ chain: [provider] }).analyse(starArticle, opts);
  assert.equal(outcome.status, "ok");
  assert.equal(outcome.usage?.calls, 2);
  const repair = stub.requests[1]?.body.messages;
  assert.equal(repair.length, 4);
  assert.equal(repair[2].role, "assistant");
  assert.match(repair[3].content, /stars: /);
  assert.match(repair[3].content, /title: /);
});

test("still invalid after the repair: failed with the raw reply, never a default entry", async () => {
  const { stub, provider } = await providerOn([
    { content: "抱歉，我无法完成。" },
    { json: { title: "只有标题" } },
  ]);
  const outcome = await analyser({ chain: [provider] }).analyse(starArticle, opts);
  assert.equal(outcome.status, "failed");
  assert.ok(
    outcome.status === "failed" && outcome.rawReply === JSON.stringify({ title: "只有标题" }, null, 2),
  );
  assert.match(outcome.status === "failed" ? outcome.error : "", /invalid after one repair: org:/);
  assert.equal(stub.requests.length, 2);
});

test("finish_reason length is a failure and is not parsed or repaired", async () => {
  const { stub, provider } = await providerOn([{ json: validEntry, finishReason: "length" }]);
  const outcome = await analyser({ chain: [provider] }).analyse(starArticle, opts);
  assert.equal(outcome.status, "failed");
  assert.match(outcome.status === "failed" ? outcome.error : "", /finish_reason length/);
  assert.equal(stub.requests.length, 1);
});

test("an empty reply (DeepSeek json_object) is repaired", async () => {
  const { provider } = await providerOn([{ content: " " }, { json: validEntry }]);
  const outcome = await analyser({ chain: [provider] }).analyse(starArticle, opts);
  assert.equal(outcome.status, "ok");
});

test("fallback chain: a provider failing after its retries hands over to the next", async () => {
  const { provider: broken } = await providerOn(() => ({ status: 500 }), "broken");
  const { provider: good } = await providerOn([{ json: validEntry }], "good");
  const outcome = await analyser({ chain: [broken, good] }).analyse(starArticle, opts);
  assert.equal(outcome.status, "ok");
  assert.equal(outcome.analyser.name, "good/good-model");
});

test("every provider failing ends in failed (the pipeline then uses the offline analyser)", async () => {
  const { provider: a } = await providerOn(() => ({ status: 503 }), "a");
  const { provider: b } = await providerOn(() => ({ status: 429, headers: { "retry-after": "1" } }), "b");
  const outcome = await analyser({ chain: [a, b] }).analyse(starArticle, opts);
  assert.equal(outcome.status, "failed");
  assert.match(
    outcome.status === "failed" ? outcome.error : "",
    /all LLM providers failed: a\/a-model: .*503.*; b\/b-model: .*429/,
  );
});

test("the gate rejects an ad on title + lead; the full analysis is never called", async () => {
  const { stub: gateStub, provider: gate } = await providerOn(undefined, "gate");
  const { stub, provider } = await providerOn([{ json: validEntry }]);
  const a = analyser({ chain: [provider], gate: { provider: gate, enabled: true } });
  const outcome = await a.analyse(adArticle, opts);
  assert.equal(outcome.status, "rejected");
  assert.equal(outcome.status === "rejected" && outcome.reason, "推广或招聘内容");
  assert.match(outcome.analyser.promptVersion, /^analyse\.v1\+rubric\.v1\+gate\.v1#[0-9a-f]{8}$/);
  assert.equal(stub.requests.length, 0);
  assert.match(gateStub.requests[0]?.body.messages[0].content, /json/);
  // A relevant article passes the gate and gets the full analysis.
  const passed = await a.analyse(starArticle, opts);
  assert.equal(passed.status, "ok");
  assert.equal(passed.usage?.calls, 2);
});

test("a broken gate fails open: the full analysis decides", async () => {
  const { provider: gate } = await providerOn(() => ({ content: "不知道" }), "gate");
  const { provider } = await providerOn([{ json: validEntry }]);
  const outcome = await analyser({ chain: [provider], gate: { provider: gate, enabled: true } }).analyse(
    starArticle,
    opts,
  );
  assert.equal(outcome.status, "ok");
});

test("the budget cap: once spent, the next article fails without a call", async () => {
  const { stub, provider } = await providerOn(() => ({
    json: validEntry,
    usage: { prompt_tokens: 600, completion_tokens: 400 },
  }));
  const budget = new BudgetTracker({ maxTokens: 1500 });
  const a = analyser({ chain: [provider], budget });
  assert.equal((await a.analyse(starArticle, opts)).status, "ok");
  assert.equal((await a.analyse(starArticle, opts)).status, "ok"); // started under the cap
  assert.equal(budget.exhausted, true);
  const third = await a.analyse(starArticle, opts);
  assert.equal(third.status, "failed");
  assert.match(third.status === "failed" ? third.error : "", /token budget reached: 2000 of 1500/);
  assert.equal(stub.requests.length, 2);
  const costly = new BudgetTracker({ maxCost: 0.001 });
  costly.record({ promptTokens: 0, completionTokens: 0, cost: 0.002, currency: "CNY" });
  assert.equal(costly.reason, "LLM budget reached: 0.0020 of 0.001 CNY");
});

test("an article that tries to close the data block is neutralised before it is sent", async () => {
  const { stub, provider } = await providerOn([{ json: validEntry }]);
  await analyser({ chain: [provider] }).analyse(hostileArticle, opts);
  const user: string = stub.requests[0]?.body.messages[1].content;
  assert.equal(user.match(/ARTICLE>>>/g)?.length, 1);
  assert.equal(user.match(/<<<ARTICLE/g)?.length, 1);
});

test("json_schema endpoints get the entry schema; instruction-only endpoints get no response_format", async () => {
  const { stub: s1, provider: p1 } = await providerOn([{ json: validEntry }], "schema", {
    jsonSchema: true,
    jsonObject: true,
    streaming: true,
  });
  const { stub: s2, provider: p2 } = await providerOn([{ json: validEntry }], "plain", {
    jsonSchema: false,
    jsonObject: false,
    streaming: true,
  });
  await analyser({ chain: [p1] }).analyse(starArticle, opts);
  await analyser({ chain: [p2] }).analyse(starArticle, opts);
  assert.equal(s1.requests[0]?.body.response_format.type, "json_schema");
  assert.equal(s1.requests[0]?.body.response_format.json_schema.name, "entry");
  assert.ok(s1.requests[0]?.body.response_format.json_schema.schema.properties.stars);
  assert.equal(s2.requests[0]?.body.response_format, undefined);
});

test("end to end on the stub's default script, streamed: a valid entry built from the article", async () => {
  const { provider } = await providerOn(undefined);
  const outcome = await analyser({ chain: [provider], stream: true, language: "zh" }).analyse(
    starArticle,
    opts,
  );
  assert.equal(outcome.status, "ok");
  if (outcome.status !== "ok") return;
  assert.equal(outcome.entry.org, "美团");
  assert.ok(outcome.entry.results.bullets.some((b) => b.evidence?.includes("0.91")));
  assert.deepEqual(
    outcome.entry.resources.map((r) => r.url),
    ["https://arxiv.org/pdf/2512.13752", "https://github.com/MM-MVR/STAR"],
  );
});

test("the fact check sends the unsupported claims back once and keeps the repaired entry", async () => {
  const invented = {
    ...validEntry,
    results: { bullets: [{ label: "GenEval", text: "综合得分 0.97" }] },
  };
  const { stub, provider } = await providerOn([{ json: invented }, { json: validEntry }]);
  const checked: string[] = [];
  const a = analyser({
    chain: [provider],
    factCheck: (entry) => {
      const text = JSON.stringify(entry);
      checked.push(text);
      return text.includes("0.97") ? ["results.bullets[0]: 0.97（原文没有这个数字）"] : [];
    },
  });
  const outcome = await a.analyse(starArticle, opts);
  assert.equal(outcome.status, "ok");
  assert.equal(outcome.status === "ok" && outcome.entry.results.bullets[0]?.text, "综合得分 0.91");
  assert.equal(stub.requests.length, 2);
  const lastMessages = JSON.stringify(stub.requests[1]?.body);
  assert.match(lastMessages, /0\.97（原文没有这个数字）/);
  assert.equal(checked.length, 1, "the repaired entry is not checked again here: verification does that");
});

test("without problems the fact check costs no extra call", async () => {
  const { stub, provider } = await providerOn([{ json: validEntry }]);
  const a = analyser({ chain: [provider], factCheck: () => [] });
  const outcome = await a.analyse(starArticle, opts);
  assert.equal(outcome.status, "ok");
  assert.equal(stub.requests.length, 1);
});

test("an edited prompt body or another language changes the prompt version (the cache key)", async () => {
  const { provider } = await providerOn([]);
  const base = analyser({ chain: [provider] }).info.promptVersion;
  const edited = {
    ...prompts,
    analyse: { ...prompts.analyse, body: `${prompts.analyse.body}\n额外规则。` },
  };
  assert.notEqual(analyser({ chain: [provider], prompts: edited }).info.promptVersion, base);
  assert.notEqual(analyser({ chain: [provider], language: "en" }).info.promptVersion, base);
  assert.equal(analyser({ chain: [provider] }).info.promptVersion, base);
});
