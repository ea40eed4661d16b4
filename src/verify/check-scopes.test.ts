import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// 可商用 against a non-commercial licence, 唯一 widened beyond a top N, rivals of 仅次于 named nowhere,
// and a support the article only plans.

const checker = (text: string) => {
  const index = indexArticle({ title: "测试文章", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);
};

test("可商用 is refused for what the article licenses non-commercially, not for the rest", () => {
  const ok = checker(
    "Today we release Finch-3. Weights are on Hugging Face under the MIT license; the 20,000-episode dataset is released under CC BY-NC 4.0, so it cannot be used commercially.",
  );
  assert.ok(!ok("数据集同样以 MIT 协议开源，可商用。"));
  assert.ok(ok("权重以 MIT 协议发布，可商用。"), "the weights are not the dataset");
  assert.ok(ok("数据集为 CC BY-NC 4.0，不可商用。"));
  const allowed = checker("青禾 AI 开源 Lark-Coder，采用 Apache 2.0 协议，允许商用。");
  assert.ok(allowed("Lark-Coder 以 Apache 2.0 开源，可商用。"));
});

test("唯一 the article holds within a top N is refused without it", () => {
  const ok = checker("月度榜单发布。Kite-3 以 1402 分登顶。蓝湾科技的 Reef-2 是前五名中唯一的开源模型。");
  assert.ok(!ok("Reef-2 是榜单中唯一的开源模型。"));
  assert.ok(ok("Reef-2 是前五名中唯一的开源模型。"));
  assert.ok(checker("Reef-2 是唯一支持离线运行的模型。")("Reef-2 是唯一支持离线运行的模型。"));
});

test("the rivals a rank is second only to must be the article's", () => {
  const ok = checker("据统计，问答助手“小鹿”11 月月活在国内 AI 原生应用中排名第三，仅次于星答和小舟。");
  assert.ok(ok("小鹿月活仅次于星答与小舟。"));
  assert.ok(!ok("小鹿月活仅次于星答与豆包。"), "豆包 is named nowhere");
});

test("已支持 where the article plans the support is refused, in Chinese or English", () => {
  const en = checker(
    "We have not yet tested Finch-3 on mobile robots; support for bimanual arms is planned for 2027.",
  );
  assert.ok(!en("Finch-3 已支持双臂机械臂。"));
  const zh = checker("Finch-3 目前支持单臂，将于明年支持双臂机械臂。");
  assert.ok(zh("Finch-3 已支持单臂。"));
});
