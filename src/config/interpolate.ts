import type { ConfigIssue } from "../errors.ts";

/**
 * Replaces ${NAME} and ${NAME:-default} in every string of a parsed YAML tree, so secrets stay in
 * the environment. A variable that is unset (and has no default) is reported with its path.
 */
export function interpolateEnv(
  value: unknown,
  env: Record<string, string | undefined>,
  issues: ConfigIssue[],
  path: string[] = [],
): unknown {
  if (typeof value === "string") {
    return value.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
      (_m, name: string, fallback?: string) => {
        const found = env[name];
        if (found !== undefined && found !== "") return found;
        if (fallback !== undefined) return fallback;
        issues.push({
          path: path.join("."),
          message: `environment variable ${name} is not set`,
          kind: "envUnset",
          params: { name, ref: `\${${name}:-…}` },
          hint: `export ${name}=… before running, or write \${${name}:-default}`,
        });
        return "";
      },
    );
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, issues, [...path, String(i)]));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, issues, [...path, k])]),
    );
  }
  return value;
}

/** The names of the variables a config text references as ${NAME} (their values are secrets to redact). */
export function listEnvReferences(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}/g)].map((m) => m[1]!))];
}
