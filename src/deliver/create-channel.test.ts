import assert from "node:assert/strict";
import { test } from "node:test";
import { channelsSchema } from "../config/channels-schema.ts";
import { channelFactories, createChannel } from "./index.ts";

test("the registry has one factory per config type, and createChannel carries id, mode and enabled", () => {
  const configs = channelsSchema.parse([
    { id: "fs", type: "feishu", webhook: "https://open.feishu.cn/open-apis/bot/v2/hook/x" },
    {
      id: "tg",
      type: "telegram",
      botToken: "1:x",
      chatId: "2",
      mode: "digest",
      pageUrl: "https://e.org/p",
      enabled: false,
    },
  ]);
  const [fs, tg] = configs.map(createChannel);
  assert.equal(fs!.channel.type, "feishu");
  assert.deepEqual(tg!.options, { mode: "digest", pageUrl: "https://e.org/p" });
  assert.equal(tg!.enabled, false);
  assert.ok(tg!.channel.secrets.includes("1:x"));
  assert.deepEqual(Object.keys(channelFactories).sort(), [
    "dingtalk",
    "discord",
    "email",
    "feishu",
    "slack",
    "telegram",
    "webhook",
    "wecom",
  ]);
});
