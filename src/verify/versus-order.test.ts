import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: pairs of bare figures whose sides come from the sentence's order.
const ARTICLE = `Median time to resolution was 48 seconds for the agents, against 11 minutes for human staff, but customers rated the agents' answers "acceptable" less often: 62% vs 81%. On MMLU it scores 79.3 vs 76.1 for Mistral Small 3, and on HumanEval 68.0 vs 71.2.`;
const index = indexArticle({ title: "Study", publisher: "Desk", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /other way round/.test(f.reason));

test("a pair of bare figures turned round (a vs b for the article's b vs a) is refused", () => {
  for (const claim of [
    "客户评为可接受的比例是 81% 对 62%。",
    "MMLU 76.1 vs 79.3。",
    "HumanEval 71.2 vs 68.0.",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the pair in the article's order, or with each side named, stands", () => {
  for (const claim of [
    "客户评为可接受的比例是 62% 对 81%。",
    "Customers found agents acceptable 62% of the time vs 81% for humans.",
    "人工的可接受率 81%，智能体 62%。",
    "MMLU 79.3 vs 76.1，HumanEval 68.0 vs 71.2。",
    "HumanEval 上 Mistral Small 3 以 71.2 对 68.0 领先。",
    "Acceptable: 62% (agents) vs 81% (humans).",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
