import type { HostCooldown } from "../host-cooldowns.ts";
import { toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Hosts resting after a verification wall or a 403/429 (the Postgres form of ../host-cooldowns.ts). */
export class PgHostCooldownTable {
  constructor(private readonly sql: Sql) {}

  async saveHostCooldown(input: HostCooldown): Promise<void> {
    await this.sql.run(
      `INSERT INTO host_cooldowns (host, until, reason, since) VALUES (?, ?, ?, ?)
       ON CONFLICT(host) DO UPDATE SET until = excluded.until, reason = excluded.reason, since = excluded.since
       WHERE excluded.until > host_cooldowns.until`,
      [input.host, toUtcIso(input.until), input.reason, toUtcIso(input.since)],
    );
  }

  listHostCooldowns(at: string | Date): Promise<HostCooldown[]> {
    return this.sql.rows<HostCooldown>(
      "SELECT host, until, reason, since FROM host_cooldowns WHERE until > ? ORDER BY host",
      [toUtcIso(at)],
    );
  }
}
