/**
 * The config `daybrief init` writes from the user's choices (prompts or flags). Pure: choices in,
 * YAML text out. Secrets are always `${ENV_VAR}` references, never literal values.
 */
import { LLM_PRESETS } from "../../llm/index.ts";
import { type Lang, type Translate, translate } from "../i18n.ts";

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
export function accountFeedUrl(account: InitAccount, bridge: string | undefined, lang: Lang = "zh"): string {
  const known = WECHAT_ACCOUNTS.find((a) => a.id === account.id);
  if (!known) throw new Error(`unknown account id: ${account.id}`);
  const feed = account.feed?.trim();
  if (!feed) return known.publicFeed;
  if (/^https?:\/\//i.test(feed)) return feed;
  if (!bridge) throw new Error(translate(lang, "init.feedNeedsBridge", { name: known.name, feed }));
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

function llmBlock(llm: InitLlm, t: Translate): string[] {
  if (llm === "offline") return [t("starter.offline")];
  const preset = LLM_PRESETS[llm];
  const lines = [t("starter.llm"), "llm:", "  providers:"];
  lines.push(`    - id: ${llm}`, `      preset: ${llm}`);
  if (llm === "ollama") lines.push(`      model: ${OLLAMA_MODEL}   ${t("starter.llmModel")}`);
  if (preset.apiKeyEnv) lines.push(`      apiKey: ${ref(preset.apiKeyEnv)}   ${t("starter.llmKey")}`);
  return lines;
}

/** Each channel's keys: a value in `$NAME` form becomes a `${NAME}` reference, the rest is written as is. */
const CHANNEL_KEYS: Record<
  Exclude<InitChannel, "none">,
  [key: string, value: string, note?: "starter.signingSecret" | "starter.wecomDigest"][]
> = {
  feishu: [
    ["webhook", "$FEISHU_WEBHOOK"],
    ["secret", "$FEISHU_SECRET", "starter.signingSecret"],
  ],
  dingtalk: [
    ["webhook", "$DINGTALK_WEBHOOK"],
    ["secret", "$DINGTALK_SECRET", "starter.signingSecret"],
  ],
  wecom: [
    ["webhook", "$WECOM_WEBHOOK"],
    ["mode", "digest", "starter.wecomDigest"],
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

function channelBlock(channel: InitChannel, t: Translate): string[] {
  if (channel === "none") return [t("starter.noChannel")];
  const keys = CHANNEL_KEYS[channel].map(([key, value, note]) => {
    const text = value.startsWith("$") ? ref(value.slice(1)) : value;
    return `    ${key}: ${text}${note ? `   ${t(note)}` : ""}`;
  });
  return [t("starter.channels"), "channels:", `  - id: ${channel}`, `    type: ${channel}`, ...keys];
}

/**
 * The YAML text of a config for these choices, its comments in `lang` (the message catalogue);
 * it loads through the real config loader. With the default choices (the three public feeds, no
 * LLM, no channel) it is the starter config `daybrief init` writes without flags.
 */
export function buildInitConfig(choices: InitChoices, lang: Lang = "zh"): string {
  const t: Translate = (key, params) => translate(lang, key, params);
  if (choices.accounts.length === 0) throw new Error(t("init.noAccounts"));
  const sources = choices.accounts.map((a) => {
    const known = WECHAT_ACCOUNTS.find((k) => k.id === a.id)!;
    return { id: a.id, name: known.name, url: accountFeedUrl(a, choices.bridge, lang) };
  });
  const allow = privateBridgeTargets(sources.map((s) => s.url));
  const lines = [
    t("starter.header"),
    t("starter.reference"),
    t("starter.schema"),
    "#   # yaml-language-server: $schema=./daybrief.schema.json",
    t("starter.secrets", { ref: ref("ENV_VAR") }),
    "",
    t("starter.timezone"),
    "timezone: Asia/Shanghai",
    "",
    t("starter.sources"),
    "sources:",
    ...sources.flatMap((s) => [`  - id: ${s.id}`, `    name: ${s.name}`, `    url: ${q(s.url)}`]),
    "",
    t("starter.output"),
    "output:",
    "  dir: ./briefings",
    "  formats: [md, html, json]",
    "",
    t("starter.store"),
    "store:",
    "  path: ./data/daybrief.db",
    "",
    "briefing:",
    `  title: ${t("starter.title")}`,
    `  ${t("starter.minStars")}`,
    "  minStars: 2",
  ];
  if (allow.length > 0) {
    lines.push("", t("starter.allowPrivate"), "fetch:", `  allowPrivate: [${allow.map(q).join(", ")}]`);
  }
  lines.push("", ...llmBlock(choices.llm, t), "", ...channelBlock(choices.channel, t));
  return `${lines.join("\n")}\n`;
}

/** The starter config: the three public feeds, the offline analyser, no channel. */
export function starterConfig(lang: Lang = "zh"): string {
  return buildInitConfig(
    { accounts: WECHAT_ACCOUNTS.map((a) => ({ id: a.id })), llm: "offline", channel: "none" },
    lang,
  );
}
