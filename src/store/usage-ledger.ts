import type { Database } from "better-sqlite3";
import type { Usage } from "../model/index.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";

/** Summed usage; `costByCurrency` is there because costs in two currencies cannot be added. */
export type UsageSum = Usage & { costByCurrency: Record<string, number> };

export interface SumRow {
  currency: string | null;
  calls: number;
  prompt_tokens: number;
  completion_tokens: number;
  estimated: number;
  cost: number | null;
}

/**
 * A cost as stored sums: to a billionth of the currency. SQL adds floating-point costs in whatever
 * order it reads the rows (SQLite and Postgres, or one table written by several workers, differ),
 * and the last bits of the sum with it (0.060583 or 0.06058299999999999): rounded, one day's cost
 * is the same number on every backend.
 */
export function roundCost(cost: number): number {
  return Math.round(cost * 1e9) / 1e9;
}

export function toUsageSum(rows: SumRow[]): UsageSum {
  const sum: UsageSum = { calls: 0, promptTokens: 0, completionTokens: 0, costByCurrency: {} };
  for (const row of rows) {
    sum.calls += row.calls;
    sum.promptTokens += row.prompt_tokens;
    sum.completionTokens += row.completion_tokens;
    if (row.estimated) sum.estimated = true;
    if (row.cost !== null && row.currency !== null) sum.costByCurrency[row.currency] = roundCost(row.cost);
  }
  const currencies = Object.keys(sum.costByCurrency);
  if (currencies.length === 1) {
    sum.currency = currencies[0]!;
    sum.cost = sum.costByCurrency[sum.currency];
  }
  return sum;
}

export const sumColumns = `currency, COALESCE(SUM(calls), 0) AS calls, COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens,
  COALESCE(SUM(completion_tokens), 0) AS completion_tokens, COALESCE(MAX(usage_estimated), 0) AS estimated,
  SUM(cost) AS cost`;

/** Every paid call: analyses (gate, analysis, repairs) and dedup's yes/no questions. */
export const LEDGER_ROWS = `SELECT run_id, currency, calls, prompt_tokens, completion_tokens, usage_estimated, cost
  FROM analyses WHERE calls IS NOT NULL
  UNION ALL
  SELECT run_id, currency, calls, prompt_tokens, completion_tokens, usage_estimated, cost FROM superseded_usage
  UNION ALL
  SELECT run_id, currency, 1, prompt_tokens, completion_tokens, 0, cost FROM story_judgements`;

/** Token and cost totals over stored analyses, for the budget and the footer. */
export class UsageLedger {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  sumUsageForRun(runId: number): UsageSum {
    return toUsageSum(
      this.sql(`SELECT ${sumColumns} FROM (${LEDGER_ROWS}) WHERE run_id = ? GROUP BY currency`).all(
        runId,
      ) as SumRow[],
    );
  }

  /** Usage of every run made for a briefing date (YYYY-MM-DD), re-runs included. */
  sumUsageForDate(date: string): UsageSum {
    return toUsageSum(
      this.sql(
        `SELECT ${sumColumns} FROM (${LEDGER_ROWS})
         WHERE run_id IN (SELECT id FROM runs WHERE date = ?) GROUP BY currency`,
      ).all(date) as SumRow[],
    );
  }
}
