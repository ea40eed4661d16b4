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
import { toBriefingOutput } from "../../render/index.ts";
import { RunBusyError } from "./actions.ts";
import type { ServerDeps } from "./deps.ts";
import type { GuardEnv } from "./guard.ts";
import { writeRoute } from "./openapi-route.ts";
import { linkOf } from "./present.ts";
import { ApiProblem, problemContent } from "./problem.ts";
import {
  day,
  discardOutcomeSchema,
  editOutcomeSchema,
  editRequestSchema,
  publishOutcomeSchema,
  reviewSchema,
} from "./review-schemas.ts";

/**
 * Curation over the API (issue 14, docs/review.md): a day's draft with its edits and flags, an
 * edit, publish and discard. Every route needs the write scope, the GET too: a draft is not
 * public. Edits are recorded under the token's name.
 */

const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

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
    ...linkOf(e.item.url),
    sourceName: e.item.sourceName,
    bullets: {
      core: e.draft.core.bullets.map((b) => b.text),
      results: e.draft.results.bullets.map((b) => b.text),
      insights: e.draft.insights.bullets.map((b) => b.text),
    },
    resources: e.item.entry.resources.map((r, k) => ({
      target: `resources.${e.resourcePlaces[k]}`,
      label: r.label,
      ...linkOf(r.url),
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
