// Whether a lower-case Latin word of a text is a word of English prose ("raised", "targeting",
// "post-money") rather than a name: names are capitalised or carry digits ("GPT-4o", "gsm8k"), and
// a lower-case word set among other words, or after a figure or a clause's comma, reads as prose.

/**
 * What stands before a prose word: a word, or a figure of its own ("5,000", "45%"; not a name's
 * digits, "Sail-2 mini"), then a space.
 */
const PROSE_BEFORE = /(?:[A-Za-z]|(?:^|[^A-Za-z0-9-])\d[\d,.]*%?)[.]?\s+$/;
/** A clause's comma before it ("Lingshu L2, targeting"). */
const AFTER_COMMA = /[^\s],\s+$/;
/** What follows a prose word: a space and a word or a currency, or a clause's comma and a word. */
const PROSE_AFTER = /^(?:\s+[A-Za-z$]|[,;:]\s+[A-Za-z])/;

/**
 * True when `word` at `index` of `text` is an English prose word, not a name:
 * - lower-case letters with a word, a figure of its own or a clause's comma before it, or a word
 *   after it ("targeting 5,000 units", "RMB 100,000 claimed, plus"); a word after a name's digits
 *   ("Sail-2 mini") or among Chinese text ("在 swe 上") is not prose;
 * - lower-case words joined by hyphens, standing before a lower-case word they qualify, with a word
 *   or figure before ("the post-money valuation", "in multi-turn attacks"); a split or a variant
 *   before a name or a figure ("LibriSpeech test-clean WER") stays a name.
 */
export function isProseWord(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 16), index);
  const after = text.slice(index + word.length, index + word.length + 4);
  if (/^[a-z]+$/.test(word))
    return PROSE_BEFORE.test(before) || AFTER_COMMA.test(before) || PROSE_AFTER.test(after);
  if (/^[a-z]{2,}(?:-[a-z]{2,})+$/.test(word))
    return (PROSE_BEFORE.test(before) || AFTER_COMMA.test(before)) && /^\s+[a-z]/.test(after);
  return false;
}
