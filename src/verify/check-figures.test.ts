import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { NOTATION_ARTICLE } from "./testdata/notation-article.ts";

const index = indexArticle(NOTATION_ARTICLE);
const supported = (claim: string) => {
  const facts = checkTextFacts(claim, index);
  assert.ok(facts.length > 0, `no claim read in "${claim}"`);
  return facts.every((f) => f.supported);
};

test("equivalent notations are folded: quarters, months, Chinese numerals, partial dates", () => {
  assert.ok(supported("Q1 营收 30 亿美元。"));
  assert.ok(supported("11 月将发布移动端。"));
  assert.ok(supported("API 于 6 月底开放。"));
  assert.ok(!supported("API 于 6 月初开放。"));
  assert.ok(!supported("Q2 营收 30 亿美元。"));
  assert.ok(supported("5 分钟内完成部署。"));
});

test("exact conversions are accepted by value and unit", () => {
  assert.ok(supported("Nova 为 175B 参数模型。"));
  assert.ok(supported("部署只需 300 秒。"));
  assert.ok(supported("注册开发者 12000 名。"));
  assert.ok(supported("付费用户 3.5 万。"));
  assert.ok(supported("付费用户 35000 人。"));
  // A shifted digit group is not the same figure.
  assert.ok(!supported("付费用户 3500 人。"));
  assert.ok(!supported("付费用户 350000 人。"));
});

test("the same value in another unit is not support", () => {
  assert.ok(!supported("第一季度营收 30 亿元。"));
  assert.ok(!supported("准确率 82.5 倍。"));
  assert.ok(!supported("部署只需 5 小时。"));
  assert.ok(supported("准确率提升 6 个百分点。"));
});

test("idioms, reading time, captions and ad blocks are not evidence", () => {
  assert.ok(!supported("推理速度提升 1000倍。"));
  assert.ok(!supported("阅读约需 4 分钟。"));
  assert.ok(!supported("全文 3000 字。"));
  assert.ok(!supported("推理速度提升 3 倍。"));
  assert.ok(!supported("训练营立减 500 元。"));
  assert.ok(supported("NovaBench 准确率 82.5%。"));
});

/** Whether every claim of an entry text is supported by a one-paragraph article of our own. */
const checker = (title: string, text: string) => {
  const article = indexArticle({ title, publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

test("a figure is bound to what it measures: 营收 is not 估值, Q1 is not Q2", () => {
  const ok = checker(
    "芯算完成 C 轮融资",
    "芯算宣布完成 5 亿美元 C 轮融资，投后估值约 50 亿美元。\n\n公司第一季度营收 30 亿元，预计第二季度营收 33 亿元至 35 亿元。",
  );
  assert.ok(ok("芯算估值 50 亿美元，本轮融资 5 亿美元。"));
  assert.ok(!ok("芯算完成 50 亿美元融资。"));
  assert.ok(ok("Q1 营收 30 亿元，Q2 指引 33–35 亿元。"));
  assert.ok(!ok("Q1 营收 33 亿元。"));
});

test("a change keeps its direction", () => {
  const ok = checker("准确率提升", "经过两轮训练，准确率从 75% 提升至 82%。");
  assert.ok(ok("准确率由 75% 升到 82%。"));
  assert.ok(!ok("准确率从 82% 降到 75%。"));
});

test("an English article's change keeps its direction for a Chinese entry", () => {
  const ok = checker(
    "Nova ships",
    "The new model cuts latency by 40% and raises accuracy to 91%. Revenue fell to $3 billion, while users grew 25%.",
  );
  assert.ok(ok("延迟降低 40%，准确率提升至 91%。"));
  assert.ok(ok("营收降至 30 亿美元，用户增长 25%。"));
  assert.ok(!ok("延迟增加 40%。"), "cuts is no rise");
  assert.ok(!ok("准确率降至 91%。"), "raises is no fall");
  assert.ok(!ok("用户减少 25%。"));
  // Without a verb the figure has no direction: "more than", "up to" are bounds, not changes.
  const bounds = checker("Nova ships", "It serves more than 300 customers with up to 40% savings on tokens.");
  assert.ok(bounds("Nova 服务超过 300 家客户。"));
});

test("in English prose a later figure's benchmark is not an earlier figure's (a number after 'and' is no version)", () => {
  const ok = checker("Nova ships", "Nova scores 71.2 on GPQA and 65.0 on GPQA Diamond, and 80.1 on AIME.");
  assert.ok(ok("Nova 在 GPQA 上得分 71.2。"));
  assert.ok(ok("Nova 在 GPQA Diamond 上得分 65.0。"));
  assert.ok(!ok("Nova 在 GPQA Diamond 上得分 71.2。"), "71.2 is GPQA's, 65.0 GPQA Diamond's");
  assert.ok(!ok("Nova 在 AIME 上得分 71.2。"));
  // A number right after a name is still the name's version: "Llama 3" bears no figure.
  const named = checker("Nova ships", "Nova beats Llama 3 with 71.2 on GPQA.");
  assert.ok(named("Nova 在 GPQA 上得分 71.2，超过 Llama 3。"));
});

test("a phone number is read whole: it is no figure, and the article's phone supports no figure", () => {
  const ok = checker("客服上线", "客服热线 1-800-CHAT-GPT 已开通，首包延迟 10.8s。");
  assert.ok(ok("拨打 1-800-CHAT-GPT 即可咨询，首包延迟 10.8 秒。"));
  assert.ok(!ok("用户达 800 万。"));
  assert.ok(!ok("拨打 1-800-CHAT-GPU 咨询。"));
});

test("an approximate figure coarser than the article's may round; fractions read both ways", () => {
  const ok = checker("延迟下降", "首 token 延迟降低 29.6%，部署成本只有原方案的十分之一，星标 12,345。");
  assert.ok(ok("延迟降低近 30%。"));
  assert.ok(ok("星标超 1.2 万。"));
  assert.ok(!ok("延迟降低 30%。"));
  assert.ok(!ok("延迟降低近 32%。"));
  assert.ok(ok("星标约 12,300。"));
  assert.ok(!ok("星标约 13,000。"));
  assert.ok(ok("成本降到原方案的 1/10。"));
});

test("a count needs the same counted noun, a year a year, a fraction its roles", () => {
  const ok = checker(
    "剪枝评测",
    "NeurIPS 2024 的一篇论文把方法接入了 6 种主流剪枝方法，覆盖 3 个视频理解基准。会议从 2021 年起要求提交检查清单。成本只有原来的十分之一。",
  );
  assert.ok(ok("接入六种剪枝方法，在 3 个视频基准上验证。"));
  assert.ok(!ok("在 6 个视频理解基准上验证。"));
  assert.ok(ok("会议自 2021 年起要求检查清单。"));
  assert.ok(!ok("会议自 2024 年起要求检查清单。"));
  assert.ok(ok("成本降到 1/10。"));
  assert.ok(!ok("成本降到 10/10。"));
});

test("figures the article states without writing them: a change in points, what remains after a cut, sizes", () => {
  const ok = checker(
    "星河发布 Nova",
    "星河团队发布 Nova。在基准 Nova-Proof 上，证明题通过率从 31% 提升至 48%。推理成本降低了 40%。Nova 有 9B 参数。模型可在 512MB 内存的设备上运行。存储需求为 1.5TB。显存占用降至原来的 30%。",
  );
  assert.ok(ok("通过率提升了 17 个百分点。"));
  assert.ok(!ok("通过率提升了 16 个百分点。"));
  assert.ok(!ok("通过率提升了 17%。"), "a relative 17% is not 17 points");
  assert.ok(ok("推理成本降至原来的 60%。"));
  assert.ok(ok("推理成本降低 40%。"));
  assert.ok(!ok("推理成本降低了 60%。"), "a cut of 60% is not what remains");
  assert.ok(!ok("推理成本为原来的 40%。"));
  assert.ok(ok("显存占用降低了 70%。"));
  assert.ok(!ok("显存占用降低了 30%。"), "降至 30% is not a cut of 30%");
  // A level something fell to is no share of the original: no complement either way.
  const level = checker("星河季报", "新版本的错误率降至 4%，延迟降低了 40%。");
  assert.ok(level("错误率降到 4%。"));
  assert.ok(!level("错误率降低了 96%。"), "fell to 4% is not a cut of 96%");
  assert.ok(!level("错误率降低了 4%。"), "nor a cut of 4%");
  assert.ok(!level("延迟降至 60%。"), "a cut of 40% says nothing of the level it reached");
  assert.ok(level("延迟降至原来的 60%。"));
  // The same for a rise: "提升至 48%" is a level, "提升了 48%" a change by 48%.
  const rise = checker("星河季报", "新版本的准确率提升至 48%，营收同比增长 40%。");
  assert.ok(rise("准确率提高到 48%。"));
  assert.ok(!rise("准确率提升了 48%。"), "raised to 48% is not raised by 48%");
  assert.ok(rise("营收同比增加了 40%。"));
  assert.ok(!rise("营收同比增长至 40%。"), "grew by 40% is not grew to 40%");
  assert.ok(ok("Nova 有 90 亿个参数。"), "a classifier before 参数");
  assert.ok(!ok("Nova 有 80 亿个参数。"));
  assert.ok(ok("可在 0.5GB 内存的设备上运行。"), "binary multiples");
  assert.ok(!ok("可在 0.6GB 内存的设备上运行。"));
  assert.ok(ok("存储需求为 1500GB。"), "decimal multiples");
});

test("a model name spaced or hyphenated otherwise is the same name; a different version or variant is not", () => {
  const ok = checker(
    "云岫发布 Lumen3-Max",
    "云岫团队发布 Lumen3-Max，并开源 Lumen3-VL-72B-A8B。Orbit Pro 2.5 的得分为 80.9，Lumen-4o 的得分为 70.1。图片见 https://img.example.com/lumen-o-45-cover/1.png",
  );
  assert.ok(ok("云岫发布了 Lumen 3 Max。"));
  assert.ok(ok("云岫发布了 Lumen3 Max。"));
  assert.ok(!ok("云岫发布了 Lumen 4 Max。"));
  assert.ok(!ok("云岫发布了 Lumen3.5 Max。"));
  assert.ok(ok("Lumen3-VL-72B 开源。"));
  assert.ok(!ok("Lumen3-72B 开源。"), "not a contiguous stretch of the name: another model");
  assert.ok(ok("Orbit-Pro-2.5 得分 80.9。"));
  assert.ok(!ok("Orbit Pro 2.1 得分 80.9。"));
  assert.ok(!ok("Orbit-Pro-2.5 得分 70.1。"), "70.1 is Lumen-4o's");
  assert.ok(ok("Lumen 4o 得分 70.1。"));
  assert.ok(!ok("Lumen o 45 得分 70.1。"), "a link's path is no name");
});

test("a fraction as a percentage, and a lower bound within its band", () => {
  const ok = checker(
    "星河年报",
    "约三分之一的用户来自海外，四分之三的收入来自企业。团队共有 120 多名研究员。付费率为 35%。",
  );
  assert.ok(ok("约 33% 的用户来自海外。"));
  assert.ok(ok("75% 的收入来自企业。"));
  assert.ok(!ok("约 40% 的用户来自海外。"));
  assert.ok(ok("团队有超过 100 名研究员。"));
  assert.ok(!ok("团队有超过 200 名研究员。"), "120 is not above 200");
  assert.ok(!ok("团队有超过 10 名研究员。"), "a bound far below the figure misleads");
  assert.ok(ok("付费率超过 30%。"));
  assert.ok(!ok("付费率为 30%。"), "without the bound it is another figure");
});

test("a change keeps its direction: a rise is not supported by a fall of the same size", () => {
  const ok = checker(
    "星河发布 Nova",
    "与上一代相比，Nova 的推理延迟下降了 30%，准确率提升了 5 个百分点。Nova 在 MMLU 上比 GPT-4o 低 2 分。通过率从 31% 提升至 48%。",
  );
  assert.ok(ok("推理延迟降低 30%。"));
  assert.ok(!ok("推理延迟增加了 30%。"));
  assert.ok(!ok("准确率下降了 5 个百分点。"));
  assert.ok(ok("准确率提高 5 个百分点。"));
  assert.ok(!ok("Nova 在 MMLU 上比 GPT-4o 高 2 分。"));
  assert.ok(ok("Nova 在 MMLU 上落后 GPT-4o 2 分。"));
  assert.ok(!ok("通过率下降了 17 个百分点。"), "a worked-out change keeps its direction too");
});

test("firsts, superlatives, onlys and records need the same claim in the article", () => {
  const ok = checker(
    "星河发布 Nova",
    "星河发布国内首个开源的千亿级推理模型 Nova，推理速度是同类模型中最快的。Nova 在 MMLU 上刷新了开源模型的 SOTA。",
  );
  assert.ok(ok("Nova 是国内首个开源的千亿级推理模型。"));
  assert.ok(ok("Nova 是首个开源的千亿级推理模型。"), "the first without its reach is still the article's");
  assert.ok(!ok("Nova 是全球首个开源的千亿级推理模型。"), "国内 is not 全球");
  assert.ok(ok("Nova 在同类模型中推理速度最快。"));
  assert.ok(!ok("Nova 的推理速度最快。"), "the article's 最快 is within 同类 models");
  assert.ok(!ok("Nova 是最强的开源模型。"), "最快 is not 最强");
  assert.ok(ok("Nova 刷新 SOTA。"));
  assert.ok(!ok("Nova 是唯一开源的千亿级模型。"));
  const plain = checker("星河发布 Nova", "星河今天发布了推理模型 Nova，支持 128K 上下文。");
  assert.ok(!plain("Nova 是业界首款推理模型。"));
  assert.ok(!plain("Nova 登顶开源榜单。"));
  assert.ok(plain("Nova 最长支持 128K 上下文。"), "a bound of a figure is checked as the figure");
  assert.ok(plain("星河最新发布了 Nova。"), "最新 is news, not a superlative");
});

test("a figure given to a sibling of its name is not supported; a spaced name as its subject is", () => {
  const ok = checker(
    "澜图发布 Lumen-3 系列",
    "在 SWE-bench Verified 上，Lumen-3-Flash 得分 58.2，Lumen-3-Pro 得分 71.4。在 MMLU-Pro 上得分 83.5，在 MMLU 上得分 91.0。Lumen-3-Pro 在 AIME 上得分 88.0，在 HMMT 上得分 74.0。",
  );
  // The earlier name of the sentence is another variant's: it does not lend itself to the later figure.
  assert.ok(!ok("Lumen-3-Flash 在 SWE-bench Verified 上得分 71.4。"));
  assert.ok(!ok("Lumen-3-Pro 在 SWE-bench Verified 上得分 58.2。"));
  assert.ok(!ok("在 MMLU-Pro 上得分 91.0。"));
  assert.ok(!ok("MMLU Pro 得分 91.0。"), "a spaced name is the hyphenated one");
  // True claims, spaced or hyphenated otherwise, stay supported; the sentence's subject still counts.
  assert.ok(ok("Lumen 3 Pro 在 SWE-bench Verified 上得分 71.4。"));
  assert.ok(ok("Lumen-3-Flash 在 SWE-bench Verified 上得分 58.2。"));
  assert.ok(ok("MMLU Pro 得分 83.5，MMLU 得分 91.0。"));
  assert.ok(ok("Lumen-3-Pro 在 HMMT 上得分 74.0。"));
});

test("超过 is more than the value, 至少 may be it; a cost is a measure of its own", () => {
  const ok = checker(
    "报告",
    "参与调查的企业为 100 家，开发者有 300 多名，用户超过 50 万，合作伙伴至少 20 家。新芯片推理成本降低 25%，功耗降低 10%。",
  );
  assert.ok(!ok("超过 100 家企业参与调查。"), "exactly 100 is not more than 100");
  assert.ok(ok("至少 100 家企业参与调查。"));
  assert.ok(ok("超过 300 名开发者。"), "300 多名 is more than 300");
  assert.ok(ok("用户逾 50 万。"));
  assert.ok(!ok("超过 20 家合作伙伴。"), "至少 20 is not more than 20");
  assert.ok(ok("推理成本降低 25%。"));
  assert.ok(!ok("成本降低 10%。"), "10% is the power draw's");
});

test("where a claim says a figure was measured (在 X 上), the article must say so around that figure", () => {
  const ok = checker(
    "OpenClaw 走红",
    "有开发者用 OpenClaw 在 Polymarket 上自动套利。过去两个月，项目在 GitHub 上累计获得约 10 万星标。它还能接入 Telegram。",
  );
  assert.ok(!ok("项目在 Polymarket 上累计获得约 10 万星标。"), "Polymarket is named, but not for the stars");
  assert.ok(!ok("项目在 Telegram 上累计获得约 10 万星标。"));
  assert.ok(ok("项目在 GitHub 上累计获得约 10 万星标。"));
  assert.ok(ok("项目两个月累计获得约 10 万星标。"));
});
