import { isOpinionPiece, leadOf } from "../../model/news-actor.ts";
import { findOrgs } from "../../model/org-aliases.ts";
import { actorOf } from "../../model/org-line.ts";
import { affectedProjectOf } from "./affected-project.ts";
import { personActorOf } from "./people-actors.ts";

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
 * 2. No actor: a security finding's affected project (affected-project.ts); the publisher for its own commentary (marked), else the org the title names that is
 * not a comparison or helper, else the publisher (marked) — never a bystander.
 */
export function pickOrg(input: { title: string; lead: string; text: string; fallback: string }): OrgChoice {
  const lead = `${leadOf(input.text)}\n${input.lead}`;
  // A security finding is about what it hits: the affected project, not the advisory's publisher nor
  // a title's opening adjective ("Critical flaw in X"); a title naming a known org acts as usual.
  const hit = findOrgs(input.title).length === 0 ? affectedProjectOf(input.title, "") : undefined;
  if (hit) return { org: hit, known: false };
  const actor = actorOf(input.title, lead, input.text);
  if (actor) return { ...actor, org: withoutUnit(actor.org) };
  const affected = affectedProjectOf(input.title, lead);
  if (affected) return { org: affected, known: false };
  if (isOpinionPiece(input.title, input.text)) return { org: input.fallback, known: false, publisher: true };
  // A person named in Chinese acts ("听潮智能创始人何舟", "李飞飞、吴恩达等…学者"), or an agency publishes.
  const person = personActorOf(input.title, lead);
  if (person) return { org: person.org, known: person.kind !== "people" };
  const named = findOrgs(input.title)[0];
  if (named) return { org: named.name, known: true };
  return { org: input.fallback, known: false, publisher: true };
}

/** "北航团队", "港大研究团队": the org, not its unit word (the rest must still be a name). */
function withoutUnit(org: string): string {
  return org
    .split("/")
    .map((o) => {
      const bare = o.replace(/(?:研究团队|联合团队|团队|课题组)$/, "");
      return bare.length >= 2 && bare !== o ? bare : o;
    })
    .join("/");
}
