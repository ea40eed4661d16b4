import { briefingIdOf } from "../../model/briefing-id.ts";
import {
  COUNT_RUNS,
  type FinishRunInput,
  type Run,
  type RunCount,
  type RunProgress,
  type RunRow,
  type StartRunInput,
  toRun,
  toRunCount,
} from "../runs.ts";
import { optional, toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Runs: one row per pipeline invocation (the Postgres form of ../runs.ts). */
export class PgRunTable {
  constructor(private readonly sql: Sql) {}

  async startRun(input: StartRunInput): Promise<number> {
    const row = await this.sql.row<{ id: number }>(
      "INSERT INTO runs (briefing_id, date, command, started_at, pid, host) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      [
        briefingIdOf(input.briefingId),
        input.date,
        input.command,
        toUtcIso(input.startedAt),
        input.pid ?? null,
        input.host ?? null,
      ],
    );
    return row!.id;
  }

  async finishRun(runId: number, input: FinishRunInput): Promise<void> {
    const changed = await this.sql.run(
      "UPDATE runs SET ended_at = ?, status = ?, reason = ?, counts = ?, failures = ?, usage = ?, progress = NULL WHERE id = ?",
      [
        toUtcIso(input.endedAt),
        input.status,
        input.reason ?? null,
        JSON.stringify(input.counts),
        JSON.stringify(input.failures),
        input.usage ? JSON.stringify(input.usage) : null,
        runId,
      ],
    );
    if (changed === 0) throw new RangeError(`unknown run: ${runId}`);
  }

  /** Running runs whose process is gone become interrupted, all in one transaction. */
  markInterruptedRuns(
    at: string,
    isGone: (run: { pid?: number; host?: string }) => boolean,
  ): Promise<number[]> {
    return this.sql.atomic(async (sql) => {
      const running = await sql.rows<{ id: number; pid: number | null; host: string | null }>(
        "SELECT id, pid, host FROM runs WHERE status = 'running' ORDER BY id FOR UPDATE",
      );
      const gone = running.filter((r) => isGone({ pid: optional(r.pid), host: optional(r.host) }));
      for (const r of gone)
        await sql.run(
          "UPDATE runs SET status = 'interrupted', ended_at = ?, reason = ? WHERE id = ? AND status = 'running'",
          [toUtcIso(at), "the process ended without finishing the run (killed?)", r.id],
        );
      return gone.map((r) => r.id);
    });
  }

  async recordRunProgress(runId: number, progress: RunProgress): Promise<void> {
    await this.sql.run("UPDATE runs SET progress = ? WHERE id = ? AND status = 'running'", [
      JSON.stringify(progress),
      runId,
    ]);
  }

  async getRun(runId: number): Promise<Run | undefined> {
    const row = await this.sql.row<RunRow>("SELECT * FROM runs WHERE id = ?", [runId]);
    return row && toRun(row);
  }

  async countRuns(): Promise<RunCount[]> {
    return (await this.sql.rows<Parameters<typeof toRunCount>[0]>(COUNT_RUNS)).map(toRunCount);
  }

  async listRuns(limit = 20): Promise<Run[]> {
    const rows = await this.sql.rows<RunRow>("SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT ?", [
      limit,
    ]);
    return rows.map(toRun);
  }
}
