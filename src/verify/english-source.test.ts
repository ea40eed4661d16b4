import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { nameStretches } from "./name-forms.ts";

// An English article of our own, and the Chinese entry sentences a model writes from it.
const ARTICLE = `Lumina today released Nova Max 2, its most capable model. Nova Max 2 scores 80.9% on CodeBench Verified, up from 77.2% for Nova Lite 2.
The model costs $5 per million input tokens and $25 per million output tokens, a 67% price cut from Nova Max 1.
In internal tests, it used 48% fewer tokens than Nova Lite 2 to reach the same score.
The company raised $13 billion at a $183 billion valuation in September. Its accuracy on MathArena rose from 61% to 70%.
Nova Max 2 ships on September 15, 2026 in the API, with a 200K context window, and can output up to 64K tokens.`;

const check = (() => {
  const index = indexArticle({
    title: "Lumina releases Nova Max 2",
    publisher: "测试号",
    links: [],
    text: ARTICLE,
  });
  return (claim: string) => {
    const facts = checkTextFacts(claim, index);
    assert.ok(facts.length > 0, `no claim read in "${claim}"`);
    return facts.every((f) => f.supported);
  };
})();

test("an English change in points, named new value first ('up from') or from … to", () => {
  assert.ok(check("Nova Max 2 的 CodeBench Verified 得分比 Nova Lite 2 高 3.7 个百分点。"));
  assert.ok(
    !check("Nova Max 2 的 CodeBench Verified 得分比 Nova Lite 2 高 3.7%。"),
    "points are not percent",
  );
  assert.ok(check("MathArena 准确率提升了 9 个百分点。"));
  assert.ok(!check("MathArena 准确率下降了 9 个百分点。"));
});

test("an English change named after its figure ('a 67% price cut', '48% fewer tokens') keeps its direction", () => {
  assert.ok(check("价格较 Nova Max 1 降低 67%。"));
  assert.ok(check("token 用量减少 48%。"));
  assert.ok(!check("token 用量增加 48%。"));
  assert.ok(!check("价格较 Nova Max 1 提高 67%。"));
});

test("English dates are dates: months alone after 'in', and full dates", () => {
  assert.ok(check("Lumina 于 9 月以 1830 亿美元估值融资 130 亿美元。"));
  assert.ok(!check("Lumina 于 10 月以 1830 亿美元估值融资 130 亿美元。"));
  assert.ok(check("Nova Max 2 将于 2026 年 9 月 15 日上线 API。"));
  assert.ok(!check("Nova Max 2 将于 2026 年 9 月 16 日上线 API。"));
});

test("English prose is no name: a number after 'a' or 'up to' is a figure of its own clause", () => {
  assert.ok(check("上下文窗口 200K，最多输出 64K token。"));
  assert.ok(!check("上下文窗口 64K。"), "64K is the output length");
  assert.ok(check("每百万输入 token 价格为 5 美元。"));
  assert.ok(!check("每百万输出 token 价格为 5 美元。"));
  const keys = nameStretches("Lumina today released Nova Max 2, and can output up to 64K tokens.").map(
    (s) => s.key,
  );
  assert.ok(keys.includes("novamax2"));
  assert.ok(!keys.some((k) => /released|today|tokens|upto/.test(k)), keys.join(" "));
});

test("an English source's years, doublings and halvings: by 2026, double, cut in half", () => {
  const article = indexArticle({
    title: "Mistral raises",
    publisher: "test",
    links: [],
    text: "The team grew from 40 in 2024 to 350 people. It plans to double its compute capacity by 2026. Inference costs were cut in half. ASML will take an 11% stake.",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(ok("计划到 2026 年将算力翻倍。"));
  assert.ok(ok("2024 年团队只有 40 人。"));
  assert.ok(!ok("2025 年团队有 40 人。"));
  assert.ok(ok("推理成本减半。"));
  assert.ok(ok("ASML 将持股 11%。"));
  // "will take" is still to come (figure-plans.ts).
  assert.ok(!ok("ASML 持股 11%。"));
});

test("units written either way: 1.2 petaflops is 1.2 PFLOPS, 350 watts is 350W or 350 瓦, and neither is a name", () => {
  const article = indexArticle({
    title: "Tessellate unveils T2",
    publisher: "test",
    links: [],
    text: "The T2 card delivers 1.2 petaflops of FP8 compute and draws 350 watts.",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(ok("T2 的 FP8 算力 1.2 PFLOPS，功耗 350W。"));
  assert.ok(ok("T2 功耗 350 瓦。"));
  assert.ok(!ok("T2 功耗 450W。"));
  assert.ok(!ok("T2 的 FP8 算力 2.4 PFLOPS。"));
});

test("an English source's quarters, hyphenated scales, power draw and 'of' after a figure", () => {
  const article = indexArticle({
    title: "Tessellate unveils T2",
    publisher: "test",
    links: [],
    text: "Tessellate released Aster-2, a 70-billion-parameter model. The T2 carries 96GB of HBM3e memory, at a power draw of 350 watts, and ships to cloud customers in the first quarter of 2026.",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(ok("Aster-2 为 70B 参数模型。"));
  assert.ok(ok("Aster-2 参数量 700 亿。"));
  assert.ok(ok("T2 配 96GB HBM3e，功耗 350W。"));
  assert.ok(ok("T2 预计 2026 年一季度向云客户发货。"));
  assert.ok(!ok("T2 预计 2026 年二季度向云客户发货。"));
  assert.ok(!ok("T2 配 128GB HBM3e。"));
});
