// Planting rules about the article's own facts (verify-plant-rules.ts): a figure of another fact,
// a comparison turned round, a plan told as done, a count in words changed.
import type { Entry } from "../src/model/entry.ts";
import { findComparisons } from "../src/verify/check-comparisons.ts";
import { findCounts } from "../src/verify/check-counts.ts";
import { articleSteps } from "../src/verify/check-tense.ts";
import { findFigures } from "../src/verify/index.ts";
import type { Plant, SetArticle, Where } from "./verify-plant-rules.ts";

type Slot = { text: string; where: Where };
type SetText = (entry: Entry, where: Where, text: string) => void;

/** The verb (and its filler) that opens a comparison found by findComparisons. */
const COMPARISON_VERB =
  /^(?:全面|大幅|显著|明显|略|稍|仍)?(?:超越|超过|优于|领先|击败|打败|胜过|强于|好于|碾压|反超|逊于|逊色于|不及|不如|落后于|落后|弱于|差于|输给)(?:了|于|过|掉)?\s*/;

export function plantSwappedFigure(
  entry: Entry,
  a: SetArticle,
  slots: Slot[],
  setText: SetText,
): Plant | undefined {
  const kind = "swapped-figure" as const;
  // "推理速度提升了 45%" → "推理速度提升了 20%", where 20% is another fact of the article (another
  // sentence's, in the same unit): the value exists, but not for what the entry says it measures.
  const article = `${a.title}\n${a.text}`;
  const sentences = article.split(/[。！？!?\n]/);
  const digitsOf = (raw: string) => raw.match(/\d+(?:\.\d+)?/)?.[0];
  const theirs = findFigures(article).filter((g) => g.kind === "number" && g.unit && digitsOf(g.raw));
  for (const slot of slots) {
    for (const f of findFigures(slot.text)) {
      const digits = digitsOf(f.raw);
      // The words right before the figure say what it measures (published only with them).
      const context = slot.text.slice(Math.max(0, f.index - 6), f.index).trim();
      if (f.kind !== "number" || !f.unit || !digits || !/[\u4e00-\u9fff]{2}$/.test(context)) continue;
      const other = theirs.find(
        (g) =>
          g.unit === f.unit &&
          g.value !== f.value &&
          !sentences.some((s) => s.includes(g.raw) && s.includes(digits)) &&
          !slot.text.includes(digitsOf(g.raw)!),
      );
      if (!other) continue;
      const raw = f.raw.replace(digits, digitsOf(other.raw)!);
      setText(entry, slot.where, slot.text.slice(0, f.index) + raw + slot.text.slice(f.end));
      return { kind, value: raw, context };
    }
  }
  return undefined;
}

export function plantFlippedComparison(entry: Entry, slots: Slot[], setText: SetText): Plant | undefined {
  const kind = "flipped-comparison" as const;
  // "超过 Gemini 1.5 Flash" → "落后于 Gemini 1.5 Flash": the comparison with a named rival turned round.
  for (const slot of slots) {
    const c = findComparisons(slot.text).find((x) => x.stance !== "level");
    if (!c) continue;
    const verb = c.stance === "ahead" ? "落后于 " : "超越 ";
    const rival = slot.text.slice(c.index, c.end).replace(COMPARISON_VERB, "").trim();
    setText(entry, slot.where, `${slot.text.slice(0, c.index)}${verb}${rival}${slot.text.slice(c.end)}`);
    return { kind, value: rival, context: verb.trim() };
  }
  return undefined;
}

export function plantPlanAsDone(entry: Entry, a: SetArticle): Plant | undefined {
  // "…，现已正式上线" where the article says "将于下月上线": a step still to come told as done.
  const pending = [...articleSteps(`${a.title}\n${a.text}`)].find(([, mentions]) =>
    mentions.every((m) => m.state === "pending"),
  )?.[0];
  const slot = entry.results.bullets.length ? entry.results.bullets : entry.core.bullets;
  const i = slot.length - 1;
  if (!pending) return undefined;
  const value = `现已正式${pending}`;
  if (i < 0) entry.summary = `${entry.summary.replace(/[。！]$/, "")}，${value}。`;
  else slot[i] = { ...slot[i]!, text: `${slot[i]!.text.replace(/[。！]$/, "")}，${value}。` };
  return { kind: "plan-as-done", value };
}

/** The numeral one higher: 两 → 三, 三 → 四 … 九 → 十. */
const NEXT: Record<string, string> = {
  两: "三",
  二: "三",
  三: "四",
  四: "五",
  五: "六",
  六: "七",
  七: "八",
  八: "九",
  九: "十",
};

export function plantWrongCount(
  entry: Entry,
  a: SetArticle,
  slots: Slot[],
  setText: SetText,
): Plant | undefined {
  // "发布两款模型" → "发布三款模型": a count the entry writes in words, one more than the article's.
  for (const slot of slots) {
    const c = findCounts(slot.text).find((x) => NEXT[x.raw[0]!] !== undefined);
    if (!c) continue;
    const raw = NEXT[c.raw[0]!]! + c.raw.slice(1);
    setText(entry, slot.where, slot.text.slice(0, c.index) + raw + slot.text.slice(c.end));
    return { kind: "wrong-count", value: raw };
  }
  // Else the article's clause with a count in words, retold one higher and appended ("首批客户包括
  // 三家云厂商" → "…，首批客户包括四家云厂商。"): an LLM's near word-for-word retelling.
  for (const m of `${a.title}\n${a.text}`.matchAll(CLAUSE)) {
    const clause = m[0].trim();
    const c = findCounts(clause).find((x) => NEXT[x.raw[0]!] !== undefined);
    if (!c) continue;
    // A bullet when the entry has one (results first), else the summary.
    const slot = slots[0];
    if (!slot) return undefined;
    const raw = NEXT[c.raw[0]!]! + c.raw.slice(1);
    const told = clause.slice(0, c.index) + raw + clause.slice(c.end);
    setText(entry, slot.where, `${slot.text.replace(/[。！.]\s*$/, "")}，${told}。`);
    return { kind: "wrong-count", value: raw };
  }
  return undefined;
}

/**
 * Unambiguous words of a plan, forecast, estimate or goal and the time phrase after them (the bench's
 * own list, not the verifier's): "计划在 2028 年", "预计到 2029 年", "有望", "将达到" (never a bare 将:
 * it is 把 as often as will; never 预测: "预测极端天气" is predicting weather), "plans to".
 */
const PLAN =
  /(?:计划|预计|目标是|有望|力争|争取)(?:在|于|到)?\s*(?:\d{4}\s*年|明年|年底前|年内)?\s*(?:将)?|将(?=达到|突破|超过|提升)|\b(?:plans|aims|hopes) to\b|\bexpects\b(?=[^.,;]{0,40}\bto\b)|\bto reach\b/g;
const CLAUSE = /[^，,；;。！？!?\n]+/g;

export function plantTargetAsResult(entry: Entry, a: SetArticle): Plant | undefined {
  // "公司计划在 2028 年实现营收 50 亿元" → "公司实现营收 50 亿元": a plan's figure told as reached.
  const article = `${a.title}\n${a.text}`;
  for (const m of article.matchAll(CLAUSE)) {
    const clause = m[0];
    if (!PLAN.test(clause)) continue;
    PLAN.lastIndex = 0;
    const told = clause
      .replace(PLAN, " ")
      .replace(/\b(?:by the end of next year|within two years|in 20\d\d)\b/g, "")
      // An estimate told as exact: its hedge goes too.
      .replace(/约|大约|左右|\b(?:about|around|roughly)\b/g, "")
      .replace(/\s+/g, " ")
      .trim();
    // Only a clause whose figure comes after the plan word: "目前约为 22%" is no plan.
    const at = clause.search(PLAN);
    PLAN.lastIndex = 0;
    const figure = findFigures(clause).find((f) => f.kind === "number" && f.index > at);
    if (!figure || !told.includes(figure.raw.trim()) || /[将会]|will|plan|expect|aim/.test(told)) continue;
    const slot = entry.results.bullets;
    const text = /[\u4e00-\u9fff]/.test(told) ? `${told}。` : `${told[0]!.toUpperCase()}${told.slice(1)}.`;
    slot.push({ text });
    return { kind: "target-as-result", value: told };
  }
  return undefined;
}
