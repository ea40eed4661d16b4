import { findOrgs, ORG_ALIASES } from "../../model/org-aliases.ts";

/**
 * Named things (models, benchmarks, products, methods) as articles write them: a Latin name with a
 * version (Xcode 26.3, MiniCPM-o 4.5), a hyphenated or CamelCase name (CL-bench, GenEval,
 * FlashPrune), or an all-caps acronym of 3+ letters the title introduces (STAR). Org names are not
 * things here (they are the org), nor generic words (Windows, API, LLM).
 */
const NAME =
  /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-.·][A-Za-z0-9]+)*(?:\s(?:\d+(?:\.\d+)*|[A-Z][a-z]+))?(?![A-Za-z0-9])/g;
const GENERIC = new Set(
  "AI AGI API APIs LLM LLMs VLM VLA MLLM GPU GPUs CPU TPU SOTA IDE App Apps AR VR PR PRs RAG MoE CoT RL RLHF KV Cache Token Tokens Agent Agents Agentic Transformer Benchmark Demo GitHub Github Hugging Face Paper Code Project Model Models Open Source Windows Mac macOS Linux iOS Android Python Prompt Skills MCP PDF Word Excel PPT SEO UI IPO CEO CTO The This In We Our".split(
    " ",
  ),
);
const ORG_WORDS = new Set(
  Object.entries(ORG_ALIASES)
    .flatMap(([name, aliases]) => [name, ...aliases])
    .map((w) => w.toLowerCase()),
);

/** Named things in `text`, in order of appearance, each once. */
export function findNamedThings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME)) {
    const name = m[0].trim();
    const base = name.split(/\s/)[0]!;
    // "Qwen" alone is the org; "Skywork Desktop" is a product of it.
    if (GENERIC.has(base) || ORG_WORDS.has(name.toLowerCase())) continue;
    const versioned = /\s\d/.test(name) || /\d/.test(base);
    const shaped =
      /[-·]/.test(base) ||
      /[a-z][A-Z]/.test(base) ||
      /^[A-Z]{3,}$/.test(base) ||
      /^[a-z]{3,}\.(?:ai|io|com|app)$/.test(base);
    const titled = /^[A-Z]/.test(base) && /\s[A-Z][a-z]+$/.test(name);
    if (!(versioned || shaped || titled)) continue;
    if (base.length < 3 && !versioned) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Names a title gives, loosest first-class reading: its named things, then capitalised Latin words
 * (Lumen, Sora) that are no generic word and no org — what a clause may share as its subject.
 */
export function titleNames(title: string): string[] {
  const out = findNamedThings(title);
  for (const m of title.matchAll(/(?<![A-Za-z0-9])[A-Z][a-z]{2,}(?![A-Za-z0-9])/g)) {
    if (GENERIC.has(m[0]) || ORG_WORDS.has(m[0].toLowerCase()) || out.some((n) => n.includes(m[0]))) continue;
    out.push(m[0]);
  }
  return out;
}

/** What the title is about: its first named thing, else undefined. */
export function titleSubject(title: string): string | undefined {
  return findNamedThings(title)[0];
}

/** Org aliases and names the title mentions (for the news sentence's actor). */
export function titleActors(title: string): string[] {
  return findOrgs(title).flatMap((m) => [m.name, ...(ORG_ALIASES[m.name] ?? [])]);
}
