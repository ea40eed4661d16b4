import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { toUtcIso } from "./values.ts";

/**
 * Web sessions ended before their cookie expires (logout): the signed cookie alone would stay
 * valid until then, so the server keeps the ended ones' ids until that moment (docs/security.md).
 */
export class RevokedSessionTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  /** Ends session `id` (valid until `expiresAt`); forgets ended sessions already expired at `now`. */
  revokeSession(id: string, expiresAt: string | Date, now: string | Date): void {
    this.sql("DELETE FROM revoked_sessions WHERE expires_at <= ?").run(toUtcIso(now));
    this.sql("INSERT INTO revoked_sessions (id, expires_at) VALUES (?, ?) ON CONFLICT(id) DO NOTHING").run(
      id,
      toUtcIso(expiresAt),
    );
  }

  /** Whether session `id` was ended. */
  isSessionRevoked(id: string): boolean {
    return this.sql("SELECT 1 FROM revoked_sessions WHERE id = ?").get(id) !== undefined;
  }
}
