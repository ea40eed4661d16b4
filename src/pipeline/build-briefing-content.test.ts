import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../config/index.ts";
import type { Article } from "../model/article.ts";
import type { Entry } from "../model/entry.ts";
import { describeProblem } from "../model/problem.ts";
import { renderHtml, renderJson, renderMarkdown } from "../render/index.ts";
import { buildBriefing, type StoredOutcome } from "./build-briefing.ts";

const config = parseConfig(
  `sources:\n  - { id: qbitai, name: 量子位, url: "http://127.0.0.1/a.xml" }\nbriefing: { minStars: 1 }\n`,
  { env: {}, baseDir: "/tmp" },
);

function article(id: number, status: Article["status"], title: string, text: string): Article {
  return {
    id,
    sourceId: "qbitai",
    url: `https://example.com/${id}`,
    originalUrl: `https://example.com/${id}`,
    title,
    publishedAt: "2026-02-04T03:00:00Z",
    firstSeenAt: "2026-02-04T03:00:00Z",
    contentHash: String(id),
    text,
    html: "",
    links: [],
    status,
  };
}

const offline = { kind: "offline" as const, name: "offline-extractive", promptVersion: "offline-v11" };
const entry = (over: Partial<Entry>): Entry => ({
  org: "智谱",
  title: "智谱发布 GLM-5",
  stars: 3,
  tags: [],
  summary: "智谱发布了新一代基座模型 GLM-5。",
  core: { bullets: [] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
  ...over,
});

test("feed-only entries say so in every output; an entry with nothing in its four sections is not published", () => {
  const text = "智谱发布了新一代基座模型 GLM-5，重点提升了编程与智能体能力。\n\n模型采用混合专家架构。";
  const articles = [
    article(1, "feed-only", "刚刚！智谱发布GLM-5🔥", text),
    article(2, "ok", "智谱发布GLM-5（空）", text),
  ];
  const analyses: StoredOutcome[] = [
    {
      status: "ok",
      articleId: 1,
      analyser: offline,
      entry: entry({ title: "智谱发布GLM-5", core: { bullets: [{ text: "模型采用混合专家架构。" }] } }),
    },
    { status: "ok", articleId: 2, analyser: offline, entry: entry({}) },
  ];
  const briefing = buildBriefing({
    config,
    date: "2026-02-04",
    generatedAt: "2026-02-04T12:00:00Z",
    articles,
    analyses,
    primary: ["offline-extractive"],
  });
  assert.deepEqual(
    briefing.items.map((i) => i.articleId),
    [1],
  );
  const problem = briefing.coverage[0]!.problems.find((p) => p.code === "E_NO_CONTENT");
  assert.equal(problem?.stage, "analyse");
  assert.match(describeProblem(problem!), /智谱发布GLM-5（空）》四个部分均无内容/);
  const item = briefing.items[0]!;
  assert.equal(item.articleStatus, "feed-only");
  assert.equal(item.articleTitle, "刚刚！智谱发布GLM-5🔥");
  for (const out of [renderMarkdown(briefing), renderHtml(briefing), renderJson(briefing)])
    assert.match(out, /仅摘要/);
  const json = JSON.parse(renderJson(briefing));
  assert.deepEqual(json.entries[0].badges, ["仅摘要"]);
  assert.equal(json.entries[0].articleTitle, "刚刚！智谱发布GLM-5🔥");
  assert.equal(json.entries[0].title, "智谱发布GLM-5");
});

test("the ★ check is recorded: the analyser's ★ and the ★ published (feed-only caps at ★3)", () => {
  const text = "智谱发布了新一代基座模型 GLM-5，重点提升了编程与智能体能力。\n\n模型采用混合专家架构。";
  const briefing = buildBriefing({
    config,
    date: "2026-02-04",
    generatedAt: "2026-02-04T12:00:00Z",
    articles: [article(1, "feed-only", "智谱发布GLM-5", text)],
    analyses: [
      {
        status: "ok",
        articleId: 1,
        analyser: { kind: "llm", name: "stub/model", promptVersion: "x" },
        entry: entry({ stars: 5, core: { bullets: [{ text: "模型采用混合专家架构。" }] } }),
      },
    ],
    primary: ["stub/model"],
  });
  const item = briefing.items[0]!;
  assert.equal(item.entry.stars, 3);
  assert.equal(item.verification?.stars?.model, 5);
  assert.equal(item.verification?.stars?.final, 3);
  const json = JSON.parse(renderJson(briefing));
  assert.equal(json.entries[0].verification.stars.model, 5);
  assert.equal(json.entries[0].stars, 3);
});
