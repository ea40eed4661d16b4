// gofeed's corpus: each case's expected JSON (gofeed's universal Feed) compared field by field with
// ours; detect-type cases compare only the detected format.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sameUrl } from "./compare.ts";
import { loadCase, type Outcome } from "./load-case.ts";

export interface GofeedCase {
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

export function runGofeedCase(root: string, row: GofeedCase): Outcome {
  const { feed, error } = loadCase(root, row.input);
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
