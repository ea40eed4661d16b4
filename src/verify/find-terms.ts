// The terms a figure can be bound to: whole Latin tokens ("LiveMathBench", "Mistral-Large-Instruct-
// 2411", "GPT-4o") and their hyphen parts, plus abbreviations the article defines ("过程奖励模型（PRM）")
// or the field uses (a small glossary), so PRM in an entry finds 过程奖励模型 in the article.
import { type NameStretch, nameStretches } from "./name-forms.ts";

/** Words too generic to tie a figure to ("SOTA", "Token", "the"). */
const GENERIC = new Set(
  `sota ai agi llm llms vlm vlms mllm token tokens benchmark benchmarks bench api apis gpu gpus cpu npu
  transformer transformers stage trick demo top pass the and or of in on for with to from by at as is are
  be was were it its this that than vs via per new model models score scores baseline baselines github
  arxiv paper papers dpo rl sft moe agent agents app apps web open source code data dataset datasets
  test tests eval evals task tasks ms fps gb tb mb kb hz ghz mhz nm mm cm km kg usd rmb cny eur pp
  inc ltd co com cn org www http https html pdf v vs etc ok million billion thousand trillion per
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(
    /\s+/,
  ),
);

/** Field abbreviations and their usual Chinese long forms. */
const GLOSSARY: Record<string, string[]> = {
  prm: ["过程奖励模型", "过程奖励"],
  orm: ["结果奖励模型", "结果奖励"],
  rlhf: ["基于人类反馈的强化学习", "人类反馈强化学习"],
  rag: ["检索增强生成", "检索增强"],
  cot: ["思维链"],
  asr: ["语音识别"],
  tts: ["语音合成"],
  ocr: ["光学字符识别", "文字识别"],
  vla: ["视觉-语言-动作", "视觉语言动作"],
  ssm: ["状态空间模型"],
  gnn: ["图神经网络"],
  gan: ["生成对抗网络"],
  vit: ["视觉transformer"],
  arr: ["年度经常性收入", "年化经常性收入"],
  nas: ["神经架构搜索"],
  kv: ["键值"],
  wer: ["词错误率", "词错率", "word error rate"],
  val: ["验证集", "validation set", "validation split"],
  cer: ["字错误率", "字错率", "character error rate"],
  // Roles the press writes either way (check-roles.ts compares the roles themselves).
  ceo: ["首席执行官", "chief executive officer", "chief executive"],
  cto: ["首席技术官", "chief technology officer"],
  coo: ["首席运营官", "chief operating officer"],
  cfo: ["首席财务官", "chief financial officer"],
  // Benchmarks and contests the Chinese press names in Chinese or in full, models in English (or back).
  hle: [
    "人类最后的考试",
    "人类的最后考试",
    "人类最后一场考试",
    "人类终极考试",
    "Humanity's Last Exam",
    "Humanity’s Last Exam",
  ],
  aime: ["美国数学邀请赛", "American Invitational Mathematics Examination"],
  usamo: ["美国数学奥林匹克"],
  amc: ["美国数学竞赛"],
  imo: [
    "国际数学奥林匹克",
    "国际数学奥赛",
    "International Mathematical Olympiad",
    "International Math Olympiad",
  ],
  ioi: ["国际信息学奥林匹克", "国际信息学奥赛", "International Olympiad in Informatics"],
  icpc: ["国际大学生程序设计竞赛"],
  mmlu: ["大规模多任务语言理解", "Massive Multitask Language Understanding"],
};

/**
 * What a figure measures, in the words articles use: a figure of 营收 is not one of 估值, a Q1 figure
 * is not a Q2 one. Keys start with "~" (never the article's subject).
 */
const MEASURES: Record<string, string[]> = {
  "~revenue": ["营业收入", "营收", "收入", "revenue"],
  "~profit": ["净利润", "利润", "盈利", "净利"],
  "~valuation": ["估值", "valuation", "valuing", "valued at"],
  "~stake": ["持股", "股份", "股权", "stake", "stakes"],
  "~marketcap": ["市值"],
  "~funding": ["融资", "募资", "funding", "raised", "raise", "raises"],
  // A cost and a price are one measure here: "costs $5 per million tokens" is 价格 as much as 成本.
  "~price": [
    "售价",
    "价格",
    "降价",
    "涨价",
    "提价",
    "调价",
    "定价",
    "收费",
    "单价",
    "成本",
    "开销",
    "花费",
    "price",
    "priced",
    "pricing",
    "cost",
    "costs",
  ],
  "~accuracy": ["准确率", "正确率", "accuracy"],
  "~recall": ["召回率", "recall"],
  "~precision": ["精确率", "查准率", "precision"],
  "~successrate": ["成功率", "解决率"],
  "~winrate": ["胜率"],
  "~passrate": ["通过率"],
  "~latency": ["延迟", "时延", "耗时", "响应时间", "响应", "latency"],
  "~speed": ["速度", "提速", "speed"],
  "~battery": ["续航"],
  "~power": ["功耗", "能耗", "power", "tdp"],
  "~memory": ["显存", "内存", "memory"],
  "~context": ["上下文", "context"],
  "~stars": ["星标"],
  // Audiences: a platform's 日活 is not its 月活, and neither is its count of paying firms.
  "~dau": ["日活跃用户", "日活", "dau"],
  "~mau": ["月活跃用户", "月活", "mau"],
  "~customers": ["企业客户", "付费客户", "客户", "customers", "clients"],
  "~employees": ["员工", "employees", "employs", "staff", "headcount"],
  "~weight": ["重量"],
  "~throughput": ["吞吐", "throughput"],
  "~input": ["输入", "input"],
  "~output": ["输出", "output"],
  "~yoy": ["同比"],
  "~qoq": ["环比"],
  "~q1": ["第一季度", "一季度", "首季度", "q1"],
  "~q2": ["第二季度", "二季度", "q2"],
  "~q3": ["第三季度", "三季度", "q3"],
  "~q4": ["第四季度", "四季度", "q4"],
};
const MEASURE_OF = new Map<string, string>();
for (const [key, forms] of Object.entries(MEASURES)) for (const f of forms) MEASURE_OF.set(f, key);
/** The measure a word names ("MAU" → ~mau, "revenue" → ~revenue), if any. */
export const measureOf = (word: string) => MEASURE_OF.get(word.toLowerCase());
const CJK_MEASURES = [...MEASURE_OF.keys()].filter((f) => !/^[a-z0-9]+$/.test(f));

const TERM = /[A-Za-z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*/g;
const DEFINED = /([\u4e00-\u9fff][\u4e00-\u9fff·-]{1,15})\s*[（(]\s*([A-Za-z][A-Za-z0-9-]{1,15})\s*[)）]/g;
const DEFINED_REVERSE =
  /\b([A-Za-z][A-Za-z0-9-]{1,15})\s*[（(]\s*([\u4e00-\u9fff][\u4e00-\u9fff·-]{1,15})\s*[)）]/g;
/** Words that precede a term without being part of it ("提出了过程奖励模型"). */
const LEADING =
  /^(?:提出了?|采用了?|使用了?|基于|通过|利用|引入了?|称为|叫做|名为|即|和|与|及|的|了|在|将|把|是|为|其|该|这一?|一种|一个)+/;

/** Long form (Chinese) → abbreviation key, from the glossary and the article's own definitions. */
export type Aliases = ReadonlyMap<string, string>;

export function findAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [abbr, forms] of Object.entries(GLOSSARY)) for (const f of forms) aliases.set(f, abbr);
  const add = (long: string, abbr: string) => {
    const key = abbr.toLowerCase();
    const form = long.replace(LEADING, "");
    if (form.length >= 2 && !GENERIC.has(key)) aliases.set(form, key);
  };
  for (const m of text.matchAll(DEFINED)) add(m[1]!, m[2]!);
  for (const m of text.matchAll(DEFINED_REVERSE)) add(m[2]!, m[1]!);
  return aliases;
}

export interface Term {
  key: string;
  index: number;
  end: number;
  /** Another spelling of a name run ("AIME 2025" as aime2025): it never names a second entity. */
  alternate?: boolean;
  /** A hyphen part of a token ("pro" of MMLU-Pro): not a name of its own there. */
  part?: boolean;
}

/**
 * Where each aliased long form occurs: Chinese forms as written, Latin ones ("Humanity's Last Exam")
 * in any case and at word edges.
 */
function aliasSpans(text: string, aliases: Aliases): Term[] {
  const spans: Term[] = [];
  const lower = text.toLowerCase();
  for (const [form, key] of aliases) {
    const latin = /^[A-Za-z]/.test(form);
    const needle = latin ? form.toLowerCase() : form;
    const hay = latin ? lower : text;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (latin && (/[A-Za-z0-9]/.test(text[at - 1] ?? "") || /[A-Za-z0-9]/.test(text[end] ?? ""))) continue;
      spans.push({ key, index: at, end });
    }
  }
  return spans;
}

export interface FindTermsOptions {
  /**
   * Also key every stretch of a spaced name as one ("GPQA Diamond" → gpqadiamond, "Claude Opus 4.5"
   * → claudeopus4.5), for the article's side: an entry's "GPQA-Diamond" then finds it, while an
   * entry's "GPQA Diamond" needs only its parts.
   */
  joinAdjacent?: boolean;
  /**
   * For an entry: stretches of a spaced name whose squashed key the article uses ("Qwen 3 Max" when
   * the article writes Qwen3-Max, "MMLU Pro" for MMLU-Pro) are that one name; their parts the article
   * never uses ("qwen") are dropped, the ones it does stay.
   */
  knownJoins?: ReadonlySet<string>;
}

/** Terms in `text`, in order: whole Latin tokens, their hyphen parts, and aliased long forms. */
export function findTerms(text: string, aliases: Aliases, options: FindTermsOptions = {}): Term[] {
  const terms: Term[] = [];
  const spans = aliasSpans(text, aliases);
  // The words of an English long form are that form, not names of their own ("Last", "Exam").
  const latinSpans = spans.filter((t) => /[A-Za-z]/.test(text[t.index] ?? ""));
  for (const m of text.matchAll(TERM)) {
    if (latinSpans.some((t) => m.index >= t.index && m.index < t.end)) continue;
    // In English prose a lower-case word is a word ("raised", "pricing"), not a name.
    const prose =
      /^[a-z]+$/.test(m[0]) &&
      (/[A-Za-z][,.]?\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index)) ||
        /^\s+[A-Za-z$]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)));
    if (prose && !MEASURE_OF.has(m[0])) continue;
    const written = m[0].toLowerCase().replace(/[.]+$/, "");
    // One key however the name is joined: GPQA-Diamond = gpqa_diamond = gpqadiamond.
    const whole = written.replace(/[-_]/g, "");
    const end = m.index + m[0].length;
    const keys = new Set([whole, ...written.split(/[-_.+]/)].map((k) => MEASURE_OF.get(k) ?? k));
    for (const key of keys) {
      if (key.startsWith("~")) {
        terms.push({ key, index: m.index, end });
        continue;
      }
      if (key.length < 2 || GENERIC.has(key) || /^\d+$/.test(key)) continue;
      if (key.length === 2 && !/\d/.test(key) && key === whole && !/[A-Z]{2}/.test(m[0])) continue;
      terms.push({ key, index: m.index, end, ...(key !== whole ? { part: true } : {}) });
    }
  }
  terms.push(...spans);
  if (options.knownJoins) joinKnown(text, terms, options.knownJoins);
  // "GPQA Diamond", "Claude Opus 4.5": a name spaced in the article is also the entry's joined one.
  if (options.joinAdjacent)
    for (const s of nameStretches(text))
      if (s.parts > 1 && /[a-z]/.test(s.key))
        terms.push({ key: s.key, index: s.index, end: s.end, alternate: true });
  // Longest forms first, so 营业收入 is not read again as 收入.
  const seen: Array<[number, number]> = [];
  for (const form of [...CJK_MEASURES].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (seen.some(([a, b]) => at < b && at + form.length > a)) continue;
      seen.push([at, at + form.length]);
      terms.push({ key: MEASURE_OF.get(form)!, index: at, end: at + form.length });
    }
  }
  return terms.sort((a, b) => a.index - b.index);
}

/** Adds each known spaced-name stretch as one term and drops the parts inside it the article lacks. */
function joinKnown(text: string, terms: Term[], known: ReadonlySet<string>): void {
  const joined = nameStretches(text).filter((s) => s.parts > 1 && /[a-z]/.test(s.key) && known.has(s.key));
  // Longest first: "Qwen 3 Max" wins over "Qwen 3" when the article knows both.
  joined.sort((a, b) => b.end - b.index - (a.end - a.index));
  const taken: NameStretch[] = [];
  for (const s of joined) {
    if (taken.some((t) => s.index < t.end && s.end > t.index)) continue;
    taken.push(s);
    for (let i = terms.length - 1; i >= 0; i--) {
      const t = terms[i]!;
      if (t.index >= s.index && t.end <= s.end && !known.has(t.key) && !isMeasure(t.key)) terms.splice(i, 1);
    }
    terms.push({ key: s.key, index: s.index, end: s.end });
  }
}

/**
 * The name keys of `terms`: whole tokens, aliases and joined names, without the parts inside a
 * longer one ("mmlupro", never its "mmlu"; "qwen3max" of "Qwen 3 Max", never its "max").
 */
export function nameKeys(terms: readonly Term[]): Set<string> {
  // A term is covered by a longer non-alternate term around it. One sweep in start order keeps the
  // furthest end of the terms that start earlier, so a sentence of thousands of repeated names
  // costs terms × log(terms), not terms² (a hostile 40 KB "A1 A1 …" took seconds here).
  const order = terms.map((_, i) => i).sort((a, b) => terms[a]!.index - terms[b]!.index || a - b);
  const names = new Set<string>();
  let furthestBefore = -1; // the furthest end of the non-alternate terms starting before this group
  for (let g = 0; g < order.length; ) {
    const start = terms[order[g]!]!.index;
    let h = g;
    let groupEnd = -1;
    while (h < order.length && terms[order[h]!]!.index === start) {
      const u = terms[order[h]!]!;
      if (!u.alternate) groupEnd = Math.max(groupEnd, u.end);
      h++;
    }
    for (let k = g; k < h; k++) {
      const t = terms[order[k]!]!;
      if (t.part || t.alternate || isMeasure(t.key)) continue;
      if (furthestBefore >= t.end || groupEnd > t.end) continue;
      names.add(t.key);
    }
    furthestBefore = Math.max(furthestBefore, groupEnd);
    g = h;
  }
  return names;
}

/** Measure keys (~revenue, ~q1): what a figure is, never what an article is about. */
export const isMeasure = (key: string) => key.startsWith("~");
