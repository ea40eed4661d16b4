import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { verifyEntry } from "./verify-entry.ts";

// A change from one model's value to another's, named in one clause: "Vela 3 的上下文从 Vela 2.5 的
// 20 万 token 扩展到 100 万". The starting value is the older model's, however the article words it.
const articles = [
  "Orrin 今天发布 Vela 3。Vela 3 的上下文窗口从 Vela 2.5 的 20 万 token 扩展到 100 万 token，价格不变。",
  "Orrin today released Vela 3. Vela 3 expands the context window from 200,000 tokens in Vela 2.5 to 1 million tokens.",
  "Orrin today released Vela 3. The context window grows to 1 million tokens, up from 200K for Vela 2.5.",
].map((text) => ({ title: "Orrin releases Vela 3", publisher: "测试号", links: [], text }));
const entry = (text: string): Entry => ({
  org: "Orrin",
  title: "Orrin 发布 Vela 3",
  stars: 4,
  tags: ["AI"],
  summary: "Orrin 发布 Vela 3。",
  core: { bullets: [{ text }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
const lost = (text: string, article: (typeof articles)[number]) =>
  verifyEntry(entry(text), article)
    .claims.filter((c) => c.kind === "figure" && c.where.startsWith("core") && c.status !== "supported")
    .map((c) => c.value);

test("the value a change starts from is the named older model's", () => {
  for (const article of articles)
    assert.deepEqual(
      lost("Vela 3 的上下文从 Vela 2.5 的 20 万 token 扩展到 100 万。", article),
      [],
      article.text,
    );
});

test("a wrong starting value is still refused", () => {
  for (const article of articles)
    assert.deepEqual(
      lost("Vela 3 的上下文从 Vela 2.5 的 10 万 token 扩展到 100 万。", article),
      ["10 万 token"],
      article.text,
    );
});

test("an English 'longer than' is a bound", () => {
  const article = {
    ...articles[1]!,
    text: `${articles[1]!.text} For prompts longer than 200,000 tokens, prices double.`,
  };
  const tokens = (text: string) => lost(text, article).filter((v) => v.includes("token"));
  assert.deepEqual(tokens("提示超过 20 万 token 时价格翻倍。"), []);
  assert.deepEqual(tokens("提示超过 30 万 token 时价格翻倍。"), ["30 万 token"]);
});
