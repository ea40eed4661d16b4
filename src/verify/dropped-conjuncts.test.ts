import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: rules whose exemptions and thresholds hold two conditions together.
const ARTICLE = `以下情形不适用本办法：仅用于科研且不向公众开放的模型；企业内部使用且用户不超过 500 人的系统。
面向公众提供服务、且月活跃用户超过 100 万的应用，须在上线前备案。平台同时支持中文和英文的模型输入。`;
const index = indexArticle({ title: "办法发布", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /drops one/.test(f.reason)).length;

test("a clause keeping one of two paired conditions on the same thing is refused", () => {
  assert.equal(refused("仅用于科研的模型不适用本办法。"), 1);
  assert.equal(refused("企业内部使用的系统不适用本办法。"), 1);
});

test("both conditions kept, other wording, or other things stand", () => {
  for (const claim of [
    "仅用于科研且不对公众开放的模型不适用本办法。",
    "科研专用、不向公众开放的模型可豁免。",
    "企业内部使用、用户不超过 500 人的系统可豁免。",
    "月活超过 100 万的公众应用须在上线前备案。",
    "平台支持中英文输入。",
    "模型用于科研。",
  ])
    assert.equal(refused(claim), 0, claim);
});
