import type { Database } from "better-sqlite3";
import type { Entry } from "../model/index.ts";
import { indexedText } from "../model/search-text.ts";
import { parseJson } from "./values.ts";

/** How much of an article's text is indexed (characters); the rest is not searchable. */
export const INDEXED_TEXT_CHARS = 20_000;

/** The texts of an entry searched as its summary: the summary, then every section's lead and bullets. */
export function entryText(json: string | null): string {
  const entry = parseJson<Partial<Entry> | null>(json, null);
  if (!entry || typeof entry !== "object") return "";
  const parts: string[] = [String(entry.summary ?? "")];
  const walk = (bullets: unknown): void => {
    if (!Array.isArray(bullets)) return;
    for (const b of bullets as { label?: unknown; text?: unknown; children?: unknown }[]) {
      parts.push(String(b?.label ?? ""), String(b?.text ?? ""));
      walk(b?.children);
    }
  };
  for (const section of [entry.core, entry.results, entry.insights]) {
    parts.push(String(section?.lead ?? ""));
    walk(section?.bullets);
  }
  return indexedText(parts.join("\n"));
}

/** Registers the tokenising SQL functions the index's triggers and migration call. */
export function registerSearchFunctions(db: Database): void {
  db.function("search_tokens", { deterministic: true }, (text: unknown) =>
    indexedText(typeof text === "string" ? text.slice(0, INDEXED_TEXT_CHARS) : null),
  );
  db.function("search_entry_text", { deterministic: true }, (json: unknown) =>
    entryText(typeof json === "string" ? json : null),
  );
}
