/**
 * AI domain terms loaded into jieba's user dictionary. Without them jieba cuts 大模型 into 大/模型
 * and 具身智能 into 具/身/智能, which breaks tag matching and the sentence similarity graph.
 * Terms with spaces cannot go into a jieba dictionary (its format is space-separated) and are skipped.
 */
export const DEFAULT_USER_DICTIONARY: readonly string[] = [
  "大模型",
  "大语言模型",
  "多模态",
  "多模态大模型",
  "视觉语言模型",
  "智能体",
  "强化学习",
  "扩散模型",
  "具身智能",
  "世界模型",
  "推理模型",
  "开源",
  "闭源",
  "微调",
  "预训练",
  "后训练",
  "上下文学习",
  "思维链",
  "文生图",
  "文生视频",
  "图像生成",
  "视频生成",
  "代码生成",
  "人形机器人",
  "机械臂",
  "端侧",
  "算力",
  "模型压缩",
  "推理加速",
  "投机解码",
  "量化器",
  "提示词",
  "提示词注入",
  "越狱",
  "对齐",
  "幻觉",
  "基准测试",
  "评测基准",
  "全双工",
  "全模态",
  "自回归",
  "注意力机制",
  "奖励模型",
  "MoE",
  "Agent",
  "Agentic",
  "LLM",
  "VLM",
  "MLLM",
  "RLHF",
  "SOTA",
];

/** Dictionary weight high enough that the term wins over the split jieba would otherwise choose. */
const USER_TERM_FREQUENCY = 100000;

/** Renders terms as jieba dictionary lines ("term freq tag"); "nz" marks them as proper nouns. */
export function formatUserDictionary(terms: Iterable<string>): string {
  const lines = new Set<string>();
  for (const raw of terms) {
    const term = raw.trim();
    if (term.length === 0 || /\s/.test(term)) continue;
    lines.add(`${term} ${USER_TERM_FREQUENCY} nz`);
  }
  return [...lines].join("\n");
}
