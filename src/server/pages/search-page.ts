import type {
  FacetCount,
  Highlighted,
  SearchFacets,
  SearchRequest,
  SearchResult,
} from "../../queries/index.ts";
import { formatStars } from "../../render/briefing-text.ts";
import { html, type SafeHtml } from "./html.ts";

export interface SearchPageInput {
  request: SearchRequest;
  result?: SearchResult;
  error?: string;
  sources: readonly { id: string; name: string }[];
}

function marked(parts: Highlighted): SafeHtml {
  return html`${parts.map((p) => (p.hit ? html`<mark>${p.text}</mark>` : p.text))}`;
}

/** The request as query parameters (shareable URL), with `limit` changed. */
export function searchHref(r: SearchRequest, limit?: number): string {
  const params = new URLSearchParams();
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") params.set(k, String(v));
  };
  put("q", r.query);
  put("from", r.from);
  put("to", r.to);
  put("source", r.sourceId);
  put("org", r.org);
  put("tag", r.tag);
  put("stars", r.minStars);
  put("analyser", r.analyser);
  put("limit", limit);
  return `/search?${params}`;
}

type FacetName = "source" | "org" | "tag" | "analyser";
const FACET_FIELD: Record<FacetName, keyof SearchRequest> = {
  source: "sourceId",
  org: "org",
  tag: "tag",
  analyser: "analyser",
};
const FACET_LABEL: Record<FacetName, string> = {
  source: "来源 (source)",
  org: "机构 (org)",
  tag: "标签 (tag)",
  analyser: "分析器 (analyser)",
};

/** One facet: each value a link to the same search with that value chosen, and its count. */
function facetList(
  r: SearchRequest,
  name: FacetName,
  counts: readonly FacetCount[],
  label: (value: string) => string,
): SafeHtml | string {
  const field = FACET_FIELD[name];
  const chosen = r[field] as string | undefined;
  if (counts.length === 0 && chosen === undefined) return "";
  const items = counts.map((f) => {
    const current = chosen !== undefined && chosen.toLowerCase() === f.value.toLowerCase();
    const href = searchHref({ ...r, [field]: current ? undefined : f.value });
    return html`<li><a href="${href}"${current ? html` aria-current="true"` : ""}>${label(f.value)}</a> <span class="count">${f.count}</span></li>`;
  });
  const clear =
    chosen !== undefined
      ? html`<li><a href="${searchHref({ ...r, [field]: undefined })}">全部 (any)</a></li>`
      : "";
  return html`<section><h2>${FACET_LABEL[name]}</h2><ul>${items}${clear}</ul></section>`;
}

/** The facet counts beside the filters (each facet's counts ignore its own choice). */
function facetsPanel(r: SearchRequest, facets: SearchFacets, names: Map<string, string>): SafeHtml {
  const stars = facets.stars.filter((f) => f.count > 0);
  return html`<aside class="facets" aria-label="筛选计数 (facet counts)">
${facets.capped ? html`<p class="meta">计数只含最近存入的匹配 (counts cover the newest matches)</p>` : ""}
${facetList(r, "source", facets.source, (v) => names.get(v) ?? v)}
${
  stars.length > 0 || r.minStars
    ? html`<section><h2>价值 (★)</h2><ul>${stars.map((f) => {
        const n = Number(f.value);
        const current = r.minStars === n;
        const href = searchHref({ ...r, minStars: current ? undefined : n });
        return html`<li><a href="${href}"${current ? html` aria-current="true"` : ""}>${n} 星及以上</a> <span class="count">${f.count}</span></li>`;
      })}${r.minStars ? html`<li><a href="${searchHref({ ...r, minStars: undefined })}">不限 (any)</a></li>` : ""}</ul></section>`
    : ""
}
${facetList(r, "org", facets.org, (v) => v)}
${facetList(r, "tag", facets.tag, (v) => `#${v}`)}
${facetList(r, "analyser", facets.analyser, (v) => v)}
</aside>`;
}

function field(id: string, label: string, input: SafeHtml): SafeHtml {
  return html`<div><label for="${id}">${label}</label>${input}</div>`;
}

/** `/search`: the form (GET, so every search is a shareable URL), the count, highlighted hits. */
export function searchPageBody(input: SearchPageInput): SafeHtml {
  const { request: r, result, error } = input;
  const names = new Map(input.sources.map((s) => [s.id, s.name]));
  const facets = result?.facets;
  const sourceCount = new Map(facets?.source.map((f) => [f.value, f.count]));
  const starCount = new Map(facets?.stars.map((f) => [Number(f.value), f.count]));
  const counted = (count: number | undefined) => (facets ? ` (${count ?? 0})` : "");
  const form = html`<form method="get" action="/search" role="search" aria-label="搜索简报">
<div class="searchbar"><label for="q" class="visually-hidden">搜索词</label>
<input id="q" name="q" type="search" value="${r.query}" placeholder="例如：美团 STAR、GPT-5、多模态" autocomplete="off">
<button type="submit" class="primary">搜索</button></div>
<details${r.from || r.to || r.sourceId || r.org || r.tag || r.minStars || r.analyser ? html` open` : ""}><summary>筛选 (filters)</summary>
<div class="filters">
${field("from", "起始日期", html`<input id="from" name="from" type="date" value="${r.from ?? ""}">`)}
${field("to", "结束日期", html`<input id="to" name="to" type="date" value="${r.to ?? ""}">`)}
${field("source", "来源", html`<select id="source" name="source"><option value="">全部来源</option>${input.sources.map((s) => html`<option value="${s.id}"${s.id === r.sourceId ? html` selected` : ""}>${s.name}${counted(sourceCount.get(s.id))}</option>`)}</select>`)}
${field("org", "机构", html`<input id="org" name="org" value="${r.org ?? ""}">`)}
${field("tag", "标签", html`<input id="tag" name="tag" value="${r.tag ?? ""}">`)}
${field("stars", "最低价值", html`<select id="stars" name="stars"><option value="">不限</option>${[5, 4, 3, 2, 1].map((n) => html`<option value="${n}"${r.minStars === n ? html` selected` : ""}>${n} 星及以上${counted(starCount.get(n))}</option>`)}</select>`)}
${field("analyser", "分析器", html`<input id="analyser" name="analyser" value="${r.analyser ?? ""}" placeholder="offline-extractive">`)}
</div></details>
</form>`;
  let results: SafeHtml | string = "";
  if (error) results = html`<p class="error" role="alert">${error}</p>`;
  else if (result && result.terms.length === 0 && r.query.trim())
    results = html`<p role="status">查询里没有可搜索的字词。</p>`;
  else if (result && result.terms.length > 0) {
    const count = result.capped ? `至少 ${result.total}` : `共 ${result.total}`;
    results = html`<p role="status" id="search-count">“${r.query}”：${count} 篇匹配${result.total > 0 ? `，显示前 ${result.hits.length} 篇` : ""}</p>
${result.capped ? html`<p class="meta">匹配太多：只排序了最近存入的部分，可加词或限定日期缩小范围。</p>` : ""}
${facets ? facetsPanel(r, facets, names) : ""}
<ol class="hits">${result.hits.map(
      (hit) => html`<li><h2><a href="/e/${hit.articleId}">${marked(hit.title)}</a></h2>
<p class="meta">${hit.entry ? html`<span aria-label="${hit.entry.stars} 星">${formatStars(hit.entry.stars)}</span> ` : ""}<a href="/d/${hit.date}">${hit.date}</a> · ${names.get(hit.sourceId) ?? hit.sourceId}${hit.entry ? html` · ${hit.entry.org}${hit.entry.tags.length ? html` · ${hit.entry.tags.map((t) => `#${t}`).join(" ")}` : ""} · ${hit.entry.analyser}` : " · 未分析的文章"}</p>
${hit.snippet.length ? html`<p>${marked(hit.snippet)}</p>` : ""}</li>`,
    )}</ol>
${result.total > result.hits.length && result.hits.length < 100 ? html`<p><a href="${searchHref(r, Math.min(100, result.hits.length + 10))}">显示更多</a></p>` : ""}`;
  }
  return html`<h1>搜索</h1>${form}<div id="results" aria-live="polite">${results}</div>`;
}
