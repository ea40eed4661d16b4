// The entry's fields beside its prose: 相关资源 (a link with its label and link text) and tags. They
// reach every output, so what they write is held to the article like the prose is: links only the
// article's (published in a clean form), figures and names only the article's.
import type { Resource } from "../model/entry.ts";
import { canonicalLink, publishedLink } from "./canonical-link.ts";
import { checkLink } from "./check-claims.ts";
import { checkTextFacts, checkTextLinks, type TextClaim } from "./check-text.ts";
import type { CheckBudget } from "./entry-limits.ts";
import type { ArticleIndex } from "./index-article.ts";
import type { ClaimReport } from "./types.ts";

/** The label a resource gets when its own one claims what the article does not say. */
export const PLAIN_RESOURCE_LABEL = "相关链接";

/**
 * Resources whose link the article supports, each published under its clean URL (publishedLink).
 * A label or link text that writes another link, or a figure or name the article lacks, is not
 * published: the label becomes 相关链接, the link text the URL. Failures are recorded as dropped.
 */
export function verifyResources(
  resources: readonly Resource[],
  index: ArticleIndex,
  claims: ClaimReport[],
  budget?: CheckBudget,
): Resource[] {
  const out: Resource[] = [];
  resources.forEach((r, i) => {
    const where = `resources[${i}]`;
    const verdict = checkLink(r.url, index);
    claims.push({
      kind: "link",
      value: r.url,
      where,
      reason: verdict.reason,
      status: verdict.supported ? "supported" : "dropped",
    });
    const url = verdict.supported ? publishedLink(r.url, verdict.exact === true) : undefined;
    if (!url) return;
    const label =
      besideLink(r.label, verdict.key, `${where}.label`, index, claims, budget) ?? PLAIN_RESOURCE_LABEL;
    const title =
      r.title === undefined
        ? undefined
        : besideLink(r.title, verdict.key, `${where}.title`, index, claims, budget);
    out.push({ label, url, ...(title ? { title } : {}) });
  });
  return out;
}

/**
 * Text shown with a link: undefined when it names another link (even one the article has: link
 * text must not disguise where the link goes), is only the link itself (the clean URL is shown
 * instead), or has a figure or name the article does not support.
 */
function besideLink(
  text: string,
  key: string | undefined,
  where: string,
  index: ArticleIndex,
  claims: ClaimReport[],
  budget?: CheckBudget,
): string | undefined {
  const links = checkTextLinks(text, index);
  const other = links.find((l) => canonicalLink(l.value)?.key !== key);
  if (other) {
    claims.push({
      kind: "link",
      value: other.value,
      where,
      reason: "link text names another link than the one it is shown with",
      status: "dropped",
    });
    return undefined;
  }
  if (links.length && !text.replace(links[0]!.value, "").trim()) return undefined;
  return factsHold(text, where, index, claims, budget) ? text : undefined;
}

/**
 * Tags that write no link and whose every figure and first/superlative the article supports. A
 * tag is a category, and the vocabulary's own words carry names ("科学计算/AI4S", "3D"): names in a
 * tag are not held to the article.
 */
export function verifyTags(
  tags: readonly string[],
  index: ArticleIndex,
  claims: ClaimReport[],
  budget?: CheckBudget,
): string[] {
  return tags.filter((tag, i) => {
    const link = checkTextLinks(tag, index)[0];
    if (link) {
      claims.push({
        kind: "link",
        value: link.value,
        where: `tags[${i}]`,
        reason: "a tag is no link",
        status: "dropped",
      });
      return false;
    }
    return factsHold(tag, `tags[${i}]`, index, claims, budget, (f) => f.kind !== "name");
  });
}

/** True when every figure and name of the text is the article's; failures recorded as dropped. */
function factsHold(
  text: string,
  where: string,
  index: ArticleIndex,
  claims: ClaimReport[],
  budget: CheckBudget | undefined,
  counts: (f: TextClaim) => boolean = () => true,
): boolean {
  // The entry's budget only (entry-limits.ts): its words say nothing of a resource's or tag's.
  const failed = checkTextFacts(text, index, [], budget ? { budget } : {}).filter(
    (f) => !f.supported && counts(f),
  );
  for (const f of failed)
    claims.push({ kind: f.kind, value: f.value, where, reason: f.reason, status: "dropped" });
  return failed.length === 0;
}
