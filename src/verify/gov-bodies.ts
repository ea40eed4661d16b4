// Government bodies an entry names in Chinese ("深圳市工信局发布征求意见稿"): each must be one the
// article names, under its full or short spelling (工信局 = 工业和信息化局, 发改委 = 发展和改革委员会).
// The known-org list (text-orgs.ts) holds companies and schools, not such bodies, so "深圳市发改委"
// for the article's 深圳市工业和信息化局 went unread. The level counts: 工信部 is not a city's 工信局.
// Only an article that names such bodies in Chinese is read: an English one spells them otherwise.

/** Each body's spellings, short and full; the first is how a refusal names it. */
const BODIES: readonly (readonly string[])[] = [
  ["工信局", "工业和信息化局"],
  ["工信厅", "工业和信息化厅"],
  ["工信部", "工业和信息化部"],
  ["发改委", "发展改革委", "发展和改革委员会", "发展和改革委"],
  ["网信办", "互联网信息办公室"],
  ["科技局", "科学技术局"],
  ["科技厅", "科学技术厅"],
  ["科技部", "科学技术部"],
  ["市场监管总局", "市场监督管理总局"],
  ["市场监管局", "市场监督管理局"],
  ["证监会", "证券监督管理委员会"],
  ["商务部"],
  ["商务局"],
  ["财政部"],
  ["教育部"],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SPELLINGS = BODIES.flatMap((forms) => forms.map((form) => ({ form, forms }))).sort(
  (a, b) => b.form.length - a.form.length,
);
const PATTERN = new RegExp(SPELLINGS.map((s) => escapeRe(s.form)).join("|"), "g");
const FORMS_OF = new Map(SPELLINGS.map((s) => [s.form, s.forms]));

export interface GovBody {
  raw: string;
  forms: readonly string[];
  index: number;
  end: number;
}

export function findGovBodies(text: string): GovBody[] {
  return [...text.matchAll(PATTERN)].map((m) => ({
    raw: m[0],
    forms: FORMS_OF.get(m[0])!,
    index: m.index,
    end: m.index + m[0].length,
  }));
}

/** The verdict's reason when the article names no body at all (an English article): no claim. */
export const UNJUDGED_BODY = "the article names no government body in Chinese";

export function checkGovBody(body: GovBody, articleText: string): { supported: boolean; reason: string } {
  if (findGovBodies(articleText).length === 0) return { supported: true, reason: UNJUDGED_BODY };
  if (body.forms.some((f) => articleText.includes(f)))
    return { supported: true, reason: "named in the article" };
  return {
    supported: false,
    reason: `${body.raw} is not named in the article (as ${body.forms.join(" / ")})`,
  };
}
