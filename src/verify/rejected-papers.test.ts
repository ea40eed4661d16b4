import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: a paper rejected, then posted as a preprint; and one rejected, then accepted.
const REJECTED = `Northwind released Tern-8B on Monday. An earlier version of the paper was rejected from Interspeech 2026; Northwind posted the revised version to arXiv last week.`;
const rejected = indexArticle({ title: "Tern-8B", publisher: "Desk", links: [], text: REJECTED });
const LATER = `论文最初被 ICML 2026 拒稿，修改后被 NeurIPS 2026 接收。`;
const later = indexArticle({ title: "论文", publisher: "测试号", links: [], text: LATER });
const refused = (claim: string, index = rejected) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /acceptance/.test(f.reason));

test("a rejected paper told as accepted is refused, in either language", () => {
  for (const claim of [
    "论文已被 Interspeech 2026 接收。",
    "The paper was accepted at Interspeech 2026.",
    "论文被 Interspeech 2026 录用。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the rejection retold, or an acceptance the article also tells, stands", () => {
  for (const claim of [
    "早期版本曾被 Interspeech 2026 拒稿，修订版已发布到 arXiv。",
    "The paper was rejected from Interspeech 2026.",
  ])
    assert.deepEqual(refused(claim), [], claim);
  for (const claim of ["论文被 ICML 拒稿后，被 NeurIPS 2026 接收。", "论文最终被 NeurIPS 2026 录用。"])
    assert.deepEqual(refused(claim, later), [], claim);
});
