import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";

/** Requests sent to a host per day, so a daily cap holds across the runs of one day. */
export class HostRequestTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  countHostRequests(host: string, day: string): number {
    return (
      (this.sql("SELECT count FROM host_requests WHERE host = ? AND day = ?").pluck().get(host, day) as
        | number
        | undefined) ?? 0
    );
  }

  addHostRequests(host: string, day: string, count: number): void {
    if (count <= 0) return;
    this.sql(
      `INSERT INTO host_requests (host, day, count) VALUES (?, ?, ?)
       ON CONFLICT(host, day) DO UPDATE SET count = count + excluded.count`,
    ).run(host, day, count);
  }
}
