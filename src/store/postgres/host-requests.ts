import type { Sql } from "./sql.ts";

/** Requests sent to a host per day (the Postgres form of ../host-requests.ts). */
export class PgHostRequestTable {
  constructor(private readonly sql: Sql) {}

  async countHostRequests(host: string, day: string): Promise<number> {
    const row = await this.sql.row<{ count: number }>(
      "SELECT count FROM host_requests WHERE host = ? AND day = ?",
      [host, day],
    );
    return row?.count ?? 0;
  }

  async addHostRequests(host: string, day: string, count: number): Promise<void> {
    if (count <= 0) return;
    await this.sql.run(
      `INSERT INTO host_requests (host, day, count) VALUES (?, ?, ?)
       ON CONFLICT(host, day) DO UPDATE SET count = host_requests.count + excluded.count`,
      [host, day, count],
    );
  }
}
