// Organisations an entry names in its prose ("该工作由清华大学与北京大学合作完成"): each must be one the
// article names, under any spelling (model/org-aliases.ts). Latin names are checked as proper names
// (proper-names.ts); this reads the Chinese spellings, which no other check sees.
import { findOrgs, ORG_ALIASES } from "../model/org-aliases.ts";
import type { ArticleIndex } from "./index-article.ts";

/** Chinese spellings that are also everyday words: 苹果 (fruit), 字节 (bytes), 小米, 蚂蚁 … */
const AMBIGUOUS = new Set(["苹果", "字节", "小米", "蚂蚁", "南大", "港大", "南开", "混元"]);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SPELLINGS = Object.entries(ORG_ALIASES)
  .flatMap(([name, aliases]) => [name, ...aliases].map((alias) => ({ alias, name })))
  .filter(({ alias }) => /[\u4e00-\u9fff]/.test(alias) && !AMBIGUOUS.has(alias))
  .sort((a, b) => b.alias.length - a.alias.length);
const NAME_OF = new Map(SPELLINGS.map((s) => [s.alias, s.name]));
const PATTERN = new RegExp(SPELLINGS.map((s) => escapeRe(s.alias)).join("|"), "g");

export interface TextOrg {
  raw: string;
  /** Display name (a key of ORG_ALIASES). */
  name: string;
  index: number;
  end: number;
}

/** The organisations an entry text names in Chinese, longest spelling first at each place. */
export function findTextOrgs(text: string): TextOrg[] {
  return [...text.matchAll(PATTERN)].map((m) => ({
    raw: m[0],
    name: NAME_OF.get(m[0])!,
    index: m.index,
    end: m.index + m[0].length,
  }));
}

/** The organisations an article names, any spelling (its publisher too). */
export function articleOrgs(text: string, publisher?: string): Set<string> {
  const names = new Set(findOrgs(text).map((m) => m.name));
  if (publisher) for (const m of findOrgs(publisher)) names.add(m.name);
  return names;
}

/**
 * Named in the article under any spelling, or as its parent and the rest ("腾讯混元" for the
 * article's "腾讯发布混元大模型").
 */
export function checkTextOrg(org: TextOrg, index: ArticleIndex): { supported: boolean; reason: string } {
  if (index.orgs.has(org.name) || index.text.includes(org.raw))
    return { supported: true, reason: "named in the article" };
  for (const parent of index.orgs) {
    const rest = org.raw.startsWith(parent) ? org.raw.slice(parent.length) : "";
    if (rest.length >= 2 && index.text.includes(rest))
      return { supported: true, reason: `named in the article as ${parent} and ${rest}` };
  }
  return { supported: false, reason: `${org.raw} is not named in the article` };
}
