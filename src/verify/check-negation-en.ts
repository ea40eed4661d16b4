// A negation dropped across languages: the English article says "We have not yet tested X on mobile
// manipulators", "Corvane, which is not publicly traded", "has not decided whether the rules will
// extend to AI agents", and the Chinese entry says 已在移动操作平台上测试, Corvane 已上市, 规则将覆盖 AI
// 智能体. check-negation.ts compares Chinese with Chinese; here an entry's assertion (after 已 / 已经 /
// 已有 / 实现 / 正在 / 将) is read through bilingual-words.ts and compared with what each English
// denial denies (the rest of its clause after not, never, no, yet to, without, declined to …, and
// the question of "whether … has not been decided" / "unclear whether …"). Refused when it reads as
// a denied clause and as no plain clause of the article as much; words the dictionary cannot read
// give no verdict.
import { type Concept, conceptsOf, englishSentences, englishWords, meets } from "./bilingual-words.ts";
import { clauseEndOf, clauseStartOf } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";
import { articleSpans, insideSpans } from "./unasserted-spans.ts";

/** English words that deny the rest of their clause ("not only", "no longer than 5" do not). */
const NEGATOR =
  /\b(?:not(?!\s+(?:only|just|least|to\s+mention)\b)|n['’]t|cannot|never|no(?!\s+(?:longer|more|less|doubt)\b)(?=\s+[a-z])|neither|nor|without|yet\s+to|declined\s+to|refused\s+to|unclear|undecided|uncertain)\b/i;
/** "Whether the rules will extend to agents has not been decided": what is undecided is denied. */
const WHETHER_UNDECIDED =
  /\bwhether\b(.{3,160}?)\s+(?:has|have|is|are|was|were|remains?)\s+(?:not|yet\s+to\s+be|still)\s+(?:yet\s+)?(?:been\s+)?(?:decided|determined|settled|finali[sz]ed|agreed|clear|known)/gi;
/** A denial of telling ("did not disclose", "declined to comment", "has not said when"): no verdict. */
const WITHHELD =
  /^(?:not|n['’]t|never|yet\s+to|declined\s+to|refused\s+to)\s+(?:yet\s+|publicly\s+|officially\s+)?(?:say|said|says|disclose[sd]?|reveal(?:ed|s)?|comment(?:ed)?|specif(?:y|ied)|confirm(?:ed|s)?|elaborate[sd]?|detail(?:ed|s)?|give|given|gave|provide[sd]?|share[sd]?|respond(?:ed)?|name[sd]?|identif(?:y|ied)|announce[sd]?|explain(?:ed)?|discuss(?:ed)?)\b/i;
/**
 * A plan, forecast or intention, or an approval still awaited ("still needs approval from the
 * commission", "pending regulatory clearance"): what follows is not done yet.
 */
const PLANNED =
  /\b(?:plans?\s+to|planned|planning\s+to|aims?\s+to|intends?\s+to|expects?\s+to|(?:is|are)\s+(?:expected|set|scheduled|due)\s+to|will|would|to\s+be\s+(?:added|built|released|launched|opened)|(?:needs?|requires?|awaits?|awaiting|pending|subject\s+to)\s+(?:[a-z-]+\s+){0,3}?(?:approval|sign-?off|clearance|consent|ratification|vote))\b/i;
const CLAUSE_BREAK = /[,;:—–()]|\bbut\b|\bwhile\b|\balthough\b/i;
/** What an entry says is so (not 已知, 将近). */
const ASSERTED = /已经|现已|均已|已有|已实现|(?<!而)已(?!知)|实现了?|正在|(?<![即])将(?!近|其|此|这|该|于)/g;
/** A clause of the entry that itself denies asserts nothing. */
const ZH_DENIAL = /尚未|未|没有|没|暂无|无|不|非|否/;
/** How many of the assertion's read words a clause must meet to say the same thing. */
const SAME = 0.6;
const REACH = 40;

interface Passage {
  words: string;
  sentence: string;
  raw: string;
  /** A sentence the article only rumours or reports as denied. */
  asked?: boolean;
}

interface Passages {
  denied: Passage[];
  /** What a plan, forecast or intention says will be ("plans to add two more halls"). */
  planned: Passage[];
  plain: string[];
}

const cache = new WeakMap<ArticleIndex, Passages>();

function passagesOf(index: ArticleIndex): Passages {
  const known = cache.get(index);
  if (known) return known;
  const out: Passages = { denied: [], planned: [], plain: [] };
  const spans = articleSpans(index.text);
  for (const s of englishSentences(index.text)) {
    const sentence = englishWords(s.text);
    // A sentence the article only asks is no plain clause; one it rumours or reports as denied
    // denies all it says.
    const asked = insideSpans(spans, s.index, s.index + s.text.length);
    if (asked === "question") continue;
    if (asked) {
      out.denied.push({ words: englishWords(s.text), sentence, raw: s.text.slice(0, 60), asked: true });
      continue;
    }
    for (const m of s.text.matchAll(WHETHER_UNDECIDED))
      out.denied.push({ words: englishWords(m[1]!), sentence, raw: m[0].slice(0, 60) });
    for (const clause of s.text.split(CLAUSE_BREAK)) {
      if (!clause?.trim()) continue;
      const m = NEGATOR.exec(clause);
      const plan = m ? null : PLANNED.exec(clause);
      if (plan) {
        const after = clause.slice(plan.index);
        out.planned.push({ words: englishWords(after), sentence, raw: after.trim().slice(0, 60) });
      } else if (!m) out.plain.push(englishWords(clause));
      // "did not say when Llama 5 will launch": what is withheld is the telling, not the launch.
      else if (WITHHELD.test(clause.slice(m.index))) continue;
      else {
        const after = clause.slice(m.index);
        out.denied.push({ words: englishWords(after), sentence, raw: after.trim().slice(0, 60) });
      }
    }
  }
  cache.set(index, out);
  return out;
}

export interface EnAssertion {
  raw: string;
  index: number;
  end: number;
  /** What is asserted, read through the dictionary. */
  concepts: Concept[];
  /** Latin names of the assertion's clause before its marker (its subject). */
  subject: Concept[];
  /** Told as done (已, 已经, 实现), not as under way or to come (正在, 将). */
  done: boolean;
}

/** What a Chinese entry asserts: the rest of the clause after 已 / 已有 / 实现 / 正在 / 将. */
export function findEnAssertions(text: string): EnAssertion[] {
  const found: EnAssertion[] = [];
  for (const m of text.matchAll(ASSERTED)) {
    const from = m.index + m[0].length;
    const end = clauseEndOf(text, from, REACH);
    const start = clauseStartOf(text, m.index, REACH);
    if (ZH_DENIAL.test(text.slice(start, end))) continue;
    const concepts = conceptsOf(text.slice(from, end));
    if (concepts.length === 0) continue;
    const subject = conceptsOf(text.slice(start, m.index)).filter((c) => /^[a-z0-9]/.test(c.key));
    const done = /已|实现/.test(m[0]);
    found.push({ raw: text.slice(m.index, end), index: m.index, end, concepts, subject, done });
  }
  return found;
}

/** The verdict of an assertion no English denial reads like (not reported as a claim). */
export const NO_DENIAL = "no English denial of the article reads like it";

const score = (concepts: readonly Concept[], words: string) => concepts.filter((c) => meets(c, words)).length;

/**
 * Refused when the assertion reads as an English denial (SAME of its read words, two of them, or
 * one with its subject named in the denial's sentence) and as no plain clause as much.
 */
export function checkEnAssertion(
  claim: EnAssertion,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const { denied, planned, plain } = passagesOf(index);
  let best: { met: number; raw: string; plan?: boolean; asked?: boolean } | undefined;
  // Told as done, a plan of the article's is not done either; told as to come, a plan says as much.
  const against = claim.done ? [...denied, ...planned.map((p) => ({ ...p, plan: true }))] : denied;
  const plainly = claim.done ? plain : [...plain, ...planned.map((p) => p.words)];
  for (const d of against) {
    const met = score(claim.concepts, d.words);
    if (met / claim.concepts.length < SAME) continue;
    const named = claim.subject.length > 0 && claim.subject.some((c) => meets(c, d.sentence));
    if (claim.subject.length > 0 && !named) continue;
    if (met < 2 && !named) continue;
    if (!best || met > best.met) best = { met, raw: d.raw, plan: "plan" in d, asked: !!d.asked };
  }
  if (!best) return { supported: true, reason: NO_DENIAL };
  const plainBest = Math.max(0, ...plainly.map((p) => score(claim.concepts, p)));
  if (plainBest >= best.met) return { supported: true, reason: "the article also says it plainly" };
  return {
    supported: false,
    reason: best.plan
      ? `the article only plans it ("${best.raw}"): the entry tells it as done`
      : best.asked
        ? `the article only rumours or reports as denied "${best.raw}": the entry tells it as so`
        : `the article denies it ("${best.raw}"): the entry drops the negation`,
  };
}
