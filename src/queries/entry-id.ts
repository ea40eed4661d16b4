/**
 * An entry's id: the decimal id of the stored article it was written from (the story's primary
 * article), e.g. "42", so a web URL reads `/e/42`. One article is published at most once (a later
 * day's repeat of its story is not shown, a follow-up is another article), so the id names one
 * entry for good: a re-render or a re-analysis updates the entry behind the same id.
 */
export type EntryId = string;

export function entryIdOf(articleId: number): EntryId {
  return String(articleId);
}

/** The article id behind an entry id, or undefined when the text is not one ("0", "4x", "-1" …). */
export function parseEntryId(id: string): number | undefined {
  if (!/^[1-9]\d{0,15}$/.test(id)) return undefined;
  const n = Number(id);
  return Number.isSafeInteger(n) ? n : undefined;
}
