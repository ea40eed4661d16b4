import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findTextOrgs } from "./text-orgs.ts";

const checker = (text: string, publisher = "测试号") => {
  const article = indexArticle({ title: "星河实验室发布 Nova-3", publisher, links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

test("an organisation named in Chinese in an entry must be one the article names, any spelling", () => {
  const ok = checker("星河实验室发布 Nova-3。该工作由清华团队完成，阿里巴巴提供了算力。");
  assert.ok(!ok("该工作由清华大学与北京大学合作完成。"), "北京大学 is invented");
  assert.ok(!ok("由字节跳动团队完成。"));
  assert.ok(ok("该工作由清华大学团队完成。"), "清华 = 清华大学");
  assert.ok(ok("阿里提供了算力。"), "阿里 = 阿里巴巴");
  assert.ok(ok("Alibaba 提供了算力。"));
  // A lab under its parent's name: the article names the parent and the rest.
  const hunyuan = checker("腾讯今天发布混元大模型的新版本。");
  assert.ok(hunyuan("腾讯混元发布新版本。"));
  assert.ok(!checker("腾讯今天发布了新的游戏引擎。")("腾讯混元发布新版本。"));
});

test("Chinese spellings that are everyday words are no organisation", () => {
  assert.deepEqual(
    findTextOrgs("每个 token 约 4 个字节，像苹果和小米一样常见").map((o) => o.name),
    [],
  );
  assert.deepEqual(
    findTextOrgs("由上海人工智能实验室与中科院合作").map((o) => o.name),
    ["上海人工智能实验室", "中国科学院"],
  );
});
