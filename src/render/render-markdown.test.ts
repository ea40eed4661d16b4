import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import type { Briefing, BriefingItem } from "../model/index.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { assertSameLines } from "./testdata/compare-lines.ts";
import { normaliseSample } from "./testdata/normalise-sample.ts";
import { sampleBriefing } from "./testdata/sample-2026-02-04.ts";

// ../shared relative to the repo root; this file is src/render/.
const samplePath = new URL("../../../shared/reference/sample-digest-2026-02-04.md", import.meta.url);
const expectedPath = new URL("./testdata/sample-2026-02-04.expected.md", import.meta.url);
const FOOTER_START = "\n## 📋 覆盖情况\n";

test("renders the reference sample exactly, up to the footer (after normalisation)", {
  skip: existsSync(samplePath) ? false : "../shared/reference not present",
}, () => {
  const rendered = renderMarkdown(sampleBriefing);
  const cut = rendered.indexOf(FOOTER_START);
  assert.ok(cut > 0, "the footer heading is present");
  const sample = normaliseSample(readFileSync(samplePath, "utf8"));
  // The invisible ZWSP before the dots of a bare host name (`CodeClash\u200b.ai`: links.ts
  // breakBareHosts, so no mail client links it) is ours, not the sample's; the golden file below
  // keeps it.
  const visible = rendered.slice(0, cut).replace(/\u200b/g, "");
  assertSameLines(visible, sample, "renderMarkdown vs normalised sample");
});

test("renders the sample briefing exactly as our golden file, footer included", () => {
  assertSameLines(renderMarkdown(sampleBriefing), readFileSync(expectedPath, "utf8"), "golden file");
});

function oneItem(
  overrides: Partial<BriefingItem> = {},
  entry: Partial<BriefingItem["entry"]> = {},
): Briefing {
  const base = sampleBriefing.items[1]!;
  return {
    ...sampleBriefing,
    items: [{ ...base, ...overrides, entry: { ...base.entry, ...entry } }],
  };
}

test("extra lines appear only when their data exists", () => {
  const plain = renderMarkdown(oneItem());
  for (const marker of ["同题报道", "后续报道", "**说明**", "⚠️"]) assert.ok(!plain.includes(marker), marker);

  const md = renderMarkdown(
    oneItem(
      {
        related: [
          {
            sourceName: "量子位",
            title: "重磅！注意力剪枝的偏置🔥🔥",
            url: "https://mp.weixin.qq.com/s/other",
            publishedAt: "2026-02-04T02:00:00Z",
          },
        ],
        followUpOf: { date: "2026-02-03", title: "剪枝方法汇总", url: "https://daybrief.dev/2026-02-03" },
        analyser: {
          kind: "offline",
          name: "offline-extractive",
          promptVersion: "1",
          fallback: true,
          fallbackReason: "超时",
        },
        articleStatus: "feed-only",
      },
      {
        results: {
          bullets: [
            {
              label: "兼容性验证",
              text: "集成到 6 种剪枝方法",
              flagged: true,
              children: [{ text: "FastV", flagged: true }],
            },
          ],
        },
      },
    ),
  );
  const lines = md.split("\n");
  const link = lines.findIndex((l) => l.startsWith("**链接**"));
  assert.deepEqual(lines.slice(link + 1, link + 5), [
    "**同题报道**: 量子位 | 2026-02-04 10:00 | [注意力剪枝的偏置](https://mp.weixin.qq.com/s/other)",
    "**后续报道**: 接续 2026-02-03 [剪枝方法汇总](https://daybrief.dev/2026-02-03)",
    "**说明**: LLM 分析失败，本条由离线分析生成（超时）",
    "**说明**: 仅摘要：未能读取原文全文，本条依据订阅源摘要",
  ]);
  assert.ok(lines.includes("- ⚠️ **兼容性验证**：集成到 6 种剪枝方法"));
  assert.ok(lines.includes("  - ⚠️ FastV"));
});

test("untrusted strings cannot change the document's structure; Chinese text is unchanged", () => {
  const md = renderMarkdown(
    oneItem(
      { sourceName: "机器\n之心", url: "javascript:alert(1)" },
      {
        org: "Evil] [x",
        title: "# 标题\n第二行 <script>alert(1)</script> ##",
        tags: ["a]b"],
        summary: "摘要\n\n# 不是标题",
        core: {
          lead: "# 引言",
          bullets: [{ text: "> 引用" }, { text: "1. 编号" }, { label: "**粗**", text: "x" }],
        },
        resources: [{ label: "论文", url: "https://x.dev/a(b)", title: "标题 [1]" }],
      },
    ),
  );
  const lines = md.split("\n");
  assert.ok(lines.includes("### 1. [Evil\\] \\[x] # 标题 第二行 \\<script>alert(1)\\</script> \\#\\#"), md);
  assert.ok(lines.includes("**来源**: 机器 之心 | **时间**: 2026-02-04 09:03"));
  assert.ok(lines.includes("**链接**: `javascript[:]alert(1)`"));
  assert.ok(lines.some((l) => l.includes("**标签**: [a\\]b]")));
  assert.ok(lines.includes("> 🎯 **一句话摘要**：摘要 # 不是标题"));
  assert.ok(lines.includes("\\# 引言"));
  assert.ok(lines.includes("- \\> 引用"));
  assert.ok(lines.includes("- 1\\. 编号"));
  assert.ok(lines.includes("- **\\*\\*粗\\*\\***：x"));
  assert.ok(lines.includes("- **论文**: https://x.dev/a%28b%29 — 标题 \\[1\\]"), md);
  // No line other than the fixed ones starts a heading.
  assert.deepEqual(
    lines.filter((l) => /^#{1,3} /.test(l)),
    [
      "# AI 每日情报 | 2026-02-04",
      "## 📊 今日情报",
      lines.find((l) => l.startsWith("### 1.")),
      "## 📋 覆盖情况",
    ],
  );
});

test("empty sections read 原文未提供; a lead without bullets stands alone", () => {
  const md = renderMarkdown(
    oneItem({}, { core: { bullets: [] }, results: { lead: "文中未提供数据。", bullets: [] }, resources: [] }),
  );
  const at = (heading: string) => {
    const lines = md.split("\n");
    const i = lines.indexOf(heading);
    return lines.slice(i, i + 4);
  };
  assert.deepEqual(at("#### 🔹 核心技术/实现逻辑"), ["#### 🔹 核心技术/实现逻辑", "", "- 原文未提供", ""]);
  assert.deepEqual(at("#### 📊 实验数据/关键结论"), [
    "#### 📊 实验数据/关键结论",
    "",
    "文中未提供数据。",
    "",
  ]);
  assert.deepEqual(at("#### 🔗 相关资源"), ["#### 🔗 相关资源", "", "- 原文未提供", ""]);
});

test("times are shown in the briefing's timezone", () => {
  const md = renderMarkdown({ ...oneItem(), timezone: "America/New_York" });
  assert.ok(md.includes("**时间**: 2026-02-03 20:03"), md.slice(0, 400));
  assert.ok(md.includes("生成于 2026-02-04 18:30（America/New_York）"));
});

test("an empty briefing still has a header and a footer without optional parts", () => {
  const md = renderMarkdown({
    ...sampleBriefing,
    items: [],
    coverage: [],
    analysers: [],
    usage: undefined,
    verification: undefined,
    notes: [],
    minStars: 1,
  });
  assert.equal(
    md,
    [
      "# AI 每日情报 | 2026-02-04",
      "",
      "## 📊 今日情报",
      "",
      "今日没有达到收录阈值的情报。",
      "",
      "---",
      "",
      "## 📋 覆盖情况",
      "",
      "- 没有来源数据",
      "",
      "*生成于 2026-02-05 07:30（Asia/Shanghai）*",
      "",
    ].join("\n"),
  );
});

test("the footer counts fallbacks per analyser", () => {
  const md = renderMarkdown({
    ...sampleBriefing,
    analysers: [
      { name: "deepseek/deepseek-chat", kind: "llm", entries: 14, fallback: 0 },
      { name: "offline-extractive", kind: "offline", entries: 2, fallback: 2 },
    ],
  });
  assert.ok(
    md.includes(
      "**分析**：deepseek/deepseek-chat（LLM）14 条；offline-extractive（离线）2 条，其中 2 条为 LLM 失败后的离线回退",
    ),
  );
});

test("the configured title replaces the default heading", () => {
  const md = renderMarkdown({ ...sampleBriefing, title: "团队 AI 早报" });
  assert.ok(md.startsWith("# 团队 AI 早报 | 2026-02-04\n"));
  assert.ok(renderMarkdown(sampleBriefing).startsWith("# AI 每日情报 | 2026-02-04\n"));
});
