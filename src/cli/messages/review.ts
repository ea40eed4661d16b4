/** CLI messages (see ../messages.ts): `review` (publish.review, docs/review.md) and the run summary of a draft. */
export const REVIEW_MESSAGES = {
  "review.description": {
    zh: "审阅草稿：列出待审阅的草稿，查看某天的草稿（含编辑的修改），发布或丢弃",
    en: "Review drafts: list those awaiting review, show a day's draft (with its edits), publish or discard it",
  },
  "review.opt.date": { zh: "草稿的日期", en: "the draft's day" },
  "review.opt.list": { zh: "列出所有草稿及其状态", en: "list every draft and its status" },
  "review.opt.publish": {
    zh: "发布这份草稿（应用编辑的修改，写出文件并投递到各渠道）",
    en: "publish the draft (its edits applied; files written, channels sent)",
  },
  "review.opt.discard": {
    zh: "丢弃这份草稿（不发布；修改记录保留）",
    en: "discard the draft (nothing published; the edits stay on record)",
  },
  "review.needDate": {
    zh: "请用 --date YYYY-MM-DD 指定草稿的日期（或用 --list 列出草稿）",
    en: "give the draft's day with --date YYYY-MM-DD (or list the drafts with --list)",
  },
  "review.bothActions": {
    zh: "--publish 和 --discard 只能选一个",
    en: "--publish and --discard cannot go together",
  },
  "review.noDrafts": {
    zh: "没有草稿（publish.review 为 true 时，每次运行会停在草稿）",
    en: "no drafts (with publish.review: true each run stops at a draft)",
  },
  "review.listLine": {
    zh: "{date}  {status}  {entries} 条  生成于 {created}{deadline}{decided}",
    en: "{date}  {status}  {entries} entries  made {created}{deadline}{decided}",
  },
  "review.deadline": { zh: "  审阅期限 {time}", en: "  due {time}" },
  "review.decided": { zh: "  由 {by} 于 {time} 处理", en: "  by {by} at {time}" },
  "review.status.draft": { zh: "待审阅", en: "awaiting review" },
  "review.status.published": { zh: "已发布", en: "published" },
  "review.status.discarded": { zh: "已丢弃", en: "discarded" },
  "review.noDraft": {
    zh: "{date} 没有草稿（publish.review 为 false 时运行直接发布）",
    en: "no draft for {date} (with publish.review: false runs publish at once)",
  },
  "review.alreadyDecided": {
    zh: "{date} 的草稿已经{status}，不能再{action}",
    en: "the draft of {date} is already {status}; cannot {action} it",
  },
  "review.action.publish": { zh: "发布", en: "publish" },
  "review.action.discard": { zh: "丢弃", en: "discard" },
  "review.header": {
    zh: "{date} 的草稿（{status}）：{shown} 条将发布，{hidden} 条已隐藏，{edits} 处修改。网页审阅：/review/{date}",
    en: "draft of {date} ({status}): {shown} entries to publish, {hidden} hidden, {edits} edits. Review on the web: /review/{date}",
  },
  "review.entry": { zh: "{marks}{stars} 条目 {id}：{title}", en: "{marks}{stars} entry {id}: {title}" },
  "review.mark.hidden": { zh: "（隐藏）", en: "(hidden) " },
  "review.mark.pinned": { zh: "（置顶）", en: "(pinned) " },
  "review.unsupported": {
    zh: "    ⚠ 编辑添加，原文未能证实（{where}）：{claims}",
    en: "    ⚠ editor's text the article does not support ({where}): {claims}",
  },
  "review.published": {
    zh: "已发布 {date}：{entries} 条（运行 #{runId}，{status}）",
    en: "published {date}: {entries} entries (run #{runId}, {status})",
  },
  "review.discarded": { zh: "已丢弃 {date} 的草稿", en: "discarded the draft of {date}" },
  "review.deadlinePublished": {
    zh: "{date} 的草稿已过审阅期限，已自动发布（{status}）",
    en: "the draft of {date} passed its review deadline and was published ({status})",
  },
  "review.deadlineSkipped": {
    zh: "审阅期限已到的草稿暂未发布：{holder}，稍后再试",
    en: "drafts past their review deadline not published yet: {holder}; trying again shortly",
  },
  "summary.draft": {
    zh: "草稿已保存，等待审阅：未写出文件，未投递。审阅：/review/{date} 或 daybrief review --date {date}{deadline}",
    en: "draft stored, awaiting review: no files written, nothing delivered. Review at /review/{date} or with daybrief review --date {date}{deadline}",
  },
  "summary.draftDeadline": {
    zh: "（审阅期限 {time}，到期后{then}）",
    en: " (due {time}; then {then})",
  },
  "summary.draftThenPublish": { zh: "自动发布", en: "published as it stands" },
  "summary.draftThenWait": { zh: "继续等待", en: "it keeps waiting" },
} as const satisfies Record<string, { zh: string; en: string }>;
