// The other side of an outcome the article draws: it grants one request and refuses another ("判令
// 下架音色…；对于公开道歉的请求，法院未予支持"), holds one party liable and clears another ("听澜被判不
// 承担责任"), and the entry says "法院判令公开道歉", "听澜被判承担连带责任", "the court ordered an
// apology". An entry clause with an outcome (支持/判令/准许/批准, 承担…责任, ordered/granted/upheld,
// found liable) is read with what it is about: for a granted request the words after the verb, for a
// liability the party before it. It is refused when some of those words stand in an article sentence
// that gives the same outcome denied (未予支持/驳回, 不承担责任, rejected/dismissed, not liable) and in no
// article sentence that gives it. Chinese articles are read by character runs, English by word stems;
// party words (原告, plaintiff) and request words (请求, claim) say nothing of what was granted.

export interface RuledSide {
  raw: string;
  index: number;
  end: number;
  family: "grant" | "liable";
  /** What the outcome is about: Han 4-character runs and long Latin words. */
  about: string[];
}

const FAMILIES = {
  grant: {
    yes: /判令|(?:法院|法庭|仲裁庭|法官)[^，,。；;]{0,4}?支持|获(?:得)?支持|予以支持|准许|批准|\b(?:ordered|granted|upheld)\b/gi,
    no: /未予支持|不予支持|未获支持|驳回|不予准许|未获准许|不予批准|未获批准|否决|\b(?:rejected|denied|dismissed|refused|threw\s+out|declined\s+to\s+(?:order|grant|award))\b/gi,
    aboutAfter: true,
  },
  liable: {
    yes: /承担[^，,。；;]{0,6}?责任|\b(?:found|held|ruled|is|was|were)\s+(?:jointly\s+|partly\s+)?liable\b/gi,
    no: /(?:不|无需|无须|不必|免于|未被判|不应)承担[^，,。；;]{0,6}?责任|免责|\b(?:not|no\s+longer)\s+(?:held\s+)?liable\b|\bcleared\s+of\b|\bno\s+liability\b/gi,
    aboutAfter: false,
  },
} as const;
type Family = keyof typeof FAMILIES;

const NEGATED_BEFORE = /(?:未|不|没有?|并未|无需|无须|免于|不予|not|no)\s*(?:予|被|获|被判)?\s*$/i;
/** Words of a clause that say nothing of what it is about. */
const PLAIN_ZH =
  /被申请人|申请人|被上诉人|上诉人|原告|被告|诉讼请求|要求|请求|诉求|法院|法庭|一审|二审|同时|被判|判决|判令|支持|准许|批准|承担|责任|连带|全部|部分|已经|已|并|和|及|的|了|也|还|须|需|应/g;
const PLAIN_EN =
  /^(?:court|courts|judge|ruled|ruling|order|ordered|granted|upheld|awarded|liable|jointly|partly|which|their|there|these|those|about|after|before|would|should|could|against|request|requests|claim|claims|plaintiffs?|defendants?|applicants?|petitioners?|claimants?)$/i;

function aboutOf(part: string): string[] {
  const han = part.replace(PLAIN_ZH, " ").match(/[\u4e00-\u9fff]+/g) ?? [];
  const grams = han.flatMap((run) =>
    run.length <= 2 ? [] : [...Array(Math.max(1, run.length - 3)).keys()].map((i) => run.slice(i, i + 4)),
  );
  const words = (part.match(/[A-Za-z][A-Za-z'-]{4,}/g) ?? [])
    .map((w) => w.replace(/'s?$/i, ""))
    .filter((w) => w.length >= 5 && !PLAIN_EN.test(w));
  // English by stem (first five letters): "apologise publicly" is "a public apology".
  return [...new Set([...grams, ...words.map((w) => w.toLowerCase().slice(0, 5))])];
}

const CLAUSE = /(?:[^，,；;。！？!?\n.]|\.(?=\S))+/g;

export function findRuledSides(text: string): RuledSide[] {
  const out: RuledSide[] = [];
  for (const c of text.matchAll(CLAUSE)) {
    const clause = c[0];
    for (const family of Object.keys(FAMILIES) as Family[]) {
      const f = FAMILIES[family];
      if (new RegExp(f.no.source, "i").test(clause)) continue;
      const yes = [...clause.matchAll(new RegExp(f.yes.source, "gi"))].find(
        (m) => !NEGATED_BEFORE.test(clause.slice(Math.max(0, m.index - 6), m.index)),
      );
      if (!yes) continue;
      const part = f.aboutAfter ? clause.slice(yes.index + yes[0].length) : clause.slice(0, yes.index);
      const about = aboutOf(part);
      if (about.length)
        out.push({ raw: clause.trim(), index: c.index, end: c.index + clause.length, family, about });
    }
  }
  return out;
}

const SENTENCE = /(?:[^。！？!?；;\n.]|\.(?=\S))+/g;

export function checkRuledSide(
  claim: RuledSide,
  articleText: string,
): { supported: boolean; reason: string } {
  const f = FAMILIES[claim.family];
  const sentences = [...articleText.matchAll(SENTENCE)].map((m) => m[0]);
  const has = (s: string, w: string) =>
    /[\u4e00-\u9fff]/.test(w) ? s.includes(w) : new RegExp(`\\b${w}`, "i").test(s);
  const denied = sentences.filter((s) => new RegExp(f.no.source, "i").test(s));
  const given = sentences.filter((s) =>
    [...s.replace(new RegExp(f.no.source, "gi"), " ").matchAll(new RegExp(f.yes.source, "gi"))].some(
      (m) => !NEGATED_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index)),
    ),
  );
  const word = claim.about.find((w) => denied.some((s) => has(s, w)) && !given.some((s) => has(s, w)));
  if (!word) return { supported: true, reason: "the article gives no denied outcome about this alone" };
  const where = denied.find((s) => has(s, word))!;
  return {
    supported: false,
    reason: `the article gives this outcome denied ("${where.trim().slice(0, 60)}"): the other side of the ruling`,
  };
}
