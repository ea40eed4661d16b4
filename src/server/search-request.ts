import type { Context } from "hono";
import type { SearchRequest } from "../queries/index.ts";

/** Reads a whole number from a query parameter; undefined when absent or not one. */
function wholeNumber(value: string | undefined): number | undefined {
  return value && /^\d{1,3}$/.test(value) ? Number(value) : undefined;
}

/** The search page's filters from its query string (shareable URLs). */
export function searchRequestOf(c: Context): SearchRequest {
  const q = (k: string) => {
    const v = c.req.query(k)?.trim();
    return v ? v : undefined;
  };
  return {
    query: c.req.query("q") ?? "",
    from: q("from"),
    to: q("to"),
    sourceId: q("source"),
    org: q("org"),
    tag: q("tag"),
    minStars: wholeNumber(q("stars")),
    analyser: q("analyser"),
    limit: Math.min(100, Math.max(1, wholeNumber(q("limit")) ?? 10)),
  };
}
