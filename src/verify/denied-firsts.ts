// A first the article denies: "这是 CodeArena 历史上首次撤回事件" when the article says "这并不是
// CodeArena 第一次出现撤回事件". The article's 第一次 is there, so the first looked supported; it is
// denied. An entry's first (首次/首个/首款/首家/第一次/第一个/第一款/第一家), itself not denied, is refused
// (Chinese articles) when every first of the article is denied (不是/并非/并不是/不算 … before it).
const FIRST = /首次|首个|首款|首家|第一次|第一个|第一款|第一家/g;
/** A denial of the first right before it, in its clause ("这并不是 X 第一次", "并非首个"). */
const DENIED = /(?:不是|并非|并不是|不算|绝非|已不是|远非)[^，,。；;！？!?\n]{0,16}$/;

export interface FirstClaim {
  raw: string;
  index: number;
  end: number;
}

const denied = (text: string, at: number) => DENIED.test(text.slice(Math.max(0, at - 20), at));

/** The entry's firsts that are not themselves denied. */
export function findAssertedFirsts(text: string): FirstClaim[] {
  return [...text.matchAll(FIRST)]
    .filter((m) => !denied(text, m.index))
    .map((m) => ({ raw: m[0], index: m.index, end: m.index + m[0].length }));
}

export function checkAssertedFirst(
  claim: FirstClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const firsts = [...articleText.matchAll(FIRST)];
  if (!firsts.length || firsts.some((m) => !denied(articleText, m.index)))
    return { supported: true, reason: "the article does not deny every first" };
  const m = firsts[0]!;
  const shown = articleText.slice(Math.max(0, m.index - 12), m.index + m[0].length);
  return { supported: false, reason: `the article denies ${claim.raw} ("${shown.trim()}")` };
}
