/** CLI messages (see ../messages.ts): the program, its shared options, commander's own words and the errors every command can print. */
export const PROGRAM_MESSAGES = {
  "program.description": {
    zh: "从订阅源写出每日 AI 情报简报：抓取、阅读、分析、排序、发布。",
    en: "Writes a daily AI intelligence briefing from feeds: collect, read, analyse, rank, publish.",
  },
  "program.helpAfterError": {
    zh: "（运行 `daybrief --help` 查看全部命令）",
    en: "(run `daybrief --help` for the commands)",
  },
  "opt.config": {
    zh: "配置文件（默认 ./daybrief.config.yaml）",
    en: "config file (default ./daybrief.config.yaml)",
  },
  "opt.lang": {
    zh: "界面语言：zh 或 en（默认按 LANG / LC_ALL / LC_MESSAGES，否则中文）",
    en: "language: zh or en (default from LANG / LC_ALL / LC_MESSAGES, else Chinese)",
  },
  "opt.quiet": { zh: "不显示进度", en: "no progress display" },
  "opt.briefing": {
    zh: "哪一份简报（配置里 briefings 的 id；默认 default）",
    en: "which briefing (an id of the config's briefings; default: default)",
  },
  "run.opt.briefing": {
    zh: "只运行这一份简报（配置里 briefings 的 id；默认全部）",
    en: "run only this briefing (an id of the config's briefings; default: all)",
  },
  "run.briefingHeading": { zh: "── 简报 {id} ──", en: "── briefing {id} ──" },
  "opt.date": { zh: "哪一天", en: "the day" },
  "opt.latestDay": {
    zh: "哪一天（默认：存储里最近的一天）",
    en: "the day (default: the latest stored day)",
  },
  "opt.help": { zh: "显示帮助", en: "display help for command" },
  "opt.version": { zh: "显示版本号", en: "output the version number" },
  "help.usage": { zh: "用法：", en: "Usage:" },
  "help.options": { zh: "选项：", en: "Options:" },
  "help.commands": { zh: "命令：", en: "Commands:" },
  "help.arguments": { zh: "参数：", en: "Arguments:" },
  "help.globalOptions": { zh: "全局选项：", en: "Global Options:" },
  "help.default": { zh: "默认：", en: "default:" },
  "help.helpCommand": { zh: "显示某个命令的帮助", en: "display help for command" },
  "commander.unknownOption": { zh: "错误：未知选项 {name}", en: "error: unknown option {name}" },
  "commander.unknownCommand": { zh: "错误：未知命令 {name}", en: "error: unknown command {name}" },
  "commander.missingArgument": {
    zh: "错误：缺少必需的参数 {name}",
    en: "error: missing required argument {name}",
  },
  "commander.optionMissingArgument": {
    zh: "错误：选项 {name} 缺少取值",
    en: "error: option {name} argument missing",
  },
  "commander.missingMandatoryOption": {
    zh: "错误：必须提供选项 {name}",
    en: "error: required option {name} not specified",
  },
  "commander.excessArguments": { zh: "错误：参数太多", en: "error: too many arguments" },
  "lang.invalid": { zh: "--lang 只能是 zh 或 en，收到 “{value}”", en: '--lang is zh or en, got "{value}"' },

  // ── errors (handle-error.ts, load.ts) ──────────────────────────────────────────────────────
  "error.prefix": { zh: "错误：", en: "error: " },
  "error.bug": {
    zh: "daybrief 遇到了程序错误，请附上下面的堆栈报告：",
    en: "daybrief hit a bug — please report it with this trace:",
  },
  "error.config.header": { zh: "配置有 {count} 处问题：", en: "{count} problem(s) in the config:" },
  "error.config.withHint": { zh: "{message}（{hint}）", en: "{message} ({hint})" },
  "error.config.unknownKeys": { zh: "未知的键：{keys}", en: "unknown key(s): {keys}" },
  "error.config.didYouMean": { zh: "是不是想写 {suggestion}？", en: "did you mean {suggestion}?" },
  "error.config.checkSchema": {
    zh: "对照 `daybrief config schema` 检查拼写",
    en: "check the spelling against `daybrief config schema`",
  },
  "config.issue.missing": {
    zh: "缺少：这个键是必填的（{expected}）",
    en: "missing: this key is required ({expected})",
  },
  "config.issue.url": { zh: "不是有效的 http(s) 地址", en: "not a valid http(s) URL" },
  "config.issue.oneOf": { zh: "只能是 {values} 之一", en: "must be one of {values}" },
  "config.issue.tooBig": { zh: "太大：最大为 {maximum}", en: "too big: at most {maximum}" },
  "config.issue.tooSmall": { zh: "太小：最小为 {minimum}", en: "too small: at least {minimum}" },
  "config.issue.envUnset": {
    zh: "环境变量 {name} 未设置（运行前 export {name}=…，或写成带默认值的 {ref}）",
    en: "environment variable {name} is not set (export {name}=… before running, or give a default: {ref})",
  },
  "config.hint.sources": {
    zh: "这样列出订阅源：`- name: 机器之心` 加 `url: https://…`",
    en: "list feeds as `- name: 机器之心` + `url: https://…`",
  },
  "config.hint.sources.name": {
    zh: "给订阅源起个显示名，例如 name: 机器之心",
    en: "give the source a display name, e.g. name: 机器之心",
  },
  "config.hint.sources.url": {
    zh: "订阅源的地址，例如 https://example.com/feed.xml",
    en: "the feed's address, e.g. https://example.com/feed.xml",
  },
  "config.hint.llm.providers.id": {
    zh: "给这个大模型服务起个短名，例如 id: deepseek",
    en: "a short name for the provider, e.g. id: deepseek",
  },
  "config.hint.channels.type": {
    zh: "feishu、dingtalk、wecom、telegram、slack、discord、email、webhook 之一",
    en: "one of feishu, dingtalk, wecom, telegram, slack, discord, email, webhook",
  },
  "config.hint.briefing.minStars": { zh: "1 到 5 的整数", en: "a whole number from 1 to 5" },
  "config.hint.fetch.allowPrivate": {
    zh: "例如 nas.local、nas.local:8080、192.168.1.20、192.168.1.20:8080 或 192.168.1.0/24",
    en: "e.g. nas.local, nas.local:8080, 192.168.1.20, 192.168.1.20:8080 or 192.168.1.0/24",
  },
  "error.noConfig": {
    zh: "{path} 没有配置文件——运行 `daybrief init` 写一份，或运行 `daybrief demo` 试用内置演示",
    en: "no config at {path} — run `daybrief init` to write one, or `daybrief demo` to try the bundled demo",
  },
  "error.badDate": {
    zh: "--date 必须是 YYYY-MM-DD 格式的真实日期，收到 “{value}”",
    en: '--date must be a real date as YYYY-MM-DD, got "{value}"',
  },
  "error.noStore": {
    zh: "{path} 没有存储——先运行 `daybrief run`",
    en: "no store at {path} — run `daybrief run` first",
  },
  "error.unknownBriefing": {
    zh: "配置里没有 id 为 “{id}” 的简报（有：{ids}）",
    en: 'the config defines no briefing "{id}" (it has: {ids})',
  },
  "error.noDayStored": {
    zh: "存储里还没有任何一天的数据——先运行 `daybrief run`",
    en: "no day is stored yet — run `daybrief run` first",
  },
  "error.wholeNumber": {
    zh: "{flag} 须为整数，收到 “{value}”",
    en: '{flag} takes a whole number, got "{value}"',
  },
  "error.logLevel": {
    zh: "DAYBRIEF_LOG_LEVEL 只能是 {levels} 之一，收到 “{value}”",
    en: 'DAYBRIEF_LOG_LEVEL is one of {levels}, got "{value}"',
  },
  "error.promptsHint": {
    zh: "指向带版本头的提示词文件（见 prompts/）",
    en: "point it at a prompt file with a version header (see prompts/)",
  },
  "signal.cancelling": {
    zh: "正在取消……（再按一次 Ctrl-C 立即退出）",
    en: "cancelling… (Ctrl-C again to quit at once)",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
