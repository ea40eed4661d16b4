// Builds the published CLI: src/main.ts → dist/ as ES modules with source maps. Bundled (our code in a
// few files, so a start reads a handful of modules instead of ~300), packages left external (they are
// the package's dependencies), split at the commands' dynamic imports so `--help` loads none of them.
import { cpSync, rmSync } from "node:fs";
import { build } from "esbuild";

rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true });
await build({
  // The search thread is a module of its own: a worker loads it by path (store/search-threads.ts).
  entryPoints: { main: "src/main.ts", "search-thread": "src/store/search-thread.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  sourcesContent: false,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
// The web app's own static files (src/server/static), read at run time from dist/static/.
cpSync(new URL("../src/server/static/", import.meta.url), new URL("../dist/static/", import.meta.url), {
  recursive: true,
});
