import assert from "node:assert/strict";
import { test } from "node:test";
import { starterConfig } from "../cli/commands/init-config.ts";
import { parseConfig } from "../config/index.ts";
import type { Article } from "../model/article.ts";
import type { Entry } from "../model/entry.ts";
import { buildBriefing, type StoredOutcome } from "./build-briefing.ts";

const config = parseConfig(starterConfig("en"), { env: {}, baseDir: "/srv/daybrief" });
const source = config.sources[0]!;
const article: Article = {
  id: 1,
  sourceId: source.id,
  url: "https://example.com/a",
  originalUrl: "https://example.com/a",
  title: "澜舟发布金融模型 Lanzhou-Fin",
  publishedAt: "2026-02-04T02:00:00.000Z",
  firstSeenAt: "2026-02-04T02:00:00.000Z",
  contentHash: "x",
  text: "澜舟科技发布金融模型 Lanzhou-Fin，在内部评测中准确率为 81.5%。",
  html: "",
  links: [],
  status: "ok",
};
const teaser: Entry = {
  org: "澜舟科技",
  title: "澜舟发布金融模型 Lanzhou-Fin",
  stars: 4,
  tags: [],
  summary: "性能暴涨 300%！",
  core: { bullets: [] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
};
const outcome = (name: string, kind: "llm" | "offline", entry: Entry): StoredOutcome => ({
  articleId: 1,
  status: "ok",
  entry,
  analyser: { kind, name, promptVersion: "v1" },
});
const build = (analyses: StoredOutcome[]) =>
  buildBriefing({
    config,
    date: "2026-02-04",
    generatedAt: "2026-02-04T10:00:00.000Z",
    articles: [article],
    analyses,
    primary: ["llm-a"],
  });

test("under drop, an entry whose summary has no supported sentence and no fallback is left out", () => {
  const briefing = build([outcome("llm-a", "llm", teaser)]);
  assert.equal(briefing.items.length, 0);
  assert.deepEqual(
    briefing.coverage[0]!.problems.map((p) => [p.code, p.stage]),
    [["E_UNSUPPORTED", "verify"]],
  );
});

test("the offline analysis of the same article stands in for a summary that fell", () => {
  const offline = { ...teaser, summary: "澜舟科技发布金融模型 Lanzhou-Fin，内部评测准确率为 81.5%。" };
  // The LLM entry has something in its sections (an entry with four empty sections is never published).
  const withLead: Entry = { ...teaser, core: { lead: "澜舟科技发布了金融模型 Lanzhou-Fin。", bullets: [] } };
  const briefing = build([
    outcome("llm-a", "llm", withLead),
    outcome("offline-extractive", "offline", offline),
  ]);
  assert.equal(briefing.items.length, 1);
  assert.equal(briefing.items[0]!.entry.summary, offline.summary);
  assert.equal(briefing.items[0]!.analyser.name, "llm-a");
});
