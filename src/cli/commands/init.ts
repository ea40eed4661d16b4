import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { STARTER_CONFIG } from "../../config/index.ts";
import { UsageError } from "../../errors.ts";
import { type CliContext, print } from "../context.ts";
import { DEFAULT_CONFIG_FILE } from "../load.ts";

/** `daybrief init`: writes the commented starter config (never over an existing one unless --force). */
export function initCommand(ctx: CliContext, options: { config?: string; force?: boolean }): number {
  const path = resolve(ctx.cwd, options.config ?? DEFAULT_CONFIG_FILE);
  if (existsSync(path) && !options.force) {
    throw new UsageError(`${path} exists already — pass --force to overwrite it`);
  }
  writeFileSync(path, STARTER_CONFIG);
  print(ctx.stdout, `wrote ${path}`);
  print(ctx.stdout, "next: `daybrief run` collects today's articles and writes the briefing");
  return 0;
}
