import type { RunReport } from "../../queries/index.ts";
import { formatDateTime } from "../../time.ts";
import { describeTrigger } from "../runs/trigger.ts";
import { barChart } from "./charts.ts";
import { html, type SafeHtml } from "./html.ts";

const STATUS: Record<string, { label: string; css: string }> = {
  ok: { label: "✅ 成功", css: "status-ok" },
  degraded: { label: "⚠️ 部分成功", css: "status-warn" },
  failed: { label: "❌ 失败", css: "status-bad" },
  cancelled: { label: "⏹ 已取消", css: "status-warn" },
  interrupted: { label: "⏹ 中断", css: "status-warn" },
  running: { label: "… 运行中", css: "" },
};

const tokens = (r: RunReport) => r.spend.promptTokens + r.spend.completionTokens;

function cost(r: RunReport): string {
  const parts = Object.entries(r.spend.costByCurrency).map(([cur, v]) => `${v.toFixed(4)} ${cur}`);
  return parts.length ? parts.join(" + ") : "—";
}

function duration(r: RunReport): string {
  if (!r.endedAt) return "—";
  const s = Math.round((Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} 分 ${s % 60} 秒` : `${s} 秒`;
}

/**
 * `/runs`: `top` (the live panel and triggers), LLM tokens per day as a chart, then each run with
 * who started it, status, stage counts, failures and spend.
 */
export function runsPageBody(
  runs: readonly RunReport[],
  timeZone: string,
  redact: (text: string) => string,
  top: readonly SafeHtml[] = [],
): SafeHtml {
  if (runs.length === 0) return html`<h1>运行记录</h1>${top}<p>还没有运行记录。</p>`;
  const perDay = new Map<string, number>();
  for (const r of runs) perDay.set(r.date, (perDay.get(r.date) ?? 0) + tokens(r));
  const days = [...perDay].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(-30);
  return html`<h1>运行记录</h1>
${top}
<p class="meta">最近 ${runs.length} 次运行</p>
${barChart({ id: "tokens", title: "每个简报日期的 LLM tokens（输入 + 输出）", points: days.map(([d, v]) => ({ label: d.slice(5), value: v })), unit: "tokens" })}
<div class="table-wrap"><table><caption>运行（新的在前）</caption>
<thead><tr><th scope="col">#</th><th scope="col">日期 / 触发者 (triggered by)</th><th scope="col">状态</th><th scope="col">开始 · 用时</th><th scope="col">各阶段计数</th><th scope="col" class="num">LLM 调用</th><th scope="col" class="num">tokens</th><th scope="col" class="num">费用</th></tr></thead>
<tbody>${runs.map((r) => {
    const st = STATUS[r.status] ?? { label: r.status, css: "" };
    const counts = Object.entries(r.counts);
    return html`<tr><td>${r.id}</td><td><a href="/d/${r.date}">${r.date}</a><br><span class="trigger">${describeTrigger(r.command)}</span><br><code>${r.command}</code></td>
<td><span class="badge ${st.css}">${st.label}</span>${r.reason ? html`<br><span class="meta">${redact(r.reason)}</span>` : ""}${
      r.failures.length
        ? html`<details><summary>${r.failures.length} 个失败</summary><ul>${r.failures.slice(0, 20).map((f) => html`<li>${f.stage}${f.sourceId ? ` · ${f.sourceId}` : ""}：${redact(f.message)}</li>`)}</ul></details>`
        : ""
    }</td>
<td>${formatDateTime(r.startedAt, timeZone)}<br>${duration(r)}</td>
<td>${counts.length ? counts.map(([k, v]) => html`${k} ${v}<br>`) : "—"}</td>
<td class="num">${r.spend.calls}</td><td class="num">${tokens(r)}${r.spend.estimated ? "（估）" : ""}</td><td class="num">${cost(r)}</td></tr>`;
  })}</tbody></table></div>`;
}
