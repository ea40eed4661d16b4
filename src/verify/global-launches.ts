// A launch in a few markets told as global: the article says "首批仅开放美国、英国和新加坡三个市场，中国
// 大陆版本暂无上线时间表" or "available to Plus subscribers in the United States", and the entry says
// "面向全球用户开放", "向全球订阅用户开放", "rolled out worldwide". An entry's global (全球, 全世界,
// worldwide, globally, in every market …) said of a launch or of availability (开放, 上线, 推出, 可用,
// available, launch, roll out …) is refused unless the article says global too, in either language;
// a global that is no launch ("全球累计用户 1200 万", "全球最大") is not read here.

export interface GlobalLaunch {
  raw: string;
  index: number;
  end: number;
}

const GLOBAL =
  /全球|全世界|世界各地|所有(?:国家|地区|市场)|\bworldwide\b|\bglobal(?:ly)?\b|\beverywhere\b|\bin (?:all|every) (?:countr(?:y|ies)|markets?|regions?)\b/gi;
const LAUNCH =
  /开放|上线|推出|发布|发售|开售|可用|提供|available|launch|roll(?:s|ed|ing)? ?out|release|open(?:s|ed)? to|ship/i;
/** A global that is a measure or a rank, not where it launched. */
const NOT_LAUNCH =
  /^(?:全球|全世界)(?:累计|首|第|最|范围内最|领先)|^global(?:ly)? (?:first|leader|leading|largest|top)/i;
const CLAUSE = /[，,；;。！？!?\n]/;

export function findGlobalLaunches(text: string): GlobalLaunch[] {
  const out: GlobalLaunch[] = [];
  for (const m of text.matchAll(GLOBAL)) {
    if (NOT_LAUNCH.test(text.slice(m.index, m.index + 12))) continue;
    let start = m.index;
    while (start > 0 && !CLAUSE.test(text[start - 1]!)) start--;
    let stop = m.index + m[0].length;
    while (stop < text.length && !CLAUSE.test(text[stop]!)) stop++;
    if (LAUNCH.test(text.slice(start, stop)))
      out.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

const ARTICLE_GLOBAL = new RegExp(GLOBAL.source, "i");

export function checkGlobalLaunch(
  claim: GlobalLaunch,
  articleText: string,
): { supported: boolean; reason: string } {
  return ARTICLE_GLOBAL.test(articleText)
    ? { supported: true, reason: "the article says global too" }
    : {
        supported: false,
        reason: `the article never says "${claim.raw}": its launch is limited to some markets`,
      };
}
