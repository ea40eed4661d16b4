import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// The article plans the release: an English entry may say so in any of the ways English plans.
const index = indexArticle({
  title: "星衡科技发布 Orion-2 模型",
  publisher: "测试号",
  links: [],
  text: "星衡科技今天发布了 Orion-2 大模型。公司表示，模型权重将在下月开源，但训练数据不会公开。",
});
const openSource = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "qualifier")
    .every((f) => f.supported);

test("an English release plan (due/set/scheduled/slated/expected/going to) is a plan, and a plan told as done is not", () => {
  for (const claim of [
    "The Orion-2 weights are due to be open-sourced next month.",
    "Orion-2's weights are set to be open-sourced next month.",
    "The weights are scheduled to be open-sourced next month.",
    "The weights are slated to be open-sourced next month.",
    "The weights are expected to be open-sourced next month.",
    "The company is going to open-source the weights next month.",
  ])
    assert.ok(openSource(claim), claim);
  assert.ok(!openSource("Orion-2 is open-source."));
  assert.ok(!openSource("The Orion-2 weights have been open-sourced."));
});
