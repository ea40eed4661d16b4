import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const TSX = import.meta.resolve("tsx");

/** Runs `daybrief <args>` as a real process whose stdout pipe is closed before it writes (`| head` gone). */
function runWithClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", TSX, MAIN, ...args], {
      cwd,
      env: { ...process.env, DAYBRIEF_LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stderr }));
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
