import assert from "node:assert/strict";
import { test } from "node:test";
import { ENTRY_LIMITS } from "./entry-limits.ts";
import { ARTICLES } from "./testdata/articles.ts";
import { buildCases } from "./testdata/cases.ts";
import { verifyEntry } from "./verify-entry.ts";

// Checking a figure compares it with every figure of the article: an entry with thousands of
// figures against an article with thousands cost claims × figures (4,000 × 4,000: 24 s). An entry
// past the limits of one entry has its extra texts refused as too long to verify, never published
// unchecked; the number of figures checked per entry is bounded, whatever the entry holds.

const star = ARTICLES.find((a) => a.id === "star")!;
const clean = buildCases().find((c) => c.id === "star/clean")!.entry;
const figures = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `指标${from + i} 得分 ${from + i + 0.5}；`).join("");
const article = { ...star, text: `${star.text}\n\n${figures(500)}` };
const tooLong = (reason: string) => reason.startsWith("too long to verify");

test("a text past the length of one text is refused whole: dropped under drop, marked under mark", () => {
  const long = `STAR 在 GenEval 上得分 0.91。${"这是一段很长的说明。".repeat(ENTRY_LIMITS.textChars / 10)}`;
  const entry = { ...clean, results: { bullets: [...clean.results.bullets, { text: long }] } };
  const dropped = verifyEntry(entry, star);
  const refusal = dropped.claims.find((c) => tooLong(c.reason));
  assert.ok(refusal, "the over-long bullet is refused");
  assert.equal(refusal.where, `results.bullets[${clean.results.bullets.length}]`);
  assert.match(refusal.reason, /characters \(at most 2000 per text\)/);
  assert.equal(refusal.status, "dropped");
  assert.equal(dropped.entry.results.bullets.length, clean.results.bullets.length, "the bullet is gone");
  const marked = verifyEntry(entry, star, { policy: "mark" });
  assert.equal(marked.entry.results.bullets.at(-1)?.flagged, true);
  // The clean entry's own claims are checked as before.
  const before = verifyEntry(clean, star).claims;
  assert.deepEqual(
    dropped.claims.filter((c) => !tooLong(c.reason)),
    before,
  );
});

test("the figures checked per entry are bounded, however many bullets carry them", () => {
  // 20 bullets of 40 figures (each bullet well under the length of one text): 800 figures, all true.
  const bullets = Array.from({ length: 20 }, (_, b) => ({ text: figures(40, b * 25) }));
  const entry = { ...clean, results: { bullets } };
  const result = verifyEntry(entry, article);
  const checked = result.claims.filter((c) => c.kind === "figure" && !tooLong(c.reason));
  // The old code checked all 1,600 (each bullet's 40 scores and the 40 numbers in its 指标N).
  assert.ok(checked.length <= ENTRY_LIMITS.entryFigures, `${checked.length} figures checked`);
  const refused = result.claims.filter((c) => tooLong(c.reason));
  assert.ok(refused.length >= 15, `${refused.length} bullets refused`);
  for (const r of refused) assert.match(r.reason, /the entry's texts pass 200 figures/);
  // The bullets checked before the limit stand (their figures are the article's).
  const kept = result.entry.results.bullets.length;
  assert.ok(kept >= 1 && kept === bullets.length - refused.length, `${kept} bullets kept`);
});

test("the characters checked per entry are bounded too (texts each under the length of one)", () => {
  const bullets = Array.from({ length: 30 }, () => ({
    text: "美团发布 STAR 框架，统一理解、生成与编辑。".repeat(60),
  }));
  const result = verifyEntry({ ...clean, results: { bullets } }, star);
  const refused = result.claims.filter((c) => tooLong(c.reason));
  assert.ok(refused.length >= 15, `${refused.length} bullets refused`);
  for (const r of refused) assert.match(r.reason, /the entry's texts pass 20000 characters/);
});

test("an evidence quote past the length of one text is not read nor published", () => {
  const bullet = {
    text: "STAR 在 GenEval 上得分 0.91。",
    evidence: `综合得分达到 0.91。${"一".repeat(2_000)}`,
  };
  const result = verifyEntry({ ...clean, results: { bullets: [bullet] } }, star);
  const evidence = result.claims.find((c) => c.kind === "evidence");
  assert.equal(evidence?.status, "unsupported");
  assert.match(evidence!.reason, /^too long to verify: 2012 characters/);
  assert.equal(result.entry.results.bullets[0]?.evidence, undefined);
  // The bullet itself is judged by its figures, as always.
  assert.equal(result.entry.results.bullets[0]?.text, bullet.text);
});
