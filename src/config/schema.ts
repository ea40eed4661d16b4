import { z } from "zod";
import { BRIEFING_TITLE } from "../model/briefing-wording.ts";
import { isValidTimeZone } from "../time.ts";
import { apiSchema } from "./api-schema.ts";
import { briefingsSchema } from "./briefings-schema.ts";
import { channelsSchema } from "./channels-schema.ts";
import { llmSchema } from "./llm-schema.ts";
import { parseNetTarget } from "./net-target.ts";
import { publishSchema } from "./publish-schema.ts";
import { queueSchema } from "./queue-schema.ts";
import { healthSchema, scheduleSchema } from "./schedule-schema.ts";
import { serveSchema } from "./serve-schema.ts";
import { verifySchema } from "./verify-schema.ts";

/**
 * The one config schema. Every section has defaults, so `sources` is the only thing a user must
 * write. Objects are strict: a misspelt key is reported, not silently ignored.
 */

const sourceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "use lowercase letters, digits, - and _")
    .optional()
    .describe("Stable id used in the store; derived from the URL when omitted."),
  name: z.string().trim().min(1).describe("Display name, e.g. 机器之心."),
  url: z.url({ protocol: /^https?$/ }).describe("RSS, Atom, RDF or JSON Feed URL."),
  enabled: z.boolean().default(true),
  tags: z
    .array(z.string().trim().min(1))
    .optional()
    .describe("Labels of the source, e.g. the OPML folders it was imported from (AI 媒体)."),
  pages: z
    .enum(["auto", "always", "never"])
    .optional()
    .describe(
      "Read article pages: auto (only when the feed carries a summary), always, never; default fetch.pages.",
    ),
});

const hostPolicySchema = z.strictObject({
  concurrency: z.int().min(1).max(16).optional().describe("Requests to the host at once (default 1)."),
  minIntervalMs: z
    .int()
    .min(0)
    .max(600_000)
    .optional()
    .describe("Pause between two requests (default 2000)."),
  jitterMs: z
    .int()
    .min(0)
    .max(600_000)
    .optional()
    .describe("Random extra pause, 0..jitterMs (default 3000)."),
  dailyCap: z.int().min(1).optional().describe("Requests a day at most (mp.weixin.qq.com: 300)."),
  coolDownMinutes: z
    .int()
    .min(0)
    .max(10_080)
    .optional()
    .describe("Rest after a verification page or 403/429 (default fetch.coolDownMinutes)."),
});

const outputSchema = z.strictObject({
  dir: z.string().min(1).default("./briefings").describe("Archive folder, relative to the config file."),
  formats: z
    .array(z.enum(["md", "html", "json"]))
    .min(1)
    .default(["md", "html", "json"]),
  siteUrl: z
    .url()
    .optional()
    .describe("Public URL where the output folder is served; used for the links in feed.xml."),
});

const fetchSchema = z.strictObject({
  timeoutMs: z.int().min(1000).max(300_000).default(20_000),
  requestTimeoutMs: z
    .int()
    .min(1000)
    .max(600_000)
    .default(60_000)
    .describe(
      "Longest time one request (a feed or an article page) may take, every attempt, redirect and wait " +
        "between retries included (a paced host's queue not counted); then it fails (E_REQUEST_TIME).",
    ),
  maxBytes: z
    .int()
    .min(10_000)
    .default(10 * 1024 * 1024),
  concurrencyPerHost: z.int().min(1).max(16).default(2),
  retries: z.int().min(0).max(10).default(3),
  userAgent: z.string().min(1).optional(),
  pageConcurrency: z.int().min(1).max(32).default(4).describe("Article pages fetched at once."),
  pages: z
    .enum(["auto", "always", "never"])
    .default("auto")
    .describe("Read article pages: auto (only when the feed carries a summary), always, never."),
  hosts: z
    .record(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, "a host name, e.g. mp.weixin.qq.com"), hostPolicySchema)
    .default({})
    .describe("Polite reading per host (docs/wechat.md); mp.weixin.qq.com is paced by default."),
  coolDownMinutes: z
    .int()
    .min(0)
    .max(10_080)
    .default(360)
    .describe("How long a host rests after a verification page (or a paced host after 403/429)."),
  allowPrivate: z
    .array(
      z.string().superRefine((entry, ctx) => {
        const target = parseNetTarget(entry);
        if ("error" in target) ctx.addIssue({ code: "custom", message: target.error });
      }),
    )
    .default([])
    .describe(
      "Private/loopback hosts feeds and pages may be fetched from (host, host:port, IP, IP:port or CIDR); " +
        "every other private, loopback, link-local or reserved address is refused.",
    ),
  sourceConcurrency: z.int().min(1).max(32).default(4).describe("Feeds fetched at once."),
  sourceTimeoutMs: z
    .int()
    .min(1000)
    .max(600_000)
    .default(45_000)
    .describe("Longest time one feed may take, all retries included; then it is recorded as failed."),
});

const briefingSchema = z.strictObject({
  title: z.string().min(1).default(BRIEFING_TITLE),
  minStars: z.int().min(1).max(5).default(2).describe("Entries below this ★ are left out."),
});

export const configSchema = z.strictObject({
  timezone: z
    .string()
    .default("Asia/Shanghai")
    .refine(isValidTimeZone, "not an IANA time zone (e.g. Asia/Shanghai, Europe/Berlin, UTC)"),
  sources: z.array(sourceSchema).min(1, "add at least one source"),
  output: outputSchema.prefault({}),
  store: z
    .strictObject({
      path: z.string().min(1).default("./data/daybrief.db"),
      url: z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, "a postgres://user@host:5432/database URL")
        .optional()
        .describe("Postgres instead of the SQLite file (docs/scale-out.md); the password from PGPASSWORD."),
    })
    .prefault({}),
  fetch: fetchSchema.prefault({}),
  briefing: briefingSchema.prefault({}),
  briefings: briefingsSchema
    .optional()
    .describe("Several briefings over one article store (docs/config.md); without it one, `default`."),
  channels: channelsSchema
    .default([])
    .describe("Chat and webhook channels the briefing is delivered to (docs/channels.md)."),
  llm: llmSchema
    .optional()
    .describe("LLM providers; without this section the offline analyser writes the entries."),
  verify: verifySchema.prefault({}),
  dedup: z
    .strictObject({
      windowDays: z
        .int()
        .min(0)
        .max(60)
        .default(7)
        .describe("A story published in the last N days is not repeated; new facts make it a follow-up."),
      judge: z
        .boolean()
        .default(false)
        .describe("Ask the LLM (the first of llm.chain) whether ambiguous pairs are one story; needs `llm`."),
      thresholds: z
        .strictObject({
          textMerge: z.number().min(0).max(1).optional(),
          textAmbiguous: z.number().min(0).max(1).optional(),
          storyMerge: z.number().min(0).max(1).optional(),
          storyAmbiguous: z.number().min(0).max(1).optional(),
        })
        .default({})
        .describe(
          "Similarity at which two articles are one story (docs/configuration.md); defaults in src/dedup.",
        ),
    })
    .prefault({}),
  analyse: z
    .strictObject({
      concurrency: z
        .int()
        .min(1)
        .max(32)
        .default(4)
        .describe("Articles analysed at once with an LLM (each provider's own `concurrency` applies too)."),
      offlineConcurrency: z
        .int()
        .min(1)
        .max(32)
        .default(1)
        .describe("Articles analysed at once by the offline analyser (CPU work in one thread: 1 is enough)."),
    })
    .prefault({}),
  schedule: scheduleSchema.prefault({}),
  health: healthSchema.prefault({}),
  api: apiSchema
    .prefault({})
    .describe("Tokens, CORS and rate limit of the HTTP API and MCP endpoint (docs/api.md)."),
  serve: serveSchema.prefault({}).describe("The web app (`daybrief serve`, docs/web.md)."),
  publish: publishSchema.prefault({}),
  queue: queueSchema.describe("Work queue on Redis for `daybrief worker` processes (docs/scale.md)."),
});

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
