import { foldName } from "./extract-entities.ts";
import { normaliseTitle } from "./normalise-text.ts";

/**
 * Title tokens: character bigrams of each CJK run (a lone character stands for itself), and each
 * Latin name or number folded whole, so "GPT-5.5" is one token and never matches "GPT-5".
 */
export function titleTokens(title: string): Set<string> {
  const tokens = new Set<string>();
  const text = normaliseTitle(title);
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) tokens.add(run);
    for (let i = 0; i + 2 <= run.length; i++) tokens.add(run.slice(i, i + 2));
  }
  for (const word of text.match(/[a-z0-9][a-z0-9.+_-]*/g) ?? []) {
    const key = foldName(word);
    if (key.length > 0) tokens.add(key);
  }
  return tokens;
}
