// A sentence that states what the thing cannot do, does not cover, or where its gain fades: the
// article's own limit, which is shown under 独家洞察/局限性 — never as how it works (核心技术) nor as a
// result (实验数据), whatever method words or figures it carries ("作者指出，题目之间差异很大时，复用的
// 收益会明显下降：…加速比降到 1.2 倍"; "For now, Ledger only works with US bank accounts").

const CHINESE_LIMIT = new RegExp(
  [
    "暂不支持",
    "暂时不支持",
    "(?:目前|现在|暂时)?(?:只|仅)(?:支持|适用于|覆盖|能处理|在[^，。；]{1,12}(?:中|上)?(?:测试|验证))",
    "(?:还|仍然?|尚)?不能(?:处理|支持|用于)",
    "不适用于",
    "没有(?:测试|覆盖|考虑|评估)",
    "未(?:测试|覆盖|考虑|评估)",
    "(?:收益|效果|优势|加速比|性能)(?:会|也会|就会)?(?:明显|显著|大幅)?(?:下降|减弱|缩小|消失)",
    "仍有待",
    "还在(?:开发|训练|研发)中",
    "(?:并)?不(?:知道|清楚)[^，。；]{0,12}是否",
  ].join("|"),
);
const ENGLISH_LIMIT =
  /\bonly (?:works|speaks|supports|runs|covers|handles|tested|available)\b|\b(?:cannot|can't|could not)\b|\bdoes(?: not|n't) (?:know|support|cover|handle|work|file|say whether)\b|\bnot (?:yet|been tested)\b|\blimited to\b|\bgains? (?:shrink|fade|disappear)/i;
/** A result that falls short of nothing ("准确率仅下降 0.6 个百分点"): a small cost, reported as a result. */
const SMALL_COST = /(?:仅|只)(?:下降|降低|损失|增加)了?\s*\d/;

export function statesLimit(sentence: string): boolean {
  if (SMALL_COST.test(sentence)) return false;
  // "When it cannot find a match, Ledger leaves…" is how it behaves: a condition states no limit.
  const unconditioned = sentence.replace(/\b(?:when|whenever|if)\b[^,.;:]*/gi, "");
  return CHINESE_LIMIT.test(sentence) || ENGLISH_LIMIT.test(unconditioned);
}

/**
 * A sentence that states the article's finding or verdict ("报告的核心发现是：…", "研究的结论是…", "The key
 * finding is…"): a key conclusion (实验数据/关键结论), not how the thing works.
 */
const FINDING =
  /^[^，。；]{0,12}的(?:核心|主要|关键|最大)?(?:发现|判断|结论)(?:是|为)[：:]?|^[^，。；]{0,12}(?:研究|报告|论文|实验)(?:发现|表明|显示)[，,：:]|^(?:The|Their|Its) (?:key |main |central )?(?:finding|conclusion) (?:is|was) /i;

export function statesFinding(sentence: string): boolean {
  return FINDING.test(sentence);
}
