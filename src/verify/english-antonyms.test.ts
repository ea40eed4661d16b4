import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// An English article of our own comparing things both ways round.
const ARTICLE = `Halcyon-34B scores 79.3 on MMLU, ahead of Mistral Small 3 at 76.1, but it trails on HumanEval, 68.0 against 71.2.
Latency is higher than the previous model's, though throughput is better. The new chip runs faster than its predecessor while drawing more power.
Prices in Europe will be lower than in the US.`;
const index = indexArticle({
  title: "Halcyon ships a model",
  publisher: "Test Wire",
  links: [],
  text: ARTICLE,
});
const turned = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /turns it round/.test(f.reason)).length;

test("an English comparison turned round against an English article is refused", () => {
  assert.equal(turned("It leads on HumanEval."), 1);
  assert.equal(turned("Latency is lower than the previous model's."), 1);
  assert.equal(turned("The new chip runs slower than its predecessor."), 1);
  assert.equal(turned("Prices in Europe will be higher than in the US."), 1);
});

test("comparisons kept the article's way round stand", () => {
  for (const claim of [
    "Halcyon-34B leads Mistral Small 3 on MMLU but trails on HumanEval.",
    "It is ahead on MMLU and behind on HumanEval.",
    "Latency is higher than before, but throughput is better.",
    "European prices will be lower than US prices.",
    "On MMLU it leads with 79.3.",
    "Throughput is better than the previous model's.",
  ])
    assert.equal(turned(claim), 0, claim);
});
