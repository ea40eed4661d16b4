import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { entrySchema } from "../../model/entry-schema.ts";
import type { Analyser, Article, Entry } from "../../model/index.ts";
import { createOfflineAnalyser } from "./offline-analyser.ts";
import { NOT_PROVIDED } from "./select-sections.ts";
import { loadArticle } from "./testdata/load-article.ts";

const NAMES = ["paper", "opinion", "ad", "launch", "english"] as const;
const articles = {} as Record<(typeof NAMES)[number], Article>;
const entries = {} as Record<(typeof NAMES)[number], Entry>;
let analyser: Analyser;

before(async () => {
  analyser = createOfflineAnalyser();
  for (const name of NAMES) {
    articles[name] = loadArticle(fileURLToPath(new URL(`./testdata/${name}.md`, import.meta.url)));
    const outcome = await analyser.analyse(articles[name], { sourceName: "测试源" });
    assert.equal(outcome.status, "ok", `${name}: ${JSON.stringify(outcome)}`);
    if (outcome.status === "ok") entries[name] = outcome.entry;
  }
});

describe("createOfflineAnalyser", () => {
  test("describes itself as the offline analyser", () => {
    assert.deepEqual(analyser.info, {
      kind: "offline",
      name: "offline-extractive",
      promptVersion: "offline-v13",
    });
  });

  test("every entry satisfies entrySchema", () => {
    for (const name of NAMES) assert.doesNotThrow(() => entrySchema.parse(entries[name]), name);
  });

  test("summary and bullets are the article's own sentences (an opener may be dropped or named), each used once", () => {
    for (const name of NAMES) {
      const { summary, core, results, insights } = entries[name];
      const bullets = [core, results, insights].flatMap((s) => s.bullets.map((b) => b.text));
      const text = articles[name].text.replace(/\s+/g, "");
      for (const piece of [summary, ...bullets].flatMap((t) => t.split(/(?<=[。！？；]|; )/))) {
        const bare = piece.replace(/\s+/g, "").replace(/[。！？；;]$/, "");
        // A dropped connective or a resolved anaphor changes at most the first few characters.
        const grounded = [0, 2, 4, 6, 8, 12, 16].some(
          (k) => bare.length - k >= 8 && text.includes(bare.slice(k)),
        );
        assert.ok(grounded, `${name}: not in article: ${piece}`);
      }
      assert.equal(new Set(bullets).size, bullets.length, `${name}: a bullet is used twice`);
    }
  });

  test("routes the paper's sentences to the right sections", () => {
    const { summary, core, results, insights } = entries.paper;
    assert.match(summary, /^美团研究团队提出/);
    assert.ok(core.bullets.length >= 3 && core.bullets.length <= 5);
    assert.ok(results.bullets.length >= 3);
    assert.ok(results.bullets.some((b) => b.text.includes("GenEval") && b.text.includes("0.91")));
    assert.ok(insights.bullets.some((b) => b.text.includes("尚未覆盖")));
    for (const section of [core, results, insights]) assert.equal(section.lead, undefined);
  });

  test("marks sections the article does not cover with 原文未提供 and no filler", () => {
    for (const section of [entries.opinion.results, entries.ad.results, entries.ad.insights]) {
      assert.equal(section.lead, NOT_PROVIDED);
      assert.deepEqual(section.bullets, []);
    }
  });

  test("cleans the title without inventing one", () => {
    assert.equal(entries.paper.title, "美团提出 STAR：堆叠自回归架构统一多模态理解与生成");
    assert.equal(entries.launch.title, articles.launch.title);
  });

  test("names the org from the dictionary, else the account", () => {
    assert.equal(entries.paper.org, "美团");
    assert.equal(entries.launch.org, "面壁智能");
    assert.equal(entries.english.org, "Anthropic");
    assert.equal(entries.opinion.org, "新智元");
  });

  test("tags come from the vocabulary and named things, at most 5, no keyword filler", () => {
    for (const name of NAMES) {
      const { tags } = entries[name];
      assert.ok(tags.length <= 5, `${name}: ${tags}`);
    }
    assert.deepEqual(entries.ad.tags, []);
    assert.ok(entries.paper.tags.includes("多模态大模型"));
    assert.ok(entries.english.tags.includes("AI Agent"));
    assert.ok(entries.launch.tags.includes("开源模型"));
  });

  test("stars order a paper with code above a launch, an opinion and an ad", () => {
    const { paper, launch, opinion, ad } = entries;
    assert.equal(paper.stars, 5);
    assert.ok(launch.stars >= 3);
    assert.ok(paper.stars > opinion.stars && opinion.stars >= ad.stars);
    assert.equal(ad.stars, 1);
    // A release by a named lab with benchmark figures: ★4 by the rubric (docs/stars.md).
    assert.equal(entries.english.stars, 4);
  });

  test("lists only the article's paper, code and project links", () => {
    assert.deepEqual(
      entries.paper.resources.map((r) => [r.label, r.url]),
      [
        ["arXiv 论文", "https://arxiv.org/abs/2512.13752"],
        ["GitHub 代码", "https://github.com/MM-MVR/STAR"],
        ["项目主页", "https://star-mm-ai.github.io/"],
      ],
    );
    assert.deepEqual(
      entries.launch.resources.map((r) => r.label),
      ["GitHub 代码", "Hugging Face 模型", "项目主页"],
    );
    assert.deepEqual(entries.opinion.resources, []);
    assert.ok(!entries.english.resources.some((r) => r.url.includes("twitter.com")));
  });

  test("is deterministic", async () => {
    const again = await createOfflineAnalyser().analyse(articles.paper, { sourceName: "测试源" });
    assert.equal(again.status, "ok");
    if (again.status === "ok") assert.deepEqual(again.entry, entries.paper);
  });

  test("fails cleanly on an article without usable text", async () => {
    const outcome = await analyser.analyse({ ...articles.ad, text: "图 1" }, { sourceName: "测试源" });
    assert.equal(outcome.status, "failed");
  });

  test("caps bullets per section", async () => {
    const outcome = await createOfflineAnalyser({ maxBulletsPerSection: 2 }).analyse(articles.paper, {
      sourceName: "测试源",
    });
    assert.equal(outcome.status, "ok");
    if (outcome.status === "ok") assert.equal(outcome.entry.core.bullets.length, 2);
  });
});

test("the summary prefers the sentence that reports the news over a hook, without an editor's tag", async () => {
  const text = [
    "你有没有想过，为什么语音助手总要等你说完？",
    "【量子位导读】面壁智能发布并开源 MiniCPM-o 4.5，一个 9B 参数的全双工全模态模型。",
    "它可以边听边说，在多个基准上超过了更大的模型。",
  ].join("\n\n");
  const analyser = createOfflineAnalyser();
  const outcome = await analyser.analyse(
    { ...articles.launch, title: "面壁开源 MiniCPM-o 4.5", text, html: "", links: [] },
    { sourceName: "量子位" },
  );
  assert.equal(outcome.status, "ok");
  // The short news sentence takes the next along, its 它 named (MiniCPM-o 4.5 可以边听边说…).
  assert.match(
    outcome.status === "ok" ? outcome.entry.summary : "",
    /^面壁智能发布并开源 MiniCPM-o 4\.5，一个 9B 参数的全双工全模态模型(?:；MiniCPM-o 4\.5 可以边听边说|。$)/,
  );
});
