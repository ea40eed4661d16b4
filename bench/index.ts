// `npm run bench` — speed and memory figures measured side by side in one run, printed as a table and,
// as the LAST stdout line, one JSON object (see report.ts for the contract). It always exits 0: the
// bench reports, it does not fail CI; rows that miss a target say FAIL.
//
//   npm run bench                     every section (chain always; dedup/verify/llm when their module exists)
//   npm run bench -- chain            one section (several names may be given)
//   npm run bench -- chain --articles=200
//
// Section modules written by other helpers are optional: bench/dedup.ts (benchDedup), bench/verify.ts
// (benchVerify), bench/llm.ts (benchLlm), bench/quality.ts (benchQuality); each is called with no arguments and may return (or resolve
// to) a BenchSection, a BenchRow[], or a plain result object (flattened into rows by report.ts).
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { tuneMemory } from "../src/cli/tune-memory.ts";
import { benchChain } from "./chain.ts";
import { type BenchSection, normaliseSection, printReport } from "./report.ts";

type SectionRun = (...args: unknown[]) => unknown;

interface SectionSpec {
  /** Undefined when the module is absent or lacks the export. */
  load(): Promise<SectionRun | undefined>;
}

/** A section that lives in another helper's file, loaded only when that file exists. */
function optionalSection(file: string, exportName: string): SectionSpec {
  return {
    async load() {
      const url = new URL(file, import.meta.url);
      if (!existsSync(url)) return undefined;
      const module = (await import(url.href)) as Record<string, unknown>;
      const run = module[exportName];
      return typeof run === "function" ? (run as SectionRun) : undefined;
    },
  };
}

const sections: Record<string, SectionSpec> = {
  chain: { load: async () => (options) => benchChain(options as { articles?: number }) },
  dedup: optionalSection("./dedup.ts", "benchDedup"),
  verify: optionalSection("./verify.ts", "benchVerify"),
  "verify-hostile": optionalSection("./verify-hostile.ts", "benchVerifyHostile"),
  llm: optionalSection("./llm.ts", "benchLlm"),
  quality: optionalSection("./quality.ts", "benchQuality"),
  wechat: optionalSection("./wechat.ts", "benchWechat"),
  "run-scale": {
    load: async () =>
      (
        (m) => () =>
          m.benchRunScale(m.runScaleOptions(process.argv))
      )(await import("./run-scale.ts")),
  },
  search: optionalSection("./search.ts", "benchSearch"),
  startup: optionalSection("./startup.ts", "benchStartup"),
  "analyse-pool": optionalSection("./analyse-pool.ts", "benchAnalysePool"),
  api: optionalSection("./api.ts", "benchApi"),
  web: optionalSection("./web.ts", "benchWeb"),
  "earlier-index": optionalSection("./earlier-index.ts", "benchEarlierIndex"),
  workers: {
    load: async () =>
      (
        (m) => () =>
          m.benchWorkers(m.workersOptions(process.argv))
      )(await import("./workers.ts")),
  },
};

/** Targets of sections that return plain figures (the numbers), checked here. */
const FIGURE_TARGETS: Record<string, Record<string, { target: string; pass: (v: number) => boolean }>> = {
  dedup: {
    "subset.recall": { target: "≥ 0.98 of exhaustive", pass: (v) => v >= 0.98 },
    "planted.recall": { target: "≥ 0.98", pass: (v) => v >= 0.98 },
    "followUps.precision": { target: "≥ 0.9", pass: (v) => v >= 0.9 },
    "followUps.recall": { target: "≥ 0.8", pass: (v) => v >= 0.8 },
  },
};

function withTargets(section: BenchSection): BenchSection {
  const targets = FIGURE_TARGETS[section.name];
  if (!targets) return section;
  const rows = section.rows.map((row) => {
    const t = targets[row.metric];
    return t && typeof row.value === "number" ? { ...row, target: t.target, pass: t.pass(row.value) } : row;
  });
  return { ...section, rows };
}

function parseArgs(argv: string[]): { names: string[]; articles?: number } {
  const names: string[] = [];
  let articles: number | undefined;
  for (const arg of argv) {
    const match = arg.match(/^--articles=(\d+)$/);
    if (match) articles = Number(match[1]);
    else if (!arg.startsWith("-")) names.push(arg);
  }
  return { names: names.length > 0 ? names : Object.keys(sections), articles };
}

async function runSection(
  name: string,
  spec: SectionSpec,
  articles: number | undefined,
): Promise<BenchSection> {
  const started = performance.now();
  try {
    const run = await spec.load();
    if (!run) {
      process.stdout.write(`${name}: not available\n`);
      return { name, rows: [{ section: name, metric: "status", value: "not available" }] };
    }
    process.stdout.write(`${name}: running…\n`);
    // Only the chain knows --articles; other sections are called with no arguments (their defaults).
    const result = withTargets(normaliseSection(name, await (name === "chain" ? run({ articles }) : run())));
    process.stdout.write(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`${name}: ERROR ${message}\n`);
    if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return { name, rows: [{ section: name, metric: "error", value: message, target: "runs", pass: false }] };
  }
}

async function main(): Promise<void> {
  // Measure the process as the CLI runs it (src/main.ts sets the same V8 flags).
  tuneMemory(process.env);
  const { names, articles } = parseArgs(process.argv.slice(2));
  const unknown = names.filter((n) => !(n in sections));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown bench section(s): ${unknown.join(", ")}; known: ${Object.keys(sections).join(", ")}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const cores = availableParallelism();
  const loadBefore = loadavg()[0]!;
  // Other processes on a small machine skew every figure: say so next to the numbers.
  if (loadBefore > cores)
    process.stdout.write(
      `warning: load average ${loadBefore.toFixed(1)} on ${cores} cores; figures will be noisy\n`,
    );
  const started = performance.now();
  const results: BenchSection[] = [];
  for (const name of names) results.push(await runSection(name, sections[name]!, articles));
  printReport(results, {
    at: new Date().toISOString(),
    node: process.version,
    cores,
    loadavg1: { before: Math.round(loadBefore * 10) / 10, after: Math.round(loadavg()[0]! * 10) / 10 },
    seconds: Math.round((performance.now() - started) / 100) / 10,
  });
}

await main();
// A section that leaves a handle open (a server, a timer) must not keep the bench alive; stdout to a
// pipe or file is synchronous on Linux, so nothing printed is lost.
process.exit(process.exitCode ?? 0);
