import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const TITLE = "Quill-R: a small model that plans before it writes";
const article = indexArticle({
  title: TITLE,
  publisher: "Fieldnotes",
  links: [],
  text: `${TITLE}\nOn HumanEval, a 3B Quill-R model scores 64.5%, compared with 49.2% for a plain 3B baseline and 66.8% for an 8B instruction-tuned model.`,
});
const refused = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => !f.supported)
    .map((f) => f.reason);

test("a figure an English article gives 'for' one model size, told of another size, is refused", () => {
  const reasons = refused("同为 3B 的普通基线仅 66.8%。");
  assert.ok(
    reasons.some((r) => /another row/.test(r)),
    reasons.join("; ") || "published",
  );
});

test("each size with its own figure, or a figure with no size in its clause: kept", () => {
  for (const claim of [
    "同为 3B 的普通基线仅 49.2%。",
    "3B 的 Quill-R 得分 64.5%，接近 8B 指令微调模型的 66.8%。",
    "HumanEval 上对比模型得分 66.8%。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
