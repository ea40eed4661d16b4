import assert from "node:assert/strict";
import { test } from "node:test";
import { pickTags } from "./tags.ts";

test("开源模型 needs a model opened, not code opened nor a word in quotes", () => {
  const audit = pickTags({
    title: "一夜写出审计脚本，扫完ICML论文：57篇“假开源”",
    text: "不少论文写着“代码已开源”，点进去却是空仓库。作者把这类论文称为“假开源”。“画饼式开源”的代价会越来越高。",
  });
  assert.ok(!audit.includes("开源模型"), audit.join(","));
  const release = pickTags({
    title: "青禾科技开源7B语音模型",
    text: "青禾科技今天开源了语音模型 Qinghe-7B。这是首个开源的 7B 级全双工模型，权重已上传 Hugging Face。",
  });
  assert.ok(release.includes("开源模型"), release.join(","));
});

test("基准评测 needs more than a method evaluated 'on N benchmarks', unless the title says it", () => {
  const method = pickTags({
    title: "去偏方法让视觉token剪枝更准",
    text: "研究者把剪枝模块接入 5 种剪枝方法。在 8 个图像理解基准和 2 个视频理解基准上，剪枝后的模型都更准。剪枝比例越高，优势越明显。",
  });
  assert.ok(!method.includes("基准评测"), method.join(","));
  const bench = pickTags({
    title: "青禾推出评测基准ToolBench-X",
    text: "青禾推出了评测基准 ToolBench-X。该基准包含 900 个任务。",
  });
  assert.ok(bench.includes("基准评测"), bench.join(","));
});

test("a lower-case English word before a number is prose, not a versioned name", () => {
  const tags = pickTags({
    title: "Parcelly left 3.4 million delivery chats in an open bucket for 41 days",
    text: "Parcelly exposed 3.4 million delivery chats. The bucket stayed open for 41 days. Parcelly said the bucket for 41 days had no password.",
  });
  assert.ok(!tags.some((t) => /^for\b/.test(t)), tags.join(", "));
  // Near-miss: a capitalised name with a version is still one (Relay 2, Xcode 26.3).
  const named = pickTags({
    title: "Quillmate 发布 Relay 2：替小店接电话",
    text: "Relay 2 可以自动预约。Quillmate 表示，Relay 2 支持 12 种语言。",
  });
  assert.ok(named.includes("Relay 2"), named.join(", "));
});
