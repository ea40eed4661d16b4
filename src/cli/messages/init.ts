/** CLI messages (see ../messages.ts): `daybrief init`, and the comments of the starter config it writes. */
export const INIT_MESSAGES = {
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
} as const satisfies Record<string, { zh: string; en: string }>;
