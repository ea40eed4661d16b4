// Names and special tokens of an entry against the article: a version, an ID or phone number, a
// versioned name (GPT-4o), and a fiscal year or half written as a name (FY2026, H1).
import type { Verdict } from "./check-claims.ts";
import type { SpecialToken } from "./find-figures.ts";
import { foldText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";
import { squashName } from "./name-forms.ts";
import { romanisedWithTail } from "./romanised-names.ts";

/** A phone number, version string or ID in an entry: the article must have the same one. */
export function checkSpecial(token: SpecialToken, index: ArticleIndex): Verdict {
  if (token.kind === "id") {
    const ok = index.linkKeys.has(token.value);
    return {
      supported: ok,
      reason: ok ? "linked or named in the article" : `${token.raw} is not in the article`,
    };
  }
  if (token.kind === "phone") {
    const ok = index.compact.includes(token.value);
    return {
      supported: ok,
      reason: ok ? "the article gives this number" : `${token.raw} is not in the article`,
    };
  }
  const whole = new RegExp(`(?<![\\d.])${token.value.replace(/\./g, "\\.")}(?![\\d]|\\.\\d)`);
  const ok = whole.test(index.folded);
  return {
    supported: ok,
    reason: ok ? "version named in the article" : `version ${token.raw} is not in the article`,
  };
}

/** A versioned name (GPT-4o, STAR-7B) must be in the article as a name, spacing and hyphens aside. */
export function checkName(name: string, index: ArticleIndex): Verdict {
  const period = checkPeriodName(name, index);
  if (period) return period;
  const squash = (s: string) => foldText(s).replace(/[-_\s]/g, "");
  const needle = squash(name);
  const hay = foldText(index.text).replace(/[-_]/g, "");
  const bounded = new RegExp(`(?<![a-z0-9.])${needle.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![a-z0-9])`);
  if (bounded.test(hay) || bounded.test(hay.replace(/\s/g, "")))
    return { supported: true, reason: "named in the article" };
  // "Qwen3 Max" for "Qwen3-Max": the name token is a stretch of a name the article writes.
  if (index.nameForms.has(squashName(name))) return { supported: true, reason: "named in the article" };
  // "Moyan-3" for the article's 墨言-3: the pinyin of its Han head, the same tail (romanised-names.ts).
  const han = romanisedWithTail(name, index.text);
  if (han) return { supported: true, reason: `named in the article as ${han}` };
  return { supported: false, reason: `${name} is not named in the article` };
}

/** "FY2026" for the article's 2026 财年 or "fiscal 2026"; "H1" is a half-year (year-halves.ts). */
export function checkPeriodName(name: string, index: ArticleIndex): Verdict | undefined {
  const fiscal = /^FY\s?((?:19|20)?\d{2})$/i.exec(name)?.[1];
  if (fiscal) {
    const year = fiscal.length === 2 ? `20${fiscal}` : fiscal;
    const said = new RegExp(
      `${year}\\s*财年|财年\\s*${year}|fiscal\\s+(?:year\\s+)?${year}|fy\\s?(?:20)?${year.slice(2)}(?!\\d)`,
    );
    return said.test(index.folded)
      ? { supported: true, reason: `the article's fiscal year ${year}` }
      : { supported: false, reason: `the article gives no fiscal year ${year}` };
  }
  if (/^(?:H[12]|[12]H)$/i.test(name)) return { supported: true, reason: "a half-year, checked as one" };
  return undefined;
}
