import { z } from "zod";
import { resourceSchema, sectionSchema } from "../model/entry-schema.ts";

/**
 * The JSON output's schema, version 3 (docs/json-output.md; v2: coverage problems are records with
 * a code, no longer strings; v3: every `url` is one a consumer may link, or null, the address as
 * written kept apart in `rawUrl`). Additive, optional fields may join v3; renaming, removing or
 * retyping a field means v4 with a new URL, so consumers can branch on `schemaVersion` and never guess.
 */
export const BRIEFING_SCHEMA_URL = "https://daybrief.dev/schema/briefing/v3.json";
export const BRIEFING_SCHEMA_VERSION = 3;

/**
 * A link a consumer may make: an http(s) URL to a public host (user info removed, a non-ASCII host
 * as punycode, invisible characters percent-encoded), or null when the address may not be linked.
 */
const linkUrl = z
  .string()
  .nullable()
  .describe(
    "an http(s) URL to a public host, safe to link; null: the address may not be a link (see rawUrl)",
  );
/** The address as the feed or the reply wrote it, when `url` is null: data, never to be linked. */
const rawUrl = z
  .string()
  .optional()
  .describe(
    "the address as written, present when url is null (an internal host, not http(s)): never link it",
  );

const instant = z.iso.datetime({ offset: true }).describe("ISO 8601 instant (UTC, Z)");
const count = z.int().min(0);

const analyserOutput = z.object({
  kind: z.enum(["offline", "llm"]),
  name: z.string(),
  promptVersion: z.string(),
  fallback: z.boolean().optional(),
  fallbackReason: z.string().optional(),
});

const starValue = z.number().int().min(1).max(5);
const starCheckOutput = z.object({
  model: starValue,
  final: starValue,
  min: starValue,
  max: starValue,
  ratingRequest: z.boolean().optional(),
});
const verificationOutput = z.object({ checked: count, supported: count, dropped: count, marked: count });
const entryVerificationOutput = verificationOutput.extend({
  orgRole: z.literal("publisher").optional(),
  stars: starCheckOutput.optional(),
});

const entryOutput = z.object({
  rank: z.int().min(1).describe("1-based position in the briefing"),
  stars: z.int().min(1).max(5),
  org: z.string(),
  title: z.string(),
  displayTitle: z.string().describe("the title as md/html show it: hype words, emoji and !-runs stripped"),
  articleTitle: z.string().optional().describe("the article's own title, as published"),
  badges: z
    .array(z.string())
    .describe('markers shown with the entry: "仅摘要" when only the feed\'s text was read'),
  tags: z.array(z.string()),
  summary: z.string(),
  core: sectionSchema.describe("核心技术/实现逻辑"),
  results: sectionSchema.describe("实验数据/关键结论"),
  insights: sectionSchema.describe("独家洞察/局限性"),
  resources: z.array(resourceSchema.extend({ url: linkUrl, rawUrl })).describe("相关资源"),
  url: linkUrl,
  rawUrl,
  publishedAt: instant,
  publishedAtLocal: z.string().describe("YYYY-MM-DD HH:mm in the briefing's timezone, as shown"),
  source: z.object({ id: z.string(), name: z.string(), order: z.int() }),
  articleId: z.int().optional(),
  articleStatus: z.string().optional(),
  notes: z
    .array(z.string())
    .optional()
    .describe("reader-facing notes shown under the entry (仅摘要, offline fallback …), when any"),
  textFrom: z
    .enum(["feed", "page"])
    .optional()
    .describe(
      "where the article's text came from: the article page, or the feed (full-text bridge or stand-in)",
    ),
  analyser: analyserOutput,
  related: z.array(
    z.object({
      sourceName: z.string(),
      title: z.string(),
      url: linkUrl,
      rawUrl,
      publishedAt: instant,
      similarity: z.number().min(0).max(1).optional(),
    }),
  ),
  followUpOf: z.object({ date: z.string(), title: z.string(), url: linkUrl, rawUrl }).optional(),
  verification: entryVerificationOutput.optional(),
  curation: z
    .object({
      pinned: z.boolean().optional().describe("an editor pinned the entry to the top of the briefing"),
      editorAdded: z
        .array(z.string())
        .optional()
        .describe(
          'fields an editor rewrote that the article does not support, kept by the editor (编辑添加), e.g. "摘要", "核心技术第 2 条"',
        ),
    })
    .optional()
    .describe(
      "what an editor did to the entry before it was published (docs/review.md); absent: nothing to say",
    ),
});

const problemOutput = z.object({
  code: z
    .string()
    .regex(/^E_[A-Z_]+$/)
    .describe("catalogue code, e.g. E_SERVER, E_ARTICLE_DELETED (docs/json-output.md); new codes may appear"),
  stage: z.enum(["collect", "read", "analyse", "verify", "unknown"]),
  articleId: z.int().optional(),
  url: z
    .string()
    .optional()
    .describe(
      "the feed (collect, as configured) or the article (only when it may be linked; else rawUrl); query strings removed",
    ),
  rawUrl,
  httpStatus: z.int().min(100).max(599).optional(),
  title: z.string().optional().describe("the article's title, for a problem of one article"),
  message: z.string().describe("the problem in Chinese, exactly as the footer shows it"),
});

const coverageOutput = z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  found: count,
  inWindow: count,
  analysed: count,
  duplicates: count,
  belowThreshold: count,
  failed: count,
  problems: z.array(problemOutput),
});

export const briefingOutputSchema = z.object({
  $schema: z.literal(BRIEFING_SCHEMA_URL),
  schemaVersion: z.literal(BRIEFING_SCHEMA_VERSION),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timezone: z.string(),
  generatedAt: instant,
  minStars: z.int().min(1).max(5),
  entries: z.array(entryOutput),
  coverage: z.array(coverageOutput),
  analysers: z.array(
    z.object({ name: z.string(), kind: z.enum(["offline", "llm"]), entries: count, fallback: count }),
  ),
  usage: z
    .object({
      calls: count,
      promptTokens: count,
      completionTokens: count,
      cost: z.number().min(0),
      currency: z.string(),
    })
    .nullable(),
  verification: verificationOutput.nullable(),
  notes: z.array(z.string()),
});

export type BriefingOutput = z.output<typeof briefingOutputSchema>;
export type EntryOutput = BriefingOutput["entries"][number];
export type ProblemOutput = BriefingOutput["coverage"][number]["problems"][number];

/** The same schema as a JSON Schema (draft 2020-12) document, e.g. to publish at BRIEFING_SCHEMA_URL. */
export const briefingJsonSchema: Record<string, unknown> = {
  ...z.toJSONSchema(briefingOutputSchema, { target: "draft-2020-12" }),
  $id: BRIEFING_SCHEMA_URL,
  title: "daybrief briefing",
};
