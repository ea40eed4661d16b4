// A comparison turned round without a rival's name or figures: "交付会快于客户预期" when the article
// says "交付节奏会比客户期望的慢"; "上线时间早于计划" for its "晚于原计划". Read in a Chinese article:
// the entry's comparative (快于/慢于, 早于/晚于, 高于/低于 …, or 比 X 快) is refused when the article
// compares the same thing with the same object only the other way (and never this way).
import { contentWords } from "./figure-words.ts";

/** Opposite adjectives: each entry's one is checked against the article's other. */
const PAIRS: Array<[string, string]> = [
  ["快", "慢"],
  ["早", "晚"],
  ["高", "低"],
  ["多", "少"],
  ["强", "弱"],
  ["长", "短"],
  ["好", "差"],
  ["大", "小"],
];
const ADJ = PAIRS.flat().join("");
const opposite = (a: string) => PAIRS.find((p) => p.includes(a))!.find((x) => x !== a)!;

export interface Antonym {
  /** The adjective: 快, 慢 … */
  adj: string;
  /** The words of what is compared (the clause before) and of what it is compared with. */
  subject: Set<string>;
  object: Set<string>;
  raw: string;
  index: number;
  end: number;
}

/** 快于客户预期 (adjective, 于, object) and 比客户期望的慢 (比, object, adjective). */
const AFTER = new RegExp(`(?<![${ADJ}])([${ADJ}])于([^，,。；;！？!?\\n]{2,12})`, "g");
const BEFORE = new RegExp(
  `(?<![对相无类好])比(?![如较例赛特分重率肩拟起])([^，,。；;！？!?\\n比]{2,12}?)(?:的)?(?:要|更|还|略|稍|明显)?([${ADJ}])(?![${ADJ}])`,
  "g",
);
/** Where the subject of a comparison starts: the clause break before it. */
const CLAUSE = /[^，,。；;！？!?\n]*$/;
/** Figures compare themselves (figure-comparisons.ts): a comparison with a number is not read here. */
const FIGURE = /\d/;

export function findAntonyms(text: string): Antonym[] {
  const out: Antonym[] = [];
  const push = (adj: string, object: string, index: number, end: number) => {
    if (FIGURE.test(object)) return;
    const subject = CLAUSE.exec(text.slice(Math.max(0, index - 20), index))?.[0] ?? "";
    out.push({
      adj,
      subject: contentWords(subject),
      object: contentWords(object),
      raw: text.slice(index, end),
      index,
      end,
    });
  };
  for (const m of text.matchAll(AFTER)) push(m[1]!, m[2]!, m.index, m.index + m[0].length);
  for (const m of text.matchAll(BEFORE)) push(m[2]!, m[1]!, m.index, m.index + m[0].length);
  return out.filter((a) => a.object.size > 0);
}

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((w) => b.has(w));

/** About the same thing: the objects share a word, and the subjects do where both have one. */
const same = (a: Antonym, b: Antonym) =>
  overlap(a.object, b.object) && (!a.subject.size || !b.subject.size || overlap(a.subject, b.subject));

let cached: { text: string; found: Antonym[] } | undefined;

/** The article's comparatives (the last article's kept: an entry's claims read the same one). */
export function articleAntonyms(text: string): Antonym[] {
  if (cached?.text !== text) cached = { text, found: findAntonyms(text) };
  return cached.found;
}

export function checkAntonym(claim: Antonym, articleText: string): { supported: boolean; reason: string } {
  const about = articleAntonyms(articleText).filter((a) => same(claim, a));
  const turned = about.find((a) => a.adj === opposite(claim.adj));
  if (!turned || about.some((a) => a.adj === claim.adj))
    return { supported: true, reason: "the article compares it no other way" };
  return { supported: false, reason: `the article compares it the other way ("${turned.raw}")` };
}
