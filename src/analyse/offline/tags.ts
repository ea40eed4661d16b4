import { rankTitleNames, titleRole } from "./title-entities.ts";

/**
 * The tag vocabulary: a tag and the words that evidence it. CJK words are counted as jieba words
 * (they are all in the user dictionary, see segmenterTerms); Latin words as whole words in the text,
 * case-insensitive from four letters up.
 */
export const TAG_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  多模态大模型: ["多模态", "多模态大模型", "视觉语言模型", "全模态", "VLM", "MLLM"],
  大语言模型: ["大语言模型", "大模型", "语言模型", "LLM", "LLMs"],
  推理模型: ["推理模型", "思维链", "长思考", "CoT", "reasoning"],
  "AI Agent": ["智能体", "Agent", "Agents", "Agentic", "MCP"],
  具身智能: ["具身智能", "具身"],
  机器人: ["机器人", "人形机器人", "机械臂", "Robotics"],
  图像生成: ["图像生成", "文生图", "扩散模型", "图像编辑", "Text-to-Image"],
  视频生成: ["视频生成", "文生视频", "Sora", "可灵"],
  代码生成: ["代码生成", "编程", "程序员", "Coding", "Copilot", "Cursor", "SWE-bench"],
  强化学习: ["强化学习", "RLHF", "GRPO", "PPO", "奖励模型"],
  // Not bare 量化: an image quantizer (量化器, VQ) is no compression.
  模型压缩: ["剪枝", "模型量化", "低比特", "INT4", "INT8", "蒸馏", "模型压缩", "稀疏化"],
  推理加速: ["推理加速", "投机解码", "吞吐", "KV Cache", "推理速度"],
  基准评测: ["基准", "基准测试", "评测基准", "评测", "榜单", "Benchmark", "MMLU", "GenEval", "SWE-bench"],
  // A model opened ("开源了 X", "开源的 9B 模型"), not code ("代码已开源") nor a word in quotes ("假开源").
  开源模型: [
    "开源了",
    "开源的",
    "开源模型",
    "开放权重",
    "开源权重",
    "权重开源",
    "Hugging Face",
    "open-source",
  ],
  "AI 安全": [
    "越狱",
    "对齐",
    "提示词注入",
    "安全风险",
    "Jailbreak",
    "红队",
    "prompt injection",
    "vulnerability",
  ],
  // Company names are orgs, not topics: an essay by an NVIDIA scientist is not about chips.
  "芯片/算力": ["芯片", "算力", "GPU", "TPU", "数据中心", "H100", "B200", "推理卡"],
  世界模型: ["世界模型"],
  "科学计算/AI4S": ["AI4S", "AI for Science", "蛋白质", "AlphaFold", "气象", "药物研发", "材料科学"],
  语音: ["语音", "全双工", "TTS", "ASR", "语音合成", "speech", "voice"],
  端侧模型: ["端侧", "边缘设备", "手机端", "on-device"],
  产业动态: ["商业化", "营收", "市场份额", "发布会", "用户量"],
  融资: ["融资", "估值", "投资人", "领投", "天使轮", "funding", "raised", "valuation", "investors"],
  人才: ["离职", "加盟", "人才", "跳槽", "高管", "招聘"],
  政策: [
    "政策",
    "监管",
    "法规",
    "法案",
    "立法",
    "新规",
    "管理办法",
    "征求意见稿",
    "网信办",
    "网信部门",
    "合规",
    "条例",
  ],
  "RAG/检索增强": ["RAG", "检索增强", "向量检索", "知识库", "文档问答"],
};

const MAX_TAGS = 5;
/** Hits a topic tag needs in the body: one mention (or the title alone) is not evidence. */
const MIN_BODY_HITS = 2;
/**
 * Tags every kind of article touches in passing need more: a method or a product is evaluated "on 10
 * benchmarks" without being about benchmarks; unless the title says it, three mentions at least.
 */
const MIN_HITS_UNTITLED: Readonly<Record<string, number>> = { 基准评测: 3 };
/** Named things (models, benchmarks, products) among the tags at most. */
const MAX_NAMED = 2;
/** Mentions in the body a named thing needs to be a tag. */
const MIN_NAMED_HITS = 2;

const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * One pattern per tag, longest term first, so 多模态大模型 counts once (not also as 多模态 and
 * 大模型). CJK terms match as substrings (jieba may glue 智能体 to the next word); Latin terms as
 * whole words, case-insensitive from four letters up, case-sensitive below (Sora ≠ sora-ish, CoT).
 */
const TAG_PATTERNS: ReadonlyArray<[string, RegExp, RegExp | undefined]> = Object.entries(TAG_VOCABULARY).map(
  ([tag, terms]) => {
    const sorted = [...terms].sort((a, b) => b.length - a.length);
    const term = (t: string) =>
      isLatin(t) ? `(?<![A-Za-z0-9])${escapeRegExp(t)}(?![A-Za-z0-9])` : escapeRegExp(t);
    const long = sorted.filter((t) => !isLatin(t) || t.length >= 4);
    const short = sorted.filter((t) => isLatin(t) && t.length < 4);
    return [
      tag,
      new RegExp(long.map(term).join("|") || "(?!)", "gi"),
      short.length > 0 ? new RegExp(short.map(term).join("|"), "g") : undefined,
    ];
  },
);

function countTag(text: string, long: RegExp, short: RegExp | undefined): number {
  return (text.match(long)?.length ?? 0) + (short ? (text.match(short)?.length ?? 0) : 0);
}

/** CJK vocabulary words, to be loaded into jieba's user dictionary so each is one word. */
export function listTagTerms(): string[] {
  return Object.values(TAG_VOCABULARY)
    .flat()
    .filter((t) => !isLatin(t));
}

/**
 * Up to 5 tags: the named models/benchmarks/products of the title that the body mentions again
 * (MiniCPM-o 4.5, GenEval, Xcode 26.3), then vocabulary tags with evidence in the body (title hits
 * count triple in the order, never alone). No keyword filler: a generic noun is not a tag.
 */
export function pickTags(input: { title: string; text: string }): string[] {
  const scored: Array<{ tag: string; score: number }> = [];
  for (const [tag, long, short] of TAG_PATTERNS) {
    const body = countTag(input.text, long, short);
    const title = countTag(input.title, long, short);
    const needed = title > 0 ? MIN_BODY_HITS : (MIN_HITS_UNTITLED[tag] ?? MIN_BODY_HITS);
    if (body >= needed) scored.push({ tag, score: body + 3 * title });
  }
  const mentions = (name: string) => input.text.split(name.split(/\s/)[0]!).length - 1;
  // The things the body is about first; a title's passing mention (the M3 Ultra it runs on, the
  // rival it beat) is no tag when the title names its subject too.
  const ranked = rankTitleNames(input.title, input.text);
  const named = ranked
    .filter((name, i) => mentions(name) >= MIN_NAMED_HITS && (i === 0 || titleRole(input.title, name) >= 0))
    .slice(0, MAX_NAMED);
  // A second name the body mentions less than half as often as the first is a passing mention
  // (the M3 Ultra it runs on, the GenEval it scored on): the topics say more.
  if (named.length > 1 && 2 * mentions(named[1]!) < mentions(named[0]!)) named.splice(1);
  const topics = scored.sort((a, b) => b.score - a.score).map((s) => s.tag);
  const tags: string[] = [];
  for (const tag of [...named, ...topics]) {
    if (tags.length >= MAX_TAGS) break;
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}
