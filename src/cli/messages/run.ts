/** CLI messages (see ../messages.ts): `run` and `demo`, the run summary, why a run is not ok, the progress display. */
export const RUN_MESSAGES = {
  "run.description": {
    zh: "抓取、阅读、分析并发布某一天的简报",
    en: "collect, read, analyse and publish the briefing of one day",
  },
  "run.opt.date": {
    zh: "哪一天（默认：配置时区里的今天）",
    en: "the day (default: today in the configured time zone)",
  },
  "run.opt.reanalyse": {
    zh: "即使已有匹配的分析结果也重新分析",
    en: "analyse again even when a stored analysis matches",
  },
  "run.opt.noDeliver": {
    zh: "只写文件，不推送到任何渠道",
    en: "write the files but send nothing to the channels",
  },
  "run.opt.forceDeliver": {
    zh: "每一部分都重新推送，即使推送记录显示已发送",
    en: "send every part again, even those the delivery log has as sent",
  },
  "run.opt.update": {
    zh: "补充运行：只把当天简报里还没有的条目推送到渠道",
    en: "catch-up run: send the channels only the entries the day's briefing did not have yet",
  },
  "run.locked": {
    zh: "另一次运行正在使用 {path}（{owner}）——请等它结束",
    en: "another run is using {path} ({owner}) — wait for it to finish",
  },
  "run.lockOwner": {
    zh: "{host} 上的进程 {pid}，{command}，始于 {since}",
    en: "pid {pid} on {host}, {command}, since {since}",
  },
  "demo.opt.serve": {
    zh: "然后生成此前 60 天的数据并启动网页版，直到 Ctrl-C",
    en: "then add 60 generated earlier days and serve the web app until Ctrl-C",
  },
  "demo.opt.port": { zh: "与 --serve 一起用：TCP 端口", en: "with --serve: TCP port" },
  "demo.history": {
    zh: "演示：生成了此前 {count} 天（{first} … {last}）",
    en: "demo: {count} earlier days generated ({first} … {last})",
  },
  "demo.serveBanner": { zh: "（演示；Ctrl-C 停止）", en: "(demo; Ctrl-C to stop)" },
  "demo.description": {
    zh: "运行内置的演示日（2026-02-04）：不联网，不需要 API 密钥",
    en: "run the bundled demo day (2026-02-04): no network, no API key",
  },
  "demo.opt.out": { zh: "输出目录", en: "output folder" },
  "demo.opt.llm": {
    zh: "用大模型分析：`stub` 启动内置的 OpenAI 兼容模拟服务",
    en: "analyse with an LLM: `stub` runs the bundled OpenAI-compatible stub server",
  },
  "demo.badLlm": {
    zh: "--llm 只接受 “stub”（内置的 OpenAI 兼容模拟服务），收到 “{value}”",
    en: '--llm takes "stub" (the bundled OpenAI-compatible stub), got "{value}"',
  },
  "demo.done": { zh: "演示完成：打开 {path}", en: "demo done: open {path}" },
  "demo.next": {
    zh: "演示配置已写入 {config}；接着可以试：cd {dir} && daybrief render && daybrief dupes && daybrief search 模型",
    en: "the demo's config is in {config}; try next: cd {dir} && daybrief render && daybrief dupes && daybrief search model",
  },
  "status.ok": { zh: "正常", en: "ok" },
  "status.degraded": { zh: "降级", en: "degraded" },
  "status.failed": { zh: "失败", en: "failed" },
  "status.cancelled": { zh: "已取消", en: "cancelled" },
  "status.interrupted": { zh: "被中断", en: "interrupted" },
  "status.running": { zh: "运行中", en: "running" },
  "count.entries": { zh: "条目", en: "entries" },
  "count.cached": { zh: "复用", en: "cached" },
  "count.analysed": { zh: "已分析", en: "analysed" },
  "count.fallback": { zh: "兜底", en: "fallback" },
  "count.failed": { zh: "失败", en: "failed" },
  "count.rejected": { zh: "退回", en: "rejected" },
  "count.undelivered": { zh: "未送达", en: "undelivered" },
  "summary.runWhy": { zh: "：{why}", en: ": {why}" },
  "summary.runStatus": {
    zh: "运行 {runId}（{date}）{status}{why}",
    en: "run {runId} for {date} {status}{why}",
  },
  "summary.briefing": {
    zh: "简报 {date}：{count} 条（★ ≥ {minStars}）",
    en: "briefing {date}: {count} entries (★ ≥ {minStars})",
  },
  "summary.coverage": {
    zh: "  {source}：发现 {found} · 当天 {inWindow} · 已分析 {analysed} · 重复 {duplicates} · 低于门槛 {below} · 失败 {failed}",
    en: "  {source}: found {found} · on the day {inWindow} · analysed {analysed} · duplicates {duplicates} · below threshold {below} · failed {failed}",
  },
  "summary.analyser": {
    zh: "  分析器 {name}：{count} 条{fallback}",
    en: "  analyser {name}: {count} entries{fallback}",
  },
  "summary.analyserFallback": { zh: "（{count} 条离线兜底）", en: " ({count} offline fallbacks)" },
  "summary.analyses": {
    zh: "  分析：新 {new}，复用 {cached}，退回 {rejected}，兜底 {fallback}，失败 {failed}",
    en: "  analyses: {new} new, {cached} reused, {rejected} rejected, {fallback} fallback, {failed} failed",
  },
  "summary.usage": {
    zh: "  大模型：{calls} 次调用，{prompt}+{completion} tokens，{cost} {currency}",
    en: "  LLM: {calls} calls, {prompt}+{completion} tokens, {cost} {currency}",
  },
  "summary.wrote": { zh: "  已写入 {format}：{path}", en: "  wrote {format}: {path}" },
  "summary.retriedNext": {
    zh: " —— 失败的部分由下次运行重试",
    en: " — failed parts are retried by the next run",
  },
  "summary.delivered": {
    zh: "  推送 {id}（{type}）：发送 {sent}，已发过 {skipped}，失败 {failed}{detail}",
    en: "  delivered {id} ({type}): {sent} sent, {skipped} already sent, {failed} failed{detail}",
  },
  "summary.resent": {
    zh: "    第 {index}/{total} 部分重发：上次推送后条目有变化——新增：{added}；以另一种形式发过：{changed}",
    en: "    part {index}/{total} sent again: its entries changed since the last delivery — new: {added}; sent before in another form: {changed}",
  },
  "summary.none": { zh: "无", en: "none" },
  // Why a run is not ok (RunReason in pipeline/run-status.ts); en in the words of the runs table.
  "runReason.separator": { zh: "；", en: "; " },
  "runReason.allSourcesFailed": {
    zh: "全部 {sources} 个订阅源都抓取失败",
    en: "all {sources} source(s) failed",
  },
  "runReason.nothingSent": { zh: "没有向渠道推送任何内容", en: "nothing sent to the channels" },
  "runReason.everyChannelFailed": {
    zh: "所有渠道都推送失败（{channels}）",
    en: "every channel failed ({channels})",
  },
  "runReason.sourcesFailed": {
    zh: "{sources} 个订阅源中 {failed} 个抓取失败",
    en: "{failed} of {sources} source(s) failed",
  },
  "runReason.feedsLostItems": { zh: "{count} 个订阅源有条目无法读取", en: "{count} feed(s) lost items" },
  "runReason.pagesUnreadable": { zh: "{count} 个页面无法读取", en: "{count} page(s) unreadable" },
  "runReason.pagesUnread": {
    zh: "{count} 个页面未能读取（改用订阅源内容）",
    en: "{count} page(s) not read (feed text used)",
  },
  "runReason.analysesFailed": {
    zh: "{count} 篇分析失败{fallback}",
    en: "{count} analysis(es) failed{fallback}",
  },
  "runReason.analysesFallback": {
    zh: "（其中 {count} 篇由离线分析兜底）",
    en: " ({count} offline fallback)",
  },
  "runReason.partsUndelivered": {
    zh: "{count} 个推送部分未送达",
    en: "{count} channel part(s) not delivered",
  },
  "runReason.channelsFailed": { zh: "{count} 个渠道推送失败", en: "{count} channel(s) failed" },
  "runReason.healthAlertNotSent": { zh: "健康告警未能发出", en: "health alert not sent" },
  "runReason.runFailed": { zh: "运行本身出错", en: "the run itself failed" },
  "runReason.cancelled": { zh: "已被用户取消", en: "cancelled by the user" },
  "progress.collect": { zh: "抓取订阅源", en: "collecting feeds" },
  "progress.read": { zh: "阅读文章", en: "reading articles" },
  "progress.dedup": { zh: "去重", en: "deduplicating" },
  "progress.analyse": { zh: "分析中", en: "analysing" },
  "progress.deliver": { zh: "推送中", en: "delivering" },
  "progress.publish": { zh: "发布中", en: "publishing" },
} as const satisfies Record<string, { zh: string; en: string }>;
