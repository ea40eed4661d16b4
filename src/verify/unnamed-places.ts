// A place the article never names: the article says 北京互联网法院 and the entry 杭州互联网法院; the
// article's suit was filed "in federal court in Seattle" and the entry says 华盛顿州法院; the article's
// data centre is in Gui'an and the entry puts it in 上海. An entry place (place-names.ts) that locates
// something (a court, a data centre, a factory, an office: 杭州互联网法院, a data centre in Ohio; or an
// act: 在东京发布, based in Paris) is refused when the article names it in none of its forms, Chinese or
// English. A place said in passing (中国市场, 美国作者) is not read here, nor a country (implied by its
// cities, states and courts).
import { findPlaces, namingForms, type PlaceMention } from "./place-names.ts";

export interface PlaceClaim {
  raw: string;
  index: number;
  end: number;
  forms: readonly string[];
}

/** What a place locates, right after it: 杭州互联网法院, 华盛顿州法院, Tokyo office, Ohio data centre. */
const LOCATES_AFTER =
  /^(?:州|市|省|县|区)?\s*(?:(?:互联网|知识产权|中级|高级|基层|联邦|地区)?(?:人民)?(?:法院|法庭)|检察院|仲裁委|数据中心|智算中心|机房|工厂|园区|总部|办公室|分公司|研究院|实验室|\s(?:federal\s+|district\s+|state\s+|superior\s+)?court\b|\s(?:data\s+cent(?:er|re)s?|headquarters|office|factory|plant|campus|lab)\b)/i;
/** An act located at it, right before: 在东京, 位于贵安, in Seattle, based in Paris. */
const LOCATES_BEFORE =
  /(?:在|位于|落户|落地于|总部设在|(?<![A-Za-z])(?:in|at)\s+(?:the\s+)?|based\s+in\s+|headquartered\s+in\s+)$/i;

const HAN = /[\u4e00-\u9fff]/;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function locates(text: string, p: PlaceMention): boolean {
  const after = text.slice(p.index + p.raw.length, p.index + p.raw.length + 24);
  const before = text.slice(Math.max(0, p.index - 20), p.index);
  return LOCATES_AFTER.test(after) || LOCATES_BEFORE.test(before);
}

/**
 * Countries and regions are not judged: an article implies them by a city or state it names, or by
 * "federal", "the Sixth Circuit" (美国法院 for a federal judge in Ohio).
 */
const COUNTRY_LEVEL = new Set(
  "中国 中国大陆 美国 英国 日本 韩国 德国 法国 印度 加拿大 澳大利亚 新加坡 欧盟 欧洲 巴西 以色列 阿联酋 沙特 荷兰 瑞士 爱尔兰 西班牙 意大利 台湾 香港".split(
    " ",
  ),
);

export function findPlaceClaims(text: string): PlaceClaim[] {
  return findPlaces(text)
    .filter((p) => !COUNTRY_LEVEL.has(p.forms[0]!) && locates(text, p))
    .map((p) => ({ raw: p.raw, index: p.index, end: p.index + p.raw.length, forms: p.forms }));
}

/** Whether the article names a place in any of its forms, or a state by one of its cities. */
export function namesPlace(articleText: string, forms: readonly string[]): boolean {
  return namingForms(forms).some((f) =>
    HAN.test(f)
      ? articleText.includes(f)
      : new RegExp(`(?<![A-Za-z])${esc(f)}(?![A-Za-z])`).test(articleText),
  );
}

export function checkPlaceClaim(
  claim: PlaceClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  if (namesPlace(articleText, claim.forms))
    return { supported: true, reason: `the article names ${claim.raw}` };
  return {
    supported: false,
    reason: `the article never names ${claim.raw}: a place the article does not give`,
  };
}
