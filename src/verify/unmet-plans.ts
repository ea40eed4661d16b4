// A hedge told as certain: the article says a thing is planned, hoped for, aimed at or expected
// ("计划明年上线离线模式", "力争年底用户规模突破百万", "a studio in Lisbon, which it hopes to open next
// spring", "is expected to start deliveries in 2028"), and the entry says it is done ("离线模式已上线",
// "用户规模已突破百万", "has opened a studio in Lisbon", "deliveries have already started"). check-tense.ts
// reads this by a release step and the names before it; here any plan is read by its words, as
// denied-intents.ts reads a denial: the words of the plan's clause (its subject before the plan word and
// its object after it, without the time it is due) against an entry clause that says something is
// done (已, already, has opened …) and keeps no hedge. Most of the plan's words shared, and no clause of
// the article saying them without a plan, denial or hedge: refused. A figure of the entry that the
// plan does not have is another figure (the figure checks read it): no verdict.
import { deniedBy, NOT_PLAIN } from "./denied-intents.ts";

export interface DoneClaim {
  raw: string;
  index: number;
  end: number;
}

const ZH_PLAN =
  "计划(?!书)|预计|预期|力争|争取|有望|(?<![模虚])拟(?![人合定])|打算|准备|希望|目标是|将于|将在|即将";
const EN_PLAN =
  "plans? to|planned to|planning to|hopes? to|hoping to|aims? to|aiming to|expects? to|(?:is|are) expected to|intends? to|(?:is|are) (?:set|scheduled|due|slated) to|will";
/** The article's plans: group 1 the clause before the plan word (its subject), group 2 what is planned. */
const PLANS: readonly RegExp[] = [
  new RegExp(`([^，,；;。！？!?\\n：:]{0,24}?)(?:${ZH_PLAN})([^，,；;。！？!?\\n]{2,30})`, "g"),
  // "A studio in Lisbon, which it hopes to open": a relative clause's plan is said of what comes before.
  new RegExp(
    `([^,;.!?\\n:]{0,60}?(?:,\\s*(?:which|that|where)\\b[^,;.!?\\n:]{0,40}?)?)\\b(?:${EN_PLAN})\\b([^,;.!?\\n]{2,60})`,
    "gi",
  ),
];
/** When a plan is due: no word of what is planned. */
const WHEN =
  /\d{4}\s*年|明年|今年|年底|年末|年内|[上下]半年|第?[一二三四]季度|\d+\s*月(?:份|底)?|下个?月|未来|前后|之前|\b(?:(?:in|by|from|during|around|the|late|early|mid|next|this|end of) )*(?:20\d\d|q[1-4]|(?:first|second|third|fourth) (?:quarter|half)|quarter|year|month|week|spring|summer|autumn|fall|winter|soon|later)\b/gi;
/** What a plan's clause goes on to say as done ("… this year and has hired 120 so far"): not the plan. */
const GOES_ON = /\s(?:and|but)\s+(?:has|have|had|is|are|was|were|it|its|the)\b.*$|(?:并|但|而)已.*$/i;
const spanOf = (m: RegExpMatchArray): string =>
  `${m[1] ?? ""} ${(m[2] ?? "").replace(GOES_ON, "")}`.replace(WHEN, " ");
const HEDGE = new RegExp(
  `${ZH_PLAN}|可能|或将|\\b(?:${EN_PLAN}|may|might|could|would|should|likely)\\b`,
  "i",
);
/** An article clause that says a thing as done or as so: no denial, no plan, no hedge. */
const states = (clause: string): boolean => !NOT_PLAIN.test(clause) && !HEDGE.test(clause);

/** What an entry clause says is done. */
const DONE =
  /已|现已|\b(?:already|has|have|had|began|begun|started|opened|launched|shipped|completed|reached|exceeded|surpassed|passed|finished|built|hired|signed|released|rolled out|went live)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;
const FIGURE = /\d+(?:\.\d+)?/;
const FIGURES = /\d+(?:\.\d+)?/g;

export function findDoneClaims(text: string): DoneClaim[] {
  const out: DoneClaim[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE.test(text[i]!)) continue;
    const clause = text.slice(start, i);
    if (clause.trim().length > 0 && DONE.test(clause) && states(clause))
      out.push({ raw: clause.trim(), index: start, end: i });
    start = i + 1;
  }
  return out;
}

/** Whether `a` names something (a capitalised Latin word) that `b` never writes. */
const NOT_NAME = /^(?:The|This|That|These|Those|Its|They|Our|We|It|And|But|With)$/;
const otherName = (a: string, b: string): boolean =>
  (a.match(/\b[A-Z][A-Za-z0-9-]{2,}\b/g) ?? []).some(
    (n) => !NOT_NAME.test(n) && !b.toLowerCase().includes(n.toLowerCase()),
  );

export function checkDoneClaim(
  claim: DoneClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const figures = claim.raw.match(FIGURES) ?? [];
  const plan = deniedBy(claim.raw, articleText, {
    patterns: PLANS,
    // A plan with a figure, and a figure of the entry's it does not have: another figure, not the plan's.
    spanOf: (m) => {
      // "has no plans to release it": a denial (denied-intents.ts reads it), not a plan.
      if (NOT_PLAIN.test(m[0])) return "";
      const span = spanOf(m);
      // "Corvel Lite has launched" against "Corvel Max will launch": another product's plan.
      if (otherName(span, claim.raw) && otherName(claim.raw, span)) return "";
      return FIGURE.test(span) && figures.some((f) => !span.includes(f)) ? "" : span;
    },
    states,
    // One shared word ("released", 发布) is any release: a plan is met by two.
    least: 2,
  });
  return plan === undefined
    ? { supported: true, reason: "the article plans nothing this clause says is done" }
    : {
        supported: false,
        reason: `the article only plans or expects it ("${plan}"): a hedge told as certain`,
      };
}
