// One member's figure told as the average of a group: the article gives a word error rate of 4.1% "on
// our English test set" and has not published the other eight languages', and the entry says "9 种语言
// 的平均词错率 4.1%". An entry clause that counts a group and then speaks of its average or whole (N 种
// X 的平均, N 个基准整体, 综合) before a figure is refused when every sentence of the article giving that
// figure says nothing of an average or a whole (average, mean, overall, across, 平均, 整体 …). A figure
// the article never gives is left to the figure checks.

export interface GroupAverage {
  raw: string;
  /** The figure's digits as written ("4.1"). */
  digits: string;
  index: number;
  end: number;
}

const GROUP =
  /(?:\d+|[两二三四五六七八九十]+)\s*(?:种|个|项|款|类|门|套)[^，,。；;！？!?\n]{0,10}?(?:的)?(?:平均|整体|综合|总体|合计)[^，,。；;！？!?\n\d]{0,10}?(\d+(?:\.\d+)?)/g;
const AVERAGE = /average|averag|\bmean\b|overall|across|combined|平均|整体|综合|总体|均值|合计/i;

export function findGroupAverages(text: string): GroupAverage[] {
  return [...text.matchAll(GROUP)].map((m) => ({
    raw: m[0],
    digits: m[1]!,
    index: m.index,
    end: m.index + m[0].length,
  }));
}

const NUMBER_AT = (digits: string) => new RegExp(`(?<![\\d.])${digits.replace(".", "\\.")}(?![\\d]|\\.\\d)`);

export function checkGroupAverage(
  claim: GroupAverage,
  articleText: string,
): { supported: boolean; reason: string } {
  const giving = articleText.split(/(?<=[.!?。！？])\s+|\n/).filter((s) => NUMBER_AT(claim.digits).test(s));
  if (!giving.length || giving.some((s) => AVERAGE.test(s)))
    return { supported: true, reason: "the article gives it as an average, or not at all" };
  return {
    supported: false,
    reason: `the article gives ${claim.digits} for one part, never as the group's average`,
  };
}
