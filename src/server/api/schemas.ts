/**
 * The response and request shapes of /api/v1, as zod: the same schemas type the handlers, and
 * generate the OpenAPI 3.1 document (`/api/v1/openapi.json`). Names given with `.openapi("X")`
 * become `components.schemas.X`.
 */
import { z } from "@hono/zod-openapi";
import { entrySchema, resourceSchema } from "../../model/entry-schema.ts";
import { linkShape, rawUrl } from "./link-schemas.ts";

const day = z.iso.date().describe("A calendar day, YYYY-MM-DD, in the configured time zone");
const instant = z.string().describe("ISO 8601 instant");
const stars = z.int().min(1).max(5);
const count = z.int().min(0);
export const entryIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,15}$/)
  .describe("An entry's id (its article's id)");

export const nextCursorSchema = z
  .string()
  .optional()
  .describe("Pass as `cursor` for the next page; absent on the last page");

/** An entry as the API sends it: its resources' links as a client may make them. */
const apiEntrySchema = entrySchema.extend({ resources: z.array(resourceSchema.extend(linkShape)) });

const analyserSchema = z
  .object({
    kind: z.enum(["offline", "llm"]),
    name: z.string(),
    promptVersion: z.string(),
    fallback: z.boolean().optional(),
    fallbackReason: z.string().optional(),
  })
  .openapi("Analyser");

const verificationCountsSchema = z
  .object({
    checked: count,
    supported: count,
    dropped: count,
    marked: count,
    orgRole: z.literal("publisher").optional(),
    stars: z
      .object({ model: stars, final: stars, min: stars, max: stars, ratingRequest: z.boolean().optional() })
      .optional(),
  })
  .openapi("VerificationCounts");

const coverageSchema = z
  .object({
    sourceName: z.string(),
    title: z.string(),
    ...linkShape,
    publishedAt: instant,
    similarity: z.number().optional(),
  })
  .openapi("Coverage");

const usageSchema = z.object({
  calls: count,
  promptTokens: count,
  completionTokens: count,
  estimated: z.boolean().optional(),
  cost: z.number().optional(),
  currency: z.string().optional(),
});

export const briefingListItemSchema = z
  .object({
    date: day,
    generatedAt: instant,
    entries: count,
    top: z
      .object({ id: entryIdSchema.optional(), title: z.string(), org: z.string(), stars })
      .optional()
      .describe("The day's first (highest ranked) entry"),
  })
  .openapi("BriefingListItem");

export const briefingListSchema = z
  .object({ items: z.array(briefingListItemSchema), nextCursor: nextCursorSchema })
  .openapi("BriefingList");

const claimSchema = z
  .object({
    kind: z.enum(["link", "figure", "name", "org", "qualifier", "quote", "evidence"]),
    value: z.string(),
    status: z.enum(["supported", "dropped", "marked", "unchecked", "unsupported"]),
    where: z.string().describe("Where in the entry the claim stands"),
    reason: z.string(),
    role: z.enum(["actor", "publisher"]).optional(),
    evidence: z.string().optional().describe("The article sentence (or link) the claim was accepted on"),
    why: z.string().optional().describe("Why there is no evidence"),
  })
  .openapi("Claim");

export const entryDetailSchema = z
  .object({
    id: entryIdSchema,
    date: day,
    published: z.boolean().describe("Whether the day's briefing carries it"),
    entry: apiEntrySchema,
    article: z.object({
      id: z.int(),
      title: z.string(),
      ...linkShape,
      sourceId: z.string(),
      sourceName: z.string().optional(),
      publishedAt: instant,
      status: z.string(),
      statusReason: z.string().optional(),
      textFrom: z.enum(["feed", "page"]).optional(),
      account: z.string().optional(),
      textChars: count.describe("Length of the stored article text (the text itself is not sent)"),
    }),
    analyser: analyserSchema,
    usage: usageSchema.optional(),
    verification: z.object({
      counts: verificationCountsSchema,
      claims: z.array(claimSchema),
      withheld: z.boolean(),
    }),
    story: z.object({
      related: z.array(coverageSchema),
      followUpOf: z.object({ date: day, title: z.string(), ...linkShape }).optional(),
      laterFollowUps: z.array(
        z.object({ date: day, id: entryIdSchema.optional(), title: z.string(), ...linkShape }),
      ),
    }),
  })
  .openapi("EntryDetail");

const highlightedSchema = z
  .array(z.object({ text: z.string(), hit: z.boolean() }))
  .openapi("Highlighted")
  .describe("Text in parts; parts with hit=true matched the query");

const facetCountsSchema = z.array(z.object({ value: z.string(), count }));

export const searchFacetsSchema = z
  .object({
    capped: z.boolean().describe("More documents matched than were counted: counts are lower bounds"),
    source: facetCountsSchema.describe("Source ids (the `source` filter)"),
    org: facetCountsSchema.describe("Orgs; a count is what `org=<value>` finds (part of the org, any case)"),
    tag: facetCountsSchema,
    stars: facetCountsSchema.describe(
      '`minStars` values "5" down to "1": articles with an entry of at least that many ★',
    ),
    analyser: facetCountsSchema,
  })
  .describe(
    "计数 (facet counts): matching articles per value, each facet applying every other filter but not its own; at most 20 values each, the most frequent first",
  )
  .openapi("SearchFacets");

export const searchResultSchema = z
  .object({
    terms: z.array(z.string()),
    total: count.describe("Matching articles (a lower bound when capped)"),
    capped: z.boolean(),
    hits: z.array(
      z.object({
        id: entryIdSchema,
        matchedIn: z.enum(["entry", "article"]),
        date: day,
        publishedAt: instant,
        sourceId: z.string(),
        ...linkShape,
        title: highlightedSchema,
        entry: z
          .object({ org: z.string(), stars, tags: z.array(z.string()), analyser: z.string() })
          .optional(),
        snippet: highlightedSchema,
      }),
    ),
    facets: searchFacetsSchema.optional().describe("With facets=true, on the first page"),
    nextCursor: nextCursorSchema,
  })
  .openapi("SearchResult");

export const sourceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string().describe("The feed URL, credentials redacted"),
    enabled: z.boolean(),
    state: z.enum(["disabled", "never-fetched", "failing", "ok"]),
    lastSuccessAt: instant.optional(),
    lastErrorAt: instant.optional(),
    lastError: z.string().optional(),
    consecutiveFailures: count,
    itemsSeen: count,
    lastNewItemAt: instant.optional(),
    itemsPerDay: z.array(z.object({ date: day, items: count })),
    alerts: z.array(
      z.object({
        id: z.int(),
        sourceId: z.string(),
        kind: z.string(),
        message: z.string(),
        raisedAt: instant,
        recoveredAt: instant.optional(),
      }),
    ),
  })
  .openapi("Source");

export const sourceListSchema = z.object({ items: z.array(sourceSchema) }).openapi("SourceList");

const usageSumSchema = usageSchema.extend({ costByCurrency: z.record(z.string(), z.number()) });

export const runProgressSchema = z
  .object({
    state: z.enum(["running", "done", "failed"]),
    stage: z.string().optional().describe("The stage running now (collect, read, analyse, …)"),
    detail: z.string().optional(),
    steps: z.record(z.string(), z.object({ done: count, total: count })),
    error: z.string().optional(),
  })
  .openapi("RunProgress");

export const runSchema = z
  .object({
    id: z.int(),
    date: day,
    command: z.string(),
    startedAt: instant,
    endedAt: instant.optional(),
    status: z.enum(["running", "ok", "degraded", "failed", "cancelled", "interrupted"]),
    reason: z.string().optional(),
    counts: z.record(z.string(), z.number()),
    failures: z.array(
      z.object({
        stage: z.string(),
        sourceId: z.string().optional(),
        // A feed's URL (stage collect) as configured; an article's only when it may be linked.
        url: z.string().optional().describe("A feed's (collect) or a linkable article URL; see rawUrl"),
        rawUrl,
        message: z.string(),
      }),
    ),
    spend: usageSumSchema,
    progress: runProgressSchema.optional().describe("Live progress of a run this server started"),
  })
  .openapi("Run");

export const runListSchema = z
  .object({ items: z.array(runSchema), nextCursor: nextCursorSchema })
  .openapi("RunList");

export const runStartedSchema = z
  .object({
    runId: z.int(),
    date: day,
    status: z.literal("running"),
    progress: z.string().describe("GET this path for the run's progress"),
    events: z.string().describe("GET this path for the progress as server-sent events"),
  })
  .openapi("RunStarted");

export const retryResultSchema = z
  .object({
    runId: z.int(),
    date: day,
    status: z.enum(["ok", "degraded", "failed"]),
    sent: z.array(z.object({ channel: z.string(), parts: count })),
    missing: z.array(z.object({ channel: z.string(), parts: count })),
    undelivered: count,
  })
  .openapi("DeliveryRetry");

const entryRefSchema = z
  .object({
    id: entryIdSchema.optional(),
    date: day,
    title: z.string(),
    org: z.string(),
    stars,
    ...linkShape,
  })
  .openapi("EntryRef");

const trendItemSchema = z
  .object({ key: z.string(), entries: count, previous: count, delta: z.int(), top: z.array(entryRefSchema) })
  .openapi("TrendItem");

export const trendsSchema = z
  .object({
    by: z.enum(["tag", "org"]),
    from: day,
    to: day,
    previous: z.object({ from: day, to: day }),
    entries: count,
    items: z.array(trendItemSchema).describe("Most entries first"),
    movers: z.array(trendItemSchema).describe("Largest rise against the previous period first"),
  })
  .openapi("Trends");
