import {
  type BriefingEdit,
  bulletValueOf,
  type CuratedEntry,
  type EditValue,
  parseBulletTarget,
  textOf,
} from "../model/curation.ts";
import type { Entry } from "../model/entry.ts";
import { unsupportedClaimsAt } from "../pipeline/verification.ts";
import type { QueryContext } from "./context.ts";
import { parseEntryId } from "./entry-id.ts";

/**
 * An editor's edit checked again (queries/review.ts): the text in force at a place, and the claims of
 * an edited text or resource the article does not support, by the build's own verification.
 */

/**
 * The value in force at a place: the latest edit's (a bullet's [label, text] as stored), else the
 * draft's text; undefined: no such place.
 */
export function textAt(
  current: CuratedEntry,
  where: string,
  edits: readonly BriefingEdit[],
): EditValue | undefined {
  // A bullet place past the draft's is one the editor may add (its draft text "").
  const draftText = textOf(current.draft, where);
  if (draftText === undefined) return undefined;
  const field = where === "title" || where === "summary" ? where : "bullet";
  const last = edits.findLast(
    (e) => e.entryId === current.entryId && e.field === field && (field !== "bullet" || e.target === where),
  );
  if (last === undefined) return draftText;
  return (field === "bullet" ? bulletValueOf(last.after) : typeof last.after === "string")
    ? last.after
    : draftText;
}

/**
 * The claims of an edited text the article does not support: the entry with the new text, checked
 * by the build's own verification (pipeline/verification.ts), the claims found at that place.
 */
export async function recheck(
  ctx: QueryContext,
  current: CuratedEntry,
  where: string,
  text: string,
  label?: string,
): Promise<string[]> {
  const articleId = current.item.articleId ?? parseEntryId(current.entryId);
  const article = articleId === undefined ? undefined : await ctx.store.getArticle(articleId);
  if (!article) return ["原文不在存储中，无法核验 (the article is not in the store)"];
  // The draft's entry with this one text replaced: edits address the draft's bullets by index.
  const entry = structuredClone(current.draft);
  const bullet = parseBulletTarget(where);
  if (where === "title") entry.title = text;
  else if (where === "summary") entry.summary = text;
  let at = where;
  if (bullet) {
    const bullets = entry[bullet.section].bullets;
    // An added bullet is checked as the section's last one.
    const index = bullet.index < bullets.length ? bullet.index : bullets.push({ text: "" }) - 1;
    bullets[index]!.text = text;
    // The label is part of the bullet as published, so it is checked with it.
    if (label) bullets[index]!.label = label;
    at = `${bullet.section}.bullets[${index}]`;
  }
  return claimsAt(ctx, article, entry, at);
}

/** The claims at `at` ("summary", "core.bullets[1]", "resources[0]") the article does not support. */
function claimsAt(
  ctx: QueryContext,
  article: Parameters<typeof unsupportedClaimsAt>[2],
  entry: Entry,
  at: string,
): string[] {
  return unsupportedClaimsAt(ctx.config, entry, article)
    .filter((c) => c.where === at || c.where.startsWith(`${at}.`) || c.where.startsWith(`${at}[`))
    .map((c) => c.line);
}

/**
 * Whether the article supports a resource an editor set or added: the entry with that link at that
 * place, checked as every link of a build is (verify/verify-entry.ts, resources[i]).
 */
export async function recheckResource(
  ctx: QueryContext,
  current: CuratedEntry,
  index: number,
  resource: { label: string; url: string },
): Promise<string[]> {
  const articleId = current.item.articleId ?? parseEntryId(current.entryId);
  const article = articleId === undefined ? undefined : await ctx.store.getArticle(articleId);
  if (!article) return ["原文不在存储中，无法核验 (the article is not in the store)"];
  const entry = structuredClone(current.draft);
  const at = index < entry.resources.length ? index : entry.resources.push(resource) - 1;
  entry.resources[at] = resource;
  return claimsAt(ctx, article, entry, `resources[${at}]`);
}
