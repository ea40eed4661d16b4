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
    // "for 38 days", "in 2026": a lower-case word before a number is prose, not a versioned name.
    if (/^[a-z]+$/.test(base) && /\s\d/.test(name)) continue;
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

/** A category noun right before a name ("智能体OpenClaw", "基准 CL-bench"): the title introduces its subject. */
const CATEGORY_BEFORE =
  /(?:智能体|模型|大模型|框架|基准|平台|工具|芯片|系统|方法|产品|应用|助手|项目|引擎|数据集|算法|插件|编辑器|agent|model|framework|benchmark|tool|platform)\s*$/i;
/** An action right after a name ("DeskMate 2.0发布", "OpenClaw却被曝"): the name is the clause's subject. */
const ACTION_AFTER =
  /^\s*(?:(?:却|又|也|正式|刚刚|已)?(?:发布|开源|推出|上线|被曝|曝出|登顶|刷新|更新|升级|来了)|(?:releases|launches|raises|lets|introduces|is|tops|beats))/i;
/**
 * A name in a passing role: a range's end ("从树莓派到M3 Ultra都能跑"), a rival ("打败Gemini 1.5
 * Flash", "beating GPT-4o"), a benchmark it scored on ("on miniF2F", "在 LongBench 上").
 */
const PASSING_BEFORE =
  /(?:到|从|比|打败|击败|超越|超过|对标|媲美|碾压|胜过|beating|than|vs\.?|versus|on|在)\s*$/i;

/**
 * What the title is about: of its named things, the one the article is about — introduced by a
 * category noun or acting in the title, mentioned most in the body — not a passing mention (the
 * hardware a tool runs on, the rival it beat). Ties go to title order; undefined when the title
 * names nothing.
 */
export function titleSubject(title: string, text = ""): string | undefined {
  return rankTitleNames(title, text)[0];
}

/** The title's named things, the article's subject first (see titleSubject); passing mentions last. */
export function rankTitleNames(title: string, text = ""): string[] {
  const names = findNamedThings(title);
  const mentions = (name: string) => (text ? text.split(name.split(/\s/)[0]!).length - 1 : 0);
  const scored = names.map((name, order) => ({
    name,
    order,
    score: mentions(name) + 3 * titleRole(title, name),
  }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.name);
}

/** +1 for a name the title introduces or makes act, −1 for a passing one, 0 otherwise. */
export function titleRole(title: string, name: string): number {
  const at = title.indexOf(name);
  if (at < 0) return 0;
  const before = title.slice(Math.max(0, at - 8), at);
  const after = title.slice(at + name.length, at + name.length + 12);
  if (PASSING_BEFORE.test(before)) return -1;
  return CATEGORY_BEFORE.test(before) || ACTION_AFTER.test(after) ? 1 : 0;
}

/** Org aliases and names the title mentions (for the news sentence's actor). */
export function titleActors(title: string): string[] {
  return findOrgs(title).flatMap((m) => [m.name, ...(ORG_ALIASES[m.name] ?? [])]);
}
