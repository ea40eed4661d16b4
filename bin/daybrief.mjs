#!/usr/bin/env node
// The installed CLI runs the built JavaScript in dist/ (`npm run build`, run by `npm pack` through
// prepack). A git checkout without a build runs the TypeScript sources through tsx instead (a dev
// dependency): slower to start, always current. `npm run daybrief` always runs the sources, and
// DAYBRIEF_FROM_SOURCE=1 makes this file do so too (the test runner sets it, so a stale dist/ left
// by an earlier build is never what the tests exercise).
import { existsSync } from "node:fs";

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
