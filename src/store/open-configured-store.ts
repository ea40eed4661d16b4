import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { openPostgresStore } from "./postgres/postgres-store.ts";
import { openStore } from "./sqlite-store.ts";
import type { OpenStoreOptions, Store } from "./store.ts";

/** The config's `store` section: a SQLite file (the default), or a Postgres server when `url` is set. */
export interface StoreLocation {
  path: string;
  /** postgres://user@host:port/database: selects the Postgres store (docs/scale-out.md). */
  url?: string;
}

/** Opens the configured backend: Postgres when `store.url` is set, else the SQLite file (its folder created). */
export async function openConfiguredStore(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<Store> {
  if (location.url) return openPostgresStore(location.url, options);
  mkdirSync(dirname(location.path), { recursive: true });
  return openStore(location.path, options);
}

/**
 * Whether there may be stored data to read: a SQLite file that exists, or a Postgres server (which
 * only opening can tell; a missing one is reported then). Read-only commands ask before opening.
 */
export function storeMayExist(location: StoreLocation): boolean {
  return location.url !== undefined || existsSync(location.path);
}
