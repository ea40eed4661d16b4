import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const TITLE = "Tallis bets on open models";
const article = indexArticle({
  title: TITLE,
  publisher: "Fieldnotes",
  links: [],
  text: `${TITLE}\n"Open models will win the enterprise market," said Mira Okafor, chief executive of Tallis.\nTallis chief financial officer Daniel Reyes said the company had signed a cloud agreement with two providers.\nOkafor said Tallis would release an open model next year.`,
});
const refused = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => !f.supported)
    .map((f) => f.reason);

test("an English quote given to another speaker in a Chinese entry is refused", () => {
  const reasons = refused("Daniel Reyes 称开放模型将赢得企业市场。");
  assert.ok(
    reasons.some((r) => /someone else \(.*okafor/.test(r)),
    reasons.join("; ") || "published",
  );
});

test("a speaker named later by surname alone still speaks: her words given to another are refused", () => {
  const reasons = refused("Daniel Reyes 称 Tallis 将发布开放模型。");
  assert.ok(
    reasons.some((r) => /someone else \(okafor\)/.test(r)),
    reasons.join("; ") || "published",
  );
});

test("a translated quote no sentence of the English article says is refused", () => {
  const reasons = refused("Mira Okafor 称：“开源模型将取代所有云服务”。");
  assert.ok(
    reasons.some((r) => /no sentence of the article says anything like/.test(r)),
    reasons.join("; ") || "published",
  );
});

test("a quote translated and given to its own speaker is kept, quoted or not", () => {
  for (const claim of [
    "Mira Okafor 称开放模型将赢得企业市场。",
    "Mira Okafor 称：“开放模型将赢得企业市场”。",
    "Daniel Reyes 称公司已与两家云厂商签署协议。",
    "Mira Okafor 称 Tallis 将发布开放模型。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
