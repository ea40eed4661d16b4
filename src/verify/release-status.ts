// Release status: 开源/open-source and 免费/free, claimed or denied, in entries and articles
// (check-qualifiers.ts asks). A comparison with open models, the open-source community and a plan to
// open-source ("下一步将开源", "plans to open-source") are no release.
import type { Qualifier } from "./check-qualifiers.ts";

/**
 * A release status digests invent most: "已开源" when only a paper came out, "免费" when the article
 * gives a price. An entry's 开源/open-source needs the article to say so or to link the code or
 * weights; 免费/free needs the article's free.
 */
export const OPEN = /开源|开放源代码|开放权重|open[- ]?sourc(?:e|ed|ing)|open[- ]weights?/gi;
export const OPEN_EVIDENCE =
  /开源|开放源代码|开放权重|权重已?(?:公开|开放)|open[- ]?sourc(?:e|ed|ing)|open[- ]weights?|\bopen(?:ly)?[- ](?:[a-z-]+\s+){0,2}?(?:models?|llms?|weights|releases?d?)\b|\b(?:apache|mit)\b[\s-]*(?:2\.0\s*)?(?:licen[cs]e|许可|协议)|github\.com\/|huggingface\.co\/|hugging\s*face|modelscope|魔搭/i;
export const FREE =
  /免费|(?:for|is|are|be)\s+(?:not\s+)?free\b|free\s+(?:of\s+charge|to\s+use|tier|plan|version)/gi;
export const FREE_EVIDENCE = /免费|不收费|零成本|\bfree\b/i;
/** A negation right before an open or free claim: "暂未开源", "不免费", "not open-source", "closed-source". */
const NEGATED =
  /(?:未|不|没有?|非|无|尚未|暂未|暂不|并未|并不|\bnot\s+(?:yet\s+)?|\bno\s+)\s*(?:完全|全部|全面|对外)?\s*$/i;
export const negatedAt = (text: string, at: number) => NEGATED.test(text.slice(Math.max(0, at - 8), at));
/** Mentions of `re` in `text` that are not negated. */
export const affirmed = (re: RegExp, text: string, skip: (at: number) => boolean = () => false) =>
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
export const comparedAt = (text: string, at: number) =>
  COMPARED.test(text.slice(Math.max(0, at - 14), at)) || COMMUNITY.test(text.slice(at, at + 24));

/** A plan right before a release word: "下一步将开源", "计划于下月开源", "will open-source", "is due to be open-sourced". */
const PLANNED =
  /(?:(?<!已)将|计划|预计|即将|拟|准备|打算|有望|承诺|\bwill\s+|\bplans?\s+to\s+|\bplanning\s+to\s+|\bexpects?\s+to\s+|\baims?\s+to\s+|\bintends?\s+to\s+|\b(?:due|set|scheduled|slated|expected|going)\s+to\s+)[^，,。；;！？!?\n]{0,10}$/i;
export const plannedAt = (text: string, at: number) => PLANNED.test(text.slice(Math.max(0, at - 16), at));

/**
 * An open or free release: claimed, it needs the article's (`said`); denied ("尚未开源", "not
 * free"), it holds while the article gives none.
 */
export function releaseVerdict(
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

/**
 * Names with a hyphen or a digit ("Luming-Coder-70B", "Qwen3"), and a size that names one model of a
 * family ("235B 版本未开源", "the 70B model"): the products a sentence is about.
 */
const PRODUCT =
  /[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9]*|(?<![A-Za-z0-9.])\d+(?:\.\d+)?[BMKT](?![A-Za-z0-9])/g;
const sentenceAt = (text: string, at: number) => {
  const start = Math.max(...[...text.slice(0, at).matchAll(/[。！？!?\n]|\.\s/g)].map((m) => m.index + 1), 0);
  const rest = text.slice(at).search(/[。！？!?\n]|\.\s/);
  return text.slice(start, rest < 0 ? text.length : at + rest);
};

/**
 * An entry's denial of an open release for a product the article denies it for too ("70B 的
 * Luming-Coder-70B 暂无开源计划" where the article's sentence on Luming-Coder-70B says 暂无开源计划),
 * though the article calls another product open-source: supported. Undefined when it does not apply.
 */
export function deniedAlike(
  q: Qualifier,
  entryText: string,
  articleText: string,
): { supported: boolean; reason: string } | undefined {
  if (q.kind !== "open" || !q.negated) return undefined;
  const products = [...sentenceAt(entryText, q.index).matchAll(PRODUCT)].map((m) => m[0].toLowerCase());
  if (!products.length) return undefined;
  for (const m of articleText.matchAll(new RegExp(OPEN.source, "gi"))) {
    if (
      !negatedAt(articleText, m.index) &&
      !/暂无|没有|无/.test(articleText.slice(Math.max(0, m.index - 4), m.index))
    )
      continue;
    const sentence = sentenceAt(articleText, m.index).toLowerCase();
    const esc = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const named = products.find((p) => new RegExp(`(?<![a-z0-9])${esc(p)}(?![a-z0-9])`).test(sentence));
    if (named) return { supported: true, reason: `the article denies it for ${named} too` };
  }
  return undefined;
}
