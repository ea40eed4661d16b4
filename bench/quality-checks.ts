// What the quality bench checks in an entry, written apart from the analyser's own rules.

/** The words a bullet must not start with unless it names what they refer to. */
export const ANAPHOR = /^(?:这|该|其|上述|此外|不过|但|而|同时|另外|因此|所以|对此|它|他|她|此|那)/;
export const DANGLING_END = /[：:，,；;、]$/;
/** A bullet that only announces what follows ("报告给出了几组数据。", "问题也很明显。"). */
export const EMPTY =
  /^.{0,24}(?:(?:给出|列出|提出)了?.{0,6}(?:几|一些|以下)(?:组|个|点|项)|问题也?很?明显|如下)[^，。]{0,10}[。：:]?$|^[^，。\d]{2,12}(?:并不|很|非常|相当|也|更)?(?:复杂|简单|直接|有趣)[。！]?$/;
// 星标 after a count ("约 10 万星标") is a repository's stars, not "设为星标".
export const AD =
  /扫码|二维码|(?<![受得到])关注(?!度)|订阅|推荐阅读|作者简介|点击|交流群|小助手|转载|(?<![\d万千]\s*)星标|阅读原文|招聘|投递简历/;

/**
 * A back-reference in a summary's first sentence, which has nothing before it: a demonstrative with
 * a noun of an earlier sentence (这个问题, 这件事, 这一现象), unless a quote in front fills it (“…”这个问题),
 * or a contrast marker after the topic ("X，则…"). Written apart from the analyser's own rules.
 */
export function danglingReference(summary: string): string | undefined {
  const first = summary.split(/(?<=[。！？!?])/)[0] ?? "";
  const demonstrative = first.match(
    /(?<!”)(?:这|那|该|此)(?:个|件|一|种|类|些)?(?:问题|事情?|现象|难题|困境|疑问|说法|争议|趋势)/,
  );
  if (demonstrative) return demonstrative[0];
  const contrast = first.match(/^[^，,。]{2,40}[，,]\s*则/);
  if (contrast) return "，则";
  // A pronoun with nothing before it, after at most a short phrase ("三年来，它…").
  const pronoun = first.match(/^(?:[^，,。]{1,8}[，,]\s*)?(它|他|她|其)(?!们|中|他|实|次|余)/);
  return pronoun ? pronoun[1] : undefined;
}

/**
 * Figures as a reader sees them (23.7%, 0.91, 4035 篇, 3200 道, 100 多个, 370 万美元), spaces squashed; years and
 * versioned names (Opus 4.5, Xcode 26.3) left out. Written apart from the analyser's own rules.
 */
export function readerFigures(text: string): string[] {
  const bare = text
    .replace(/\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日/g, " ")
    .replace(/[A-Za-z][A-Za-z-]*[\s-]?(?:[1-9]\d*)\.\d+/g, " ");
  const found =
    bare.match(
      /\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:%|％|个百分点|倍|分(?!钟)|万美元|亿美元|美元|万元|亿元|元|万|亿|个|篇|道|份|条|次|人|小时|天|张|台|笔)|\d+\.\d+/g,
    ) ?? [];
  return found.map(squash);
}

/** The figures a headline states with a unit or as a decimal score (GenEval刷到0.91, 23.7%, 98篇). */
export function headlineFiguresOf(title: string): string[] {
  return readerFigures(title).filter((f) => /\D$/.test(f) || /^0\./.test(f) || /\d\.\d/.test(f));
}

/** "在 DPG-Bench 上得分 87.44", "早期亏了 20 美元": a result whose subject is in another sentence. */
export const SUBJECTLESS_RESULT =
  /^(?:在[^，。；]{1,30}?(?:上|中)[，,]?\s*(?:得分|拿到|取得|达到|获得|只有|仅)|(?:早期|最终|随后)?(?:亏了|赚了|拿到|得分))/;
/** A lead-in before the fact ("结果显示，", "结果相当扎心："): the bullet should start at the fact. */
export const LEAD_IN_BULLET =
  /^(?:(?:结果|实验|数据)(?:显示|表明)[，,]|[^，。：:\d]{0,10}(?:扎心|惊人|意外|直观)[：:])/;
/** A bullet that asks (an interviewer's "问：…？"), or hides a back-reference behind a reporting opener ("据介绍，这一方法…"). */
export const ASKS_OR_HIDES =
  /[？?]$|^(?:据介绍|据悉|据了解|需要注意的是|值得注意的是|具体来看)[，,]\s*(?:这|该|其|它|他|她|此)/;
/** A plan stated in a result bullet ("目标是年内积累 10 万小时", "计划明年量产"): what will be, not a result. */
export const PLAN_RESULT = /计划|目标是|打算|将(?:主要)?用于/;
/** CJK punctuation in an English article's summary (a "。" after Latin text). */
export const CJK_PUNCTUATION = /[。，；：！？]/;
/** Two label colons in one bullet ("思路非常直接：趋势拟合去偏：…"): a list intro glued to a labelled item. */
export const DOUBLE_LABEL = /[：:][^。，；：:]{1,16}[：:]/;

/** Runs of two or more consecutive labelled lines ("领域知识推理：…") or ordinal ones ("第一阶段…", "第二阶段…") in an article's text. */
export function labelledListsOf(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  let kind = "";
  const close = () => {
    if (run.length >= 2) out.push(run);
    run = [];
  };
  for (const line of text.split(/\n+/).map((l) => l.trim())) {
    const labelled = /^[^，,。；;：:\d的]{2,12}(?<!是)[：:]\S/.test(line) && !/https?:/.test(line);
    const ordinal = /^第[一二三四五六七八九十]+(?:阶段|步|种|类|点|条|层|轮)/.test(line);
    const now = labelled ? "label" : ordinal ? "ordinal" : "";
    // A run is of one kind: a heading "策略一：微套利" before "第一种策略是…" is no list.
    if (now !== kind) close();
    kind = now;
    if (now) run.push(line);
  }
  close();
  return out;
}

/** What an article must contain for a listed URL: an arXiv id, a GitHub repository, else the URL itself. */
export function linkKey(url: string): string {
  const arxiv = url.match(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/);
  if (arxiv) return arxiv[1]!;
  const repo = url.match(/github\.com\/[^/]+\/[^/?#]+/);
  if (repo) return repo[0];
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

export const squash = (s: string) => s.replace(/\s+/g, "");

/**
 * How many sentences a summary is: its inner sentence ends (。！？, or ". " before a capital in
 * English). A 一句话摘要 is one. Written apart from the analyser's own rules.
 */
export function sentenceCount(summary: string): number {
  const inner = summary.trim().slice(0, -1);
  return 1 + (inner.match(/[。！？]|[.!?](?=\s+[A-Z“"])/g) ?? []).length;
}

/** A summary that opens by setting the scene (为了让…，业界…; 当…时，; 随着…，) instead of with who did what. */
export const SCENE_LEAD =
  /^(?:为了[^，。]{2,30}[，,]\s*(?:业界|大家|人们|行业)|当[^，。]{2,60}时[，,]|随着[^，。]{2,30}[，,])/;
