import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { stubLlmConfig } from "../src/cli/commands/demo.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { type LlmStub, startLlmStub } from "../src/demo/llm-stub.ts";
import { openStore } from "../src/store/index.ts";
import { readEntries, readFooter } from "./support/briefing-layout.ts";
import {
  analysesLine,
  baseConfig,
  createHarness,
  DEMO_DAY,
  type Harness,
  outputPath,
} from "./support/cli-harness.ts";

// The LLM path against the bundled OpenAI-compatible stub: one stub that answers, one that fails.
let stub: LlmStub;
let broken: LlmStub;
let server: DemoServer;
const harnesses: Harness[] = [];

before(async () => {
  stub = await startLlmStub();
  broken = await startLlmStub({ script: () => ({ status: 500 }) });
  server = await startDemoServer({ allowOrigins: [stub.baseUrl, broken.baseUrl] });
});

after(async () => {
  await server?.close();
  await stub?.close();
  await broken?.close();
  for (const h of harnesses) h.cleanup();
});

function harnessWith(llm: object): Harness {
  const h = createHarness({ fetch: server.fetch });
  harnesses.push(h);
  h.writeConfig(baseConfig(server.sources, { llm }));
  return h;
}

interface JsonBriefing {
  entries: (Record<string, unknown> & {
    analyser: { name: string; fallback?: boolean; fallbackReason?: string };
  })[];
  analysers: { name: string; kind: string; entries: number; fallback: number }[];
  usage?: { calls: number; promptTokens: number; completionTokens: number; cost: number };
}
const readJson = (h: Harness) =>
  JSON.parse(readFileSync(outputPath(h.dir, DEMO_DAY, "json"), "utf8")) as JsonBriefing;

const ENTRY_FIELDS = ["org", "title", "stars", "tags", "summary", "core", "results", "insights", "resources"];

test("with an llm section: entries by stub/stub-model with every field, usage in the footer and in runs", async () => {
  const h = harnessWith(stubLlmConfig(stub.baseUrl));
  const first = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(stub.requests.length > 0, "the stub was asked");
  const json = readJson(h);
  assert.ok(json.entries.length > 0);
  for (const entry of json.entries) {
    assert.equal(entry.analyser.name, "stub/stub-model");
    for (const field of ENTRY_FIELDS) assert.ok(entry[field] !== undefined, `${entry.title}: ${field}`);
    assert.ok(String(entry.summary).length > 0);
  }
  assert.deepEqual(
    json.analysers.map((a) => [a.name, a.kind, a.fallback]),
    [["stub/stub-model", "llm", 0]],
  );
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.equal(readEntries(md).length, json.entries.length);
  const footer = readFooter(md);
  assert.match(footer, /\*\*分析\*\*：stub\/stub-model（LLM）\d+ 条\n/);
  const usage = footer.match(
    /\*\*LLM 用量\*\*：([\d,]+) 次调用 · 输入 ([\d,]+) tokens · 输出 ([\d,]+) tokens · 费用 (\d+\.\d\d) CNY/,
  );
  assert.ok(usage, footer);
  assert.equal(Number(usage[1]!.replace(/,/g, "")), stub.requests.length, "every call counted");
  assert.ok(Number(usage[4]) > 0);
  const runs = await h.run(["runs"]);
  assert.match(
    runs.stdout,
    new RegExp(`\\n {4}LLM ${stub.requests.length} calls, \\d+\\+\\d+ tokens, cost 0\\.\\d+`),
  );

  const asked = stub.requests.length;
  const second = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(stub.requests.length, asked, "a second run makes no LLM request");
  assert.equal(analysesLine(second.stdout).new, 0);
  assert.deepEqual(
    readJson(h).entries.map((e) => e.title),
    json.entries.map((e) => e.title),
  );
});

test("an LLM that fails on every call: the offline analyser writes the entries, marked as fallbacks", async () => {
  const llm = stubLlmConfig(broken.baseUrl);
  const h = harnessWith({ ...llm, providers: llm.providers.map((p) => ({ ...p, maxRetries: 0 })) });
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 3, "every analysis fell back: degraded");
  assert.match(run.stderr, /degraded: \d+ analysis\(es\) failed \(\d+ offline fallback\)/);
  assert.ok(broken.requests.length > 0);
  const json = readJson(h);
  assert.ok(json.entries.length > 0);
  for (const entry of json.entries) {
    assert.equal(entry.analyser.name, "offline-extractive");
    assert.equal(entry.analyser.fallback, true, String(entry.title));
    // A short reason and code, never the provider's own text.
    assert.equal(entry.analyser.fallbackReason, "服务端错误 · E_SERVER · HTTP 500");
  }
  const fallbacks = analysesLine(run.stdout).fallback;
  assert.ok(fallbacks >= json.entries.length, run.stdout);
  const footer = readFooter(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8"));
  const n = json.entries.length;
  assert.ok(
    footer.includes(`**分析**：offline-extractive（离线）${n} 条，其中 ${n} 条为 LLM 失败后的离线回退`),
    footer,
  );
  assert.match(
    readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8"),
    /LLM 分析失败，本条由离线分析生成（.*500/,
  );

  // The LLM's own error is kept beside the fallback, so the failure can be looked into.
  const store = openStore(join(h.dir, "data", "daybrief.db"));
  try {
    const articleIds = json.entries.map((e) => Number(e.articleId));
    const failed = (await store.listAnalysesForArticles(articleIds)).filter((a) => a.status === "failed");
    assert.equal(new Set(failed.map((a) => a.articleId)).size, articleIds.length);
    for (const a of failed) {
      assert.equal(a.analyser.name, "stub/stub-model");
      assert.match(a.error ?? "", /500/);
    }
  } finally {
    await store.close();
  }
});

test("dedup.judge: the LLM decides ambiguous pairs once; re-runs and re-renders merge the same way", async () => {
  const h = createHarness({ fetch: server.fetch });
  harnesses.push(h);
  // A strict merge threshold makes the three MiniCPM-o reports ambiguous rather than merged.
  h.writeConfig(
    baseConfig(server.sources, {
      llm: stubLlmConfig(stub.baseUrl),
      dedup: { judge: true, thresholds: { storyMerge: 0.9, storyAmbiguous: 0.3 } },
    }),
  );
  const judged = () => stub.requests.filter((r) => JSON.stringify(r.body).includes("同一事件")).length;
  const before = judged();
  const first = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(first.code, 0, first.stderr);
  const asked = judged() - before;
  assert.ok(asked > 0, "ambiguous pairs went to the judge");
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.equal(md.match(/\*\*同题报道\*\*/g)?.length, 2, "the judge merged the three reports");
  const store = openStore(join(h.dir, "data/daybrief.db"));
  try {
    const usage = await store.sumUsageForDate(DEMO_DAY);
    const analyses = (await store.listRuns(1))[0]!;
    assert.ok(usage.calls >= asked, "the judge's calls are in the ledger");
    assert.equal(analyses.status, "ok");
  } finally {
    await store.close();
  }
  const again = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(judged() - before, asked, "a re-run asks nothing again");
  const rendered = await h.run(["render", "--date", DEMO_DAY, "--format", "md"]);
  assert.equal(rendered.stdout.match(/\*\*同题报道\*\*/g)?.length, 2);
});
