// One side's word told as the other thing: a denial told as an admission ("Northlake denied the
// allegations" → "发言人承认训练中使用了盗版书", "the company admitted"), and an allegation told as a
// finding ("the complaint claims…", 起诉书称 → "法院查明…", "the court found"). An admission is refused
// when the article reports a denial and no admission by anyone; a court's finding or ruling when the
// article reports allegations (a complaint, a lawsuit, 指控) and no finding, ruling or judgment.

export interface StanceClaim {
  raw: string;
  index: number;
  end: number;
  kind: "admission" | "finding";
  /** What the entry says was admitted: the words of its clause after the verb (Han pairs, English stems). */
  object: string[];
}

const ENTRY_ADMITS =
  /(?<![不未没否])(?:承认|坦承|坦言曾|认错|认罪)|\b(?:admit(?:s|ted)?|acknowledg(?:es|ed)|conceded?|confess(?:es|ed)?)\s+(?:that\s+|to\s+|it\s+|using|having|training)/gi;
const ARTICLE_DENIES =
  /否认|驳斥|予以否认|不认可|\b(?:den(?:y|ies|ied)|disputes?d?|rejects?(?:ed)?\s+(?:the|these|those|all)\s+(?:allegations?|claims?|accusations?))\b/i;
const ARTICLE_ADMITS =
  /(?<![不未没否])(?:承认|坦承|认错|认罪)|\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed|ing)|confess(?:es|ed)?|apologi[sz](?:e|es|ed))\b/i;

const ENTRY_FINDS =
  /(?:法院|法庭|法官|陪审团|仲裁庭)(?:已|经审理)?(?:查明|认定|裁定|判定|判决|裁决)|\b(?:court|judge|jury|tribunal)\s+(?:has\s+|have\s+)?(?:found|ruled|determined|concluded|held)\b/gi;
const ARTICLE_ALLEGES =
  /起诉书称|诉称|指控|起诉|诉讼|\b(?:alleg(?:e|es|ed|ing|ations?)|complaint|lawsuit|sued|sues|accus(?:es|ed))\b/i;
const ARTICLE_FINDS =
  /查明|认定|裁定|判定|判决|裁决|判令|(?:法院|法官)[^，,。；;]{0,8}认为|驳回|\b(?:ruling|ruled|verdict|judgment|judgement|held\s+that|sided\s+with|granted|dismissed)\b|\b(?:rejected|denied|refused|threw\s+out)\b[^.;]{0,40}\b(?:motion|bid|request|petition|appeal)\b|\b(?:court|judge|jury|tribunal)\b[^.;]{0,40}\bfound\b/i;

/** An admitting verb in the article, "confirmed" and 确认 included: what follows is what was admitted. */
const ARTICLE_OWNS = new RegExp(
  `${ARTICLE_ADMITS.source}|(?<![不未没否])(?:确认|证实)|\\b(?:confirm(?:s|ed|ing)?)\\b`,
  "gi",
);
/** The rest of a clause after a verb, up to a turn ("but", 但) or the clause's end. */
const REST = /^(?:(?!\b(?:but|while|although)\b|但|而|却)[^，,；;。！？!?\n])*/i;
const PLAIN_OBJECT = /^(?:that|this|these|those|have|having|been|with|from|into|their|there|which)$/i;

function objectOf(rest: string): string[] {
  const part = (rest.match(REST)?.[0] ?? "").replace(/[已了的也并还曾]/g, " ");
  const han = part.match(/[\u4e00-\u9fff]+/g) ?? [];
  const pairs = han.flatMap((run) =>
    [...Array(Math.max(0, run.length - 1)).keys()].map((i) => run.slice(i, i + 2)),
  );
  const words = (part.match(/[A-Za-z][A-Za-z-]{3,}/g) ?? []).filter((w) => !PLAIN_OBJECT.test(w));
  return [...new Set([...pairs, ...words.map((w) => w.toLowerCase().slice(0, 5))])];
}

const shares = (text: string, object: string[]) =>
  object.some((w) => (/[\u4e00-\u9fff]/.test(w) ? text.includes(w) : new RegExp(`\\b${w}`, "i").test(text)));

export function findStanceClaims(text: string): StanceClaim[] {
  const out: StanceClaim[] = [];
  const after = (m: RegExpMatchArray) => objectOf(text.slice(m.index! + m[0].length));
  for (const m of text.matchAll(ENTRY_ADMITS))
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, kind: "admission", object: after(m) });
  for (const m of text.matchAll(ENTRY_FINDS))
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, kind: "finding", object: after(m) });
  return out;
}

/** Whether the article has someone admitting or confirming what the entry says was admitted. */
function ownsObject(articleText: string, object: string[]): boolean {
  if (!object.length) return false;
  return [...articleText.matchAll(ARTICLE_OWNS)].some((m) =>
    shares(objectOf(articleText.slice(m.index + m[0].length)).join(" "), object),
  );
}

/** Whether an article sentence with a finding or ruling speaks of the entry's object, outside its
 *  clauses that retell allegations ("侵权指控将于明年开庭审理" is no ruling on infringement). */
const STILL_OPEN = /诉求|开庭|待审|\b(?:claims?|trial|pending)\b/i;

function rulesOn(articleText: string, object: string[]): boolean {
  return (articleText.match(/(?:[^。！？!?\n.]|\.(?=\S))+/g) ?? [])
    .filter((s) => ARTICLE_FINDS.test(s))
    .some((s) =>
      (s.match(/[^，,；;]+/g) ?? []).some(
        (c) =>
          !ARTICLE_ALLEGES.test(c) &&
          (ARTICLE_FINDS.test(c) || !STILL_OPEN.test(c)) &&
          shares(objectOf(c).join(" "), object),
      ),
    );
}

export function checkStanceClaim(
  claim: StanceClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (claim.kind === "admission") {
    const admits = claim.object.length
      ? ownsObject(articleText, claim.object)
      : ARTICLE_ADMITS.test(articleText);
    if (!ARTICLE_DENIES.test(articleText) || admits)
      return { supported: true, reason: "the article reports an admission, or no denial" };
    return {
      supported: false,
      reason: `the article reports a denial and no admission ("${claim.raw}"): a denial told as an admission`,
    };
  }
  const found = claim.object.length ? rulesOn(articleText, claim.object) : ARTICLE_FINDS.test(articleText);
  if (!ARTICLE_ALLEGES.test(articleText) || found)
    return { supported: true, reason: "the article reports a finding or ruling, or no allegation" };
  return {
    supported: false,
    reason: `the article reports allegations and no finding or ruling ("${claim.raw}"): an allegation told as a finding`,
  };
}
