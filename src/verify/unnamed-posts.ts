// A post moved that the article never names: the entry says someone takes, leaves or held a chief
// officer's post ("此前首席技术官 3 月离职", "预计出任 Orbis 首席执行官", "was named CFO") and the
// article has that post under no spelling (CTO, 首席技术官, chief technology officer …): the role was
// made up, though the person, the org and the move check out. Posts are the chief-officer family,
// read by the area they head (执行/executive, 财务/financial, AI …); an area not listed here is not
// judged, nor is a clause that denies its move ("不会出任 CEO") or a post named with no move.
import { clauseText } from "./figure-words.ts";
import { foldText } from "./fold-text.ts";

export interface MovedPost {
  raw: string;
  /** The areas the post may head ("executive"; CSO: "security", "strategy" or "science"). */
  areas: string[];
  index: number;
  end: number;
}

/** Areas of a chief officer: Chinese words, English words, acronyms, other spellings of the post. */
const AREAS: Array<{ area: string; zh: string; en: string; acronyms: string; other?: string }> = [
  {
    area: "executive",
    zh: "执行",
    en: "executive",
    acronyms: "ceo",
    // A Chinese article's 总裁 or 掌门人 is often the chief executive; "chief executive" needs no "officer".
    other: String.raw`执行长|行政总裁|总裁|掌门人|一把手|chief executive\b|\bboss\b|\btop executive\b`,
  },
  {
    area: "technology",
    zh: "技术",
    en: "technology|technical",
    acronyms: "cto",
    other: String.raw`\btech(?:nology)? chief\b`,
  },
  {
    area: "operating",
    zh: "运营",
    en: "operating|operations",
    acronyms: "coo",
    other: String.raw`\boperations chief\b`,
  },
  {
    area: "financial",
    zh: "财务",
    en: "financial|finance",
    acronyms: "cfo",
    other: String.raw`\bfinanc(?:e|ial) chief\b`,
  },
  {
    area: "ai",
    zh: "ai|人工智能",
    en: "ai|artificial intelligence",
    acronyms: "caio",
    other: String.raw`\bai chief\b`,
  },
  { area: "product", zh: "产品", en: "product", acronyms: "cpo" },
  { area: "marketing", zh: "营销|市场", en: "marketing", acronyms: "cmo" },
  { area: "information", zh: "信息", en: "information", acronyms: "cio" },
  { area: "security", zh: "安全|信息安全", en: "security|information security", acronyms: "cso|ciso" },
  { area: "strategy", zh: "战略", en: "strategy", acronyms: "cso" },
  { area: "data", zh: "数据", en: "data", acronyms: "cdo" },
  {
    area: "science",
    zh: "科学",
    en: "science|scientific",
    acronyms: "cso",
    other: "首席科学家|chief scientist",
  },
  { area: "legal", zh: "法务", en: "legal", acronyms: "clo", other: "总法律顾问|general counsel" },
  { area: "people", zh: "人力资源|人力|人才", en: "people|human resources|talent", acronyms: "chro|cpo" },
];

/** An entry's chief-officer post: 首席 X 官, chief X officer, an acronym CXO. */
const POST =
  /首席\s*([A-Za-z\u4e00-\u9fff]{1,5}?)\s*官|\bchief\s+([a-z]+(?:\s+[a-z]+)?)\s+officer\b|\b(C[A-Z]{1,3}O)\b/gi;
/** A move into, out of or through a post. */
const MOVE =
  /出任|接任|继任|担任|就任|升任|晋升|任命|委任|聘任|聘请|加盟|履新|离职|辞职|辞任|卸任|离任|辞去|离开|跳槽|退休|下台|解职|曾任|前任|新任|原任|\b(?:appointed|appoints?|named|names|becomes?|became|joins?|joined|joining|hired|hires|promoted|succeeds?|succeeded|replaces?|replaced|steps?\s+down|stepped\s+down|resigns?|resigned|leaves|left|leaving|departs?|departed|departure|former|retires?|retired|fired|ousted)\b/i;
/** A clause that denies its move: no post said to be taken or left. */
const DENIED = /[不未没非]|\b(?:not|no|never|denied|denies)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;

const areasOf = (word: string): string[] => {
  const w = foldText(word).trim().replace(/\s+/g, " ");
  const whole = (alternatives: string) => new RegExp(`^(?:${alternatives})$`).test(w);
  return AREAS.filter((a) => whole(a.zh) || whole(a.en) || whole(a.acronyms)).map((a) => a.area);
};

export function findMovedPosts(text: string): MovedPost[] {
  const out: MovedPost[] = [];
  for (const m of text.matchAll(POST)) {
    const areas = areasOf(m[1] ?? m[2] ?? m[3]!);
    const end = m.index + m[0].length;
    const clause = clauseText(text, m.index, end, CLAUSE);
    if (areas.length > 0 && MOVE.test(clause) && !DENIED.test(clause))
      out.push({ raw: m[0], areas, index: m.index, end });
  }
  return out;
}

/** Whether the article names a post of one of these areas under any spelling. */
function namesPost(areas: readonly string[], folded: string): boolean {
  return AREAS.filter((a) => areas.includes(a.area)).some((a) =>
    new RegExp(
      String.raw`首席\s*(?:${a.zh})\s*官|\bchief\s+(?:${a.en})\s+officer\b|\b(?:${a.acronyms})\b${a.other ? `|${a.other}` : ""}`,
    ).test(folded),
  );
}

/** `folded`: the article as foldText folds it (ArticleIndex.folded), folded once for every claim. */
export function checkMovedPost(claim: MovedPost, folded: string): { supported: boolean; reason: string } {
  if (namesPost(claim.areas, folded)) return { supported: true, reason: "the article names this post" };
  return {
    supported: false,
    reason: `the article names no such post as "${claim.raw}" under any spelling: a post moved that it never gives`,
  };
}
