import type { Database } from "better-sqlite3";
import type { Usage } from "../model/index.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, optional, parseJson, toUtcIso } from "./values.ts";

export type RunStatus = "running" | "ok" | "failed" | "cancelled";

/** One thing that went wrong during a run, kept for the report and `daybrief runs`. */
export interface RunFailure {
  stage: string;
  sourceId?: string;
  url?: string;
  message: string;
}

export interface StartRunInput {
  /** The briefing date (YYYY-MM-DD). */
  date: string;
  startedAt: string;
  /** What started it, e.g. "run", "render", "schedule". */
  command: string;
}

export interface FinishRunInput {
  endedAt: string;
  status: Exclude<RunStatus, "running">;
  counts: Record<string, number>;
  failures: RunFailure[];
  usage?: Usage;
}

export interface Run {
  id: number;
  date: string;
  command: string;
  startedAt: string;
  endedAt?: string;
  status: RunStatus;
  counts: Record<string, number>;
  failures: RunFailure[];
  usage?: Usage;
}

interface RunRow {
  id: number;
  date: string;
  command: string;
  started_at: string;
  ended_at: string | null;
  status: string;
  counts: string;
  failures: string;
  usage: string | null;
}

function toRun(row: RunRow): Run {
  return compact({
    id: row.id,
    date: row.date,
    command: row.command,
    startedAt: row.started_at,
    endedAt: optional(row.ended_at),
    status: row.status as RunStatus,
    counts: parseJson<Record<string, number>>(row.counts, {}),
    failures: parseJson<RunFailure[]>(row.failures, []),
    usage: parseJson<Usage | undefined>(row.usage, undefined),
  });
}

/** Runs: one row per pipeline invocation, finished with counts per stage and the failures. */
export class RunTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  startRun(input: StartRunInput): number {
    return this.sql("INSERT INTO runs (date, command, started_at) VALUES (?, ?, ?) RETURNING id")
      .pluck()
      .get(input.date, input.command, toUtcIso(input.startedAt)) as number;
  }

  finishRun(runId: number, input: FinishRunInput): void {
    const result = this.sql(
      "UPDATE runs SET ended_at = ?, status = ?, counts = ?, failures = ?, usage = ? WHERE id = ?",
    ).run(
      toUtcIso(input.endedAt),
      input.status,
      JSON.stringify(input.counts),
      JSON.stringify(input.failures),
      input.usage ? JSON.stringify(input.usage) : null,
      runId,
    );
    if (result.changes === 0) throw new RangeError(`unknown run: ${runId}`);
  }

  getRun(runId: number): Run | undefined {
    const row = this.sql("SELECT * FROM runs WHERE id = ?").get(runId) as RunRow | undefined;
    return row && toRun(row);
  }

  /** Newest first. */
  listRuns(limit = 20): Run[] {
    const rows = this.sql("SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT ?").all(
      limit,
    ) as RunRow[];
    return rows.map(toRun);
  }
}
