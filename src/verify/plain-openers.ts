// Capitalised ordinary words at an English sentence start, which bind no figure (check-text.ts).
import type { TextContext } from "./check-text.ts";
import type { ArticleIndex } from "./index-article.ts";

/**
 * Capitalised words opening a sentence (or right after the label) that the name check reads as
 * ordinary English ("Trained on…", "Annualised revenue…", "Gaming GPU revenue…") and the article
 * never uses: no entity to bind a figure to, as the same word in lower case would not be.
 */
export function plainOpeners(
  text: string,
  names: readonly { index: number }[],
  index: ArticleIndex,
  context: TextContext,
): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9])[A-Z][a-z]+(?![A-Za-z0-9'’-])/g)) {
    const before = text.slice(0, m.index);
    const opens =
      /(?:^|[.!?。！？]\s*)$/.test(before.trimEnd()) || before.length === (context.labelEnd ?? -1);
    const key = m[0].toLowerCase();
    if (opens && !index.terms.has(key) && !names.some((n) => n.index === m.index)) out.push(key);
  }
  return out;
}
