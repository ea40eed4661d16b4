import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// One product released open-source, another kept closed: a denial for the closed one holds.
const index = indexArticle({
  title: "松涛智能开源 Pine-8B",
  publisher: "测试号",
  links: [],
  text: "松涛智能以 Apache 2.0 许可开源 Pine-8B。更大的 Pine-80B 目前只通过 API 提供，暂无开源计划。",
});
const qualifiers = (claim: string) =>
  checkTextFacts(claim, index)
    .filter((f) => f.kind === "qualifier")
    .map((f) => [f.value, f.supported]);

test("a denial of open-source for the product the article denies it for holds, though another is open", () => {
  assert.deepEqual(qualifiers("Pine-80B 仅提供 API，暂无开源计划。"), [["开源", true]]);
  // The open product is not closed.
  assert.deepEqual(qualifiers("Pine-8B 暂无开源计划。"), [["开源", false]]);
});

// A family released in some sizes and not in another: the size is what the denial is said of.
const sized = indexArticle({
  title: "岩峰发布 Crag 系列模型",
  publisher: "测试号",
  links: [],
  text: "岩峰科技今天开源了 Crag 系列的 3B 和 14B 两个版本，权重已上传 Hugging Face。最大的 120B 版本这次没有开源，只能通过云平台调用。",
});
const sizedQualifiers = (claim: string) =>
  checkTextFacts(claim, sized)
    .filter((f) => f.kind === "qualifier")
    .map((f) => [f.value, f.supported]);

test("a denial of open-source for a size the article keeps closed holds, though other sizes are open", () => {
  for (const claim of [
    "120B 版本未开源，只能在云平台调用。",
    "最大的 120B 没有开源。",
    "岩峰开源 3B、14B 两个尺寸，120B 暂不开源。",
    "其中 120B 不开源。",
    "The 120B version is not open-sourced.",
  ])
    assert.ok(
      sizedQualifiers(claim).every(([, ok]) => ok),
      `${claim} → ${JSON.stringify(sizedQualifiers(claim))}`,
    );
  // A size the article released is not closed; a size the article never names gives no support.
  assert.deepEqual(sizedQualifiers("14B 版本未开源。"), [["开源", false]]);
  assert.deepEqual(sizedQualifiers("3B 没有开源。"), [["开源", false]]);
  assert.deepEqual(sizedQualifiers("70B 版本未开源。"), [["开源", false]]);
});
