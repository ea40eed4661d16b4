import assert from "node:assert/strict";
import { test } from "node:test";
import { channelsSchema } from "./channels-schema.ts";

test("every channel type validates with defaults filled in", () => {
  const parsed = channelsSchema.parse([
    { id: "fs", type: "feishu", webhook: "https://open.feishu.cn/open-apis/bot/v2/hook/x", secret: "s" },
    {
      id: "dt",
      type: "dingtalk",
      webhook: "https://oapi.dingtalk.com/robot/send?access_token=x",
      mode: "digest",
      pageUrl: "https://e.org/d",
    },
    {
      id: "wc",
      type: "wecom",
      webhook: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x",
      enabled: false,
    },
    { id: "tg", type: "telegram", botToken: "123456:ABC-def_1", chatId: -1001234 },
    { id: "sl", type: "slack", webhook: "https://hooks.slack.com/services/T/B/x" },
    { id: "dc", type: "discord", webhook: "https://discord.com/api/webhooks/1/x" },
    { id: "mail", type: "email", host: "smtp.example.org", from: "a@example.org", to: "b@example.org" },
    { id: "hook", type: "webhook", url: "https://e.org/in", secret: "k" },
  ]);
  assert.equal(parsed[0]!.mode, "full");
  assert.equal(parsed[0]!.enabled, true);
  const tg = parsed[3]!;
  assert.equal(tg.type === "telegram" && tg.chatId, "-1001234");
  const mail = parsed[6]!;
  assert.ok(mail.type === "email" && mail.port === 587 && mail.to[0] === "b@example.org");
});

test("problems come back with paths: unknown type, bad URL, bad token, duplicate id", () => {
  const result = channelsSchema.safeParse([
    { id: "a", type: "pager" },
    { id: "b", type: "slack", webhook: "not a url" },
    // An unresolved placeholder, as when the environment variable is missing.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal "${…}" is the point
    { id: "c", type: "telegram", botToken: "${TELEGRAM_TOKEN}", chatId: "1" },
    { id: "b", type: "discord", webhook: "https://discord.com/api/webhooks/1/x" },
  ]);
  assert.equal(result.success, false);
  const paths = result.error!.issues.map((i) => i.path.join("."));
  assert.deepEqual(paths.sort(), ["0.type", "1.webhook", "2.botToken", "3.id"]);
});
