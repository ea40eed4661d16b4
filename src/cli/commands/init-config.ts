/**
 * The config `daybrief init` writes from the user's choices (prompts or flags). Pure: choices in,
 * YAML text out. Secrets are always `${ENV_VAR}` references, never literal values.
 */
import { LLM_PRESETS } from "../../llm/index.ts";

/** The three WeChat accounts the setup guide (docs/setup.md) walks through. */
export const WECHAT_ACCOUNTS = [
  {
    id: "jiqizhixin",
    name: "机器之心",
    publicFeed: "https://wechat2rss.bestblogs.dev/feed/8d97af31b0de9e48da74558af128a4673d78c9a3.xml",
  },
  {
    id: "xinzhiyuan",
    name: "新智元",
    publicFeed: "https://wechat2rss.bestblogs.dev/feed/e531a18b21c34cf787b83ab444eef659d7a980de.xml",
  },
  { id: "qbitai", name: "量子位", publicFeed: "https://www.qbitai.com/feed" },
] as const;
export type WechatAccountId = (typeof WECHAT_ACCOUNTS)[number]["id"];

export const INIT_LLMS = ["deepseek", "qwen", "kimi", "glm", "openai", "ollama", "offline"] as const;
export type InitLlm = (typeof INIT_LLMS)[number];

export const INIT_CHANNELS = [
  "feishu",
  "dingtalk",
  "wecom",
  "telegram",
  "slack",
  "discord",
  "email",
  "none",
] as const;
export type InitChannel = (typeof INIT_CHANNELS)[number];

export interface InitAccount {
  id: WechatAccountId;
  /** The account's feed id in the bridge (`MP_WXS_…`) or its whole feed URL; absent: the public feed. */
  feed?: string;
}

export interface InitChoices {
  accounts: InitAccount[];
  /** Bridge base URL (`http://127.0.0.1:4000`), or a template with `{id}` for other URL shapes. */
  bridge?: string;
  llm: InitLlm;
  channel: InitChannel;
}

/** The model an Ollama user gets unless they change it (the preset has none). */
const OLLAMA_MODEL = "qwen2.5:7b-instruct";

/** The feed URL of one account: a whole URL as given, an id through the bridge, or the public feed. */
export function accountFeedUrl(account: InitAccount, bridge: string | undefined): string {
  const known = WECHAT_ACCOUNTS.find((a) => a.id === account.id);
  if (!known) throw new Error(`unknown account ${account.id}`);
  const feed = account.feed?.trim();
  if (!feed) return known.publicFeed;
  if (/^https?:\/\//i.test(feed)) return feed;
  if (!bridge) throw new Error(`${known.name}: a feed id (${feed}) needs --bridge <url>`);
  const id = encodeURIComponent(feed);
  // WeWe RSS shape by default: <base>/feeds/<id>.atom (its docs: /feeds/MP_WXS_123.rss|.atom|.json).
  return bridge.includes("{id}")
    ? bridge.replaceAll("{id}", id)
    : `${bridge.replace(/\/+$/, "")}/feeds/${id}.atom`;
}

/**
 * `fetch.allowPrivate` entries a self-hosted bridge needs: feeds on loopback, LAN addresses or a
 * single-label host (a Docker service name) are refused by the network guard unless listed.
 */
export function privateBridgeTargets(urls: string[]): string[] {
  const out = new Set<string>();
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const isPrivate =
      host === "localhost" ||
      !host.includes(".") ||
      /^(127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host) ||
      /^(::1|f[cd][0-9a-f]{2}:)/i.test(host);
    if (!isPrivate) continue;
    const port = url.port || (url.protocol === "https:" ? "443" : "80");
    out.add(host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`);
  }
  return [...out];
}

const q = (s: string) => JSON.stringify(s);
/** A `${NAME}` reference, resolved by the config loader from the environment. */
const ref = (name: string) => `\${${name}}`;

function llmBlock(llm: InitLlm): string[] {
  if (llm === "offline") {
    return [
      "# No LLM: entries are written by the built-in offline (extractive) analyser.",
      "# 未配置大模型：由内置的离线（抽取式）分析器生成条目。docs/llm.md 介绍如何接入。",
    ];
  }
  const preset = LLM_PRESETS[llm];
  const lines = [
    "# 大模型 / LLM (docs/llm.md). `daybrief llm test` checks the key and the endpoint.",
    "llm:",
    "  providers:",
  ];
  lines.push(`    - id: ${llm}`, `      preset: ${llm}`);
  if (llm === "ollama") lines.push(`      model: ${OLLAMA_MODEL}        # 本地模型名 / your local model`);
  if (preset.apiKeyEnv) {
    lines.push(
      `      apiKey: ${ref(preset.apiKeyEnv)}   # 密钥只放在环境变量里 / the key stays in the environment`,
    );
  }
  return lines;
}

/** Each channel's keys: a value in `$NAME` form becomes a `${NAME}` reference, the rest is written as is. */
const CHANNEL_KEYS: Record<Exclude<InitChannel, "none">, [key: string, value: string, note?: string][]> = {
  feishu: [
    ["webhook", "$FEISHU_WEBHOOK"],
    ["secret", "$FEISHU_SECRET", "签名校验 / signing secret"],
  ],
  dingtalk: [
    ["webhook", "$DINGTALK_WEBHOOK"],
    ["secret", "$DINGTALK_SECRET", "加签 / signing secret"],
  ],
  wecom: [
    ["webhook", "$WECOM_WEBHOOK"],
    ["mode", "digest", "4,096 字节一条，摘要模式更合适 / small messages"],
  ],
  telegram: [
    ["botToken", "$TELEGRAM_BOT_TOKEN"],
    ["chatId", "$TELEGRAM_CHAT_ID"],
  ],
  slack: [["webhook", "$SLACK_WEBHOOK"]],
  discord: [["webhook", "$DISCORD_WEBHOOK"]],
  email: [
    ["host", "$SMTP_HOST"],
    ["port", "587"],
    ["user", "$SMTP_USER"],
    ["pass", "$SMTP_PASS"],
    ["from", "$SMTP_FROM"],
    ["to", "$SMTP_TO"],
  ],
};

function channelBlock(channel: InitChannel): string[] {
  if (channel === "none")
    return ["# 未配置推送渠道 / no channel: the briefing is written to output.dir only."];
  const keys = CHANNEL_KEYS[channel].map(([key, value, note]) => {
    const text = value.startsWith("$") ? ref(value.slice(1)) : value;
    return `    ${key}: ${text}${note ? `   # ${note}` : ""}`;
  });
  return [
    "# 推送渠道 / where the briefing is sent (docs/channels.md). Secrets come from the environment.",
    "channels:",
    `  - id: ${channel}`,
    `    type: ${channel}`,
    ...keys,
  ];
}

/** The YAML text of a config for these choices; it loads through the real config loader. */
export function buildInitConfig(choices: InitChoices): string {
  if (choices.accounts.length === 0) throw new Error("choose at least one account");
  const sources = choices.accounts.map((a) => {
    const known = WECHAT_ACCOUNTS.find((k) => k.id === a.id)!;
    return { id: a.id, name: known.name, url: accountFeedUrl(a, choices.bridge) };
  });
  const allow = privateBridgeTargets(sources.map((s) => s.url));
  const lines = [
    "# daybrief 配置 / configuration. Written by `daybrief init`; every key is optional except sources.",
    "# 完整说明 / reference: docs/configuration.md · 上手指南 / setup guide: docs/setup.md",
    `# 密钥不写在这里：用 ${ref("ENV_VAR")}，在环境变量里设置 / secrets are ${ref("ENV_VAR")} references.`,
    "",
    "# 按这个时区切分日期 / days are cut in this time zone.",
    "timezone: Asia/Shanghai",
    "",
    "# 订阅源：公众号通过公众号→RSS 桥接服务读取 / WeChat accounts through a WeChat→RSS bridge.",
    "sources:",
    ...sources.flatMap((s) => [`  - id: ${s.id}`, `    name: ${s.name}`, `    url: ${q(s.url)}`]),
    "",
    "output:",
    "  dir: ./briefings",
    "  formats: [md, html, json]",
    "",
    "store:",
    "  path: ./data/daybrief.db",
    "",
    "briefing:",
    "  title: AI 每日情报",
    "  minStars: 2",
  ];
  if (allow.length > 0) {
    lines.push(
      "",
      "# 自建桥接在本机或内网：允许访问它的地址 / a self-hosted bridge on a private address must be allowed.",
      "fetch:",
      `  allowPrivate: [${allow.map(q).join(", ")}]`,
    );
  }
  lines.push("", ...llmBlock(choices.llm), "", ...channelBlock(choices.channel));
  return `${lines.join("\n")}\n`;
}
