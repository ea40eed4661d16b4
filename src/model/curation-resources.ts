// The resource edits of one entry (相关资源 replaced, removed or added by an editor), folded by
// curation.ts's curateBriefing.
import type { BriefingEdit, CuratedEntry } from "./curation.ts";
import { describeEditWhere, MAX_ADDED, resourceOf } from "./edit-places.ts";
import type { Entry, Resource } from "./entry.ts";

/**
 * The resource edits in force: a draft's resource replaced or removed ([]), resources added past the
 * draft's (in place order). A resource the article does not support stays listed in `unsupported`
 * (published marked 编辑添加): an editor's link is never certified without the check.
 */
export function applyResourceEdits(
  entry: Entry,
  draft: Entry,
  edits: ReadonlyMap<number, BriefingEdit> | undefined,
  out: Pick<CuratedEntry, "edited" | "texts" | "unsupported">,
): number[] {
  if (!edits || edits.size === 0) return [...draft.resources.keys()];
  const kept: Resource[] = [];
  const keptPlaces: number[] = [];
  const keep = (r: Resource, place: number) => {
    kept.push(r);
    keptPlaces.push(place);
  };
  const places = [...new Set([...draft.resources.keys(), ...edits.keys()])].sort((a, b) => a - b);
  for (const index of places) {
    const base = draft.resources[index];
    const edit = edits.get(index);
    if (!edit || (base === undefined && index >= draft.resources.length + MAX_ADDED)) {
      if (base) keep(base, index);
      continue;
    }
    const resource = resourceOf(edit.after);
    if (base && resource && resource.label === base.label && resource.url === base.url) {
      keep(base, index);
      continue;
    }
    if (!base && !resource) continue;
    const where = `resources.${index}`;
    out.edited.push(where);
    out.texts[where] = resource ? `${resource.label} ${resource.url}` : "";
    const claims = edit.unsupported ?? [];
    if (resource && claims.length > 0)
      out.unsupported.push({ where, label: describeEditWhere(where), claims: [...claims] });
    if (resource) keep(resource, index);
  }
  entry.resources = kept;
  return keptPlaces;
}
