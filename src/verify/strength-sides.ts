// Which side a comparison takes: the article's limitation is about one side ("Rival sorters from
// Loadstar are slower", "在 IFEval 上落后 GPT-4o") and an entry may state the same fact from the other
// side ("faster … than Loadstar's", "GPT-4o 在 IFEval 上领先它"). Pure word sets; no names index.

/** Function words that name no side. */
const STOP = new Set(
  "a an the it its it's this that these those they them their he she his her we our you is are was were be been has have had do does did and or but so as at by for from in into of on to with than then also too still says say said company team points point one ones more less no not".split(
    " ",
  ),
);

/** A side's words: Latin words (possessive 's dropped) and Chinese bigrams, function words left out. */
export function sideWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9.+-]*[a-z0-9+]|[a-z]/g) ?? []) {
    const word = w.replace(/'s$/, "");
    if (word.length >= 2 && !STOP.has(word)) out.add(word);
  }
  for (const run of text.match(/[\u4e00-\u9fff]{2,}/g) ?? [])
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** A clause split at a comparison word: who it is said of (before) and who it is measured against. */
export function sidesOf(
  clause: string,
  word: RegExp,
): { subject: Set<string>; other: Set<string> } | undefined {
  const m = new RegExp(word.source, word.flags.replace("g", "")).exec(clause);
  if (!m) return undefined;
  let before = clause.slice(0, m.index);
  let after = clause.slice(m.index + m[0].length);
  // "比 Loadstar 的更快": the one after 比 is measured against, though it stands before the word.
  const bi = /(?<![\u4e00-\u9fff])比|较/.exec(before);
  if (bi) {
    after = `${before.slice(bi.index + bi[0].length)} ${after}`;
    before = before.slice(0, bi.index);
  }
  return { subject: sideWords(before), other: sideWords(objectOf(after)) };
}

/**
 * Who a comparison word is measured against: "than X", else the words right after it ("leads X on
 * IFEval", "落后 GPT-4o 3.7 分"), up to where or by how much; "leads on IFEval" measures against no one.
 */
function objectOf(after: string): string {
  const than = /\bthan\s+([\s\S]*)$/i.exec(after);
  const rest = than ? than[1]! : after;
  if (!than && /^\s*(?:on|in|at|by|across|for|with|among|overall)\b|^\s*[在上的了]/i.test(after)) return "";
  return rest.split(/\s(?:on|in|at|by|across|for|with)\s|[在上]|(?<![A-Za-z-])\d/i)[0] ?? "";
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));
const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((w) => !b.has(w)));

/**
 * Whether the entry's strength is the article's limitation told from the other side: the entry
 * measures its subject against who the limitation is said of, or its subject is who the limitation
 * is measured against — and it never measures against that one itself.
 */
export function otherSide(
  entry: { subject: Set<string>; other: Set<string> },
  article: { subject: Set<string>; other: Set<string> },
): boolean {
  const theirSubject = minus(article.subject, article.other);
  const theirOther = minus(article.other, article.subject);
  if (meets(entry.other, theirOther)) return false;
  return meets(entry.other, theirSubject) || meets(entry.subject, theirOther);
}
