import assert from "node:assert/strict";
import { test } from "node:test";
import { allBullets, analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

test("a table's rows are never bullets: the sentences that state its figures are", async () => {
  const entry = await analyseParagraphs("云岫大学提出RecallKV，长文本解码提速1.6倍", [
    "云岫大学的研究团队提出了 RecallKV，一种按需召回 KV 缓存的长文本推理方法。",
    "RecallKV 把 KV 缓存分块存放在内存里，解码时只召回与当前问题相关的块。",
    "| 方法 | LongBench 准确率 | RULER 准确率 | 解码速度 |",
    "| --- | --- | --- | --- |",
    "| 全量缓存 | 48.2 | 80.1 | 1.0× |",
    "| RecallKV 方法 | 47.9 | 79.6 | 1.6× |",
    "结果显示，RecallKV 的解码速度是全量缓存的 1.6 倍，LongBench 准确率仅下降 0.3 个百分点。",
  ]);
  const bullets = allBullets(entry);
  assert.ok(bullets.length > 0);
  for (const b of bullets) assert.doesNotMatch(b, /\|/, b);
});
