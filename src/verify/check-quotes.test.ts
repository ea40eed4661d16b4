import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const quotes = (article: string, claim: string) =>
  checkTextFacts(
    claim,
    indexArticle({ title: "星河科技发布 Nova", publisher: "测试号", links: [], text: article }),
  )
    .filter((f) => f.kind === "quote")
    .map((f) => [f.value, f.supported]);

const ARTICLE =
  "星河科技今天发布了多模态模型 Nova。创始人李明在发布会上说：“我们希望让每一台手机都能跑得动大模型。”团队把这套方法称为“能力密度”。";

test("a quotation in an entry must be the article's words (width, punctuation and spacing aside)", () => {
  assert.deepEqual(quotes(ARTICLE, "李明表示：“我们希望让每一台手机都能跑得动大模型”。"), [
    ["我们希望让每一台手机都能跑得动大模型", true],
  ]);
  assert.deepEqual(quotes(ARTICLE, "李明直言：“这将彻底改变整个行业的格局”。"), [
    ["这将彻底改变整个行业的格局", false],
  ]);
  assert.deepEqual(quotes(ARTICLE, '李明说："我们希望让每一台手机都能跑得动大模型"。'), [
    ["我们希望让每一台手机都能跑得动大模型", true],
  ]);
});

test("a short quoted term is no quotation; an English article's quote translated is read by its words (check-quotes-en.ts)", () => {
  assert.deepEqual(quotes(ARTICLE, "团队提出“能力密度”的说法。"), []);
  const english =
    "Lumina's founder said: “We want every phone to run a large model.” The team calls it capability density.";
  assert.deepEqual(quotes(english, "创始人表示：“我们希望让每一台手机都能跑得动大模型”。"), [
    ["我们希望让每一台手机都能跑得动大模型", true],
  ]);
});
