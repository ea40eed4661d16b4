import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: a MoE model's two sizes, in both languages.
const ARTICLE = `赤霄-V3 采用 MoE 架构，总参数 6710 亿，每个 token 激活 370 亿参数。
Its smaller sibling, Chixiao-Lite, has 16B total parameters with 2.4B active per token. 平台激活用户 370 万。`;
const index = indexArticle({ title: "赤霄", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /parameters, not the/.test(f.reason));

test("a MoE size told as the other kind (active for total, or back) is refused", () => {
  for (const claim of [
    "赤霄-V3 激活参数达 6710 亿。",
    "赤霄-V3 总参数 370 亿。",
    "Chixiao-Lite activates 16B parameters per token.",
    "Chixiao-Lite has 2.4B total parameters.",
    "赤霄-V3：671B active parameters.",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("each size kept its kind, in other words or units, stands", () => {
  for (const claim of [
    "赤霄-V3 总参 671B、激活 37B。",
    "赤霄-V3 为 6710 亿参数的 MoE 模型，每 token 激活 370 亿。",
    "Chixiao-V3 has 671B total parameters and 37B active.",
    "Chixiao-Lite：160 亿总参数，激活 24 亿。",
    "Chixiao-Lite activates 2.4B of its 16B parameters per token.",
    "赤霄-V3 参数规模 6710 亿。",
    "平台激活用户 370 万。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
