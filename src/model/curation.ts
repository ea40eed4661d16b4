import type { Briefing, BriefingItem } from "./briefing.ts";
import { applyResourceEdits } from "./curation-resources.ts";
import {
  bulletValueOf,
  describeEditWhere,
  parseBulletTarget,
  parseResourceTarget,
  sectionLabelOf,
  textOf,
} from "./edit-places.ts";
import type { Bullet, Entry, Stars } from "./entry.ts";

export { moveWithinBand, reorderWithinBands } from "./curation-order.ts";
export {
  bulletValueOf,
  describeEditWhere,
  MAX_ADDED,
  parseBulletTarget,
  parseResourceTarget,
  resourceOf,
  sectionLabelOf,
  textOf,
} from "./edit-places.ts";

/**
 * Curation (review before publish, docs/review.md): an editor's edits are stored as rows beside
 * the analysis, never written into it. `curateBriefing` folds a day's rows over the draft briefing
 * (pure: no store, no clock), so the review page, the publish step, `daybrief render`, the API and
 * MCP all show the same curated briefing.
 */

/** What one edit changes. `order` is the whole briefing's order (entry ids), the others one entry. */
export type EditField = "hide" | "pin" | "stars" | "title" | "summary" | "bullet" | "resource" | "order";

export const EDIT_FIELDS: readonly EditField[] = [
  "hide",
  "pin",
  "stars",
  "title",
  "summary",
  "bullet",
  "resource",
  "order",
];

/** The sections whose bullets an editor may rewrite. */
export const BULLET_SECTIONS = ["core", "results", "insights"] as const;
export type BulletSection = (typeof BULLET_SECTIONS)[number];

/**
 * A value before or after an edit: boolean (hide, pin), ★ (stars), text, entry ids (order), a
 * resource as [label, url] ([] : none, i.e. added or removed), or a bullet with the label the editor
 * gave it as [label, text] (bulletValueOf).
 */
export type EditValue = boolean | number | string | string[];

/** One stored edit (a row of the audit trail). */
export interface BriefingEdit {
  id: number;
  /** Which briefing of the install (config `briefings`); absent: the default one. */
  briefingId?: string;
  /** YYYY-MM-DD: the briefing day. */
  date: string;
  /** The entry (its article id, decimal); ORDER_ENTRY for `order`. */
  entryId: string;
  field: EditField;
  /**
   * `bullet`: which one, "section.index" with a 0-based index, e.g. "core.1"; an index past the
   * draft's bullets is a bullet the editor added. `resource`: "resources.index", likewise.
   */
  target?: string;
  before: EditValue;
  after: EditValue;
  /** Who: a login name, a token name, or "deadline" / "cli". */
  user: string;
  /** ISO 8601 UTC. */
  at: string;
  /**
   * Edited text only: the claims the article does not support, re-verified when the edit was made
   * (empty: every claim is supported). A kept unsupported edit is published marked 编辑添加.
   */
  unsupported?: string[];
}

export type NewBriefingEdit = Omit<BriefingEdit, "id">;

/** The entry id an `order` edit is stored under. */
export const ORDER_ENTRY = "*";

/** Shown on an entry whose kept edit the article does not support. */
export const EDITOR_ADDED_MARK = "编辑添加";
/** Shown on a pinned entry. */
export const PINNED_MARK = "编辑置顶";

/** What the editor did to one entry, carried on the published item (md/html/json/chat show it). */
export interface ItemCuration {
  pinned?: boolean;
  /** Fields whose kept edit the article does not support, in words: "标题", "摘要", "核心技术第 2 条". */
  editorAdded?: string[];
}

/** One entry of the draft as the review shows it: hidden ones included, in curated order. */
export interface CuratedEntry {
  entryId: string;
  item: BriefingItem;
  hidden: boolean;
  pinned: boolean;
  /** ★ as the analysis gave it (the item carries the edited ★). */
  originalStars: Stars;
  /** The entry as the draft has it (edits address its bullets by their index here). */
  draft: Entry;
  /** Fields with an edit in force ("title", "summary", "core.0", "stars" …). */
  edited: string[];
  /** The text of each place with an edit in force ("" for a removed bullet). */
  texts: Record<string, string>;
  /** The label of each added bullet in force (the editor's, else its section's: sectionLabelOf). */
  labels: Record<string, string>;
  /** Edited text the article does not support: where, and the failing claims. */
  unsupported: { where: string; label: string; claims: string[] }[];
  /** The place ("resources.N" index) of each of the item's resources, in order (edits name them so). */
  resourcePlaces: number[];
}

export interface CurationResult {
  /** The briefing to publish: hidden entries left out, edits applied, pinned first. */
  briefing: Briefing;
  /** Every entry of the draft (hidden too), in the published order (hidden ones at their place). */
  entries: CuratedEntry[];
}

/** The id an entry is curated under: its article id, or its URL when it has none. */
export function curationIdOf(item: BriefingItem): string {
  return item.articleId !== undefined ? String(item.articleId) : item.url;
}

interface EntryState {
  hidden: boolean;
  pinned: boolean;
  stars?: Stars;
  /** where → the edit in force (the latest one for that place). */
  texts: Map<string, BriefingEdit>;
  /** resources index → the edit in force. */
  resources: Map<number, BriefingEdit>;
}

/**
 * Applies a day's edits (any order; applied oldest first) to the draft briefing. Pure.
 * - hide: the entry is left out of the published briefing (still listed in `entries`).
 * - pin: pinned entries go to the top of the briefing, before every ★ band, as one band of their own.
 * - stars: the entry's ★; it moves to that band.
 * - title / summary / bullet: the text; a bullet edited to "" is removed. An added bullet carries
 *   the label the editor gave it ([label, text]), else its section's (sectionLabelOf); a label given
 *   with a draft bullet's new text replaces that bullet's label. An edit back to the
 *   analysis's own text is no edit. The latest edit of a place is in force; when the article does
 *   not support it, the item says so (curation.editorAdded, and the bullet is flagged ⚠️).
 * - order: the editor's order of entry ids, applied within each ★ band (and among the pinned);
 *   entries it does not name (a later run's new ones) follow in their ranked order.
 * Edits naming an entry the draft does not have are ignored.
 */
export function curateBriefing(draft: Briefing, edits: readonly BriefingEdit[]): CurationResult {
  const sorted = [...edits].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
  const states = new Map<string, EntryState>();
  const stateOf = (id: string) => {
    let s = states.get(id);
    if (!s) {
      s = { hidden: false, pinned: false, texts: new Map(), resources: new Map() };
      states.set(id, s);
    }
    return s;
  };
  let order: string[] = [];
  for (const e of sorted) {
    if (e.field === "order") {
      if (Array.isArray(e.after)) order = e.after.map(String);
      continue;
    }
    const s = stateOf(e.entryId);
    if (e.field === "hide") s.hidden = e.after === true;
    else if (e.field === "pin") s.pinned = e.after === true;
    else if (e.field === "stars") s.stars = toStars(e.after) ?? s.stars;
    else if (e.field === "resource") {
      const index = parseResourceTarget(e.target);
      if (index !== undefined) s.resources.set(index, e);
    } else if (e.field === "bullet" ? bulletValueOf(e.after) !== undefined : typeof e.after === "string") {
      const where = e.field === "bullet" ? e.target : e.field;
      if (where && (where === "title" || where === "summary" || parseBulletTarget(where)))
        s.texts.set(where, e);
    }
  }
  const position = new Map(order.map((id, i) => [id, i]));
  const entries: (CuratedEntry & { rank: number })[] = draft.items.map((original, rank) => {
    const id = curationIdOf(original);
    const s = states.get(id);
    const entry = structuredClone(original.entry);
    const edited: string[] = [];
    const texts: Record<string, string> = {};
    const labels: Record<string, string> = {};
    const unsupported: CuratedEntry["unsupported"] = [];
    const removed = new Map<BulletSection, Set<number>>();
    /** Bullets the editor added (places past the draft's), by section, in place order. */
    const addedBullets = new Map<BulletSection, [number, Bullet][]>();
    if (s?.stars && s.stars !== entry.stars) {
      entry.stars = s.stars;
      edited.push("stars");
    }
    for (const [where, edit] of s?.texts ?? []) {
      const value = bulletValueOf(edit.after)!;
      const text = value.text.trim();
      const base = textOf(original.entry, where);
      if (base === undefined || text === base.trim()) continue;
      const bullet = parseBulletTarget(where);
      if (!bullet && text === "") continue; // a title or summary is never empty
      edited.push(where);
      texts[where] = text;
      const claims = edit.unsupported ?? [];
      if (claims.length > 0)
        unsupported.push({ where, label: describeEditWhere(where), claims: [...claims] });
      if (where === "title") entry.title = text;
      else if (where === "summary") entry.summary = text;
      else if (bullet) {
        if (bullet.index >= original.entry[bullet.section].bullets.length) {
          const list = addedBullets.get(bullet.section) ?? [];
          const label = value.label ?? sectionLabelOf(bullet.section);
          labels[where] = label;
          list.push([bullet.index, claims.length > 0 ? { label, text, flagged: true } : { label, text }]);
          addedBullets.set(bullet.section, list);
        } else if (text === "") {
          const set = removed.get(bullet.section) ?? new Set<number>();
          set.add(bullet.index);
          removed.set(bullet.section, set);
        } else {
          const target = entry[bullet.section].bullets[bullet.index] as Bullet;
          target.text = text;
          if (value.label) target.label = value.label;
          if (claims.length > 0) target.flagged = true;
          else delete target.flagged;
        }
      }
    }
    for (const [section, indexes] of removed)
      entry[section] = {
        ...entry[section],
        bullets: entry[section].bullets.filter((_, i) => !indexes.has(i)),
      };
    for (const [section, list] of addedBullets)
      entry[section] = {
        ...entry[section],
        bullets: [...entry[section].bullets, ...list.sort((a, b) => a[0] - b[0]).map(([, b]) => b)],
      };
    const resourcePlaces = applyResourceEdits(entry, original.entry, s?.resources, {
      edited,
      texts,
      unsupported,
    });
    const pinned = s?.pinned === true;
    const item: BriefingItem = { ...original, entry };
    const curation: ItemCuration = {};
    if (pinned) curation.pinned = true;
    const added = unsupported.map((u) => u.label);
    if (added.length > 0) curation.editorAdded = added;
    if (curation.pinned || curation.editorAdded) item.curation = curation;
    else delete item.curation;
    return {
      entryId: id,
      item,
      hidden: s?.hidden === true,
      pinned,
      originalStars: original.entry.stars,
      draft: original.entry,
      edited,
      texts,
      labels,
      unsupported,
      resourcePlaces,
      rank,
    };
  });
  const place = (e: { entryId: string; rank: number }) => position.get(e.entryId) ?? order.length + e.rank;
  entries.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      // The pinned are one band (the editor's order); the others one band per ★.
      (a.pinned ? 0 : b.item.entry.stars - a.item.entry.stars) ||
      place(a) - place(b) ||
      a.rank - b.rank,
  );
  const shown = entries.filter((e) => !e.hidden);
  const briefing: Briefing = { ...draft, items: shown.map((e) => e.item) };
  return { briefing, entries: entries.map(({ rank: _rank, ...e }) => e) };
}

function toStars(value: EditValue): Stars | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5
    ? (value as Stars)
    : undefined;
}
