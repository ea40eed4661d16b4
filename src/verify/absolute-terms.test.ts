import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a clearance with a commitment, and a test run under different conditions.
const DEAL = `The CMA cleared the deal after Google agreed to keep Parallax's software available to rival cloud providers for five years.`;
const deal = indexArticle({ title: "Parallax", publisher: "Desk", links: [], text: DEAL });
const TEST = `墨言-2 使用的是网页版默认设置，Aster-4 则通过 API 调用，两者条件并不完全一致。`;
const bench = indexArticle({ title: "横评", publisher: "测试号", links: [], text: TEST });
const FAIR = `两款模型在相同条件下测试了延迟。美国 FTC 无条件批准了这笔交易。`;
const fair = indexArticle({ title: "横评", publisher: "测试号", links: [], text: FAIR });
const refused = (claim: string, index: ReturnType<typeof indexArticle>) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /absolute/.test(f.reason));

test("an unconditional or identical the article never grants is refused", () => {
  assert.ok(refused("CMA 无条件放行了这笔交易。", deal).length > 0);
  assert.ok(refused("The CMA cleared the deal unconditionally.", deal).length > 0);
  assert.ok(refused("Both were tested under identical conditions.", bench).length > 0);
  assert.ok(refused("两者在相同条件下测试。", bench).length > 0);
});

test("the absolute the article says, or one the entry denies, stands", () => {
  for (const [claim, index] of [
    ["CMA 在谷歌作出承诺后放行交易。", deal],
    ["Conditions were not identical: the web app for one, the API for the other.", bench],
    ["两者测试条件并不完全相同。", bench],
    ["延迟在相同条件下测得。", fair],
    ["Latency was measured under the same conditions.", fair],
    ["The FTC approved the deal without conditions.", fair],
  ] as const)
    assert.deepEqual(refused(claim, index), [], claim);
});
