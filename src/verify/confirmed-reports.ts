// A rumour told as confirmed, a "no comment" told as a denial. The article says "据两位知情人士透露，
// 新模型训练成本约 2 亿美元……对此公司不予置评", "有消息称首席科学家将离职，公司否认", "the screenshot
// could not be verified", "There are reports that you are raising $200 million. — I won't comment";
// the entry says "公司确认训练成本约 2 亿美元", "公司证实首席科学家将离职", "截图经核实为真", "she
// confirmed the raise", or "公司否认训练成本的说法". Who confirmed what is the claim:
// - a confirmation (确认/证实/核实/属实; confirmed, verified; not negated, not 确认为收入) is refused
//   when the article's sentences that hold the clause's words include a report told through others
//   (知情人士, 有消息称, 据…报道, reports that) or one that denies, will not comment or could not verify,
//   the article has such a refusal to confirm somewhere, and no holding sentence itself confirms;
// - a denial (否认, denied) is refused when a holding sentence declines to comment and none denies.
// Words are compared in the entry's language only (content bigrams and Latin words, figure-words.ts);
// an entry in the other language is not judged here.
import { contentWords } from "./figure-words.ts";

export interface ConfirmClaim {
  raw: string;
  index: number;
  end: number;
  kind: "confirm" | "deny";
  /** The clause's words around the verb: what is said to be confirmed or denied. */
  said: string;
}

const CONFIRM =
  /(?<!未|没有|尚未|并未|不|无法|未能|未经|不予|未予|拒绝)(?:证实|确认(?!为|收入)|经(?:过)?核实|核实为真|属实)|(?<!\b(?:not|never|n't|yet to|been|be)\s)\b(?:confirmed|confirms|verified)\b/gi;
const DENY = /(?<!未|没有|并未|不)否认|(?<!\b(?:not|never|n't)\s)\b(?:denied|denies)\b/gi;
const REPORTED =
  /知情人士|消息人士|有消息称|消息称|传闻|据传|网传|流传|据[^。，,]{0,20}?(?:报道|透露|援引)|援引|\breportedly\b|\breports? (?:that|of)\b|according to (?:a |the )?(?:report|people)|people familiar|\brumou?rs?\b/i;
const NO_COMMENT =
  /不予置评|拒绝置评|未予置评|未(?:对[^。，]{0,12})?置评|不作评论|declined to comment|(?:won't|will not|would not|did not) comment|no comment/i;
const DENIED = /否认|不实|并非事实|\bden(?:y|ied|ies)\b|\bnot true\b|\bfalse\b/i;
const UNVERIFIABLE =
  /无法核实|未经核实|无法证实|未经证实|could not be verified|cannot be verified|unverified/i;
const CONFIRMED =
  /(?<!未|没有|尚未|并未|不|无法|未能|未经|不予|未予|拒绝)(?:证实|确认|核实)|(?<!\b(?:not|never|n't|yet to)\s)\bconfirm(?:ed|s)?\b/i;

const STOP = new Set(
  "the a an of to in on for and or it its that this will would could with by at from as is are was be has have had about".split(
    " ",
  ),
);

const CLAUSE_END = /[，,；;。！？!?\n]/;

/** The clause around [index, end) and, when the rest holds no content word, the clause before it. */
function saidAround(text: string, index: number, end: number): string {
  let s = index;
  while (s > 0 && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.test(text[e]!)) e++;
  const said = `${text.slice(s, index)} ${text.slice(end, e)}`;
  if (wordsOf(said).size > 0 || s === 0) return said;
  let p = s - 1;
  while (p > 0 && !CLAUSE_END.test(text[p - 1]!)) p--;
  return `${text.slice(p, s - 1)} ${said}`;
}

/** Words that say who speaks or about what kind of text, not what: no evidence two sentences agree. */
const GENERIC = /^(?:说法|消息|报道|传闻|表示|回应|应称|公司|称其)$/;

function wordsOf(text: string): Set<string> {
  const words = [...contentWords(text)].map((w) => w.replace(/[.+-]+$/, ""));
  return new Set(words.filter((w) => w && !STOP.has(w) && !GENERIC.test(w)));
}

export function findConfirmClaims(text: string): ConfirmClaim[] {
  const out: ConfirmClaim[] = [];
  for (const [re, kind] of [
    [CONFIRM, "confirm"],
    [DENY, "deny"],
  ] as const)
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      out.push({ raw: m[0], index: m.index, end, kind, said: saidAround(text, m.index, end) });
    }
  return out;
}

const chinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** Whether an English word of the claim is held by the sentence (a shared stem of five letters does). */
function heldBy(word: string, theirs: Set<string>): boolean {
  if (theirs.has(word)) return true;
  if (!/^[a-z]{5,}$/.test(word)) return false;
  const stem = word.slice(0, 5);
  for (const w of theirs) if (w.startsWith(stem)) return true;
  return false;
}

export function checkConfirmClaim(
  claim: ConfirmClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const own = wordsOf(claim.said);
  const words = [...own];
  if (chinese(claim.said) !== chinese(articleText) || words.length === 0)
    return { supported: true, reason: "not judged across languages or without words" };
  const need = Math.min(2, words.length);
  const scored = articleText
    .split(/[。！？!?\n]|\.(?=\s)/)
    .map((s) => ({ s, n: words.filter((w) => heldBy(w, wordsOf(s))).length }));
  const best = Math.max(0, ...scored.map((x) => x.n));
  // The sentences that say it: enough of its words, and near the best match (a sentence sharing only
  // the company's name with it says something else).
  const holding = scored.filter((x) => x.n >= need && x.n >= best * 0.6).map((x) => x.s);
  if (holding.length === 0) return { supported: true, reason: "the article says it nowhere in those words" };
  if (claim.kind === "deny") {
    const declined = holding.find((s) => NO_COMMENT.test(s));
    if (declined && !holding.some((s) => DENIED.test(s)))
      return {
        supported: false,
        reason: `the article says this was not commented on ("${declined.trim().slice(0, 60)}"), not ${claim.raw}`,
      };
    return { supported: true, reason: "the article does not say it went uncommented" };
  }
  if (holding.some((s) => CONFIRMED.test(s) && !UNVERIFIABLE.test(s)))
    return { supported: true, reason: "the article says it was confirmed" };
  const refusal = (s: string) => NO_COMMENT.test(s) || DENIED.test(s) || UNVERIFIABLE.test(s);
  if (!refusal(articleText)) return { supported: true, reason: "the article refuses to confirm nothing" };
  const source = holding.find((s) => REPORTED.test(s) || refusal(s));
  if (!source) return { supported: true, reason: "the article says it on its own word" };
  return {
    supported: false,
    reason: `the article has it as a report or a refusal to confirm ("${source.trim().slice(0, 60)}"), not as ${claim.raw}`,
  };
}
