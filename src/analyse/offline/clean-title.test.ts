import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanTitle } from "./clean-title.ts";

test("strips clickbait decoration but keeps the words", () => {
  assert.equal(cleanTitle("【重磅】美团提出 STAR！！"), "美团提出 STAR");
  assert.equal(cleanTitle("重磅｜OpenAI 发布新模型"), "OpenAI 发布新模型");
  assert.equal(cleanTitle("突发！刚刚，DeepSeek 开源 🔥🔥"), "DeepSeek 开源");
  assert.equal(cleanTitle("大模型真的会推理吗？？"), "大模型真的会推理吗？");
  assert.equal(cleanTitle("谁是赢家？"), "谁是赢家？");
});

test("never returns an empty title", () => {
  assert.equal(cleanTitle("【重磅】"), "【重磅】");
});
