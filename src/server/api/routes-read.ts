import { createHash } from "node:crypto";
import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import {
  getBriefing,
  getEntry,
  getRun,
  getTrends,
  listBriefings,
  listRuns,
  listSources,
  MAX_SEARCH_LIMIT,
  searchEntries,
} from "../../queries/index.ts";
import { briefingOutputSchema } from "../../render/briefing-json-schema.ts";
import { toBriefingOutput } from "../../render/index.ts";
import { addDays, dayOf } from "../../time.ts";
import { bucketOf } from "../page-cache.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { ServerDeps } from "./deps.ts";
import type { GuardEnv } from "./guard.ts";
import { readRoute } from "./openapi-route.ts";
import * as present from "./present.ts";
import { ApiProblem, problemContent } from "./problem.ts";
import type { RunJobs } from "./run-jobs.ts";
import {
  briefingListSchema,
  entryDetailSchema,
  entryIdSchema,
  runListSchema,
  runSchema,
  searchResultSchema,
  sourceListSchema,
  trendsSchema,
} from "./schemas.ts";

const day = z.iso.date();
const limitOf = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const notFound = problemContent("Not found (not_found)");
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const requestKey = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 16);

/** The GET routes of /api/v1. */
export function addReadRoutes(app: OpenAPIHono<GuardEnv>, deps: ServerDeps, runs: RunJobs | undefined): void {
  const ctx = deps.query;
  const redact = deps.redact ?? ((t: string) => t);

  app.openapi(
    readRoute({
      method: "get",
      path: "/briefings",
      summary: "日报列表 (the archive: one item per day, newest first)",
      request: {
        query: z.object({
          from: day.optional(),
          to: day.optional(),
          limit: limitOf(100, 30),
          cursor: z.string().optional(),
        }),
      },
      responses: { 200: json(briefingListSchema, "Days of the archive, newest first") },
    }),
    async (c) => {
      const { from, to, limit, cursor } = c.req.valid("query");
      const key = requestKey(["briefings", from, to]);
      const before = cursor ? String(decodeCursor(cursor, key).before) : undefined;
      const page = await listBriefings(ctx, { from, to, before, limit: limit + 1 });
      const items = page.slice(0, limit).map(present.presentBriefingItem);
      const nextCursor =
        page.length > limit ? encodeCursor({ for: key, before: items.at(-1)!.date }) : undefined;
      return c.json({ items, nextCursor }, 200);
    },
  );

  app.openapi(
    readRoute({
      method: "get",
      path: "/briefings/{date}",
      summary: "某日日报 (a day's briefing, as the published JSON schema)",
      request: { params: z.object({ date: day }) },
      responses: { 200: json(briefingOutputSchema, "The briefing (docs/json-output.md)"), 404: notFound },
    }),
    async (c) => {
      const { date } = c.req.valid("param");
      const briefing = await getBriefing(ctx, date);
      if (!briefing) throw new ApiProblem("not_found", `${date} 没有日报 (no briefing for ${date})`);
      return c.json(toBriefingOutput(briefing), 200);
    },
  );

  app.openapi(
    readRoute({
      method: "get",
      path: "/entries/{id}",
      summary: "条目详情 (an entry: claims with evidence and verification, story, related coverage)",
      request: { params: z.object({ id: entryIdSchema }) },
      responses: { 200: json(entryDetailSchema, "The entry with everything behind it"), 404: notFound },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const detail = await getEntry(ctx, id);
      if (!detail) throw new ApiProblem("not_found", `没有条目 ${id} (no entry ${id})`);
      return c.json(present.presentEntry(detail), 200);
    },
  );

  app.openapi(
    readRoute({
      method: "get",
      path: "/search",
      summary: "全文搜索 (full-text search over entries and articles, best first)",
      description: `Pages by cursor through the first ${MAX_SEARCH_LIMIT} hits; narrow with filters for more.`,
      request: {
        query: z.object({
          q: z.string().min(1).max(200),
          from: day.optional(),
          to: day.optional(),
          source: z.string().optional(),
          org: z.string().optional(),
          tag: z.string().optional(),
          minStars: z.coerce.number().int().min(1).max(5).optional(),
          analyser: z.string().optional(),
          limit: limitOf(MAX_SEARCH_LIMIT, 10),
          cursor: z.string().optional(),
          facets: z
            .enum(["true", "false"])
            .optional()
            .describe("true: also count matches per source, org, tag, ★ and analyser (first page only)"),
        }),
      },
      responses: { 200: json(searchResultSchema, "Hits, best first") },
    }),
    async (c) => {
      const { cursor, limit, facets: withFacets, ...filters } = c.req.valid("query");
      const key = requestKey(["search", filters]);
      // Recency from the start of the current 10 minutes, so the response cache is exact.
      const at = cursor ? decodeCursor(cursor, key) : { o: 0, n: bucketOf(deps.now()).getTime() };
      const offset = Number(at.o);
      const now = new Date(Number(at.n));
      const asked = Math.min(MAX_SEARCH_LIMIT, offset + limit);
      const result = await searchEntries(
        ctx.store,
        {
          query: filters.q,
          from: filters.from,
          to: filters.to,
          sourceId: filters.source,
          org: filters.org,
          tag: filters.tag,
          minStars: filters.minStars,
          analyser: filters.analyser,
          limit: asked,
        },
        { timeZone: ctx.config.timezone, now, readers: ctx },
        { facets: withFacets === "true" && !cursor },
      );
      const hits = result.hits.slice(offset).map(present.presentHit);
      const end = offset + hits.length;
      const more = hits.length > 0 && end < Math.min(result.total, MAX_SEARCH_LIMIT);
      const nextCursor = more ? encodeCursor({ for: key, o: end, n: now.getTime() }) : undefined;
      const { terms, total, capped, facets } = result;
      return c.json({ terms, total, capped, hits, ...(facets ? { facets } : {}), nextCursor }, 200);
    },
  );

  app.openapi(
    readRoute({
      method: "get",
      path: "/sources",
      summary: "信息源与健康状况 (sources with their fetch health and the last days' items)",
      request: { query: z.object({ days: limitOf(60, 7) }) },
      responses: { 200: json(sourceListSchema, "Every configured source, in config order") },
    }),
    async (c) => {
      const { days } = c.req.valid("query");
      const sources = await listSources(ctx, { now: deps.now(), days });
      return c.json({ items: sources.map((s) => present.presentSource(s, redact)) }, 200);
    },
  );

  app.openapi(
    readRoute({
      method: "get",
      path: "/runs",
      summary: "运行记录 (the latest runs: status, counts, failures, LLM spend)",
      request: { query: z.object({ limit: limitOf(100, 20), cursor: z.string().optional() }) },
      responses: { 200: json(runListSchema, "Runs, newest first") },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const key = requestKey(["runs"]);
      // Runs only grow at the front: the cursor holds the last id shown and how many were shown, so a
      // page reads only that many runs plus its own (and up to 20 started since).
      const at = cursor ? decodeCursor(cursor, key) : { below: Number.MAX_SAFE_INTEGER, shown: 0 };
      const below = Number(at.below);
      const shown = Number(at.shown);
      const recent = await listRuns(ctx, { limit: shown + limit + 21 });
      const page = recent.filter((r) => r.id < below).slice(0, limit + 1);
      const items = page.slice(0, limit).map((r) => present.presentRun(r, runs?.get(r.id)));
      const nextCursor =
        page.length > limit
          ? encodeCursor({ for: key, below: items.at(-1)!.id, shown: shown + limit })
          : undefined;
      return c.json({ items, nextCursor }, 200);
    },
  );

  const runParams = z.object({ id: z.coerce.number().int().min(1) });
  app.openapi(
    readRoute({
      method: "get",
      path: "/runs/{id}",
      summary: "某次运行 (one run, with live progress when this server started it)",
      request: { params: runParams },
      responses: { 200: json(runSchema, "The run"), 404: notFound },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const run = await getRun(ctx, id);
      if (!run) throw new ApiProblem("not_found", `没有运行 ${id} (no run ${id})`);
      return c.json(present.presentRun(run, runs?.get(id)), 200);
    },
  );

  app.openapi(
    readRoute({
      method: "get",
      path: "/runs/{id}/events",
      summary: "运行进度事件流 (a run's progress as server-sent events)",
      description:
        "Events `progress` (RunProgress JSON) on every stage and step, then one `end` with the final Run. " +
        "Only for runs this server started; an ended run sends `end` at once.",
      request: { params: runParams },
      responses: {
        200: { description: "text/event-stream", content: { "text/event-stream": { schema: z.string() } } },
        404: notFound,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const job = runs?.get(id);
      if (!runs || !job)
        throw new ApiProblem("not_found", `此服务器没有启动运行 ${id} (no run ${id} was started here)`);
      return streamSSE(c, async (stream) => {
        const sendEnd = async () => {
          const run = await getRun(ctx, id);
          const data = run ? present.presentRun(run, runs.get(id)) : undefined;
          await stream.writeSSE({ event: "end", data: JSON.stringify(data ?? null) });
        };
        if (job.state !== "running") return sendEnd();
        const queue: Promise<void>[] = [];
        const off = runs.subscribe(id, (j) => {
          if (j.state === "running")
            queue.push(
              stream.writeSSE({
                event: "progress",
                data: JSON.stringify({ state: j.state, stage: j.stage, detail: j.detail, steps: j.steps }),
              }),
            );
        });
        stream.onAbort(off);
        await runs.finished(id);
        off();
        await Promise.all(queue);
        await sendEnd();
      });
    },
  );

  app.openapi(
    readRoute({
      method: "get",
      path: "/trends",
      summary: "趋势 (tags or orgs of the published entries over a period, with top movers)",
      description: "Default period: the last 7 days up to today. The previous period has the same length.",
      request: {
        query: z.object({
          by: z.enum(["tag", "org"]).default("tag"),
          from: day.optional(),
          to: day.optional(),
          limit: limitOf(100, 20),
        }),
      },
      responses: { 200: json(trendsSchema, "Trend items and movers") },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const to = q.to ?? dayOf(deps.now(), ctx.config.timezone);
      const from = q.from ?? addDays(to, -6);
      return c.json(present.presentTrends(await getTrends(ctx, { by: q.by, from, to, limit: q.limit })), 200);
    },
  );
}
