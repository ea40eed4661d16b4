import assert from "node:assert/strict";
import { test } from "node:test";
import { fillTemplate, loadPromptSet, parsePromptTemplate } from "./prompt-template.ts";

test("the shipped prompt files load with their versions", () => {
  const prompts = loadPromptSet();
  assert.equal(prompts.analyse.version, "analyse.v1");
  assert.equal(prompts.gate.version, "gate.v1");
  assert.equal(prompts.rubric.version, "rubric.v1");
  assert.match(prompts.analyse.body, /\{\{rubric\}\}/);
  assert.match(prompts.analyse.body, /原文未提供/);
  assert.match(prompts.analyse.body, /evidence/);
  assert.match(prompts.gate.body, /"relevant"/);
});

test("the analysis prompt defines org as the actor of the news (model/news-actor.ts), not the outlet", () => {
  const { body } = loadPromptSet().analyse;
  const org = body.split("\n").find((l) => l.startsWith("- org：")) ?? "";
  assert.match(org, /行动者/);
  assert.match(org, /比较/);
  assert.match(org, /帮手|算力/);
  assert.match(org, /媒体.*只在.*评论/);
  assert.doesNotMatch(org, /未说明时填媒体/);
  assert.match(body, /- tags：.*不要.*泛泛/);
});

test("a file without a version header is refused", () => {
  assert.throws(() => parsePromptTemplate("just text", "x.md"), /x\.md: missing/);
  assert.deepEqual(parsePromptTemplate("---\nversion: t.v2\n---\nbody {{a}}\n"), {
    version: "t.v2",
    body: "body {{a}}",
    path: undefined,
  });
});

test("fillTemplate keeps unknown placeholders visible", () => {
  assert.equal(fillTemplate("{{a}} {{b}}", { a: "1" }), "1 {{b}}");
});
