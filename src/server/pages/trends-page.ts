import type { WeeklyTrends as Trends } from "../../queries/index.ts";
import { stackedChart } from "./charts.ts";
import { html, type SafeHtml } from "./html.ts";

function arrow(previous: number, last: number): string {
  return last > previous ? `↑ +${last - previous}` : `↓ −${previous - last}`;
}

/** `/trends`: tags and orgs by week (stacked, patterned), top movers, stories that ran several days. */
export function trendsPageBody(t: Trends): SafeHtml {
  if (!t.until) return html`<h1>趋势</h1><p>还没有发布任何简报。</p>`;
  return html`<h1>趋势</h1>
<p class="meta">截至 ${t.until} 的 ${t.weeks.length} 周（按周一日期分组），统计已发布的条目。</p>
<section aria-labelledby="tags-h"><h2 id="tags-h">标签</h2>
${stackedChart({ id: "tags", title: "每周各标签的条目数", columns: t.weeks, series: t.tags })}</section>
<section aria-labelledby="orgs-h"><h2 id="orgs-h">机构</h2>
${stackedChart({ id: "orgs", title: "每周各机构的条目数", columns: t.weeks, series: t.orgs })}</section>
<section aria-labelledby="movers-h"><h2 id="movers-h">变化最大（最近一周对比前一周）</h2>
${
  t.movers.length === 0
    ? html`<p>最近两周没有变化。</p>`
    : html`<div class="table-wrap"><table><caption>按变化幅度排序</caption>
<thead><tr><th scope="col">名称</th><th scope="col">类别</th><th scope="col" class="num">前一周</th><th scope="col" class="num">最近一周</th><th scope="col" class="num">变化</th></tr></thead>
<tbody>${t.movers.map((m) => html`<tr><th scope="row"><a href="/search?${m.kind === "tag" ? "tag" : "org"}=${encodeURIComponent(m.name)}&amp;q=${encodeURIComponent(m.name)}">${m.name}</a></th><td>${m.kind === "tag" ? "标签" : "机构"}</td><td class="num">${m.previous}</td><td class="num">${m.last}</td><td class="num">${arrow(m.previous, m.last)}</td></tr>`)}</tbody></table></div>`
}</section>
<section aria-labelledby="stories-h"><h2 id="stories-h">持续多天的事件</h2>
${
  t.stories.length === 0
    ? html`<p>这段时间没有跨天的后续报道。</p>`
    : html`<ol>${t.stories.map(
        (s) =>
          html`<li><strong>${s.days[0]!.title}</strong>（${new Set(s.days.map((d) => d.date)).size} 天）<ul>${s.days.map(
            (d) => html`<li><a href="${d.id ? `/e/${d.id}` : `/d/${d.date}`}">${d.date}</a> ${d.title}</li>`,
          )}</ul></li>`,
      )}</ol>`
}</section>`;
}
