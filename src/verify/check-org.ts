import { ORG_ALIASES } from "../model/org-aliases.ts";
import { containsName, foldText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";

/** "A/B", "A & B", "A、B", "A and B": each part is an org to check. */
const SEPARATORS = /\s*(?:\/|／|&|＆|、|,|，|\band\b|×)\s*/;

/** Orgs that claim nothing: no check. */
export const UNNAMED_ORGS = new Set(["", "未署名", "未知", "佚名"]);

const GROUPS = new Map<string, readonly string[]>();
for (const [name, aliases] of Object.entries(ORG_ALIASES)) {
  const group = [name, ...aliases];
  for (const n of group) GROUPS.set(foldText(n), group);
}

export interface OrgPart {
  name: string;
  supported: boolean;
  reason: string;
}

export function splitOrg(org: string): string[] {
  return org
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Each part of the org, and whether the article names it (or an alias of it, or is its publisher). */
export function checkOrg(org: string, index: ArticleIndex): OrgPart[] {
  return splitOrg(org).map((name) => {
    if (containsName(index.folded, name)) return { name, supported: true, reason: "named in the article" };
    const publisher = index.publisher ? foldText(index.publisher) : undefined;
    if (publisher && publisher === foldText(name)) return { name, supported: true, reason: "the publisher" };
    const alias = (GROUPS.get(foldText(name)) ?? []).find((a) => containsName(index.folded, a));
    if (alias) return { name, supported: true, reason: `named as ${alias}` };
    // A person's surname or a lab's short form: every word of a Latin name found counts.
    const words = name.split(/\s+/).filter((w) => w.length >= 3);
    if (words.length > 1 && words.every((w) => containsName(index.folded, w))) {
      return { name, supported: true, reason: "every word named in the article" };
    }
    return { name, supported: false, reason: `${name} is not named in the article` };
  });
}
