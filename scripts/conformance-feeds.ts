// Runs our feed parser over third-party conformance corpora (feedparser's and gofeed's test feeds) and
// reports, per folder, how many of the applicable expectations we meet. Expectations that test things
// our model does not have (feedparser's bozo flag, *_detail.base, links[], enclosures, images…) are
// listed as not applicable with the reason. Run: node --import tsx scripts/conformance-feeds.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FeedParseError } from "../src/errors.ts";
import { decodeBody } from "../src/http/decode-body.ts";
import type { FeedItem, ParsedFeed } from "../src/model/index.ts";
import { htmlToPlainText } from "../src/sources/html-text.ts";
import { parseFeed } from "../src/sources/parse-feed.ts";

export interface FolderReport {
  folder: string;
  total: number;
  applicable: number;
  passed: number;
  failures: { file: string; reason: string }[];
  notApplicable: { file: string; reason: string }[];
}

type Outcome = { status: "pass" } | { status: "fail"; reason: string } | { status: "na"; reason: string };

const TZ = "UTC";

export async function runFeedConformance(corpusRoot: string): Promise<FolderReport[]> {
  const reports = new Map<string, FolderReport>();
  const record = (folder: string, file: string, outcome: Outcome) => {
    let r = reports.get(folder);
    if (!r) {
      r = { folder, total: 0, applicable: 0, passed: 0, failures: [], notApplicable: [] };
      reports.set(folder, r);
    }
    r.total++;
    if (outcome.status === "na") r.notApplicable.push({ file, reason: outcome.reason });
    else {
      r.applicable++;
      if (outcome.status === "pass") r.passed++;
      else r.failures.push({ file, reason: outcome.reason });
    }
  };
  const fp = join(corpusRoot, "feeds-feedparser");
  if (existsSync(join(fp, "EXPECTATIONS.jsonl"))) {
    const lines = readFileSync(join(fp, "EXPECTATIONS.jsonl"), "utf8").split("\n").filter(Boolean);
    for (const line of lines) {
      const row = JSON.parse(line) as FeedparserCase;
      record(
        `feeds-feedparser/${dirname(row.file)}`,
        row.file,
        safely(() => runFeedparserCase(fp, row)),
      );
    }
  }
  const gf = join(corpusRoot, "feeds-gofeed");
  if (existsSync(join(gf, "MANIFEST.json"))) {
    const manifest = JSON.parse(readFileSync(join(gf, "MANIFEST.json"), "utf8")) as GofeedCase[];
    for (const row of manifest) {
      record(
        `feeds-gofeed/${dirname(row.input)}`,
        row.input,
        safely(() => runGofeedCase(gf, row)),
      );
    }
  }
  return [...reports.values()].sort((a, b) => a.folder.localeCompare(b.folder));
}

function safely(run: () => Outcome): Outcome {
  try {
    return run();
  } catch (error) {
    return { status: "fail", reason: `crashed: ${(error as Error).stack?.split("\n")[0] ?? String(error)}` };
  }
}

function load(root: string, file: string, headers?: Record<string, string>) {
  const bytes = readFileSync(join(root, file));
  const decoded = decodeBody(bytes, headers?.["Content-type"] ?? headers?.["Content-Type"]);
  const url = `http://127.0.0.1:8097/tests/${file}`;
  try {
    return { decoded, feed: parseFeed(decoded.text, { url, timeZone: TZ }) };
  } catch (error) {
    if (error instanceof FeedParseError) return { decoded, error };
    throw error;
  }
}

// ---------- feedparser: python expressions over feedparser's result ----------

interface FeedparserCase {
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

function runFeedparserCase(root: string, row: FeedparserCase): Outcome {
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
  const { decoded, feed, error } = load(root, row.file, row.http_headers);
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

const NOT_LITERAL = Symbol("not literal");
type PyValue = string | number | null | number[] | typeof NOT_LITERAL;

interface Comparison {
  lhs: string;
  path: (string | number)[];
  fn?: "ord" | "len";
  op: "==" | "!=";
  rhs: PyValue;
}

function parseComparison(clause: string): Comparison | undefined {
  const at = findOperator(clause);
  if (!at) return undefined;
  let lhs = clause.slice(0, at.index).trim();
  const rhs = parsePyValue(clause.slice(at.index + 2).trim());
  let fn: Comparison["fn"];
  const call = /^(ord|len)\((.*)\)$/.exec(lhs);
  if (call) [fn, lhs] = [call[1] as "ord" | "len", call[2] ?? ""];
  const path: (string | number)[] = [];
  const head = /^(\w+)/.exec(lhs);
  if (!head) return undefined;
  path.push(head[1] ?? "");
  for (const m of lhs.slice(head[0].length).matchAll(/\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]|\.(\w+)/g)) {
    path.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return { lhs, path, fn, op: at.op, rhs };
}

function findOperator(text: string): { index: number; op: "==" | "!=" } | undefined {
  let quote = "";
  for (let i = 0; i < text.length - 1; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ((ch === "=" || ch === "!") && text[i + 1] === "=")
      return { index: i, op: ch === "=" ? "==" : "!=" };
  }
  return undefined;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quote = "";
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ("([{".includes(ch ?? "")) depth++;
    else if (")]}".includes(ch ?? "")) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parsePyValue(text: string): PyValue {
  if (text === "None") return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  const tuple = /^\(([\d,\s-]+)\)$/.exec(text);
  if (tuple)
    return (tuple[1] ?? "")
      .split(",")
      .filter((s) => s.trim())
      .map(Number);
  const pieces = splitTopLevel(text, "+").map((p) => p.trim());
  let out = "";
  for (const piece of pieces) {
    const m = /^[ub]?('''|"""|'|")([\s\S]*)\1$/.exec(piece);
    if (!m) return NOT_LITERAL;
    out += unescapePython(m[2] ?? "");
  }
  return out;
}

function unescapePython(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g, (_, e: string) => {
    if (/^[xuU]/.test(e) && e.length > 1) return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    return { n: "\n", t: "\t", r: "\r", "0": "\0" }[e] ?? e;
  });
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

/** Our URLs are WHATWG-normalised (lower-case host, "/" path); compare what they point to. */
function sameUrl(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => {
    try {
      return new URL(String(v)).href;
    } catch {
      return v;
    }
  };
  return norm(a) === norm(b);
}

/** HTML compared modulo void-element spelling (`<br>`, `<br/>`, `<br />` are the same element). */
function sameHtml(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) =>
    typeof v === "string" ? v.trim().replace(/<(br|hr|img[^>]*?)\s*\/?>/gi, "<$1>") : v;
  return norm(a) === norm(b);
}

const plain = (v: unknown) => (typeof v === "string" ? htmlToPlainText(v) : v);

function sameDateTuple(actual: unknown, tuple: number[]): boolean {
  if (typeof actual !== "string") return false;
  const d = new Date(actual);
  const parts = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
  return parts.every((p, i) => p === tuple[i]);
}

/** Charset names compared by what they decode to (ASCII ⊂ UTF-8, WHATWG's latin1 is windows-1252). */
function sameCharset(actual: string, expected: string): boolean {
  const alias: Record<string, string> = {
    "us-ascii": "utf-8",
    "iso-8859-1": "windows-1252",
    gb2312: "gbk",
    gb18030: "gbk",
  };
  const norm = (s: string) => alias[s.toLowerCase()] ?? s.toLowerCase();
  return norm(actual) === norm(expected);
}

// ---------- gofeed: expected JSON of gofeed's universal Feed ----------

interface GofeedCase {
  input: string;
  expected?: string;
  expected_feed_type?: string;
  kind: string;
}

interface GofeedItem {
  guid?: string;
  title?: string;
  link?: string;
  content?: string;
  description?: string;
  publishedParsed?: string;
  updatedParsed?: string;
  categories?: string[];
  author?: { name?: string; email?: string };
}

function runGofeedCase(root: string, row: GofeedCase): Outcome {
  const { feed, error } = load(root, row.input);
  if (row.kind === "detect-type") {
    const want = row.expected_feed_type;
    if (want === "unknown")
      return error ? { status: "pass" } : { status: "fail", reason: `parsed as ${feed?.format}` };
    if (!feed) return { status: "fail", reason: `FeedParseError: ${error?.message}` };
    const got = feed.format === "rdf" ? "rss" : feed.format;
    return got === want
      ? { status: "pass" }
      : { status: "fail", reason: `detected ${got}, expected ${want}` };
  }
  const expected = JSON.parse(readFileSync(join(root, row.expected ?? ""), "utf8")) as {
    title?: string;
    link?: string;
    items?: GofeedItem[];
  };
  const checks: [string, unknown, unknown][] = [];
  if (expected.title !== undefined) checks.push(["title", feed?.title, expected.title]);
  if (expected.link !== undefined && !/feed_link/.test(row.input))
    checks.push(["link", feed?.link, expected.link]);
  (expected.items ?? []).forEach((e, i) => {
    const ours = feed?.items[i];
    if (e.title !== undefined) checks.push([`items[${i}].title`, ours?.title, e.title]);
    if (e.link !== undefined) checks.push([`items[${i}].link`, ours?.url, e.link]);
    if (e.guid !== undefined) checks.push([`items[${i}].guid`, ours?.guid, e.guid]);
    if (e.content !== undefined) checks.push([`items[${i}].content`, ours?.contentHtml, e.content]);
    if (e.description !== undefined) checks.push([`items[${i}].description`, ours?.summary, e.description]);
    const date = e.publishedParsed ?? e.updatedParsed;
    if (date !== undefined)
      checks.push([`items[${i}].published`, ours?.publishedAt, new Date(date).toISOString()]);
    if (e.categories !== undefined) checks.push([`items[${i}].categories`, ours?.categories, e.categories]);
    const author = e.author?.name ?? e.author?.email;
    if (author !== undefined) checks.push([`items[${i}].author`, ours?.author, author]);
  });
  if (checks.length === 0) return { status: "na", reason: "tests only fields outside our model" };
  if (!feed) return { status: "fail", reason: `FeedParseError: ${error?.message}` };
  const wrong = checks.filter(([k, a, b]) =>
    k.endsWith(".link") || k === "link" ? !sameUrl(a, b) : JSON.stringify(a) !== JSON.stringify(b),
  );
  if (wrong.length === 0) return { status: "pass" };
  return {
    status: "fail",
    reason: wrong.map(([k, a, b]) => `${k}: got ${JSON.stringify(a)}, want ${JSON.stringify(b)}`).join("; "),
  };
}

// ---------- standalone ----------

export function formatReports(reports: FolderReport[]): string {
  const rows = reports.map((r) => {
    const rate = r.applicable ? ((100 * r.passed) / r.applicable).toFixed(1) : "-";
    return `${r.folder.padEnd(40)} ${String(r.total).padStart(5)} ${String(r.applicable).padStart(6)} ${String(r.passed).padStart(6)} ${rate.padStart(6)}%`;
  });
  return [`${"folder".padEnd(40)} total  appl.   pass   rate`, ...rows].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/corpus");
  if (!existsSync(corpus)) {
    console.log(`skipped: no corpus at ${corpus}`);
  } else {
    const reports = await runFeedConformance(corpus);
    console.log(formatReports(reports));
    const verbose = process.argv.includes("--verbose");
    for (const r of reports) {
      for (const f of r.failures) console.log(`FAIL ${f.file}: ${f.reason}`);
      if (verbose) for (const n of r.notApplicable) console.log(`N/A  ${n.file}: ${n.reason}`);
    }
  }
}
