#!/usr/bin/env node
// The installed CLI runs the built JavaScript in dist/ (`npm run build`, run by `npm pack` through
// prepack). A git checkout without a build runs the TypeScript sources through tsx instead (a dev
// dependency): slower to start, always current. `npm run daybrief` always runs the sources, and
// DAYBRIEF_FROM_SOURCE=1 makes this file do so too (the test runner sets it, so a stale dist/ left
// by an earlier build is never what the tests exercise).
//
// A command that runs the pipeline (run, schedule, serve, worker, demo) is started again in a child
// process with a V8 heap cap and MALLOC_ARENA_MAX=2 when the user has not set them (launch.mjs;
// DAYBRIEF_HEAP_MB=0: neither, no child).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchPlan, runLaunched } from "./launch.mjs";

const argv = process.argv.slice(2);
let plan;
try {
  plan = launchPlan({ argv, env: process.env, execArgv: process.execArgv });
} catch (error) {
  process.stderr.write(`daybrief: ${error.message}\n`);
  process.exit(2);
}
if (plan) {
  process.exitCode = await runLaunched(fileURLToPath(import.meta.url), argv, plan);
} else {
  const built = new URL("../dist/main.js", import.meta.url);
  if (existsSync(built) && process.env.DAYBRIEF_FROM_SOURCE !== "1") {
    await import(built.href);
  } else {
    let register;
    try {
      ({ register } = await import("tsx/esm/api"));
    } catch {
      process.stderr.write("daybrief: dist/ is missing and tsx is not installed: run `npm run build` (or `npm ci`).\n");
      process.exit(70);
    }
    register();
    await import("../src/main.ts");
  }
}
