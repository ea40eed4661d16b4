import { ROLE_DESCRIBED } from "../../model/news-actor.ts";
import { findOrgs, PERSON_NAMES, spellingsOf } from "../../model/org-aliases.ts";

/** A person or an org the article names, with where (offset in the article text). */
export interface Referent {
  name: string;
  at: number;
}

/**
 * A person after a role ("创始人兼 CEO 陈亦凡此前…", "创始人林骁聊了聊"): 2–3 CJK characters, ended
 * by punctuation or the word that follows a name (告诉, 表示, 此前 …).
 */
const ROLE_NAMED = new RegExp(
  "(?:联合创始人|创始人|CEO|CTO|COO|首席[\\u4e00-\\u9fff]{1,3}官|负责人|总裁|总经理|合伙人|研究员|科学家|教授|院长|主任)" +
    "(?:兼\\s*(?:CEO|CTO|COO|总裁|总经理))?\\s*([\\u4e00-\\u9fff]{2,3}?)" +
    "(?=[，,。、：:；;\\s]|告诉|表示|认为|称|说|透露|坦言|指出|此前|曾|聊|在|也|还|是|对|向|带领)",
  "g",
);
/** The people an article names (known people, a role with a name, a person described by role), in order. */
export function findPeople(text: string): Referent[] {
  const out: Referent[] = [];
  // Known people as the article spells them (黄仁勋, Karpathy).
  for (const m of findOrgs(text)) {
    if (!PERSON_NAMES.has(m.name)) continue;
    const written = spellingsOf(m.name).find((s) => text.includes(s));
    if (written) out.push({ name: written, at: text.indexOf(written) });
  }
  for (const m of text.matchAll(ROLE_NAMED))
    out.push({ name: m[1]!, at: m.index + m[0].length - m[1]!.length });
  // A person described by role only ("一名高中语文老师"): the role is how the article names them.
  for (const m of text.matchAll(ROLE_DESCRIBED)) out.push({ name: m[1]!, at: m.index });
  // A name, once introduced, is found again where it is written alone ("林骁认为").
  for (const name of new Set(out.map((p) => p.name))) {
    let at = text.indexOf(name);
    while (at >= 0) {
      if (!out.some((p) => p.at === at)) out.push({ name, at });
      at = text.indexOf(name, at + name.length);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** How far back (characters) a pronoun's referent may be named. */
const PRONOUN_REACH = 300;

/**
 * Who 他/她 at `offset` is: the person named last before it, within PRONOUN_REACH characters; undefined
 * when nobody is (the pronoun then stays, and its sentence is no bullet).
 */
export function personBefore(people: readonly Referent[], offset: number): string | undefined {
  const before = people.filter((p) => p.at < offset && offset - p.at <= PRONOUN_REACH);
  return before.at(-1)?.name;
}
