import type { Briefing, BriefingItem } from "../../model/index.ts";
import { describeProblem } from "../../model/problem.ts";
import { entryIdOf } from "../../queries/index.ts";
import {
  BRIEFING_TITLE,
  CONTENT_SECTIONS,
  describeFooter,
  describeItemNotes,
  ENTRIES_HEADING,
  FOOTER_HEADING,
  formatEntryTitle,
  formatItemTime,
  formatRelatedTitle,
  formatStars,
  RESOURCES_HEADING,
  sectionOf,
} from "../../render/briefing-text.ts";
import { renderInlineHtml, renderLinkHtml } from "../../render/escape-html.ts";
import { renderResources, renderSection } from "../../render/render-html.ts";
import { html, type SafeHtml, trusted } from "./html.ts";

export interface DayPageInput {
  briefing: Briefing;
  previous?: string;
  next?: string;
}

const entryAnchor = (rank: number) => `entry-${rank}`;

/** A link to the entry's page, when the entry has an id. */
function entryHref(item: BriefingItem): string | undefined {
  return item.articleId === undefined ? undefined : `/e/${entryIdOf(item.articleId)}`;
}

function toc(items: readonly BriefingItem[]): SafeHtml {
  const bands = new Map<number, { item: BriefingItem; rank: number }[]>();
  items.forEach((item, i) => {
    const band = bands.get(item.entry.stars) ?? [];
    band.push({ item, rank: i + 1 });
    bands.set(item.entry.stars, band);
  });
  const sorted = [...bands].sort((a, b) => b[0] - a[0]);
  return html`<nav class="toc panel" aria-labelledby="toc-h"><h2 id="toc-h">目录（按价值）</h2>${sorted.map(
    ([
      stars,
      list,
    ]) => html`<h3><span aria-hidden="true">${formatStars(stars)}</span> ${stars} 星 · ${list.length} 条</h3>
<ol>${list.map(({ item, rank }) => html`<li value="${rank}"><a href="#${entryAnchor(rank)}">[${item.entry.org}] ${formatEntryTitle(item.entry)}</a></li>`)}</ol>`,
  )}</nav>`;
}

function entryArticle(item: BriefingItem, rank: number, timeZone: string): SafeHtml {
  const { entry } = item;
  const href = entryHref(item);
  const heading = `${rank}. [${entry.org}] ${formatEntryTitle(entry)}`;
  return html`<article id="${entryAnchor(rank)}" aria-labelledby="${entryAnchor(rank)}-h">
<h3 id="${entryAnchor(rank)}-h">${href ? html`<a href="${href}">${heading}</a>` : heading}</h3>
<p class="meta"><strong>来源</strong>: ${item.sourceName} | <strong>时间</strong>: <time datetime="${item.publishedAt}">${formatItemTime(item, timeZone)}</time></p>
<p class="meta"><strong>价值</strong>: <span aria-label="${entry.stars} 星">${formatStars(entry.stars)}</span>${entry.tags.length ? html` <strong>标签</strong>: ${entry.tags.map((t) => html`<a class="tag" href="/search?tag=${encodeURIComponent(t)}&amp;q=${encodeURIComponent(t)}">${t}</a>`)}` : ""}</p>
<p class="meta"><strong>链接</strong>: ${trusted(renderLinkHtml(item.url, item.url))}</p>
${(item.related ?? []).map((r) => html`<p class="meta"><strong>同题报道</strong>: ${r.sourceName} | ${formatItemTime(r, timeZone)} | ${trusted(renderLinkHtml(formatRelatedTitle(r.title), r.url))}</p>`)}
${item.followUpOf ? html`<p class="meta"><strong>后续报道</strong>: 接续 <a href="/d/${item.followUpOf.date}">${item.followUpOf.date}</a> ${trusted(renderLinkHtml(item.followUpOf.title, item.followUpOf.url))}</p>` : ""}
${describeItemNotes(item).map((n) => html`<p class="meta note"><strong>说明</strong>: ${n}</p>`)}
<blockquote>🎯 <strong>一句话摘要</strong>：${trusted(renderInlineHtml(entry.summary))}</blockquote>
${CONTENT_SECTIONS.map((spec) => html`<h4>${spec.heading}</h4>${trusted(renderSection(sectionOf(entry, spec.key)))}`)}
<h4>${RESOURCES_HEADING}</h4>${trusted(renderResources(entry.resources ?? []))}
${href ? html`<p><a href="${href}">详情与核验（每条论断的原文证据）→</a></p>` : ""}
</article>`;
}

/** The coverage footer as a readable panel: a table of sources, then analysers, usage, verification. */
function coveragePanel(briefing: Briefing): SafeHtml {
  const footer = describeFooter(briefing);
  const c = briefing.coverage;
  return html`<section class="panel coverage" aria-labelledby="cov-h"><h2 id="cov-h">${FOOTER_HEADING}</h2>
${
  c.length === 0
    ? html`<p>没有来源数据</p>`
    : html`<div class="table-wrap"><table><caption>各来源抓取与收录</caption>
<thead><tr><th scope="col">来源</th><th scope="col" class="num">抓取</th><th scope="col" class="num">当日</th><th scope="col" class="num">已分析</th><th scope="col" class="num">重复</th><th scope="col" class="num">低于阈值</th><th scope="col" class="num">失败</th></tr></thead>
<tbody>${c.map((s) => html`<tr><th scope="row">${s.sourceName}${s.problems.length ? html`<ul>${s.problems.map((p) => html`<li class="note">${describeProblem(p)}</li>`)}</ul>` : ""}</th><td class="num">${s.found}</td><td class="num">${s.inWindow}</td><td class="num">${s.analysed}</td><td class="num">${s.duplicates}</td><td class="num">${s.belowThreshold}</td><td class="num">${s.failed}</td></tr>`)}</tbody></table></div>`
}
${footer.analysers ? html`<p><strong>分析</strong>：${footer.analysers}</p>` : ""}
${footer.usage ? html`<p><strong>LLM 用量</strong>：${footer.usage}</p>` : ""}
${footer.verification ? html`<p><strong>核验</strong>：${footer.verification}</p>` : ""}
${footer.notes.length ? html`<p><strong>备注</strong>：</p><ul>${footer.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ""}
<p class="generated">${footer.generated}</p>
</section>`;
}

/** `/` and `/d/YYYY-MM-DD`: the day's briefing with prev/next, a table of contents by ★ and the coverage panel. */
export function dayPageBody(input: DayPageInput): SafeHtml {
  const { briefing, previous, next } = input;
  const title = briefing.title ?? BRIEFING_TITLE;
  const daynav = html`<nav class="daynav" aria-label="日期导航 (days)">
${previous ? html`<a href="/d/${previous}" rel="prev">← ${previous}</a>` : html`<span></span>`}
<a href="/archive">全部日期</a>
${next ? html`<a href="/d/${next}" rel="next">${next} →</a>` : html`<span></span>`}
</nav>`;
  return html`${daynav}
<h1>${title} | ${briefing.date}</h1>
<p class="meta">${briefing.items.length} 条 · 原始格式：<a href="/d/${briefing.date}/md">Markdown</a> · <a href="/d/${briefing.date}/json">JSON</a></p>
${briefing.items.length > 0 ? toc(briefing.items) : ""}
<section class="entries" aria-labelledby="entries-h"><h2 id="entries-h">${ENTRIES_HEADING}</h2>
${briefing.items.length === 0 ? html`<p>今日没有达到收录阈值的情报。</p>` : briefing.items.map((item, i) => entryArticle(item, i + 1, briefing.timezone))}
</section>
${coveragePanel(briefing)}
${daynav}`;
}
