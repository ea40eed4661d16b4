import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Digit figures whose subject is a Chinese noun the verifier has no term for (博士, 用户数, 推理):
// before, such a figure was supported by the same value anywhere in the article.

const checker = (text: string) => {
  const article = indexArticle({ title: "云帆科技发布 Orbit-5", publisher: "测试号", links: [], text });
  return (claim: string) => {
    const facts = checkTextFacts(claim, article);
    assert.ok(facts.length > 0, `no claim read in "${claim}"`);
    return facts.every((f) => f.supported);
  };
};

const ARTICLE = `云帆科技今天发布 Orbit-5。公司团队约 500 人，其中 30% 拥有博士学位。
新模型的推理速度提升了 45%，训练成本下降 20%。今年平台注册用户突破 200 万。
Orbit-5 以每秒约 2 次的频率刷新记忆，视频以 30 fps 输出。`;

test("a digit figure with no term needs a content word in common with the article's sentence", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("博士占比 45%。"), "45% is the speed-up, not the share of PhDs");
  assert.ok(ok("博士占比 30%。"));
  assert.ok(ok("团队中 30% 为博士。"));
  assert.ok(!ok("注册用户突破 500 万。"));
  assert.ok(ok("注册用户超过 200 万。"));
  assert.ok(ok("推理快了 45%。"), "a paraphrase keeps a word of the article's sentence");
});

test("a measure the article names only in the sentence before does not bind a figure to it", () => {
  const ok = checker(ARTICLE);
  // 45% takes 员工-less "团队约 500 人" nowhere, but the article binds it to the sentence before.
  assert.ok(!ok("其中 45% 的员工拥有博士学位。"));
  assert.ok(!ok("团队成员达到 200 万人。"));
  assert.ok(ok("训练成本下降 20%。"));
});

test("speed and price changes are measures: 提速, 降价", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("推理提速 45%。"));
  assert.ok(ok("训练降价 20%。"));
  assert.ok(!ok("推理提速 20%。"), "20% is the cost's");
  assert.ok(!ok("训练降价 45%。"), "45% is the speed's");
});

test("a count per second is a frequency: 每秒 2 次 = 2 Hz, 每秒 30 帧 = 30 fps", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("Orbit-5 每秒约刷新 2 次记忆。"));
  assert.ok(ok("视频每秒输出 30 帧。"));
  assert.ok(!ok("视频每秒输出 60 帧。"));
  assert.ok(!ok("Orbit-5 每秒约刷新 3 次记忆。"));
});

test("an English article's sentence has no Chinese words to compare: the figure is not refused for it", () => {
  const article = indexArticle({
    title: "Orbit-5 is out",
    publisher: "test",
    links: [],
    text: "Orbit-5 answers in 300 ms on average. The company raised $45 million.",
  });
  const facts = checkTextFacts("平均响应只需 300 毫秒。", article);
  assert.ok(facts.length > 0 && facts.every((f) => f.supported));
});

test("a figure that measures something of its own is not lent to a claim that names no measure", () => {
  const ok = checker(
    "Orbit-5 在 MMLU 上得分 88%，推理速度提升 45%。Orbit-5 的价格为每百万 token 2 美元，比上一代便宜 60%。",
  );
  // 45% is the speed-up; the benchmark of the sentence does not make it a score.
  assert.ok(!ok("Orbit-5 在 MMLU 上得分 45%。"));
  assert.ok(ok("Orbit-5 在 MMLU 上得分 88%。"));
  assert.ok(ok("Orbit-5 推理快了 45%。"), "the claim's words say what the article's 45% measures");
  assert.ok(ok("Orbit-5 推理速度提升 45%。"));
});
