// `npm run bench -- startup`: how long `daybrief --help` takes to start, side by side with `node -e 0`
// (issue 15: the installed CLI within 3× of a bare Node start). Builds dist/ first (the published
// CLI), then alternates the commands round by round so a busy machine slows both alike. The tsx start
// from source (a checkout without a build) is measured too, for reference.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { type BenchRow, type BenchSection, roundFigure, summariseTimes } from "./report.ts";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "daybrief.mjs");
const ROUNDS = Number(process.env.STARTUP_BENCH_ROUNDS ?? 20);
const SOURCE_ROUNDS = 3;

function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

export function benchStartup(): BenchSection {
  const dist = join(ROOT, "dist");
  const hadDist = existsSync(dist);
  try {
    return measure();
  } finally {
    // A dist/ built only for this bench goes: bin/daybrief.mjs would otherwise run it, stale, later.
    if (!hadDist) rmSync(dist, { recursive: true, force: true });
  }
}

function measure(): BenchSection {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  const env = { ...process.env, DAYBRIEF_FROM_SOURCE: undefined };
  const bare: number[] = [];
  const help: number[] = [];
  timeOnce(["-e", "0"], env);
  timeOnce([BIN, "--help"], env);
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(timeOnce(["-e", "0"], env));
    help.push(timeOnce([BIN, "--help"], env));
  }
  const source: number[] = [];
  for (let round = 0; round < SOURCE_ROUNDS; round++) {
    source.push(timeOnce([BIN, "--help"], { ...env, DAYBRIEF_FROM_SOURCE: "1" }));
  }
  const b = summariseTimes(bare);
  const h = summariseTimes(help);
  const s = summariseTimes(source);
  const ratio = h.median / b.median;
  const rows: BenchRow[] = [
    { section: "startup", metric: "node -e 0 median", value: roundFigure(b.median), unit: "ms" },
    { section: "startup", metric: "daybrief --help (dist) median", value: roundFigure(h.median), unit: "ms" },
    { section: "startup", metric: "daybrief --help (dist) p90", value: roundFigure(h.p90), unit: "ms" },
    {
      section: "startup",
      metric: "help / node ratio (medians)",
      value: roundFigure(ratio),
      unit: "×",
      target: "≤ 3×",
      pass: ratio <= 3,
    },
    {
      section: "startup",
      metric: "daybrief --help (tsx, source) median",
      value: roundFigure(s.median),
      unit: "ms",
    },
  ];
  return {
    name: "startup",
    rows,
    details: { rounds: ROUNDS, sourceRounds: SOURCE_ROUNDS, bare: b, help: h, source: s },
  };
}
