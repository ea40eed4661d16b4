import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { packageFile } from "../package-files.ts";
import type { SearchFacets } from "./search-facets.ts";
import type { SearchDocumentsInput, SearchDocumentsResult } from "./search-index.ts";

/**
 * Full-text search on worker threads (`OpenStoreOptions.searchThreads`, set by `daybrief serve`).
 * better-sqlite3 answers on the thread that calls it, so a never-asked query (its FTS5 scan, bm25
 * over up to SCORED_DOCUMENTS documents, the facet counts) held the server's one event loop for its
 * ~10 ms: 20 concurrent searches queued behind each other, and every page request behind them.
 * Each thread (search-thread.ts) opens its own read-only connection to the same file and runs the
 * same SearchIndexTable code, so results are those of the main connection (WAL: it reads the last
 * commit; a search never saw a transaction in progress anyway). Threads start with the pool and do
 * not keep the process alive; `close` ends them.
 */

type Method = "searchDocuments" | "countSearchFacets";

export interface SearchThreadRequest {
  id: number;
  method: Method;
  input: SearchDocumentsInput;
}

export type SearchThreadReply =
  | { id: number; result: SearchDocumentsResult | SearchFacets; error?: undefined }
  | { id: number; error: { name: string; message: string; code?: string } };

interface Job {
  request: SearchThreadRequest;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * A new thread running search-thread: dist/search-thread.js in the build; under src/ (development,
 * tests) the .ts beside this module, through tsx's loader, which a worker does not inherit.
 */
function startThread(workerData: unknown): Worker {
  const source = new URL("./search-thread.ts", import.meta.url);
  if (!existsSync(fileURLToPath(source)))
    return new Worker(packageFile("dist", "search-thread.js"), { workerData });
  const code = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

export interface SearchThreads {
  searchDocuments(input: SearchDocumentsInput): Promise<SearchDocumentsResult>;
  countSearchFacets(input: SearchDocumentsInput): Promise<SearchFacets>;
  /** Searches answered by the threads (for tests and the bench). */
  readonly answered: number;
  close(): Promise<void>;
}

export interface SearchThreadsOptions {
  threads: number;
  busyTimeoutMs?: number;
  /**
   * Where a search goes once a thread failed to start or died (the same methods on the calling
   * thread): a broken pool never loses a search, and never respawns in a loop.
   */
  fallback: Pick<SearchThreads, "searchDocuments" | "countSearchFacets">;
  /** Told once, when the threads are given up. */
  onBroken?: (error: Error) => void;
}

export function createSearchThreads(path: string, options: SearchThreadsOptions): SearchThreads {
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const queue: Job[] = [];
  let started = 0;
  let nextId = 0;
  let answered = 0;
  let closed = false;
  let broken = false;

  const start = (): Worker => {
    const worker = startThread({ path, busyTimeoutMs: options.busyTimeoutMs });
    worker.unref();
    started++;
    worker.on("message", (reply: SearchThreadReply) => {
      const job = running.get(worker);
      running.delete(worker);
      if (job) {
        answered++;
        if (reply.error)
          job.reject(
            Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }),
          );
        else job.resolve(reply.result);
      }
      idle.push(worker);
      dispatch();
    });
    // A thread that errs (cannot load, cannot open the file) or exits: its search and every queued
    // one go to the fallback, and so does every later one.
    const fail = (error: Error) => {
      if (closed) return;
      if (!broken) options.onBroken?.(error);
      broken = true;
      const orphans = [...running.values(), ...queue.splice(0)];
      running.clear();
      idle.length = 0;
      for (const job of orphans) runElsewhere(job);
      void worker.terminate();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`search thread exited with code ${code}`)));
    return worker;
  };

  const dispatch = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (started < options.threads ? start() : undefined);
      if (!worker) return;
      const job = queue.shift()!;
      running.set(worker, job);
      worker.postMessage(job.request);
    }
  };

  // Started at once (not on the first search): loading a thread and its facet facts takes a few
  // hundred ms, which the first searches of a server would otherwise wait for.
  for (let i = 0; i < options.threads; i++) idle.push(start());

  const runElsewhere = (job: Job) => {
    const { method, input } = job.request;
    options.fallback[method](input).then(job.resolve, job.reject);
  };

  const call = <T>(method: Method, input: SearchDocumentsInput): Promise<T> => {
    if (closed) return Promise.reject(new Error("the store is closed"));
    if (broken) return options.fallback[method](input) as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      queue.push({
        request: { id: nextId++, method, input },
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      dispatch();
    });
  };

  return {
    searchDocuments: (input) => call("searchDocuments", input),
    countSearchFacets: (input) => call("countSearchFacets", input),
    get answered() {
      return answered;
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the store is closed"));
      const workers = [...idle, ...running.keys()];
      idle.length = 0;
      for (const [, job] of running) job.reject(new Error("the store is closed"));
      running.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
