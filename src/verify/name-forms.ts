// Model and product names as an article writes them, in every spacing an entry may use: "Qwen3-Max"
// is also "Qwen3 Max" and "Qwen 3 Max"; "Claude Opus 4.5" is also "Claude-Opus-4.5". A name is a
// run of Latin/digit parts joined by single hyphens, underscores or spaces; every contiguous stretch
// of its parts, squashed, is a form ("Qwen3-VL-235B-A22B" → qwen3vl235b, vl235b …, never qwen3235b).
import { blankUrls } from "./find-links.ts";

/** Runs of parts joined by one separator each ("MiniCPM-o 4.5", "GPT-4o"). */
const RUN = /(?<![A-Za-z0-9.])[A-Za-z0-9][A-Za-z0-9.+]*(?:[-_ ][A-Za-z0-9][A-Za-z0-9.+]*)*/g;
const MAX_PARTS = 6;

/** A stretch of a name: its parts squashed ("claudeopus4.5") and where it lies in the text. */
export interface NameStretch {
  key: string;
  index: number;
  end: number;
  parts: number;
}

/** Every contiguous stretch (up to six parts) of every name run of the text. */
export function nameStretches(text: string): NameStretch[] {
  const out: NameStretch[] = [];
  // A link's path ("…/minicpm-o-45-cover/…") names nothing.
  const prose = blankUrls(text);
  for (const run of nameRuns(prose)) {
    const m = { 0: run.text, index: run.index };
    const raw = m[0].split(/[-_ ]/);
    // A run is a name when a part is one (letters with digits, CamelCase, an acronym) or it starts
    // capitalised ("Claude Opus 4.5"); lower-case prose ("scored 80 on") is not.
    const named =
      /^[A-Z]/.test(m[0]) || raw.some((p) => /[A-Za-z]\d|\d[A-Za-z]|[a-z][A-Z]|^[A-Z]{2,}$/.test(p));
    if (!named) continue;
    const starts: number[] = [];
    let at = m.index;
    for (const p of raw) {
      starts.push(at);
      at += p.length + 1;
    }
    for (let i = 0; i < raw.length; i++) {
      let key = "";
      for (let j = i; j < Math.min(raw.length, i + MAX_PARTS); j++) {
        key += raw[j]!.replace(/\.+$/, "").toLowerCase();
        out.push({ key, index: starts[i]!, end: starts[j]! + raw[j]!.length, parts: j - i + 1 });
      }
    }
  }
  return out;
}

/** Lower-case words that are part of a model's name when spaced ("GPT-4o mini", "Gemini 2.5 Flash lite"). */
const NAME_WORDS = new Set(
  "mini nano micro pro max turbo flash lite plus ultra preview instruct chat base small large medium air edge thinking coder vision omni".split(
    " ",
  ),
);

/**
 * Runs of RUN, cut at English prose words: "Anthropic releases Claude Opus 4.5 today" holds the
 * names "Anthropic" and "Claude Opus 4.5", not one run through "releases" and "today".
 */
function nameRuns(text: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  for (const m of text.matchAll(RUN)) {
    let start = -1;
    let at = m.index;
    const flush = (end: number) => {
      if (start >= 0) out.push({ text: text.slice(start, end), index: start });
      start = -1;
    };
    for (const chunk of m[0].split(" ")) {
      const bare = chunk.replace(/\.$/, "");
      const word = /^[a-z]{2,}$/.test(bare) && !NAME_WORDS.has(bare);
      if (word) flush(at - 1);
      else if (start < 0) start = at;
      at += chunk.length + 1;
      // "… Opus 4.5. The company": a sentence ends the name.
      if (!word && /\.$/.test(chunk)) flush(at - 1);
    }
    flush(m.index + m[0].length);
  }
  return out;
}

/** Squashed forms of the article's names that hold a letter and a digit (what names and versions are). */
export function nameFormsOf(text: string): Set<string> {
  return new Set(
    nameStretches(text)
      .map((s) => s.key)
      .filter((k) => /[a-z]/.test(k) && /\d/.test(k)),
  );
}

/** A name squashed the way nameFormsOf keys them ("Qwen 3-Max" → qwen3max). */
export const squashName = (name: string) => name.toLowerCase().replace(/[-_\s]/g, "");

/**
 * The name a figure of entry text is part of, when the article writes that name: "Qwen 3 Max"'s 3,
 * "Claude-Opus-4.5"'s 4.5. The part before it must look like a name (capitalised, or one or two
 * letters as in "MiniCPM-o 4.5"), so prose ("得分 80") is never a name.
 */
export function nameAroundFigure(
  text: string,
  figure: { index: number; end: number; raw: string },
  forms: ReadonlySet<string>,
): string | undefined {
  const before = /([A-Za-z][A-Za-z0-9.+]*)[-_ ]?$/.exec(
    text.slice(Math.max(0, figure.index - 40), figure.index),
  );
  if (!before || !(/^[A-Z]/.test(before[1]!) || /^[a-z]{1,2}$/.test(before[1]!))) return undefined;
  const digits = text.slice(figure.index, figure.end);
  if (!/^\d+(?:\.\d+)?[A-Za-z]*$/.test(digits)) return undefined;
  const after = /^[-_ ]?([A-Za-z][A-Za-z0-9.+]*)/.exec(text.slice(figure.end));
  const candidates = [...(after ? [`${before[1]}${digits}${after[1]}`] : []), `${before[1]}${digits}`];
  return candidates.find((c) => forms.has(squashName(c)));
}

/**
 * Two names of one family: MMLU and MMLU-Pro, Qwen3-Max and Qwen3-VL, Vela-2 and Vela-3 (a shared
 * stem the article uses as a term, or one name the stem of the other).
 */
export function areSiblings(name: string, other: string, terms: { has(key: string): boolean }): boolean {
  if (other === name) return false;
  let n = 0;
  while (n < name.length && n < other.length && name[n] === other[n]) n++;
  const stem = name.slice(0, n);
  return stem.length >= 2 && (stem === name || stem === other || terms.has(stem));
}
