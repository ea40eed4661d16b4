import type { Database, Statement } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import {
  countFacetArticles,
  type FacetArticle,
  type FacetRow,
  facetEntryOf,
  type SearchFacets,
} from "./search-facets.ts";
import { dateClauses, matchExpression, type SearchDocumentsInput } from "./search-index.ts";

/**
 * The facet counts of a search from facts kept in memory (a search thread's, search-thread.ts): the
 * SQL then only names the matching articles (integers), and each article's source and entry facts
 * (org, ★, tags, analyser) come from this copy of `search_docs`, instead of a join that hands
 * ~1,600 rows of text to JS per query. The counts are countFacets' over the same rows in the same
 * order (articles ascending, each one's entries by document id), so they equal countSearchFacets'.
 *
 * The copy is for one store version (another connection's commit changes `PRAGMA data_version`,
 * this connection's own writes `total_changes()`, so the main connection may keep one too): a version read
 * before and after the query must both be the copy's, else the caller counts in SQL. A new version
 * is loaded at most every RELOAD_MS (while a run writes, queries in between count in SQL).
 */

/** Loads of a changed store at most this often (ms). */
export const RELOAD_MS = 10_000;

interface Facts {
  version: string;
  loadedAt: number;
  /** Each article's facts, parsed once (tags, lowercased keys) so a query only counts. */
  articles: Map<number, FacetArticle>;
}

export class FacetFacts {
  private readonly sql: Prepare;
  private facts?: Facts;
  constructor(
    private readonly db: Database,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.sql = cachePreparedStatements(db);
    this.changes = db.prepare("SELECT total_changes()").pluck();
  }
  private readonly changes: Statement;

  /** Another connection's commits (data_version) and this connection's own writes (total_changes). */
  private version(): string {
    return `${this.db.pragma("data_version", { simple: true })}.${this.changes.get()}`;
  }

  /** Loads the copy now (a search thread at its start), so no search waits for it. */
  prime(): void {
    this.current();
  }

  /** The copy for the store as it is now; undefined when it changed too recently to load again. */
  private current(): Facts | undefined {
    const version = this.version();
    if (this.facts?.version === version) return this.facts;
    if (this.facts && this.clock() - this.facts.loadedAt < RELOAD_MS) return undefined;
    const articles = new Map<number, FacetArticle>();
    const rows = this.sql(
      "SELECT article_id, kind, source_id, org, stars, tags, analyser FROM search_docs ORDER BY article_id, id",
    ).all() as (FacetRow & { kind: string })[];
    for (const row of rows) {
      let article = articles.get(row.article_id);
      if (!article) {
        article = { source: row.source_id, entries: [] };
        articles.set(row.article_id, article);
      } else if (row.source_id > article.source) article.source = row.source_id;
      const entry = row.kind === "entry" ? facetEntryOf(row) : undefined;
      if (entry) article.entries.push(entry);
    }
    this.facts = { version, loadedAt: this.clock(), articles };
    return this.version() === version ? this.facts : undefined;
  }

  /** countSearchFacets from the copy, or undefined when the caller must count in SQL. */
  count(input: SearchDocumentsInput, cap: number): SearchFacets | undefined {
    const facts = this.current();
    if (!facts) return undefined;
    const { where, params } = dateClauses(input);
    const matched = this.sql(
      `SELECT d.article_id FROM search_fts JOIN search_docs AS d ON d.id = search_fts.rowid
       WHERE search_fts MATCH ? ${where.join(" ")}
       ORDER BY search_fts.rowid DESC LIMIT ?`,
    )
      .pluck()
      .all(matchExpression(input.terms), ...params, cap) as number[];
    if (this.version() !== facts.version) return undefined;
    const ids = [...new Set(matched)].sort((a, b) => a - b);
    const articles: [number, FacetArticle][] = [];
    for (const id of ids) {
      const article = facts.articles.get(id);
      if (!article) return undefined; // not in the copy: count in SQL
      articles.push([id, article]);
    }
    return countFacetArticles(articles, input, matched.length >= cap);
  }
}
