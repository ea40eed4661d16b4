import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const ARTICLE = "在默认设置下，推理吞吐为每秒 42 个请求；开启高精度模式后，吞吐会下降约 35%。";

const ok = (claim: string) => {
  const article = indexArticle({ title: "推理服务", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("a figure the article gives only after a switch is turned (开启…后，) needs the switch in the entry", () => {
  assert.ok(!ok("推理服务的吞吐会下降约 35%。"));
  assert.ok(ok("开启高精度模式后，吞吐下降约 35%。"));
  assert.ok(ok("高精度模式下吞吐下降约 35%。"), "the switch's words, however written");
});
