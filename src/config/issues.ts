import type { z } from "zod";
import type { ConfigIssue } from "../errors.ts";

const KNOWN_HINTS: Record<string, string> = {
  sources: "list feeds as `- name: 机器之心` + `url: https://…`",
  "sources.name": "give the source a display name, e.g. name: 机器之心",
  "sources.url": "the feed's address, e.g. https://example.com/feed.xml",
  "llm.providers.id": "a short name for the provider, e.g. id: deepseek",
  "channels.type": "one of feishu, dingtalk, wecom, telegram, slack, discord, email, webhook",
  "briefing.minStars": "a whole number from 1 to 5",
  "fetch.allowPrivate": "e.g. nas.local, nas.local:8080, 192.168.1.20, 192.168.1.20:8080 or 192.168.1.0/24",
};

/**
 * Turns zod's issues into ours: a dotted path, a plain message and, where we know one, a fix. With
 * the schema and the raw (parsed YAML) config, an unknown key gets the nearest known key ("did you
 * mean") and each issue a `where` that counts list items from 1 and names a source by its name.
 */
export function toConfigIssues(error: z.ZodError, schema?: z.ZodType, raw?: unknown): ConfigIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const where = raw === undefined ? undefined : readablePath(issue.path, raw);
    if (issue.code === "unrecognized_keys") {
      const moved = path === "" && issue.keys.includes("language");
      const known = schema ? knownKeysAt(schema, issue.path) : [];
      const suggestions = issue.keys.map((k) => nearestKey(k, known) ?? "");
      const found = suggestions.filter(Boolean);
      return {
        path,
        ...(where !== undefined ? { where } : {}),
        message: `unknown key(s): ${issue.keys.join(", ")}`,
        unknownKeys: [...issue.keys],
        suggestions,
        hint: moved
          ? "the briefing language is now llm.language (the offline analyser keeps the article's language)"
          : found.length > 0
            ? `did you mean ${found.join(", ")}?`
            : "check the spelling against `daybrief config schema`",
      };
    }
    const generic = path.replace(/\.\d+(?=\.|$)/g, "");
    const hintKey = KNOWN_HINTS[path] ? path : KNOWN_HINTS[generic] ? generic : undefined;
    return {
      path,
      ...(where !== undefined ? { where } : {}),
      message: plainMessage(issue),
      ...kindOf(issue),
      ...(hintKey ? { hint: KNOWN_HINTS[hintKey], hintKey } : {}),
    };
  });
}

/**
 * "sources[#2 量子位].url", "channels[#1 feishu].webhook", "llm.providers[#1]": list items counted
 * from 1 as a reader counts them, named by their `name` (or `id`) when they have one.
 */
export function readablePath(path: readonly PropertyKey[], raw: unknown): string {
  let out = "";
  let node: unknown = raw;
  for (const part of path) {
    if (typeof part === "number") {
      const item = Array.isArray(node) ? (node[part] as Record<string, unknown> | undefined) : undefined;
      const label = item && typeof item === "object" ? (item.name ?? item.id) : undefined;
      out += `[#${part + 1}${typeof label === "string" && label ? ` ${label}` : ""}]`;
      node = item;
    } else {
      out += out ? `.${String(part)}` : String(part);
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[String(part)] : undefined;
    }
  }
  return out;
}

/**
 * The keys an object of the schema accepts at a path (list indexes step into the item; a union,
 * such as the channel types, offers the keys of all its options).
 */
export function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const def = defOf(unwrap(schema));
  if (!def) return [];
  if (def.type === "union" && Array.isArray(def.options))
    return [...new Set(def.options.flatMap((option) => knownKeysAt(option, path)))];
  if (path.length === 0) return def.type === "object" ? Object.keys(def.shape as object) : [];
  const [part, ...rest] = path;
  if (typeof part === "number") return def.type === "array" ? knownKeysAt(def.element, rest) : [];
  if (def.type !== "object") return [];
  const child = (def.shape as Record<string, unknown>)[String(part)];
  return child ? knownKeysAt(child, rest) : [];
}

interface Def {
  type: string;
  shape?: unknown;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  getter?: () => unknown;
  options?: unknown[];
}

function defOf(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** Through optional/default/prefault/nullable/pipe/lazy wrappers to the shape that has keys. */
function unwrap(node: unknown): unknown {
  for (let i = 0; i < 20; i++) {
    const def = defOf(node);
    if (!def) return node;
    if (def.innerType) node = def.innerType;
    else if (def.type === "pipe") node = def.in;
    else if (def.type === "lazy" && def.getter) node = def.getter();
    else return node;
  }
  return node;
}

/** The known key nearest to `key` by edit distance, when it is near enough to be a typo. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(key.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** Levenshtein distance (insert, delete, substitute; a swap of neighbours counts as one). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The kind of a zod issue and its values, for a front end to say in its own language. */
function kindOf(issue: z.core.$ZodIssue): Pick<ConfigIssue, "kind" | "params"> {
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message))
    return { kind: "missing", params: { expected: String(issue.expected) } };
  if (issue.code === "invalid_format" && issue.format === "url") return { kind: "url" };
  if (issue.code === "invalid_value" && "values" in issue)
    return { kind: "oneOf", params: { values: issue.values.map((v) => JSON.stringify(v)).join(", ") } };
  if (issue.code === "too_big" && typeof issue.maximum === "number")
    return { kind: "tooBig", params: { maximum: issue.maximum } };
  if (issue.code === "too_small" && typeof issue.minimum === "number")
    return { kind: "tooSmall", params: { minimum: issue.minimum } };
  return {};
}

/** zod's wording, said the way a config author reads it. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) {
    return `missing: this key is required (${issue.expected})`;
  }
  if (issue.code === "invalid_format" && issue.format === "url") return "not a valid http(s) URL";
  if (issue.code === "invalid_value" && "values" in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return issue.message;
}
