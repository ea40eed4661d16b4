// The review API's request and response schemas (OpenAPI components), split from routes-review.ts.
import { z } from "@hono/zod-openapi";
import { briefingOutputSchema } from "../../render/briefing-json-schema.ts";
import { linkShape } from "./link-schemas.ts";

export const day = z.iso.date();
const entryId = z
  .string()
  .min(1)
  .max(2048)
  .describe("The entry's id (its article id), as in GET /review/{date}");

const editValue = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]);

const editSchema = z
  .object({
    id: z.int(),
    date: day,
    entryId: z.string().describe('The entry, or "*" for an order edit'),
    field: z.enum(["hide", "pin", "stars", "title", "summary", "bullet", "resource", "order"]),
    target: z
      .string()
      .optional()
      .describe('bullet: "section.index" (0-based), e.g. "core.1"; resource: "resources.index"'),
    before: editValue,
    after: editValue,
    user: z.string().describe("Who: a login, a token's name, cli or deadline"),
    at: z.string().describe("ISO 8601 UTC"),
    unsupported: z
      .array(z.string())
      .optional()
      .describe("Edited text: the claims the article does not support (empty: all supported)"),
  })
  .openapi("BriefingEdit");

const sectionBullets = z.array(z.string()).describe("The draft's bullets (an edit names them by index)");

const reviewEntrySchema = z
  .object({
    id: z.string(),
    hidden: z.boolean(),
    pinned: z.boolean(),
    stars: z.int().min(1).max(5),
    originalStars: z.int().min(1).max(5),
    org: z.string(),
    title: z.string(),
    summary: z.string(),
    ...linkShape,
    sourceName: z.string(),
    bullets: z.object({ core: sectionBullets, results: sectionBullets, insights: sectionBullets }),
    resources: z
      .array(
        z.object({
          target: z.string().describe('Its place, as a resource edit names it: "resources.index"'),
          label: z.string(),
          ...linkShape,
        }),
      )
      .describe("The entry's resource links as curated (edits applied), each with its place"),
    nextResource: z
      .string()
      .describe("The first free place past the draft's resources: a resource edit there adds one"),
    edited: z
      .array(z.string())
      .describe('Places with an edit in force: "title", "summary", "stars", "core.0" …'),
    unsupported: z
      .array(z.object({ where: z.string(), label: z.string(), claims: z.array(z.string()) }))
      .describe("Edited text the article does not support: published marked 编辑添加 unless reverted"),
  })
  .openapi("ReviewEntry");

export const reviewSchema = z
  .object({
    date: day,
    status: z.enum(["draft", "published", "discarded"]),
    kind: z.enum(["briefing", "update"]),
    createdAt: z.string(),
    deadline: z.string().optional().describe("publish.reviewDeadline as an instant (ISO 8601 UTC)"),
    decidedBy: z.string().optional(),
    decidedAt: z.string().optional(),
    runId: z.int().optional().describe("The run that made the draft"),
    entries: z.array(reviewEntrySchema).describe("Every entry, hidden ones too, in the curated order"),
    edits: z.array(editSchema).describe("The audit trail, oldest first"),
    briefing: briefingOutputSchema.describe("What Publish would publish now (docs/json-output.md)"),
  })
  .openapi("Review");

const idAndValue = <A extends string, V extends z.ZodType>(action: A, value: V) =>
  z.object({ action: z.literal(action), entryId, value });

export const editRequestSchema = z
  .discriminatedUnion("action", [
    idAndValue("hide", z.boolean()),
    idAndValue("pin", z.boolean()),
    idAndValue("stars", z.int().min(1).max(5)),
    idAndValue("title", z.string().min(1).max(2000)),
    idAndValue("summary", z.string().min(1).max(2000)),
    z.object({
      action: z.literal("bullet"),
      entryId,
      target: z
        .string()
        .regex(/^(core|results|insights)\.\d{1,3}$/)
        .describe('"section.index", e.g. "core.1"'),
      value: z.string().max(2000).describe('The new text; "" removes the bullet'),
      label: z
        .string()
        .max(40)
        .optional()
        .describe("The bullet's label; an added bullet without one is published with its section's name"),
    }),
    z.object({ action: z.literal("move"), entryId, direction: z.enum(["up", "down"]) }),
    z.object({
      action: z.literal("resource"),
      entryId,
      target: z
        .string()
        .regex(/^resources\.\d{1,3}$/)
        .describe('"resources.index": a draft\'s resource, or a place past them (nextResource) to add one'),
      value: z
        .array(z.string().max(2000))
        .max(2)
        .describe(
          "[label, url] (an http(s) URL) sets or adds the link, verified against the article as a build's links are; [] removes it",
        ),
    }),
    z.object({
      action: z.literal("order"),
      entryId: entryId.optional().describe("Any entry of the draft (default: the first of `order`)"),
      order: z
        .array(z.string().min(1).max(2048))
        .min(1)
        .max(1000)
        .describe(
          "Every shown entry's id in the new order; each must stay in its ★ band (the pinned are one band), else 409 conflict (as /review refuses it)",
        ),
    }),
  ])
  .openapi("EditRequest");

export const editOutcomeSchema = z
  .object({ edit: editSchema, entry: reviewEntrySchema.optional() })
  .openapi("EditOutcome");

export const publishOutcomeSchema = z
  .object({
    date: day,
    runId: z.int(),
    status: z.enum(["ok", "degraded", "failed", "cancelled"]),
    reason: z.string().optional(),
    entries: z.int().min(0),
    sent: z.array(z.object({ channel: z.string(), parts: z.int().min(0) })),
    error: z.string().optional(),
  })
  .openapi("PublishOutcome");

export const discardOutcomeSchema = z
  .object({ date: day, status: z.literal("discarded") })
  .openapi("DiscardOutcome");
