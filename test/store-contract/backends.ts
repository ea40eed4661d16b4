/**
 * The store backends the contract suite runs against. Every backend must pass every file of this
 * folder unchanged; the tests use only the Store interface (no SQL, no driver). A second backend
 * (Postgres, issue 16) is the second entry: a real server started per test process
 * (test/support/postgres-server.ts), a fresh database per open.
 */

import { test } from "node:test";
import type { OpenStoreOptions, Store } from "../../src/store/index.ts";
import { openStore } from "../../src/store/index.ts";
import { openPostgresStore } from "../../src/store/postgres/postgres-store.ts";
import { openTempStore } from "../../src/store/testing.ts";
import { createTestDatabase, postgresSkipReason } from "../support/postgres-server.ts";

export interface OpenedBackend {
  /** A fresh, empty store. */
  store: Store;
  /** Another connection to the same data (as another process would have). */
  connect(): Promise<Store>;
  /** Closes the store and deletes its data. */
  remove(): Promise<void>;
}

export interface StoreBackend {
  name: string;
  open(options?: OpenStoreOptions): Promise<OpenedBackend>;
}

export const backends: StoreBackend[] = [
  {
    name: "sqlite",
    open: async (options) => {
      const temp = openTempStore(options);
      return { store: temp.store, connect: async () => openStore(temp.path, options), remove: temp.remove };
    },
  },
];

/**
 * SQLite with its searches on worker threads (OpenStoreOptions.searchThreads, as `daybrief serve`
 * opens it): the search contract runs against it too (search.test.ts), so a thread answers as the
 * calling thread does.
 */
export const sqliteSearchThreads: StoreBackend = {
  name: "sqlite (search threads)",
  open: async (options) => {
    const temp = openTempStore({ ...options, searchThreads: 2 });
    return {
      store: temp.store,
      connect: async () => openStore(temp.path, { ...options, searchThreads: 2 }),
      remove: temp.remove,
    };
  },
};

const postgresSkip = postgresSkipReason();
if (postgresSkip === undefined)
  backends.push({
    name: "postgres",
    open: async (options) => {
      const database = await createTestDatabase();
      const store = await openPostgresStore(database.url, options);
      return {
        store,
        connect: () => openPostgresStore(database.url, options),
        remove: async () => {
          await store.close().catch(() => undefined); // already closed by the test
          await database.drop();
        },
      };
    },
  });
// Said once per contract file, so a run without Postgres shows what it did not test.
else test("postgres store backend", { skip: postgresSkip }, () => undefined);
