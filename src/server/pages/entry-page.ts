import type { EntryDetail } from "../../queries/index.ts";
import {
  CONTENT_SECTIONS,
  formatEntryTitle,
  formatItemTime,
  formatRelatedTitle,
  formatStars,
  RESOURCES_HEADING,
  sectionOf,
} from "../../render/briefing-text.ts";
import { renderInlineHtml, renderLinkHtml } from "../../render/escape-html.ts";
import { renderResources, renderSection } from "../../render/render-html.ts";
import type { ClaimExplanation } from "../../verify/index.ts";
import { html, type SafeHtml, trusted } from "./html.ts";

type ClaimStatus = ClaimExplanation["claim"]["status"];

/** Each status in words and a symbol, never colour alone. */
const STATUS: Record<ClaimStatus, { label: string; css: string }> = {
  supported: { label: "✅ 有据", css: "status-ok" },
  dropped: { label: "❌ 无据，已删除", css: "status-bad" },
  marked: { label: "⚠️ 无据，已标记", css: "status-warn" },
  unchecked: { label: "❔ 未能核验", css: "status-warn" },
  unsupported: { label: "ℹ️ 仅记录", css: "status-warn" },
};

const KIND: Record<ClaimExplanation["claim"]["kind"], string> = {
  link: "链接",
  figure: "数字",
  name: "名称",
  org: "机构",
  qualifier: "首个/最…等说法",
  quote: "引语",
  evidence: "引文",
};

function claimItem(c: ClaimExplanation): SafeHtml {
  const s = STATUS[c.claim.status] ?? { label: c.claim.status, css: "" };
  return html`<li>
<p><span class="badge ${s.css}">${s.label}</span> <strong>${KIND[c.claim.kind] ?? c.claim.kind}</strong>：${c.claim.value} <span class="meta">（${c.claim.where}）</span></p>
${c.evidence ? html`<blockquote><span class="meta">原文证据：</span>${c.evidence}</blockquote>` : ""}
${c.why ? html`<p class="meta">${c.evidence ? "说明" : "原因"}：${c.why}</p>` : ""}
</li>`;
}

function usageLine(detail: EntryDetail): string | undefined {
  const u = detail.usage;
  if (!u) return undefined;
  const cost = u.cost !== undefined && u.cost > 0 ? ` · 费用 ${u.cost.toFixed(4)} ${u.currency ?? ""}` : "";
  return `${u.calls} 次调用 · 输入 ${u.promptTokens} tokens · 输出 ${u.completionTokens} tokens${u.estimated ? "（估算）" : ""}${cost}`;
}

/** `/e/:id`: one entry with every section, each claim's verification and evidence, its story and cost. */
export function entryPageBody(detail: EntryDetail, timeZone: string): SafeHtml {
  const { entry, article, verification: v, story } = detail;
  const counts = v.counts;
  const usage = usageLine(detail);
  return html`<p class="meta"><a href="/d/${detail.date}">← ${detail.date} 的简报</a></p>
<article aria-labelledby="entry-h">
<h1 id="entry-h">[${entry.org}] ${formatEntryTitle(entry)}</h1>
<p class="meta"><strong>价值</strong>: <span aria-label="${entry.stars} 星">${formatStars(entry.stars)}</span>${entry.tags.length ? html` <strong>标签</strong>: ${entry.tags.map((t) => html`<span class="tag">${t}</span>`)}` : ""}</p>
<p class="meta"><strong>来源</strong>: ${article.sourceName ?? article.sourceId}${article.account ? html` · ${article.account}` : ""} | <strong>时间</strong>: <time datetime="${article.publishedAt}">${formatItemTime(article, timeZone)}</time></p>
<p class="meta"><strong>原文</strong>: ${trusted(renderLinkHtml(article.title, article.url))}</p>
${detail.published ? "" : html`<p class="meta note"><strong>说明</strong>: 这条分析没有进入当天的简报（未发布）。</p>`}
${v.withheld ? html`<p class="meta note"><strong>说明</strong>: 核验未通过，这条没有发布。</p>` : ""}
<blockquote>🎯 <strong>一句话摘要</strong>：${trusted(renderInlineHtml(entry.summary))}</blockquote>
${CONTENT_SECTIONS.map((spec) => html`<h2>${spec.heading}</h2>${trusted(renderSection(sectionOf(entry, spec.key)))}`)}
<h2>${RESOURCES_HEADING}</h2>${trusted(renderResources(entry.resources ?? []))}
</article>
<section class="panel" aria-labelledby="verify-h">
<h2 id="verify-h">🔎 核验：每条论断与原文证据</h2>
<p>检查 ${counts.checked} 条论断 · 有据 ${counts.supported} · 删除 ${counts.dropped} · 标记 ${counts.marked}${
    counts.stars
      ? ` · ★ 分析给出 ${counts.stars.model}，核验后 ${counts.stars.final}（允许 ${counts.stars.min}–${counts.stars.max}）`
      : ""
  }</p>
${v.claims.length === 0 ? html`<p>这条没有需要核验的数字、名称或链接。</p>` : html`<ul class="claims">${v.claims.map(claimItem)}</ul>`}
</section>
<section class="panel" aria-labelledby="story-h">
<h2 id="story-h">📰 同一事件</h2>
${story.related.length === 0 ? html`<p>当天没有其他来源的同题报道。</p>` : html`<h3>同题报道</h3><ul>${story.related.map((r) => html`<li>${r.sourceName} · ${formatItemTime(r, timeZone)} · ${trusted(renderLinkHtml(formatRelatedTitle(r.title), r.url))}</li>`)}</ul>`}
${story.followUpOf ? html`<h3>此前报道</h3><p><a href="/d/${story.followUpOf.date}">${story.followUpOf.date}</a> ${trusted(renderLinkHtml(story.followUpOf.title, story.followUpOf.url))}</p>` : ""}
${story.laterFollowUps.length ? html`<h3>后续报道</h3><ul>${story.laterFollowUps.map((f) => html`<li><a href="${f.id ? `/e/${f.id}` : `/d/${f.date}`}">${f.date} ${f.title}</a></li>`)}</ul>` : ""}
</section>
<section class="panel" aria-labelledby="an-h">
<h2 id="an-h">🤖 分析</h2>
<p>${detail.analyser.name}（${detail.analyser.kind === "llm" ? "LLM" : "离线"}${detail.analyser.fallback ? "，LLM 失败后的离线回退" : ""}）· 提示词版本 ${detail.analyser.promptVersion || "—"}</p>
${usage ? html`<p><strong>用量</strong>：${usage}</p>` : ""}
<p class="meta">条目编号 ${detail.id} · 文章状态 ${article.status}${article.textFrom ? ` · 正文来自${article.textFrom === "page" ? "网页" : "订阅源"}` : ""}</p>
</section>`;
}
