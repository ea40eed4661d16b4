// feedparser's corpus: each case's expectation is a Python expression over feedparser's result,
// translated to our model's fields; clauses about fields we do not have make the case not applicable.
import { dirname } from "node:path";
import type { FeedItem, ParsedFeed } from "../../src/model/index.ts";
import { plain, sameCharset, sameDateTuple, sameHtml, sameUrl } from "./compare.ts";
import { loadCase, type Outcome } from "./load-case.ts";
import { NOT_LITERAL, parseComparison, splitTopLevel } from "./python-expr.ts";

export interface FeedparserCase {
  file: string;
  expect: string;
  kind: string;
  http_headers?: Record<string, string>;
}

const NA_FOLDERS: Record<string, string> = {
  "wellformed/sanitize":
    "feedparser sanitises HTML; daybrief keeps feed HTML and sanitises/escapes at render",
  "illformed/chardet": "statistical charset detection (chardet) is not implemented",
};

export function runFeedparserCase(root: string, row: FeedparserCase): Outcome {
  const folderReason = NA_FOLDERS[dirname(row.file)];
  if (folderReason) return { status: "na", reason: folderReason };
  const clauses = splitTopLevel(row.expect, " and ").map((c) => c.trim());
  const checks = clauses.filter((c) => c !== "bozo" && c !== "not bozo");
  if (checks.length === 0 && clauses.includes("bozo")) {
    return { status: "na", reason: "only checks feedparser's bozo (ill-formed) flag; we parse leniently" };
  }
  for (const c of checks) {
    const why = unsupported(c);
    if (why) return { status: "na", reason: why };
  }
  const { decoded, feed, error } = loadCase(root, row.file, row.http_headers);
  if (checks.length === 1 && checks[0] === "1") return { status: "pass" }; // "does not crash"
  if (error && !checks.every((c) => c.startsWith("encoding"))) {
    return { status: "fail", reason: `FeedParseError: ${error.message}` };
  }
  for (const clause of checks) {
    const result = evaluateClause(clause, feed, decoded.charset);
    if (result !== true) return { status: "fail", reason: `${clause} → ${result}` };
  }
  return { status: "pass" };
}

/** Why a clause tests something outside our model, or undefined when we can evaluate it. */
function unsupported(clause: string): string | undefined {
  if (clause === "1") return undefined;
  if (/isinstance|has_key|newlocation|bozo_exception/.test(clause)) return `python-specific check: ${clause}`;
  const cmp = parseComparison(clause);
  if (!cmp) return `expression form not translated: ${clause}`;
  if (cmp.lhs === "encoding") return undefined;
  if (cmp.lhs === "version") return /rss|atom/.test(String(cmp.rhs)) ? undefined : "version not in our model";
  const field = mapPath(cmp.path);
  if ("na" in field) return field.na;
  if (cmp.rhs === NOT_LITERAL) return `expected value is not a simple literal: ${clause}`;
  return undefined;
}

type Field =
  | { get: (feed: ParsedFeed) => unknown; kind: "title" | "html" | "text" | "url" | "date" }
  | { na: string };

/** feedparser's result paths translated to our model. */
function mapPath(path: (string | number)[]): Field {
  const [root, index, ...rest] = path;
  const key = rest.join(".");
  if (root === "feed") {
    const feedKey = [index, ...rest].join(".");
    if (feedKey === "title" || feedKey === "title_detail.value")
      return { get: (f) => f.title, kind: "title" };
    if (feedKey === "link") return { get: (f) => f.link, kind: "url" };
    return { na: `feed field not in our model: feed.${feedKey}` };
  }
  if (root !== "entries" || typeof index !== "number") return { na: `not translated: ${path.join(".")}` };
  const item = (f: ParsedFeed): FeedItem | undefined => f.items[index];
  const entryFields: Record<string, Field> = {
    title: { get: (f) => item(f)?.title, kind: "title" },
    "title_detail.value": { get: (f) => item(f)?.title, kind: "title" },
    link: { get: (f) => item(f)?.url, kind: "url" },
    id: { get: (f) => item(f)?.guid, kind: "text" },
    guid: { get: (f) => item(f)?.guid, kind: "text" },
    summary: { get: (f) => item(f)?.summary ?? item(f)?.contentHtml, kind: "html" },
    description: { get: (f) => item(f)?.summary ?? item(f)?.contentHtml, kind: "html" },
    "content.0.value": { get: (f) => item(f)?.contentHtml, kind: "html" },
    author: { get: (f) => item(f)?.author, kind: "text" },
    "author_detail.name": { get: (f) => item(f)?.author, kind: "text" },
    "authors.0.name": { get: (f) => item(f)?.author, kind: "text" },
    category: { get: (f) => item(f)?.categories?.[0], kind: "text" },
    published_parsed: { get: (f) => item(f)?.publishedAt, kind: "date" },
    updated_parsed: { get: (f) => item(f)?.publishedAt, kind: "date" },
    created_parsed: { get: (f) => item(f)?.publishedAt, kind: "date" },
  };
  const tag = /^tags\.(\d+)\.term$/.exec(key);
  if (tag) return { get: (f) => item(f)?.categories?.[Number(tag[1])], kind: "text" };
  return entryFields[key] ?? { na: `entry field not in our model: entries[].${key}` };
}

function evaluateClause(clause: string, feed: ParsedFeed | undefined, charset: string): true | string {
  const cmp = parseComparison(clause);
  if (!cmp) return "not understood";
  if (cmp.lhs === "encoding") return sameCharset(charset, String(cmp.rhs)) || `got ${charset}`;
  if (!feed) return "no feed";
  if (cmp.lhs === "version") {
    const v = String(cmp.rhs);
    const want = v.startsWith("atom") ? "atom" : v === "rss10" || v === "rss090" ? "rdf" : "rss";
    return feed.format === want || `got ${feed.format}`;
  }
  const field = mapPath(cmp.path) as Exclude<Field, { na: string }>;
  const actual = field.get(feed);
  let ok: boolean;
  if (cmp.fn === "ord")
    ok = typeof actual === "string" && [...actual].length === 1 && actual.codePointAt(0) === cmp.rhs;
  else if (field.kind === "date" && Array.isArray(cmp.rhs)) ok = sameDateTuple(actual, cmp.rhs);
  else if (cmp.rhs === null) ok = actual === undefined;
  else if (field.kind === "title") ok = plain(actual) === plain(cmp.rhs);
  else if (field.kind === "url") ok = sameUrl(actual, cmp.rhs);
  else if (field.kind === "html") ok = sameHtml(actual, cmp.rhs);
  else ok = typeof actual === "string" && actual.trim() === String(cmp.rhs).trim();
  if (cmp.op === "!=") ok = !ok;
  return ok || `got ${JSON.stringify(actual)}`;
}
