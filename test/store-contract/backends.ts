/**
 * The store backends the contract suite runs against. Every backend must pass every file of this
 * folder unchanged; the tests use only the Store interface (no SQL, no driver). A second backend
 * (Postgres, issue 16) adds one entry here.
 */

import type { OpenStoreOptions, Store } from "../../src/store/index.ts";
import { openStore } from "../../src/store/index.ts";
import { openTempStore } from "../../src/store/testing.ts";

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
