import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";

/**
 * The layer picture of docs/architecture.md, enforced: imports point down only, and stages (L3)
 * never import each other. Change LAYERS on purpose, never to make a red test green by accident.
 */
const LAYERS: Record<string, number> = {
  "model/": 0,
  "errors.ts": 0,
  "log.ts": 0,
  "time.ts": 0,
  // async/: the one retry policy and concurrency helper HTTP, the LLM providers, delivery and the run share.
  "async/": 0,
  // package-files.ts finds files shipped with the package (prompts/, demo/) from src/ or dist/.
  "package-files.ts": 0,
  "config/": 1,
  "http/": 2,
  "store/": 2,
  // llm/ speaks HTTP to model providers, so it sits just above http/.
  "llm/": 2.5,
  "sources/": 3,
  "dedup/": 3,
  "extract/": 3,
  "analyse/": 3,
  "verify/": 3,
  "rank/": 3,
  "render/": 3,
  "deliver/": 3,
  "pipeline/": 4,
  // queue/ (issue 16) runs the pipeline's steps as BullMQ jobs on Redis: just above pipeline/,
  // whose step functions it calls per job (never a second implementation of a stage).
  "queue/": 4.2,
  // queries/ is the one query layer every front end calls (issue 12): it reads the store and reuses
  // the pipeline's own planners (story clustering, the verification wiring, the build), never copies.
  "queries/": 4.5,
  "demo/": 4,
  // server/ (issues 13, 14): the web app, HTTP API and MCP server, a front end over queries/ like cli/;
  // just under cli/ because `daybrief serve` and `daybrief mcp` start it.
  "server/": 4.9,
  "cli/": 5,
  "web/": 5,
  // main.ts is the entry point that starts the CLI.
  "main.ts": 6,
};

const SRC = resolve(import.meta.dirname, "../src");

function listSources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "testdata") continue;
    if (statSync(path).isDirectory()) listSources(path, out);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function unitOf(file: string): string {
  const rel = relative(SRC, file).replaceAll("\\", "/");
  const slash = rel.indexOf("/");
  return slash === -1 ? rel : rel.slice(0, slash + 1);
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  specs.push(...[...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!));
  return specs;
}

const files = listSources(SRC);

/** The code of a file without its comments (so prose about fetch or process.env does not count). */
function codeOf(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

test("every source file belongs to a known layer", () => {
  const unknown = [...new Set(files.map(unitOf))].filter((u) => LAYERS[u] === undefined);
  assert.deepEqual(unknown, [], "add new folders to LAYERS (and docs/architecture.md) on purpose");
});

test("imports point down, and stages never import each other", () => {
  const violations: string[] = [];
  for (const file of files) {
    const from = unitOf(file);
    const fromLayer = LAYERS[from] ?? -1;
    for (const spec of importsOf(file)) {
      if (!spec.startsWith(".")) continue;
      const to = unitOf(resolve(dirname(file), spec));
      if (to === from) continue;
      const toLayer = LAYERS[to] ?? 99;
      if (toLayer >= fromLayer)
        violations.push(`${relative(SRC, file)} → ${spec} (L${fromLayer} → L${toLayer})`);
    }
  }
  assert.deepEqual(violations, []);
});

test("only store/ speaks SQL, only config/ and entry points read the environment", () => {
  const violations: string[] = [];
  for (const file of files) {
    const unit = unitOf(file);
    const text = codeOf(file);
    if (/from\s+["']better-sqlite3["']/.test(text) && unit !== "store/")
      violations.push(`${unit}: better-sqlite3`);
    if (/process\.env\b/.test(text) && !["config/", "cli/", "main.ts", "web/"].includes(unit))
      violations.push(`${relative(SRC, file)}: process.env`);
  }
  assert.deepEqual(violations, []);
});

const STATIC_QUEUE_IMPORT = /(?:^|\n)\s*import\s+(?!type\s)[^;]*?from\s+["'](?:\.\.?\/)+queue\//;

test("only queue/ speaks to Redis (bullmq, ioredis); the CLI loads it only when queue.url is set", () => {
  const violations: string[] = [];
  for (const file of files) {
    const text = codeOf(file);
    if (/from\s+["'](?:bullmq|ioredis)["']/.test(text) && unitOf(file) !== "queue/")
      violations.push(`${relative(SRC, file)}: bullmq/ioredis`);
    // A static import of queue/ from the CLI would load BullMQ for every in-process run.
    if (unitOf(file) === "cli/" && !file.endsWith("worker.ts") && STATIC_QUEUE_IMPORT.test(text))
      violations.push(`${relative(SRC, file)}: static import of queue/`);
  }
  assert.deepEqual(violations, []);
});

/** Every .ts file under `dir`, tests and fixtures included. */
function listAllTs(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules") continue;
    if (statSync(path).isDirectory()) listAllTs(path, out);
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

const ROOT = resolve(import.meta.dirname, "..");
/** SQL statements, placeholders lists, SQLite pragmas and functions: what only store/ may know. */
const SQL =
  /\b(?:SELECT\s[\s\S]{0,200}?\sFROM|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIRTUAL|TRIGGER|UNIQUE)|DROP\s+(?:TABLE|INDEX|TRIGGER)|BEGIN\s+IMMEDIATE|ON\s+CONFLICT|VALUES\s*\(\s*\?)\b|PRAGMA|user_version|json_each|json_extract|sqlite_master|(?:from|import|require\()\s*["']better-sqlite3["']/;

test("no SQL outside store/ (sources, tests, bench and scripts included)", () => {
  const outside = ["src", "test", "bench", "scripts"]
    .flatMap((dir) => listAllTs(join(ROOT, dir)))
    .filter((f) => !relative(ROOT, f).replaceAll("\\", "/").startsWith("src/store/"))
    .filter((f) => !f.endsWith("architecture.test.ts"));
  const violations = outside
    .map((f) => ({ file: relative(ROOT, f), match: SQL.exec(codeOf(f))?.[0] }))
    .filter((v) => v.match !== undefined)
    .map((v) => `${v.file}: ${v.match!.slice(0, 60)}`);
  assert.deepEqual(violations, [], "give the store a method (or a helper in src/store/testing.ts) instead");
});

test("stages never import store/: only pipeline/, queue/, queries/, the front ends (cli/, server/) and demo/ do", () => {
  const allowed = ["store/", "pipeline/", "queue/", "queries/", "cli/", "demo/", "server/"];
  const violations: string[] = [];
  for (const file of listAllTs(SRC)) {
    const from = unitOf(file);
    if (allowed.includes(from)) continue;
    for (const spec of importsOf(file))
      if (spec.startsWith(".") && unitOf(resolve(dirname(file), spec)) === "store/")
        violations.push(`${relative(SRC, file)} → ${spec}`);
  }
  assert.deepEqual(violations, []);
});

test("only render/ words a briefing: deliver/ formats the neutral blocks it is given", () => {
  // Titles, ★, section names and notes come from model/briefing-wording.ts through render/
  // (briefing-blocks.ts); a channel that words the briefing itself would drift from the pages.
  const violations = files
    .filter((f) => unitOf(f) === "deliver/")
    .flatMap((f) =>
      importsOf(f)
        .filter((spec) => spec.startsWith("."))
        .map((spec) => relative(SRC, resolve(dirname(f), spec)).replaceAll("\\", "/"))
        .filter((target) => target === "model/briefing-wording.ts")
        .map((target) => `${relative(SRC, f)} → ${target}`),
    );
  assert.deepEqual(violations, []);
});

test("only http/ calls the global fetch; adapters take an injected one", () => {
  const violations = files
    .filter((f) => !["http/", "demo/"].includes(unitOf(f)))
    .filter((f) => /globalThis\.fetch|(?<![.\w])fetch\s*\(/.test(codeOf(f)))
    .map((f) => relative(SRC, f));
  // `ctx.fetch(...)`, `options.fetch(...)` are injected calls and do not match.
  assert.deepEqual(violations, []);
});
