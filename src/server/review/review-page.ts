import type { BriefingEdit, CuratedEntry } from "../../model/curation.ts";
import { BULLET_SECTIONS, describeEditWhere, sectionLabelOf } from "../../model/curation.ts";
import type { ReviewView } from "../../queries/index.ts";
import { formatEntryTitle, formatStars } from "../../render/briefing-text.ts";
import { renderLinkHtml } from "../../render/escape-html.ts";
import { renderResourceLineHtml } from "../../render/render-html.ts";
import type { DraftSummary } from "../../store/index.ts";
import { formatDateTime } from "../../time.ts";
import { html, type SafeHtml, trusted } from "../pages/html.ts";
import { csrfField } from "../pages/layout.ts";

/**
 * The curation pages (docs/review.md): the drafts list and one day's draft with a form for every
 * action (hide, pin, ★, text, move, publish, discard), each with its CSRF field; no JavaScript.
 */

const STATUS_WORDS = { draft: "待审阅", published: "已发布", discarded: "已丢弃" } as const;

const FIELD_WORDS: Record<string, string> = {
  hide: "隐藏",
  pin: "置顶",
  stars: "★",
  title: "标题",
  summary: "摘要",
  bullet: "要点",
  resource: "相关资源",
  order: "顺序",
};

const SECTION_HEADINGS = {
  core: "核心技术/实现逻辑",
  results: "实验数据/关键结论",
  insights: "独家洞察/局限性",
};

export function draftsPageBody(drafts: readonly DraftSummary[], timeZone: string): SafeHtml {
  const waiting = drafts.filter((d) => d.status === "draft");
  const rows = drafts.map(
    (d) => html`<tr>
<td><a href="/review/${d.date}">${d.date}</a></td>
<td>${STATUS_WORDS[d.status]}</td>
<td class="num">${d.entries}</td>
<td>${formatDateTime(d.createdAt, timeZone)}</td>
<td>${d.deadline ? formatDateTime(d.deadline, timeZone) : "—"}</td>
<td>${d.decidedBy ? html`${d.decidedBy} · ${d.decidedAt ? formatDateTime(d.decidedAt, timeZone) : ""}` : "—"}</td>
</tr>`,
  );
  return html`<h1>审阅草稿</h1>
<p>${waiting.length > 0 ? `${waiting.length} 份草稿等待审阅。` : "没有等待审阅的草稿。"}设置 <code>publish.review: true</code> 后，每次运行停在草稿，由编辑在这里审阅后发布。</p>
${
  drafts.length > 0
    ? html`<div class="table-wrap"><table>
<caption class="visually-hidden">草稿列表</caption>
<thead><tr><th scope="col">日期</th><th scope="col">状态</th><th scope="col" class="num">条目</th><th scope="col">生成时间</th><th scope="col">审阅期限</th><th scope="col">处理人</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : ""
}`;
}

export interface ReviewPageInput {
  view: ReviewView;
  csrf: string;
  timeZone: string;
  /** A refused action, in words (400/409). */
  error?: string;
  /** A notice after a redirect ("已发布" …). */
  notice?: string;
  /** Whether this server can publish (the pipeline is wired). */
  canPublish: boolean;
}

export function reviewPageBody(input: ReviewPageInput): SafeHtml {
  const { view, csrf, timeZone } = input;
  const { draft } = view;
  const open = draft.status === "draft";
  const hidden = view.entries.filter((e) => e.hidden).length;
  const flagged = view.entries.filter((e) => e.unsupported.length > 0).length;
  const action = (path: string) => `/review/${draft.date}/${path}`;
  const decisions = open
    ? html`<div class="review-decide">
<form method="post" action="${action("publish")}">${csrfField(csrf)}<button class="primary" type="submit"${input.canPublish ? "" : html` disabled`}>发布（写出文件并投递）</button></form>
<form method="post" action="${action("discard")}">${csrfField(csrf)}<button type="submit">丢弃草稿</button></form>
</div>${input.canPublish ? "" : html`<p class="error">此服务器未接入流水线，不能发布；请用 <code>daybrief review --date ${draft.date} --publish</code>。</p>`}`
    : html`<p class="panel">这份草稿${STATUS_WORDS[draft.status]}${draft.decidedBy ? `（${draft.decidedBy}，${draft.decidedAt ? formatDateTime(draft.decidedAt, timeZone) : ""}）` : ""}，不能再修改。${draft.status === "published" ? html` <a href="/d/${draft.date}">查看已发布的简报</a>` : ""}</p>`;
  return html`<h1>审阅 ${draft.date}</h1>
<p class="meta">状态：<strong>${STATUS_WORDS[draft.status]}</strong>${draft.kind === "update" ? "（更新运行：渠道只收到新增条目）" : ""} · 生成于 ${formatDateTime(draft.createdAt, timeZone)}${draft.deadline ? ` · 审阅期限 ${formatDateTime(draft.deadline, timeZone)}` : ""} · 将发布 ${view.entries.length - hidden} 条，隐藏 ${hidden} 条${flagged > 0 ? html` · <span class="status-bad">${flagged} 条有未经原文证实的修改</span>` : ""}</p>
${input.notice ? html`<p class="panel" role="status">${input.notice}</p>` : ""}
${input.error ? html`<p class="error" role="alert">${input.error}</p>` : ""}
${decisions}
<p class="meta">置顶的条目排在简报最前；“上移/下移”（或拖动条目）只在同一 ★ 档（或置顶组）内调整顺序。修改过和新加的文字、链接都会重新对照原文核验。</p>
<ol class="review-list"${open ? html` data-order-action="${action("edit")}" data-csrf="${csrf}"` : ""}>${view.entries.map((e, i) => entryCard(e, i, view.entries, { csrf, open, action: action("edit") }))}</ol>
${decisions}
${editLog(view.edits, view.entries, timeZone)}`;
}

interface CardContext {
  csrf: string;
  open: boolean;
  action: string;
}

/** A form posting one edit: its hidden fields, then the visible controls. */
function editForm(
  ctx: CardContext,
  fields: Record<string, string>,
  controls: SafeHtml,
  cls = "inline",
): SafeHtml {
  return html`<form class="${cls}" method="post" action="${ctx.action}">${csrfField(ctx.csrf)}${Object.entries(
    fields,
  ).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}${controls}</form>`;
}

function entryCard(e: CuratedEntry, index: number, all: readonly CuratedEntry[], ctx: CardContext): SafeHtml {
  const entry = e.item.entry;
  const id = e.entryId;
  const anchor = `e-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const visible = all.filter((x) => !x.hidden);
  const at = visible.findIndex((x) => x.entryId === id);
  const band = (x: CuratedEntry) => (x.pinned ? "pin" : String(x.item.entry.stars));
  const canUp = at > 0 && band(visible[at - 1]!) === band(e);
  const canDown = at >= 0 && at < visible.length - 1 && band(visible[at + 1]!) === band(e);
  const badges = [
    e.hidden ? html`<span class="badge">已隐藏</span>` : "",
    e.pinned ? html`<span class="badge">置顶</span>` : "",
    e.edited.length > 0 ? html`<span class="badge">已修改</span>` : "",
  ];
  const controls = ctx.open
    ? html`<div class="review-actions">
${editForm(ctx, { action: "hide", entryId: id, value: e.hidden ? "false" : "true" }, html`<button type="submit">${e.hidden ? "取消隐藏" : "隐藏"}</button>`)}
${editForm(ctx, { action: "pin", entryId: id, value: e.pinned ? "false" : "true" }, html`<button type="submit">${e.pinned ? "取消置顶" : "置顶"}</button>`)}
${editForm(ctx, { action: "stars", entryId: id }, html`<label class="inline">价值 <select name="value">${[5, 4, 3, 2, 1].map((n) => html`<option value="${n}"${n === entry.stars ? html` selected` : ""}>${formatStars(n)}（${n}）</option>`)}</select></label> <button type="submit">改 ★</button>`)}
${editForm(ctx, { action: "move", entryId: id, direction: "up" }, html`<button type="submit"${canUp ? "" : html` disabled`} aria-label="上移 ${entry.title}">上移</button>`)}
${editForm(ctx, { action: "move", entryId: id, direction: "down" }, html`<button type="submit"${canDown ? "" : html` disabled`} aria-label="下移 ${entry.title}">下移</button>`)}
</div>
<details><summary>编辑文字</summary>
${editForm(ctx, { action: "title", entryId: id }, html`<label for="${anchor}-title">标题</label><input id="${anchor}-title" name="value" value="${entry.title}" required maxlength="2000"> <button type="submit">保存标题</button>`, "stack")}
${editForm(ctx, { action: "summary", entryId: id }, html`<label for="${anchor}-summary">摘要</label><textarea id="${anchor}-summary" name="value" rows="3" required maxlength="2000">${entry.summary}</textarea> <button type="submit">保存摘要</button>`, "stack")}
${BULLET_SECTIONS.map((section) => bulletFields(ctx, e, section, anchor))}
${resourceFields(ctx, e, anchor)}
</details>`
    : "";
  // Shown entries of an open draft can be dragged within their band (static/review-order.js).
  const drag = ctx.open && !e.hidden ? html` data-entry-id="${id}" data-band="${band(e)}"` : "";
  return html`<li id="${anchor}" class="review-entry${e.hidden ? " is-hidden" : ""}" value="${index + 1}"${drag}>
<h2>${e.hidden ? "" : `${at + 1}. `}<span aria-label="${entry.stars} 星">${formatStars(entry.stars)}</span> [${entry.org}] ${formatEntryTitle(entry)} ${badges}</h2>
<p class="meta">${e.item.sourceName} · ${trusted(renderLinkHtml("原文", e.item.url))}${e.originalStars !== entry.stars ? ` · 原为 ${e.originalStars} 星` : ""}</p>
<p>${entry.summary}</p>
${e.unsupported.map(
  (
    u,
  ) => html`<div class="review-flag" role="note"><p><strong>⚠️ 核验未通过（${u.label}）</strong>：原文未能证实下面的说法。保留这处修改的话，发布时会标注“编辑添加”。</p>
<ul class="review-claims">${u.claims.map((c) => html`<li>${c}</li>`)}</ul>
${ctx.open ? revertForm(ctx, e, u.where) : ""}</div>`,
)}
${controls}
</li>`;
}

/**
 * A section's bullets as forms (the draft's and those the editor added, each saved or emptied to
 * remove), then a form adding one at the next free place.
 */
function bulletFields(
  ctx: CardContext,
  e: CuratedEntry,
  section: (typeof BULLET_SECTIONS)[number],
  anchor: string,
): SafeHtml {
  const own = e.draft[section].bullets;
  const added = Object.keys(e.texts)
    .map((where) => /^(core|results|insights)\.(\d+)$/.exec(where))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === section && Number(m[2]) >= own.length)
    .map((m) => Number(m[2]))
    .sort((a, b) => a - b);
  const places = [...own.keys(), ...added];
  const next = Math.max(own.length, ...added.map((i) => i + 1));
  // Labels an added bullet may take: those the section's bullets carry, and the section's own.
  const labels = [...new Set([...own.map((b) => b.label?.trim() ?? ""), sectionLabelOf(section)])].filter(
    Boolean,
  );
  const listId = `${anchor}-${section}-labels`;
  const labelField = (id: string, value: string) =>
    html`<label for="${id}">标签（发布时显示在要点前；不填则为“${sectionLabelOf(section)}”）</label><input id="${id}" name="label" list="${listId}" maxlength="40" value="${value}" placeholder="${sectionLabelOf(section)}">`;
  const one = (i: number) => {
    const where = `${section}.${i}`;
    const label = own[i]?.label;
    const added = i >= own.length;
    return editForm(
      ctx,
      { action: "bullet", entryId: e.entryId, target: where },
      html`${added ? labelField(`${anchor}-${where}-label`, e.labels[where] ?? "") : ""}<label for="${anchor}-${where}">${describeEditWhere(where)}${label ? `（${label}）` : ""}${added ? "（编辑新加）" : ""}</label><textarea id="${anchor}-${where}" name="value" rows="2" maxlength="2000">${textIn(e, section, i)}</textarea> <button type="submit">保存</button>`,
      "stack",
    );
  };
  const add = editForm(
    ctx,
    { action: "bullet", entryId: e.entryId, target: `${section}.${next}` },
    html`${labelField(`${anchor}-${section}-new-label`, "")}<label for="${anchor}-${section}-new">新加一条要点</label><textarea id="${anchor}-${section}-new" name="value" rows="2" required maxlength="2000"></textarea> <button type="submit">添加要点</button>`,
    "stack add-bullet",
  );
  return html`<fieldset data-section="${section}"><legend>${SECTION_HEADINGS[section]}</legend><datalist id="${listId}">${labels.map((l) => html`<option value="${l}"></option>`)}</datalist>${places.map(one)}${add}<p class="meta">清空一条要点再保存，即删除这条。</p></fieldset>`;
}

/** The entry's resources (the draft's and added ones) with save/remove, and a form adding one. */
function resourceFields(ctx: CardContext, e: CuratedEntry, anchor: string): SafeHtml {
  const own = e.draft.resources;
  const added = Object.keys(e.texts)
    .map((where) => /^resources\.(\d+)$/.exec(where))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) >= own.length)
    .map((m) => Number(m[1]));
  const next = Math.max(own.length, ...added.map((i) => i + 1));
  const shown = e.item.entry.resources;
  const rows = shown.map((r, k) => {
    const place = e.resourcePlaces[k]!;
    return html`<li>${trusted(renderResourceLineHtml(r))} ${editForm(ctx, { action: "resource", entryId: e.entryId, target: `resources.${place}`, remove: "1" }, html`<button type="submit" aria-label="删除资源 ${r.label}">删除</button>`)}</li>`;
  });
  const add = editForm(
    ctx,
    { action: "resource", entryId: e.entryId, target: `resources.${next}` },
    html`<label for="${anchor}-res-label">资源名称</label><input id="${anchor}-res-label" name="label" required maxlength="200" placeholder="GitHub 代码">
<label for="${anchor}-res-url">链接</label><input id="${anchor}-res-url" name="url" type="url" required maxlength="2000" placeholder="https://"> <button type="submit">添加资源</button>`,
    "stack add-resource",
  );
  return html`<fieldset data-section="resources"><legend>相关资源</legend>${shown.length > 0 ? html`<ul>${rows}</ul>` : html`<p class="meta">还没有资源链接。</p>`}${add}<p class="meta">新加的链接同样对照原文核验；原文里找不到的链接会标注“编辑添加”。</p></fieldset>`;
}

/** The text a bullet has now (the edit in force, else the draft's). */
function textIn(e: CuratedEntry, section: (typeof BULLET_SECTIONS)[number], index: number): string {
  return e.texts[`${section}.${index}`] ?? e.draft[section].bullets[index]?.text ?? "";
}

/** Puts the draft's own text back (an edit whose after is the analysis's text: no edit in force). */
function revertForm(ctx: CardContext, e: CuratedEntry, where: string): SafeHtml {
  const r = /^resources\.(\d+)$/.exec(where);
  if (r) {
    const own = e.draft.resources[Number(r[1])];
    const fields: Record<string, string> = own
      ? { action: "resource", entryId: e.entryId, target: where, label: own.label, url: own.url }
      : { action: "resource", entryId: e.entryId, target: where, remove: "1" };
    return editForm(ctx, fields, html`<button type="submit">撤销这处修改（恢复原文分析）</button>`);
  }
  const m = /^(core|results|insights)\.(\d+)$/.exec(where);
  const original =
    where === "title"
      ? e.draft.title
      : where === "summary"
        ? e.draft.summary
        : m
          ? (e.draft[m[1] as (typeof BULLET_SECTIONS)[number]].bullets[Number(m[2])]?.text ?? "")
          : "";
  const fields: Record<string, string> =
    where === "title" || where === "summary"
      ? { action: where, entryId: e.entryId, value: original }
      : { action: "bullet", entryId: e.entryId, target: where, value: original };
  return editForm(ctx, fields, html`<button type="submit">撤销这处修改（恢复原文分析）</button>`);
}

function editLog(
  edits: readonly BriefingEdit[],
  entries: readonly CuratedEntry[],
  timeZone: string,
): SafeHtml {
  const titles = new Map(entries.map((e) => [e.entryId, e.draft.title]));
  const value = (v: unknown, field: string) => {
    if (field === "order" && Array.isArray(v)) return `${v.length} 条的新顺序`;
    if (field === "resource" && Array.isArray(v)) return v.length === 0 ? "（无）" : v.join(" ");
    if (field === "bullet" && Array.isArray(v)) return `${v[0]}：${v[1]}`;
    if (typeof v === "boolean") return v ? "是" : "否";
    return String(v);
  };
  return html`<section aria-labelledby="edits-h"><h2 id="edits-h">修改记录（${edits.length}）</h2>
${
  edits.length === 0
    ? html`<p>还没有修改。</p>`
    : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">时间</th><th scope="col">谁</th><th scope="col">条目</th><th scope="col">改了什么</th><th scope="col">之前</th><th scope="col">之后</th><th scope="col">核验</th></tr></thead>
<tbody>${edits.map(
        (e) => html`<tr>
<td>${formatDateTime(e.at, timeZone)}</td>
<td>${e.user}</td>
<td>${e.field === "order" ? "全部" : (titles.get(e.entryId) ?? e.entryId)}</td>
<td>${(e.field === "bullet" || e.field === "resource") && e.target ? describeEditWhere(e.target) : (FIELD_WORDS[e.field] ?? e.field)}</td>
<td>${value(e.before, e.field)}</td>
<td>${value(e.after, e.field)}</td>
<td>${e.unsupported === undefined ? "—" : e.unsupported.length === 0 ? html`<span class="status-ok">通过</span>` : html`<span class="status-bad">未通过：${e.unsupported.join("；")}</span>`}</td>
</tr>`,
      )}</tbody></table></div>`
}
</section>`;
}
