// Runs our feed parser over third-party conformance corpora (feedparser's and gofeed's test feeds) and
// reports, per folder, how many of the applicable expectations we meet. Expectations that test things
// our model does not have (feedparser's bozo flag, *_detail.base, links[], enclosures, images…) are
// listed as not applicable with the reason. Run: node --import tsx scripts/conformance-feeds.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type FeedparserCase, runFeedparserCase } from "./conformance-feeds/feedparser-case.ts";
import { type GofeedCase, runGofeedCase } from "./conformance-feeds/gofeed-case.ts";
import type { Outcome } from "./conformance-feeds/load-case.ts";

export interface FolderReport {
  folder: string;
  total: number;
  applicable: number;
  passed: number;
  failures: { file: string; reason: string }[];
  notApplicable: { file: string; reason: string }[];
}

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
