/** CLI messages (see ../messages.ts): `schedule`. */
export const SCHEDULE_MESSAGES = {
  "schedule.description": {
    zh: "按配置的时间运行任务（默认配置时区的 21:00），直到 Ctrl-C",
    en: "run the configured jobs at their times (default 21:00 in the config's time zone) until Ctrl-C",
  },
  "schedule.opt.once": {
    zh: "运行现在到期的任务（补上今天错过的）后退出",
    en: "run what is due now (a missed run of today) and exit",
  },
  "schedule.job": { zh: "{time} {name}（{kind}）→ {date}", en: "{time} {name} ({kind}) → {date}" },
  "schedule.skipped": {
    zh: "{name} {date}：已跳过，另一次运行持有锁（{holder}）",
    en: "{name} {date}: skipped, another run holds the lock ({holder})",
  },
  "schedule.holder": { zh: "{host} 上的进程 {pid}，始于 {since}", en: "pid {pid} on {host} since {since}" },
  "schedule.noAlertChannel": { zh: "未配置 health.alertChannel", en: "no health.alertChannel configured" },
  "schedule.alertSent": { zh: "已向 {channel} 发出告警", en: "alert sent to {channel}" },
  "schedule.alertNotSent": { zh: "告警未发出：{error}", en: "alert not sent: {error}" },
  "schedule.gaveUp": {
    zh: "推送重试 {date}：重试 {retries} 次后放弃，{parts} 部分未送达；{alert}",
    en: "delivery retry {date}: gave up after {retries} retries, {parts} part(s) not delivered; {alert}",
  },
  "schedule.channelParts": { zh: "{channel} {parts} 部分", en: "{channel} {parts} part(s)" },
  "schedule.nothing": { zh: "无", en: "nothing" },
  "schedule.channelFailedEarly": {
    zh: "（某个渠道在分段前就失败了）",
    en: "(a channel failed before its parts)",
  },
  "schedule.retry": {
    zh: "推送重试 {date}（第 {attempt}/{max} 次）：缺 {missing}；已发 {sent}；仍有 {undelivered} 部分未送达",
    en: "delivery retry {date} (attempt {attempt} of {max}): missing {missing}; sent {sent}; {undelivered} part(s) still not delivered",
  },
  "schedule.retrySkipped": {
    zh: "推送重试 {date}：已跳过，另一次运行持有锁（{holder}）",
    en: "delivery retry {date}: skipped, another run holds the lock ({holder})",
  },
  "schedule.nothingDue": { zh: "没有到期的任务", en: "nothing due" },
  "schedule.nextRetry": { zh: "下次推送重试：{time}（{zone}）", en: "next delivery retry: {time} ({zone})" },
  "schedule.nextRun": { zh: "下次运行：{time}（{zone}）", en: "next run: {time} ({zone})" },
  "schedule.started": {
    zh: "daybrief schedule：{jobs}，时区 {zone}{next}",
    en: "daybrief schedule: {jobs} in {zone}{next}",
  },
  "schedule.startedNext": { zh: "；下次运行 {time}", en: "; next run {time}" },
  "schedule.stopped": { zh: "daybrief schedule：已停止", en: "daybrief schedule: stopped" },
} as const satisfies Record<string, { zh: string; en: string }>;
