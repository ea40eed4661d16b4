import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "./entry.ts";
import { entrySchema } from "./entry-schema.ts";

const entry: Entry = {
  org: "美团",
  title: "STAR：堆叠自回归架构",
  stars: 5,
  tags: ["多模态大模型"],
  summary: "美团提出 STAR 框架。",
  core: { bullets: [{ label: "架构", text: "堆叠模块", children: [{ text: "复用顶层参数" }] }] },
  results: { bullets: [] },
  insights: { lead: "原文未提供", bullets: [] },
  resources: [{ label: "arXiv 论文", url: "https://arxiv.org/abs/2512.13752" }],
};

test("a complete entry satisfies the schema and the TypeScript type alike", () => {
  const parsed = entrySchema.parse(entry);
  const typed: Entry = parsed;
  assert.deepEqual(typed, entry);
});

test("stars outside 1–5, empty titles and non-http links are rejected with paths", () => {
  const result = entrySchema.safeParse({
    ...entry,
    stars: 6,
    title: " ",
    resources: [{ label: "x", url: "javascript:alert(1)" }],
  });
  assert.equal(result.success, false);
  const paths = result.error?.issues.map((i) => i.path.join(".")).sort();
  assert.deepEqual(paths, ["resources.0.url", "stars", "title"]);
});
