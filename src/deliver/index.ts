/** Delivery: channels, the registry from config type to adapter, and the delivery run. */
import type { ChannelConfig } from "../config/channels-schema.ts";
import type { Channel, ConfiguredChannel } from "./channel.ts";
import { createDingTalkChannel } from "./dingtalk.ts";
import { createDiscordChannel } from "./discord.ts";
import { createEmailChannel } from "./email.ts";
import { createFeishuChannel } from "./feishu.ts";
import { createSlackChannel } from "./slack.ts";
import { createTelegramChannel } from "./telegram.ts";
import { createWebhookChannel } from "./webhook.ts";
import { createWeComChannel } from "./wecom.ts";

type Factories = { [K in ChannelConfig["type"]]: (config: Extract<ChannelConfig, { type: K }>) => Channel };

/** One line per channel type. */
export const channelFactories: Factories = {
  feishu: (c) => createFeishuChannel({ webhook: c.webhook, secret: c.secret }),
  dingtalk: (c) => createDingTalkChannel({ webhook: c.webhook, secret: c.secret }),
  wecom: (c) => createWeComChannel({ webhook: c.webhook }),
  telegram: (c) => createTelegramChannel({ botToken: c.botToken, chatId: c.chatId, apiBase: c.apiBase }),
  slack: (c) => createSlackChannel({ webhook: c.webhook }),
  discord: (c) => createDiscordChannel({ webhook: c.webhook }),
  email: (c) => createEmailChannel(c),
  webhook: (c) => createWebhookChannel({ url: c.url, secret: c.secret, headers: c.headers }),
};

/** From a validated config entry to a channel ready for deliverBriefing. */
export function createChannel(config: ChannelConfig): ConfiguredChannel {
  const factory = channelFactories[config.type] as (c: ChannelConfig) => Channel;
  return {
    id: config.id,
    channel: factory(config),
    options: { mode: config.mode, pageUrl: config.pageUrl },
    enabled: config.enabled,
  };
}

export type * from "./channel.ts";
export {
  buildParts,
  type DeliverContext,
  type DeliverInput,
  deliverBriefing,
  MAX_UNKNOWN_OUTCOMES,
} from "./deliver-briefing.ts";
export { signDingTalk } from "./dingtalk.ts";
export { formatPlainText } from "./escape-chat.ts";
export { signFeishu } from "./feishu.ts";
export { writeFileAtomic, writeFileAtomicFrom } from "./files.ts";
export { type DeliveryKind, deliveryIdOf } from "./part-keys.ts";
export { ChannelError } from "./post-json.ts";
export { redactText, redactUrl } from "./redact.ts";
export { joinParts, splitIntoParts } from "./split-parts.ts";
export { type ChannelTestResult, sendTestMessage } from "./test-channel.ts";
export { signWebhook } from "./webhook.ts";
export {
  createDingTalkChannel,
  createDiscordChannel,
  createEmailChannel,
  createFeishuChannel,
  createSlackChannel,
  createTelegramChannel,
  createWebhookChannel,
  createWeComChannel,
};
