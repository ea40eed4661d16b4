import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A file shipped with the package (prompts/, demo/), found from the package root: the nearest folder
 * above this module that holds a package.json. The same call works from src/ (development, tsx),
 * from the bundled dist/ (the built CLI) and from node_modules/daybrief (an installed package),
 * where a path relative to this module's own folder would differ in depth.
 */
export function packageFile(...segments: string[]): string {
  return join(packageRoot(fileURLToPath(import.meta.url)), ...segments);
}

/** The nearest folder at or above `from`'s folder that holds a package.json. */
export function packageRoot(from: string): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}
