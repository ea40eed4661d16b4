import { toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Web sessions ended before their cookie expires (the Postgres form of ../revoked-sessions.ts). */
export class PgRevokedSessionTable {
  constructor(private readonly sql: Sql) {}

  async revokeSession(id: string, expiresAt: string | Date, now: string | Date): Promise<void> {
    await this.sql.run("DELETE FROM revoked_sessions WHERE expires_at <= ?", [toUtcIso(now)]);
    await this.sql.run(
      "INSERT INTO revoked_sessions (id, expires_at) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
      [id, toUtcIso(expiresAt)],
    );
  }

  async isSessionRevoked(id: string): Promise<boolean> {
    return (await this.sql.row("SELECT 1 AS one FROM revoked_sessions WHERE id = ?", [id])) !== undefined;
  }
}
