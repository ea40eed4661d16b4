import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { articleProblem, feedProblem } from "../model/problem.ts";
import { BRIEFING_SCHEMA_URL, briefingJsonSchema, briefingOutputSchema } from "./briefing-json-schema.ts";
import { renderJson } from "./render-json.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { checkJsonSchema } from "./testdata/check-json-schema.ts";
import { evilBriefing } from "./testdata/evil-briefing.ts";
import { sampleBriefing } from "./testdata/sample-2026-02-04.ts";

test("the sample briefing's JSON validates against the exported JSON Schema and the zod schema", () => {
  const json = JSON.parse(renderJson(sampleBriefing));
  assert.deepEqual(checkJsonSchema(briefingJsonSchema, json), []);
  // zod strips unknown keys: equality after parsing means there were none.
  assert.deepEqual(briefingOutputSchema.parse(json), json);
});

test("the top level carries schema id, version, date and the footer data", () => {
  const json = JSON.parse(renderJson(sampleBriefing));
  assert.deepEqual(Object.keys(json), [
    "$schema",
    "schemaVersion",
    "date",
    "timezone",
    "generatedAt",
    "minStars",
    "entries",
    "coverage",
    "analysers",
    "usage",
    "verification",
    "notes",
  ]);
  assert.equal(json.$schema, BRIEFING_SCHEMA_URL);
  assert.equal(json.schemaVersion, 3);
  assert.equal(json.entries.length, 16);
  assert.deepEqual(
    json.entries.map((e: { rank: number }) => e.rank),
    Array.from({ length: 16 }, (_, i) => i + 1),
  );
  const first = json.entries[0];
  assert.equal(first.publishedAt, "2026-02-04T11:18:00Z");
  assert.equal(first.publishedAtLocal, "2026-02-04 19:18");
  assert.deepEqual(first.source, { id: "jiqizhixin", name: "机器之心", order: 0 });
  assert.equal(json.usage.promptTokens, 312480);
});

test("absent optional parts are null at the top and left out in entries", () => {
  const { usage: _u, verification: _v, ...rest } = sampleBriefing;
  const json = JSON.parse(renderJson({ ...rest, items: sampleBriefing.items.slice(0, 1) }));
  assert.equal(json.usage, null);
  assert.equal(json.verification, null);
  assert.ok(!("followUpOf" in json.entries[0]));
  assert.ok(!("articleId" in json.entries[0]));
  assert.deepEqual(checkJsonSchema(briefingJsonSchema, json), []);
});

test("the schema catches broken output (the check is not vacuous)", () => {
  const json = JSON.parse(renderJson(sampleBriefing));
  json.entries[0].stars = 7;
  json.entries[1].extra = true;
  delete json.coverage[0].found;
  json.schemaVersion = 1;
  // Schema 1's problems were strings; schema 2's are records with a code and a message.
  json.coverage[1].problems.push("订阅源抓取失败", { code: "E_SERVER", stage: "collect" });
  const errors = checkJsonSchema(briefingJsonSchema, json);
  assert.deepEqual(errors.sort(), [
    "$.coverage[0].found: required",
    "$.coverage[1].problems[1]: expected object, got string",
    "$.coverage[1].problems[2].message: required",
    "$.entries[0].stars: above maximum",
    "$.entries[1].extra: not allowed",
    "$.schemaVersion: expected const 3",
  ]);
  assert.equal(briefingOutputSchema.safeParse(json).success, false);
});

test("coverage problems are records with a code, the stage, the data and the footer's message", () => {
  const article = { id: 42, sourceId: "xinzhiyuan", url: "https://example.com/a", title: "某模型发布" };
  const problems = [
    feedProblem(
      { key: "server", status: 503 },
      { sourceId: "xinzhiyuan", url: "http://127.0.0.1/feed.xml?…", detail: "GET … failed: HTTP 503" },
    ),
    articleProblem("article_deleted", "read", article, "该内容已被发布者删除"),
    articleProblem("analysis_failed", "analyse", article),
  ];
  const briefing = {
    ...sampleBriefing,
    coverage: sampleBriefing.coverage.map((c) => (c.sourceId === "xinzhiyuan" ? { ...c, problems } : c)),
  };
  const json = JSON.parse(renderJson(briefing));
  assert.deepEqual(checkJsonSchema(briefingJsonSchema, json), []);
  assert.deepEqual(briefingOutputSchema.parse(json), json);
  const out = json.coverage.find((c: { sourceId: string }) => c.sourceId === "xinzhiyuan").problems;
  assert.deepEqual(out, [
    {
      code: "E_SERVER",
      stage: "collect",
      url: "http://127.0.0.1/feed.xml?…",
      httpStatus: 503,
      message: "订阅源抓取失败（服务端错误 · E_SERVER · HTTP 503）：GET … failed: HTTP 503",
    },
    {
      code: "E_ARTICLE_DELETED",
      stage: "read",
      articleId: 42,
      url: "https://example.com/a",
      title: "某模型发布",
      message: "《某模型发布》该内容已被发布者删除",
    },
    {
      code: "E_ANALYSIS_FAILED",
      stage: "analyse",
      articleId: 42,
      url: "https://example.com/a",
      title: "某模型发布",
      message: "《某模型发布》分析失败",
    },
  ]);
  // The message is the footer's line, word for word: one catalogue for every output.
  const md = renderMarkdown(briefing);
  for (const p of out) assert.ok(md.includes(`  - ${p.message}`), p.message);
});

test("untrusted text is carried verbatim as JSON strings", () => {
  const out = renderJson(evilBriefing);
  const json = JSON.parse(out);
  assert.equal(json.entries[0].title, evilBriefing.items[0]!.entry.title);
  assert.equal(
    json.entries[0].results.bullets[0].evidence,
    evilBriefing.items[0]!.entry.results.bullets[0]!.evidence,
  );
});

test("docs/json-output.md names every field of the schema", () => {
  const docs = readFileSync(new URL("../../docs/json-output.md", import.meta.url), "utf8");
  const names = new Set<string>();
  const walk = (schema: unknown): void => {
    if (Array.isArray(schema)) {
      for (const s of schema) walk(s);
      return;
    }
    if (!schema || typeof schema !== "object") return;
    const s = schema as Record<string, unknown>;
    for (const [name, sub] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
      names.add(name);
      walk(sub);
    }
    walk(s.items);
    walk(s.anyOf);
  };
  walk(briefingJsonSchema);
  const missing = [...names].filter((name) => !docs.includes(`\`${name}\``));
  assert.deepEqual(missing, []);
  assert.ok(names.size > 40);
});

test("hype is stripped from the shown title only: md/html show displayTitle, the JSON keeps both titles", async () => {
  const { renderMarkdown } = await import("./render-markdown.ts");
  const { renderHtml } = await import("./render-html.ts");
  const first = sampleBriefing.items[0]!;
  const briefing = {
    ...sampleBriefing,
    items: [
      {
        ...first,
        entry: { ...first.entry, title: "刚刚！OpenAI 发布 GPT-6，震惊！全网沸腾!!!🔥" },
        articleTitle: "刚刚！OpenAI 发布 GPT-6，震惊！全网沸腾!!!🔥",
        articleStatus: "feed-only",
      },
    ],
  };
  const json = JSON.parse(renderJson(briefing));
  assert.deepEqual(checkJsonSchema(briefingJsonSchema, json), []);
  assert.equal(json.entries[0].title, "刚刚！OpenAI 发布 GPT-6，震惊！全网沸腾!!!🔥");
  assert.equal(json.entries[0].articleTitle, "刚刚！OpenAI 发布 GPT-6，震惊！全网沸腾!!!🔥");
  assert.equal(json.entries[0].displayTitle, "OpenAI 发布 GPT-6，全网沸腾");
  assert.deepEqual(json.entries[0].badges, ["仅摘要"]);
  assert.match(renderMarkdown(briefing), /^### 1\. \[[^\]]+\] OpenAI 发布 GPT-6，全网沸腾$/m);
  assert.match(renderHtml(briefing), /<h3>1\. \[[^\]]+\] OpenAI 发布 GPT-6，全网沸腾<\/h3>/);
});
