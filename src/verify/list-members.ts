// An item swapped into a list: "API 首批开放中国大陆、新加坡和欧洲，日本区域明年上线" where the article
// says 首批在中国大陆、新加坡和日本开放，欧洲区域明年上线; "首批开放华东与华北两个区域" for 华东和华南. Each
// item is the article's, the membership is not. An entry's list (items joined by 、/和/与/及, Chinese
// articles) is read against the article clause that holds all its items but one, with a list of as
// many items (two items: the other in its place): the odd item is refused when the article names it
// elsewhere (moved from another statement). A list the article writes whole, in any order, or an item it never names (a
// rewording) is not refused.
import type { ArticleIndex } from "./index-article.ts";

export interface ListClaim {
  raw: string;
  index: number;
  end: number;
  items: string[];
}

const CLAUSE = /[^，,。；;！？!?\n：:｜|]+/g;
const JOIN = /、|以及|和|与|及/;
/** Words before the first item ("首批开放", "支持"): the item starts after the last of them. */
const LEAD = /^.*(?:开放|上线|支持|覆盖|包括|包含|进入|登陆|推出|在|于|向|对|为|是|有)/;
/** Words after the last item: a count of them ("两个区域", "三地") or a verb ("开放"). */
const TAIL =
  /(?:[两三四五六七八九十\d]+\s*个?(?:区域|地区|地|国|国家|市场|城市|语言|语种|版本|批))?(?:等|开放|上线|地区|区域|跟投|领投|参投|加注|参与)?$/;

function itemsOf(clause: string): string[] {
  const parts = clause.split(JOIN).map((p) => p.trim());
  if (parts.length < 2) return [];
  parts[0] = parts[0]!.replace(LEAD, "").trim();
  parts[parts.length - 1] = parts.at(-1)!.replace(TAIL, "").trim();
  return parts;
}

/** An item is a short name: 2-8 characters, no digits, no verb of a clause. */
const clean = (item: string) =>
  /^[\u4e00-\u9fffA-Za-z（）()\s·-]{2,10}$/.test(item) && !/的|了|将|已/.test(item);

export function findListClaims(text: string): ListClaim[] {
  const out: ListClaim[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const items = itemsOf(m[0]);
    if (items.length >= 2 && items.every(clean))
      out.push({ raw: m[0].trim(), index: m.index, end: m.index + m[0].length, items });
  }
  return out;
}

const cache = new WeakMap<ArticleIndex, { clause: string; at: number; size: number }[]>();

function articleLists(index: ArticleIndex) {
  let known = cache.get(index);
  if (!known) {
    known = [...index.text.matchAll(CLAUSE)]
      .map((m) => ({ clause: m[0], at: m.index, size: itemsOf(m[0]).length }))
      .filter((l) => l.size >= 2);
    cache.set(index, known);
  }
  return known;
}

export function checkListClaim(
  claim: ListClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const text = index.text;
  const lists = articleLists(index);
  // The article says these items together somewhere ("STAR 与基座模型持平"): no swap.
  if ([...text.matchAll(CLAUSE)].some((m) => claim.items.every((i) => m[0].includes(i))))
    return { supported: true, reason: "an article clause holds these items together" };
  for (const list of lists) {
    if (list.size !== claim.items.length) continue;
    // Only a list of short names is a list ("…引入了一种“先推理、后绘图”的…机制" is a sentence).
    if (!itemsOf(list.clause).every(clean)) continue;
    const missing = claim.items.filter((i) => !list.clause.includes(i));
    if (missing.length !== 1 || claim.items.length - missing.length < 1) continue;
    const odd = missing[0]!;
    // Two items: a swap keeps the other item's place ("华东与华北" for 华东和华南); "智能体编程和 MCP"
    // beside the article's "MCP 与端侧模型" joins two statements instead.
    if (claim.items.length === 2) {
      const theirs = itemsOf(list.clause);
      const kept = claim.items.findIndex((i) => i !== odd);
      if (!theirs[kept]?.includes(claim.items[kept]!)) continue;
    }
    const before = text.slice(0, list.at);
    const after = text.slice(list.at + list.clause.length);
    if (!before.includes(odd) && !after.includes(odd)) continue;
    return {
      supported: false,
      reason: `the article's list is "${list.clause.trim()}": ${odd} is not in it (the article names it elsewhere)`,
    };
  }
  return { supported: true, reason: "the article's list holds these items" };
}
