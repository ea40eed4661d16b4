// Runs the extract stage over the third-party WeChat corpus (../shared/corpus/wechat) and compares
// with its EXPECTED.json and *.expected-parse.json. Read-only; the corpus is never copied here.
//   node --import tsx scripts/conformance-wechat.ts [corpusDir]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { extractPage, htmlToText } from "../src/extract/index.ts";
import type { ExtractedPage } from "../src/model/article.ts";

export interface ConformanceFolderResult {
  folder: string;
  total: number;
  passed: number;
  failures: { file: string; reason: string }[];
}

/** One EXPECTED.json entry (the corpus's own field names). */
interface ExpectedEntry {
  source: string;
  expected_parse?: string;
  status: string;
  title?: string;
  account?: string;
  author?: string;
  published_epoch?: number;
  canonical_url?: string;
  url_from_index?: string;
  visible_message?: string;
  body_text_head?: string;
  body_text_tail?: string;
  body_img_count?: number;
}

/** The fields of WeChat's own article JSON that we compare. */
interface ExpectedParse {
  title?: string;
  nick_name?: string;
  author?: string;
  ori_create_time?: number;
  link?: string;
  content_noencode?: string;
}

/** Text similarity needed between our body text and the expected one (bigram Dice, whitespace-free). */
const MIN_SIMILARITY = 0.9;
const STATUS_KIND: Record<string, ExtractedPage["kind"]> = {
  ok: "article",
  deleted_by_author: "deleted",
  deleted: "deleted",
  blocked: "blocked",
  violation: "blocked",
  verification: "verification",
};

const squash = (s: string) => s.replace(/\s+/g, "");

export function textSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const x = grams(squash(a));
  const y = grams(squash(b));
  let shared = 0;
  let total = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  for (const n of [...x.values(), ...y.values()]) total += n;
  return total === 0 ? 1 : (2 * shared) / total;
}

function compare(
  page: ExtractedPage,
  entry: ExpectedEntry | undefined,
  parse: ExpectedParse | undefined,
): string[] {
  const problems: string[] = [];
  const check = (label: string, actual: unknown, expected: unknown) => {
    if (expected !== undefined && actual !== expected)
      problems.push(`${label}: got ${String(actual)}, want ${String(expected)}`);
  };
  const wantKind = entry ? (STATUS_KIND[entry.status] ?? "article") : "article";
  check("kind", page.kind, wantKind);
  if (entry?.visible_message && !page.reason?.includes(entry.visible_message)) {
    problems.push(`reason: got ${page.reason}, want ${entry.visible_message}`);
  }
  if (wantKind !== "article") return problems;
  const epoch = entry?.published_epoch ?? parse?.ori_create_time;
  check("title", page.title, entry?.title ?? parse?.title);
  check("account", page.account, entry?.account ?? parse?.nick_name);
  check("author", page.author, entry?.author ?? parse?.author);
  check("time", page.publishedAt, epoch === undefined ? undefined : new Date(epoch * 1000).toISOString());
  check("canonical", page.canonicalUrl, entry?.canonical_url ?? parse?.link);
  if (entry?.body_text_head && !squash(page.text).startsWith(squash(entry.body_text_head)))
    problems.push("text head differs");
  if (entry?.body_text_tail && !squash(page.text).endsWith(squash(entry.body_text_tail)))
    problems.push("text tail differs");
  if (entry?.body_img_count !== undefined) check("images", page.images.length, entry.body_img_count);
  if (parse?.content_noencode) {
    const similarity = textSimilarity(page.text, htmlToText(parse.content_noencode));
    if (similarity < MIN_SIMILARITY)
      problems.push(`body similarity ${similarity.toFixed(3)} < ${MIN_SIMILARITY}`);
  }
  return problems;
}

export async function runWechatConformance(corpusDir: string): Promise<ConformanceFolderResult[]> {
  const expectedPath = join(corpusDir, "EXPECTED.json");
  const entries: ExpectedEntry[] = existsSync(expectedPath)
    ? JSON.parse(readFileSync(expectedPath, "utf8"))
    : [];
  const results: ConformanceFolderResult[] = [];
  for (const folder of readdirSync(corpusDir).sort()) {
    const dir = join(corpusDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    const result: ConformanceFolderResult = { folder, total: 0, passed: 0, failures: [] };
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith(".source.html"))
      .sort()) {
      const file = `${folder}/${name}`;
      const entry = entries.find((e) => e.source === file);
      const parsePath = join(dir, name.replace(/\.source\.html$/, ".expected-parse.json"));
      const parse: ExpectedParse | undefined = existsSync(parsePath)
        ? JSON.parse(readFileSync(parsePath, "utf8"))
        : undefined;
      const url = entry?.canonical_url ?? entry?.url_from_index ?? parse?.link ?? "https://mp.weixin.qq.com/";
      result.total++;
      try {
        const page = extractPage(readFileSync(join(dir, name), "utf8"), { url, timeZone: "Asia/Shanghai" });
        const problems = compare(page, entry, parse);
        if (problems.length === 0) result.passed++;
        else result.failures.push({ file, reason: problems.join("; ") });
      } catch (error) {
        result.failures.push({
          file,
          reason: `threw: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
    if (result.total > 0) results.push(result);
  }
  return results;
}

async function main(): Promise<void> {
  const corpusDir = process.argv[2] ?? fileURLToPath(new URL("../../shared/corpus/wechat", import.meta.url));
  if (!existsSync(corpusDir)) {
    console.log(`WeChat corpus not found at ${corpusDir}: skipped`);
    return;
  }
  const results = await runWechatConformance(corpusDir);
  console.log(`${"folder".padEnd(28)} ${"total".padStart(5)} ${"passed".padStart(6)}`);
  for (const r of results) {
    console.log(`${r.folder.padEnd(28)} ${String(r.total).padStart(5)} ${String(r.passed).padStart(6)}`);
    for (const f of r.failures) console.log(`  ✖ ${f.file}: ${f.reason}`);
  }
  if (results.some((r) => r.failures.length > 0)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
