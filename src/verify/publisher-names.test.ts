import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A lab's own blog post of our own: the text says "Fennel", the publisher is "Fennel Labs Blog".
const article = indexArticle({
  title: "Introducing Quarry, a code review model",
  publisher: "Fennel Labs Blog",
  links: [],
  text: "Today we're releasing Quarry, a code review model, to Fennel Pro subscribers. It flags 31% more real bugs than our previous reviewer.",
});
const names = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => f.kind === "name" && f.value !== "Quarry")
    .map((f) => [f.value, f.supported]);

test("a word of the publisher's name is named by the article", () => {
  assert.deepEqual(names("Fennel Labs 发布代码审查模型 Quarry。"), [["Labs", true]]);
});

test("near miss: a word neither the text nor the publisher writes is still refused", () => {
  assert.deepEqual(names("Fennel Studio 发布代码审查模型 Quarry。"), [["Studio", false]]);
  assert.deepEqual(names("Fennel Research 发布代码审查模型 Quarry。"), [["Research", false]]);
});

test("near miss: the publisher's word for a rival, or a word that names no one, is refused", () => {
  // The article never says "Fennel": its publisher's "Labs" supports nothing.
  const other = indexArticle({
    title: "Quarry, a code review model",
    publisher: "Fennel Labs Blog",
    links: [],
    text: "Quarry is a code review model for small teams.",
  });
  const refusedNames = (claim: string, index = article) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "name" && !f.supported)
      .map((f) => f.value);
  assert.ok(refusedNames("Fennel Labs 发布代码审查模型 Quarry。", other).includes("Labs"));
  assert.ok(refusedNames("Blog 发布代码审查模型 Quarry。").includes("Blog"));
});
