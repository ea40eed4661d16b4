import type { Database } from "better-sqlite3";
import type { AnalysisOutcome } from "../model/analysis.ts";
import type { AnalysisKey } from "./analyses.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { nullable, parseJson } from "./values.ts";

/**
 * An analyser's reply, paid for and not yet saved as an analysis: recorded the moment it comes back
 * (before the online link check and the save), so a job retried after its worker died in between
 * (kill -9) reuses it instead of paying for the call again. Saving the analysis forgets it
 * (SaveAnalysisInput.settlesReply), in the same transaction.
 */
export const RECORD_REPLY_SQL = `INSERT INTO analysis_replies (content_hash, analyser_name, prompt_version, outcome, run_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(content_hash, analyser_name, prompt_version) DO UPDATE SET
         outcome = excluded.outcome, run_id = excluded.run_id, created_at = excluded.created_at`;

export const FIND_REPLY_SQL = `SELECT outcome FROM analysis_replies
       WHERE content_hash = ? AND analyser_name = ? AND prompt_version = ?`;

export const FORGET_REPLY_SQL = `DELETE FROM analysis_replies
       WHERE content_hash = ? AND analyser_name = ? AND prompt_version = ?`;

export function replyKeyParams(key: AnalysisKey): [string, string, string] {
  return [key.contentHash, key.analyser, key.promptVersion];
}

/** RECORD_REPLY_SQL's parameters. */
export function recordReplyParams(
  key: AnalysisKey,
  outcome: AnalysisOutcome,
  runId: number | undefined,
  at: Date,
): unknown[] {
  return [...replyKeyParams(key), JSON.stringify(outcome), nullable(runId), at.toISOString()];
}

export function toReply(row: { outcome: string } | undefined): AnalysisOutcome | undefined {
  return row && parseJson<AnalysisOutcome | undefined>(row.outcome, undefined);
}

export class AnalysisReplyTable {
  private readonly sql: Prepare;
  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  recordAnalysisReply(key: AnalysisKey, outcome: AnalysisOutcome, runId?: number): void {
    this.sql(RECORD_REPLY_SQL).run(...recordReplyParams(key, outcome, runId, this.now()));
  }

  findAnalysisReply(key: AnalysisKey): AnalysisOutcome | undefined {
    return toReply(this.sql(FIND_REPLY_SQL).get(...replyKeyParams(key)) as { outcome: string } | undefined);
  }
}
