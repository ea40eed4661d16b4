import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Denials the checks could not read before: 不 before a verb of committing or vouching (不保证,
// 不承诺) in a Chinese article, and English denials of verifying, fixing and peer review read
// through the dictionary (验证, 修复, 同行评审) for a Chinese entry.

const refusals = (article: string, title: string) => {
  const index = indexArticle({ title, publisher: "测试号", links: [], text: `${title}\n\n${article}` });
  return (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => !f.supported)
      .map((f) => f.reason)
      .filter((r) => /drops the negation/.test(r));
};

test("a Chinese article's 不保证 / 不承诺 is a denial an entry may not drop", () => {
  const flags = refusals(
    "蓝鲸平台宣布开放插件接口，但不保证第三方插件在全部旧版本客户端上兼容。团队同时承诺每月发布安全更新。",
    "蓝鲸平台开放插件接口",
  );
  assert.equal(flags("蓝鲸平台开放插件接口，并保证第三方插件在全部旧版本客户端上兼容。").length, 1);
  assert.deepEqual(flags("蓝鲸平台开放插件接口，但不保证第三方插件在全部旧版本客户端上兼容。"), []);
  assert.deepEqual(flags("团队承诺每月发布安全更新。"), [], "what the article says plainly");
});

test("an English denial of verifying or of peer review read for a Chinese entry", () => {
  const flags = refusals(
    "Kestrel Labs said it has shipped a patch for the sandbox escape. The auditor Brightwall has not verified the patch. The accompanying preprint has not been peer reviewed.",
    "Kestrel ships a sandbox patch",
  );
  assert.equal(flags("Brightwall 已验证该修复。").length, 1);
  assert.equal(flags("预印本已通过同行评审。").length, 1);
  assert.deepEqual(flags("Brightwall 尚未验证该修复。"), []);
  assert.deepEqual(flags("预印本尚未经过同行评审。"), []);
  assert.deepEqual(flags("Kestrel Labs 已发布修复。"), [], "the article says it plainly");
});
