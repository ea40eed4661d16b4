// A round's lead investor swapped: the entry says 本轮由 Seine Capital 领投 or "led by Beichen
// Investment", and the article names that firm only as a follower, an earlier backer or one that
// "did not take part in this round". Each investor the entry says led (由 X 领投, X 领投, X 和 Y 联合领投,
// "led by X and Y", "co-led by X") is looked up in the article: refused when the article names it
// but in no clause that says someone led (led, leads, lead investor, 领投, 牵头). A firm the article
// never names is the name check's: no verdict here.

/** A Latin name of one or more capitalised words ("Atlantic Growth Partners", "a16z" not). */
const LATIN = String.raw`[A-Z][A-Za-z0-9&.'’-]*(?:\s+(?:[A-Z0-9][A-Za-z0-9&.'’-]*|&))*`;
/** Chinese: 由 X（、Y）领投, a Latin X（和 Y）领投, or a clause that opens with X 领投 ("，华岳基金领投"). */
const ZH_LEAD = new RegExp(
  String.raw`由\s*([^，,。；;：:！？\n由]{2,60}?)\s*(?:联合|共同)?领投|(${LATIN}(?:\s*[和与及、]\s*${LATIN})*)\s*(?:联合|共同)?领投|(?<=^|[，,；;。：:｜|]\s*)((?:本轮|此轮|该轮)?[\u4e00-\u9fff]{2,12}?(?:\s*[和与及、]\s*[\u4e00-\u9fff]{2,12}?)*)\s*(?:联合|共同)?领投`,
  "g",
);
/** English: led by X (and Y), co-led by X. */
const EN_LEAD = new RegExp(
  String.raw`\b(?:co-)?led\s+by\s+(${LATIN}(?:(?:\s*,\s*|\s+and\s+)${LATIN})*)`,
  "g",
);
/** A clause that says someone led. */
const LEAD_WORD = /\b(?:led|leads?|leading|co-led|co-leads?)\b|领投|牵头/i;
/**
 * Clauses: Chinese punctuation; English sentences, cut before a follower's part (", with …", ", and
 * …"); an English comma alone does not cut ("Sequoia, which led the round").
 */
const CLAUSE = /[。；;！？!?\n，]|\.(?=\s)|,?\s(?=(?:with|alongside|joined\s+by|while|plus)\b)|,\s+and\b/;
const LIST = /\s*(?:、|,|，|和|与|及|\band\b)\s*/;

export interface LeadClaim {
  raw: string;
  index: number;
  end: number;
  /** The investor the entry says led. */
  name: string;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** Every investor an entry says led a round, one claim each. */
export function findLeadClaims(text: string): LeadClaim[] {
  const out: LeadClaim[] = [];
  for (const re of [ZH_LEAD, EN_LEAD])
    for (const m of text.matchAll(re)) {
      const list = (m[1] ?? m[2] ?? m[3])!;
      const at = m.index + m[0].indexOf(list);
      let from = 0;
      for (const part of list.split(LIST)) {
        const name = part
          .replace(/^(?:本轮|此轮|该轮|the\s+)/i, "")
          .replace(/[.'’-]+$/, "")
          .trim();
        const index = at + list.indexOf(part, from);
        from = index - at + part.length;
        // A name of two characters or fewer (由其领投) names no one.
        if (name.length > 2) out.push({ raw: name, index, end: index + part.length, name });
      }
    }
  return out;
}

export const NO_LEAD_VERDICT = "the article does not name this investor";

export function checkLeadClaim(claim: LeadClaim, article: string): { supported: boolean; reason: string } {
  const name = fold(claim.name);
  const clauses = article.split(CLAUSE).map(fold);
  const naming = clauses.filter((c) => c.includes(name));
  if (naming.length === 0) return { supported: true, reason: NO_LEAD_VERDICT };
  if (naming.some((c) => LEAD_WORD.test(c))) return { supported: true, reason: "the article says it led" };
  return {
    supported: false,
    reason: `the article names ${claim.name} but not as the round's lead investor`,
  };
}
