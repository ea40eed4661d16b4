import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { packageFile } from "../package-files.ts";
import { PAGE_CSS } from "../render/html-style.ts";

/**
 * The app's own static files: beside this module when running from src/, in dist/static/ when
 * running the build (scripts/build.mjs copies them there). Read once, on first use.
 */
function staticFile(name: string): string {
  const beside = fileURLToPath(new URL(`./static/${name}`, import.meta.url));
  return readFileSync(existsSync(beside) ? beside : packageFile("dist", "static", name), "utf8");
}

let staticFiles: Record<string, { type: string; body: string }> | undefined;
export function staticOf(file: string): { type: string; body: string } | undefined {
  staticFiles ??= {
    "app.css": { type: "text/css; charset=utf-8", body: `${PAGE_CSS}\n${staticFile("app.css")}` },
    "search.js": { type: "text/javascript; charset=utf-8", body: staticFile("search.js") },
    "runs-live.js": { type: "text/javascript; charset=utf-8", body: staticFile("runs-live.js") },
    "review-order.js": { type: "text/javascript; charset=utf-8", body: staticFile("review-order.js") },
  };
  return Object.hasOwn(staticFiles, file) ? staticFiles[file] : undefined;
}
