import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "新方法", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /acceptance/.test(f.reason)).length;
};

test("a paper told as accepted where the article says it is submitted or under review is refused", () => {
  const zh = "研究者提出了新的检索方法。论文已投稿 ICLR 2027，目前仍在评审中。";
  assert.equal(refused(zh, "论文已被 ICLR 2027 接收。"), 1);
  assert.equal(refused(zh, "该工作已被 ICLR 2027 录用。"), 1);
  const en = "The paper has been submitted to NeurIPS and is under review.";
  assert.equal(refused(en, "The paper was accepted at NeurIPS."), 1);
});

test("a submission kept, or an acceptance the article gives, stands", () => {
  const zh = "研究者提出了新的检索方法。论文已投稿 ICLR 2027，目前仍在评审中。";
  assert.equal(refused(zh, "论文已投 ICLR 2027，仍在评审。"), 0);
  assert.equal(refused(zh, "论文尚未被接收。"), 0);
  assert.equal(refused("论文已被 ICLR 2027 接收，此前曾投稿 NeurIPS。", "论文已被 ICLR 2027 接收。"), 0);
  assert.equal(refused("该论文提出了新的检索方法。", "论文已被 ICLR 2027 接收。"), 0);
});
