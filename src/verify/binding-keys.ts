// The binding keys of an entry's figure that say no more than the article's own words would: a
// Latin spelling the entry gives for a Chinese name of the article ("Yunqi"), a person's role
// ("CEO"), a fiscal year or half ("FY2026", "H1"), and a pinyin name with a model tail
// ("Shentong-Pro" for 深瞳-Pro), whose key is the tail the article writes too ("pro") — the article
// indexes no key for its Han head. A figure bound to such a name must then stand in the article in a
// sentence or table row that writes the name in Han (romanisedRowMissed), so a figure moved to another
// model of a Chinese table is still refused.
import type { ClaimBinding } from "./check-claims.ts";
import type { Figure } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

const ROLE_KEYS = new Set(["ceo", "cto", "coo", "cfo", "vp", "chairman", "founder"]);

/** A pinyin name with a tail: the tail's key and the article's Han spelling (entry-context.ts). */
export interface RomanisedKey {
  tail: string;
  han: string;
}

export function withoutKeys(
  b: ClaimBinding,
  glosses: ReadonlySet<string>,
  romanised: ReadonlyMap<string, RomanisedKey>,
  articleTerms: ReadonlySet<string>,
): ClaimBinding {
  const keep = (k: string) => !glosses.has(k) && !ROLE_KEYS.has(k) && !/^(?:fy\d{2,4}|[12]h|h[12])$/.test(k);
  const key = (k: string) => {
    const r = romanised.get(k);
    return r === undefined ? k : articleTerms.has(r.tail) ? r.tail : "";
  };
  const keys = (s: ReadonlySet<string>) => new Set([...s].map(key).filter((k) => k && keep(k)));
  return { terms: keys(b.terms), names: keys(b.names), scoped: keys(b.scoped) };
}

/** A Han name with a Latin tail in the article ("深瞳-Pro", "鲸歌-72B", "澄言-4.0"). */
const HAN_TAILED = /[\u4e00-\u9fff]{1,4}-[A-Za-z0-9]+(?:\.\d+)?/g;

/**
 * The Han spelling of a pinyin name the figure is bound to that is not the figure's name at any of
 * its occurrences in the article, if any: "Jingge-72B scored 72.4" where 72.4 is 澄言-4.0's. A
 * figure's name is the nearest Han name with a tail (or one the entry spells) before it in its
 * sentence or table row, else the first after it in its clause: "岩松-2 以 81.5 分排名第一，云雀-34B
 * 是…" gives 81.5 to 岩松-2.
 */
export function romanisedRowMissed(
  figure: Figure,
  binding: ClaimBinding,
  romanised: ReadonlyMap<string, RomanisedKey>,
  index: ArticleIndex,
): string | undefined {
  // By a full name's key only: a tail ("pro") may be two names' (深瞳-Pro, 青禾-Pro), and the map
  // keeps one of them.
  const hans = [...binding.terms].flatMap((k) => {
    const r = romanised.get(k);
    return r && k !== r.tail ? [r.han] : [];
  });
  if (hans.length === 0) return undefined;
  const text = index.text;
  const names: Array<{ at: number; end: number }> = [...text.matchAll(HAN_TAILED)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
  }));
  for (const r of new Set([...romanised.values()].map((v) => v.han)))
    for (let at = text.indexOf(r); at >= 0; at = text.indexOf(r, at + 1))
      names.push({ at, end: at + r.length });
  const owners = index.figures
    .filter((f) => sameFigure(figure, f))
    .map((f) => {
      const from = Math.max(...["。", "！", "？", "\n", ". "].map((e) => text.lastIndexOf(e, f.index))) + 1;
      // The digits of a name ("2" of 岩松-2) are that name's.
      const own =
        names.find((n) => n.at <= f.index && n.end >= f.end) ??
        names.filter((n) => n.end <= f.index && n.at >= from).sort((a, b) => b.end - a.end)[0] ??
        names
          .filter((n) => n.at >= f.end && !/[，,；;。！？\n]/.test(text.slice(f.end, n.at)))
          .sort((a, b) => a.at - b.at)[0];
      return own ? text.slice(own.at, own.end) : "";
    });
  return hans.find((han) => !owners.some((o) => o.includes(han)));
}
