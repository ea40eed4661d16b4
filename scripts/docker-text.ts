// The Dockerfile and .dockerignore read as text for `npm run lint:docker` (lint-docker.ts).

/** One Dockerfile instruction, with the index of the stage (FROM) it belongs to. */
export interface Instruction {
  op: string;
  args: string;
  stage: number;
}

/** Instructions with continuation lines joined and comments dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let stage = -1;
  const lines = text.split(/\r?\n/).filter((l) => !/^\s*#/.test(l));
  for (const logical of lines.join("\n").split(/(?<!\\)\n/)) {
    const line = logical.replace(/\\\n/g, " ").trim();
    if (!line) continue;
    const m = /^(\w+)\s+([\s\S]*)$/.exec(line);
    if (!m) continue;
    const op = m[1]!.toUpperCase();
    if (op === "FROM") stage++;
    out.push({ op, args: m[2]!.trim(), stage });
  }
  return out;
}

/** The words of an instruction: its JSON array form, or split on spaces. */
export function words(args: string): string[] {
  const text = args.trim();
  if (text.startsWith("[")) return JSON.parse(text) as string[];
  return text.split(/\s+/).filter(Boolean);
}

export function optionValue(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}

export function within(path: string, dir: string): boolean {
  const d = dir.replace(/\/$/, "");
  return path === d || path.startsWith(`${d}/`);
}

/** Whether .dockerignore excludes a path (or a folder above it). Patterns: `dir/`, `*.ext`, `**\/x`. */
export function dockerignoreMatcher(text: string): (path: string) => boolean {
  const patterns = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((p) => {
      const body = p.replace(/^\//, "").replace(/\/$/, "");
      const source = body
        .split("**/")
        .map((part) =>
          part
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, "[^/]*")
            .replace(/\?/g, "[^/]"),
        )
        .join("(?:.*/)?");
      return new RegExp(`^${source}$`);
    });
  return (path) => {
    const segments = path.split("/");
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join("/");
      if (patterns.some((re) => re.test(prefix))) return true;
    }
    return false;
  };
}
