import type { ArchiveDay } from "../../queries/index.ts";
import { html, type SafeHtml } from "./html.ts";

const WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];

function monthCalendar(month: string, days: Map<string, ArchiveDay>): SafeHtml {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const length = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: SafeHtml[] = [];
  for (let i = 0; i < lead; i++) cells.push(html`<td></td>`);
  for (let d = 1; d <= length; d++) {
    const date = `${month}-${String(d).padStart(2, "0")}`;
    const day = days.get(date);
    cells.push(
      day
        ? html`<td><a href="/d/${date}" aria-label="${date}，${day.entries} 条">${d}</a><span class="count" aria-hidden="true">${day.entries} 条</span></td>`
        : html`<td><span class="meta">${d}</span></td>`,
    );
  }
  while (cells.length % 7 !== 0) cells.push(html`<td></td>`);
  const rows: SafeHtml[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(html`<tr>${cells.slice(i, i + 7)}</tr>`);
  return html`<div class="calendar"><table><caption>${year} 年 ${m} 月</caption>
<thead><tr>${WEEKDAYS.map((w) => html`<th scope="col" abbr="星期${w}">${w}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** `/archive`: a calendar per month (days with a briefing link to it, with counts) and each day's top entry. */
export function archivePageBody(days: readonly ArchiveDay[]): SafeHtml {
  if (days.length === 0)
    return html`<h1>归档</h1><p>还没有发布任何简报。运行 <code>daybrief run</code> 后这里会出现每一天。</p>`;
  const byDate = new Map(days.map((d) => [d.date, d]));
  const months = [...new Set(days.map((d) => d.date.slice(0, 7)))];
  const total = days.reduce((s, d) => s + d.entries, 0);
  return html`<h1>归档</h1>
<p class="meta">${days.length} 天 · ${total} 条 · ${days.at(-1)!.date} 至 ${days[0]!.date}</p>
${months.map(
  (month, i) => html`<section aria-labelledby="m-${month}"><h2 id="m-${month}">${month}</h2>
${monthCalendar(month, byDate)}
<details${i === 0 ? html` open` : ""}><summary>当月每天的头条</summary>
<ul class="days">${days
    .filter((d) => d.date.startsWith(month))
    .map(
      (d) =>
        html`<li><a href="/d/${d.date}">${d.date}</a> <span class="count">${d.entries} 条</span>${d.topTitle ? html`<br>${d.topTitle}` : ""}</li>`,
    )}</ul>
</details></section>`,
)}`;
}
