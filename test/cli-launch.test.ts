import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DEFAULT_HEAP_MB, DEFAULT_SEMI_SPACE_MB, launchPlan } from "../bin/launch.mjs";
import { stopCounter } from "../src/cli/stop-signals.ts";

// The heap cap and MALLOC_ARENA_MAX the CLI starts a pipeline command with (bin/launch.mjs, issue 17),
// read from the real process: `daybrief` with DAYBRIEF_DEBUG_LAUNCH=1 prints how the process that
// runs the command was started (src/main.ts), V8's heap_size_limit included.
const BIN = join(import.meta.dirname, "..", "bin", "daybrief.mjs");

interface Launch {
  pid: number;
  heapSizeLimitMb: number;
  mallocArenaMax: string | null;
  launched: boolean;
}

/** `daybrief …args` with `env` over a clean environment (no user cap, no MALLOC_ARENA_MAX). */
function launchOf(args: string[], env: Record<string, string> = {}): Promise<Launch> {
  const { NODE_OPTIONS: _n, MALLOC_ARENA_MAX: _m, DAYBRIEF_HEAP_MB: _h, ...rest } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...rest, DAYBRIEF_DEBUG_LAUNCH: "1", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("close", (code) => {
      const line = stderr.match(/^daybrief-launch (.+)$/m);
      if (code !== 0 || !line) reject(new Error(`exit ${code}: ${stderr}`));
      else resolve(JSON.parse(line[1]!) as Launch);
    });
  });
}

/** heap_size_limit is the old-space cap plus the young generation (16–64 MB by V8's sizing). */
function assertCap(launch: Launch, capMb: number) {
  assert.ok(
    launch.heapSizeLimitMb >= capMb && launch.heapSizeLimitMb <= capMb + 64,
    `heap_size_limit ${launch.heapSizeLimitMb} MB for a cap of ${capMb} MB`,
  );
}

describe("the CLI starts a pipeline command with a heap cap and MALLOC_ARENA_MAX=2", () => {
  test("a plain `daybrief run` gets the default cap and MALLOC_ARENA_MAX=2 in the process that runs it", async () => {
    const launch = await launchOf(["run", "--help"]);
    assert.equal(launch.launched, true);
    assertCap(launch, DEFAULT_HEAP_MB);
    assert.equal(launch.mallocArenaMax, "2");
  });

  test("and with a small young generation: heap_size_limit is the cap plus 3 semi-spaces of DEFAULT_SEMI_SPACE_MB", async () => {
    // V8's young generation is two semi-spaces and a large-object space of one; its default maximum
    // here (16 MB a semi-space) adds 48 MB to the limit, DEFAULT_SEMI_SPACE_MB (4) adds 12.
    const launch = await launchOf(["run", "--help"]);
    assert.equal(launch.heapSizeLimitMb, DEFAULT_HEAP_MB + 3 * DEFAULT_SEMI_SPACE_MB);
    const theirs = await launchOf(["run", "--help"], { NODE_OPTIONS: "--max-semi-space-size=8" });
    assert.equal(theirs.heapSizeLimitMb, DEFAULT_HEAP_MB + 3 * 8, "the user's own semi-space size wins");
  });

  test("DAYBRIEF_HEAP_MB sets the cap; 0 sets none and starts no second process", async () => {
    assertCap(await launchOf(["run", "--help"], { DAYBRIEF_HEAP_MB: "300" }), 300);
    const none = await launchOf(["run", "--help"], { DAYBRIEF_HEAP_MB: "0" });
    assert.equal(none.launched, false);
    assert.equal(none.mallocArenaMax, null);
  });

  test("the user's own --max-old-space-size and MALLOC_ARENA_MAX win over the CLI's", async () => {
    const theirs = await launchOf(["schedule", "--help"], {
      NODE_OPTIONS: "--max-old-space-size=200",
      DAYBRIEF_HEAP_MB: "900",
    });
    assertCap(theirs, 200);
    assert.equal(theirs.mallocArenaMax, "2", "the cap is theirs, the arenas still ours");
    const both = await launchOf(["run", "--help"], {
      NODE_OPTIONS: "--max-old-space-size=220",
      MALLOC_ARENA_MAX: "4",
    });
    assert.equal(both.launched, false, "nothing to add: no second process");
    assertCap(both, 220);
    assert.equal(both.mallocArenaMax, "4");
    const arenas = await launchOf(["run", "--help"], { MALLOC_ARENA_MAX: "8" });
    assertCap(arenas, DEFAULT_HEAP_MB);
    assert.equal(arenas.mallocArenaMax, "8");
  });

  test("a run past the cap stops with V8's out-of-memory error, reported as the crash it is (134)", async () => {
    const out = mkdtempSync(join(tmpdir(), "daybrief-oom-"));
    try {
      const { NODE_OPTIONS: _n, MALLOC_ARENA_MAX: _m, ...rest } = process.env;
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, "demo", "--quiet", "--out", out], {
          // In the temporary folder: a core file, where the system writes one, goes there too.
          cwd: out,
          env: { ...rest, DAYBRIEF_HEAP_MB: "20" },
          stdio: ["ignore", "ignore", "pipe"],
        });
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => {
          stderr += c.toString();
        });
        child.on("close", (code) => resolve({ code, stderr }));
      });
      assert.match(result.stderr, /Reached heap limit/);
      assert.equal(result.code, 134, "SIGABRT of the run, as a shell reports it");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test("other commands start as they are (no second process)", async () => {
    const launch = await launchOf(["runs", "--help"]);
    assert.equal(launch.launched, false);
    assert.equal(launch.mallocArenaMax, null);
  });
});

describe("launchPlan (pure)", () => {
  const plan = (argv: string[], env: Record<string, string> = {}, execArgv: string[] = []) =>
    launchPlan({ argv, env, execArgv });

  test("which commands, and the user's settings found where node reads them", () => {
    assert.deepEqual(plan(["--lang", "en", "run"])?.execArgv, [
      `--max-old-space-size=${DEFAULT_HEAP_MB}`,
      `--max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`,
    ]);
    assert.equal(plan(["--lang", "run"]), undefined, "run is --lang's value here, not the command");
    for (const command of ["run", "schedule", "serve", "worker", "demo"]) assert.ok(plan([command]), command);
    for (const command of ["runs", "search", "dupes", "init", "render"])
      assert.equal(plan([command]), undefined, command);
    assert.deepEqual(plan(["run"], {}, ["--max_old_space_size=300"])?.execArgv, [
      "--max_old_space_size=300",
      `--max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`,
    ]);
    assert.deepEqual(plan(["run"], { NODE_OPTIONS: "--max-semi-space-size=1" })?.execArgv, [
      `--max-old-space-size=${DEFAULT_HEAP_MB}`,
    ]);
    assert.equal(plan(["run"], { MALLOC_ARENA_MAX: "" }, ["--max-old-space-size", "300"]), undefined);
    assert.equal(plan(["run"], { DAYBRIEF_LAUNCHED: "1" }), undefined, "never started twice");
    assert.equal(
      plan(["run"], { DAYBRIEF_HEAP_MB: "" })?.execArgv[0],
      `--max-old-space-size=${DEFAULT_HEAP_MB}`,
    );
    assert.throws(() => plan(["run"], { DAYBRIEF_HEAP_MB: "1g" }), /DAYBRIEF_HEAP_MB must be a whole number/);
  });
});

test("stop signals: one signal that reached the process and its launcher counts once; a second counts", () => {
  // systemd (control group) or a terminal's Ctrl-C: each signal reaches both processes.
  const both = stopCounter();
  assert.equal(both("SIGTERM", "own"), 1);
  assert.equal(both("SIGTERM", "passed"), 1);
  assert.equal(both("SIGTERM", "passed"), 2, "pressed again");
  // The passed-on copy first, then the process's own.
  const late = stopCounter();
  assert.equal(late("SIGINT", "passed"), 1);
  assert.equal(late("SIGINT", "own"), 1);
  assert.equal(late("SIGINT", "own"), 2);
  // Only the launcher gets them (kill <pid>, docker stop): each one counts.
  const passed = stopCounter();
  assert.equal(passed("SIGTERM", "passed"), 1);
  assert.equal(passed("SIGINT", "passed"), 2);
});
