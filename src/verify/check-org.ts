import { findActors, findNameUses, LEAD_CHARS, type MentionRole } from "../model/news-actor.ts";
import { spellingsOf } from "../model/org-aliases.ts";
import { foldText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";
import { authorsAffiliation, orgLongForms, publishedByOrg, WRITES_AS_WE } from "./org-forms.ts";
import { romanisedHan } from "./romanised-names.ts";
import type { ClaimReport } from "./types.ts";

/** "A/B", "A & B", "A、B", "A and B": each part is an org to check. */
const SEPARATORS = /\s*(?:\/|／|&|＆|、|,|，|\band\b|×)\s*/;

/** Orgs that claim nothing: no check. */
export const UNNAMED_ORGS = new Set(["", "未署名", "未知", "佚名"]);

export interface OrgPart {
  name: string;
  supported: boolean;
  reason: string;
  /** The sentence that makes the part the actor of the news. */
  evidence?: string;
  role?: "actor" | "publisher";
}

export function splitOrg(org: string): string[] {
  return org
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
}

const ROLE_WORDS: Record<Exclude<MentionRole, "actor">, string> = {
  comparison: "a comparison or baseline",
  helper: "a helper, tool or base",
  recommended: "a recommended-reading or reference list",
  mention: "a mention that does not act",
};

/**
 * Each part of the org, supported only as the ACTOR of the news (model/news-actor.ts): a spelling
 * of it releases, proposes, publishes, raises, says … in the title or the lead. A name seen only
 * as comparison, baseline, helper or in a 推荐阅读 list supports nothing; a product does not
 * support its maker; the publisher is the org only of its own piece (no other actor), marked.
 */
export function checkOrg(org: string, index: ArticleIndex): OrgPart[] {
  const split = index.text.indexOf("\n\n");
  const title = split >= 0 ? index.text.slice(0, split) : "";
  const body = split >= 0 ? index.text.slice(split + 2) : index.text;
  const leadEnd = title.length + 1 + LEAD_CHARS;
  const actors = findActors(title, body);
  const actorNote = actors.length ? `; the actor is ${actors[0]!.name} («${actors[0]!.sentence}»)` : "";
  return splitOrg(org).map((name): OrgPart => {
    // "中科院自动化所" is found as the article's 中国科学院自动化研究所 (org-forms.ts).
    const found =
      findNameUses(name, title, body).length > 0
        ? name
        : (orgLongForms(name).find((f) => findNameUses(f, title, body).length > 0) ??
          // "Qingyuan University" for the article's 清远大学: its pinyin (romanised-names.ts).
          romanisedHan(name, index.text) ??
          name);
    const uses = findNameUses(found, title, body);
    const publisher = publishedByOrg(index.publisher, name);
    const others = actors.filter((a) => foldText(a.name) !== foldText(name));
    // The account's own remark ("新智元认为…") does not make it the actor of someone else's news.
    const spellings = new Set(spellingsOf(found).map(foldText));
    const listed = actors.find((a) => spellingsOf(a.name).some((s) => spellings.has(foldText(s))));
    const acting =
      uses.find(
        (u) => u.role === "actor" && u.at < leadEnd && (!publisher || u.inTitle || others.length === 0),
      ) ??
      (listed && (!publisher || others.length === 0) ? { ...listed, role: "actor" as const } : undefined);
    if (acting)
      return {
        name,
        supported: true,
        reason: `the actor in the ${acting.inTitle ? "title" : "lead"}`,
        evidence: acting.sentence,
        role: publisher ? "publisher" : "actor",
      };
    if (publisher) {
      // The org's own blog writing "we" is the org acting, whatever its title leads with.
      const own = index.publisher !== undefined && foldText(index.publisher) !== foldText(name);
      if (others.length === 0 || (own && WRITES_AS_WE.test(body.slice(0, LEAD_CHARS))))
        return {
          name,
          supported: true,
          role: "publisher",
          reason: "the publisher, for its own piece (nobody else acts in the title or lead)",
          evidence: title || undefined,
        };
      return { name, supported: false, reason: `${name} is the publisher, not the actor${actorNote}` };
    }
    if (uses.length === 0) return { name, supported: false, reason: `${name} is not named in the article` };
    // A paper's author line: the org's people wrote it ("Tomás Ferreira (Ridgeline AI)").
    const authors = authorsAffiliation(body, found);
    if (authors)
      return {
        name,
        supported: true,
        role: "actor",
        reason: "the affiliation of the paper's authors",
        evidence: authors,
      };
    const lateActor = uses.find((u) => u.role === "actor");
    if (lateActor && actors.length === 0)
      return {
        name,
        supported: true,
        role: "actor",
        reason: "the actor in the body (nobody acts in the title or lead)",
        evidence: lateActor.sentence,
      };
    const titled = uses.find((u) => u.role === "mention" && u.at < leadEnd);
    if (titled && actors.length === 0)
      return {
        name,
        supported: true,
        role: "actor",
        reason: `named in the ${titled.inTitle ? "title" : "lead"} (nobody acts in the title or lead)`,
        evidence: titled.sentence,
      };
    const roles = [...new Set(uses.map((u) => u.role))].filter((r) => r !== "actor") as Array<
      Exclude<MentionRole, "actor">
    >;
    const shown = uses.find((u) => u.role !== "actor") ?? uses[0]!;
    return {
      name,
      supported: false,
      reason: `${name} appears only as ${roles.map((r) => ROLE_WORDS[r]).join(" / ")} («${shown.sentence}»)${actorNote}`,
    };
  });
}

/**
 * The org claims of an entry and the org that may be published: the parts of "A/B" the article
 * supports; none → undefined (the caller writes 未署名).
 */
export function verifyOrgClaims(org: string, index: ArticleIndex): { org?: string; claims: ClaimReport[] } {
  const parts = checkOrg(org, index);
  const claims = parts.map(
    (p): ClaimReport => ({
      kind: "org",
      value: p.name,
      where: "org",
      reason: p.reason,
      status: p.supported ? "supported" : "dropped",
      ...(p.evidence ? { evidence: p.evidence } : {}),
      ...(p.role ? { role: p.role } : {}),
    }),
  );
  if (parts.every((p) => p.supported)) return { org, claims };
  const kept = parts.filter((p) => p.supported).map((p) => p.name);
  return { org: kept.length ? kept.join("/") : undefined, claims };
}
