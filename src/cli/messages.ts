/**
 * The CLI's message catalogue: every line a user reads from `daybrief` (help, output, errors, the
 * starter config's comments), keyed, in Chinese and English. A plain object with no imports, so
 * `daybrief --help` loads it at no cost. `{name}` marks a value filled in by `translate` (i18n.ts).
 *
 * Keys are `<command>.<what>`: `run.description`, `run.opt.date`, `render.nothingStored`. A new
 * command (e.g. `serve`, `mcp`) adds its block here under its own prefix and reads it through
 * `messagesOf(ctx)`; test/cli-messages.test.ts checks that every key has both languages and that no
 * user-facing string literal is left in src/cli/**. Why something failed (network, auth, DNS …)
 * is not here: that is the reasons catalogue, src/model/reasons.ts, shown with `describeReason`.
 * Log lines are for operators and stay English, outside any catalogue.
 */
export const MESSAGES = {
  // ── the program, shared options, commander's own words ─────────────────────────────────────
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

  // ── init ────────────────────────────────────────────────────────────────────────────────────
  "init.description": {
    zh: "写一份带注释的初始配置（daybrief.config.yaml）",
    en: "write a commented starter config (daybrief.config.yaml)",
  },
  "init.opt.config": { zh: "写到哪里", en: "where to write it" },
  "init.opt.force": { zh: "覆盖已有文件", en: "overwrite an existing file" },
  "init.opt.accounts": {
    zh: "公众号：jiqizhixin,xinzhiyuan,qbitai（各自可加 =<feed id 或地址>），或 all",
    en: "WeChat accounts: jiqizhixin,xinzhiyuan,qbitai (each =<feed id or URL>), or all",
  },
  "init.opt.bridge": {
    zh: "你的公众号→RSS 桥接服务地址（WeWe RSS），或含 {id} 的地址",
    en: "your WeChat→RSS bridge's base URL (WeWe RSS), or a URL with {id}",
  },
  "init.opt.yes": { zh: "什么都不问，即使在终端里", en: "ask nothing, even on a terminal" },
  "init.exists": {
    zh: "{path} 已存在——加 --force 覆盖",
    en: "{path} exists already — pass --force to overwrite it",
  },
  "init.badAccounts": {
    zh: "--accounts {value}：可用 jiqizhixin、xinzhiyuan、qbitai（或 机器之心、新智元、量子位、1–3、all），各自可加 =<feed id 或地址>",
    en: "--accounts {value}: use jiqizhixin, xinzhiyuan, qbitai (or 机器之心, 新智元, 量子位, 1–3, all), each optionally =<feed id or URL>",
  },
  "init.badBridge": {
    zh: "--bridge {value}：请给出桥接服务的地址，例如 http://127.0.0.1:4000",
    en: "--bridge {value}: give the bridge's base URL, e.g. http://127.0.0.1:4000",
  },
  "init.badChoice": {
    zh: "{flag} {value}：只能是 {choices} 之一",
    en: "{flag} {value}: choose one of {choices}",
  },
  "init.noAccounts": { zh: "至少选择一个公众号", en: "choose at least one account" },
  "init.feedNeedsBridge": {
    zh: "{name}：feed id（{feed}）需要配合 --bridge <地址>",
    en: "{name}: a feed id ({feed}) needs --bridge <url>",
  },
  "init.wrote": { zh: "已写入 {path}", en: "wrote {path}" },
  "init.setVariables": { zh: "请设置这些环境变量：{vars}", en: "set these variables: {vars}" },
  "init.next": {
    zh: "下一步：`daybrief config check`，然后 `daybrief run`",
    en: "next: `daybrief config check`, then `daybrief run`",
  },
  "init.ask.intro": {
    zh: "daybrief init —— 回车接受 [默认值]",
    en: "daybrief init — press Enter for the [default]",
  },
  "init.ask.accountsTitle": { zh: "公众号：", en: "WeChat accounts:" },
  "init.ask.accounts": {
    zh: "订阅哪些？编号或名字，逗号分隔 [all]：",
    en: "which ones? numbers or names, comma-separated [all]: ",
  },
  "init.ask.accountsAgain": {
    zh: "没有这个公众号：请用 1–3、名字或 all",
    en: "unknown account: use 1–3, names, or all",
  },
  "init.ask.bridge": {
    zh: "自建桥接的地址（如 WeWe RSS 的 http://127.0.0.1:4000），留空用公共订阅源 []：",
    en: "your bridge's base URL (e.g. WeWe RSS at http://127.0.0.1:4000), empty for public feeds []: ",
  },
  "init.ask.bridgeAgain": {
    zh: "请输入 http(s):// 开头的地址或留空",
    en: "an http(s):// URL or nothing",
  },
  "init.ask.feed": {
    zh: "{name} 在桥接里的 feed id（如 MP_WXS_123）或完整订阅地址，留空用公共订阅源 []：",
    en: "{name}: its feed id in the bridge (e.g. MP_WXS_123) or feed URL, empty for the public feed []: ",
  },
  "init.ask.llm": { zh: "大模型（{choices}）[offline]：", en: "LLM ({choices}) [offline]: " },
  "init.ask.channel": { zh: "推送渠道（{choices}）[none]：", en: "channel ({choices}) [none]: " },
  "init.ask.chooseOne": { zh: "请选择其中之一：{choices}", en: "choose one of: {choices}" },
  "init.ask.cancelled": {
    zh: "init 已取消：输入在回答完所有问题前结束了",
    en: "init cancelled: input ended before every question was answered",
  },
  // The config `init` writes: its comments.
  "starter.header": {
    zh: "# daybrief 配置，由 `daybrief init` 写出；除 sources 外每个键都可省略。",
    en: "# daybrief configuration, written by `daybrief init`; every key is optional except sources.",
  },
  "starter.reference": {
    zh: "# 完整说明：docs/configuration.md · 上手指南：docs/setup.md",
    en: "# Reference: docs/configuration.md · setup guide: docs/setup.md",
  },
  "starter.schema": {
    zh: "# 编辑器补全：daybrief config schema > daybrief.schema.json，再在文件开头加一行：",
    en: "# Editor completion: daybrief config schema > daybrief.schema.json, then add at the top:",
  },
  "starter.secrets": {
    zh: "# 密钥不写在这里：用 {ref}，在环境变量里设置。",
    en: "# Secrets are never written here: use {ref} and set the variable in the environment.",
  },
  "starter.timezone": {
    zh: "# 按这个时区切分日期：文章在这里的第 D 天发布，就属于 D 那天。",
    en: "# Days are cut in this time zone: an article belongs to date D when it was published on D here.",
  },
  "starter.sources": {
    zh: "# 订阅源，顺序决定同分（★）条目的先后。公众号通过公众号→RSS 桥接服务读取；任何 RSS/Atom/JSON 订阅源都可以。",
    en: "# Feeds, in the order that breaks ties between entries of equal value (★). WeChat accounts come through a WeChat→RSS bridge; any RSS/Atom/JSON feed works.",
  },
  "starter.output": {
    zh: "# 简报写到这里：briefings/YYYY/YYYY-MM-DD.{md,html,json}。",
    en: "# Where briefings are written: briefings/YYYY/YYYY-MM-DD.{md,html,json}.",
  },
  "starter.store": {
    zh: "# SQLite 文件，记住订阅源、文章和分析结果（重跑不花钱）。",
    en: "# The SQLite file that remembers feeds, articles and analyses (re-runs cost nothing).",
  },
  "starter.title": { zh: "AI 每日情报", en: "AI Daily Briefing" },
  "starter.minStars": {
    zh: "# 低于这个分值（1–5）的条目不收录。",
    en: "# Entries below this value (1–5) are left out.",
  },
  "starter.allowPrivate": {
    zh: "# 自建桥接在本机或内网：允许访问它的地址。",
    en: "# A self-hosted bridge on a private address must be allowed.",
  },
  "starter.offline": {
    zh: "# 未配置大模型：由内置的离线（抽取式）分析器生成条目。docs/llm.md 介绍如何接入 DeepSeek、通义千问、Kimi、GLM、OpenAI 或本地 Ollama。",
    en: "# No LLM: entries are written by the built-in offline (extractive) analyser. docs/llm.md adds DeepSeek, Qwen, Kimi, GLM, OpenAI or a local Ollama.",
  },
  "starter.llm": {
    zh: "# 大模型（docs/llm.md）。`daybrief llm test` 检查密钥和接口。",
    en: "# LLM (docs/llm.md). `daybrief llm test` checks the key and the endpoint.",
  },
  "starter.llmModel": { zh: "# 本地模型名", en: "# your local model" },
  "starter.llmKey": { zh: "# 密钥只放在环境变量里", en: "# the key stays in the environment" },
  "starter.noChannel": {
    zh: "# 未配置推送渠道：简报只写到 output.dir。",
    en: "# No channel: the briefing is written to output.dir only.",
  },
  "starter.channels": {
    zh: "# 推送渠道（docs/channels.md）。密钥来自环境变量。`daybrief channels test` 发一条测试消息。",
    en: "# Where the briefing is sent (docs/channels.md). Secrets come from the environment. `daybrief channels test` sends a test message.",
  },
  "starter.signingSecret": { zh: "# 签名校验密钥", en: "# signing secret" },
  "starter.wecomDigest": {
    zh: "# 每条 4,096 字节，摘要模式更合适",
    en: "# 4,096-byte messages: digest mode fits better",
  },

  // ── run, demo, the run summary ──────────────────────────────────────────────────────────────
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
  // ── serve, mcp, api (the web app, the MCP server, the HTTP API's helpers) ─────────────────
  "serve.description": {
    zh: "启动网页版：简报、搜索、带原文证据的条目、订阅源、运行记录、趋势",
    en: "serve the web app: briefings, search, entries with their evidence, sources, runs, trends",
  },
  "serve.opt.port": { zh: "TCP 端口（默认 serve.port，8080）", en: "TCP port (default serve.port, 8080)" },
  "serve.opt.host": {
    zh: "监听地址（默认 serve.host，127.0.0.1）",
    en: "address to listen on (default serve.host, 127.0.0.1)",
  },
  "serve.opt.schedule": {
    zh: "同时在本进程里按配置定时运行",
    en: "also run the configured schedule in this process",
  },
  "serve.opt.hashPassword": {
    zh: "打印从标准输入读到的密码的 scrypt 哈希（填到 serve.users）",
    en: "print the scrypt hash of the password read from stdin (for serve.users)",
  },
  "api.badScopes": {
    zh: '--scopes 取 read 或 read,write，收到的是 "{value}"',
    en: '--scopes takes read or read,write, got "{value}"',
  },
  "api.badName": {
    zh: '--name 只能用字母、数字、. - _，收到的是 "{value}"',
    en: '--name takes letters, digits, . - _, got "{value}"',
  },
  "api.tokenShownOnce": {
    zh: "token: {token}   # 只显示这一次，请妥善保存",
    en: "token: {token}   # shown once: keep it safe",
  },
  "serve.badPort": {
    zh: '--port 须为 0–65535，收到的是 "{value}"',
    en: '--port takes 0–65535, got "{value}"',
  },
  "serve.noCookieSecret": {
    zh: "没有设置 serve.cookieSecret：服务器重启后登录会失效（docs/web.md）",
    en: "serve.cookieSecret is not set: logins end when the server restarts (docs/web.en.md)",
  },
  "serve.passwordFromStdin": {
    zh: "--hash-password 从标准输入读取密码",
    en: "--hash-password reads the password from stdin",
  },
  "serve.passwordTooShort": { zh: "密码至少 8 个字符", en: "the password needs at least 8 characters" },
  "serve.alreadyRunning": {
    zh: "此服务器正在运行 {command}",
    en: "this server is already running {command}",
  },
  "serve.storeBusy": {
    zh: "另一个运行正在使用存储：{host} 上的 pid {pid}，{command}，始于 {since}",
    en: "another run is using the store: pid {pid} on {host}, {command}, since {since}",
  },
  "worker.description": {
    zh: "处理工作队列里的任务（queue.url：抓取订阅源、阅读页面、分析文章、投递频道；docs/scale.md）",
    en: "process jobs of the work queue (queue.url: collect a source, read a page, analyse an article, deliver a channel; docs/scale.en.md)",
  },
  "worker.opt.concurrency": {
    zh: "每个队列同时处理的任务数（默认 4）",
    en: "jobs at once per queue (default 4)",
  },
  "worker.opt.metricsPort": {
    zh: "在此端口提供 Prometheus 格式的 /metrics（默认不开）",
    en: "serve Prometheus /metrics on this port (default off)",
  },
  "worker.opt.metricsHost": {
    zh: "/metrics 的监听地址（默认 127.0.0.1）",
    en: "address /metrics listens on (default 127.0.0.1)",
  },
  "worker.opt.graceSeconds": {
    zh: "收到 SIGTERM/Ctrl-C 后等待当前任务完成的秒数，之后交还给其他 worker 重试（默认 25）",
    en: "seconds to let current jobs finish after SIGTERM/Ctrl-C before handing them back for a retry (default 25)",
  },
  "worker.noQueue": {
    zh: "配置里没有 queue.url：worker 需要 Redis（例如 queue: { url: redis://127.0.0.1:6379 }，见 docs/scale.md）",
    en: "the config has no queue.url: a worker needs Redis (e.g. queue: { url: redis://127.0.0.1:6379 }, see docs/scale.en.md)",
  },
  "worker.badNumber": {
    zh: '{option} 须为 {min}–{max} 的整数，收到的是 "{value}"',
    en: '{option} takes a whole number {min}–{max}, got "{value}"',
  },
  "worker.ready": {
    zh: "worker 已就绪（pid {pid}）：队列 {queues}，每个队列并发 {concurrency}",
    en: "worker ready (pid {pid}): queues {queues}, {concurrency} at once per queue",
  },
  "worker.metrics": { zh: "指标：{url}", en: "metrics: {url}" },
  "worker.stopping": {
    zh: "正在停止：等待当前任务完成（最多 {seconds} 秒）…",
    en: "stopping: letting current jobs finish (at most {seconds} s)…",
  },
  "worker.stopped": { zh: "worker 已停止", en: "worker stopped" },
  "worker.released": {
    zh: "worker 已停止：{count} 个未完成的任务已交还队列重试",
    en: "worker stopped: {count} unfinished jobs handed back to the queue for a retry",
  },
  "mcp.description": {
    zh: "通过 stdio 提供 MCP 服务，给 Claude Desktop、Cursor、Cherry Studio 等使用（docs/mcp.md）",
    en: "MCP server over stdio for Claude Desktop, Cursor, Cherry Studio … (docs/mcp.en.md)",
  },
  "mcp.opt.store": {
    zh: "存储文件（默认：配置里的 store.path）",
    en: "the store file (default: store.path of the config)",
  },
  "mcp.opt.readOnly": {
    zh: "拒绝 run_day（唯一会写入的工具）",
    en: "refuse run_day (the only tool that writes)",
  },
  "mcp.noStore": {
    zh: "没有存储文件 {path}，先运行 daybrief run",
    en: "no store at {path}: run `daybrief run` first",
  },
  "api.description": { zh: "HTTP API 辅助命令（docs/api.md）", en: "HTTP API helpers (docs/api.en.md)" },
  "api.hashToken.description": {
    zh: "打印 bearer token 的 sha256，填到 api.tokens（不给 token 时生成一个新的）",
    en: "print the sha256 of a bearer token for api.tokens (makes a new token when none is given)",
  },
  "api.hashToken.opt.name": { zh: "token 在配置里的名字", en: "the token's name in the config" },
  "api.hashToken.opt.scopes": { zh: "read 或 read,write", en: "read or read,write" },
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

  // ── render, dupes, runs, sources ────────────────────────────────────────────────────────────
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

  // ── review (publish.review, docs/review.md) ──────────────────────────────────────────────────
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

  // ── search, verify, publish-site ────────────────────────────────────────────────────────────
  "search.description": {
    zh: '全文搜索已存的条目和文章，例如 search "美团 STAR"',
    en: 'full-text search of stored entries and articles, e.g. search "美团 STAR"',
  },
  "search.opt.from": { zh: "第一天（含）", en: "first day (inclusive)" },
  "search.opt.to": { zh: "最后一天（含）", en: "last day (inclusive)" },
  "search.opt.source": { zh: "只看这个订阅源", en: "only this source" },
  "search.opt.org": { zh: "只看机构名包含它的条目", en: "only entries whose org contains this" },
  "search.opt.tag": { zh: "只看带这个标签的条目", en: "only entries with this tag" },
  "search.opt.minStars": { zh: "只看至少 n 颗 ★ 的条目", en: "only entries with at least n ★" },
  "search.opt.analyser": {
    zh: "只看这个分析器写的条目（如 offline-extractive）",
    en: "only entries by this analyser (e.g. offline-extractive)",
  },
  "search.opt.limit": { zh: "显示多少条结果（1–100）", en: "how many hits (1–100)" },
  "search.opt.json": { zh: "以 JSON 输出结果", en: "print the result as JSON" },
  "search.noArticles": { zh: "还没有存储任何文章", en: "no articles stored yet" },
  "search.nothingToSearch": {
    zh: "查询里没有可搜索的字词（“{query}”）",
    en: 'nothing to search for in "{query}"',
  },
  "search.noMatch": {
    zh: "没有找到与“{query}”匹配的条目或文章",
    en: 'no entries or articles match "{query}"',
  },
  "search.header": {
    zh: "“{query}”：{count} 篇匹配，显示前 {shown} 篇",
    en: '"{query}": {count} matching, showing {shown}',
  },
  "search.atLeast": { zh: "至少 {count}", en: "{count}+" },
  "search.total": { zh: "共 {count}", en: "{count}" },
  "search.capped": {
    zh: "（匹配太多：只排序了最近存入的部分，可加词或用 --from/--to 缩小范围）",
    en: "(very common words: only the latest stored part was ranked; narrow with more words or --from/--to)",
  },
  "search.noEntry": { zh: "未分析的文章", en: "article, no entry" },
  "verify.description": {
    zh: "对照原文核验条目的链接、数字和机构，并解释每个判断",
    en: "check an entry's links, figures and org against its article and explain each decision",
  },
  "verify.opt.entry": {
    zh: "JSON 格式的条目（docs/json-output.md 里的 Entry 结构）",
    en: "an entry as JSON (the Entry shape of docs/json-output.md)",
  },
  "verify.opt.article": { zh: "原文：HTML 页面或纯文本", en: "the article: an HTML page or plain text" },
  "verify.opt.date": { zh: "重新核验这一天存储的所有条目", en: "re-verify every entry stored for that day" },
  "verify.opt.policy": { zh: "无据的说法：drop 删除或 mark 标注", en: "drop or mark unsupported claims" },
  "verify.usage": {
    zh: "verify 需要 --entry <entry.json> --article <文件>，或 --date <YYYY-MM-DD>（--date latest 表示最近一天）",
    en: "verify needs --entry <entry.json> --article <file>, or --date <YYYY-MM-DD> (--date latest for the latest stored day)",
  },
  "verify.badPolicy": {
    zh: "--policy 只能是 drop 或 mark，收到 “{value}”",
    en: '--policy is drop or mark, got "{value}"',
  },
  "verify.together": { zh: "--entry 和 --article 必须一起给出", en: "--entry and --article go together" },
  "verify.notJson": { zh: "{path} 不是 JSON：{detail}", en: "{path} is not JSON: {detail}" },
  "verify.notEntry": {
    zh: "{path} 不是条目（docs/json-output.md）：{detail}",
    en: "{path} is not an entry (docs/json-output.md): {detail}",
  },
  "verify.cannotRead": { zh: "无法读取 {path}", en: "cannot read {path}" },
  "verify.entryHeader": {
    zh: "# {title}（{analyser}）{url}{from}",
    en: "# {title} ({analyser}) {url}{from}",
  },
  "verify.counts": {
    zh: "  计数：核验 {checked}，有据 {supported}，删除 {dropped}，标注 {marked}{withheld}",
    en: "  counts: checked {checked}, supported {supported}, dropped {dropped}, marked {marked}{withheld}",
  },
  "verify.withheld": { zh: "（不发布：没有有据的摘要）", en: " (withheld: no supported summary)" },
  "verify.stars": {
    zh: "  星级 ★{model} → ★{final}（信号允许 ★{min}–★{max}）",
    en: "  stars ★{model} → ★{final} (signals allow ★{min}–★{max})",
  },
  "verify.supported": { zh: "有据", en: "supported" },
  "verify.unsupported": { zh: "无据（{status}）", en: "unsupported ({status})" },
  "verify.publisher": {
    zh: "\t角色：发布者（账号本身，发布自己的内容）",
    en: "\trole: publisher (the account itself, for its own piece)",
  },
  "verify.evidence": { zh: "\t依据：«{text}»", en: "\tevidence: «{text}»" },
  "verify.noEvidence": { zh: "\t无依据：{why}", en: "\tno evidence: {why}" },
  "verify.total": {
    zh: "{count} 个说法，{supported} 个有据，{unsupported} 个无据",
    en: "{count} claims, {supported} supported, {unsupported} unsupported",
  },
  "publishSite.description": {
    zh: "把存档写成静态网站（每日页面、可搜索的索引、Atom 订阅），可放在任何静态托管上",
    en: "write a static site of the archive (day pages, index with search, Atom feed) for any static host",
  },
  "publishSite.opt.out": { zh: "输出目录", en: "output folder" },
  "publishSite.opt.siteUrl": {
    zh: "网站的公开地址（默认取配置 output.siteUrl），用于订阅里的 id 和链接",
    en: "the site's public URL (default: config output.siteUrl), for the feed's ids and links",
  },
  "publishSite.badUrl": {
    zh: "--site-url 必须是 http(s) 地址，收到 “{value}”",
    en: '--site-url must be an http(s) URL, got "{value}"',
  },
  "publishSite.noSiteUrl": {
    zh: "注意：未设置 output.siteUrl（也没有 --site-url）：feed.xml 使用 urn:uuid 作为 id、链接为相对地址；请设为网站的公开地址",
    en: "warning: output.siteUrl is not set (nor --site-url): feed.xml uses urn:uuid ids and relative links; set it to the site's public URL",
  },
  "publishSite.wrote": {
    zh: "已把 {days} 天（{entries} 条）的网站写到 {dir}",
    en: "wrote a site of {days} days ({entries} entries) to {dir}",
  },

  // ── schedule ────────────────────────────────────────────────────────────────────────────────
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

  // ── llm, config, channels ───────────────────────────────────────────────────────────────────
  "llm.description": { zh: "配置的大模型服务", en: "the configured LLM providers" },
  "llm.test.description": {
    zh: "向每个服务发一个很小的请求：延迟、模型、JSON 支持；失败时说明是 DNS、连接被拒、TLS、鉴权还是超时",
    en: "send one tiny request to each provider: latency, model, JSON support; a failure says DNS, refused, TLS, auth or timeout",
  },
  "llm.noSection": {
    zh: "配置里没有 `llm` 部分——离线分析器不需要测试（docs/llm.md）",
    en: "no `llm` section in the config — the offline analyser needs no test (docs/llm.md)",
  },
  "llm.ok": { zh: "正常", en: "ok" },
  "llm.fail": { zh: "失败", en: "FAIL" },
  "config.description": { zh: "配置文件", en: "the config file" },
  "config.schema.description": {
    zh: "打印配置的 JSON Schema（用于编辑器补全）",
    en: "print the JSON Schema of the config (for editor completion)",
  },
  "config.check.description": {
    zh: "校验配置并报告所有问题",
    en: "validate the config and report every problem",
  },
  "config.ok": {
    zh: "{file}：正常——{sources} 个订阅源，时区 {zone}，{analyser}",
    en: "{file}: ok — {sources} source(s), time zone {zone}, {analyser}",
  },
  "config.llmChain": { zh: "大模型 {chain}", en: "LLM {chain}" },
  "config.offline": { zh: "离线分析器", en: "offline analyser" },
  "channels.description": { zh: "配置的推送渠道", en: "the configured delivery channels" },
  "channels.test.description": {
    zh: "向每个渠道（或指定的 id）发一条简短的测试消息，并报告平台的回复",
    en: "send a short test message to each channel (or the one given) and report the platform's answer",
  },
  "channels.none": {
    zh: "配置里没有推送渠道（channels）——见 docs/channels.md",
    en: "no channels in the config — see docs/channels.md",
  },
  "channels.unknown": {
    zh: "没有 id 为 “{id}” 的渠道；已配置：{ids}",
    en: 'no channel with id "{id}"; configured: {ids}',
  },
  "channels.message": {
    zh: "daybrief 测试消息：这个渠道能收到简报。（{time}）",
    en: "daybrief test message: this channel receives the briefing. ({time})",
  },
  "channels.ok": {
    zh: "正常 {id}（{type}）{ms} ms：{answer}",
    en: "ok   {id} ({type}) {ms} ms: {answer}",
  },
  "channels.fail": {
    zh: "失败 {id}（{type}）{ms} ms：{reason}{detail}",
    en: "FAIL {id} ({type}) {ms} ms: {reason}{detail}",
  },
  "channels.noAnswer": { zh: "（无回复正文）", en: "(no body)" },
  "channels.answered": { zh: "平台回复 {answer}", en: "the platform answered {answer}" },
  "channels.accepted": {
    zh: "已被接收（没有 HTTP 回复：邮件服务器）",
    en: "accepted (no HTTP answer: a mail server)",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
