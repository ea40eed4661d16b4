/**
 * Every delivery platform as a local receiver (the ones src/deliver's tests use) plus an SMTP server,
 * the `channels:` config that points at them with secrets as ${ENV} references, and each platform's
 * own way of measuring a message.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { telegramVisibleText, utf8Bytes } from "../../src/deliver/measure.ts";
import { startDingTalkReceiver } from "../../src/deliver/testdata/receivers/dingtalk.ts";
import { startDiscordReceiver } from "../../src/deliver/testdata/receivers/discord.ts";
import { startFeishuReceiver } from "../../src/deliver/testdata/receivers/feishu.ts";
import type { Receiver } from "../../src/deliver/testdata/receivers/server.ts";
import { startSlackReceiver } from "../../src/deliver/testdata/receivers/slack.ts";
import { startTelegramReceiver } from "../../src/deliver/testdata/receivers/telegram.ts";
import { startWebhookReceiver } from "../../src/deliver/testdata/receivers/webhook.ts";
import { startWeComReceiver } from "../../src/deliver/testdata/receivers/wecom.ts";

export const SECRETS = {
  FEISHU_SECRET: "feishu-SECRET-e2e",
  DING_SECRET: "SECding-SECRET-e2e",
  TG_TOKEN: "424242:TelegramSECRETe2e",
  HOOK_SECRET: "webhook-SECRET-e2e",
};

/** A "${NAME}" reference, resolved by the config loader from ctx.env. */
const envRef = (name: keyof typeof SECRETS) => `\${${name}}`;

/** The chat platforms whose parts are split, with the size the platform checks and its maximum. */
export const CHAT_LIMITS = {
  feishu: { size: (t: string) => utf8Bytes(JSON.stringify(t)), max: 20 * 1024 },
  dingtalk: { size: utf8Bytes, max: 20_000 },
  wecom: { size: utf8Bytes, max: 4096 },
  telegram: { size: (t: string) => telegramVisibleText(t).length, max: 4096 },
  slack: { size: (t: string) => t.length, max: 3000 },
  discord: { size: (t: string) => t.length, max: 2000 },
} as const;

export type ChatPlatform = keyof typeof CHAT_LIMITS;

export interface Receivers {
  chat: Record<ChatPlatform, Receiver>;
  webhook: Receiver;
  mail: { port: number; messages: string[] };
  /** Origins the demo fetch must let through. */
  origins: string[];
  /** The `channels:` section, secrets as ${ENV} references. */
  channels: object[];
  close(): Promise<void>;
}

async function startSmtp(): Promise<{ server: SMTPServer; port: number; messages: string[] }> {
  const messages: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, cb) {
      let raw = "";
      stream.on("data", (c: Buffer) => {
        raw += c.toString("utf8");
      });
      stream.on("end", () => {
        messages.push(raw);
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.server.address() as AddressInfo).port, messages };
}

export async function startReceivers(): Promise<Receivers> {
  const chat = {
    feishu: await startFeishuReceiver(SECRETS.FEISHU_SECRET),
    dingtalk: await startDingTalkReceiver(SECRETS.DING_SECRET),
    wecom: await startWeComReceiver(),
    telegram: await startTelegramReceiver(SECRETS.TG_TOKEN),
    slack: await startSlackReceiver(),
    discord: await startDiscordReceiver(),
  };
  const webhook = await startWebhookReceiver(SECRETS.HOOK_SECRET);
  const smtp = await startSmtp();
  const channels = [
    { id: "feishu", type: "feishu", webhook: chat.feishu.url, secret: envRef("FEISHU_SECRET") },
    { id: "dingtalk", type: "dingtalk", webhook: chat.dingtalk.url, secret: envRef("DING_SECRET") },
    { id: "wecom", type: "wecom", webhook: chat.wecom.url },
    {
      id: "telegram",
      type: "telegram",
      botToken: envRef("TG_TOKEN"),
      chatId: "-100200",
      apiBase: chat.telegram.url.replace(/\/$/, ""),
    },
    { id: "slack", type: "slack", webhook: chat.slack.url },
    { id: "discord", type: "discord", webhook: chat.discord.url },
    { id: "hook", type: "webhook", url: webhook.url, secret: envRef("HOOK_SECRET") },
    {
      id: "mail",
      type: "email",
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      from: "daybrief <bot@example.org>",
      to: "reader@example.org",
    },
  ];
  const all = [...Object.values(chat), webhook];
  return {
    chat,
    webhook,
    mail: { port: smtp.port, messages: smtp.messages },
    origins: all.map((r) => new URL(r.url).origin),
    channels,
    async close() {
      await Promise.all(all.map((r) => r.close()));
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    },
  };
}
