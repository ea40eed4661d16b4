import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, test } from "node:test";
import { promisify } from "node:util";
import { DEFAULT_HEAP_MB } from "../bin/launch.mjs";

// Issue 15 point 2: the package as a user gets it. `npm pack` (its prepack builds dist/), the tarball
// installed into an empty folder outside this checkout (so nothing resolves from our node_modules, and
// tsx, a dev dependency, is not there), then `daybrief demo` run through the installed bin.
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "daybrief-pack-"));
// prepack builds dist/ in this checkout; a dist/ the test made is removed again, so a later
// `node bin/daybrief.mjs` here does not run a build that goes stale as src/ changes.
const DIST = join(ROOT, "dist");
const hadDist = existsSync(DIST);
after(() => {
  rmSync(work, { recursive: true, force: true });
  if (!hadDist) rmSync(DIST, { recursive: true, force: true });
});

/**
 * better-sqlite3 compiles from source when no prebuilt binary can be downloaded (CI reaches only the
 * npm registry): ~2 minutes of two shared cores. The test installs with --ignore-scripts and copies
 * the binary `npm ci` built for this checkout (same pinned version, same Node); set
 * DAYBRIEF_PACK_FULL_INSTALL=1 to let the install compile it instead.
 */
const FULL_INSTALL = process.env.DAYBRIEF_PACK_FULL_INSTALL === "1";

test("npm pack → npm install of the tarball → `daybrief demo` runs from the installed package", {
  timeout: 300_000,
}, async () => {
  // No locale set: the installed CLI speaks Chinese by default.
  const env = {
    ...process.env,
    LANG: "C.UTF-8",
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    DAYBRIEF_FROM_SOURCE: undefined,
    npm_config_loglevel: "error",
  };
  const packed = await run("npm", ["pack", "--json", "--pack-destination", work], {
    cwd: ROOT,
    env,
    maxBuffer: 1 << 26,
  });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  assert.ok(info, "npm pack printed its manifest");
  const shipped = info.files.map((f) => f.path);
  assert.ok(shipped.includes("dist/main.js"), "the build ran (prepack) and dist/ is in the package");
  assert.ok(
    shipped.includes("prompts/analyse.v1.md"),
    "prompts/ ships (read at runtime by the LLM analyser)",
  );
  assert.ok(shipped.includes("demo/2026-02-04/manifest.json"), "the demo day ships");
  assert.ok(
    !shipped.some((p) => p.startsWith("src/") || p.startsWith("test/")),
    "no sources or tests in the package",
  );

  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), '{ "name": "pack-test", "private": true }\n');
  const args = [
    "install",
    "--prefer-offline",
    "--no-audit",
    "--no-fund",
    "--no-package-lock",
    join(work, info.filename),
  ];
  if (!FULL_INSTALL) args.push("--ignore-scripts");
  await run("npm", args, { cwd: app, env, maxBuffer: 1 << 26 });
  const installed = join(app, "node_modules", "daybrief");
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.equal(manifest.dependencies.tsx, undefined, "tsx is not a runtime dependency");
  assert.ok(!existsSync(join(app, "node_modules", "tsx")), "tsx was not installed with the package");
  if (!FULL_INSTALL) copyNativeSqlite(app);

  const out = join(work, "briefing");
  const bin = join(app, "node_modules", ".bin", "daybrief");
  // Through the installed bin's symlink, the demo runs in a second process with the CLI's heap cap
  // and MALLOC_ARENA_MAX (bin/launch.mjs; DAYBRIEF_DEBUG_LAUNCH prints how it was started).
  const demo = await run(bin, ["demo", "--quiet", "--out", out], {
    cwd: app,
    env: {
      ...env,
      DAYBRIEF_DEBUG_LAUNCH: "1",
      NODE_OPTIONS: undefined,
      MALLOC_ARENA_MAX: undefined,
      DAYBRIEF_HEAP_MB: undefined,
    },
    maxBuffer: 1 << 26,
  });
  assert.match(demo.stdout, /演示完成/);
  const launch = JSON.parse(demo.stderr.match(/^daybrief-launch (.+)$/m)?.[1] ?? "{}");
  assert.equal(launch.launched, true, demo.stderr);
  assert.equal(launch.mallocArenaMax, "2");
  assert.ok(launch.heapSizeLimitMb >= DEFAULT_HEAP_MB && launch.heapSizeLimitMb <= DEFAULT_HEAP_MB + 64);
  const briefing = join(out, "2026", "2026-02-04.md");
  assert.ok(existsSync(briefing), "the demo briefing was written");
  assert.match(readFileSync(briefing, "utf8"), /2026-02-04/);

  const help = await run(bin, ["--help"], { cwd: app, env });
  assert.match(help.stdout, /用法： ?daybrief/);
  // Fast start: what `--help` loads (dist/main.js and its static imports, chunk by chunk) reaches
  // none of the heavy packages; those arrive with the commands, on first use.
  const loaded = staticImports(join(installed, "dist", "main.js"));
  for (const heavy of ["better-sqlite3", "linkedom", "feedsmith", "@node-rs/jieba", "pino", "zod"])
    assert.ok(!loaded.has(heavy), `--help loads ${heavy}: ${[...loaded].join(", ")}`);
  assert.ok(loaded.has("commander"));
});

/** Bare package names a module imports statically, following its relative imports. */
function staticImports(file: string, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (seen.has(file)) return out;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith(".")) staticImports(resolve(dirname(file), spec), seen, out);
    else if (!spec.startsWith("node:"))
      out.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
  }
  return out;
}

function copyNativeSqlite(app: string): void {
  const from = join(ROOT, "node_modules", "better-sqlite3", "build", "Release");
  const to = join(app, "node_modules", "better-sqlite3", "build", "Release");
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((n) => n.endsWith(".node")))
    copyFileSync(join(from, name), join(to, name));
}
