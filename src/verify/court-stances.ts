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
  /查明|认定|裁定|判定|判决|裁决|判令|(?:法院|法官)[^，,。；;]{0,8}认为|\b(?:ruling|ruled|verdict|judgment|judgement|held\s+that|sided\s+with|granted|dismissed)\b|\b(?:court|judge|jury|tribunal)\b[^.;]{0,40}\bfound\b/i;

export function findStanceClaims(text: string): StanceClaim[] {
  const out: StanceClaim[] = [];
  for (const m of text.matchAll(ENTRY_ADMITS))
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, kind: "admission" });
  for (const m of text.matchAll(ENTRY_FINDS))
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, kind: "finding" });
  return out;
}

export function checkStanceClaim(
  claim: StanceClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (claim.kind === "admission") {
    if (!ARTICLE_DENIES.test(articleText) || ARTICLE_ADMITS.test(articleText))
      return { supported: true, reason: "the article reports an admission, or no denial" };
    return {
      supported: false,
      reason: `the article reports a denial and no admission ("${claim.raw}"): a denial told as an admission`,
    };
  }
  if (!ARTICLE_ALLEGES.test(articleText) || ARTICLE_FINDS.test(articleText))
    return { supported: true, reason: "the article reports a finding or ruling, or no allegation" };
  return {
    supported: false,
    reason: `the article reports allegations and no finding or ruling ("${claim.raw}"): an allegation told as a finding`,
  };
}
