import { type OpenAPIHono, z } from "@hono/zod-openapi";
import type { BriefingEdit, CuratedEntry } from "../../model/curation.ts";
import {
  DraftStateError,
  discardDraft,
  editDraft,
  getReview,
  ReviewError,
  type ReviewView,
} from "../../queries/index.ts";
import { briefingOutputSchema } from "../../render/briefing-json-schema.ts";
import { toBriefingOutput } from "../../render/index.ts";
import { RunBusyError } from "./actions.ts";
import type { ServerDeps } from "./deps.ts";
import type { GuardEnv } from "./guard.ts";
import { writeRoute } from "./openapi-route.ts";
import { ApiProblem, problemContent } from "./problem.ts";

/**
 * Curation over the API (issue 14, docs/review.md): a day's draft with its edits and flags, an
 * edit, publish and discard. Every route needs the write scope, the GET too: a draft is not
 * public. Edits are recorded under the token's name.
 */

const day = z.iso.date();
const entryId = z
  .string()
  .min(1)
  .max(2048)
  .describe("The entry's id (its article id), as in GET /review/{date}");
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

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
    url: z.string(),
    sourceName: z.string(),
    bullets: z.object({ core: sectionBullets, results: sectionBullets, insights: sectionBullets }),
    resources: z
      .array(
        z.object({
          target: z.string().describe('Its place, as a resource edit names it: "resources.index"'),
          label: z.string(),
          url: z.string(),
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

const reviewSchema = z
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

const editRequestSchema = z
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

const editOutcomeSchema = z
  .object({ edit: editSchema, entry: reviewEntrySchema.optional() })
  .openapi("EditOutcome");

const publishOutcomeSchema = z
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

const discardOutcomeSchema = z
  .object({ date: day, status: z.literal("discarded") })
  .openapi("DiscardOutcome");

function presentEntry(e: CuratedEntry) {
  const entry = e.item.entry;
  return {
    id: e.entryId,
    hidden: e.hidden,
    pinned: e.pinned,
    stars: entry.stars,
    originalStars: e.originalStars,
    org: entry.org,
    title: entry.title,
    summary: entry.summary,
    url: e.item.url,
    sourceName: e.item.sourceName,
    bullets: {
      core: e.draft.core.bullets.map((b) => b.text),
      results: e.draft.results.bullets.map((b) => b.text),
      insights: e.draft.insights.bullets.map((b) => b.text),
    },
    resources: e.item.entry.resources.map((r, k) => ({
      target: `resources.${e.resourcePlaces[k]}`,
      label: r.label,
      url: r.url,
    })),
    nextResource: `resources.${Math.max(e.draft.resources.length, ...e.resourcePlaces.map((p) => p + 1))}`,
    edited: e.edited,
    unsupported: e.unsupported,
  };
}

function presentEdit(e: BriefingEdit) {
  return { ...e };
}

function presentReview(view: ReviewView) {
  return {
    ...view.draft,
    entries: view.entries.map(presentEntry),
    edits: view.edits.map(presentEdit),
    briefing: toBriefingOutput(view.briefing),
  };
}

/** A refused review action as its problem: 404 no draft or entry, 409 decided or busy, 400 a bad edit. */
function toProblem(error: unknown): never {
  if (error instanceof ReviewError) {
    const code =
      error.code === "no_draft" || error.code === "no_entry"
        ? "not_found"
        : error.code === "bad_edit"
          ? "invalid_request"
          : "conflict";
    // The same refusal as /review's: an entry only moves within its ★ band.
    const detail =
      error.code === "cannot_move" ? `只能在同一 ★ 档内调整顺序 (${error.message})` : error.message;
    throw new ApiProblem(code, detail);
  }
  if (error instanceof DraftStateError)
    throw new ApiProblem(error.state === "missing" ? "not_found" : "conflict", error.message);
  if (error instanceof RunBusyError) throw new ApiProblem("conflict", error.message);
  throw error;
}

const problems = {
  404: problemContent("No draft for the day, or no such entry (not_found)"),
  409: problemContent(
    "The draft is already published or discarded, another run holds the store, or a move/order leaves its ★ band (conflict)",
  ),
};

/** GET /review/{date}, POST /review/{date}/edits, /publish, /discard (write scope). */
export function addReviewRoutes(app: OpenAPIHono<GuardEnv>, deps: ServerDeps): void {
  const ctx = deps.query;
  const params = z.object({ date: day });

  app.openapi(
    writeRoute({
      method: "get",
      path: "/review/{date}",
      summary: "某日草稿及编辑的修改 (a day's draft: entries as curated, flags, the audit trail)",
      request: { params },
      responses: {
        200: json(reviewSchema, "The draft under review (or decided, read-only)"),
        404: problems[404],
      },
    }),
    async (c) => {
      const { date } = c.req.valid("param");
      const view = await getReview(ctx, date);
      if (!view) throw new ApiProblem("not_found", `${date} 没有草稿 (no draft for ${date})`);
      return c.json(presentReview(view), 200);
    },
  );

  app.openapi(
    writeRoute({
      method: "post",
      path: "/review/{date}/edits",
      summary:
        "修改草稿 (edit the draft: hide, pin, ★, title, summary, a bullet, a resource link, move or reorder within a ★ band)",
      description:
        "Stored as an audit row (before, after, who, when) under the token's name; edited text and added or changed links are verified again against the article, as on /review, and their unsupported claims returned. A move or order that takes an entry out of its ★ band, or an order that does not name every shown entry once, is refused (409 conflict), as /review refuses it.",
      request: {
        params,
        body: { required: true, content: { "application/json": { schema: editRequestSchema } } },
      },
      responses: { 201: json(editOutcomeSchema, "The edit as stored, and the entry after it"), ...problems },
    }),
    async (c) => {
      const { date } = c.req.valid("param");
      const body = c.req.valid("json");
      const request = body.action === "order" ? { ...body, entryId: body.entryId ?? body.order[0]! } : body;
      const outcome = await editDraft(ctx, date, request, {
        user: c.get("caller").name,
        now: deps.now(),
      }).catch(toProblem);
      return c.json(
        { edit: presentEdit(outcome.edit), entry: outcome.entry && presentEntry(outcome.entry) },
        201,
      );
    },
  );

  app.openapi(
    writeRoute({
      method: "post",
      path: "/review/{date}/publish",
      summary: "发布草稿 (publish the draft: edits applied, files written, channels sent)",
      request: { params },
      responses: {
        200: json(publishOutcomeSchema, "How the publication went"),
        ...problems,
        503: problemContent("This server cannot run the pipeline (not_available)"),
      },
    }),
    async (c) => {
      const { date } = c.req.valid("param");
      const publish = deps.actions?.publishDraft;
      if (!publish)
        throw new ApiProblem(
          "not_available",
          "此服务器未配置运行流水线 (this server was started without the pipeline)",
        );
      const outcome = await publish(date, c.get("caller").name).catch(toProblem);
      return c.json({ date, ...outcome }, 200);
    },
  );

  app.openapi(
    writeRoute({
      method: "post",
      path: "/review/{date}/discard",
      summary: "丢弃草稿 (discard the draft: nothing is published, the edits stay on record)",
      request: { params },
      responses: { 200: json(discardOutcomeSchema, "The draft is discarded"), ...problems },
    }),
    async (c) => {
      const { date } = c.req.valid("param");
      await discardDraft(ctx, date, { user: c.get("caller").name, now: deps.now() }).catch(toProblem);
      return c.json({ date, status: "discarded" as const }, 200);
    },
  );
}

/** The API paths that need the write scope whatever their method (a draft is not public). */
export const isReviewPath = (path: string): boolean => /\/review(\/|$)/.test(path);
