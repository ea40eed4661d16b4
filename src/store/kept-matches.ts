import type { Prepare } from "./database.ts";
import { WEIGHTS } from "./search-index.ts";

// The kept copy's reads of FTS5 matches (kept-search.ts): rowids newest first, with or without
// their bm25, in chunks bounded by `rowid < ?` (FTS5 seeks to it), so a search that fills its cap
// among the newest matches does not read every match of a common word.

/**
 * The documents matching `match`, newest first, read in growing chunks (from 2 × cap) so a search
 * that fills its cap among the newest (the readers' view skipping unpublished analyses, a filter
 * most documents pass) does not read every match of a common word; FTS5 seeks to `rowid < ?`.
 */
export function* newestMatches(sql: Prepare, match: string, cap: number): Generator<number> {
  let below = Number.MAX_SAFE_INTEGER;
  for (let size = Math.max(64, 2 * cap); ; size *= 2) {
    const chunk = sql(
      "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?",
    )
      .pluck()
      .all(match, below, size) as number[];
    yield* chunk;
    if (chunk.length < size) return;
    below = chunk.at(-1)!;
  }
}

/**
 * The newest `size` matches older than `below` (all when undefined): their rowids and bm25 scores
 * as two plucked lists (the same order, rowid DESC).
 */
export function newestScored(
  sql: Prepare,
  match: string,
  size: number,
  below?: number,
): [number[], number[]] {
  const bound = below === undefined ? "" : "AND rowid < ?";
  const params = below === undefined ? [match, size] : [match, below, size];
  const rowids = sql(
    `SELECT rowid FROM search_fts WHERE search_fts MATCH ? ${bound} ORDER BY rowid DESC LIMIT ?`,
  )
    .pluck()
    .all(...params) as number[];
  const scores = sql(
    `SELECT bm25(search_fts, ${WEIGHTS}) FROM search_fts WHERE search_fts MATCH ? ${bound}
     ORDER BY rowid DESC LIMIT ?`,
  )
    .pluck()
    .all(...params) as number[];
  return [rowids, scores];
}
