import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { verifyEntry } from "./verify-entry.ts";

// A fiscal year's periods as an English entry writes them for a Chinese article: FY2026, "its
// FY2026 third quarter", "fiscal Q3 2026", H1 — a period, not a name the article must spell.
const article = {
  title: "岚川微电子公布 2026 财年第三季度财报",
  publisher: "测试号",
  links: [],
  text:
    "岚川微电子今天公布了 2026 财年第三季度财报，营收 12.4 亿元。公司的财年从每年 2 月开始，" +
    "因此 2026 财年第三季度对应 2025 年 8 月至 10 月。公司预计新工厂明年上半年投产。",
};
const entry = (text: string): Entry => ({
  org: "岚川微电子",
  title: "岚川微电子三季度财报",
  stars: 4,
  tags: ["AI"],
  summary: "岚川微电子公布财报。",
  core: { bullets: [{ text }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
const lost = (text: string) =>
  verifyEntry(entry(text), article)
    .claims.filter((c) => c.where.startsWith("core") && c.status !== "supported")
    .map((c) => c.value);

test("a fiscal year and its quarter, written the English way, are the article's", () => {
  assert.deepEqual(lost("Its FY2026 third quarter covers August to October 2025."), []);
  assert.deepEqual(lost("Revenue for fiscal Q3 2026 was RMB 1.24 billion."), []);
  assert.deepEqual(lost("The new fab starts production in H1 next year."), []);
});

test("a fiscal year the article does not give is refused", () => {
  assert.deepEqual(lost("Its FY2027 third quarter covers August to October 2025."), ["FY2027 third quarter"]);
});
