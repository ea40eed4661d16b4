// "全球首个", "最强", "唯一", "刷新 SOTA": the words digests inflate most. An entry may use one only
// when the article makes the same kind of claim — a first with the same reach (全球 is not 国内), the
// same superlative (最快 is not 最强), an only, a record. They are checked against the whole article.
import { foldText } from "./fold-text.ts";

export type QualifierClass = "first" | "superlative" | "only" | "record" | "open" | "free";

export interface Qualifier {
  kind: QualifierClass;
  raw: string;
  /** first: how far the first reaches (global, domestic, industry, open-source), if said. */
  scope?: string;
  /** superlative: the quality (大, 强, 快 …). */
  quality?: string;
  /** superlative: the fields that narrow it (国内最大: domestic; 最强的开源模型: open). */
  fields?: Set<string>;
  /** open/free: denied ("暂未开源", "不免费"). */
  negated?: boolean;
  index: number;
  end: number;
}

const SCOPES: Array<[string, RegExp]> = [
  ["global", /全球|世界|全世界|world'?s?|globally/],
  ["domestic", /国内|国产|中国|我国|China'?s?/],
  ["industry", /业界|行业|业内|industry'?s?/],
  ["open", /开源界|开源社区|开源/],
];
const SCOPE_WORDS = "全球|世界|全世界|国内|国产|中国|我国|业界|行业|业内|开源界|开源社区|开源";
const FIRST = new RegExp(
  `(?:(${SCOPE_WORDS})(?:范围内|上)?的?)?(首个|首款|首家|首例|首位|首创|首次|首度|首发|首秀|第一个|第一款|第一家|第一次|率先)|\\b(?:the\\s+)?(world'?s\\s+|industry'?s\\s+)?first\\b`,
  "gi",
);
/**
 * 最强, 最快 …: not 最新 (news), nor 最高/最低/最多/最少 (bounds of a figure, checked as figures),
 * nor a writer's weighing ("最大难题", "最大亮点" for the article's "真正的难题", "亮点").
 */
const SUPERLATIVE =
  /最(强大|先进|领先|便宜|聪明|大|强|快|小|优|佳|好|全|早|长|深|广)(?![^，。；;]{0,6}\d)(?!的?(?:难题|问题|挑战|障碍|瓶颈|风险|痛点|亮点|看点|变化|不同|区别|差异|意义|价值|特点|优势|短板|局限|争议|悬念|隐患|贡献|收获|启示|教训|担忧|疑问))/g;
/** Superlatives that say one thing. */
/** Fields that narrow a superlative (国内最大, 同尺寸中最快, 最强的开源模型), said before it in its clause or right after. */
const FIELDS: Array<[string, RegExp]> = [
  ["domestic", /国内(?!外)|国产|中国|我国/],
  ["open", /开源(?!界|社区)/],
  [
    "size",
    /同尺寸|同级别?|同类|同规模|同参数|同等规模|同价位|\d+\s*[BbMm]\s*(?:以下|以内|级别?)|(?:以下|以内)的?/,
  ],
  ["edge", /端侧|手机端|移动端/],
  ["chinese", /中文/],
  ["asia", /亚洲/],
];
/** A field said for the whole world widens the domestic one: 全球最大的开源模型. */
const WORLD = /全球|世界|全世界|史上|有史以来/;

function fieldsOf(text: string, at: number, end: number): Set<string> {
  const clause = /[^，,。；;！？\n]{0,16}$/.exec(text.slice(Math.max(0, at - 16), at))?.[0] ?? "";
  const after = /^的?\s*[^，,。；;！？\n的]{0,6}/.exec(text.slice(end))?.[0] ?? "";
  const fields = new Set<string>();
  for (const [field, re] of FIELDS) if (re.test(clause) || re.test(after)) fields.add(field);
  if (WORLD.test(clause)) fields.delete("domestic");
  return fields;
}

const SAME_QUALITY: Record<string, string> = { 强大: "强", 佳: "好", 优: "好", 领先: "先进" };
const quality = (q: string) => SAME_QUALITY[q] ?? q;
/**
 * English "only" is mostly "just" ("only available to Pro users", "not only"): as a claim of being
 * alone it comes as "the only", "the sole", "exclusive".
 */
const ONLY = /唯一|独家|(?<!\bnot\s)\bthe\s+only\b|\bsole\b|\bexclusive(?:ly)?\b/gi;
const RECORD =
  /SOTA|state[- ]of[- ]the[- ]art|刷新.{0,8}(?:纪录|记录|SOTA)|新纪录|世界纪录|登顶|榜首|排名第一|位列第一|夺冠/gi;

/**
 * An English "first" that orders, not one that claims to be first: the first quarter, at first, the
 * first step. (The world's first …, the first … to, for the first time are claims.)
 */
const ORDINAL_FIRST =
  /^first(?:[\s-]+(?:quarter|half|day|week|month|year|round|step|stage|phase|part|page|author|look|glance|impressions?|party|hand|place|of\s+all|came))\b/i;
const AT_FIRST = /\bat\s+$/i;

/**
 * What an English article says for the Chinese superlatives (an English source, a Chinese entry):
 * "the fastest", "the most powerful", "best-in-class" … as the quality 最X stands for.
 */
const ENGLISH_SUPERLATIVES: Array<[string, RegExp]> = [
  ["快", /\b(?:fastest|quickest|most\s+efficient)\b/],
  ["大", /\b(?:largest|biggest)\b/],
  ["强", /\b(?:strongest|most\s+(?:powerful|capable))\b/],
  ["先进", /\b(?:most\s+advanced|leading|cutting[- ]edge)\b/],
  ["便宜", /\b(?:cheapest|least\s+expensive|lowest[- ]cost)\b/],
  ["聪明", /\b(?:smartest|most\s+intelligent)\b/],
  ["小", /\b(?:smallest|tiniest)\b/],
  ["好", /\b(?:best|top[- ]performing)\b/],
  ["全", /\bmost\s+(?:comprehensive|complete)\b/],
  ["早", /\bearliest\b/],
  ["长", /\blongest\b/],
  ["深", /\bdeepest\b/],
  ["广", /\b(?:widest|broadest|most\s+widely)\b/],
];
/** A first an English article writes without a lone "first" (首次亮相 for "debuts"). */
const ENGLISH_FIRST = /\b(?:debut(?:s|ed|ing)?|inaugural|maiden|premieres?d?)\b/g;
/** A record as an English article writes it: a new record, tops a leaderboard, ranks No. 1. */
const ENGLISH_RECORD =
  /\b(?:new|world|all[- ]time)\s+records?\b|\brecord[- ](?:high|breaking|setting)\b|\b(?:breaks?|broke|set|sets)\s+(?:a\s+|the\s+)?records?\b|\b(?:tops?|topped|topping)\s+(?:the\s+)?[\w\s.-]{0,30}?\b(?:leaderboards?|charts?|rankings?|arena)\b|\b(?:ranks?|ranked|ranking)\s+(?:first|no\.?\s*1|#1)\b|\bno\.\s*1\b/;

/**
 * A release status digests invent most: "已开源" when only a paper came out, "免费" when the article
 * gives a price. An entry's 开源/open-source needs the article to say so or to link the code or
 * weights; 免费/free needs the article's free.
 */
const OPEN = /开源|开放源代码|开放权重|open[- ]?sourc(?:e|ed|ing)|open[- ]weights?/gi;
const OPEN_EVIDENCE =
  /开源|开放源代码|开放权重|权重已?(?:公开|开放)|open[- ]?sourc(?:e|ed|ing)|open[- ]weights?|\bopen(?:ly)?[- ](?:[a-z-]+\s+){0,2}?(?:models?|llms?|weights|releases?d?)\b|\b(?:apache|mit)\b[\s-]*(?:2\.0\s*)?(?:licen[cs]e|许可|协议)|github\.com\/|huggingface\.co\/|hugging\s*face|modelscope|魔搭/i;
const FREE = /免费|(?:for|is|are|be)\s+(?:not\s+)?free\b|free\s+(?:of\s+charge|to\s+use|tier|plan|version)/gi;
const FREE_EVIDENCE = /免费|不收费|零成本|\bfree\b/i;
/** A negation right before an open or free claim: "暂未开源", "不免费", "not open-source", "closed-source". */
const NEGATED =
  /(?:未|不|没有?|非|无|尚未|暂未|暂不|并未|并不|\bnot\s+(?:yet\s+)?|\bno\s+)\s*(?:完全|全部|全面|对外)?\s*$/i;
const negatedAt = (text: string, at: number) => NEGATED.test(text.slice(Math.max(0, at - 8), at));
/** Mentions of `re` in `text` that are not negated. */
const affirmed = (re: RegExp, text: string, skip: (at: number) => boolean = () => false) =>
  [...text.matchAll(new RegExp(re.source, "gi"))].some((m) => !negatedAt(text, m.index) && !skip(m.index));

/**
 * Open-source things the subject is compared with ("超越所有开源模型", "比开源的 Llama 更强",
 * "outperforms other open models"): they say nothing of the subject's own release.
 */
const COMPARED =
  /(?:(?:超越|超过|击败|打败|领先|优于|胜过|碾压|相比|对比|比起|不输|媲美|追平|逼近|对标|强于|高于|好于|^比|[^无对]比)[^，,。；;：:！？!?\n]{0,10}|(?:所有|其他|其它|一众|主流|同类|现有|多数|其余)(?:的)?\s*)$|\b(?:than|beats?|beating|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|rivals?|other|all)\s+(?:(?:the|other|leading|existing|best|top)\s+)*$/i;
/** The open-source world, not a release: 开源社区, 开源界, 开源生态, the open-source community. */
const COMMUNITY =
  /^(?:开源|open[- ]?source)\s*(?:社区(?!版)|界|生态|圈|世界|阵营|运动|精神|文化|爱好者|community(?! edition)|ecosystem|movement|world)/i;
const comparedAt = (text: string, at: number) =>
  COMPARED.test(text.slice(Math.max(0, at - 14), at)) || COMMUNITY.test(text.slice(at, at + 24));

/** Qualifiers in a piece of entry or article text, in order. */
export function findQualifiers(text: string): Qualifier[] {
  const out: Qualifier[] = [];
  for (const m of text.matchAll(FIRST)) {
    const english = m[0].replace(/^the\s+/i, "");
    if (
      !m[2] &&
      !m[3] &&
      (ORDINAL_FIRST.test(text.slice(m.index + m[0].length - english.length)) ||
        AT_FIRST.test(text.slice(Math.max(0, m.index - 4), m.index)))
    )
      continue;
    // 第一次 as "the first time we…" is a first too; 第一 alone (a rank) is a figure, not here.
    const scopeWord = m[1] ?? m[3];
    const scope = scopeWord ? SCOPES.find(([, re]) => re.test(scopeWord))?.[0] : undefined;
    out.push({
      kind: "first",
      raw: m[0],
      ...(scope ? { scope } : {}),
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(SUPERLATIVE))
    out.push({
      kind: "superlative",
      raw: m[0],
      quality: quality(m[1]!),
      fields: fieldsOf(text, m.index, m.index + m[0].length),
      index: m.index,
      end: m.index + m[0].length,
    });
  for (const m of text.matchAll(ONLY))
    out.push({ kind: "only", raw: m[0], index: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(RECORD))
    out.push({ kind: "record", raw: m[0], index: m.index, end: m.index + m[0].length });
  for (const [kind, re] of [
    ["open", OPEN],
    ["free", FREE],
  ] as const)
    for (const m of text.matchAll(re))
      out.push({
        kind,
        raw: m[0],
        ...(negatedAt(text, m.index) || /\snot\s/i.test(m[0]) ? { negated: true } : {}),
        index: m.index,
        end: m.index + m[0].length,
      });
  return out.sort((a, b) => a.index - b.index);
}

/** What the article claims of each kind: checked once per article. */
export interface ArticleQualifiers {
  firstScopes: Set<string>;
  firsts: number;
  superlatives: Set<string>;
  /** The fields each superlative is said within (an empty set: the whole field). */
  superlativeFields: Map<string, Set<string>[]>;
  only: boolean;
  record: boolean;
  /** The article says the thing is open-source or links its code or weights. */
  open: boolean;
  free: boolean;
}

/** `links`: the article's link targets (a GitHub or Hugging Face link is an open release). */
export function articleQualifiers(text: string, links: readonly string[] = []): ArticleQualifiers {
  const folded = foldText(text);
  const found = findQualifiers(folded);
  const superlatives = new Set(found.filter((q) => q.kind === "superlative").map((q) => q.quality!));
  const superlativeFields = new Map<string, Set<string>[]>();
  const addField = (q: string, fields: Set<string>) =>
    superlativeFields.set(q, [...(superlativeFields.get(q) ?? []), fields]);
  for (const q of found) if (q.kind === "superlative") addField(q.quality!, q.fields ?? new Set());
  for (const [q, re] of ENGLISH_SUPERLATIVES)
    if (re.test(folded)) {
      superlatives.add(q);
      addField(q, new Set());
    }
  // "debuts", "first-ever", "inaugural": an English article's first without the word "first" alone.
  const englishFirsts = folded.match(ENGLISH_FIRST)?.length ?? 0;
  return {
    firsts: found.filter((q) => q.kind === "first").length + englishFirsts,
    firstScopes: new Set(found.filter((q) => q.kind === "first" && q.scope).map((q) => q.scope!)),
    superlatives,
    superlativeFields,
    only: found.some((q) => q.kind === "only"),
    // A first place (第一) or a first is no record; SOTA, 刷新纪录, 榜首 are (and their English forms).
    record: found.some((q) => q.kind === "record") || ENGLISH_RECORD.test(folded),
    // "代码暂未开源" is no open release; a link to the code or weights is one.
    // "超越所有开源模型" compares the subject with open models, "开源社区" names a world: no release.
    open:
      affirmed(OPEN_EVIDENCE, folded, (at) => comparedAt(folded, at)) ||
      links.some((l) => OPEN_EVIDENCE.test(l)),
    free: affirmed(FREE_EVIDENCE, folded),
  };
}

/** Whether the article makes the claim a qualifier of the entry makes, and why not. */
export function checkQualifier(
  q: Qualifier,
  article: ArticleQualifiers,
): { supported: boolean; reason: string } {
  switch (q.kind) {
    case "first":
      if (article.firsts === 0)
        return { supported: false, reason: `the article claims no first ("${q.raw}")` };
      if (q.scope && !article.firstScopes.has(q.scope))
        return { supported: false, reason: `the article claims no ${q.scope} first ("${q.raw}")` };
      return { supported: true, reason: "the article claims this first" };
    case "superlative":
      if (!article.superlatives.has(q.quality!))
        return { supported: false, reason: `the article never says ${q.raw}` };
      // "全球最大" or a bare "最大" for the article's "国内最大": the field widened. Some article
      // superlative of the quality must be said within no field the entry's leaves out.
      if (
        !(article.superlativeFields.get(q.quality!) ?? [new Set<string>()]).some((f) =>
          [...f].every((field) => q.fields?.has(field)),
        )
      )
        return { supported: false, reason: `the article says ${q.raw} only within a narrower field` };
      return { supported: true, reason: `the article says ${q.raw}` };
    case "only":
      return article.only
        ? { supported: true, reason: "the article says only/唯一" }
        : { supported: false, reason: `the article never says ${q.raw}` };
    case "record":
      return article.record
        ? { supported: true, reason: "the article claims a record" }
        : { supported: false, reason: `the article claims no record ("${q.raw}")` };
    case "open":
      return releaseVerdict(q, article.open, "open-source", " (or links its code or weights)");
    case "free":
      return releaseVerdict(q, article.free, "free");
  }
}

/**
 * An open or free release: claimed, it needs the article's (`said`); denied ("尚未开源", "not
 * free"), it holds while the article gives none.
 */
function releaseVerdict(
  q: Qualifier,
  said: boolean,
  what: string,
  evidence = "",
): { supported: boolean; reason: string } {
  if (q.negated)
    return said
      ? { supported: false, reason: `the article says it is ${what} ("${q.raw}" denies it)` }
      : { supported: true, reason: `the article never says it is ${what}` };
  return said
    ? { supported: true, reason: `the article says it is ${what}${evidence}` }
    : { supported: false, reason: `the article never says it is ${what} ("${q.raw}")` };
}
