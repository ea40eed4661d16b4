import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: an edge chip whose integer throughput is in TOPS and float in TFLOPS.
const ARTICLE =
  "芯羽科技发布边缘芯片 E7，INT8 算力 240 TOPS，FP16 算力 60 TFLOPS，功耗 35W。E7 预计明年一季度量产。";
const index = indexArticle({ title: "边缘芯片", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) => checkTextFacts(claim, index).filter((f) => !f.supported);

test("TOPS told as TFLOPS (or back) is refused", () => {
  for (const claim of [
    "E7 的 INT8 算力 240 TFLOPS。",
    "E7 delivers 60 TOPS at FP16.",
    "INT8 throughput: 240 teraflops.",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the article's TOPS and TFLOPS, in any order or language, stand", () => {
  for (const claim of [
    ...ARTICLE.split(/(?<=。)/).filter((s) => s.length > 0),
    "E7 的 INT8 算力 240 TOPS，FP16 为 60 TFLOPS。",
    "E7: 240 TOPS at INT8, 60 TFLOPS at FP16.",
    "INT8 算力 240 TOPS，功耗 35W。",
    "FP16 compute of 60 teraflops.",
    "芯羽科技的边缘芯片 E7：240 TOPS（INT8）。",
    "E7 功耗 35W，INT8 算力 240 TOPS。",
    "The E7 chip: 240 TOPS INT8, 35W.",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
