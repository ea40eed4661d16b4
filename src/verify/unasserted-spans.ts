// Where an article does not say what its words say: a question ("星河要收购北辰？", "Is Orbit buying
// Kestrel?"), a rumour ("传闻称…", "rumours that …") and a statement the article reports as denied
// ("传闻称…，公司否认", "Reports that … were denied", or a quote followed by "北辰随后否认了这一说法").
// A clause found word for word in such a span is no support for an entry that tells it as so: the
// checks that accept a clause because the article "also says it plainly" or "gives the whole sentence"
// skip these spans. A quote the article confirms ("北辰宣布：“…”") is not one of them.

/** A sentence: up to and including its end mark (。！？!? or ". " before a capital, a quote, a digit). */
const SENTENCE = /[^。！？!?\n]*?(?:[。！？!?]+["”’」』)]?|\.(?=\s+["“‘(A-Z0-9])|\n|$)/g;
/** Words that report a statement as denied or false; not after 没/未/不 nor "did not". */
const DENIAL =
  /(?<!没有|并未|没|未|不|无)(?:否认|辟谣|不实(?![用际惠现施行])|不属实|系谣言|是谣言|纯属虚构|并非事实)|\b(?:denied|denies|deny|denying|refuted|rebutted|dismissed)\b(?!\s+(?:access|entry|service|permission|the\s+request))|\b(?:is|are|was|were|as)\s+(?:false|untrue|baseless|unfounded)\b|\bnot\s+true\b/i;
const DENIALS = new RegExp(DENIAL.source, "gi");
const DID_NOT = /\b(?:not|n['’]t|never)\s+(?:\w+\s+)?$/i;
/** Words that make a sentence a rumour told as a rumour. */
const RUMOUR =
  /传闻|传言|据传|网传|谣传|坊间|小道消息|\brumou?r(?:s|ed)?\b|\ballegedly\b|\bunconfirmed\b|\bspeculat(?:ion|ed|es)\b/i;
/**
 * A denial whose whole object points back at the sentence before it (这一说法, 上述指控, denied it,
 * the report). Not a pointer that goes on to name its own topic (上述关于裁员的传闻, the reports that
 * …, reports of …): that denial is about what it names, not about the sentence before.
 */
const BACK =
  /(?:这一?|该|此|上述)(?:说法|传闻|消息|报道|传言|指控)|上述(?![\u4e00-\u9fff])|\b(?:the|these|such|those|this)\s+(?:reports?|claims?|rumou?rs?)\b(?!\s+(?:that|of|about|on|regarding|claiming|saying|which)\b)|\b(?:denied|denies|deny|denying|refuted|rebutted|dismissed)\s+it\b|\bit\s+(?:is|was)\s+(?:not\s+true|false|untrue|baseless|unfounded)\b/i;
const CLAUSE_END = /[，,；;]/;
const QUOTE_REACH = 300;

/** A question asserts nothing; a rumour or a denied statement is reported as not so (or not known). */
export type SpanKind = "question" | "reported";
export type Span = [from: number, to: number, kind: SpanKind];

/** The spans of `text` that ask, rumour or report as denied (sorted, possibly touching). */
export function unassertedSpans(text: string): Span[] {
  const sentences: [from: number, to: number][] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (m[0].length === 0) {
      // A zero-length match at a line break or the end: step on.
      if (m.index >= text.length) break;
      continue;
    }
    sentences.push([m.index, m.index + m[0].length]);
  }
  const out: Span[] = [];
  sentences.forEach(([from, to], i) => {
    const sentence = text.slice(from, to);
    const denial = denialIn(sentence);
    if (denial >= 0) {
      let end = from + denial;
      while (end < to && !CLAUSE_END.test(text[end]!)) end++;
      out.push([from, end, "reported"]);
      const before = sentences[i - 1];
      if (BACK.test(sentence) && before)
        out.push([quoteStart(text, before[0], before[1]), before[1], "reported"]);
    } else if (RUMOUR.test(sentence)) out.push([from, to, "reported"]);
    else if (/[？?]["”’」』)]?\s*$/.test(sentence)) out.push([from, to, "question"]);
  });
  return out
    .map(([from, to, kind]) => [from, quoteEnd(text, from, to), kind] as Span)
    .sort((a, b) => a[0] - b[0]);
}

/** Where the sentence's first denial word is, or -1. */
function denialIn(sentence: string): number {
  // Only the few words before each denial are read: "did not deny" repeated stays linear.
  for (const m of sentence.matchAll(DENIALS))
    if (!DID_NOT.test(sentence.slice(Math.max(0, m.index - 24), m.index))) return m.index;
  return -1;
}

/** A span that opens a quote and stops inside it runs on to the quote's end (within reach). */
function quoteEnd(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  if (part.lastIndexOf("“") <= part.lastIndexOf("”")) return to;
  // Looked for within reach only: a page of unclosed quotes stays linear.
  const close = text.slice(to, to + QUOTE_REACH).indexOf("”");
  return close >= 0 ? to + close + 1 : to;
}

/** A sentence that closes a quote it did not open reaches back to the quote's opening (within reach). */
function quoteStart(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  if (!part.includes("”") || part.includes("“")) return from;
  const reach = Math.max(0, from - QUOTE_REACH);
  const open = text.slice(reach, from).lastIndexOf("“");
  return open >= 0 ? reach + open : from;
}

const known = new Map<string, Span[]>();

/** The kind of span [from, to) lies mostly inside (its middle is in one), "reported" first; or undefined. */
export function insideSpans(spans: readonly Span[], from: number, to: number): SpanKind | undefined {
  const mid = (from + to) / 2;
  let lo = 0;
  let hi = spans.length - 1;
  // The last span starting at or before mid; spans may overlap, so look a few back too.
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (spans[m]![0] <= mid) lo = m + 1;
    else hi = m - 1;
  }
  let kind: SpanKind | undefined;
  for (let i = hi; i >= 0 && i >= hi - 3; i--)
    if (spans[i]![1] > mid) kind = kind === "reported" ? kind : spans[i]![2];
  return kind;
}

/** unassertedSpans of an article's text, computed once per text (the last few kept). */
export function articleSpans(text: string): Span[] {
  let spans = known.get(text);
  if (!spans) {
    spans = unassertedSpans(text);
    if (known.size > 8) known.clear();
    known.set(text, spans);
  }
  return spans;
}
