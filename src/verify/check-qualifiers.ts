// "全球首个", "最强", "唯一", "刷新 SOTA": the words digests inflate most. An entry may use one only
// when the article makes the same kind of claim — a first with the same reach (全球 is not 国内), the
// same superlative (最快 is not 最强), an only, a record. They are checked against the whole article.
import { foldText } from "./fold-text.ts";
import {
  affirmed,
  comparedAt,
  FREE,
  FREE_EVIDENCE,
  negatedAt,
  OPEN,
  OPEN_EVIDENCE,
  plannedAt,
  releaseVerdict,
} from "./release-status.ts";

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
  /** open/free: a plan ("将开源", "will open-source"), not a release. */
  planned?: boolean;
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
  // Not a narrower field but a wider claim: first in every item (各项均第一), not overall.
  [
    "every",
    /各项|每一?项|全部(?:项目|指标|榜单)|所有(?:子项|指标|榜单|维度)|各个?(?:维度|指标|榜单|子榜)|every\s+(?:category|metric|benchmark)/,
  ],
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

/** A first place, read as a superlative of rank with its fields: 位列开源模型第一, 居榜首, 排名第一. */
const RANK =
  /(?:排名|位列|位居|名列|居于?|排在|登上)[^，,。；;！？\n]{0,14}?(第一(?![次个款家批代步阶天年季])|首位|榜首|头名)|第一名/g;
const RANK_BEFORE = /(?:排名|位列|位居|名列|居于?|排在|登上)[^，,。；;！？\n]{0,14}$/;

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
 * first step, the first customers or batch (首批客户, 首批产能: the earliest of a group, not a first).
 * (The world's first …, the first … to, for the first time are claims.)
 */
const ORDINAL_FIRST =
  /^first(?:[\s-]+(?:quarter|half|day|week|month|year|round|step|stage|phase|part|page|author|look|glance|impressions?|party|hand|place|of\s+all|came|(?:batch|wave|cohort|group|shipment|delivery|order|customer|client|user|buyer|tester)(?:e?s)?(?![\w-]*\s+to\b)))\b/i;
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

/** Qualifiers in a piece of entry or article text, in order. */
export function findQualifiers(text: string): Qualifier[] {
  const out: Qualifier[] = [];
  for (const m of text.matchAll(FIRST)) {
    // "居开源模型首位" is a place in a ranking (RANK), not a first.
    if (m[2] === "首位" && RANK_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
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
  for (const m of text.matchAll(RANK)) {
    const word = m[1] ?? m[0];
    const at = m.index + m[0].length - word.length;
    out.push({
      kind: "superlative",
      raw: m[0],
      quality: "rank",
      fields: fieldsOf(text, at, at + word.length),
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
        ...(negatedAt(text, m.index) || /\snot\s/i.test(m[0])
          ? { negated: true }
          : plannedAt(text, m.index)
            ? { planned: true }
            : {}),
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
  /** The article says it will be open-sourced. */
  openPlanned: boolean;
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
    // "下一步将开源 2B 轻量版" is a plan: no release of anything yet.
    open:
      affirmed(OPEN_EVIDENCE, folded, (at) => comparedAt(folded, at) || plannedAt(folded, at)) ||
      links.some((l) => OPEN_EVIDENCE.test(l)),
    openPlanned: affirmed(OPEN_EVIDENCE, folded, (at) => comparedAt(folded, at) || !plannedAt(folded, at)),
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
          [...f].every((field) => field === "every" || q.fields?.has(field)),
        )
      )
        return { supported: false, reason: `the article says ${q.raw} only within a narrower field` };
      // "各项均排名第一" for the article's "总榜第一": first in every item, not overall.
      if (
        q.fields?.has("every") &&
        !(article.superlativeFields.get(q.quality!) ?? []).some((f) => f.has("every"))
      )
        return { supported: false, reason: `the article does not say ${q.raw} of every item` };
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
      // "计划开源" in the entry claims a plan: the article's plan (or release) supports it.
      if (q.planned)
        return article.open || article.openPlanned
          ? { supported: true, reason: "the article says it is or will be open-source" }
          : { supported: false, reason: `the article never says it will be open-source ("${q.raw}")` };
      return releaseVerdict(q, article.open, "open-source", " (or links its code or weights)");
    case "free":
      return releaseVerdict(q, article.free, "free");
  }
}
