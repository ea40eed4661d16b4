import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: compute written in EFLOPS and PFLOPS.
const ARTICLE = `一期部署约 1.2 万张 AI 加速卡，FP16 算力规模为 3.2 EFLOPS。单卡 FP8 算力 2.4 PFLOPS。
全市智能算力规模达到 10 万 PFLOPS，目前约为 3.5 万 PFLOPS。`;
const index = indexArticle({ title: "智算中心", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) => checkTextFacts(claim, index).filter((f) => !f.supported);

test("EFLOPS told as PFLOPS (or back) is refused", () => {
  for (const claim of [
    "FP16 算力 3.2 PFLOPS。",
    "单卡 FP8 算力 2.4 EFLOPS。",
    "全市智能算力达 10 万 EFLOPS。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the article's EFLOPS and PFLOPS, spelled out or bare, stand", () => {
  for (const claim of [
    "FP16 算力 3.2 EFLOPS。",
    "算力规模 3.2 exaflops。",
    "FP16 compute of 3.2 EFLOPS.",
    "单卡 FP8 算力 2.4 PFLOPS。",
    "全市智能算力达 10 万 PFLOPS（现约 3.5 万）。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});

// English milliseconds spelled out: "90 milliseconds" is no bare 90 that the article's 90 秒 holds.
const TIMES = `生成一段 5 秒视频在单张 H100 上约需 90 秒。Flash 的首 token 延迟为 180ms，Pro 约 1.2 秒。`;
const times = indexArticle({ title: "视频模型", publisher: "测试号", links: [], text: TIMES });
const refusedTime = (claim: string) =>
  checkTextFacts(claim, times).filter((f) => !f.supported && /\d/.test(f.value));

test("milliseconds (or microseconds) for the article's seconds, and back, are refused", () => {
  for (const claim of [
    "A clip takes about 90 milliseconds on one H100.",
    "Pro responds in about 1.2 milliseconds.",
    "Flash responds in 180 seconds.",
    "Flash 延迟 180 微秒。",
  ])
    assert.ok(refusedTime(claim).length > 0, claim);
  for (const claim of [
    "A clip takes about 90 seconds on one H100.",
    "Flash responds in 180 milliseconds.",
    "Pro responds in about 1,200 milliseconds.",
    "Flash 延迟 0.18 秒。",
  ])
    assert.deepEqual(refusedTime(claim), [], claim);
});
