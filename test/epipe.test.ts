import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { DEMO_DAY } from "./support/cli-harness.ts";
import { runDemoDay } from "./support/demo-store.ts";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/daybrief.mjs", import.meta.url));
const TSX = import.meta.resolve("tsx");

/**
 * Runs `daybrief <args>` as a real process whose stdout is a pipe the reader closes: `before` at
 * once (nothing read), `after-first` once the first bytes arrived, as `| head -1` does.
 */
function runWithClosedStdout(
  args: string[],
  cwd: string,
  close: "before" | "after-first" = "before",
  entry: "main" | "bin" = "main",
): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const command = entry === "main" ? ["--import", TSX, MAIN] : [BIN];
    const child = spawn(process.execPath, [...command, ...args], {
      cwd,
      env: { ...process.env, DAYBRIEF_LOG_LEVEL: "silent", DAYBRIEF_FROM_SOURCE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let read = 0;
    if (close === "before") child.stdout.destroy();
    else
      child.stdout.once("data", (chunk: Buffer) => {
        read += chunk.length;
        child.stdout.destroy();
      });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stderr, read }));
  });
}

test("a command writing to a closed pipe exits quietly (no EPIPE crash, no stack)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-epipe-"));
  try {
    writeFileSync(
      join(dir, "daybrief.config.yaml"),
      'sources:\n  - { id: a, name: A, url: "https://example.com/feed.xml" }\n',
    );
    for (const args of [["dupes", "--date", "2026-02-04"], ["--help"]]) {
      const { code, stderr } = await runWithClosedStdout(args, dir);
      assert.equal(stderr, "", `${args.join(" ")}: ${stderr}`);
      assert.equal(code, 0, args.join(" "));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("dupes, verify and search on a stored day, piped into a reader that stops early (| head), exit 0 quietly", async () => {
  const day = await runDemoDay();
  try {
    const config = ["--config", day.harness.configPath];
    const commands = [
      ["dupes", "--date", DEMO_DAY, ...config],
      ["verify", "--date", DEMO_DAY, ...config],
      ["search", "模型", ...config],
    ];
    // Through bin/daybrief.mjs, as a user runs it; the reader closes once the first bytes arrived.
    for (const args of commands) {
      const what = args.slice(0, 3).join(" ");
      const { code, stderr, read } = await runWithClosedStdout(args, day.harness.dir, "after-first", "bin");
      assert.equal(stderr, "", `${what}: ${stderr}`);
      assert.equal(code, 0, what);
      assert.ok(read > 0, `${what}: printed something first`);
    }
  } finally {
    await day.close();
  }
});
