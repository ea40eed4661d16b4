import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { articleClauses, retoldChanges } from "./retold-figures.ts";
import { verifyEntry } from "./verify-entry.ts";

// Articles of our own: a count in words, figures in digits, a second fact with the same figure.
const ZH = {
  title: "澄湖智能发布 Tern-5 推理服务",
  publisher: "测试号",
  links: [],
  text: [
    "澄湖智能今天发布了推理服务 Tern-5，面向企业客户开放。",
    "Tern-5 已接入三家云厂商，并提供两种部署方式：公有云和私有化。",
    "澄湖智能表示，Tern-5 覆盖 12 个城市的数据中心，业务遍及 13 个国家。",
    "首批签约客户有 8 家银行，2025 年营收为 3.2 亿元。",
  ].join("\n\n"),
};
const EN = {
  title: "Marlow Labs opens Tern-5",
  publisher: "test",
  links: [],
  text: "Marlow Labs opened its Tern-5 inference service on Tuesday. Tern-5 runs on three cloud providers and offers two deployment options. The service covers 12 cities, and 13 banks signed up first. Revenue reached $3.2 million in 2025.",
};

const checker = (article: typeof ZH) => {
  const index = indexArticle(article);
  return (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);
};

test("a clause retold near word for word with its count raised is refused (Chinese)", () => {
  const ok = checker(ZH);
  // A word added inside the retelling: the count's noun is no longer the article's.
  assert.ok(!ok("澄湖智能发布 Tern-5，已接入四家头部云厂商。"));
  assert.ok(!ok("澄湖智能发布 Tern-5，已接入四家 AI 云厂商。"));
  assert.ok(!ok("Tern-5 并提供三种灵活部署方式：公有云和私有化。"));
  // Near misses: the article's own count, in words or digits, with or without the added word.
  assert.ok(ok("澄湖智能发布 Tern-5，已接入三家头部云厂商。"));
  assert.ok(ok("澄湖智能发布 Tern-5，已接入 3 家 AI 云厂商。"));
  assert.ok(ok("Tern-5 并提供两种灵活部署方式：公有云和私有化。"));
  assert.ok(ok("Tern-5 覆盖 12 个城市的数据中心，业务遍及十三个国家。"));
});

test("an approximation or a multiple is no retold figure: the figure checks read those", () => {
  const article = articleClauses("首批签约客户有 8 家银行，2025 年营收为 3.2 亿元，是上年的 3 倍。");
  assert.deepEqual(retoldChanges("2025 年营收约 3 亿元。", article), []);
  assert.deepEqual(retoldChanges("首批签约客户有 10 多家银行。", article), []);
  assert.deepEqual(retoldChanges("2025 年营收为 3.2 亿元，是上年的 4 倍。", article), []);
  assert.deepEqual(
    retoldChanges("首批签约客户有 9 家银行。", article).map((n) => [n.raw, n.theirs.raw]),
    [["9", "8"]],
  );
});

test("a clause retold near word for word with a figure changed is refused (English)", () => {
  const ok = checker(EN);
  assert.ok(!ok("Tern-5 runs on four cloud providers."));
  assert.ok(!ok("Tern-5 offers three deployment options."));
  // 13 is the article's, but of banks: the retold words are about cities.
  assert.ok(!ok("The service covers 13 cities."));
  assert.ok(ok("Tern-5 runs on three cloud providers."));
  assert.ok(ok("Tern-5 runs on three cloud providers and offers two deployment options."));
  assert.ok(ok("The service covers twelve cities."));
  assert.ok(ok("Revenue reached $3.2 million in 2025."));
});

test("rows told alike are not retellings of each other; a rounding is the same figure", () => {
  const ok = checker({
    title: "潮音模型更新",
    publisher: "测试号",
    links: [],
    text: "潮音-2 的延迟为 30 毫秒，潮音-3 的延迟为 20 毫秒。2024 年营收为 10 亿元，2025 年营收为 12.34 亿元。",
  });
  assert.ok(ok("潮音-3 的延迟为 20 毫秒。"));
  assert.ok(ok("2025 年营收为 12.3 亿元。"));
  assert.ok(ok("2025 年营收为 123,400 万元。"));
  assert.ok(!ok("2025 年营收为 14 亿元。"));
});

test("another unit, a figure added beside the article's, or a value the article gives elsewhere is no change", () => {
  const ok = checker({
    title: "潮音发布 Wave-2 mini",
    publisher: "测试号",
    links: [],
    text: [
      "潮音科技发布 Wave-2 mini，首 token 延迟 0.35 秒，上下文窗口 128,000 tokens。",
      "Wave-2 mini 的定价：输入 $0.2/百万 tokens。",
      "作为对比，Wave-2 的输入价格为每百万 tokens 3 美元。",
      "Wave-2 在 MATH-500 上领先对手，输出价格从每百万 tokens 12 元降至 8 元。",
    ].join("\n"),
  });
  // A conversion: 350 毫秒 is 0.35 秒; 128K is 128,000.
  assert.ok(ok("潮音科技发布 Wave-2 mini，首 token 延迟 350 毫秒，上下文窗口 128K tokens。"));
  // Wave-2 mini's price in the words of Wave-2's sentence: the article gives 0.2 with them.
  assert.ok(ok("Wave-2 mini 的输入价格为每百万 tokens 0.2 美元。"));
  // From-to told as the new price only.
  assert.ok(ok("输出价格降至每百万 tokens 8 元。"));
  assert.ok(!ok("输出价格从每百万 tokens 12 元降至 6 元。"));
});

const entry = (summary: string, bullet: string): Entry => ({
  org: "澄湖智能",
  title: "澄湖智能发布 Tern-5 推理服务",
  summary,
  core: { bullets: [{ text: bullet }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
  tags: [],
  stars: 3,
});
const published = (e: Entry) =>
  [e.summary, ...e.core.bullets.map((b) => b.text)].join("\n").replace(/\s+/g, "");

test("another subject in front, or a word replaced, makes another statement, not a retelling", () => {
  const article = articleClauses("推理成本降低了 40%，显存占用降至原来的 30%。Tern-5 已接入三家云厂商。");
  assert.deepEqual(retoldChanges("推理成本降至原来的 60%。", article), []);
  assert.deepEqual(retoldChanges("显存占用降低了 70%。", article), []);
  // The article's own head, or a connective, in front is still the retelling.
  assert.equal(retoldChanges("Tern-5 并已接入四家云厂商。", article).length, 1);
});

test("an appended retelling with its count raised is not published (clause or sentence)", () => {
  const told = [
    ["，并接入四家头部云厂商", "四家头部"],
    ["。Tern-5 已接入四家 AI 云厂商", "四家AI"],
  ];
  for (const [tail, value] of told) {
    const result = verifyEntry(
      entry(`澄湖智能发布推理服务 Tern-5${tail}。`, `Tern-5 面向企业客户开放${tail}。`),
      ZH,
      { policy: "drop" },
    );
    assert.ok(!published(result.entry).includes(value!), published(result.entry));
    assert.ok(published(result.entry).includes("面向企业客户开放"), "the true clause stays");
  }
  const kept = verifyEntry(
    entry("澄湖智能发布推理服务 Tern-5，并接入三家头部云厂商。", "Tern-5 已接入 3 家云厂商。"),
    ZH,
    { policy: "drop" },
  );
  assert.ok(kept.claims.every((c) => c.status === "supported" || c.kind === "name"));
  assert.ok(published(kept.entry).includes("三家头部云厂商"));
});
