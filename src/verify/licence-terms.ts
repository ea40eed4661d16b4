// A licence widened: the article restricts something to research ("图书子集仍仅限学术研究", "the
// checkpoints are for research only", CC BY-NC) or asks for attribution ("只需注明出处", "requires
// attribution", an ODC-By or CC BY licence), and the entry says "图书子集也一并开放商用", "the
// checkpoints can be used commercially", "无需署名". Two readings:
// - commercial use: an entry clause that grants commercial use (可商用, 开放商用, commercially …) and
//   denies or limits nothing is refused when it holds what an article clause restricts to research or
//   non-commercial use (a Latin word or two character pairs of the words before the restriction) and no
//   plain article clause grants that same thing commercial use;
//   ("The weights, however, are for research use only": an aside between commas is read as no clause
//   break; an entry and article in different languages share the thing through bilingual-words.ts);
// - attribution: an entry's attribution waived (无需署名, no attribution) is refused when the article
//   asks for it or names an attribution licence, and never waives it itself.
import { sameThingAcross } from "./across-objects.ts";
import { clauseText, contentWords } from "./figure-words.ts";
import { sameObject } from "./step-objects.ts";

export interface LicenceClaim {
  raw: string;
  kind: "commercial" | "attribution";
  index: number;
  end: number;
}

const COMMERCIAL = /商用|商业(?:使用|用途|化使用)|\bcommercial(?:ly)?\b/gi;
/** A clause that denies or limits what it grants: no commercial use said. */
const LIMITS =
  /[不未没非无]|禁|仅|只|限|须|需|\b(?:not|non|no|only|bars?|barred|prohibit\w*|forbid\w*|except|unless|requires?)\b|-NC\b/i;
const RESEARCH_ONLY =
  /仅(?:限|供)(?:于)?(?:学术)?研究|只(?:能|可)?用于(?:学术)?研究|(?:仍|只)?限(?:于)?(?:学术)?研究|不(?:允许|可|得|能)(?:用于)?商(?:用|业)|禁止商用|非商业|\bnon-?commercial\b|\bresearch[- ]only\b|\bfor (?:academic )?research (?:purposes |use )?only\b|\b(?:bars?|prohibits?|forbids?) commercial\b|\bBY-NC\b/gi;
const WAIVED =
  /无需(?:署名|注明(?:出处|来源)|标注(?:出处|来源))|不(?:需要?|要求|必)(?:署名|注明(?:出处|来源))|免署名|\bno attribution\b|\bwithout (?:attribution|credit(?:ing)?)\b|\battribution (?:is )?not required\b/gi;
const ASKED =
  /需(?:要)?(?:署名|注明(?:出处|来源)|标注(?:出处|来源))|须(?:署名|注明)|要求署名|\b(?:requires?|required|must (?:give|provide)) (?:\w+ )?(?:attribution|credit)\b|\battribution (?:is )?required\b|\b(?:CC|ODC)[- ]BY\b(?!-NC)/i;
const CLAUSE = /[，,；;。！？!?\n|｜]/;
/** An aside between commas ("the weights, however, are …"): blanked so it breaks no clause. */
const ASIDE =
  /[,，]\s*(?:however|though|meanwhile|by contrast|in contrast|on the other hand|for now|in turn|notably|too|also|不过|然而|同时|则|却)\s*[,，]/gi;
const withoutAsides = (text: string) => text.replace(ASIDE, (m) => " ".repeat(m.length));
const SENTENCE = /[。！？!?\n]/;

/** The clauses of a text that grant commercial use and limit nothing (clauses split in one pass). */
function grantingClauses(text: string): RegExpExecArray[] {
  return [...text.matchAll(/[^，,；;。！？!?\n|｜]+/g)].filter(
    (c) => !LIMITS.test(c[0]) && new RegExp(COMMERCIAL.source, "i").test(c[0]),
  );
}

export function findLicenceClaims(text: string): LicenceClaim[] {
  const out: LicenceClaim[] = [];
  for (const clause of grantingClauses(withoutAsides(text)))
    for (const m of clause[0].matchAll(COMMERCIAL)) {
      const index = clause.index + m.index;
      out.push({ raw: m[0], kind: "commercial", index, end: index + m[0].length });
    }
  for (const m of text.matchAll(WAIVED))
    out.push({ raw: m[0], kind: "attribution", index: m.index, end: m.index + m[0].length });
  return out;
}

/** What each restriction of the article is said of (its clause before it, or the one before that): words and text. */
function restrictedThings(article: string): Array<{ words: Set<string>; text: string }> {
  const out: Array<{ words: Set<string>; text: string }> = [];
  const text = withoutAsides(article);
  for (const m of text.matchAll(RESEARCH_ONLY)) {
    if (out.length >= 50) break;
    let start = m.index;
    const startsSentence = (i: number) =>
      SENTENCE.test(text[i - 1]!) || (/\s/.test(text[i - 1]!) && text[i - 2] === ".");
    while (start > 0 && m.index - start < 300 && !startsSentence(start)) start--;
    const before = text.slice(start, m.index);
    const clauses = before.split(CLAUSE).filter((c) => contentWords(c).size > 0);
    const own = clauses.at(-1) ?? "";
    const saidText = contentWords(own).size >= 2 || clauses.length < 2 ? own : `${clauses.at(-2)}${own}`;
    // A short Latin word (is, the, for) names nothing.
    const words = new Set([...contentWords(saidText)].filter((w) => !/^[a-z]{1,3}$/.test(w)));
    out.push({ words, text: saidText });
  }
  return out;
}

export function checkLicenceClaim(
  claim: LicenceClaim,
  entryText: string,
  articleText: string,
): { supported: boolean; reason: string } {
  const held = { supported: true, reason: "the article does not restrict this use" };
  if (claim.kind === "attribution") {
    if (new RegExp(WAIVED.source, "i").test(articleText) || !ASKED.test(articleText)) return held;
    return {
      supported: false,
      reason: `the article asks for attribution ("${ASKED.exec(articleText)![0]}"): licence widened ("${claim.raw}")`,
    };
  }
  const clauseOf = clauseText(withoutAsides(entryText), claim.index, claim.end, CLAUSE);
  const clause = contentWords(clauseOf);
  const things = restrictedThings(articleText).filter(
    (t) => sameObject(t.words, clause) || sameThingAcross(t.text, clauseOf),
  );
  // A plain clause of the article that grants the same thing commercial use: not restricted after all.
  const granted = things.length > 0 ? grantingClauses(withoutAsides(articleText)).map((c) => c[0]) : [];
  const thing = things.find(
    (t) => !granted.some((g) => sameObject(t.words, contentWords(g)) || sameThingAcross(t.text, g)),
  );
  if (!thing) return held;
  return {
    supported: false,
    reason: `the article restricts ${[...thing.words].slice(0, 4).join("/")} to research or non-commercial use: licence widened ("${claim.raw}")`,
  };
}
