// One company's news in a roundup given to another. A weekly roundup tells several companies' news in
// numbered sections ("1. 星衡科技发布视频模型", "2. 沐川智能 API 降价 40%", "3. Quarry raises $40M"); an
// entry that says "星衡 API 输入价降 40%" or "Quarry's chip slips to Q2" takes a figure or a model code
// from one section and gives it to the company another section is about. A clause that names one
// section's company (the heading opens with a firm's full name: its first two Han characters, or a
// capitalised Latin word the article uses again) and no other's is refused when one of its figures or codes occurs in the article only inside other
// sections. Articles with fewer than three numbered sections are not read as roundups.

export interface SectionClaim {
  raw: string;
  index: number;
  end: number;
  /** The key of the section the clause names. */
  key: string;
  /** The figure or code as normalised for lookup. */
  token: string;
}

interface Section {
  /** The company the section is about; undefined for a heading that names none ("5. 本周数字"). */
  key?: string;
  body: string;
}

const HEADING = /^\s*(?:\d{1,2}[.、．)]|[一二三四五六七八九十]{1,2}、)\s*(\S.*)$/;
const TOKEN =
  /\d+(?:[.,]\d+)*\s*(?:%|％|亿元?|万元?|元|美元|秒|个|台|人|倍|[KMB]\b|\s?(?:million|billion)\b)?|\b[A-Z]{1,5}-\d+\b|\b[A-Z]{1,5}\d{2,}\b/g;

const norm = (s: string) => s.replace(/\s+/g, "").replace(/％/g, "%").toLowerCase();

/** A company's full name opens the heading: 2–6 Han characters with a firm's ending, or a Latin name. */
const FIRM_HEAD =
  /^[^\u4e00-\u9fffA-Za-z]*([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,4}?(?:科技|智能|数据|半导体|集团|公司|资本|实验室|研究院|大学|机器人|汽车|云|AI)/;

function keyOf(heading: string, text: string): string | undefined {
  const han = FIRM_HEAD.exec(heading);
  if (han) return han[1];
  const latin = /^([A-Z][A-Za-z]{2,})\b/.exec(heading);
  // A Latin first word is a name only when the article uses it again outside the heading.
  return latin && text.split(latin[1]!).length > 2 ? latin[1] : undefined;
}

/** The article's numbered sections with a key each; [] unless there are three or more. */
export function roundupSections(text: string): { before: string; sections: Section[] } {
  const sections: Section[] = [];
  let before = "";
  for (const line of text.split("\n")) {
    const h = HEADING.exec(line);
    if (h) sections.push({ key: keyOf(h[1]!, text), body: `${line}\n` });
    else if (sections.length) sections[sections.length - 1]!.body += `${line}\n`;
    else before += `${line}\n`;
  }
  const keyed = sections.flatMap((s) => (s.key ? [s.key] : []));
  if (keyed.length < 3 || new Set(keyed).size < keyed.length) return { before: text, sections: [] };
  return { before, sections };
}

const CLAUSE = /[^，,；;。！？!?\n]+/g;

export function findSectionClaims(text: string, articleText: string): SectionClaim[] {
  const { sections } = roundupSections(articleText);
  if (sections.length === 0) return [];
  const out: SectionClaim[] = [];
  for (const c of text.matchAll(CLAUSE)) {
    const named = sections.filter((s) => s.key && c[0].includes(s.key));
    if (named.length !== 1) continue;
    for (const t of c[0].matchAll(TOKEN)) {
      const token = norm(t[0]);
      if (!/[%亿万元秒个台人倍kmb]|million|billion|[a-z]-?\d|\d\.\d/.test(token)) continue;
      const index = c.index + t.index;
      out.push({ raw: t[0].trim(), index, end: index + t[0].trimEnd().length, key: named[0]!.key!, token });
    }
  }
  return out;
}

export function checkSectionClaim(
  claim: SectionClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const { before, sections } = roundupSections(articleText);
  const has = (s: string) => norm(s).includes(claim.token);
  const own = sections.find((s) => s.key === claim.key);
  if (!own || has(own.body) || has(before))
    return { supported: true, reason: "the section about it, or the article's opening, has it" };
  const other = sections.find((s) => has(s.body));
  if (!other?.key) return { supported: true, reason: "the article has it in no section" };
  return {
    supported: false,
    reason: `the roundup gives ${claim.raw} in the section about ${other.key}, not the one about ${claim.key}`,
  };
}
