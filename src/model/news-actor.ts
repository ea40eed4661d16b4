// Who is the actor of a piece of news: who released, proposed, published, raised, left or said
// the thing. Shared by the offline analyser (which org to name) and verification (whether an
// entry's org is supported). Pure; patterns on the title and the article's sentences.
import { nameCandidates } from "./actor-names.ts";
import { findNameUses, LEAD_CHARS, type MentionRole, type NameUse } from "./name-uses.ts";
import { resolveOrg, spellingsOf } from "./org-aliases.ts";
import { isRoundup, leadOf } from "./piece-kinds.ts";
import { TextMemo } from "./text-memo.ts";

export { findCjkOrgNames, isRoleDescribed, nameCandidates, ROLE_DESCRIBED } from "./actor-names.ts";
export { isOpinionPiece, isRoundup, leadOf } from "./piece-kinds.ts";
export { findNameUses, LEAD_CHARS, type MentionRole, type NameUse };

export interface ActorCandidate {
  /** Display name: the org table's name for a known spelling, else the name as written. */
  name: string;
  sentence: string;
  inTitle: boolean;
  at: number;
}

/**
 * Actor candidates of the news, title first, then the lead (LEAD_CHARS of the body), each with
 * the sentence that makes it the actor. Comparison, helper and list mentions never appear here.
 */
export function findActors(title: string, text: string): ActorCandidate[] {
  const lead = isRoundup(title) ? "" : leadOf(text);
  // The same article is asked about by dedup, the offline analyser and verification (each entry's
  // org check) in one run: the answer depends on the title and lead alone, so it is kept for the
  // latest articles. A fresh array each time (callers may sort it); the candidates are frozen.
  // A sentence is a slice of the article's text and would keep the whole text alive: copied.
  const known = ACTORS.get(`${title}\u0000${lead}`, () =>
    actorsIn(title, lead).map((a) => Object.freeze({ ...a, sentence: Array.from(a.sentence).join("") })),
  );
  return known.slice();
}

/**
 * Articles whose actors are kept: more than a large day's (10k articles a day), as each stage asks
 * about every article in turn and a smaller memo would be recomputed at every stage.
 */
const ACTORS = new TextMemo<readonly ActorCandidate[]>(16_384);

function actorsIn(title: string, lead: string): ActorCandidate[] {
  const names = nameCandidates([title, lead]);
  const out: ActorCandidate[] = [];
  const openers: ActorCandidate[] = [];
  for (const [display] of names) {
    // A fragment of a longer candidate ("Jeff" of "Jeff Dean") is that candidate's business.
    // and an unknown name spanning known ones ("上海大学联合南开大学") is theirs.
    if (
      !resolveOrg(display) &&
      [...names.entries()].some(
        ([o, w]) => o !== display && (o.includes(display) || (resolveOrg(o) && display.includes(w))),
      )
    )
      continue;
    const uses = findNameUses(display, title, lead);
    const use = uses.find((u) => u.role === "actor");
    if (use) out.push({ name: display, sentence: use.sentence, inTitle: use.inTitle, at: use.at });
    const opener = uses.find((u) => u.inTitle && u.role === "mention" && opensClause(title, u.at));
    if (opener) openers.push({ name: display, sentence: opener.sentence, inTitle: true, at: opener.at });
  }
  // No one acts in title or lead: a name opening a title clause is what the title is about
  // ("让AI自己赚API钱：Clawdbot在Polymarket上套利").
  if (out.length === 0 && openers.length > 0) out.push(openers[0]!);
  // 腾讯 inside 腾讯混元 in the same sentence is the longer name's mention.
  const kept = out.filter(
    (a) =>
      !out.some(
        (b) =>
          b !== a &&
          b.sentence === a.sentence &&
          b.name.length > a.name.length &&
          spellingsOf(a.name).some((s) => b.name.includes(s)),
      ),
  );
  return kept.sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || a.at - b.at);
}

/** An English title's descriptor before its name ("Chatbot maker Vireo left…", "AI startup Quayside…"). */
const DESCRIPTOR = /^(?:[A-Za-z-]+\s+){0,2}(?:maker|startup|firm|company|giant|developer|provider|lab)\s+$/i;

function opensClause(title: string, at: number): boolean {
  return (
    (/(?:^|[：:，,！!？?|｜]\s*)$/.test(title.slice(0, at)) || DESCRIPTOR.test(title.slice(0, at))) &&
    !/^[\s]*[的之]/.test(title.slice(at).replace(/^\S+/, ""))
  );
}
