import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const index = indexArticle({
  title: "星河智能发布 Nova-4",
  publisher: "测试号",
  links: [],
  text: "在 MMLU 上，Nova-4 的得分比上一代提升 12%。推理成本比此前降低 40%。显存占用降至原来的 60%。",
});
const holds = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "figure")
    .every((f) => f.supported);

test("a change compared with the previous version is a change (比上一代提升 12% is a rise of 12%)", () => {
  for (const claim of [
    "Nova-4 的 MMLU 得分提升 12%。",
    "MMLU 得分比上一代高 12%。",
    "推理成本降低 40%。",
    "推理成本比此前下降 40%。",
    "显存占用降至原来的 60%。",
  ])
    assert.ok(holds(claim), claim);
  // What remains is no cut by it, nor a cut a level.
  assert.ok(!holds("显存占用降低了 60%。"));
  assert.ok(!holds("推理成本降至 40%。"));
});
