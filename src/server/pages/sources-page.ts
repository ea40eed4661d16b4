import { describeReason, type Reason, reasonOfStatus } from "../../model/reasons.ts";
import type { SourceReport } from "../../queries/index.ts";
import { formatDateTime } from "../../time.ts";
import { barChart } from "./charts.ts";
import { html, type SafeHtml } from "./html.ts";

const STATE: Record<SourceReport["state"], { label: string; css: string }> = {
  ok: { label: "✅ 正常", css: "status-ok" },
  failing: { label: "❌ 抓取失败", css: "status-bad" },
  "never-fetched": { label: "… 尚未抓取", css: "status-warn" },
  disabled: { label: "⏸ 已停用", css: "" },
};

/** A stored fetch error read as one of the catalogue's reasons (model/reasons.ts), for readers. */
export function reasonOfFetchError(message: string): Reason {
  const status = /\bHTTP (\d{3})\b/.exec(message)?.[1];
  if (status) return { key: reasonOfStatus(Number(status)), status: Number(status) };
  if (/timed? ?out|timeout|ETIMEDOUT/i.test(message)) return { key: "timeout" };
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(message)) return { key: "dns" };
  if (/refused to (connect|fetch)|private address|not allowed|blocked address/i.test(message))
    return { key: "refused" };
  if (/ECONNREFUSED|ECONNRESET|socket hang up|network|fetch failed/i.test(message)) return { key: "network" };
  if (/feed|xml|parse|rss|atom/i.test(message)) return { key: "feed_format" };
  return { key: "unknown" };
}

function when(iso: string | undefined, timeZone: string): string {
  return iso ? formatDateTime(iso, timeZone) : "—";
}

function sourceCard(s: SourceReport, timeZone: string, redact: (t: string) => string): SafeHtml {
  const st = STATE[s.state];
  const chart = barChart({
    id: `src-${s.id}`,
    title: `${s.name}：近 ${s.itemsPerDay.length} 天每天的文章数`,
    points: s.itemsPerDay.map((d) => ({ label: d.date.slice(5), value: d.items })),
    unit: "篇",
  });
  return html`<li><h2 id="s-${s.id}">${s.name} <span class="badge ${st.css}">${st.label}</span></h2>
<p class="meta"><strong>订阅地址</strong>: <code>${redact(s.url)}</code></p>
<p class="meta"><strong>上次成功</strong>: ${when(s.lastSuccessAt, timeZone)} · <strong>连续失败</strong>: ${s.consecutiveFailures} 次 · <strong>最近新文章</strong>: ${when(s.lastNewItemAt, timeZone)}</p>
${
  s.lastError
    ? html`<p class="meta"><strong>最近错误</strong>（${when(s.lastErrorAt, timeZone)}）：${describeReason(reasonOfFetchError(s.lastError))}</p>
<details><summary>错误原文 (raw)</summary><pre><code>${redact(s.lastError)}</code></pre></details>`
    : ""
}
${chart}
${s.alerts.length ? html`<details><summary>最近告警（${s.alerts.length}）</summary><ul>${s.alerts.map((a) => html`<li>${when(a.raisedAt, timeZone)} ${redact(a.message)}${a.recoveredAt ? `（${when(a.recoveredAt, timeZone)} 已恢复）` : ""}</li>`)}</ul></details>` : ""}
</li>`;
}

/** `/sources`: each configured source's health, last error in plain Chinese, items per day. */
export function sourcesPageBody(
  sources: readonly SourceReport[],
  timeZone: string,
  redact: (text: string) => string,
): SafeHtml {
  const failing = sources.filter((s) => s.state === "failing").length;
  return html`<h1>来源</h1>
<p class="meta">${sources.length} 个来源 · ${failing} 个抓取失败</p>
<ul class="cards">${sources.map((s) => sourceCard(s, timeZone, redact))}</ul>`;
}
