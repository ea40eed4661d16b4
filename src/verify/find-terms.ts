// The terms a figure can be bound to: whole Latin tokens ("LiveMathBench", "Mistral-Large-Instruct-
// 2411", "GPT-4o") and their hyphen parts, plus abbreviations the article defines ("过程奖励模型（PRM）")
// or the field uses (a small glossary), so PRM in an entry finds 过程奖励模型 in the article.

import { ORG_ALIASES } from "../model/org-aliases.ts";
import { type NameStretch, nameStretches } from "./name-forms.ts";
import { isProseWord } from "./prose-words.ts";
import { GLOSSARY, MEASURES } from "./term-glossary.ts";

/** Words too generic to tie a figure to ("SOTA", "Token", "the"). */
const GENERIC = new Set(
  `sota ai agi llm llms vlm vlms mllm token tokens benchmark benchmarks bench api apis gpu gpus cpu npu
  transformer transformers stage trick demo top pass the and or of in on for with to from by at as is are
  be was were it its this that than vs via per new model models score scores baseline baselines github
  arxiv paper papers dpo rl sft moe agent agents app apps web open source code data dataset datasets
  test tests eval evals task tasks ms fps gb tb mb kb hz ghz mhz nm mm cm km kg usd rmb cny eur pp
  inc ltd co com cn org www http https html pdf v vs etc ok million billion thousand trillion per
  cumulative cumulatively total
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(
    /\s+/,
  ),
);

const MEASURE_OF = new Map<string, string>();
for (const [key, forms] of Object.entries(MEASURES)) for (const f of forms) MEASURE_OF.set(f, key);
/** The measure a word names ("MAU" → ~mau, "revenue" → ~revenue), if any. */
export const measureOf = (word: string) => MEASURE_OF.get(word.toLowerCase());
/** Measures written in more than one Latin word ("year on year", "gross margin"). */
const LATIN_MEASURES = [...MEASURE_OF.keys()].filter((f) => /^[a-z][a-z-]*[\s-][a-z\s-]+$/.test(f));
const CJK_MEASURES = [...MEASURE_OF.keys()].filter((f) => !/^[a-z0-9]+$/.test(f) && !/^[a-z]/.test(f));
/** Longest forms first, so 营业收入 is not read again as 收入. */
const CJK_MEASURES_LONGEST_FIRST = [...CJK_MEASURES].sort((a, b) => b.length - a.length);

/**
 * Steps of findTerms' inner loops (tokens, spans swept, measure characters checked): tests hold it
 * to the text's size, so a walk that grows with the terms found so far shows up without timing.
 */
export const termWork = { steps: 0 };

const TERM = /[A-Za-z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*/g;
const DEFINED = /([\u4e00-\u9fff][\u4e00-\u9fff·-]{1,15})\s*[（(]\s*([A-Za-z][A-Za-z0-9-]{1,15})\s*[)）]/g;
const DEFINED_REVERSE =
  /\b([A-Za-z][A-Za-z0-9-]{1,15})\s*[（(]\s*([\u4e00-\u9fff][\u4e00-\u9fff·-]{1,15})\s*[)）]/g;
/** Words that precede a term without being part of it ("提出了过程奖励模型"). */
const LEADING =
  /^(?:提出了?|采用了?|使用了?|基于|通过|利用|引入了?|称为|叫做|名为|即|和|与|及|的|了|在|将|把|是|为|其|该|这一?|一种|一个)+/;

/** Long form (Chinese) → abbreviation key, from the glossary and the article's own definitions. */
export type Aliases = ReadonlyMap<string, string>;

/**
 * A known org's Chinese names → the key of its Latin name ("英伟达" → nvidia, "华为" → huawei), built
 * once: an English entry's "NVIDIA revenue" finds the article's 英伟达营收.
 */
const ORG_KEYS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [name, forms] of Object.entries(ORG_ALIASES)) {
    const latin = [name, ...forms].find((f) => /^[A-Za-z][A-Za-z .-]*$/.test(f));
    if (!latin || latin.includes(" ")) continue;
    for (const f of [name, ...forms])
      if (/^[\u4e00-\u9fff]{2,}$/.test(f) && !out.has(f)) out.set(f, latin.toLowerCase());
  }
  return out;
})();

export function findAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [abbr, forms] of Object.entries(GLOSSARY)) for (const f of forms) aliases.set(f, abbr);
  for (const [form, key] of ORG_KEYS) if (!aliases.has(form)) aliases.set(form, key);
  const add = (long: string, abbr: string) => {
    const key = abbr.toLowerCase();
    const form = long.replace(LEADING, "");
    if (form.length >= 2 && !GENERIC.has(key)) aliases.set(form, key);
  };
  for (const m of text.matchAll(DEFINED)) add(m[1]!, m[2]!);
  for (const m of text.matchAll(DEFINED_REVERSE)) add(m[2]!, m[1]!);
  return aliases;
}

export interface Term {
  key: string;
  index: number;
  end: number;
  /** Another spelling of a name run ("AIME 2025" as aime2025): it never names a second entity. */
  alternate?: boolean;
  /** A hyphen part of a token ("pro" of MMLU-Pro): not a name of its own there. */
  part?: boolean;
}

/** The aliases' forms by script, then their first two characters, then their length. */
type FormIndex = {
  byScript: Map<string, Map<number, Map<string, { ordinal: number; key: string }[]>>>[];
  firsts: Set<number>[];
  forms: number;
};

/** An aliases map's forms, indexed once per map (per article), not once per sentence looked up. */
const formIndexes = new WeakMap<Aliases, FormIndex>();

function formIndexOf(aliases: Aliases): FormIndex {
  const known = formIndexes.get(aliases);
  if (known) return known;
  const byScript: FormIndex["byScript"] = [new Map(), new Map()];
  let ordinal = 0;
  for (const [form, key] of aliases) {
    const latin = /^[A-Za-z]/.test(form);
    const needle = latin ? form.toLowerCase() : form;
    const byLength = byScript[latin ? 1 : 0]!;
    const lengths = byLength.get(needle.slice(0, 2)) ?? new Map();
    byLength.set(needle.slice(0, 2), lengths);
    const forms = lengths.get(needle.length) ?? new Map();
    lengths.set(needle.length, forms);
    forms.set(needle, [...(forms.get(needle) ?? []), { ordinal: ordinal++, key }]);
  }
  // Most characters start no form: a look-up by code before any slice.
  const firsts = byScript.map((byLength) => new Set([...byLength.keys()].map((k) => k.charCodeAt(0))));
  const index = { byScript, firsts, forms: ordinal };
  formIndexes.set(aliases, index);
  return index;
}

/**
 * Where each aliased long form occurs: Chinese forms as written, Latin ones ("Humanity's Last Exam")
 * in any case and at word edges.
 */
function aliasSpans(text: string, aliases: Aliases): Term[] {
  // One pass over the text per script, looking forms up by their first two characters and length
  // (an indexOf per form was forms × text: a page defining thousands of abbreviations). Per form,
  // occurrences do not overlap, and spans come form by form as the aliases list them.
  const { byScript, firsts, forms: formCount } = formIndexOf(aliases);
  const found: Array<Term & { ordinal: number }> = [];
  const lower = text.toLowerCase();
  // Where each form's last occurrence ended (by ordinal; 0: none yet), for this text only.
  let lastEnd: Uint32Array | undefined;
  for (const [script, byLength] of byScript.entries()) {
    const hay = script === 1 ? lower : text;
    const starts = firsts[script]!;
    for (let at = 0; at < hay.length; at++) {
      if (!starts.has(hay.charCodeAt(at))) continue;
      const lengths = byLength.get(hay.slice(at, at + 2));
      if (!lengths) continue;
      for (const [length, forms] of lengths) {
        termWork.steps++;
        const hits = forms.get(hay.slice(at, at + length));
        const end = at + length;
        for (const form of hits ?? []) {
          lastEnd ??= new Uint32Array(formCount);
          if (at < lastEnd[form.ordinal]!) continue;
          lastEnd[form.ordinal] = end;
          if (script === 1 && (/[A-Za-z0-9]/.test(text[at - 1] ?? "") || /[A-Za-z0-9]/.test(text[end] ?? "")))
            continue;
          found.push({ key: form.key, index: at, end, ordinal: form.ordinal });
        }
      }
    }
  }
  found.sort((a, b) => a.ordinal - b.ordinal || a.index - b.index);
  return found.map(({ key, index, end }) => ({ key, index, end }));
}

export interface FindTermsOptions {
  /**
   * Also key every stretch of a spaced name as one ("GPQA Diamond" → gpqadiamond, "Claude Opus 4.5"
   * → claudeopus4.5), for the article's side: an entry's "GPQA-Diamond" then finds it, while an
   * entry's "GPQA Diamond" needs only its parts.
   */
  joinAdjacent?: boolean;
  /**
   * For an entry: stretches of a spaced name whose squashed key the article uses ("Qwen 3 Max" when
   * the article writes Qwen3-Max, "MMLU Pro" for MMLU-Pro) are that one name; their parts the article
   * never uses ("qwen") are dropped, the ones it does stay.
   */
  knownJoins?: ReadonlySet<string>;
}

/** Where each multiword Latin measure occurs, in any case and at word edges. */
function latinMeasureSpans(text: string): Term[] {
  const spans: Term[] = [];
  const lower = text.toLowerCase();
  for (const form of LATIN_MEASURES)
    for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (/[a-z0-9]/i.test(text[at - 1] ?? "") || /[a-z0-9]/i.test(text[end] ?? "")) continue;
      spans.push({ key: MEASURE_OF.get(form)!, index: at, end });
    }
  return spans;
}

/** Terms in `text`, in order: whole Latin tokens, their hyphen parts, and aliased long forms. */
export function findTerms(text: string, aliases: Aliases, options: FindTermsOptions = {}): Term[] {
  const terms: Term[] = [];
  const spans = [...aliasSpans(text, aliases), ...latinMeasureSpans(text)];
  // The words of an English long form are that form, not names of their own ("Last", "Exam").
  // Tokens come in text order: one sweep over the spans by start keeps the furthest end of those
  // starting at or before the token (a `.some` per token was tokens × spans on a hostile page).
  const latinSpans = spans
    .filter((t) => /[A-Za-z]/.test(text[t.index] ?? ""))
    .sort((a, b) => a.index - b.index);
  let nextSpan = 0;
  let spanEnd = -1;
  for (const m of text.matchAll(TERM)) {
    termWork.steps++;
    while (nextSpan < latinSpans.length && latinSpans[nextSpan]!.index <= m.index) {
      spanEnd = Math.max(spanEnd, latinSpans[nextSpan++]!.end);
      termWork.steps++;
    }
    if (spanEnd > m.index) continue;
    // In English prose a lower-case word is a word ("raised", "pricing"), not a name (prose-words.ts).
    if (isProseWord(text, m.index, m[0]) && !MEASURE_OF.has(m[0])) continue;
    const written = m[0].toLowerCase().replace(/[.]+$/, "");
    // One key however the name is joined: GPQA-Diamond = gpqa_diamond = gpqadiamond.
    const whole = written.replace(/[-_]/g, "");
    const end = m.index + m[0].length;
    const keys = new Set([whole, ...written.split(/[-_.+]/)].map((k) => MEASURE_OF.get(k) ?? k));
    for (const key of keys) {
      if (key.startsWith("~")) {
        terms.push({ key, index: m.index, end });
        continue;
      }
      if (key.length < 2 || GENERIC.has(key) || /^\d+$/.test(key)) continue;
      if (key.length === 2 && !/\d/.test(key) && key === whole && !/[A-Z]{2}/.test(m[0])) continue;
      terms.push({ key, index: m.index, end, ...(key !== whole ? { part: true } : {}) });
    }
  }
  terms.push(...spans);
  if (options.knownJoins) joinKnown(text, terms, options.knownJoins);
  // "GPQA Diamond", "Claude Opus 4.5": a name spaced in the article is also the entry's joined one.
  if (options.joinAdjacent)
    for (const s of nameStretches(text))
      if (s.parts > 1 && /[a-z]/.test(s.key))
        terms.push({ key: s.key, index: s.index, end: s.end, alternate: true });
  // The characters taken, as flags: an overlap check costs the form's length, not the forms taken so
  // far (a `seen.some` made 营收营收… quadratic).
  const taken = new Uint8Array(text.length);
  for (const form of CJK_MEASURES_LONGEST_FIRST) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      termWork.steps += form.length;
      if (taken.subarray(at, at + form.length).includes(1)) continue;
      taken.fill(1, at, at + form.length);
      terms.push({ key: MEASURE_OF.get(form)!, index: at, end: at + form.length });
    }
  }
  return terms.sort((a, b) => a.index - b.index);
}

/** Adds each known spaced-name stretch as one term and drops the parts inside it the article lacks. */
function joinKnown(text: string, terms: Term[], known: ReadonlySet<string>): void {
  const joined = nameStretches(text).filter((s) => s.parts > 1 && /[a-z]/.test(s.key) && known.has(s.key));
  // Longest first: "Qwen 3 Max" wins over "Qwen 3" when the article knows both.
  joined.sort((a, b) => b.end - b.index - (a.end - a.index));
  const taken: NameStretch[] = [];
  for (const s of joined) {
    if (taken.some((t) => s.index < t.end && s.end > t.index)) continue;
    taken.push(s);
    for (let i = terms.length - 1; i >= 0; i--) {
      const t = terms[i]!;
      if (t.index >= s.index && t.end <= s.end && !known.has(t.key) && !isMeasure(t.key)) terms.splice(i, 1);
    }
    terms.push({ key: s.key, index: s.index, end: s.end });
  }
}

/**
 * The name keys of `terms`: whole tokens, aliases and joined names, without the parts inside a
 * longer one ("mmlupro", never its "mmlu"; "qwen3max" of "Qwen 3 Max", never its "max").
 */
export function nameKeys(terms: readonly Term[]): Set<string> {
  // A term is covered by a longer non-alternate term around it. One sweep in start order keeps the
  // furthest end of the terms that start earlier, so a sentence of thousands of repeated names
  // costs terms × log(terms), not terms² (a hostile 40 KB "A1 A1 …" took seconds here).
  const order = terms.map((_, i) => i).sort((a, b) => terms[a]!.index - terms[b]!.index || a - b);
  const names = new Set<string>();
  let furthestBefore = -1; // the furthest end of the non-alternate terms starting before this group
  for (let g = 0; g < order.length; ) {
    const start = terms[order[g]!]!.index;
    let h = g;
    let groupEnd = -1;
    while (h < order.length && terms[order[h]!]!.index === start) {
      const u = terms[order[h]!]!;
      if (!u.alternate) groupEnd = Math.max(groupEnd, u.end);
      h++;
    }
    for (let k = g; k < h; k++) {
      const t = terms[order[k]!]!;
      if (t.part || t.alternate || isMeasure(t.key)) continue;
      if (furthestBefore >= t.end || groupEnd > t.end) continue;
      names.add(t.key);
    }
    furthestBefore = Math.max(furthestBefore, groupEnd);
    g = h;
  }
  return names;
}

/** Measure keys (~revenue, ~q1): what a figure is, never what an article is about. */
export const isMeasure = (key: string) => key.startsWith("~");
