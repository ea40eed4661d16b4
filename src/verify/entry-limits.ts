// What one entry may ask of the verifier. Checking a figure compares it with every figure of the
// article, so an entry with thousands of figures against an article with thousands cost claims ×
// figures (4,000 × 4,000: 24 s). Entries come from our analyser or an LLM (the longest text of the
// verify bench is 221 characters, the most figures one entry has 25): a text or an entry past these
// limits is refused as too long to verify — dropped or marked like an unsupported claim, never
// published unchecked — so verifying one entry costs at most a bounded multiple of the article.
import type { TextClaim } from "./check-text.ts";

export const ENTRY_LIMITS = {
  /** Characters of one checked text (a title, summary, lead, or a bullet with its label). */
  textChars: 2_000,
  /** Characters checked in all of one entry's texts. */
  entryChars: 20_000,
  /** Figures checked in all of one entry's texts. */
  entryFigures: 200,
} as const;

/** What is left of an entry's limits; one per entry (entry-context.ts), spent by each text checked. */
export interface CheckBudget {
  chars: number;
  figures: number;
}

export const entryBudget = (): CheckBudget => ({
  chars: ENTRY_LIMITS.entryChars,
  figures: ENTRY_LIMITS.entryFigures,
});

/**
 * The refusal of a text past a limit, or undefined when it may be checked (its characters and
 * figures then spent from `budget`; without one, the text is held to the limits of one entry).
 */
export function refusedAsTooLong(
  text: string,
  figures: () => number,
  budget: CheckBudget = entryBudget(),
): TextClaim | undefined {
  const refuse = (reason: string): TextClaim => ({
    kind: "figure",
    value: `${[...text.slice(0, 40)].slice(0, 20).join("")}…`,
    supported: false,
    reason: `too long to verify: ${reason}; the text was not checked`,
    at: [0, text.length],
  });
  if (text.length > ENTRY_LIMITS.textChars)
    return refuse(`${text.length} characters (at most ${ENTRY_LIMITS.textChars} per text)`);
  if (text.length > budget.chars)
    return refuse(`the entry's texts pass ${ENTRY_LIMITS.entryChars} characters`);
  budget.chars -= text.length;
  const count = figures();
  if (count > budget.figures) return refuse(`the entry's texts pass ${ENTRY_LIMITS.entryFigures} figures`);
  budget.figures -= count;
  return undefined;
}
