import { configJsonSchema } from "../../config/index.ts";
import { type CliContext, print } from "../context.ts";
import { loadCliConfig } from "../load.ts";

/** `daybrief config schema`: the JSON Schema for editor completion. */
export function configSchemaCommand(ctx: CliContext): number {
  print(ctx.stdout, JSON.stringify(configJsonSchema(), null, 2));
  return 0;
}

/** `daybrief config check`: validates the file and prints a one-line summary. */
export function configCheckCommand(ctx: CliContext, options: { config?: string }): number {
  const config = loadCliConfig(ctx, options.config);
  const enabled = config.sources.filter((s) => s.enabled).length;
  print(ctx.stdout, `${config.file}: ok — ${enabled} source(s), time zone ${config.timezone}`);
  return 0;
}
