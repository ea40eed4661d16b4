import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseDocument } from "yaml";
import { ConfigError, type ConfigIssue } from "../errors.ts";
import type { Source } from "../model/source.ts";
import { checkBriefings } from "./briefing-config.ts";
import { interpolateEnv } from "./interpolate.ts";
import { readablePath, toConfigIssues } from "./issues.ts";
import { configSchema, type ParsedConfig } from "./schema.ts";

/** The validated config with derived values filled in: source ids and order, absolute paths. */
export type Config = Omit<ParsedConfig, "sources" | "briefing"> & {
  sources: Source[];
  /** The briefing this config builds: its id is set by configForBriefing (absent: `default`). */
  briefing: ParsedConfig["briefing"] & {
    id?: string;
    /** The ids of the channels it is sent to (config `briefings[].channels`); absent: every one. */
    channels?: string[];
  };
  /** Folder of the config file; relative paths were resolved against it. */
  baseDir: string;
  file?: string;
};

export interface LoadOptions {
  env: Record<string, string | undefined>;
  /** Where relative paths point; defaults to the config file's folder. */
  baseDir: string;
  file?: string;
}

/** Parses YAML text, interpolates ${ENV}, validates, and reports every problem at once. */
export function parseConfig(text: string, options: LoadOptions): Config {
  const doc = parseDocument(text, { prettyErrors: true });
  const issues: ConfigIssue[] = doc.errors.map((e) => ({
    path: `line ${e.linePos?.[0]?.line ?? "?"}`,
    message: e.message.split("\n")[0] ?? e.message,
    hint: "fix the YAML syntax (indentation, quotes, colons)",
  }));
  if (issues.length > 0) throw new ConfigError(issues, options.file);
  const raw = interpolateEnv(doc.toJS() ?? {}, options.env, issues);
  // The variables' paths as a reader counts them (from 1, a source by its name).
  for (const issue of issues) issue.where ??= readablePath(pathParts(issue.path), raw);
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    // A variable that was not set already explains why its value is invalid: say it once.
    const unset = new Set(issues.map((i) => i.path));
    issues.push(...toConfigIssues(result.error, configSchema, raw).filter((i) => !unset.has(i.path)));
  }
  if (issues.length > 0 || !result.success) throw new ConfigError(issues, options.file);
  return resolveConfig(result.data, options);
}

/** "sources.0.url" → ["sources", 0, "url"]. */
function pathParts(path: string): (string | number)[] {
  return path ? path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [];
}

export function loadConfig(file: string, env: Record<string, string | undefined>): Config {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(
      [{ path: "", message: `cannot read ${path}`, hint: "run `daybrief init` to write a starter config" }],
      path,
    );
  }
  return parseConfig(text, { env, baseDir: dirname(path), file: path });
}

function resolveConfig(parsed: ParsedConfig, options: LoadOptions): Config {
  const issues: ConfigIssue[] = [];
  const seen = new Map<string, number>();
  const sources: Source[] = parsed.sources.map((s, order) => {
    const id = s.id ?? `src-${createHash("sha1").update(s.url).digest("hex").slice(0, 8)}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push({
        path: `sources.${order}.id`,
        where: `sources[#${order + 1} ${s.name}].id`,
        message: `duplicate source id "${id}" (also source #${earlier + 1})`,
        hint: "give each source its own id, or remove the repeated feed",
      });
    }
    seen.set(id, order);
    return {
      id,
      name: s.name,
      url: s.url,
      enabled: s.enabled,
      order,
      ...(s.tags?.length ? { tags: s.tags } : {}),
      ...(s.pages ? { pages: s.pages } : {}),
    };
  });
  if (parsed.dedup.judge && !parsed.llm) {
    issues.push({
      path: "dedup.judge",
      message: "needs an `llm` section",
      hint: "configure a provider (docs/llm.md) or set judge: false",
    });
  }
  const alert = parsed.health.alertChannel;
  if (alert && !parsed.channels.some((c) => c.id === alert)) {
    issues.push({
      path: "health.alertChannel",
      message: `no channel has the id "${alert}"`,
      hint: `use one of: ${parsed.channels.map((c) => c.id).join(", ") || "(no channels configured)"}`,
    });
  }
  issues.push(...checkBriefings({ ...parsed, sources }));
  if (issues.length > 0) throw new ConfigError(issues, options.file);
  return {
    ...parsed,
    sources,
    output: { ...parsed.output, dir: resolve(options.baseDir, parsed.output.dir) },
    store: { ...parsed.store, path: resolve(options.baseDir, parsed.store.path) },
    baseDir: options.baseDir,
    file: options.file,
  };
}
