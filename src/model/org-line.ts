// The org line of an entry: the first actor of the news with its co-actors of the same sentence,
// one org named once, a product giving its maker. Shared by the offline analyser and the LLM stub. Pure.
import { isRoleDescribed } from "./actor-names.ts";
import { findActors } from "./news-actor.ts";
import { findOrgs, makerOf, PERSON_NAMES, resolveOrg, spellingsOf } from "./org-aliases.ts";

/**
 * The org line of the news: the first actor with its co-actors of the same sentence ("A/B";
 * people "A & B"); a product acting gives its maker when `context` (the whole article) names the
 * maker. undefined when nobody acts in title or lead. Used by the offline analyser and the LLM
 * stub, so both name the org the way verification checks it.
 */
export function actorOf(
  title: string,
  text: string,
  context: string = text,
): { org: string; known: boolean } | undefined {
  const actors = findActors(title, text);
  const first = actors[0];
  if (!first) return undefined;
  const group = actors.filter((a) => a.sentence === first.sentence && a.inTitle === first.inTitle);
  const names = withoutSameOrg([...new Set(group.map((a) => displayOf(a.name, title, context)))]);
  const people = group.every((a) => PERSON_NAMES.has(a.name));
  const named = group.some(
    (a) => resolveOrg(a.name) || !(/匿名|独立/.test(a.name) || isRoleDescribed(a.name)),
  );
  return { org: names.join(people ? " & " : "/"), known: named };
}

/** A unit word after an org's name: 北大团队, 港大研究者 are 北京大学, 香港大学. */
const UNIT_SUFFIX = /(?:研究团队|研究者|研究人员|团队|课题组)$/;

/**
 * Co-actors that are one org: another spelling (北京大学 / 北大团队), or a unit of an org already
 * listed — its name is that org's spelling plus a few characters (阿里巴巴 / 阿里通义, 字节跳动 /
 * 字节豆包). The first-listed spelling stays.
 */
function withoutSameOrg(names: string[]): string[] {
  const canonical = (n: string) => resolveOrg(n) ?? resolveOrg(n.replace(UNIT_SUFFIX, "")) ?? n;
  const kept: string[] = [];
  for (const name of names) {
    const c = canonical(name);
    const same = kept.some((k) => {
      const ck = canonical(k);
      if (ck === c) return true;
      const unitOf = (whole: string, org: string) =>
        spellingsOf(org).some(
          (sp) => sp.length >= 2 && whole.startsWith(sp) && whole.length - sp.length <= 4,
        );
      return (
        (resolveOrg(k) !== undefined && unitOf(name, k)) ||
        (resolveOrg(name) !== undefined && unitOf(k, name))
      );
    });
    if (!same) kept.push(name);
  }
  return kept;
}

/** People keep the spelling the title uses when it is Latin ("Hennessy"); a product gives its maker. */
function displayOf(name: string, title: string, context: string): string {
  if (PERSON_NAMES.has(name)) {
    const written = title.match(/[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*/g) ?? [];
    return written.find((w) => resolveOrg(w) === name) ?? name;
  }
  const maker = resolveOrg(name) ? undefined : makerOf(name);
  if (maker && findOrgs(context).some((m) => m.name === maker)) return maker;
  return name;
}
