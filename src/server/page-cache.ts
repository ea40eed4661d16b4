import { createHash, randomBytes } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Context } from "hono";

/**
 * Rendered responses of the web app and the API, kept under the store's content version
 * (`Store.contentVersion`: it changes with every commit, by this process or another one writing the
 * same store) plus everything else the response depends on (the URL, who asks, the time bucket),
 * so a response is served from here only while a fresh one would be the same. The version is read
 * *before* the data: a commit landing in between leaves a response newer than its key, which the
 * next request (seeing a new version) replaces — never an older one under a newer key.
 *
 * Every response carries an ETag of that key (with a random id of this process, so a restart with
 * other code or config never answers 304 for an old page), and a matching If-None-Match gets 304
 * before anything is read. Bodies are kept gzipped (level GZIP_LEVEL: a day page shrinks about
 * fourfold, so a year of days fits) and sent so to clients that accept gzip; the ETag is weak, as one for both encodings.
 */
export interface PageCache {
  /** The key and ETag of a response depending on `parts`, under the store's current version. */
  begin(parts: readonly string[]): Promise<{ key: string; etag: string }>;
  get(key: string): KeptResponse | undefined;
  /** Keeps the response (when it fits) and returns it encoded. */
  set(key: string, response: CachedResponse): KeptResponse;
  /** Entries kept and their total size in bytes (for tests and the bench). */
  stats(): { entries: number; bytes: number; hits: number; misses: number };
}

export interface CachedResponse {
  body: string;
  status: number;
  contentType: string;
}

/** What the cache holds: the body already encoded (gzipped past GZIP_FROM bytes), so a hit costs no encoding. */
export interface KeptResponse {
  bytes: Uint8Array<ArrayBuffer>;
  gzipped: boolean;
  status: number;
  contentType: string;
}

/** Bodies smaller than this are kept as they are (gzip would save little). */
const GZIP_FROM = 1024;

/**
 * zlib's level for kept bodies. A response is gzipped once, on its first request, and that is the
 * CPU a first visit (a day page not yet kept, a search never asked) pays: on a 92 KB day page
 * level 3 takes ~0.45 ms where level 6 took ~0.75 ms, for a body ~15% larger (19.9 KB, not 17.3 KB).
 */
export const GZIP_LEVEL = 3;

export interface PageCacheOptions {
  /** The store's content version (store.contentVersion). */
  version: () => Promise<string>;
  /** At most this many responses (default 500) … */
  maxEntries?: number;
  /** … and this many bytes of bodies in all (default 64 MB); the least recently used go first. */
  maxBytes?: number;
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const maxEntries = options.maxEntries ?? 500;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const boot = randomBytes(6).toString("base64url");
  const entries = new Map<string, KeptResponse>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const drop = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.bytes.length;
    entries.delete(key);
  };
  return {
    async begin(parts) {
      const key = JSON.stringify([await options.version(), ...parts]);
      const digest = createHash("sha256").update(key).digest("base64url").slice(0, 22);
      return { key, etag: `W/"${boot}-${digest}"` };
    },
    get(key) {
      const found = entries.get(key);
      if (!found) {
        misses++;
        return undefined;
      }
      hits++;
      // Most recently used last: Map keeps insertion order.
      entries.delete(key);
      entries.set(key, found);
      return found;
    },
    set(key, response) {
      const plain = new TextEncoder().encode(response.body);
      const gzipped = plain.length >= GZIP_FROM;
      const kept: KeptResponse = {
        bytes: gzipped ? new Uint8Array(gzipSync(plain, { level: GZIP_LEVEL })) : plain,
        gzipped,
        status: response.status,
        contentType: response.contentType,
      };
      if (kept.bytes.length > maxBytes) return kept;
      drop(key);
      entries.set(key, kept);
      bytes += kept.bytes.length;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        drop(oldest);
      }
      return kept;
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}

/** Whether the client takes gzip (Accept-Encoding names gzip or *, with a q above 0). */
export function acceptsGzip(c: Context): boolean {
  return (c.req.header("accept-encoding") ?? "").split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name !== "gzip" && name !== "*") return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  });
}

/** A kept response as the client takes it: gzipped when it accepts gzip, else inflated. */
export function sendKept(c: Context, kept: KeptResponse, headers: Record<string, string> = {}): Response {
  c.header("Vary", "Accept-Encoding", { append: true });
  const status = kept.status as 200;
  if (!kept.gzipped) return c.body(kept.bytes, status, { ...headers, "Content-Type": kept.contentType });
  if (acceptsGzip(c))
    return c.body(kept.bytes, status, {
      ...headers,
      "Content-Type": kept.contentType,
      "Content-Encoding": "gzip",
    });
  return c.body(new Uint8Array(gunzipSync(kept.bytes)), status, {
    ...headers,
    "Content-Type": kept.contentType,
  });
}

/** Whether the request's If-None-Match names `etag` (weak or strong, or `*`). */
export function ifNoneMatches(c: Context, etag: string): boolean {
  const header = c.req.header("if-none-match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  const tags: string[] = header.match(/"[^"]*"/g) ?? [];
  return tags.includes(etag.replace(/^W\//, ""));
}

/** The recency clock of search and the time-bound pages: `now` rounded down to 10 minutes, so a
 * response cached within one bucket is exactly what a fresh one computed would be. */
export const NOW_STEP_MS = 10 * 60_000;
export function bucketOf(now: Date): Date {
  return new Date(Math.floor(now.getTime() / NOW_STEP_MS) * NOW_STEP_MS);
}

/** A short digest of text that must not appear in a key in clear (a CSRF token). */
export function digestOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 16);
}
