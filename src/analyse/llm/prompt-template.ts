import { readFileSync } from "node:fs";
import { packageFile } from "../../package-files.ts";

/** A prompt file: a small header ("---\nversion: analyse.v1\n---") then the template body. */
export interface PromptTemplate {
  version: string;
  body: string;
  /** Where it was read from (for logs). */
  path?: string;
}

export interface PromptSet {
  analyse: PromptTemplate;
  gate: PromptTemplate;
  rubric: PromptTemplate;
}

/** The prompts/ folder at the package root (shipped in the npm package). */
export const DEFAULT_PROMPTS_DIR = `${packageFile("prompts")}/`;

/** Parses a prompt file; the version header is required so stored analyses can name their prompt. */
export function parsePromptTemplate(text: string, path?: string): PromptTemplate {
  const match = text.replace(/^\uFEFF/, "").match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  const version = match?.[1]?.match(/^version:\s*(\S+)\s*$/m)?.[1];
  if (!match || !version) throw new Error(`${path ?? "prompt"}: missing "---\\nversion: …\\n---" header`);
  return { version, body: (match[2] ?? "").trim(), path };
}

/** Reads the three prompt files once (at startup); paths come from config `llm.prompts`. */
export function loadPromptSet(paths: { analyse?: string; gate?: string; rubric?: string } = {}): PromptSet {
  const read = (path: string) => parsePromptTemplate(readFileSync(path, "utf8"), path);
  return {
    analyse: read(paths.analyse ?? `${DEFAULT_PROMPTS_DIR}analyse.v1.md`),
    gate: read(paths.gate ?? `${DEFAULT_PROMPTS_DIR}gate.v1.md`),
    rubric: read(paths.rubric ?? `${DEFAULT_PROMPTS_DIR}rubric.v1.md`),
  };
}

/** Replaces {{name}} placeholders; unknown ones stay visible so a typo shows in review. */
export function fillTemplate(body: string, values: Record<string, string>): string {
  return body.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
