import type { Database } from "better-sqlite3";
import { briefingIdOf, briefingTag } from "../model/briefing-id.ts";
import type { Usage } from "../model/index.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, optional, parseJson, toUtcIso } from "./values.ts";

/**
 * ok: everything worked; degraded: the briefing went out but something is missing (a source, a page,
 * an analysis, a channel part); failed: nothing usable (no source answered, every channel failed,
 * or the run itself broke); cancelled: Ctrl-C; interrupted: killed (marked by the next run).
 */
export type RunStatus = "running" | "ok" | "degraded" | "failed" | "cancelled" | "interrupted";

/** One thing that went wrong during a run, kept for the report and `daybrief runs`. */
export interface RunFailure {
  stage: string;
  sourceId?: string;
  url?: string;
  message: string;
}

export interface StartRunInput {
  /** Which briefing of the install (config `briefings`); absent: the default one. */
  briefingId?: string;
  /** The briefing date (YYYY-MM-DD). */
  date: string;
  startedAt: string;
  /** What started it, e.g. "run", "render", "schedule". */
  command: string;
  /** The process running it, so a later run can tell a killed one from a live one. */
  pid?: number;
  host?: string;
}

export interface FinishRunInput {
  endedAt: string;
  status: Exclude<RunStatus, "running" | "interrupted">;
  /** Why the status is not ok, in one line (secrets already removed). */
  reason?: string;
  counts: Record<string, number>;
  failures: RunFailure[];
  usage?: Usage;
}

/** Where a running run is (pipeline/progress.ts, as it reports it), stored as it goes. */
export interface RunProgress {
  stage?: string;
  detail?: string;
  steps: Record<string, { done: number; total: number }>;
}

export interface Run {
  id: number;
  /** Absent: the default briefing. */
  briefingId?: string;
  date: string;
  command: string;
  startedAt: string;
  endedAt?: string;
  status: RunStatus;
  reason?: string;
  pid?: number;
  host?: string;
  counts: Record<string, number>;
  failures: RunFailure[];
  usage?: Usage;
  /** While running: its last recorded progress (recordRunProgress); gone once it finishes. */
  progress?: RunProgress;
}

export interface RunRow {
  id: number;
  briefing_id?: string;
  date: string;
  command: string;
  started_at: string;
  ended_at: string | null;
  status: string;
  counts: string;
  failures: string;
  usage: string | null;
  reason: string | null;
  pid: number | null;
  host: string | null;
  progress?: string | null;
}

export function toRun(row: RunRow): Run {
  return compact({
    id: row.id,
    ...briefingTag(row.briefing_id),
    date: row.date,
    command: row.command,
    startedAt: row.started_at,
    endedAt: optional(row.ended_at),
    status: row.status as RunStatus,
    reason: optional(row.reason),
    pid: optional(row.pid),
    host: optional(row.host),
    counts: parseJson<Record<string, number>>(row.counts, {}),
    failures: parseJson<RunFailure[]>(row.failures, []),
    usage: parseJson<Usage | undefined>(row.usage, undefined),
    progress: parseJson<RunProgress | undefined>(row.progress ?? null, undefined),
  });
}

/** Runs: one row per pipeline invocation, finished with counts per stage and the failures. */
/** How many runs a briefing has in one status (all time). */
export interface RunCount {
  briefingId: string;
  status: string;
  count: number;
}

export const COUNT_RUNS = `SELECT briefing_id, status, CAST(count(*) AS INTEGER) AS n FROM runs
  GROUP BY briefing_id, status ORDER BY briefing_id, status`;

interface CountRow {
  briefing_id: string;
  status: string;
  n: number;
}

export function toRunCount(r: CountRow): RunCount {
  return { briefingId: r.briefing_id, status: r.status, count: Number(r.n) };
}

export class RunTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  startRun(input: StartRunInput): number {
    return this.sql(
      "INSERT INTO runs (briefing_id, date, command, started_at, pid, host) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
      .pluck()
      .get(
        briefingIdOf(input.briefingId),
        input.date,
        input.command,
        toUtcIso(input.startedAt),
        input.pid ?? null,
        input.host ?? null,
      ) as number;
  }

  finishRun(runId: number, input: FinishRunInput): void {
    const result = this.sql(
      "UPDATE runs SET ended_at = ?, status = ?, reason = ?, counts = ?, failures = ?, usage = ?, progress = NULL WHERE id = ?",
    ).run(
      toUtcIso(input.endedAt),
      input.status,
      input.reason ?? null,
      JSON.stringify(input.counts),
      JSON.stringify(input.failures),
      input.usage ? JSON.stringify(input.usage) : null,
      runId,
    );
    if (result.changes === 0) throw new RangeError(`unknown run: ${runId}`);
  }

  /** A running run's progress, replacing the last (a finished run's is not written). */
  recordRunProgress(runId: number, progress: RunProgress): void {
    this.sql("UPDATE runs SET progress = ? WHERE id = ? AND status = 'running'").run(
      JSON.stringify(progress),
      runId,
    );
  }

  /**
   * Runs still "running" whose process is gone (`isGone` decides, from pid and host) become
   * "interrupted", ended at `at`. Returns their ids.
   */
  markInterruptedRuns(at: string, isGone: (run: { pid?: number; host?: string }) => boolean): number[] {
    const running = this.sql("SELECT id, pid, host FROM runs WHERE status = 'running'").all() as {
      id: number;
      pid: number | null;
      host: string | null;
    }[];
    const gone = running.filter((r) => isGone({ pid: optional(r.pid), host: optional(r.host) }));
    const mark = this.sql(
      "UPDATE runs SET status = 'interrupted', ended_at = ?, reason = ? WHERE id = ? AND status = 'running'",
    );
    for (const r of gone)
      mark.run(toUtcIso(at), "the process ended without finishing the run (killed?)", r.id);
    return gone.map((r) => r.id);
  }

  getRun(runId: number): Run | undefined {
    const row = this.sql("SELECT * FROM runs WHERE id = ?").get(runId) as RunRow | undefined;
    return row && toRun(row);
  }

  /** Runs per briefing and status, for `/metrics`. */
  countRuns(): RunCount[] {
    return (this.sql(COUNT_RUNS).all() as CountRow[]).map(toRunCount);
  }

  /** Newest first. */
  listRuns(limit = 20): Run[] {
    const rows = this.sql("SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT ?").all(
      limit,
    ) as RunRow[];
    return rows.map(toRun);
  }
}
