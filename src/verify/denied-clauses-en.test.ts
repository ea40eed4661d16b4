import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// An English article of our own with denials (not, does not, cannot, has not been) beside plain clauses.
const ARTICLE = `Halcyon AI released Halcyon-34B on Thursday with open weights. The training data has not been released, and the company has no plans to release it.
The model does not support image input, but it handles text in 40 languages. The paper has not been peer reviewed.
Companies with fewer than 100 million users can use it commercially without a separate licence.
Halcyon's previous model was not open source. The model cannot run on phones yet, although it runs on a single GPU.`;
const index = indexArticle({
  title: "Halcyon ships a model",
  publisher: "Test Wire",
  links: [],
  text: ARTICLE,
});
const negations = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /drops the negation/.test(f.reason));

test("an English entry clause saying what an English article denies is refused", () => {
  for (const claim of [
    "The training data is released too.",
    "The model supports image input.",
    "The paper has been peer reviewed.",
    "The model runs on phones.",
    "Halcyon's previous model was open source.",
  ])
    assert.equal(negations(claim).length, 1, claim);
});

test("true English rewordings stand", () => {
  for (const claim of [
    "Halcyon AI released Halcyon-34B with open weights.",
    "The weights are released; the training data stays private.",
    "The model handles text in 40 languages.",
    "It runs on a single GPU.",
    "Companies under 100 million users can use the model commercially.",
    "A separate licence is needed above 100 million users.",
    "The model's weights are open; its predecessor was closed.",
    "The paper is a preprint.",
  ])
    assert.deepEqual(negations(claim), [], claim);
});
