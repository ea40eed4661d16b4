/**
 * The `channels:` list of the config. Secrets are written as "${ENV_VAR}" in the YAML and resolved
 * by the config loader before validation; this schema sees the resolved values only.
 */
import { z } from "zod";

const httpUrl = z.url({ protocol: /^https?$/ });
const nonEmpty = z.string().trim().min(1);

const common = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "use lowercase letters, digits, - and _ (it keys the delivery log)"),
  name: nonEmpty.optional(),
  enabled: z.boolean().default(true),
  mode: z.enum(["full", "digest"]).default("full"),
  /** Link to the full briefing page, shown in digests. */
  pageUrl: httpUrl.optional(),
};

const feishu = z.strictObject({
  ...common,
  type: z.literal("feishu"),
  webhook: httpUrl,
  secret: nonEmpty.optional(),
});
const dingtalk = z.strictObject({
  ...common,
  type: z.literal("dingtalk"),
  webhook: httpUrl,
  secret: nonEmpty.optional(),
});
const wecom = z.strictObject({ ...common, type: z.literal("wecom"), webhook: httpUrl });
const telegram = z.strictObject({
  ...common,
  type: z.literal("telegram"),
  botToken: z.string().regex(/^\d+:[\w-]+$/, "a bot token looks like 123456:ABC-DEF…"),
  chatId: z.union([nonEmpty, z.number().int()]).transform(String),
  apiBase: httpUrl.optional(),
});
const slack = z.strictObject({ ...common, type: z.literal("slack"), webhook: httpUrl });
const discord = z.strictObject({ ...common, type: z.literal("discord"), webhook: httpUrl });
const email = z.strictObject({
  ...common,
  type: z.literal("email"),
  host: nonEmpty,
  port: z.number().int().min(1).max(65535).default(587),
  secure: z.boolean().default(false),
  ignoreTLS: z.boolean().optional(),
  user: nonEmpty.optional(),
  pass: z.string().optional(),
  from: nonEmpty,
  to: z.union([nonEmpty, z.array(nonEmpty).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
});
const webhook = z.strictObject({
  ...common,
  type: z.literal("webhook"),
  url: httpUrl,
  secret: nonEmpty.optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

export const channelSchema = z.discriminatedUnion("type", [
  feishu,
  dingtalk,
  wecom,
  telegram,
  slack,
  discord,
  email,
  webhook,
]);

export const channelsSchema = z.array(channelSchema).superRefine(
  (list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      // Runs even when other entries are invalid (all problems at once), so read defensively.
      const id = (c as { id?: unknown } | undefined)?.id;
      if (typeof id !== "string") return;
      if (seen.has(id))
        ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate channel id "${id}"` });
      seen.add(id);
    });
  },
  { when: (payload) => Array.isArray(payload.value) },
);

export type ChannelConfig = z.infer<typeof channelSchema>;
export type ChannelConfigInput = z.input<typeof channelSchema>;
