import { createHash } from "node:crypto";
import type { OutputLanguage } from "./build-messages.ts";
import type { PromptSet } from "./prompt-template.ts";

/**
 * The prompt version analyses are stored under. The labels say which template; the hash says what
 * it really said (an edited file without a new label, another language), so a changed prompt never
 * reuses an old analysis.
 */
export function promptVersionOf(prompts: PromptSet, language: OutputLanguage, gate: boolean): string {
  const used = [prompts.analyse, prompts.rubric, ...(gate ? [prompts.gate] : [])];
  const digest = createHash("sha256")
    .update([language, ...used.map((p) => p.body)].join("\u0000"))
    .digest("hex")
    .slice(0, 8);
  return `${used.map((p) => p.version).join("+")}#${digest}`;
}
