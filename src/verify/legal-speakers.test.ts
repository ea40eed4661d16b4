import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A court story's words moved from the law professor who said them to the judge: read through the
// dictionary's legal words (裁决, 判决, 法官, 上诉, 约束 as "bind", 本案).

const ARTICLE = `Judge rules against Pellucid in archive case

Judge Marisol Drake ruled that Pellucid had copied the Oakfield archive without a license. Pellucid said it would appeal. The ruling binds no other court and covers only this case, noted Yale law professor Tobin Reyes. "The verdict turns on the contract, not on the copying," he said.`;

const index = indexArticle({
  title: "Judge rules against Pellucid in archive case",
  publisher: "Wire",
  links: [],
  text: ARTICLE,
});
const moved = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => !f.supported && /someone else/.test(f.reason))
    .map((f) => f.value);

test("the professor's words given to the judge are refused", () => {
  assert.deepEqual(moved("法官 Marisol Drake 指出该裁决只针对本案，不约束其他法院。"), ["Marisol Drake"]);
});

test("the words kept with the professor, or the judge's own ruling: no verdict", () => {
  assert.deepEqual(moved("耶鲁法学教授 Tobin Reyes 指出该裁决只针对本案，不约束其他法院。"), []);
  assert.deepEqual(moved("法官 Marisol Drake 裁定 Pellucid 未经许可复制了档案。"), []);
});
