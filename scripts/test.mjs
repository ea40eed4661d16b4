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
  env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
});
let tail = "";
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4000);
});
child.on("close", (code) => {
  const count = (label) => Number(tail.match(new RegExp(`^\\S*\\s*${label} (\\d+)`, "m"))?.[1] ?? 0);
  const passed = count("pass");
  const failed = count("fail");
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code === 0 && passed > 0 ? 0 : 1);
});
