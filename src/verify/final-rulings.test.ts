import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "判决", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /final/.test(f.reason)).length;
};

test("a ruling told as final where the article speaks of an appeal is refused", () => {
  const en =
    "A district court ruled against Quill AI on Friday. Quill AI said it would appeal, and the award is suspended until the appeal is decided.";
  assert.equal(refused(en, "该判决已成为终审判决。"), 1);
  assert.equal(refused(en, "The ruling is final."), 1);
  assert.equal(
    refused("法院一审判决平台赔偿 5 万元，平台表示将提起上诉。", "判决已生效，平台须赔偿 5 万元。"),
    1,
  );
});

test("an appeal kept, a ruling denied as final, or a final ruling the article gives, stands", () => {
  const en = "A district court ruled against Quill AI on Friday. Quill AI said it would appeal.";
  assert.equal(refused(en, "Quill AI 一审败诉，表示将上诉。"), 0);
  assert.equal(refused(en, "判决尚非终审判决。"), 0);
  assert.equal(refused(en, "The ruling is not a final ruling."), 0);
  const zh = "平台不服一审判决提起上诉，二审法院终审判决驳回上诉、维持原判。";
  assert.equal(refused(zh, "二审终审维持原判。"), 0);
  assert.equal(refused("法院判决平台赔偿 5 万元。", "判决已生效。"), 0);
});
