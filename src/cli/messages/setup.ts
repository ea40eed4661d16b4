/** CLI messages (see ../messages.ts): `llm`, `config` and `channels`. */
export const SETUP_MESSAGES = {
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
