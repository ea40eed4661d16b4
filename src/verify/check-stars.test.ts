import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import type { ArticleEvidence } from "./types.ts";
import { verifyEntry } from "./verify-entry.ts";

// The ★ an entry may carry comes from what verification could check, not from what the entry claims.
const PAPER_TEXT = [
  "美团团队提出了 STAR 框架，在冻结的理解模型上堆叠生成模块。",
  "在 GenEval 上，STAR 取得 0.91 的综合得分；在 DPG-Bench 上得分 87.44。",
  "论文：https://arxiv.org/abs/2512.13752",
  "代码：https://github.com/MM-MVR/STAR",
].join("\n\n");

const article = (over: Partial<ArticleEvidence> = {}): ArticleEvidence => ({
  text: PAPER_TEXT,
  links: [
    { text: "论文", href: "https://arxiv.org/abs/2512.13752" },
    { text: "代码", href: "https://github.com/MM-MVR/STAR" },
  ],
  title: "美团提出STAR：GenEval刷到0.91",
  publisher: "机器之心",
  ...over,
});

const entry = (over: Partial<Entry> = {}): Entry => ({
  org: "美团",
  title: "美团提出 STAR",
  stars: 5,
  tags: [],
  summary: "美团团队提出了 STAR 框架。",
  core: { bullets: [] },
  results: {
    bullets: [
      { text: "在 GenEval 上，STAR 取得 0.91 的综合得分。" },
      { text: "在 DPG-Bench 上得分 87.44。" },
    ],
  },
  insights: { bullets: [] },
  resources: [
    { label: "arXiv 论文", url: "https://arxiv.org/abs/2512.13752" },
    { label: "GitHub 代码", url: "https://github.com/MM-MVR/STAR" },
  ],
  ...over,
});

test("a paper with code and verified benchmark figures keeps its ★5", () => {
  const { entry: out, counts } = verifyEntry(entry(), article());
  assert.equal(out.stars, 5);
  assert.deepEqual(counts.stars, { model: 5, final: 5, min: 3, max: 5 });
});

test("links and figures the article does not support are no signal: the ★ falls with them", () => {
  const text = "美团团队提出了 STAR 框架，在冻结的理解模型上堆叠生成模块。";
  const { entry: out, counts } = verifyEntry(entry(), article({ text, links: [] }));
  // The paper/code links and both figures were dropped; a named lab's work with nothing to check: band 2–3.
  assert.equal(out.resources.length, 0);
  assert.deepEqual({ min: counts.stars?.min, max: counts.stars?.max }, { min: 2, max: 3 });
  assert.equal(out.stars, 4, "the model's ★5 is clamped to the band + 1");
});

test("money is not a benchmark figure: a funding round does not reach ★5", () => {
  const text = "灵犀动力宣布完成 10 亿元 B 轮融资，投后估值 50 亿元。";
  const funding = entry({
    org: "灵犀动力",
    summary: "灵犀动力宣布完成 10 亿元 B 轮融资。",
    results: { bullets: [{ text: "灵犀动力完成 10 亿元 B 轮融资。" }, { text: "投后估值 50 亿元。" }] },
    resources: [],
  });
  const { entry: out } = verifyEntry(
    funding,
    article({ text, links: [], title: "灵犀动力完成10亿元B轮融资" }),
  );
  assert.ok(out.stars <= 4, `★${out.stars}`);
});

test("commentary and feed-only entries are capped at ★3 whatever the model said", () => {
  assert.equal(verifyEntry(entry(), article({ title: "专访：美团 STAR 团队谈统一多模态" })).entry.stars, 3);
  assert.equal(verifyEntry(entry(), article({ feedOnly: true })).entry.stars, 3);
});

test("a low ★ is raised into the band: a paper with code and figures is never ★1", () => {
  assert.equal(verifyEntry(entry({ stars: 1 }), article()).entry.stars, 2);
});

test("counts, durations and sizes are specs, not benchmark figures: a launch with one score is not ★5", () => {
  // A named lab's release with one benchmark score and three spec figures: band at most ★4.
  const text = [
    "阶跃星辰发布了代码助手 Lumen。",
    "阶跃星辰称，Lumen 一次任务平均调用 35 个工具，耗时约 6 分钟，上下文长度 128K tokens。",
    "在 SWE-bench Verified 上，Lumen 的解决率为 61.2%。",
  ].join("\n\n");
  const launch = entry({
    org: "阶跃星辰",
    title: "阶跃星辰发布 Lumen",
    summary: "阶跃星辰发布了代码助手 Lumen。",
    results: {
      bullets: [
        { text: "Lumen 一次任务平均调用 35 个工具，耗时约 6 分钟。" },
        { text: "在 SWE-bench Verified 上，Lumen 的解决率为 61.2%。" },
      ],
    },
    resources: [],
  });
  const { entry: out, counts } = verifyEntry(
    launch,
    article({ text, links: [], title: "阶跃星辰发布代码助手Lumen" }),
  );
  assert.equal(counts.stars?.max, 4, JSON.stringify(counts.stars));
  assert.equal(out.stars, 4, "the model's ★5 is clamped to the band's top");
  // Two measured results do make benchmark figures.
  const measured = structuredClone(launch);
  measured.results.bullets[0] = { text: "在 SWE-bench Lite 上，解决率为 48.5%。" };
  const both = verifyEntry(
    measured,
    article({
      text: `${text}\n\n在 SWE-bench Lite 上，解决率为 48.5%。`,
      links: [],
      title: "阶跃星辰发布代码助手Lumen",
    }),
  );
  assert.equal(both.counts.stars?.max, 5, JSON.stringify(both.counts.stars));
});

test("a version number of a name (Small 4) is not a benchmark figure", () => {
  const text = "Mistral AI 开源了 Mistral Small 4。\n\n在 MMLU-Pro 上，Mistral Small 4 得分 71.8。";
  const launch = entry({
    org: "Mistral",
    title: "Mistral 开源 Small 4",
    summary: "Mistral AI 开源了 Mistral Small 4。",
    results: { bullets: [{ text: "在 MMLU-Pro 上，Mistral Small 4 得分 71.8。" }] },
    resources: [],
  });
  const { counts } = verifyEntry(launch, article({ text, links: [], title: "Mistral开源Small 4" }));
  assert.equal(counts.stars?.max, 4, JSON.stringify(counts.stars));
});
