import { configJsonSchema } from "../../config/index.ts";
import { createProvidersFromConfig } from "../../llm/index.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";

/** `daybrief config schema`: the JSON Schema for editor completion. */
export function configSchemaCommand(ctx: CliContext): number {
  print(ctx.stdout, JSON.stringify(configJsonSchema(), null, 2));
  return 0;
}

/** `daybrief config check`: validates the file and prints a one-line summary. */
export function configCheckCommand(ctx: CliContext, options: { config?: string }): number {
  const config = loadCliConfig(ctx, options.config);
  // Building the providers checks what only the environment can tell: the API key variables.
  // Nothing is sent: the fetch is never called.
  if (config.llm) createProvidersFromConfig(config.llm, { fetch: neverFetch, env: ctx.env });
  const t = messagesOf(ctx);
  const enabled = config.sources.filter((s) => s.enabled).length;
  const analyser = config.llm
    ? t("config.llmChain", { chain: config.llm.providers.map((p) => p.id).join(" → ") })
    : t("config.offline");
  print(ctx.stdout, t("config.ok", { file: config.file, sources: enabled, zone: config.timezone, analyser }));
  return 0;
}

const neverFetch: typeof fetch = () => Promise.reject(new Error("config check: no request is sent"));
