import type { SearchTerm } from "../../model/search-text.ts";
import { entryFactsOf } from "../published-entries.ts";
import { countFacets, type FacetRow, type SearchFacets } from "../search-facets.ts";
import {
  hidesArticles,
  type MatchRow,
  SCORED_DOCUMENTS,
  type SearchDocumentsInput,
  type SearchDocumentsResult,
  toSearchResult,
} from "../search-index.ts";
import { toUtcIso } from "../values.ts";
import { foldToken, wrapTokens } from "./search-docs.ts";
import type { Sql } from "./sql.ts";

/**
 * Full-text search over `search_docs` (search-docs.ts writes it), ranked as SQLite's FTS5 ranks:
 * bm25 with the same column weights (title 8, org 4, tags 4, summary 2, body 1; k1 = 1.2, b = 0.75,
 * idf = ln((N − n + 0.5) / (n + 0.5)), at least 1e-6), the same recency boost and the same cap on
 * scored documents, so both backends return the same hits in the same order.
 *
 * A clause is a phrase of tokens or a lone CJK character matched as a token prefix (as FTS5's
 * `"美"*`). A phrase is found through the GIN index on `terms` (every token present), then as a
 * substring of one column's ` tok ` pieces; its occurrences per column are counted the same way.
 */

const COLUMNS: [string, number][] = [
  ["title", 8],
  ["org_text", 4],
  ["tag_text", 4],
  ["summary", 2],
  ["body", 1],
];
const K1 = 1.2;
const B = 0.75;
const RECENCY_DAYS = 30;

interface Clause {
  /** The substring that marks an occurrence: ` a  b ` for a phrase, ` 美` for a prefix. */
  pattern: string;
  /** The phrase's tokens (for the GIN index); undefined for a prefix. */
  tokens?: string[];
}

/** The clauses of parsed terms, as matchExpression builds them for FTS5. */
export function searchClauses(terms: readonly SearchTerm[]): Clause[] {
  const clauses: Clause[] = [];
  for (const term of terms) {
    let phrase: string[] = [];
    const flush = () => {
      if (phrase.length > 0) clauses.push({ pattern: wrapTokens(phrase), tokens: phrase });
      phrase = [];
    };
    for (const { token, prefix } of term.tokens) {
      if (prefix) {
        flush();
        clauses.push({ pattern: ` ${foldToken(token)}` });
      } else phrase.push(foldToken(token));
    }
    flush();
  }
  return clauses;
}

/**
 * SQL that is true when document `d` holds a clause (its pattern and tokens already parameters).
 * A phrase of one token needs the GIN index only: `terms` holds exactly the tokens the columns hold,
 * so ` tok ` is in a column when tok is in `terms`, and no text is read (the rows' columns are
 * TOASTed: reading them for every match of a common word was most of a search's time). A longer
 * phrase (or a prefix) is then looked for in each column in turn, never in a concatenation of them.
 */
function matches(d: string, c: { pattern: string; tokens?: string; single?: boolean }): string {
  const found = COLUMNS.map(([col]) => `strpos(${d}.${col}, ${c.pattern}) > 0`).join(" OR ");
  if (c.single && c.tokens) return `${d}.terms @> ${c.tokens}::text[]`;
  return `(${c.tokens ? `${d}.terms @> ${c.tokens}::text[] AND ` : ""}(${found}))`;
}

/**
 * Runs a search's statements where the planner reaches `search_docs` through its indexes (the GIN
 * index on `terms`, the primary key), never by reading every row. The planner does not count the
 * cost of detoasting: for a common word (模型 in 94% of the documents) it chose a sequential scan
 * to count the documents holding it, or the primary key backwards to find the newest ones, and
 * either read and decompressed every row's `terms` (~25 µs a row: 0.5 s for 20,000 rows), where a
 * bitmap of the GIN index counts them without opening a row (~7 ms). JIT goes off with them: the
 * cost the planner adds to a disabled plan would otherwise pass jit_above_cost, and compiling the
 * query took a second. The settings are local to the transaction (or put back after, inside a
 * caller's transaction).
 */
async function throughIndexes<T>(sql: Sql, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return sql.atomic(async (tx) => {
    const was = await tx.row<{ seq: string; idx: string; jit: string }>(
      `SELECT current_setting('enable_seqscan') AS seq, current_setting('enable_indexscan') AS idx,
         current_setting('jit') AS jit, set_config('enable_seqscan', 'off', true),
         set_config('enable_indexscan', 'off', true), set_config('jit', 'off', true)`,
    );
    try {
      return await fn(tx);
    } finally {
      await tx.run(
        `SELECT set_config('enable_seqscan', ?, true), set_config('enable_indexscan', ?, true),
           set_config('jit', ?, true)`,
        [was?.seq ?? "on", was?.idx ?? "on", was?.jit ?? "on"],
      );
    }
  });
}

export class PgSearchIndexTable {
  constructor(private readonly sql: Sql) {}

  async searchDocuments(input: SearchDocumentsInput): Promise<SearchDocumentsResult> {
    if (input.facets) {
      const { facets: _, ...rest } = input;
      const [result, facets] = await Promise.all([this.searchDocuments(rest), this.countSearchFacets(rest)]);
      return { ...result, facets };
    }
    if (input.terms.length === 0) return { total: 0, capped: false, matches: [] };
    const params: unknown[] = [];
    const $ = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const clauses = searchClauses(input.terms).map((c) => ({
      pattern: $(c.pattern),
      tokens: c.tokens ? $(c.tokens) : undefined,
      single: c.tokens?.length === 1,
    }));
    // Occurrences by bytes: octet_length needs no pass over the text (length counts characters),
    // and each occurrence removed takes the pattern's bytes, so the count is the same.
    const count = (col: string, pattern: string) =>
      `((octet_length(d.${col}) - octet_length(replace(d.${col}, ${pattern}, ''))) / octet_length(${pattern}))`;
    const bm25 = clauses
      .map((_, i) => {
        const f = `c.f${i}`;
        const idf = `greatest(ln((0.5 + s.n - s.h${i}) / (0.5 + s.h${i})), 1e-6)`;
        return `${idf} * (${f} * ${K1 + 1}) / (${f} + ${K1} * (${1 - B} + ${B} * d.token_count / s.avgdl))`;
      })
      .join(" + ");

    const now = $(toUtcIso(input.now));
    const where = clauses.map((c) => matches("d", c));
    const entryWhere: string[] = [];
    if (input.from !== undefined) where.push(`d.published_at >= ${$(toUtcIso(input.from))}`);
    if (input.to !== undefined) where.push(`d.published_at < ${$(toUtcIso(input.to))}`);
    if (input.sourceId !== undefined) where.push(`d.source_id = ${$(input.sourceId)}`);
    if (hidesArticles(input)) where.push(`NOT (d.article_id = ANY(${$(input.hideArticles)}::bigint[]))`);
    const facts = entryFactsOf(input);
    const factsOf = (article: string) => facts.of(article).replace("?", () => $(input.publishedIn));
    if (facts.searched) where.push(facts.searched.replace("?", () => $(input.publishedIn)));
    if (input.org !== undefined) entryWhere.push(`strpos(lower(e.org), lower(${$(input.org)})) > 0`);
    if (input.tag !== undefined)
      entryWhere.push(
        `EXISTS (SELECT 1 FROM json_array_elements_text(e.tags::json) AS t(value) WHERE lower(t.value) = lower(${$(input.tag)}))`,
      );
    if (input.minStars !== undefined) entryWhere.push(`e.stars >= ${$(input.minStars)}`);
    if (input.analyser !== undefined) entryWhere.push(`e.analyser = ${$(input.analyser)}`);
    const entryFilter = (article: string) => [factsOf(article), ...entryWhere].join(" AND ");
    if (entryWhere.length > 0)
      where.push(`EXISTS (SELECT 1 FROM ${facts.table} AS e WHERE ${entryFilter("d.article_id")})`);
    // The entry to show: the newest analysis passing the filters (for the readers, of an analyser
    // published for the article, its published facts passing them).
    const entryId =
      facts.table === "search_docs"
        ? `SELECT max(e.analysis_id) FROM search_docs AS e WHERE ${entryFilter("top.article_id")}`
        : `SELECT max(x.analysis_id) FROM search_docs AS x WHERE x.article_id = top.article_id AND x.kind = 'entry'
             AND EXISTS (SELECT 1 FROM published_entries AS e WHERE ${entryFilter("x.article_id")} AND e.analyser = x.analyser)`;
    const cap = input.scoreAtMost ?? SCORED_DOCUMENTS;

    // Each clause's weighted count of occurrences, once per document (OFFSET 0 keeps the planner
    // from copying the expression into every place bm25 uses it, each copy reading the text again).
    const counts = clauses
      .map((c, i) => `(${COLUMNS.map(([col, w]) => `${w} * ${count(col, c.pattern)}`).join(" + ")}) AS f${i}`)
      .join(", ");
    const rows = await throughIndexes(this.sql, (tx) =>
      tx.rows<MatchRow>(
        `WITH s AS MATERIALIZED (
         SELECT count(*)::float8 AS n,
           greatest(coalesce(sum(token_count), 0), 1)::float8 / greatest(count(*), 1) AS avgdl
           ${clauses.map((c, i) => `, (SELECT count(*) FROM search_docs AS x WHERE ${matches("x", c)})::float8 AS h${i}`).join("")}
         FROM search_docs
       ),
       ids AS MATERIALIZED (
         SELECT d.id FROM search_docs AS d WHERE ${where.join(" AND ")} ORDER BY d.id DESC LIMIT ${$(cap)}
       ),
       m AS MATERIALIZED (
         SELECT d.article_id, d.analysis_id, d.published_at, d.source_id,
           -(${bm25})
             * (1.0 + 0.5 / (1.0 + greatest(0.0,
                 extract(epoch FROM (${now}::timestamptz - d.published_at::timestamptz)) / 86400.0) / ${RECENCY_DAYS}.0))
             AS score
         FROM ids JOIN search_docs AS d ON d.id = ids.id CROSS JOIN s
           CROSS JOIN LATERAL (SELECT ${counts} OFFSET 0) AS c
       ),
       a AS (
         SELECT article_id, min(score) AS score, max(published_at) AS published_at, max(source_id) AS source_id
         FROM m GROUP BY article_id
       ),
       top AS (
         SELECT *, count(*) OVER () AS total, (SELECT count(*) FROM m) AS scored FROM a
         ORDER BY score, published_at DESC, article_id DESC LIMIT ${$(input.limit)}
       )
       SELECT top.*,
         (SELECT x.analysis_id FROM m AS x WHERE x.article_id = top.article_id AND x.analysis_id IS NOT NULL
          ORDER BY x.score, x.analysis_id DESC LIMIT 1) AS matched_id,
         (${entryId}) AS entry_id
       FROM top ORDER BY score, published_at DESC, article_id DESC`,
        params,
      ),
    );
    return toSearchResult(rows, cap);
  }

  /** The facet counts of a search: the same documents as SQLite's (search-facets.ts counts them). */
  async countSearchFacets(input: SearchDocumentsInput): Promise<SearchFacets> {
    const cap = input.scoreAtMost ?? SCORED_DOCUMENTS;
    if (input.terms.length === 0) return countFacets([], input, cap);
    const params: unknown[] = [];
    const $ = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = searchClauses(input.terms).map((c) => {
      const single = c.tokens?.length === 1;
      // A one-token phrase's pattern is not used (matches): an unused parameter has no type.
      return matches("d", {
        pattern: single ? "" : $(c.pattern),
        tokens: c.tokens ? $(c.tokens) : undefined,
        single,
      });
    });
    if (input.from !== undefined) where.push(`d.published_at >= ${$(toUtcIso(input.from))}`);
    if (input.to !== undefined) where.push(`d.published_at < ${$(toUtcIso(input.to))}`);
    if (hidesArticles(input)) where.push(`NOT (d.article_id = ANY(${$(input.hideArticles)}::bigint[]))`);
    const facts = entryFactsOf(input);
    const briefing = () => $(input.publishedIn);
    if (facts.searched) where.push(facts.searched.replace("?", briefing));
    const rows = await throughIndexes(this.sql, (tx) =>
      tx.rows<FacetRow>(
        `WITH m AS MATERIALIZED (
         SELECT d.article_id, d.source_id FROM search_docs AS d
         WHERE ${where.join(" AND ")}
         ORDER BY d.id DESC LIMIT ${$(cap)}
       ),
       a AS (SELECT article_id, max(source_id) AS source_id FROM m GROUP BY article_id)
       SELECT a.article_id, a.source_id, e.org, e.stars, e.tags, e.analyser,
         (SELECT count(*) FROM m)::int AS scored
       FROM a LEFT JOIN ${facts.table} AS e ON ${facts.of("a.article_id").replace("?", briefing)}
       ${facts.searched ? "ORDER BY a.article_id, e.date" : ""}`,
        params,
      ),
    );
    return countFacets(rows, input, cap);
  }
}
