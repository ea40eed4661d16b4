/**
 * Tool results as compact text for a model's context: one line per item, ids as [#id] so a later
 * call (get_entry, story_timeline) can follow, article URLs always, and every claim that did not
 * pass verification said to be unverified (未核实).
 */

import type { Briefing } from "../../model/briefing.ts";
import { formatResourceLine } from "../../model/briefing-wording.ts";
import { defangUrl } from "../../model/defang.ts";
import { publishableUrl } from "../../model/links.ts";
import type {
  EntryDetail,
  EntryRef,
  PeriodComparison,
  SearchResult,
  SourceReport,
  StoryTimeline,
  TrendsReport,
} from "../../queries/index.ts";
import { entryIdOf } from "../../queries/index.ts";

const stars = (n: number) => "★".repeat(Math.max(1, Math.min(5, n)));
const oneLine = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const idOf = (id: string | undefined) => (id ? `[#${id}]` : "[#?]");
/** An article's URL as the outputs show it: one that may not be a link defanged (hxxp://10[.]0[.]0[.]5/x). */
const shownUrl = (url: string) => publishableUrl(url) ?? defangUrl(url);

export function formatRef(ref: EntryRef): string {
  return `${idOf(ref.id)} ${ref.date} ${stars(ref.stars)} ${ref.org} — ${oneLine(ref.title, 90)} ${shownUrl(ref.url)}`;
}

export function formatSearch(result: SearchResult, offset: number): string {
  if (result.terms.length === 0) return "查询里没有可搜索的字词 (nothing searchable in the query)";
  if (result.hits.length === 0) return `没有匹配 (no matches for ${result.terms.join(" ")})`;
  const total = result.capped ? `${result.total}+` : String(result.total);
  const lines = [`${total} 篇匹配 (matches); ${offset + 1}–${offset + result.hits.length}:`];
  for (const hit of result.hits) {
    const title = hit.title.map((p) => p.text).join("");
    const e = hit.entry;
    const head = e
      ? `${idOf(entryIdOf(hit.articleId))} ${hit.date} ${stars(e.stars)} ${e.org} — ${oneLine(title, 90)}`
      : `${idOf(entryIdOf(hit.articleId))} ${hit.date} (文章，无条目 article only) — ${oneLine(title, 90)}`;
    lines.push(head, `  ${shownUrl(hit.url)}`);
    const snippet = hit.snippet.map((p) => p.text).join("");
    if (snippet) lines.push(`  ${oneLine(snippet, 140)}`);
  }
  return lines.join("\n");
}

export function formatBriefing(briefing: Briefing, detail: "titles" | "summaries"): string {
  const v = briefing.verification;
  const lines = [
    `${briefing.title ?? "AI 每日情报"} ${briefing.date}: ${briefing.items.length} 条 (entries)` +
      (v ? `; 核验 (verification): ${v.supported}/${v.checked} 有据, ${v.dropped} 删, ${v.marked} 标` : ""),
  ];
  for (const item of briefing.items) {
    const id = item.articleId === undefined ? undefined : entryIdOf(item.articleId);
    lines.push(
      `${idOf(id)} ${stars(item.entry.stars)} ${item.entry.org} — ${oneLine(item.entry.title, 90)} ${shownUrl(item.url)}`,
    );
    if (detail === "summaries") lines.push(`  ${oneLine(item.entry.summary, 200)}`);
    const unverified = (item.verification?.marked ?? 0) + (item.verification?.dropped ?? 0);
    if (detail === "summaries" && unverified > 0)
      lines.push(
        `  ⚠ ${unverified} 处说法未核实 (claims unverified: ${item.verification?.marked ?? 0} marked, ${item.verification?.dropped ?? 0} dropped)`,
      );
  }
  return lines.join("\n");
}

export function formatEntry(detail: EntryDetail): string {
  const { entry, article, verification: v } = detail;
  const lines = [
    `${idOf(detail.id)} ${detail.date} ${stars(entry.stars)} ${entry.org} — ${entry.title}`,
    `来源 (source): ${article.sourceName ?? article.sourceId} ${shownUrl(article.url)}`,
    `标签 (tags): ${entry.tags.join(", ") || "-"}; 分析 (analyser): ${detail.analyser.name}${detail.published ? "" : "; 未收入日报 (not published)"}`,
    `摘要 (summary): ${entry.summary}`,
  ];
  for (const [name, section] of [
    ["核心 (core)", entry.core],
    ["结果 (results)", entry.results],
    ["洞察 (insights)", entry.insights],
  ] as const) {
    const bullets = section.bullets.map(
      (b) => `${b.label ? `${b.label}：` : ""}${b.text}${b.flagged ? " ⚠未核实" : ""}`,
    );
    if (section.lead || bullets.length)
      lines.push(`${name}: ${[section.lead, ...bullets].filter(Boolean).join(" | ")}`);
  }
  for (const r of entry.resources)
    lines.push(`资源 (resource): ${formatResourceLine({ ...r, url: shownUrl(r.url) })}`);
  lines.push(
    `核验 (verification): ${v.counts.supported}/${v.counts.checked} 有据 (supported), ${v.counts.dropped} 删 (dropped), ${v.counts.marked} 标 (marked)${v.withheld ? "; 已撤下 (withheld)" : ""}`,
  );
  for (const c of v.claims) {
    const ok = c.claim.status === "supported";
    const mark = ok ? "✓" : "✗ 未核实 (unverified)";
    const why = ok
      ? c.evidence
        ? `证据 (evidence): 「${oneLine(c.evidence, 140)}」`
        : ""
      : `${c.claim.status}: ${oneLine(c.why ?? c.claim.reason, 120)}`;
    lines.push(`  ${mark} ${c.claim.kind} "${oneLine(c.claim.value, 60)}" ${why}`.trimEnd());
  }
  if (detail.story.related.length)
    lines.push(
      `同题报道 (same story): ${detail.story.related.map((r) => `${r.sourceName} ${shownUrl(r.url)}`).join("; ")}`,
    );
  if (detail.story.followUpOf)
    lines.push(
      `跟进自 (follows up): ${detail.story.followUpOf.date} ${shownUrl(detail.story.followUpOf.url)}`,
    );
  for (const later of detail.story.laterFollowUps)
    lines.push(
      `后续 (later): ${idOf(later.id)} ${later.date} ${oneLine(later.title, 80)} ${shownUrl(later.url)}`,
    );
  return lines.join("\n");
}

export function formatSources(sources: SourceReport[], redact: (t: string) => string): string {
  return sources
    .map((s) => {
      const items = s.itemsPerDay.map((d) => d.items).join(",");
      const err = s.state === "failing" && s.lastError ? ` — ${oneLine(redact(s.lastError), 100)}` : "";
      return `${s.id} (${s.name}) ${s.state} 连败 (failures) ${s.consecutiveFailures}; 最近成功 (last ok) ${s.lastSuccessAt ?? "-"}; 每日条数 (items/day) ${items}${err}`;
    })
    .join("\n");
}

export function formatSourceHealth(s: SourceReport, redact: (t: string) => string): string {
  const lines = [
    `${s.id} (${s.name}) ${s.state}; ${redact(s.url)}`,
    `连败 (consecutive failures) ${s.consecutiveFailures}; 最近成功 (last ok) ${s.lastSuccessAt ?? "-"}; 最近错误 (last error) ${s.lastErrorAt ?? "-"} ${s.lastError ? oneLine(redact(s.lastError), 160) : ""}`.trimEnd(),
    `最近新文章 (last new item) ${s.lastNewItemAt ?? "-"}; 已见 (items seen) ${s.itemsSeen}`,
    `每日条数 (items per day): ${s.itemsPerDay.map((d) => `${d.date.slice(5)}:${d.items}`).join(" ")}`,
  ];
  for (const a of s.alerts)
    lines.push(
      `告警 (alert) ${a.raisedAt} ${a.kind}${a.recoveredAt ? ` 已恢复 (recovered ${a.recoveredAt})` : ""}: ${oneLine(redact(a.message), 140)}`,
    );
  return lines.join("\n");
}

export function formatTrends(report: TrendsReport): string {
  const lines = [
    `${report.by === "tag" ? "标签 (tags)" : "机构 (orgs)"} ${report.from}..${report.to}: ${report.entries} 条 (entries); 对比 (vs) ${report.previous.from}..${report.previous.to}`,
  ];
  for (const i of report.items)
    lines.push(
      `${i.key}: ${i.entries} (${i.delta >= 0 ? "+" : ""}${i.delta}) 例 (e.g.) ${i.top
        .slice(0, 2)
        .map((t) => `${idOf(t.id)} ${oneLine(t.title, 50)}`)
        .join("; ")}`,
    );
  if (report.movers.length)
    lines.push(
      `上升最快 (top movers): ${report.movers
        .slice(0, 5)
        .map((m) => `${m.key} +${m.delta}`)
        .join(", ")}`,
    );
  return lines.join("\n");
}

export function formatTimeline(timeline: StoryTimeline): string {
  if (timeline.steps.length === 0) return `条目 #${timeline.id} 未收入任何日报 (not in any briefing)`;
  return [
    `故事时间线 (story timeline) of #${timeline.id}: ${timeline.steps.length} 天 (days)`,
    ...timeline.steps.map((s) => `${formatRef(s)}${s.related ? ` +${s.related} 同题 (same story)` : ""}`),
  ].join("\n");
}

export function formatComparison(c: PeriodComparison): string {
  const side = (name: string, p: PeriodComparison["a"]) => [
    `${name} ${p.from}..${p.to}: ${p.entries} 条 (entries), 平均 (mean) ★${p.meanStars}`,
    ...p.top.slice(0, 3).map((t) => `  ${formatRef(t)}`),
  ];
  return [
    ...side("A", c.a),
    ...side("B", c.b),
    `变化 (changes, B−A) by ${c.by}: ${c.changes.map((x) => `${x.key} ${x.a}→${x.b}`).join(", ") || "-"}`,
  ].join("\n");
}
