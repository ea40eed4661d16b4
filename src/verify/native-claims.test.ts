import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: one length native, one reached by extrapolation, in both languages.
const ARTICLE = `青檀-7B 原生上下文长度为 64K，通过位置插值技术可扩展至 256K。
The Fernwood-2 model was trained at 8K tokens and handles 200K tokens via RoPE scaling.`;
const index = indexArticle({ title: "青檀", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /not natively/.test(f.reason));

test("a length the article reaches through a means, told as native, is refused", () => {
  for (const claim of [
    "青檀-7B 原生支持 256K 上下文。",
    "Fernwood-2 natively supports 200K tokens.",
    "Fernwood-2 原生支持 20 万 token 上下文。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the native length, or the reached one with its means or without the word native, stands", () => {
  for (const claim of [
    "青檀-7B 原生上下文 64K，插值后可达 256K。",
    "青檀-7B 支持最长 256K 上下文。",
    "Fernwood-2 was trained natively at 8K tokens.",
    "Fernwood-2 handles 200K tokens with RoPE scaling.",
    "青檀-7B 的原生窗口为 6.4 万 token。",
    "Fernwood-2 can stretch to 200K tokens.",
    "青檀-7B 上下文可扩展至 256K，原生为 64K。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
