import assert from "node:assert/strict";
import { test } from "node:test";
import { moneyOf } from "./article-features.ts";
import { extractEntities } from "./extract-entities.ts";
import { detectPhase, extractFigures, isRepost } from "./extract-facts.ts";

test("figures keep their unit and drop dates", () => {
  const figures = extractFigures(
    "2026年2月4日，模型总参数 1060亿，MMMU 得分 78.2 %，支持 128K 上下文，提速 3 倍，售价 1,000 美元。",
  );
  assert.deepEqual([...figures].sort(), ["1000美元", "1060亿", "128k", "3倍", "78.2%"]);
});

test("an announcement is told from a release, 即将发布 counts as announcement", () => {
  assert.equal(detectPhase("OpenAI 即将发布 GPT-6"), "announce");
  assert.equal(detectPhase("智谱开源 GLM-5V"), "release");
  assert.equal(detectPhase("一位工程师的三个月"), "none");
});

test("reposts are recognised by their title tag or their first lines, not by a reprint policy", () => {
  assert.equal(isRepost("转载｜GLM-5V 开源了", "正文"), true);
  assert.equal(isRepost("GLM-5V 开源了", "本文转自机器之心，已获授权。\n正文"), true);
  assert.equal(isRepost("GLM-5V 开源了", "正文……\n转载请联系本公众号获得授权"), false);
});

test("entities: versioned names fold, stop words and bare numbers go, orgs get one key", () => {
  const e = extractEntities("阿里发布 Qwen3.5-Omni，对标 GPT-5 和 Gemini 3 Pro，CEO 称 AI 进入新阶段 2026");
  assert.ok(e.versioned.has("qwen3.5omni"));
  assert.ok(e.versioned.has("gpt5"));
  assert.ok(e.versioned.has("gemini3pro"));
  assert.ok(e.all.has("org:alibaba"));
  assert.ok(!e.all.has("ceo") && !e.all.has("ai") && !e.all.has("2026"));
});

test("sums of money in a title, one spelling per amount and currency", () => {
  assert.deepEqual(moneyOf("月影科技完成 3 亿元融资"), ["cny:3亿"]);
  assert.deepEqual(moneyOf("月影科技拿下3亿人民币"), ["cny:3亿"]);
  assert.deepEqual(moneyOf("码上智能完成 2 亿美元 C 轮，估值 20 亿美元"), ["usd:2亿", "usd:20亿"]);
  assert.deepEqual(moneyOf("GPT-5 在 3 个基准上领先"), []);
});
