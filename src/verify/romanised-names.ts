// An English entry spells a Chinese article's names in pinyin: "Xingqiong Semiconductor" for
// 星穹半导体, "CFO Zhou Min" for 周敏, "Ruoxi Wang" for 王若曦. Such a spelling names what the article
// names when its syllables read, character by character, as a run of the article's Han characters
// (pinyin-syllables.ts: each character's reading known to within a neighbouring syllable), in the
// written order or with the family name moved first, and when the org words after it ("Semiconductor",
// "Lab", "University") are in the article right after that run in Chinese (半导体, 实验室, 大学).
// A single syllable ("Min" alone) reads as too many characters to tell: it is never a match.
import { ANCHORS, SYLLABLES } from "./pinyin-syllables.ts";
import { POLYPHONES } from "./polyphones.ts";

const collator = new Intl.Collator("zh-u-co-pinyin");
const ranges = new Map<string, readonly [string, string]>();

/** The syllables a Han character may read as: from one anchor's syllable to the next one's. */
function readingRange(ch: string): readonly [string, string] {
  const known = ranges.get(ch);
  if (known) return known;
  let lo = 0;
  let hi = ANCHORS.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (collator.compare(ANCHORS[mid]![1], ch) <= 0) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const first = ANCHORS[Math.max(at, 0)]![0];
  const exact = at >= 0 && ANCHORS[at]![1] === ch;
  const range = [first, exact ? first : (ANCHORS[at + 1]?.[0] ?? "zzz")] as const;
  ranges.set(ch, range);
  return range;
}

const reads = (ch: string, syllable: string) => {
  if (POLYPHONES[ch]?.includes(syllable)) return true;
  const [from, to] = readingRange(ch);
  return from <= syllable && syllable <= to;
};

const SYLLABLE_SET = new Set(SYLLABLES);

/** Every way to cut a word into pinyin syllables ("xian" → xian, xi|an); none when it cannot be. */
export function pinyinSyllables(word: string): string[][] {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return [];
  const from = (i: number): string[][] => {
    if (i === w.length) return [[]];
    const out: string[][] = [];
    for (let j = Math.min(w.length, i + 6); j > i; j--) {
      const s = w.slice(i, j);
      if (SYLLABLE_SET.has(s)) for (const rest of from(j)) out.push([s, ...rest]);
    }
    return out;
  };
  return from(0).slice(0, 8);
}

/** Org words and the Chinese an article writes them with, right after a name. */
const ORG_WORDS: Record<string, string[]> = {
  semiconductor: ["半导体"],
  microelectronics: ["微电子"],
  electronics: ["电子"],
  lab: ["实验室"],
  labs: ["实验室"],
  laboratory: ["实验室"],
  university: ["大学"],
  college: ["学院"],
  academy: ["研究院", "学院"],
  institute: ["研究院", "研究所"],
  research: ["研究"],
  robotics: ["机器人"],
  robot: ["机器人"],
  dynamics: ["动力"],
  cloud: ["云"],
  technology: ["科技", "技术"],
  technologies: ["科技", "技术"],
  tech: ["科技", "技术"],
  intelligence: ["智能"],
  ai: ["智能", "ai"],
  capital: ["资本"],
  ventures: ["创投", "资本"],
  group: ["集团"],
  holdings: ["控股"],
  software: ["软件"],
  computing: ["计算", "算力"],
  city: ["市"],
  province: ["省"],
};

const stripPossessive = (w: string) => w.replace(/['’]s$/, "");

/** Whether `text`, from `at`, holds the Han characters a syllable sequence reads as. */
function readsAt(text: string, at: number, syllables: readonly string[]): boolean {
  for (const [k, s] of syllables.entries()) {
    const ch = text[at + k];
    if (!ch || !/[\u4e00-\u9fff]/.test(ch) || !reads(ch, s)) return false;
  }
  return true;
}

/** Where the article's Han text reads as one of `spellings`: [start, end) of each run. */
function runsOf(article: string, spellings: readonly (readonly string[])[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const syllables of spellings)
    for (let at = 0; at + syllables.length <= article.length; at++)
      if (readsAt(article, at, syllables)) runs.push([at, at + syllables.length]);
  return runs;
}

/** The syllable sequences of words written in order, and with the last word (a family name) first. */
function spellingsOf(words: readonly string[]): string[][] {
  const cuts = words.map(pinyinSyllables);
  if (cuts.some((c) => c.length === 0)) return [];
  const join = (order: readonly string[][][]) =>
    order.reduce<string[][]>((acc, c) => acc.flatMap((a) => c.map((x) => [...a, ...x])), [[]]);
  const orders = [cuts];
  if (cuts.length > 1) orders.push([cuts.at(-1)!, ...cuts.slice(0, -1)]);
  return orders.flatMap(join).filter((s) => s.length >= 2);
}

interface RomanisedMatch {
  /** Index of the name's first word and one past its last word (org words included). */
  from: number;
  to: number;
  /** The article's spelling: the Han run and, through its last org word, what follows it. */
  han: string;
}

/** The pinyin names among `words` (a run of capitalised words) with the org words after each. */
function matchRun(words: readonly string[], article: string): RomanisedMatch[] {
  const out: RomanisedMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    let end = start;
    while (end < words.length && /^[A-Z][a-z]+$/.test(words[end]!) && pinyinSyllables(words[end]!).length)
      end++;
    if (end === start) continue;
    // [start, end of the name, end so far]: the org words after the name ("Research Institute"),
    // each in Chinese within a few characters after the name (研究院 holds both).
    let runs = runsOf(article, spellingsOf(words.slice(start, end))).map(
      ([a, e]): [number, number, number] => [a, e, e],
    );
    if (runs.length === 0) continue;
    let to = end;
    for (; to < words.length; to++) {
      const forms = ORG_WORDS[words[to]!.toLowerCase()] ?? [];
      const next = runs.flatMap(([a, e, last]) =>
        forms.flatMap((f) => {
          const at = article
            .slice(e, e + 16)
            .toLowerCase()
            .indexOf(f);
          return at < 0 ? [] : [[a, e, Math.max(last, e + at + f.length)] as [number, number, number]];
        }),
      );
      if (next.length === 0) break;
      runs = next;
    }
    out.push({ from: start, to, han: article.slice(runs[0]![0], runs[0]![2]) });
    start = end - 1;
  }
  return out;
}

const RUN = /[A-Z][A-Za-z]*(?:['’]s)?(?:[ -][A-Z][A-Za-z]*(?:['’]s)?)*/g;
const runWords = (run: string) => run.split(/[ -]/).map(stripPossessive);

/**
 * The Latin words of `text` that spell, in pinyin, a name the article writes in Han characters,
 * with the org words after each that the article writes after that name (lower case).
 */
export function romanisedNameWords(text: string, article: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.matchAll(RUN)) {
    const words = runWords(run[0]);
    for (const m of matchRun(words, article))
      for (const w of words.slice(m.from, m.to)) out.add(w.toLowerCase());
  }
  return out;
}

/** The article's Han spelling of a whole romanised name ("Qingyuan University" → 清远大学), if any. */
export function romanisedHan(name: string, article: string): string | undefined {
  const words = runWords(name.trim());
  return matchRun(words, article).find((m) => m.from === 0 && m.to === words.length)?.han;
}

/**
 * Whether a Latin name written without spaces ("daiheng", "hengdai") spells the Han name `han` (戴衡)
 * in pinyin, in either name order: the same person under the English entry's spelling.
 */
export function spellsHanName(latin: string, han: string): boolean {
  if (han.length < 2 || !/^[\u4e00-\u9fff]+$/.test(han)) return false;
  for (const cut of pinyinSyllables(latin)) {
    if (cut.length !== han.length) continue;
    for (let r = 0; r < cut.length; r++)
      if (readsAt(han, 0, [...cut.slice(r), ...cut.slice(0, r)])) return true;
  }
  return false;
}

/**
 * The article's spelling of a pinyin name with a model tail ("Moyan-3", "Shentong-Pro", "Jingge-72B",
 * "Chengyan-4.0" for 墨言-3, 深瞳-Pro, 鲸歌-72B, 澄言-4.0): the leading words read as a Han run of the
 * article, and the same tail follows that run (a hyphen or space between, either way). Undefined when
 * the name has no such head, or the article's run carries another tail (墨言-2 for "Moyan-3").
 */
export function romanisedWithTail(name: string, article: string): string | undefined {
  return romanisedParts(name, article)?.han;
}

/** romanisedWithTail, with the tail as the entry writes it ("Pro", "72B"). */
export function romanisedParts(name: string, article: string): { han: string; tail: string } | undefined {
  const parts = stripPossessive(name.trim()).split(/[ -]/);
  for (let k = 1; k < parts.length; k++) {
    const head = parts.slice(0, k).map(stripPossessive);
    if (!head.every((w) => /^[A-Z][a-z]+$/.test(w))) break;
    const tail = parts.slice(k).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const after = new RegExp(`^[ ·-]?${tail.join("[ -]?")}(?![A-Za-z0-9]|\\.\\d)`, "i");
    for (const [a, e] of runsOf(article, spellingsOf(head))) {
      const m = after.exec(article.slice(e, e + name.length + 4));
      if (m) return { han: article.slice(a, e + m[0].length), tail: parts.slice(k).join("-") };
    }
  }
  return undefined;
}

/** The binding key of such a name ("shentongpro"), as find-terms.ts writes it. */
export const romanisedKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[ '’-]/g, "");
