// Moving entries within their band (pinned, or one ★): what the review page's up/down buttons
// and drag-and-drop ask of curation.ts's curated entries. Pure.
import type { CuratedEntry } from "./curation.ts";

/**
 * The order after moving `entryId` one place up (-1) or down (+1) within its band: pinned entries
 * form one band, the others one band per ★. Returns the whole order, or undefined when the entry
 * cannot move that way (first or last of its band, hidden, unknown). Pure.
 */
export function moveWithinBand(
  entries: readonly CuratedEntry[],
  entryId: string,
  step: -1 | 1,
): string[] | undefined {
  const visible = entries.filter((e) => !e.hidden);
  const i = visible.findIndex((e) => e.entryId === entryId);
  const j = i + step;
  if (i < 0 || j < 0 || j >= visible.length) return undefined;
  const band = (e: CuratedEntry) => (e.pinned ? "pin" : String(e.item.entry.stars));
  if (band(visible[i]!) !== band(visible[j]!)) return undefined;
  const ids = visible.map((e) => e.entryId);
  [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  // Hidden entries keep their places after the visible ones (they are not shown).
  return [...ids, ...entries.filter((e) => e.hidden).map((e) => e.entryId)];
}

/**
 * The order an editor dragged to (visible entry ids), checked: every shown entry named once, and
 * the band (pinned, or ★) at each position unchanged, so an entry moved only within its band.
 * Returns the whole order (hidden ones after), or undefined when it breaks either rule. Pure.
 */
export function reorderWithinBands(
  entries: readonly CuratedEntry[],
  order: readonly string[],
): string[] | undefined {
  const visible = entries.filter((e) => !e.hidden);
  const band = (e: CuratedEntry) => (e.pinned ? "pin" : String(e.item.entry.stars));
  const byId = new Map(visible.map((e) => [e.entryId, e]));
  if (order.length !== visible.length || new Set(order).size !== order.length) return undefined;
  for (let i = 0; i < order.length; i++) {
    const e = byId.get(order[i]!);
    if (!e || band(e) !== band(visible[i]!)) return undefined;
  }
  return [...order, ...entries.filter((e) => e.hidden).map((e) => e.entryId)];
}
