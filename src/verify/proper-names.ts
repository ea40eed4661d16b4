// Names without a version: "超过 Gemini 和 Claude", "Karpathy 评价…", "Sam Altman 表示…", "在 MMLU
// 上". A digest invents them as easily as figures (a rival the article never compares with, a
// person it never quotes), and a versioned-name check (GPT-4o) never sees them. Each must be in the
// article: the same word in any case, an abbreviation the article spells out (RAG for 检索增强生成),
// or an organisation under another spelling (Google for 谷歌). A run of names ("Sam Altman",
// "Gemini Ultra") is checked by its last word, the one that says which.
import { spellingsOf } from "../model/org-aliases.ts";
import { blankUrls } from "./find-links.ts";
import { measureOf } from "./find-terms.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface ProperName {
  raw: string;
  index: number;
  end: number;
}

const TOKEN = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:['’.-][A-Za-z]+)*(?![A-Za-z0-9])/g;

/** Capitalised words every digest uses that name nothing in particular. */
const GENERIC = new Set(
  `AI AGI ASI API APIs GPU GPUs CPU CPUs NPU TPU TPUs LLM LLMs VLM VLMs MLLM MLLMs SOTA CEO CTO COO CFO
  PhD AI-native Agent Agents Token Tokens Transformer Transformers Benchmark Benchmarks Demo App Apps Web
  SDK IDE CLI UI UX SaaS PDF URL HTTP HTTPS JSON HTML Markdown OK
  Open Source AIGC ToB ToC B2B B2C KPI ROI FAQ DIY VR AR XR MR IT
  Q&A GitHub arXiv Hugging Face HuggingFace Scaling Law Infra Prompt Prompts`.split(/\s+/),
);

/** Capitalised English words at the start of a sentence that are words, not names. */
const SENTENCE_WORDS =
  /^(?:The|This|That|These|Those|It|Its|In|On|At|For|With|By|From|As|A|An|And|But|Or|If|When|While|After|Before|They|We|Our|He|She|His|Her|There|Here|What|Which|Who|How|Why|Also|However|Meanwhile|According|Unlike|Both|Each|All|Some|Most|More|New|Key|Its|One|Two|Three|Results?|Insights?|Limitations?|Core|Overall|Compared|Using|Based|To|Not|No|Yes|Only|Even|Still|Yet|So|Then|Now|Today|Our)$/;

/** Proper names in a piece of entry text: capitalised or camel-cased Latin words without digits. */
export function findProperNames(text: string): ProperName[] {
  const prose = blankUrls(text);
  const words = [...prose.matchAll(TOKEN)].map((m) => ({
    raw: m[0],
    index: m.index,
    end: m.index + m[0].length,
  }));
  const out: ProperName[] = [];
  for (const [i, w] of words.entries()) {
    if (/\d/.test(w.raw) || !/^[A-Z]|[a-z][A-Z]/.test(w.raw) || GENERIC.has(w.raw)) continue;
    // Digits glued on ("GPT-4o", "Qwen3") make a versioned name, checked as such.
    if (/^[-.]?\d/.test(prose.slice(w.end, w.end + 2)) || /\d[-.]?$/.test(prose.slice(w.index - 2, w.index)))
      continue;
    const sentenceStart = /(?:^|[.!?。！？]\s*)$/.test(
      prose.slice(Math.max(0, w.index - 3), w.index).trimEnd(),
    );
    if (sentenceStart && SENTENCE_WORDS.test(w.raw)) continue;
    // In a run ("Sam Altman", "Gemini Ultra") the last word says which: earlier words go with it.
    const next = words[i + 1];
    if (next && prose.slice(w.end, next.index) === " " && /^[A-Z]/.test(next.raw) && !/\d/.test(next.raw))
      if (!GENERIC.has(next.raw)) continue;
    out.push(w);
  }
  return out;
}

/** Whether the article names `name`: as a word, a spelled-out abbreviation, or another spelling of its org. */
export function checkProperName(name: string, index: ArticleIndex): { supported: boolean; reason: string } {
  const key = name.toLowerCase().replace(/['’.-]/g, "");
  if (index.terms.has(key)) return { supported: true, reason: "named in the article" };
  // "MAU" for an article's 月活跃用户: the measure it names is in the article.
  const measure = measureOf(key);
  if (measure && index.terms.has(measure))
    return { supported: true, reason: "named in the article as a measure" };
  const folded = index.folded;
  const esc = (s: string) => s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const spelling of spellingsOf(name)) {
    const latin = /^[\x20-\x7e]+$/.test(spelling);
    const found = latin
      ? new RegExp(`(?<![a-z0-9])${esc(spelling)}(?![a-z0-9])`).test(folded)
      : folded.includes(spelling);
    if (found) return { supported: true, reason: `named in the article as ${spelling}` };
  }
  return { supported: false, reason: `${name} is not named in the article` };
}
