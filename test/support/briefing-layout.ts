/** Reads a briefing's Markdown back into entries and checks each against the sample layout. */
import assert from "node:assert/strict";

export interface MarkdownEntry {
  title: string;
  org: string;
  text: string;
}

/** The `### N. [org] title` blocks of the 今日情报 section, in order. */
export function readEntries(markdown: string): MarkdownEntry[] {
  const body = markdown.split(/^## 📋 /m)[0] ?? "";
  return body
    .split(/^(?=### \d+\. )/m)
    .slice(1)
    .map((text) => {
      const m = text.match(/^### \d+\. \[([^\]\n]*)\] (.+)$/m);
      assert.ok(m, `entry heading in the sample form: ${text.slice(0, 80)}`);
      return { org: m[1]!, title: m[2]!, text };
    });
}

/** The four fixed sections, in the sample's order. */
export const SECTIONS = [
  "#### 🔹 核心技术/实现逻辑",
  "#### 📊 实验数据/关键结论",
  "#### 💡 独家洞察/局限性",
  "#### 🔗 相关资源",
];

/** One entry as the sample lays it out: meta lines, one-line summary, the four sections, a rule. */
export function assertSampleLayout(entry: MarkdownEntry): void {
  const lines = entry.text.split("\n");
  assert.match(lines[1] ?? "", /^\*\*来源\*\*: .+ \| \*\*时间\*\*: 2026-02-0\d \d\d:\d\d$/, entry.title);
  assert.match(lines[2] ?? "", /^\*\*价值\*\*: (🌟){1,5} \*\*标签\*\*: (\[[^\]]+\] ?)+$/, entry.title);
  assert.match(lines[3] ?? "", /^\*\*链接\*\*: https?:\/\/\S+$/, entry.title);
  assert.match(entry.text, /^> 🎯 \*\*一句话摘要\*\*：.+$/m, entry.title);
  let at = 0;
  for (const heading of SECTIONS) {
    const next = entry.text.indexOf(`\n${heading}\n`, at);
    assert.ok(next > at, `${entry.title}: ${heading} in order`);
    at = next;
  }
  assert.match(entry.text.trimEnd(), /\n---$/, `${entry.title} ends with a rule`);
}

/** The coverage footer (from 📋 覆盖情况 to the end). */
export function readFooter(markdown: string): string {
  const at = markdown.indexOf("## 📋 覆盖情况");
  assert.ok(at > 0, "the briefing has a coverage footer");
  return markdown.slice(at);
}
