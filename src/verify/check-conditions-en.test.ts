import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const TITLE = "Vireo opens its assistant to everyone";
const article = indexArticle({
  title: TITLE,
  publisher: "Fieldnotes",
  links: [],
  text: `${TITLE}\nPersonal use of the Vireo assistant is free, provided that users stay under 100 queries a day. Unless a school opts out, its students get the research tier at no cost. Vireo agents are slower when the browser is busy.`,
});
const refused = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => !f.supported)
    .map((f) => f.reason);

test("what an English article grants only under a condition, told without it, is refused", () => {
  const reasons = refused("Vireo 个人使用一律免费。");
  assert.ok(
    reasons.some((r) => /only under a condition/.test(r)),
    reasons.join("; ") || "published",
  );
});

test("the condition kept (a Chinese word of condition): kept; a 'when' that describes is no condition", () => {
  for (const claim of [
    "Vireo 个人使用免费，前提是每日用量不超过上限。",
    "只要每日用量不超过上限，Vireo 个人使用免费。",
    // "slower when the browser is busy" describes: not read as a condition.
    "Vireo 智能体速度较慢。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
