// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 does not expand globs)
// and ends with the runner's own counts as "N passed, N failed".
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "testdata") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith(".test.ts")) out.push(path);
  }
  return out;
}

const filter = process.argv.slice(2);
const files = ["src", "test"]
  .flatMap((d) => findTests(d))
  .filter((f) => filter.length === 0 || filter.some((p) => f.includes(p)))
  .sort();
const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: ["ignore", "pipe", "inherit"],
  // DAYBRIEF_FROM_SOURCE: a CLI a test spawns runs src/, never a dist/ built earlier (bin/daybrief.mjs).
  env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", DAYBRIEF_FROM_SOURCE: "1" },
});
// The runner prints "ℹ pass N" / "ℹ fail N" once, before its list of failing tests (which can be
// long): read them line by line as they pass, not from the end of the output.
const counts = { pass: 0, fail: 0 };
let partial = "";
const readCounts = (line) => {
  const m = line.match(/^\S*\s*(pass|fail) (\d+)$/);
  if (m) counts[m[1]] = Number(m[2]);
};
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  const lines = (partial + chunk.toString()).split("\n");
  partial = lines.pop() ?? "";
  for (const line of lines) readCounts(line);
});
child.on("close", (code) => {
  readCounts(partial);
  const passed = counts.pass;
  const failed = counts.fail;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code === 0 && passed > 0 ? 0 : 1);
});
