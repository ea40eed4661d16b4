import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { checkLeadClaim, findLeadClaims } from "./lead-investors.ts";

// A round's lead investor swapped for a firm the article names only as a follower or a backer that
// stayed out of the round.

const ARTICLE = `Quarry AI raises a Series A

Quarry AI raised $40 million in a Series A led by Harlow Peak Partners, with participation from Tidewell Capital and Ostrava Fund. Its seed backer, Marrow Ventures, did not invest in this round. Bellgrove, which led the seed round in 2024, returned as well.`;

const index = indexArticle({
  title: "Quarry AI raises a Series A",
  publisher: "Wire",
  links: [],
  text: ARTICLE,
});
const refused = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => !f.supported && /lead investor/.test(f.reason))
    .map((f) => f.value);

test("a firm the article names, but not as the lead, told as the round's lead is refused", () => {
  assert.deepEqual(refused("本轮由 Marrow Ventures 领投。"), ["Marrow Ventures"]);
  assert.deepEqual(refused("A Series A led by Tidewell Capital."), ["Tidewell Capital"]);
  assert.deepEqual(refused("Harlow Peak Partners 与 Ostrava Fund 联合领投。"), ["Ostrava Fund"]);
});

test("the lead kept, a lead told in another clause, or a firm the article never names: no verdict", () => {
  assert.deepEqual(refused("本轮由 Harlow Peak Partners 领投，Tidewell Capital 参投。"), []);
  assert.deepEqual(refused("a Series A led by Harlow Peak Partners"), []);
  assert.deepEqual(
    refused("种子轮由 Bellgrove 领投。"),
    [],
    "the comma of 'Bellgrove, which led' does not cut",
  );
  assert.deepEqual(refused("本轮由 Norhaven Partners 领投。"), [], "not named: the name check's");
});

test("a Chinese investor that opens its clause before 领投 (no 由) is a lead claim too", () => {
  const article = "本轮由启航资本领投，华岳基金、Northgate Ventures 跟投，老股东远川资本追加投资。";
  const verdicts = (text: string) =>
    findLeadClaims(text).map((c) => [c.name, checkLeadClaim(c, article).supported]);
  assert.deepEqual(verdicts("公司完成 C 轮融资，华岳基金领投，启航资本跟投。"), [["华岳基金", false]]);
  assert.deepEqual(verdicts("公司完成 C 轮融资，启航资本领投，华岳基金跟投。"), [["启航资本", true]]);
  assert.deepEqual(verdicts("本轮启航资本和华岳基金联合领投。"), [
    ["启航资本", true],
    ["华岳基金", false],
  ]);
});
