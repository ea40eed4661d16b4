import type { AnalysisOutcome } from "../../model/analysis.ts";
import type { AnalysisKey } from "../analyses.ts";
import {
  FIND_REPLY_SQL,
  RECORD_REPLY_SQL,
  recordReplyParams,
  replyKeyParams,
  toReply,
} from "../analysis-replies.ts";
import type { Sql } from "./sql.ts";

/** LLM replies paid for and not yet saved as analyses (the Postgres form of ../analysis-replies.ts). */
export class PgAnalysisReplyTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  async recordAnalysisReply(key: AnalysisKey, outcome: AnalysisOutcome, runId?: number): Promise<void> {
    await this.sql.run(RECORD_REPLY_SQL, recordReplyParams(key, outcome, runId, this.now()));
  }

  async findAnalysisReply(key: AnalysisKey): Promise<AnalysisOutcome | undefined> {
    return toReply(await this.sql.row<{ outcome: string }>(FIND_REPLY_SQL, replyKeyParams(key)));
  }
}
