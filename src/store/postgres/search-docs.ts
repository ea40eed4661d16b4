import { searchTokens } from "../../model/search-text.ts";
import { entryText, INDEXED_TEXT_CHARS } from "../search-functions.ts";
import type { Sql } from "./sql.ts";

/**
 * The search index's documents (the Postgres form of the SQLite triggers and search-functions.ts).
 * Postgres cannot call our tokeniser from a trigger, so the writes that change indexed text call
 * these in their own transaction. One document per article (id * 2 + 1) and per analysis with an
 * entry (id * 2); each column holds its tokens as ` tok ` pieces (a phrase is then a substring),
 * `terms` the distinct tokens under a GIN index.
 */

/** FTS5's unicode61 tokeniser folds Latin diacritics (café = cafe): the index and the query do too. */
export function foldToken(token: string): string {
  return /[\u00c0-\u024f\u1e00-\u1eff]/.test(token) ? token.normalize("NFD").replace(/\p{M}/gu, "") : token;
}

/** A column's stored form: every token wrapped in spaces. */
export function wrapTokens(tokens: readonly string[]): string {
  return tokens.map((t) => ` ${t} `).join("");
}

function tokensOf(value: unknown, limit = INDEXED_TEXT_CHARS): string[] {
  return typeof value === "string" ? searchTokens(value.slice(0, limit)).map(foldToken) : [];
}

interface DocumentText {
  title: string[];
  org: string[];
  tags: string[];
  summary: string[];
  body: string[];
}

function textColumns(doc: DocumentText) {
  const all = [...doc.title, ...doc.org, ...doc.tags, ...doc.summary, ...doc.body];
  return [
    wrapTokens(doc.title),
    wrapTokens(doc.org),
    wrapTokens(doc.tags),
    wrapTokens(doc.summary),
    wrapTokens(doc.body),
    all.length,
    [...new Set(all)],
  ];
}

const UPSERT = `INSERT INTO search_docs (id, kind, article_id, analysis_id, published_at, source_id, org, stars,
    tags, analyser, title, org_text, tag_text, summary, body, token_count, terms)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET published_at = excluded.published_at, source_id = excluded.source_id,
    org = excluded.org, stars = excluded.stars, tags = excluded.tags, analyser = excluded.analyser,
    title = excluded.title, org_text = excluded.org_text, tag_text = excluded.tag_text,
    summary = excluded.summary, body = excluded.body, token_count = excluded.token_count, terms = excluded.terms`;

/** (Re)indexes an article's document; its entries follow its date and source. */
export async function indexArticle(sql: Sql, articleId: number): Promise<void> {
  const a = await sql.row<{ title: string; text: string; published_at: string; source_id: string }>(
    "SELECT title, text, published_at, source_id FROM articles WHERE id = ?",
    [articleId],
  );
  if (!a) return;
  const columns = textColumns({
    title: tokensOf(a.title),
    org: [],
    tags: [],
    summary: [],
    body: tokensOf(a.text),
  });
  await sql.run(UPSERT, [
    articleId * 2 + 1,
    "article",
    articleId,
    null,
    a.published_at,
    a.source_id,
    null,
    null,
    null,
    null,
    ...columns,
  ]);
  await sql.run(
    "UPDATE search_docs SET published_at = ?, source_id = ? WHERE article_id = ? AND kind = 'entry'",
    [a.published_at, a.source_id, articleId],
  );
}

function parseEntry(json: string | null): Record<string, unknown> | undefined {
  if (json === null) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** As SQLite's CAST(json_extract(...) AS INTEGER): a number truncated, a numeric string read, else null. */
function starsOf(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === "string" && /^\s*[+-]?\d/.test(value)) return Number.parseInt(value, 10);
  return null;
}

/** What json_extract returns for an entry field, as text to tokenise: strings as-is, arrays/objects as JSON. */
function extractText(value: unknown): unknown {
  return value !== null && typeof value === "object" ? JSON.stringify(value) : value;
}

/** (Re)indexes an analysis: a document while it holds an entry (status ok, valid JSON), none otherwise. */
export async function indexAnalysis(sql: Sql, analysisId: number): Promise<void> {
  await sql.run("DELETE FROM search_docs WHERE id = ?", [analysisId * 2]);
  const n = await sql.row<{
    article_id: number;
    status: string;
    entry: string | null;
    analyser_name: string;
    published_at: string;
    source_id: string;
  }>(
    `SELECT n.article_id, n.status, n.entry, n.analyser_name, a.published_at, a.source_id
     FROM analyses AS n JOIN articles AS a ON a.id = n.article_id WHERE n.id = ?`,
    [analysisId],
  );
  const entry = n?.status === "ok" ? parseEntry(n.entry) : undefined;
  if (!n || !entry) return;
  const columns = textColumns({
    title: tokensOf(extractText(entry.title)),
    org: tokensOf(extractText(entry.org)),
    tags: tokensOf(extractText(entry.tags)),
    summary: entryText(n.entry)
      .split(" ")
      .filter((t) => t !== "")
      .map(foldToken),
    body: [],
  });
  await sql.run(UPSERT, [
    analysisId * 2,
    "entry",
    n.article_id,
    analysisId,
    n.published_at,
    n.source_id,
    typeof entry.org === "string" ? entry.org : null,
    starsOf(entry.stars),
    Array.isArray(entry.tags) ? JSON.stringify(entry.tags) : "[]",
    n.analyser_name,
    ...columns,
  ]);
}

/** Indexes everything stored (the migration that creates the index, over an existing database). */
export async function indexEverything(sql: Sql): Promise<void> {
  for (const { id } of await sql.rows<{ id: number }>("SELECT id FROM articles ORDER BY id"))
    await indexArticle(sql, id);
  for (const { id } of await sql.rows<{ id: number }>("SELECT id FROM analyses ORDER BY id"))
    await indexAnalysis(sql, id);
}
