// A condition dropped: "缓存命中时输入仅 0.2 元" told as "输入仅 0.2 元", "标准照明下成功率 92.5%" as "成功率
// 92.5%", "违反…且逾期未改正的，罚款 10 万至 50 万元" as "违反…的，罚款…". A figure the article gives only
// under a condition (…时, 在…下, …条件下, 如果/若/一旦…, a legal "…的，", a deadline "在 3 月 31 日前
// 完成迁移的，", a subgroup "其中，从事大模型研发的企业…") is the entry's only when the entry's sentence
// carries that condition: a word of each of its parts, and half of a long one; a deadline is carried
// only by a deadline word (前, 截止, by).
import type { ClaimWords } from "./figure-subject.ts";
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

/** The end of a time word, not a condition: 小时, 同时, 实时, 当时, 耗时 … */
const NOT_WHEN = /[小同实及当此届适定按临随平准暂那有计耗用历彼旧过按准届限]$/;
/** Verbs of saying: "李楠表示，到时…" is no condition. */
const SAYING = /表示|称|说|介绍|透露|指出|认为|强调|宣布/;
/** "同条件下", "相同算力下" compare; "谈到路线时", "被问及…时" set a scene: neither is the figure's condition. */
const NOT_A_CONDITION =
  /^(?:同|相同|同等|同样|这[种一些]?|该|此|其|各|不同|谈到|谈及|说到|提到|问到|问及|被问|回忆|回顾|面对|接受|采访|发布)/;
const CONDITIONS = [
  // "缓存命中时", "当训练千亿参数模型时", "在…的时候"
  /(?:^|[，,：:]|在|当)\s*([^，,。；;：:在当]{3,14}?)(?:的时候|时)(?![间刻代期长段候延速效区钟序空尚机光常而])/g,
  // "在万卡规模下", "标准照明下", "FP8 精度下": a setting (not 在智能体辅助下, a means; not 上下文, 以下)
  /([^，,。；;：:]{1,12}?(?:条件|情况|环境|设置|模式|场景|配置|规模|精度|照明|光照|负载|前提|温度|功耗|并发))\s*下(?![降滑调跌午文])/g,
  // "开启省电模式后，…", "启用量化后，…": a switch turned, as a clause of its own before the figure's
  /(?:^|[，,：:])\s*((?:开启|启用|打开|关闭|关掉|切换到?|改用|叠加|加上)[^，,。；;：:]{1,12}?)(?:之后|以后|后)(?=\s*[，,])/g,
  // "如果…", "若…", "一旦…", "只要…"
  /(?:如果|倘若|假如|一旦|只要)([^，,。；;]{2,24})/g,
  // "违反…且逾期未改正的，罚款…": a rule's condition, a clause ending in 的 before the figure's clause
  /((?:[^，,。；;：:]{0,20}?)(?:违反|违规|未按|擅自|拒不|逾期|情节严重|造成)[^，,。；;：:]{0,20})的[，,](?=[^，,。；;]*$)/g,
  // "其中，从事大模型研发的企业可提高到 50%": a subgroup (其中) the figure is given for
  /其中[，,]?\s*([^，,。；;：:的]{2,16})的(?=[^，,。；;：:]*$)/g,
  // "在 2027 年 3 月 31 日前完成迁移的，可获…": a deadline the figure's clause holds to
  /([^，,。；;：:]{0,30}?(?:\d\s*[日号月年]|月底|年底|月末|年末|季度末)\s*(?:之前|以前|前)[^，,。；;：:]{0,20})的[，,](?=[^，,。；;]*$)/g,
];

/** A deadline in a condition: "2027 年 3 月 31 日前", "年底前". */
const DEADLINE = /(?:\d\s*[日号月年]|月底|年底|月末|年末|季度末)\s*(?:之前|以前|前)/;
/** The entry's words that keep a deadline: 日前, 底前, 之前, 截止, before, by … */
const DEADLINE_WORDS = [
  "日前",
  "号前",
  "月前",
  "年前",
  "底前",
  "末前",
  "之前",
  "以前",
  "截止",
  "期限",
  "before",
  "deadline",
  "by",
  "until",
];

const cache = new WeakMap<ArticleIndex, Map<number, string[]>>();

/** The conditions in the figure's sentence before it. */
export function conditionsAt(index: ArticleIndex, at: number): string[] {
  let known = cache.get(index);
  if (!known) {
    known = new Map();
    cache.set(index, known);
  }
  const hit = known.get(at);
  if (hit) return hit;
  const text = index.text;
  const start = Math.max(
    0,
    ...["。", "；", ";", "！", "？", "\n"].map((c) => text.lastIndexOf(c, at - 1) + 1),
    at - 80,
  );
  const lead = text.slice(start, at);
  const found: string[] = [];
  for (const re of CONDITIONS)
    for (const m of lead.matchAll(re)) {
      const condition = (m[1] ?? "").replace(/^在\s*/, "").trim();
      if (condition.length < 2) continue;
      if (re === CONDITIONS[0] && (NOT_WHEN.test(condition) || SAYING.test(condition))) continue;
      if (NOT_A_CONDITION.test(condition)) continue;
      found.push(condition);
    }
  known.set(at, found);
  return found;
}

/** Whether the claim carries a part of a condition: a word of it, and half of its words when long. */
function carries(part: string, claim: ClaimWords): boolean {
  const mine = contentWords(part);
  if (mine.size === 0) return true;
  let shared = 0;
  for (const w of mine) if (claim.sentence.has(w) || claim.sentenceTerms.has(w)) shared++;
  return shared > 0 && (mine.size <= 8 || shared / mine.size >= 0.5);
}

/** The first condition at `at` the claim's sentence does not carry. */
function droppedAt(index: ArticleIndex, at: number, claim: ClaimWords): string | undefined {
  return conditionsAt(index, at).find(
    (c) =>
      !c.split(/并且|而且|且|同时/).every((part) => carries(part, claim)) ||
      (DEADLINE.test(c) && !DEADLINE_WORDS.some((w) => claim.sentence.has(w) || claim.sentenceTerms.has(w))),
  );
}

/**
 * The first condition of the figure at `at` the claim's sentence does not carry, if any. Each part
 * of a joint condition ("违反…要求且逾期未改正") must be carried. A title is short for its body: the
 * title's "补贴比例最高 50%" (or a line repeating it) holds the condition the body gives the same figure at `body` ("其中，从事
 * 大模型研发的企业…提高到 50%").
 */
export function droppedCondition(
  index: ArticleIndex,
  at: number,
  claim: ClaimWords,
  body: readonly number[] = [],
): string | undefined {
  const own = droppedAt(index, at, claim);
  if (own || !inTitle(index.text, at)) return own;
  for (const b of body) {
    const dropped = inTitle(index.text, b) ? undefined : droppedAt(index, b, claim);
    if (dropped) return dropped;
  }
  return undefined;
}

/** Whether `at` is in the title, or in a line of the text that repeats it. */
function inTitle(text: string, at: number): boolean {
  const titleEnd = text.indexOf("\n");
  if (titleEnd < 0) return false;
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return (
    start === 0 || text.slice(start, end < 0 ? text.length : end).trim() === text.slice(0, titleEnd).trim()
  );
}
