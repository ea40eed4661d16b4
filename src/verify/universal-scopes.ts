// An "all" over who or where a fact holds that the article never says: "推出面向所有用户的智能体平台"
// where the article says 面向企业客户提供服务; "在各类业务场景中，处理时长由 14 分钟降至 9 分钟" where it
// measured one 客服场景; "in 54% of all tasks" for 日常对话任务上; "词错率全面降低 22%" for "up to 22% …
// on noisy call-centre audio". widened-scopes.ts refuses an "all" where the article restricts with
// 仅/只/其中; here the restriction is a plain noun phrase (面向企业客户, on noisy audio), so what is read
// is the other side: the entry's all + a noun of scope (users, companies, scenarios, languages,
// regions, devices, models, benchmarks) is held when a sentence of the article says an all (所有, 全部,
// 各类, 都, 均, all, every, any …) of a noun of the same kind, in either language; 全面/across the board
// when the article says it so too.

export interface UniversalScope {
  raw: string;
  index: number;
  end: number;
  /** The kind of noun the all is over; undefined for an adverb (全面, across the board). */
  kind?: string;
}

/** Nouns of scope, by kind: the Chinese and English words for them. */
const KINDS: Record<string, { zh: string; en: string }> = {
  people: {
    zh: "用户|客户|开发者|消费者|个人|人",
    en: "users?|customers?|developers?|consumers?|people|everyone|anyone",
  },
  companies: {
    zh: "企业|公司|机构|厂商",
    en: "compan(?:y|ies)|business(?:es)?|firms?|enterprises?|organi[sz]ations?",
  },
  scenarios: {
    zh: "场景|业务|任务|负载|工作负载|应用",
    en: "scenarios?|tasks?|workloads?|use cases?|jobs?|applications?",
  },
  languages: { zh: "语言|语种", en: "languages?" },
  regions: { zh: "地区|区域|国家|市场|城市", en: "regions?|countr(?:y|ies)|markets?|cities" },
  devices: { zh: "设备|机型|手机|终端", en: "devices?|phones?" },
  models: { zh: "模型|产品|版本|服务|套餐", en: "models?|products?|versions?|services?|plans?" },
  benchmarks: { zh: "基准|测试|评测|榜单|指标", en: "benchmarks?|tests?|evaluations?|metrics?" },
};

const ZH_ALL = "所有|全部|全体|任何|一切|各类|各种|各个|各项|各大";
const EN_ALL = "all|every|any|each";
const NOT_BEFORE = /(?:并非|不是|非|不|未|并不|not|nor|without|no)\s*$/i;

const ENTRY_ZH = new RegExp(
  `(?:${ZH_ALL})(?:的)?(${Object.values(KINDS)
    .map((k) => k.zh)
    .join("|")})`,
  "g",
);
const ENTRY_EN = new RegExp(
  `\\b(?:${EN_ALL})\\s+(?:of\\s+(?:the|its|their)\\s+)?(?:[a-z-]+\\s+){0,2}?(${Object.values(KINDS)
    .map((k) => k.en)
    .join("|")})\\b`,
  "gi",
);
/** An all with no noun: 全面降低, across the board. */
const ENTRY_ADVERB =
  /全面(?=降低|提升|提高|超越|领先|优于|开放|下降|增长)|\bacross the board\b|\bacross all\b/gi;
const ARTICLE_ADVERB =
  /全面|全线|全方位|各方面|\bacross the board\b|\bacross all\b|\bacross every\b|\bin all\b|\bin every\b/i;

const kindOf = (noun: string): string | undefined =>
  Object.entries(KINDS).find(([, k]) => new RegExp(`^(?:${k.zh}|${k.en})$`, "i").test(noun))?.[0];

export function findUniversalScopes(text: string): UniversalScope[] {
  const out: UniversalScope[] = [];
  for (const re of [ENTRY_ZH, ENTRY_EN]) {
    for (const m of text.matchAll(re)) {
      if (NOT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      out.push({ raw: m[0], index: m.index, end: m.index + m[0].length, kind: kindOf(m[1]!) });
    }
  }
  for (const m of text.matchAll(ENTRY_ADVERB))
    out.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  return out;
}

// 均 and 都 as words, not in 平均/人均/首都/成都.
const ARTICLE_ALL_ZH = new RegExp(
  `${ZH_ALL}|全员|每[个家位款一]|凡|(?<![平人户日月年])均(?![值价衡匀])|(?<![首成京])都(?![市会])|一律|无论`,
);
const ARTICLE_ALL_EN = /\b(?:all|every|any|each|entire|whole|everyone|anyone|across)\b/i;

export function checkUniversalScope(
  claim: UniversalScope,
  articleText: string,
): { supported: boolean; reason: string } {
  if (!claim.kind)
    return ARTICLE_ADVERB.test(articleText)
      ? { supported: true, reason: "the article says it across the board too" }
      : { supported: false, reason: `the article never says "${claim.raw}": it says it of a part` };
  const k = KINDS[claim.kind]!;
  const noun = new RegExp(`${k.zh}|\\b(?:${k.en})\\b`, "i");
  let named = false;
  for (const sentence of articleText.split(/[。！？!?；;\n]|\.(?=\s)/)) {
    if (!noun.test(sentence)) continue;
    named = true;
    if (ARTICLE_ALL_ZH.test(sentence) || ARTICLE_ALL_EN.test(sentence))
      return { supported: true, reason: "the article says it of all of them" };
  }
  // An all over a thing the article never names is not read: no part of it is told.
  if (!named) return { supported: true, reason: "the article never names them" };
  return {
    supported: false,
    reason: `the article never says it of all ${claim.kind} ("${claim.raw}"): the entry widens it`,
  };
}
