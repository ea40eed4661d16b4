/** Reads the parts of a Markdown document the doc tests compare: headings, fenced blocks, commands, links. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface Fence {
  lang: string;
  text: string;
}

/** The document without its fenced code blocks (headings and links inside them do not count). */
export function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, "");
}

/** Heading levels in order (`["#", "##", "###", …]`): the structure two translations must share. */
export function headingLevels(markdown: string): string[] {
  return [...prose(markdown).matchAll(/^(#{1,6}) \S/gm)].map((m) => m[1]!);
}

export function fences(markdown: string): Fence[] {
  return [...markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => ({
    lang: m[1]!.trim(),
    text: m[2]!,
  }));
}

/** The shell commands of the `sh` blocks: continuations joined, comments and blank lines dropped. */
export function shellCommands(markdown: string): string[] {
  const out: string[] = [];
  for (const fence of fences(markdown).filter((f) => f.lang === "sh")) {
    const joined = fence.text.replace(/\\\n\s*/g, " ");
    for (const raw of joined.split("\n")) {
      // A comment starts at a # after whitespace, outside quotes (commands here quote no #).
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (line) out.push(line.replace(/\s+/g, " "));
    }
  }
  return out;
}

/** Relative link targets (`[x](docs/a.md#part)` → `docs/a.md`) that do not exist next to `file`. */
export function brokenRelativeLinks(markdown: string, file: string): string[] {
  const broken: string[] = [];
  for (const m of prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    const path = decodeURIComponent(target.split("#")[0]!);
    if (!existsSync(resolve(dirname(file), path))) broken.push(target);
  }
  return broken;
}

/** A value of the right shape for each `${NAME}` a config text references (for loading examples). */
export function dummyEnvFor(names: Iterable<string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of names) {
    env[name] = /WEBHOOK/.test(name)
      ? "https://hooks.example.com/dummy"
      : name === "TELEGRAM_BOT_TOKEN"
        ? "123456:ABC-dummy"
        : /SMTP_(FROM|TO)/.test(name)
          ? "me@example.com"
          : "dummy-value";
  }
  return env;
}
