import assert from "node:assert/strict";
import { test } from "node:test";
import { findTokens } from "./find-figures.ts";

/** Every token as "kind:raw" (figures with their unit), in order. */
function tokens(text: string): string[] {
  const t = findTokens(text);
  return [
    ...t.figures.map((f) => ({ at: f.index, s: `${f.kind}:${f.raw}${f.unit ? `/${f.unit}` : ""}` })),
    ...t.names.map((n) => ({ at: n.index, s: `name:${n.raw}` })),
    ...t.specials.map((x) => ({ at: x.index, s: `${x.kind}:${x.raw}` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.s);
}

test("durations, phone numbers, versions, dates and IDs are their own token kinds", () => {
  assert.deepEqual(tokens("首包延迟 10.8s"), ["number:10.8s/s"]);
  assert.deepEqual(tokens("热线 1-800-CHAT-GPT"), ["phone:1-800-CHAT-GPT"]);
  assert.deepEqual(tokens("致电 400-820-8820"), ["phone:400-820-8820"]);
  assert.deepEqual(tokens("升级到 v2.5，底座是 GPT-3.5-turbo"), ["version:v2.5", "name:GPT-3.5-turbo"]);
  assert.deepEqual(tokens("3.5-turbo 降价"), ["version:3.5-turbo"]);
  assert.deepEqual(tokens("2024年6月底上线，2026-02-04 开源"), ["date:2024年6月底", "date:2026-02-04"]);
  assert.deepEqual(tokens("论文见 arXiv 2401.12345"), ["id:arXiv 2401.12345"]);
  assert.deepEqual(tokens("Q1 营收"), ["date:Q1"]);
});

test("every digit group is read: malformed groupings, ranges and steps are figures too", () => {
  const f = findTokens("用户 3,5000 人").figures;
  assert.deepEqual(
    f.map((x) => [x.value, x.unit]),
    [[35000, "count"]],
  );
  assert.equal(findTokens("快 10–80 倍").figures[0]!.unit, "times");
  assert.equal(findTokens("Stage 2 训练").figures[0]!.unit, "ordinal");
  // Whatever the text, no digit is left outside a token (list markers are tokens too).
  for (const text of [
    "1. 价格 3,5000 元，v1.2.3 版，Top-5，[3] 引用，CVE-2024-1234，1,2,3 步，0x1F，12:30 开始，3/4 份额",
    "GPT-4o 与 Qwen2.5-VL-72B 在 2025 年 Q3 的 5.5 小时测试，约 1e9 次",
  ]) {
    const t = findTokens(text);
    const spans = [...t.figures, ...t.names, ...t.specials].map((x) => [x.index, x.end]);
    for (const m of text.matchAll(/\d/g))
      assert.ok(
        spans.some(([a, b]) => m.index >= a! && m.index < b!),
        `digit at ${m.index} of "${text}" is unread`,
      );
  }
});

test("units and counted nouns are read with the figure", () => {
  const one = (text: string) => {
    const [f] = findTokens(text).figures;
    return [f!.value, f!.unit];
  };
  assert.deepEqual(one("融资 5 亿美元"), [5e8, "usd"]);
  assert.deepEqual(one("售价 9.9 万元"), [99000, "cny"]);
  assert.deepEqual(one("1750 亿参数"), [1.75e11, "params"]);
  assert.deepEqual(one("2.5M 次"), one("250 万次"));
  assert.deepEqual(one("每百万 tokens 0.3 美元"), one("$0.30/百万 tokens"));
  assert.deepEqual(one("五分钟"), [300, "s"]);
  assert.deepEqual(one("1.5 小时"), [5400, "s"]);
  assert.deepEqual(one("提升 1000倍"), [1000, "times"]);
  assert.deepEqual(one("十一月上线").slice(1), [undefined]);
  assert.equal(findTokens("十一月上线").figures[0]!.date, "|11||");
});
