/**
 * One hostile article, written for these tests: its title, summary, bullets, org, tags, source name,
 * resources, related coverage and the day's footer carry every platform's link, mention, colour,
 * heading and HTML tricks, and its own link is `javascript:`. Next to it, one ordinary entry whose
 * URLs are the only ones any output may turn into links.
 */
import type { Briefing, BriefingItem } from "../../src/model/index.ts";
import { problemFromText } from "../../src/model/problem.ts";

/** Every trick at once, on one line (a title has no line breaks; other fields do). */
export const HOSTILE_TITLE =
  '[点此领奖](https://evil.example/phish) ![图](https://evil.example/p.png) <at id=all></at> <at user_id="ou_1"></at> ' +
  "<font color='red'>红字</font> <font color=\"warning\">橙</font> <text_tag color='red'>标签</text_tag> " +
  '<link url="https://evil.example/l">链</link> @所有人 @all @everyone @here <@123456789> <@!42> <@&987> <#555> ' +
  '<!channel> <!here> <@U024BE7LH> <https://evil.example/slack|假链接> <b>粗</b> <a href="https://evil.example/a">A</a> ' +
  "<script>alert(1)</script> &lt;at id=all&gt; &amp; https://evil.example/bare www.evil.example **加粗** `代码` ~~删~~ ||剧透|| # 伪标题";

/** Fields with line breaks: a newline must not start a heading, a list or a quote. */
export const HOSTILE_SUMMARY =
  '摘要里有链接 [领奖](javascript:alert(1)) 和 <a href="javascript:alert(2)">点我</a>\n# 注入的标题\n> 注入的引用\n- 注入的列表 <@userid> @所有人';

/** The only URLs any output may make live. */
export const ALLOWED_LINKS = ["https://example.org/ok", "https://github.com/ok/repo"];

const hostile: BriefingItem = {
  entry: {
    org: "<at id=all></at>[机构](https://evil.example/org)",
    title: HOSTILE_TITLE,
    stars: 5,
    tags: ["[标签](https://evil.example/tag)", '<font color="warning">色</font>', "@all", "<!here>"],
    summary: HOSTILE_SUMMARY,
    core: {
      lead: "# 伪标题开头的导语 <font color=red>红</font>\n## 第二行",
      bullets: [
        {
          label: "**标签** [链](https://evil.example/label)",
          text: "要点 <at id=all></at> [点击](https://evil.example/bullet) <@U024BE7LH> @everyone",
          children: [{ text: "- 子项 <#555> <!channel> https://evil.example/child" }],
        },
      ],
    },
    results: { bullets: [{ text: "1. 伪有序列表 <b>粗</b> &amp; <i>斜</i>" }] },
    insights: { bullets: [{ text: "> 伪引用 ![img](https://evil.example/i.png)" }] },
    resources: [
      {
        label: "代码 [x](https://evil.example/res)",
        url: "https://github.com/ok/repo",
        title: "[点此](https://evil.example/r)",
      },
      { label: "脚本", url: "javascript:alert(3)", title: "看这里" },
      { label: "数据", url: "data:text/html,<script>alert(4)</script>" },
      { label: "文件", url: "file:///etc/passwd" },
    ],
  },
  sourceId: "hostile",
  sourceName: "源 <at id=all></at> [源链](https://evil.example/source)",
  sourceOrder: 0,
  url: "javascript:alert(document.cookie)",
  publishedAt: "2026-02-04T02:00:00Z",
  analyser: { kind: "offline", name: "offline-extractive", promptVersion: "1" },
  articleStatus: "feed-only",
  related: [
    {
      sourceName: "<at id=all></at>同源",
      title: "[同题](https://evil.example/rel)",
      url: "javascript:void(0)",
      publishedAt: "2026-02-04T03:00:00Z",
    },
  ],
};

const ordinary: BriefingItem = {
  entry: {
    org: "示例实验室",
    title: "一条普通的情报",
    stars: 4,
    tags: ["大模型"],
    summary: "普通摘要。",
    core: { bullets: [{ text: "普通要点。" }] },
    results: { bullets: [] },
    insights: { bullets: [] },
    resources: [{ label: "GitHub", url: "https://github.com/ok/repo" }],
  },
  sourceId: "ok",
  sourceName: "普通来源",
  sourceOrder: 1,
  url: "https://example.org/ok",
  publishedAt: "2026-02-04T01:00:00Z",
  analyser: { kind: "offline", name: "offline-extractive", promptVersion: "1" },
};

export function hostileBriefing(overrides: Partial<Briefing> = {}): Briefing {
  return {
    date: "2026-02-04",
    timezone: "Asia/Shanghai",
    generatedAt: "2026-02-04T23:30:00Z",
    items: [hostile, ordinary],
    coverage: [
      {
        sourceId: "hostile",
        sourceName: "订阅源 [坏源](https://evil.example/feed) <at id=all></at>",
        found: 1,
        inWindow: 1,
        analysed: 1,
        duplicates: 0,
        belowThreshold: 0,
        failed: 1,
        problems: [
          problemFromText(
            "页面读取失败：订阅源标题 [点我](https://evil.example/problem) <font color=red>红</font>",
          ),
        ],
      },
    ],
    analysers: [{ name: "offline-extractive", kind: "offline", entries: 2, fallback: 0 }],
    minStars: 1,
    notes: ["⚠️ 源 [坏源](https://evil.example/note) 连续 3 次抓取失败 <at id=all></at> @所有人"],
    ...overrides,
  };
}
