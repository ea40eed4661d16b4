import { setTimeout as delay } from "node:timers/promises";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { ApiScope } from "../../config/index.ts";
import { errorMessage } from "../../errors.ts";
import { dayOf } from "../../time.ts";
import type { ServerDeps } from "../api/deps.ts";
import type { RunJobs } from "../api/run-jobs.ts";
import { text, toolError } from "./results.ts";

/** How long run_day waits for the run before answering with its id (a model's call should not hang). */
const WAIT_MS = 50_000;

/**
 * run_day: listed for every caller, refused without the write scope (so a read token sees what it
 * cannot do and why).
 */
export function addWriteTools(
  server: McpServer,
  deps: ServerDeps,
  runs: RunJobs | undefined,
  scopes: readonly ApiScope[],
): void {
  server.registerTool(
    "run_day",
    {
      title: "运行某日流水线 (run a day) — 需要 write 权限",
      description:
        "抓取、分析并发布某天的日报（并按配置推送）。需要 write 权限；最多等待约 50 秒，未完成则返回运行 id。" +
        " Collects, analyses and publishes a day's briefing (and delivers it as configured). Needs the write scope; waits up to ~50 s, else answers with the run id.",
      inputSchema: {
        date: z.iso.date().optional().describe("日期，默认今天 (YYYY-MM-DD; default today)"),
        update: z
          .boolean()
          .default(false)
          .describe("补充运行：渠道只推送新增条目 (catch-up run: channels get only new entries)"),
      },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    async (a) => {
      if (!scopes.includes("write"))
        return toolError(
          "拒绝：run_day 需要 write 权限的 token (refused: run_day needs a token with the write scope)",
        );
      if (!runs) return toolError("此服务器未配置运行流水线 (this server was started without the pipeline)");
      const date = a.date ?? dayOf(deps.now(), deps.query.config.timezone);
      let started: Awaited<ReturnType<RunJobs["start"]>>;
      try {
        started = await runs.start(date, a.update);
      } catch (error) {
        return toolError(`未能开始运行 (could not start): ${errorMessage(error)}`);
      }
      const waiting = new AbortController();
      const job = await Promise.race([
        runs.finished(started.runId),
        delay(WAIT_MS, undefined, { signal: waiting.signal }).catch(() => undefined),
      ]);
      waiting.abort();
      if (!job)
        return text(`运行 #${started.runId} 仍在进行 (run ${started.runId} for ${date} still running)`);
      const o = job.outcome;
      const line = `运行 #${job.runId} ${date}: ${o?.status ?? job.state}${o?.entries === undefined ? "" : `, ${o.entries} 条 (entries)`}${job.error ? ` — ${job.error}` : ""}`;
      return job.state === "failed"
        ? toolError(line)
        : text(`${line}\n用 get_briefing 查看 (read it with get_briefing date=${date})`);
    },
  );
}
