// The clauses of a Chinese sentence at its top-level "，": a comma inside quotes or brackets
// (“…，…”, （…，…）, 《…，…》) does not split. Shared by the summary trimmers (trim-summary.ts,
// drop-clauses.ts), which cut whole clauses and must never cut inside a quote or an aside.

/** Brackets and quotes that open and close a span no clause cut may enter. */
export const OPEN = "“「『（(《【";
export const CLOSE = "”」』）)》】";

/**
 * The clauses of a text at top-level "，", as written (untrimmed), and whether a top-level "：" or
 * "——" stands in it (whose clauses belong together for a cutter that keeps a colon's pairs whole).
 */
export function topLevelClauses(text: string): { clauses: string[]; colonOrDash: boolean } {
  const clauses: string[] = [];
  let colonOrDash = false;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === "：" || text.startsWith("——", i))) colonOrDash = true;
    else if (depth === 0 && ch === "，") {
      clauses.push(text.slice(start, i));
      start = i + 1;
    }
  }
  clauses.push(text.slice(start));
  return { clauses, colonOrDash };
}
