import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, test } from "node:test";
import { createHarness, type Harness } from "./support/cli-harness.ts";

let h: Harness;
afterEach(() => h?.cleanup());

const ARTICLE = [
  "<html><head><title>星河实验室开源 StarVL-8B</title></head><body>",
  '<h1 id="activity-name">星河实验室开源 StarVL-8B</h1><span id="js_name">量子位</span>',
  '<div id="js_content">',
  "<p>星河实验室今天开源了多模态模型 StarVL-8B，在 MMBench 上得分 82.4，超过 Google 的 Gemini 2.0 Flash。</p>",
  "<p>在推理速度上，单张 A100 每秒可处理 42 张图片，比上一代快 1.8 倍。</p>",
  '<p>代码：<a href="https://github.com/starlab/starvl">GitHub 仓库</a></p>',
  "</div></body></html>",
].join("");

const entry = (org: string, results: string[]) => ({
  org,
  title: "星河实验室开源 StarVL-8B",
  stars: 4,
  tags: ["多模态"],
  summary: "星河实验室开源 StarVL-8B，MMBench 得分 82.4。",
  core: { bullets: [] },
  results: { bullets: results.map((text) => ({ text })) },
  insights: { bullets: [] },
  resources: [
    { label: "GitHub 代码", url: "https://github.com/starlab/starvl" },
    { label: "论文", url: "https://arxiv.org/abs/2603.99999" },
  ],
});

/** The claim line starting with kind+value, and the line after it. */
function claim(stdout: string, kind: string, value: string): [string, string] {
  const lines = stdout.split("\n");
  const i = lines.findIndex((l) => l.startsWith(`${kind}\t${value}\t`));
  assert.ok(i >= 0, `no ${kind} ${value} in:\n${stdout}`);
  return [lines[i]!, lines.slice(i + 1).find((l) => /^\t(?:evidence|no evidence):/.test(l))!];
}

test("verify --entry --article prints, per claim, the sentence it was accepted on or why none", async () => {
  h = createHarness();
  writeFileSync(join(h.dir, "page.html"), ARTICLE);
  writeFileSync(
    join(h.dir, "good.json"),
    JSON.stringify(entry("星河实验室", ["单卡 A100 每秒处理 42 张图片。"])),
  );
  const good = await h.run(["verify", "--entry", "good.json", "--article", "page.html"]);
  assert.equal(good.code, 1, good.stderr); // the arXiv link is not in the article
  const [, figure] = claim(good.stdout, "figure", "42 张"); // a figure is reported with its unit
  assert.equal(figure, "\tevidence: «在推理速度上，单张 A100 每秒可处理 42 张图片，比上一代快 1.8 倍。»");
  const [, summaryFigure] = claim(good.stdout, "figure", "82.4");
  assert.match(
    summaryFigure,
    /^\tevidence: «星河实验室今天开源了多模态模型 StarVL-8B，在 MMBench 上得分 82\.4/,
  );
  const [, org] = claim(good.stdout, "org", "星河实验室");
  assert.equal(org, "\tevidence: «星河实验室开源 StarVL-8B»"); // the actor in the title
  const [, link] = claim(good.stdout, "link", "https://github.com/starlab/starvl");
  assert.equal(link, "\tevidence: «link «GitHub 仓库» → https://github.com/starlab/starvl»");
  const [paperLine, paper] = claim(good.stdout, "link", "https://arxiv.org/abs/2603.99999");
  assert.match(paperLine, /\tunsupported \(dropped\)\t/);
  assert.match(paper, /^\tno evidence: arxiv:2603\.99999 is not linked or named in the article$/);
});

test("verify names why an org is refused and marks the publisher's own piece", async () => {
  h = createHarness();
  writeFileSync(join(h.dir, "page.html"), ARTICLE);
  writeFileSync(join(h.dir, "google.json"), JSON.stringify(entry("Google", [])));
  const google = await h.run(["verify", "--entry", "google.json", "--article", "page.html"]);
  const [line, why] = claim(google.stdout, "org", "Google");
  assert.match(line, /\tunsupported \(dropped\)\torg\t/);
  assert.match(
    why,
    /^\tno evidence: Google appears only as a comparison or baseline .*the actor is 星河实验室/,
  );

  writeFileSync(
    join(h.dir, "essay.html"),
    ARTICLE.replace(/星河实验室今天开源了/, "回顾这一年，开源了").replace(
      /星河实验室开源 StarVL-8B/g,
      "多模态这一年：我们怎么看",
    ),
  );
  writeFileSync(join(h.dir, "own.json"), JSON.stringify({ ...entry("量子位", []), resources: [] }));
  const own = await h.run(["verify", "--entry", "own.json", "--article", "essay.html"]);
  const lines = own.stdout.split("\n");
  const at = lines.findIndex((l) => l.startsWith("org\t量子位\tsupported\t"));
  assert.ok(at >= 0, own.stdout);
  assert.equal(lines[at + 1], "\trole: publisher (the account itself, for its own piece)");
});
