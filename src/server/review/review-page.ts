import type { BriefingEdit, CuratedEntry } from "../../model/curation.ts";
import { BULLET_SECTIONS, describeEditWhere } from "../../model/curation.ts";
import type { ReviewView } from "../../queries/index.ts";
import { formatEntryTitle, formatStars } from "../../render/briefing-text.ts";
import { renderLinkHtml } from "../../render/escape-html.ts";
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
<p class="meta">置顶的条目排在简报最前；“上移/下移”只在同一 ★ 档（或置顶组）内调整顺序。修改过的文字会重新对照原文核验。</p>
<ol class="review-list">${view.entries.map((e, i) => entryCard(e, i, view.entries, { csrf, open, action: action("edit") }))}</ol>
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
${BULLET_SECTIONS.map((section) =>
  e.draft[section].bullets.length === 0
    ? ""
    : html`<fieldset><legend>${SECTION_HEADINGS[section]}</legend>${e.draft[section].bullets.map((b, i) => {
        const where = `${section}.${i}`;
        const current = textIn(e, section, i);
        return editForm(
          ctx,
          { action: "bullet", entryId: id, target: where },
          html`<label for="${anchor}-${where}">${describeEditWhere(where)}${b.label ? `（${b.label}）` : ""}</label><textarea id="${anchor}-${where}" name="value" rows="2" maxlength="2000">${current}</textarea> <button type="submit">保存</button>`,
          "stack",
        );
      })}<p class="meta">清空一条要点再保存，即删除这条。</p></fieldset>`,
)}
</details>`
    : "";
  return html`<li id="${anchor}" class="review-entry${e.hidden ? " is-hidden" : ""}" value="${index + 1}">
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

/** The text a bullet has now (the edit in force, else the draft's). */
function textIn(e: CuratedEntry, section: (typeof BULLET_SECTIONS)[number], index: number): string {
  return e.texts[`${section}.${index}`] ?? e.draft[section].bullets[index]?.text ?? "";
}

/** Puts the draft's own text back (an edit whose after is the analysis's text: no edit in force). */
function revertForm(ctx: CardContext, e: CuratedEntry, where: string): SafeHtml {
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
<td>${e.field === "bullet" && e.target ? describeEditWhere(e.target) : (FIELD_WORDS[e.field] ?? e.field)}</td>
<td>${value(e.before, e.field)}</td>
<td>${value(e.after, e.field)}</td>
<td>${e.unsupported === undefined ? "—" : e.unsupported.length === 0 ? html`<span class="status-ok">通过</span>` : html`<span class="status-bad">未通过：${e.unsupported.join("；")}</span>`}</td>
</tr>`,
      )}</tbody></table></div>`
}
</section>`;
}
