import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a Chinese note on a translation app in public test, an English note on a
// coding assistant in preview.
const ZH =
  "译川科技今天发布同传应用「声桥」。声桥目前处于公测阶段，仅向新加坡和马来西亚用户开放，正式版预计明年 5 月推出。开发者 API 需申请候补名单。";
const EN =
  "Brightmoor today released Quarry, a coding assistant for data teams, as a public preview. Quarry is free during the preview, and the company says general availability will follow in the spring. Its plugin for notebooks is already generally available.";
const refused = (claim: string, text: string) =>
  checkTextFacts(claim, indexArticle({ title: "新品", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /a beta told as generally available/.test(f.reason),
  );

test("a product the article has only in a test or preview told as generally available is refused", () => {
  for (const claim of ["声桥今日正式上线。", "译川科技发布声桥正式版。", "开发者 API 已全面开放。"])
    assert.ok(refused(claim, ZH).length > 0, claim);
  for (const claim of ["Quarry is now generally available.", "Brightmoor 的 Quarry 已正式上线。"])
    assert.ok(refused(claim, EN).length > 0, claim);
});

test("the test kept, a general release planned, or one the article says, stands", () => {
  const sentences = (t: string) => t.split(/(?<=[。.])\s*/).filter((s) => s.length > 0);
  for (const claim of [
    ...sentences(ZH),
    "声桥开启公测，正式版预计明年 5 月推出。",
    "声桥将于明年 5 月正式上线。",
    "声桥尚未正式上线。",
    "译川科技今天发布同传应用声桥。",
    "声桥仅向新加坡和马来西亚用户开放。",
  ])
    assert.deepEqual(refused(claim, ZH), [], claim);
  for (const claim of [
    ...sentences(EN),
    "Quarry is in public preview; general availability is planned for spring.",
    "Quarry's notebook plugin is generally available.",
    "Brightmoor released Quarry, a coding assistant for data teams.",
    "Quarry is free while in preview.",
  ])
    assert.deepEqual(refused(claim, EN), [], claim);
});

test("a general release the article says after its test, naming the product in another clause, stands", () => {
  assert.deepEqual(refused("Orbit 3 已正式上线。", "Orbit 3 于 3 月开启公测，4 月正式上线。"), []);
  assert.deepEqual(
    refused("Orbit 3 已全面开放。", "星岚的 Orbit 3 去年 10 月开启内测，今年 3 月全面开放。"),
    [],
  );
  assert.deepEqual(
    refused(
      "Orbit 3 is now generally available.",
      "After a two-month beta, Orbit 3 is now available to everyone.",
    ),
    [],
  );
  // Near miss: the sentence of the general release is about another app; Orbit 3 is still in beta.
  assert.ok(refused("Orbit 3 已正式上线。", "Orbit 3 开启公测。星岚的翻译应用去年已正式上线。").length > 0);
});
