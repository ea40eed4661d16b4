// Runs the WeChat corpus conformance (scripts/conformance-wechat.ts) when ../shared/corpus exists.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { runWechatConformance, textSimilarity } from "../../scripts/conformance-wechat.ts";

const corpusDir = fileURLToPath(new URL("../../../shared/corpus/wechat", import.meta.url));

test("WeChat corpus: every page extracts as expected", {
  skip: !existsSync(corpusDir) && "corpus absent",
}, async () => {
  const results = await runWechatConformance(corpusDir);
  assert.ok(results.length > 0, "corpus has folders");
  for (const result of results) {
    assert.ok(result.total > 0);
    assert.deepEqual(result.failures, [], `${result.folder}: ${JSON.stringify(result.failures)}`);
    assert.equal(result.passed, result.total);
  }
});

test("textSimilarity ignores whitespace and falls with different text", () => {
  assert.equal(textSimilarity("大模型 推理", "大模型\n\n推理"), 1);
  assert.ok(textSimilarity("大模型推理能力提升", "今天天气很好适合出门") < 0.2);
});
