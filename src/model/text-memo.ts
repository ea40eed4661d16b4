import { createHash } from "node:crypto";

/**
 * A bounded memo for answers that depend on an article's text alone and are asked once per stage of
 * a run (dedup, the offline analyser, verification each ask about every article in turn).
 *
 * Keyed by a digest, not the text: a key costs 44 characters however long the text is, so the memo
 * can hold a whole large day. Its capacity must exceed the articles of a day: the stages ask about
 * the day's articles in the same order, so once the day is bigger than the memo, first-in-first-out
 * evicts exactly the article asked next and every stage recomputes every answer.
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(text: string, compute: () => T): T {
    const key = digest(text);
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64");
}
