import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { toUtcIso } from "./values.ts";

export interface HostCooldown {
  host: string;
  /** ISO 8601 UTC: no request to the host before this. */
  until: string;
  reason: string;
  since: string;
}

/** Hosts resting after a verification wall or a 403/429, so the next scheduled run waits too. */
export class HostCooldownTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  /** Records a cool-down; a shorter one never replaces a longer one already stored. */
  saveHostCooldown(input: HostCooldown): void {
    this.sql(
      `INSERT INTO host_cooldowns (host, until, reason, since) VALUES (?, ?, ?, ?)
       ON CONFLICT(host) DO UPDATE SET until = excluded.until, reason = excluded.reason, since = excluded.since
       WHERE excluded.until > host_cooldowns.until`,
    ).run(input.host, toUtcIso(input.until), input.reason, toUtcIso(input.since));
  }

  /** Cool-downs still running at `at`. */
  listHostCooldowns(at: string | Date): HostCooldown[] {
    return this.sql(
      "SELECT host, until, reason, since FROM host_cooldowns WHERE until > ? ORDER BY host",
    ).all(toUtcIso(at)) as HostCooldown[];
  }
}
