/** Small conversions between model values and SQLite columns, shared by the table files. */

/** SQLite NULL → undefined, so optional model fields stay absent rather than null. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/** undefined → NULL for binding. */
export function nullable<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

/**
 * Normalises any parseable time to `YYYY-MM-DDTHH:mm:ss.sssZ`, so that string comparison in SQL is
 * time comparison. Throws on unparseable input: a bad time is a caller's bug, not data to store.
 */
export function toUtcIso(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a valid time: ${String(value)}`);
  return date.toISOString();
}

/** Parses a JSON column, falling back when it is NULL. */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  return text == null ? fallback : (JSON.parse(text) as T);
}

/** Drops keys whose value is undefined, so rebuilt models deep-equal the ones that were saved. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A driver's Buffer as a plain Uint8Array over the same memory, not a copy: a story segment is
 * read once per run and its arrays are views into these bytes (story-segment.ts), so a copy
 * doubled the window's bytes at the run's peak (~1.8 MB a day of 1,000 stories; two of them live
 * until the next GC).
 */
export function bytesOf(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
