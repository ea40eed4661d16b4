// What a whole entry says about its own words, for checking each of its texts: the Latin words it
// writes in lower case (a capitalised sentence start of one of them is a word, not a name), and the
// Latin spellings it writes beside a Chinese name of the article ("曜芯科技 (Yaoxin Tech)",
// "Yunqi (云启智能)"): a transliteration the entry itself gives, so "Yaoxin" elsewhere in the entry
// names that company, not an invented one.
import type { Bullet, Entry, Section } from "../model/entry.ts";
import type { RomanisedKey } from "./binding-keys.ts";
import { splitOrg } from "./check-org.ts";
import type { TextContext } from "./check-text.ts";
import { ENTRY_LIMITS, entryBudget } from "./entry-limits.ts";
import { compactText, halfWidth } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";
import { romanisedKey, romanisedNameWords, romanisedParts } from "./romanised-names.ts";

const HAN = "[\\u4e00-\\u9fff][\\u4e00-\\u9fff·]{1,15}";
const LATIN = "[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,3}";
/** "中文 (Latin)" and "Latin (中文)", either bracket width. */
const GLOSSED = new RegExp(
  `(${HAN})\\s*[（(]\\s*(${LATIN})\\s*[)）]|(${LATIN})\\s*[（(]\\s*(${HAN})\\s*[)）]`,
  "g",
);

function entryTexts(entry: Entry): string[] {
  const texts = [entry.title, entry.summary];
  const bullets = (bs: readonly Bullet[]) => {
    for (const b of bs) {
      texts.push(b.label ?? "", b.text);
      if (b.children) bullets(b.children);
    }
  };
  for (const s of [entry.core, entry.results, entry.insights] as Section[]) {
    texts.push(s.lead ?? "");
    bullets(s.bullets);
  }
  return texts.map(halfWidth);
}

/** A pinyin name with a model tail ("Moyan-3", "Shentong-Pro", "Xinghe Agent-2"). */
const TAILED =
  /(?<![A-Za-z0-9])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*[ -][A-Z0-9][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*/g;

/** The entry-wide context of each text check: lower-case words and the glosses of the article's names. */
export function entryContext(entry: Entry, index: ArticleIndex): TextContext {
  const lowerWords = new Set<string>();
  const glosses = new Set<string>();
  const romanised = new Map<string, RomanisedKey>();
  let chars = 0;
  for (const text of entryTexts(entry)) {
    // Texts past the entry's limits are refused unchecked: they vouch for no word of the others.
    chars += text.length;
    if (text.length > ENTRY_LIMITS.textChars || chars > ENTRY_LIMITS.entryChars) continue;
    for (const m of text.matchAll(/(?<![A-Za-z])[a-z]+(?![A-Za-z])/g)) lowerWords.add(m[0]);
    for (const m of text.matchAll(GLOSSED)) {
      const [han, latin] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
      // Only beside a name the article writes: the entry cannot vouch for a name of its own.
      if (!index.compact.includes(compactText(han))) continue;
      for (const word of latin.split(/[ -]/)) glosses.add(word.toLowerCase());
    }
    // "Xingqiong Semiconductor" for the article's 星穹半导体: the pinyin of a name it writes.
    for (const word of romanisedNameWords(text, index.text)) glosses.add(word);
    // "Shentong-Pro" for the article's 深瞳-Pro: its binding key is the tail the article writes too.
    for (const m of text.matchAll(TAILED)) {
      const parts = romanisedParts(m[0], index.text);
      if (!parts) continue;
      // Its key and the tail's own ("jingge72b", "72b"): the article indexes neither for 鲸歌-72B.
      const named = { tail: romanisedKey(parts.tail), han: parts.han };
      romanised.set(romanisedKey(m[0]), named);
      romanised.set(named.tail, named);
    }
  }
  return { lowerWords, glosses, romanised, budget: entryBudget(), orgs: splitOrg(entry.org) };
}
