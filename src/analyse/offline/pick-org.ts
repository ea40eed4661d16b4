import { findActors, isOpinionPiece, leadOf } from "../../model/news-actor.ts";
import { findOrgs, makerOf, PERSON_NAMES, resolveOrg } from "../../model/org-aliases.ts";

export interface OrgChoice {
  org: string;
  /** True when the org is a named lab, company or person acting in the news, not a fallback. */
  known: boolean;
  /** True when the org is the publisher (the account), named for its own opinion piece. */
  publisher?: boolean;
}

/**
 * Picks the org of an entry: the actor of the news (model/news-actor.ts), the same definition
 * verification checks. 1. Actors of the title, else of the lead (the article's first paragraphs
 * and the ranked lead sentences); co-actors of the same sentence join ("A/B"; people "A & B").
 * A product acting in the news ("Kimi K2 发布") gives its maker when the article names the maker.
 * 2. No actor: the publisher for its own commentary (marked), else the org the title names that is
 * not a comparison or helper, else the publisher (marked) — never a bystander.
 */
export function pickOrg(input: { title: string; lead: string; text: string; fallback: string }): OrgChoice {
  const body = `${leadOf(input.text)}\n${input.lead}`;
  const actors = findActors(input.title, body);
  const first = actors[0];
  if (first) {
    const group = actors.filter((a) => a.sentence === first.sentence && a.inTitle === first.inTitle);
    const names = [...new Set(group.map((a) => displayOf(a.name, input)))];
    const people = group.every((a) => PERSON_NAMES.has(a.name));
    const named = group.some((a) => resolveOrg(a.name) || !/匿名|独立/.test(a.name));
    return { org: names.join(people ? " & " : "/"), known: named };
  }
  if (isOpinionPiece(input.title, input.text)) return { org: input.fallback, known: false, publisher: true };
  const named = findOrgs(input.title)[0];
  if (named) return { org: named.name, known: true };
  return { org: input.fallback, known: false, publisher: true };
}

/** People keep the spelling the title uses when it is Latin ("Hennessy"); a product gives its maker. */
function displayOf(name: string, input: { title: string; text: string }): string {
  if (PERSON_NAMES.has(name)) {
    const written = input.title.match(/[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*/g) ?? [];
    return written.find((w) => resolveOrg(w) === name) ?? name;
  }
  const maker = resolveOrg(name) ? undefined : makerOf(name);
  if (maker && findOrgs(input.text).some((m) => m.name === maker)) return maker;
  return name;
}
