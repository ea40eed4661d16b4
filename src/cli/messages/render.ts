/** CLI messages (see ../messages.ts): `render`, `dupes`, `runs` and `sources`. */
export const RENDER_MESSAGES = {
  "render.description": {
    zh: "用已存的分析结果重建某天的输出（不抓取、不分析）",
    en: "rebuild a day's outputs from stored analyses (no fetching, no analysis)",
  },
  "render.opt.format": {
    zh: "md、html 或 json：把这种格式打印到标准输出，而不是写文件",
    en: "md, html or json: print this format to stdout instead of writing files",
  },
  "render.badFormat": {
    zh: "--format 只能是 {formats} 之一，收到 “{value}”",
    en: '--format must be one of {formats}, got "{value}"',
  },
  "render.nothingStored": {
    zh: "{date} 没有存储任何内容——先运行 `daybrief run --date {date}`",
    en: "nothing stored for {date} — run `daybrief run --date {date}` first",
  },
  "render.wrote": { zh: "已写入 {format}：{path}", en: "wrote {format}: {path}" },
  "render.opt.archive": {
    zh: "把每个已发布日期的归档文件按已发布的简报重新写一遍（升级改变了输出规则之后，例如链接规则），再写 index.html 和 feed.xml",
    en: "write every published day's archive files again from its stored briefing, as published (after an upgrade changes the output rules, e.g. links), then index.html and feed.xml",
  },
  "render.archiveAlone": {
    zh: "--archive 重写整个归档，不能与 --date 或 --format 一起用",
    en: "--archive rewrites the whole archive; it takes neither --date nor --format",
  },
  "render.archiveWrote": {
    zh: "已重写归档：{files} 个文件，在 {dir}",
    en: "archive rewritten: {files} files in {dir}",
  },
  "render.draftPending": {
    zh: "{date} 的简报是待审阅的草稿（状态：{status}），render 不会替它发布文件：用 daybrief review --date {date} 审阅并发布，或用 --format 只输出到终端",
    en: "{date} is a draft awaiting review (status: {status}); render does not publish its files: review and publish it with daybrief review --date {date}, or print it with --format",
  },

  "dupes.description": {
    zh: "某天哪些文章被合并成同一条新闻，以及原因（相似度分数）",
    en: "what was merged into one story on a date, and why (similarity scores)",
  },
  "dupes.noArticles": { zh: "还没有存储任何文章", en: "no articles stored yet" },
  "dupes.header": {
    zh: "{date}：{articles} 篇文章 → {stories} 条新闻（合并副本 {copies}，重复 {repeats}，后续 {followUps}）",
    en: "{date}: {articles} articles → {stories} stories ({copies} copies merged, {repeats} repeats, {followUps} follow-ups)",
  },
  "dupes.repeatOf": { zh: "重复了（不再显示）", en: "repeat of (not shown)" },
  "dupes.followUpOf": { zh: "后续报道，前文", en: "follow-up of" },
  "dupes.newFacts": { zh: " —— 新内容：{facts}", en: " — new: {facts}" },
  "dupes.exact": { zh: "同一链接、GUID 或正文", en: "same link, GUID or text" },
  "dupes.scores": {
    zh: "正文 {text} · 标题 {title} · 实体 {entity} · 事件 {story}",
    en: "text {text} · title {title} · entities {entity} · story {story}",
  },
  "dupes.textFrom": { zh: "（正文来自：{from}）", en: " (text: {from})" },
  "runs.description": {
    zh: "最近的运行：数量、失败、大模型用量",
    en: "the latest runs: counts, failures, LLM usage",
  },
  "runs.opt.limit": { zh: "显示多少条", en: "how many" },
  "runs.none": { zh: "还没有运行记录", en: "no runs yet" },
  "runs.why": { zh: "    原因：{reason}", en: "    why: {reason}" },
  "runs.usage": {
    zh: "    大模型 {calls} 次调用，{prompt}+{completion} tokens，费用 {cost}",
    en: "    LLM {calls} calls, {prompt}+{completion} tokens, cost {cost}",
  },
  "sources.description": { zh: "列出订阅源及其健康状况", en: "list sources with their health" },
  "sources.import.description": {
    zh: "把 OPML 文件里的订阅源追加到配置（文件夹成为标签）",
    en: "append the feeds of an OPML file to the config (folders become tags)",
  },
  "sources.disabled": { zh: "已停用", en: "disabled" },
  "sources.neverFetched": { zh: "从未抓取", en: "never fetched" },
  "sources.failing": { zh: "连续失败 ×{count}：{error}", en: "FAILING ×{count}: {error}" },
  "sources.ok": { zh: "正常", en: "ok" },
  "sources.never": { zh: "从未", en: "never" },
  "sources.hoursAgo": { zh: "{iso}（{hours} 小时前）", en: "{iso} ({hours} h ago)" },
  "sources.health": {
    zh: "    {state} · 上次成功 {since} · 见过 {items} 条",
    en: "    {state} · last success {since} · items seen {items}",
  },
  "sources.lastNew": { zh: "    上次有新条目 {since}", en: "    last new item {since}" },
  "sources.lastError": { zh: "    上次出错 {since}：{error}", en: "    last error {since}: {error}" },
  "sources.noConfig": {
    zh: "{path} 没有配置文件——先运行 `daybrief init`",
    en: "no config at {path} — run `daybrief init` first",
  },
  "sources.noOpml": { zh: "{path} 没有 OPML 文件", en: "no OPML file at {path}" },
  "sources.notList": { zh: "{path}：sources 必须是列表", en: "{path}: sources must be a list" },
  "sources.imported": {
    zh: "从 {file} 导入了 {added} 个新订阅源（{present} 个已存在）",
    en: "imported {added} new source(s) from {file} ({present} already present)",
  },
  "sources.envReference": {
    zh: "已跳过 {feed}：它的 {field} 含有 $\u007b…}，配置文件会把它读成环境变量（可能是密钥），不予导入",
    en: "skipped {feed}: its {field} holds $\u007b…}, which the config would read as an environment variable (a secret); not imported",
  },
  "sources.twoBridges": {
    zh: "注意：“{name}” 通过两个不同的地址订阅了两次（可能是两个桥接服务）：{urls}——保留一个即可，否则同一篇文章会来两次",
    en: 'warning: "{name}" arrives through two different URLs (two bridges?): {urls} — keep one, or each article comes twice',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
