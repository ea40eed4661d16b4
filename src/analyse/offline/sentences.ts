/** One sentence of an article: `text` is a trimmed, verbatim slice of the article text. */
export interface Sentence {
  text: string;
  /** Position among all sentences of the article. */
  index: number;
  /** Paragraph number (paragraphs are separated by blank lines). */
  paragraph: number;
  /** Offset of `text` in the article text. */
  offset: number;
}

const ENDERS = new Set(["。", "！", "？", "；", "!", "?"]);
const PAIRS: Record<string, string> = {
  "“": "”",
  "‘": "’",
  "「": "」",
  "『": "』",
  "（": "）",
  "(": ")",
  "《": "》",
  "【": "】",
  "[": "]",
};
const CLOSERS = new Set(Object.values(PAIRS));
/** Words before a "." that do not end an English sentence. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|al|Dr|Mr|Mrs|Ms|Prof|Fig|No|Inc|Ltd|Co|St|approx)|\.\.)$/;
/** Past this length an unclosed quote is assumed to be a typo and quotes stop holding a sentence. */
const MAX_QUOTED_RUN = 300;

/**
 * Splits text into sentences on 。！？；!? and line breaks. Enders inside quotes or brackets do not
 * split (“甲。乙。” stays one sentence); closing quotes after an ender end the sentence with it. An
 * English "." splits only before whitespace and a capital letter, so 0.91, 4.5 and e.g. never split.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length === 0) {
      if (sentences.length > 0 && sentences.at(-1)!.paragraph === paragraph) paragraph++;
    } else {
      for (const [start, end] of splitLine(line)) {
        pushSentence(sentences, text, lineStart + start, lineStart + end, paragraph);
      }
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (trimmed.length === 0) return;
  const offset = start + raw.indexOf(trimmed);
  out.push({ text: trimmed, index: out.length, paragraph, offset });
}

/** Returns [start, end) ranges of the sentences of one line. */
function splitLine(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stack: string[] = [];
  let start = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '"') {
      if (stack.at(-1) === '"') stack.pop();
      else stack.push('"');
    } else if (PAIRS[ch]) {
      stack.push(PAIRS[ch]);
    } else if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(ch);
      if (at >= 0) stack.length = at;
    }
    const quotesHold = stack.length > 0 && i - start < MAX_QUOTED_RUN;
    if (ENDERS.has(ch) || isEnglishPeriod(line, i)) {
      let j = i + 1;
      while (j < line.length && (ENDERS.has(line[j]!) || line[j] === "…")) j++;
      // Closing quotes right after the ender belong to this sentence.
      const held = [...stack];
      while (j < line.length && (CLOSERS.has(line[j]!) || line[j] === '"') && held.length > 0) {
        if (held.at(-1) !== line[j]) break;
        held.pop();
        j++;
      }
      if (held.length === 0 || !quotesHold) {
        ranges.push([start, j]);
        stack.length = 0;
        start = j;
        i = j;
        continue;
      }
    }
    i++;
  }
  if (start < line.length) ranges.push([start, line.length]);
  return ranges;
}

function isEnglishPeriod(line: string, i: number): boolean {
  if (line[i] !== ".") return false;
  const next = line[i + 1];
  if (next !== undefined && next !== " " && next !== "\t") return false;
  const after = line.slice(i + 1).trimStart();
  if (after.length > 0 && !/^[A-Z\u4e00-\u9fff“"(]/.test(after)) return false;
  return /[A-Za-z0-9)%]$/.test(line.slice(0, i)) && !ABBREVIATIONS.test(line.slice(Math.max(0, i - 8), i));
}

/** An English (Latin-script) text: fewer than 6 CJK characters. Its summary is measured and ended in its own way. */
export function isLatinText(text: string): boolean {
  return (text.match(/[\u4e00-\u9fff]/g) ?? []).length < 6;
}
