import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { canonicalLink } from "./canonical-link.ts";
import { findFigures } from "./find-figures.ts";
import { compactText, foldText } from "./fold-text.ts";
import { evidenceScore } from "./match-evidence.ts";
import { ARTICLES } from "./testdata/articles.ts";
import { buildCases } from "./testdata/cases.ts";
import { scoreCases } from "./testdata/score-cases.ts";
import { verifyEntry } from "./verify-entry.ts";
import { verifyEntryAsync } from "./verify-entry-async.ts";

const star = ARTICLES.find((a) => a.id === "star")!;
const clean = buildCases().find((c) => c.id === "star/clean")!.entry;
const withBullet = (text: string, evidence?: string): Entry => ({
  ...clean,
  results: { bullets: [...clean.results.bullets, { text, ...(evidence ? { evidence } : {}) }] },
});

test("links fold arXiv versions, GitHub paths and tracking parameters", () => {
  assert.equal(canonicalLink("https://arxiv.org/pdf/2512.13752v2.pdf")?.key, "arxiv:2512.13752");
  assert.equal(canonicalLink("http://www.arxiv.org/html/2512.13752")?.key, "arxiv:2512.13752");
  assert.equal(canonicalLink("https://github.com/MM-MVR/STAR.git/tree/main/src)")?.key, "github:mm-mvr/star");
  assert.equal(canonicalLink("huggingface.co/datasets/BAAI/X")?.key, "hf:dataset:baai/x");
  assert.equal(canonicalLink("https://www.a.com/p/?utm_source=x&id=2#top")?.key, "web:a.com/p?id=2");
});

test("figures share one notation", () => {
  const value = (s: string) => findFigures(s).map((f) => f.value);
  assert.deepEqual(value("１０万 条"), [100000]);
  assert.deepEqual(value("100k 条"), [100000]);
  assert.deepEqual(value("1.2B 参数"), value("12 亿参数"));
  // Names keep their digits; a step number is read as an ordinal, not ignored.
  assert.deepEqual(
    findFigures("Stage 1 训练，GPT-4o 与 STAR-7B").map((f) => f.unit),
    ["ordinal"],
  );
  assert.equal(findFigures("得分 91%")[0]!.percent, true);
});

test("clean entry passes untouched; planted errors are removed", () => {
  const ok = verifyEntry(clean, star);
  assert.deepEqual(ok.entry, clean);
  assert.equal(ok.counts.dropped + ok.counts.marked, 0);
  const bad = verifyEntry(withBullet("GenEval 得分 9.1。"), star);
  assert.equal(bad.entry.results.bullets.length, clean.results.bullets.length);
  assert.equal(bad.counts.dropped, 1);
  const badLink = verifyEntry(
    { ...clean, summary: `${clean.summary}代码见 https://github.com/openclaw/openclaw 。` },
    star,
  );
  assert.ok(!badLink.entry.summary.includes("openclaw"));
});

test("policy mark flags the bullet instead of dropping it", () => {
  const marked = verifyEntry(withBullet("DPG-Bench 得分 0.91。"), star, { policy: "mark" });
  assert.equal(marked.entry.results.bullets.at(-1)!.flagged, true);
  assert.equal(marked.counts.marked, 1);
});

test("unsupported summary loses the sentence; with nothing left it falls back (drop) or is marked (mark)", () => {
  const two = verifyEntry({ ...clean, summary: "STAR 统一了理解与生成。GenEval 得分 0.95。" }, star);
  assert.equal(two.entry.summary, "STAR 统一了理解与生成。");
  const one = verifyEntry({ ...clean, summary: "GenEval 得分 0.95。" }, star);
  assert.equal(one.summaryFallback, "bullet");
  assert.ok(!one.entry.summary.includes("0.95") && !one.entry.summary.startsWith("⚠️"));
  const marked = verifyEntry({ ...clean, summary: "GenEval 得分 0.95。" }, star, { policy: "mark" });
  assert.ok(marked.entry.summary.startsWith("⚠️"));
});

test("org parts not named in the article are removed; none left gives 未署名", () => {
  assert.equal(verifyEntry({ ...clean, org: "美团/谷歌" }, star).entry.org, "美团");
  assert.equal(verifyEntry({ ...clean, org: "谷歌" }, star).entry.org, "未署名");
  assert.equal(verifyEntry({ ...clean, org: "Meituan" }, star).entry.org, "Meituan");
});

test("evidence is matched tolerantly and recorded", () => {
  assert.ok(evidenceScore("在 GenEval 上,STAR 的综合得分达到0.91", compactText(star.text)) >= 0.9);
  // Close wording with a shifted decimal is no evidence: figures must match exactly.
  const folded = foldText(star.text);
  assert.equal(evidenceScore("在 GenEval 上,STAR 的综合得分达到9.1", compactText(star.text), folded), 0);
  assert.equal(evidenceScore("在 DPG-Bench 上得分为 874.4", compactText(star.text), folded), 0);
  assert.ok(evidenceScore("在 DPG-Bench 上得分为 87.44", compactText(star.text), folded) >= 0.9);
  // Dotted numbers (versions, dates) are one figure, matched whole.
  const dotted = "部署基于 vLLM 0.6.3，发布日期 2026.02.04。";
  assert.equal(evidenceScore("基于 vLLM 0.6.3", compactText(dotted), foldText(dotted)), 1);
  assert.equal(evidenceScore("基于 vLLM 0.6", compactText(dotted), foldText(dotted)), 0);
  const r = verifyEntry(withBullet("GenEval 0.91。", "STAR 在所有榜单上都第一"), star);
  assert.equal(r.claims.find((c) => c.kind === "evidence")!.status, "unsupported");
  // Recorded in the claims, but not published as the article's words.
  assert.equal(r.claims.find((c) => c.kind === "evidence")!.value, "STAR 在所有榜单上都第一");
  assert.equal(r.entry.results.bullets.at(-1)!.evidence, undefined);
});

test("online check drops missing repositories, keeps unknown ones, and caches answers", async () => {
  const calls: string[] = [];
  const fakeFetch = (async (url: string) => {
    calls.push(url);
    if (url.includes("arxiv")) throw new Error("offline");
    return new Response(null, { status: url.includes("mm-mvr") ? 404 : 200 });
  }) as unknown as typeof fetch;
  const cache = new Map();
  const r = await verifyEntryAsync(clean, star, { online: { fetch: fakeFetch, cache, timeoutMs: 1000 } });
  assert.ok(!r.entry.resources.some((x) => x.url.includes("star.git")));
  assert.equal(r.claims.find((c) => c.value.includes("arxiv"))!.status, "unchecked");
  await verifyEntryAsync(clean, star, { online: { fetch: fakeFetch, cache, timeoutMs: 1000 } });
  assert.equal(calls.filter((u) => u.includes("mm-mvr")).length, 1);
});

test("dataset: recall 1.0 on planted links and figures, precision ≥ 0.95", () => {
  const score = scoreCases();
  assert.ok(score.cases >= 30);
  assert.equal(score.recall, 1, score.missed.join("\n"));
  assert.ok(score.precision >= 0.95, score.wronglyFlagged.join("\n"));
  assert.ok(score.cleanPassRate >= 0.95, score.wronglyFlagged.join("\n"));
});

test("a URL written in Chinese prose ends at the full-width bracket or comma after it", () => {
  const text = "据英国《金融时报》报道（https://www.ft.com/content/e581b7a4），OpenAI 内部已经调整优先级。";
  const entry = {
    org: "OpenAI",
    title: "OpenAI 调整优先级",
    stars: 3 as const,
    tags: [],
    summary: "OpenAI 内部已经调整优先级。",
    core: { bullets: [] },
    results: { bullets: [] },
    insights: { bullets: [] },
    resources: [{ label: "金融时报报道", url: "https://www.ft.com/content/e581b7a4" }],
  };
  const result = verifyEntry(entry, { text, links: [], title: "t" });
  assert.deepEqual(result.entry.resources, entry.resources);
  assert.equal(result.counts.dropped, 0);
});
