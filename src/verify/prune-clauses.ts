// Granularity of a failed claim: its clause goes, not the bullet or the summary. "输入 $0.15，输出 $0.6，
// 缓存 $0.09" with a false cache price keeps the first two prices; a summary whose first sentence
// falls keeps the others.

interface Piece {
  text: string;
  sep: string;
  start: number;
  end: number;
}

/** Clauses with the punctuation that closes each; a comma between digits (1,000) closes nothing. */
export function splitClauses(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!/[，,；;。！？!?、\n]/.test(ch)) continue;
    if (ch === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    let j = i + 1;
    while (j < text.length && /[，,；;。！？!?、\s)）」”"]/.test(text[j]!)) j++;
    pieces.push({ text: text.slice(start, i), sep: text.slice(i, j), start, end: i });
    start = j;
    i = j - 1;
  }
  if (start < text.length) pieces.push({ text: text.slice(start), sep: "", start, end: text.length });
  return pieces;
}

/** Enough left to say something: four letters or Chinese characters outside the punctuation. */
export const saysSomething = (text: string | undefined): boolean =>
  (text?.replace(/[\s\p{P}\p{S}\d]/gu, "").length ?? 0) >= 4;

/**
 * `text` without the clauses that hold any of `failed` (offsets into `text`), or undefined when
 * nothing worth publishing is left. The final full stop is kept.
 */
export function pruneClauses(
  text: string,
  failed: ReadonlyArray<readonly [number, number]>,
): string | undefined {
  const pieces = splitClauses(text);
  const fails = (p: Piece) => failed.some(([a, b]) => a < Math.max(p.end, p.start + 1) && b > p.start);
  const kept: Piece[] = [];
  for (const p of pieces) {
    if (!fails(p)) {
      kept.push({ ...p });
      continue;
    }
    // The removed clause ended a sentence: the clause before it now ends that sentence.
    const prev = kept.at(-1);
    if (prev && /[。！？!?]/.test(p.sep) && !/[。！？!?]/.test(prev.sep)) prev.sep = p.sep;
  }
  if (kept.length === pieces.length) return text;
  if (!kept.some((p) => saysSomething(p.text))) return undefined;
  const last = pieces.at(-1)!;
  const finalStop = /[。！？!?.]\s*$/.exec(last.sep || last.text)?.[0]?.trim() ?? "";
  let out = kept.map((p) => p.text + p.sep).join("");
  out = out.replace(/[，,；;、：:\s]+$/, "").trim();
  if (finalStop && !/[。！？!?.]$/.test(out)) out += finalStop;
  return out;
}
