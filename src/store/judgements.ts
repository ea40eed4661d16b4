import type { Database } from "better-sqlite3";
import type { Usage } from "../model/analysis.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { toUtcIso } from "./values.ts";

export interface SaveJudgementInput {
  /** Both articles' content hashes, sorted and joined: the same pair in either order. */
  pairKey: string;
  same: boolean;
  /** provider/model that answered. */
  model: string;
  runId?: number;
  usage?: Usage;
  at: string | Date;
}

/** The LLM's yes/no on ambiguous story pairs (dedup.judge), with what each answer cost. */
export class JudgementTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  /** The stored answer for a pair, or undefined when it was never asked. */
  findJudgement(pairKey: string): boolean | undefined {
    const row = this.sql("SELECT same FROM story_judgements WHERE pair_key = ?").get(pairKey) as
      | { same: number }
      | undefined;
    return row === undefined ? undefined : row.same === 1;
  }

  saveJudgement(input: SaveJudgementInput): void {
    this.sql(
      `INSERT INTO story_judgements
         (pair_key, same, model, run_id, prompt_tokens, completion_tokens, cost, currency, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (pair_key) DO NOTHING`,
    ).run(
      input.pairKey,
      input.same ? 1 : 0,
      input.model,
      input.runId ?? null,
      input.usage?.promptTokens ?? 0,
      input.usage?.completionTokens ?? 0,
      input.usage?.cost ?? null,
      input.usage?.currency ?? null,
      toUtcIso(input.at),
    );
  }
}
