// Whether an entry's figure is the same quantity as an article's: value, unit, direction, relation
// (a cut, a rise, a level), bounds, hedges, rounding, fractions and sizes (check-claims.ts binds it).
import { withinWords, writtenInWords } from "./approximate-words.ts";
import { countedThingsAgree } from "./english-word-counts.ts";
import { sameDate } from "./find-dates.ts";
import type { Figure } from "./find-figures.ts";
import { compatibleUnits } from "./units.ts";

const CURRENCY = /^(?:usd|cny|eur|gbp|jpy|hkd)$/;

/**
 * Same claim: same value in a compatible unit (units.ts; 1750 亿参数 = 175B, 5 分钟 = 300 秒), or the
 * article's value rounded to the entry's precision; dates field by field (find-dates.ts).
 */
export function sameFigure(claim: Figure, found: Figure): boolean {
  if (claim.kind === "date" || found.kind === "date")
    return claim.kind === "date" && found.kind === "date" && sameDate(claim, found);
  // "过去三年" is not the 3 of the article's "v3": a name's bare digits are no span of time.
  if (found.inName && !found.unit && /^(?:s|month|year)$/.test(claim.unit ?? "")) return false;
  // "得分 88.7" for the article's 88.7%: a score written without its percent sign.
  if (claim.score && !claim.unit && found.unit === "percent" && !found.derived && !found.relation)
    return sameValue(claim, found);
  // 个点 (units.ts "ppt") may be percentage points: it need not agree on being a percentage.
  const loose = claim.unit === "ppt" || found.unit === "ppt";
  if (!loose && claim.percent !== found.percent) return false;
  // Percentage points are not percent: "高 1.2 个百分点" does not support "领先 1.2%", nor back.
  if (!loose && (claim.unit === "pp") !== (found.unit === "pp")) return false;
  // "延迟增加了 30%" is not "下降了 30%", nor "比 X 高 2 分" "低 2 分".
  if (claim.direction && found.direction && claim.direction !== found.direction) return false;
  // A cut or rise by a percentage is not a share that changed nothing ("减半" is not "一半来自海外").
  if (
    (claim.relation === "reduction" || claim.relation === "rise") &&
    !found.direction &&
    !found.relation &&
    !found.derived
  )
    return false;
  // "降低了 60%" is not "降至 60%", nor "提升了 48%" "提升至 48%" (a change by is no level or share);
  // a derived complement supports only
  // its own reading. A level and a share of the original may stand for each other ("降至 30%").
  // A fraction reached ("降至三分之一") is what remains of the original, whatever verb leads to it.
  const fractionLeft = claim.exactFraction && claim.relation === "level" && found.relation === "remaining";
  if (
    found.derived
      ? claim.relation !== found.relation && !fractionLeft
      : cutAgainstLevel(claim.relation, found.relation)
  )
    return false;
  // A rank or step ("第 3", "Stage 2", "Top-5") is supported only by the same rank.
  if (claim.unit === "ordinal" || found.unit === "ordinal") {
    if (claim.unit !== found.unit) return false;
  } else if (!compatibleUnits(claim.unit, found.unit)) return false;
  // "2.6 亿美元" for the article's "RMB 260 million": a currency code before the number is its unit.
  if ((claim.currency ?? claim.unit) !== (found.currency ?? found.unit) && (claim.currency || found.currency))
    if (
      CURRENCY.test(claim.currency ?? claim.unit ?? "") &&
      CURRENCY.test(found.currency ?? found.unit ?? "")
    )
      return false;
  // The 10 of "十分之一" is a denominator: it does not support the numerator of "10/10".
  if (claim.fraction && found.fraction && claim.fraction !== found.fraction) return false;
  // "34 万名用户" is not "34 万条对话": people and things counted, whatever the nouns.
  if (claim.counter && found.counter && claim.counter !== found.counter) return false;
  // "6 个视频理解基准" is not "6 种主流剪枝方法": counted nouns, when both say one, share a word or
  // their head (the last character: 无效票 and 投票 are both 票).
  if (
    claim.noun &&
    found.noun &&
    !shareBigram(claim.noun, found.noun) &&
    claim.noun.at(-1) !== found.noun.at(-1)
  )
    return false;
  // "6 种语言" is not the article's "six preset voices" (english-word-counts.ts).
  if (!countedThingsAgree(claim.noun, found.nounEn)) return false;
  // 三分之一 (33.33…%) for the article's 33% or 三分之一: within the article's own rounding.
  if (claim.exactFraction && !claim.hedged)
    return Math.abs(claim.value - found.value) <= Math.max(found.step / 2, 0.005) + 1e-9 && !found.fraction;
  return sameValue(claim, found);
}

/** The value part of sameFigure: equal, within a bound or a hedge, or the article's rounded. */
function sameValue(claim: Figure, found: Figure): boolean {
  if (Math.abs(claim.value - found.value) <= 1e-9 * Math.max(1, Math.abs(claim.value)))
    // "超过 100 家" is not the article's exact 100 家 (it is its 100 多家, 超过 100 家, or 至少 100 家'
    // own claim when the entry says 至少).
    return claim.bound !== "above" || found.bound === "above" || found.plus === true;
  // "超过 100 名" for 120 多名: a lower bound holds for a value above it in its leading digit's band.
  if (claim.bound && found.value > claim.value && !found.bound) {
    // In words ("超过一半", "逾三成", "more than double") it holds for any value above it.
    if (writtenInWords(claim)) return true;
    const band = 10 ** Math.floor(Math.log10(Math.abs(claim.value) || 1));
    if (found.value < claim.value + band) return true;
  }
  // 1.5 TB = 1500 GB as vendors write it: sizes also compare in decimal multiples.
  if (claim.unit === "bytes" && found.unit === "bytes" && sameDecimalSize(claim, found)) return true;
  // "近一半" for 47%, "约七成" for 72%, "约为…的两倍" for 2.09×: as coarse as its words (approximate-words.ts).
  if (withinWords(claim, found)) return true;
  // "近 30%" for 29.6%: a figure written as approximate, and coarser than the article's, may be off by 3 %.
  const near = Math.abs(found.value - claim.value) <= 0.03 * Math.abs(claim.value) + 1e-9;
  if (claim.hedged && claim.digits < found.digits && near) return true;
  // "近 4 个百分点" for a worked-out 3.8: a hedged figure holds for a derived value that rounds to it.
  if (claim.hedged && found.derived && Math.abs(found.value - claim.value) <= claim.step / 2 + 1e-9)
    return true;
  // "87.4" for 87.44 or "约 30%" for 29.8%: rounding is fine when two or more digits remain.
  if (claim.digits < 2 || found.step >= claim.step) return false;
  return Math.abs(Math.round(found.value / claim.step) * claim.step - claim.value) <= claim.step * 1e-6;
}

/** A change by a percentage against a level or a share ("提升了 48%" for "提升至 48%"), or a cut against a rise. */
function cutAgainstLevel(a: Figure["relation"], b: Figure["relation"]): boolean {
  const change = (r: Figure["relation"]) => r === "reduction" || r === "rise";
  return a !== undefined && b !== undefined && a !== b && (change(a) || change(b));
}

/** Two sizes equal when read with decimal multiples (KB = 1000 B …) instead of binary ones. */
function sameDecimalSize(a: Figure, b: Figure): boolean {
  const decimal = (f: Figure) => {
    const power = Math.round(Math.log2(f.factor ?? 1) / 10);
    return (f.value / (f.factor ?? 1)) * 1000 ** power;
  };
  const [x, y] = [decimal(a), decimal(b)];
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
}

function shareBigram(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}
