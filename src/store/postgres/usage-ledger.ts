import { LEDGER_ROWS, type SumRow, sumColumns, toUsageSum, type UsageSum } from "../usage-ledger.ts";
import type { Sql } from "./sql.ts";

/** Token and cost totals over every paid call (the Postgres form of ../usage-ledger.ts). */
export class PgUsageLedger {
  constructor(private readonly sql: Sql) {}

  async sumUsageForRun(runId: number): Promise<UsageSum> {
    return toUsageSum(
      await this.sql.rows<SumRow>(
        `SELECT ${sumColumns} FROM (${LEDGER_ROWS}) AS ledger WHERE run_id = ? GROUP BY currency`,
        [runId],
      ),
    );
  }

  async sumUsageForDate(date: string): Promise<UsageSum> {
    return toUsageSum(
      await this.sql.rows<SumRow>(
        `SELECT ${sumColumns} FROM (${LEDGER_ROWS}) AS ledger
         WHERE run_id IN (SELECT id FROM runs WHERE date = ?) GROUP BY currency`,
        [date],
      ),
    );
  }
}
