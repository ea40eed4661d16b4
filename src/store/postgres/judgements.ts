import type { SaveJudgementInput } from "../judgements.ts";
import { toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** The LLM's yes/no on ambiguous story pairs (the Postgres form of ../judgements.ts). */
export class PgJudgementTable {
  constructor(private readonly sql: Sql) {}

  async findJudgement(pairKey: string): Promise<boolean | undefined> {
    const row = await this.sql.row<{ same: number }>("SELECT same FROM story_judgements WHERE pair_key = ?", [
      pairKey,
    ]);
    return row === undefined ? undefined : row.same === 1;
  }

  async saveJudgement(input: SaveJudgementInput): Promise<void> {
    await this.sql.run(
      `INSERT INTO story_judgements
         (pair_key, same, model, run_id, prompt_tokens, completion_tokens, cost, currency, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (pair_key) DO NOTHING`,
      [
        input.pairKey,
        input.same ? 1 : 0,
        input.model,
        input.runId ?? null,
        input.usage?.promptTokens ?? 0,
        input.usage?.completionTokens ?? 0,
        input.usage?.cost ?? null,
        input.usage?.currency ?? null,
        toUtcIso(input.at),
      ],
    );
  }
}
