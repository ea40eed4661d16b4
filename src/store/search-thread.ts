// A search thread (search-threads.ts starts it): its own read-only connection to the SQLite file
// answers searchDocuments and countSearchFacets, so a cold query's milliseconds of SQL run beside
// the main thread's event loop instead of on it.
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "./database.ts";
import { FacetFacts } from "./facet-facts.ts";
import { SearchIndexTable } from "./search-index.ts";
import type { SearchThreadReply, SearchThreadRequest } from "./search-threads.ts";

const { path, busyTimeoutMs } = workerData as { path: string; busyTimeoutMs?: number };
// A thread lives as long as the server: it keeps the facet facts in memory (facet-facts.ts), loaded
// as it starts, so the first searches do not wait for them.
const db = openDatabase(path, { readonly: true, busyTimeoutMs });
const facetFacts = new FacetFacts(db);
const table = new SearchIndexTable(db, { facetFacts });
facetFacts.prime();

parentPort?.on("message", (request: SearchThreadRequest) => {
  let reply: SearchThreadReply;
  try {
    const result =
      request.method === "searchDocuments"
        ? table.searchDocuments(request.input)
        : table.countSearchFacets(request.input);
    reply = { id: request.id, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = {
      id: request.id,
      error: { name: e.name, message: e.message, code: (e as { code?: string }).code },
    };
  }
  parentPort?.postMessage(reply);
});
