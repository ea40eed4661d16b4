import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A Chinese entry of an English article that denies an intention: the denial's words (imitate, voice)
// are met through the bilingual dictionary. Fixture of our own: a note on a voice assistant.
const EN =
  "Quillfern's phone assistant answers calls in one of four preset voices. It will not imitate a caller's voice, and it will not record calls without consent. It speaks English and Spanish.";
const refused = (claim: string) =>
  checkTextFacts(claim, indexArticle({ title: "Assistant", publisher: "Test", links: [], text: EN })).filter(
    (f) => !f.supported && /an intention the article denies/.test(f.reason),
  );

test("a Chinese entry that lets the assistant do what the English article says it will not is refused", () => {
  for (const claim of ["安全｜助手可按需模仿来电者的声音。", "它能模仿来电者声音。"])
    assert.ok(refused(claim).length > 0, claim);
});

test("the denial kept, or what the article does say, stands", () => {
  for (const claim of [
    "Quillfern's phone assistant answers calls in one of four preset voices.",
    "It will not imitate a caller's voice.",
    "安全｜助手只用四种预设声音之一，不会模仿来电者的声音。",
    "助手使用四种预设声音之一接听电话。",
    "助手拒绝模仿任何人的声音。",
    "它支持英语和西班牙语。",
    "未经同意不会录音。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
