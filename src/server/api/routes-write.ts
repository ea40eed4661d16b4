import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { UsageError } from "../../errors.ts";
import { getBriefing } from "../../queries/index.ts";
import { RunBusyError } from "./actions.ts";
import type { ServerDeps } from "./deps.ts";
import type { GuardEnv } from "./guard.ts";
import { writeRoute } from "./openapi-route.ts";
import { ApiProblem, problemContent } from "./problem.ts";
import type { RunJobs } from "./run-jobs.ts";
import { retryResultSchema, runStartedSchema } from "./schemas.ts";

const day = z.iso.date();
const json = <T>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

function requireActions(deps: ServerDeps, runs: RunJobs | undefined) {
  if (!deps.actions || !runs)
    throw new ApiProblem(
      "not_available",
      "此服务器未配置运行流水线 (this server was started without the pipeline)",
    );
  return { actions: deps.actions, runs };
}

/** A run refused because another holds the store answers 409; other start failures pass on. */
function busyToConflict(error: unknown): never {
  if (error instanceof RunBusyError || error instanceof UsageError)
    throw new ApiProblem("conflict", error.message);
  throw error;
}

/** The POST routes of /api/v1 (write scope). */
export function addWriteRoutes(
  app: OpenAPIHono<GuardEnv>,
  deps: ServerDeps,
  runs: RunJobs | undefined,
): void {
  app.openapi(
    writeRoute({
      method: "post",
      path: "/runs",
      summary: "运行某日流水线 (run a day: collect, analyse, publish, deliver)",
      description:
        "Starts the run and answers at once with its id; follow it at `GET /runs/{id}` or `GET /runs/{id}/events`.",
      request: {
        body: {
          required: true,
          content: {
            "application/json": {
              schema: z
                .object({
                  date: day.describe("The day to run, YYYY-MM-DD"),
                  update: z.boolean().default(false).describe("Catch-up run: channels get only new entries"),
                })
                .openapi("RunRequest"),
            },
          },
        },
      },
      responses: {
        202: json(runStartedSchema, "The run started"),
        409: problemContent("Another run is using the store (conflict)"),
        503: problemContent("This server cannot run the pipeline (not_available)"),
      },
    }),
    async (c) => {
      const { date, update } = c.req.valid("json");
      const { runs: jobs } = requireActions(deps, runs);
      const job = await jobs.start(date, update).catch(busyToConflict);
      return c.json(
        {
          runId: job.runId,
          date,
          status: "running" as const,
          progress: `runs/${job.runId}`,
          events: `runs/${job.runId}/events`,
        },
        202,
      );
    },
  );

  app.openapi(
    writeRoute({
      method: "post",
      path: "/deliveries/{date}/retry",
      summary: "重发某日未送达的消息 (re-send the parts of a day's briefing not delivered yet)",
      request: { params: z.object({ date: day }) },
      responses: {
        200: json(retryResultSchema, "What the retry sent and what is still missing"),
        404: problemContent("No briefing for the day (not_found)"),
        409: problemContent("Another run is using the store (conflict)"),
        503: problemContent("This server cannot deliver (not_available)"),
      },
    }),
    async (c) => {
      const { date } = c.req.valid("param");
      const { actions } = requireActions(deps, runs);
      if (!(await getBriefing(deps.query, date)))
        throw new ApiProblem("not_found", `${date} 没有日报 (no briefing for ${date})`);
      const result = await actions.retryDeliveries(date).catch(busyToConflict);
      return c.json({ ...result, date }, 200);
    },
  );
}
