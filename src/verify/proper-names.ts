// Names without a version: "超过 Gemini 和 Claude", "Karpathy 评价…", "Sam Altman 表示…", "在 MMLU
// 上". A digest invents them as easily as figures (a rival the article never compares with, a
// person it never quotes), and a versioned-name check (GPT-4o) never sees them. Each must be in the
// article: the same word in any case, an abbreviation the article spells out (RAG for 检索增强生成),
// or an organisation under another spelling (Google for 谷歌). A run of names ("Sam Altman",
// "Gemini Ultra") is checked by its last word, the one that says which.
import { spellingsOf } from "../model/org-aliases.ts";
import { genericCompound, withoutPossessive } from "./english-name-forms.ts";
import { blankUrls } from "./find-links.ts";
import { measureOf } from "./find-terms.ts";
import type { ArticleIndex } from "./index-article.ts";
import { articleGivesMonth, monthOf } from "./month-names.ts";
import { romanisedWithTail } from "./romanised-names.ts";
import { NAME_LONG_FORMS } from "./term-glossary.ts";

export interface ProperName {
  raw: string;
  index: number;
  end: number;
}

const TOKEN = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:['’.-][A-Za-z]+)*(?![A-Za-z0-9])/g;

/** Capitalised words every digest uses that name nothing in particular. */
const GENERIC = new Set(
  `AI AGI ASI API APIs GPU GPUs CPU CPUs NPU TPU TPUs LLM LLMs VLM VLMs MLLM MLLMs SOTA
  PhD AI-native Agent Agents Token Tokens Transformer Transformers Benchmark Benchmarks Demo App Apps Web
  SDK IDE CLI UI UX SaaS PDF URL HTTP HTTPS JSON HTML Markdown OK
  Open Source AIGC ToB ToC B2B B2C KPI ROI FAQ DIY VR AR XR MR IT
  Q&A GitHub arXiv Hugging Face HuggingFace Scaling Law Infra Prompt Prompts`.split(/\s+/),
);

/**
 * Roles ("CTO of 数衡科技", "Chairman 罗正平"): a role the article gives nobody is invented, so each
 * must be in the article in some language (term-glossary.ts: CTO = 首席技术官, VP = 副总裁).
 */
const ROLES = new Set(["CEO", "CTO", "COO", "CFO", "VP", "Chairman", "Founder", "Cofounder"]);

/** Capitalised English words at the start of a sentence that are words, not names. */
const SENTENCE_WORDS =
  /^(?:The|This|That|These|Those|It|Its|In|On|At|For|With|By|From|As|A|An|And|But|Or|If|When|While|After|Before|They|We|Our|He|She|His|Her|There|Here|What|Which|Who|How|Why|Also|However|Meanwhile|According|Unlike|Both|Each|All|Some|Most|More|New|Key|Its|One|Two|Three|Results?|Insights?|Limitations?|Core|Overall|Compared|Using|Based|To|Not|No|Yes|Only|Even|Still|Yet|So|Then|Now|Today|Our)$/;

/**
 * An English word that starts a sentence in English ("Samples have gone…", "Adjusted net loss…"),
 * not a name: first letter capital only, English running on after it in lower case, its lower-case
 * form written elsewhere in the entry or an English word ending (-ed, -ing, -tion, -ive…), never
 * capitalised again inside the text, and no organisation's spelling (Apple, Meta stay names).
 */
function ordinaryWord(prose: string, w: ProperName, lowerWords: ReadonlySet<string>): boolean {
  // Running on in lower case, into a figure ("About 60%") or a generic word ("Gaming GPU revenue").
  const next = /^ ([A-Za-z]+|\d|[$¥€£])/.exec(prose.slice(w.end, w.end + 12))?.[1];
  if (!/^[A-Z][a-z]+(?:-[a-z]+)*$/.test(w.raw)) return false;
  const lower = w.raw.toLowerCase();
  const after = prose.slice(w.end, w.end + 40);
  // "Notably, …" beside the entry's "notable": an adverb set off by a comma.
  const commaAdverb = after.startsWith(",") && adverb(lower, after, lowerWords);
  if (!commaAdverb && (!next || !(/^[a-z\d$¥€£]/.test(next) || GENERIC.has(next)))) return false;
  const english =
    lowerWords.has(lower) ||
    ENGLISH_ENDING.test(lower) ||
    /-[a-z]+$/.test(lower) ||
    OPENERS.has(lower) ||
    inflectedIn(lower, lowerWords) ||
    adverb(lower, after, lowerWords) ||
    // "Head of Kaiyang…", "Questionnaire of 2,400…", "Poll of data engineers": a role heading an
    // "of" phrase (whose name is checked on its own), or a noun before a count or a plain noun.
    // "Databricks of Kaiyang University" is a firm placed, no such thing.
    (after.startsWith(" of ") &&
      (ROLE_HEADS.has(lower) || /^ of (?:\d|(?!(?:the|a|an) )[a-z])/.test(after))) ||
    describes(lower, after);
  if (!english || spellingsOf(w.raw).length > 1) return false;
  // Capitalised again where no sentence starts: a name after all.
  for (const m of prose.slice(w.end).matchAll(new RegExp(`(?<![A-Za-z])${w.raw}(?![A-Za-z])`, "g")))
    if (!/(?:^|[.!?。！？：:])$/.test(prose.slice(0, w.end + m.index).trimEnd())) return false;
  return true;
}
const ENGLISH_ENDING = /(?:[a-z]{4}[^e]ed|ing|tions?|sions?|ments?|ness|ives?|ful|less|als|ures)$/;

/**
 * "Mainly for…", "Largely because…": an adverb in -ly before a word no verb is, or before a comma
 * when the entry writes its stem ("Notably," beside "notable"). "Grammarly found…" runs into a verb.
 */
function adverb(lower: string, after: string, lowerWords: ReadonlySet<string>): boolean {
  const stem = /^([a-z]{4,})ly$/.exec(lower)?.[1];
  if (!stem) return false;
  if (
    /^ (?:for|because|from|to|with|in|on|by|as|at|due|through|via|among|across|over|under|the|a|an|this|these|those|its|their|it|they|we|not|than) /.test(
      after,
    )
  )
    return true;
  return (
    after.startsWith(",") &&
    [stem, `${stem}e`, `${stem}le`, stem.replace(/i$/, "y")].some((s) => lowerWords.has(s))
  );
}

/** Roles heading an "of" phrase: "Head of …", "Director of …". */
const ROLE_HEADS = new Set(
  "head heads chief director directors president dean chair leader leaders lead member members manager editor author authors professor".split(
    " ",
  ),
);

/**
 * "Independent evaluator Kaiyang Eval", "Team lead 程野": a describing word, then a describing noun,
 * then the name it describes (checked on its own). "Accenture analyst Li Ming" and "Brennan praised
 * Chengjiang University" are no such thing: the first word must itself describe.
 */
function describes(lower: string, after: string): boolean {
  const noun = /^ ([a-z]{3,}) (?:[A-Z]|[\u4e00-\u9fff])/.exec(after)?.[1];
  return !!noun && DESCRIBERS.has(noun) && (DESCRIBERS.has(lower) || MODIFIERS.has(lower));
}
const DESCRIBERS = new Set(
  `evaluator evaluators lead leads engineer engineers analyst analysts researcher researchers professor
  professors scientist scientists team teams company companies startup startups founder founders cofounder
  developer developers author authors reporter reporters editor editors investor investors partner partners
  member members student students lab labs firm firms vendor vendors maker makers chipmaker provider
  providers platform community university institute group director manager officer chief head leader
  contributor contributors consultant consultants expert experts reviewer reviewers tester testers user users staff project research`.split(
    /\s+/,
  ),
);
const MODIFIERS = new Set(
  `independent senior junior associate assistant former principal veteran outside external deputy executive
  managing general visiting adjunct founding chief lead staff data software security hardware product
  technical fellow rival domestic overseas local young leading early third`.split(/\s+/),
);

/** "Survey" where the entry writes "surveyed", "Developer" beside "developers": an inflection of it. */
function inflectedIn(lower: string, lowerWords: ReadonlySet<string>): boolean {
  const INFLECTION = /^(?:s|es|d|ed|ing|er|ers)$/;
  for (const lw of lowerWords) {
    if (lw.length < 4 || lw === lower) continue;
    if (lw.startsWith(lower) ? INFLECTION.test(lw.slice(lower.length)) : false) return true;
    if (lower.startsWith(lw) && INFLECTION.test(lower.slice(lw.length))) return true;
  }
  return false;
}
/** Common English words that open a news sentence ("Net profit…", "First author…", "Researchers from…"). */
const OPENERS = new Set(
  `about around roughly nearly almost over under some first second third last next net gross total
  annual average data most many several few other another every such early earlier later since until
  despite across among within researchers analysts investors developers users customers engineers
  scientists experts regulators officials employees staff shares sales revenue profit prices pricing
  demand growth training inference performance gaming cloud enterprise consumer domestic overseas`.split(
    /\s+/,
  ),
);

export interface FindProperNamesOptions {
  /** Length of a bullet's label written before its text ("Design："): its plain words are a heading. */
  labelEnd?: number;
  /** Latin words the whole entry writes in lower case: their capitalised sentence starts are words. */
  lowerWords?: ReadonlySet<string>;
}

/** Proper names in a piece of entry text: capitalised or camel-cased Latin words without digits. */
export function findProperNames(text: string, options: FindProperNamesOptions = {}): ProperName[] {
  const labelEnd = options.labelEnd ?? 0;
  const prose = blankUrls(text);
  const words = [...prose.matchAll(TOKEN)].map((m) => ({
    raw: m[0],
    index: m.index,
    end: m.index + m[0].length,
  }));
  const out: ProperName[] = [];
  for (const [i, w] of words.entries()) {
    // A label's plain title-case word ("Design：", "Earn-out：") is a heading; "LiveCodeBench：" names.
    if (w.index < labelEnd && /^[A-Z][a-z]+(?:-[a-z]+)*$/.test(w.raw) && spellingsOf(w.raw).length === 1)
      continue;
    if (/\d/.test(w.raw) || !/^[A-Z]|[a-z][A-Z]/.test(w.raw) || GENERIC.has(w.raw)) continue;
    // "A-share-listed", "X-ray": a letter made an English compound, no name.
    if (/^[A-Z]-[a-z]{3,}(?:-[a-z]+)*$/.test(w.raw)) continue;
    if (ROLES.has(w.raw)) {
      out.push(w);
      continue;
    }
    // Digits glued on ("GPT-4o", "Qwen3") make a versioned name, checked as such.
    if (/^[-.]?\d/.test(prose.slice(w.end, w.end + 2)) || /\d[-.]?$/.test(prose.slice(w.index - 2, w.index)))
      continue;
    const sentenceStart =
      /(?:^|[.!?。！？]\s*)$/.test(prose.slice(Math.max(0, w.index - 3), w.index).trimEnd()) ||
      (labelEnd > 0 && prose.slice(labelEnd, w.index).trim() === "");
    if (sentenceStart && SENTENCE_WORDS.test(w.raw)) continue;
    if (sentenceStart && ordinaryWord(prose, w, options.lowerWords ?? new Set())) continue;
    if (genericCompound(w.raw, GENERIC, sentenceStart)) continue;
    // In a run ("Sam Altman", "Gemini Ultra") the last word says which: earlier words go with it.
    const next = words[i + 1];
    if (next && prose.slice(w.end, next.index) === " " && /^[A-Z]/.test(next.raw) && !/\d/.test(next.raw))
      if (!GENERIC.has(next.raw)) continue;
    out.push(w);
  }
  return out;
}

/** Whether a word of the publisher's name ("Alder Labs Blog") is `name` ("Labs"), as a whole word. */
function publisherNames(publisher: string | undefined, name: string, folded: string): boolean {
  if (!publisher || !/^[A-Za-z][A-Za-z0-9]+$/.test(name) || PUBLICATION.test(name)) return false;
  const words = publisher.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 1);
  if (!words.some((w) => w.toLowerCase() === name.toLowerCase())) return false;
  // Only the publisher the article itself names: "Labs" of "Alder Labs Blog" when the text says
  // "Alder" (not any entry's "Maple Labs").
  return words.some(
    (w) =>
      w.toLowerCase() !== name.toLowerCase() &&
      !PUBLICATION.test(w) &&
      new RegExp(`(?<![a-z0-9])${w.toLowerCase()}(?![a-z0-9])`).test(folded),
  );
}

/** Words of a publication's name that name no one: "Blog released…" is no name. */
const PUBLICATION =
  /^(?:blog|news|newsroom|official|team|weekly|daily|newsletter|podcast|magazine|press|media|journal|review|digest|updates?|the)$/i;

/** Whether the article names `name`: as a word, a spelled-out abbreviation, or another spelling of its org. */
export function checkProperName(
  name: string,
  index: ArticleIndex,
  glosses: ReadonlySet<string> = new Set(),
): { supported: boolean; reason: string } {
  // "QbitAI's" names QbitAI.
  const written = name;
  name = withoutPossessive(name);
  const key = name.toLowerCase().replace(/['’.-]/g, "");
  if (index.terms.has(key)) return { supported: true, reason: "named in the article" };
  // "SMR" where the article writes "two SMRs": an abbreviation's plural.
  if (/^[A-Z]{2,}$/.test(name) && index.terms.has(`${key}s`))
    return { supported: true, reason: "named in the article in the plural" };
  // "MoE" where the article writes 混合专家 or "mixture-of-experts".
  const long = NAME_LONG_FORMS[key]?.find((f) => index.folded.includes(f));
  if (long) return { supported: true, reason: `named in the article as ${long}` };
  // "October" for the article's 10 月: a month the article gives, in either language.
  const month = monthOf(name);
  if (month !== undefined)
    return articleGivesMonth(index.folded, month)
      ? { supported: true, reason: "a month the article gives" }
      : { supported: false, reason: `the article gives no date in ${name}` };
  // "Yaoxin" where the entry writes "曜芯科技 (Yaoxin Tech)" and the article 曜芯科技.
  if (glosses.has(name.toLowerCase()))
    return { supported: true, reason: "the entry's spelling of a name the article writes in Chinese" };
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
  // "Shentong-Pro" for the article's 深瞳-Pro: the pinyin of its Han head, the same tail.
  const han = /[ -]/.test(name) ? romanisedWithTail(name, index.text) : undefined;
  if (han) return { supported: true, reason: `named in the article as ${han}` };
  // "Alder Labs" where the article's text says "Alder" and its publisher is "Alder Labs Blog".
  if (publisherNames(index.publisher, name, index.folded))
    return { supported: true, reason: "named in the article's publisher" };
  return { supported: false, reason: `${written} is not named in the article` };
}
