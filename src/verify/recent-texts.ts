/**
 * A bounded memo of answers about short texts, keyed by the text itself: verification reads the same
 * entry sentences and clauses through many checks (each asks for the sentence's figures, terms,
 * dates), ~10 times each on average over the demo entries. The answers are frozen (arrays and the
 * objects in them), so a caller that changed a shared answer would throw instead of changing what the
 * next check reads. Texts longer than `maxChars` are answered each time, uncached: an article's text
 * is read once per entry (index-article.ts keeps its own per-article answers), and keeping long
 * texts would hold their answers too.
 */
export class RecentTexts<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly capacity: number,
    private readonly maxChars: number,
  ) {}

  get(key: string, compute: () => T): T {
    if (key.length > this.maxChars) return freezeAnswer(compute());
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = freezeAnswer(compute());
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** An answer frozen two levels deep: the object or array, its arrays, and the objects in them. */
export function freezeAnswer<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const parts = Array.isArray(value) ? [value] : Object.values(value).filter(Array.isArray);
  for (const part of parts) {
    for (const item of part) if (typeof item === "object" && item !== null) Object.freeze(item);
    Object.freeze(part);
  }
  return Object.freeze(value);
}
