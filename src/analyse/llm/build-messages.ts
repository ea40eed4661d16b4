import type { ChatMessage } from "../../llm/types.ts";
import { fillTemplate, type PromptSet } from "./prompt-template.ts";

/** Tag vocabulary offered to the model; it may add free tags beside these. */
export const TAG_VOCABULARY = [
  "大语言模型",
  "多模态大模型",
  "图像生成",
  "视频生成",
  "语音",
  "智能体",
  "强化学习",
  "推理",
  "模型压缩",
  "推理加速",
  "训练方法",
  "数据集",
  "基准评测",
  "开源",
  "具身智能",
  "机器人",
  "自动驾驶",
  "AI for Science",
  "AI 安全",
  "芯片与算力",
  "产品发布",
  "行业动态",
];

export type OutputLanguage = "zh" | "en";

const LANGUAGE_NAMES: Record<OutputLanguage, string> = { zh: "简体中文", en: "English" };

function systemPrompt(body: string, prompts: PromptSet, language: OutputLanguage): string {
  return fillTemplate(body, {
    language: LANGUAGE_NAMES[language],
    rubric: prompts.rubric.body,
    tags: TAG_VOCABULARY.join("、"),
  });
}

/**
 * System prompt (role, rubric, rules, json shape) + the article as delimited data. Every prompt
 * mentions "json" in lowercase: DeepSeek's json_object mode rejects prompts without the word.
 */
export function buildAnalysisMessages(
  prompts: PromptSet,
  articleBlock: string,
  language: OutputLanguage,
): ChatMessage[] {
  return [
    { role: "system", content: systemPrompt(prompts.analyse.body, prompts, language) },
    { role: "user", content: `${articleBlock}\n\n请按要求输出这篇文章的情报条目 json。` },
  ];
}

export function buildGateMessages(
  prompts: PromptSet,
  leadBlock: string,
  language: OutputLanguage,
): ChatMessage[] {
  return [
    { role: "system", content: systemPrompt(prompts.gate.body, prompts, language) },
    { role: "user", content: `${leadBlock}\n\n请输出筛选结论 json。` },
  ];
}

/** The one repair turn: the model's own reply, then the validation errors quoted back. */
export function buildRepairMessages(previous: ChatMessage[], reply: string, errors: string[]): ChatMessage[] {
  return [
    ...previous,
    { role: "assistant", content: reply.trim() === "" ? "（空回复）" : reply },
    {
      role: "user",
      content: `上一条回复不是符合要求的条目 json，问题如下：\n${errors
        .slice(0, 20)
        .map((e) => `- ${e}`)
        .join("\n")}\n请只输出修正后的完整 json 对象（字段与规则同上），不要任何解释或代码块。`,
    },
  ];
}

/** Verification's repair turn: the claims the article does not support, quoted back once. */
export function buildFactRepairMessages(
  previous: ChatMessage[],
  reply: string,
  problems: string[],
): ChatMessage[] {
  return [
    ...previous,
    { role: "assistant", content: reply },
    {
      role: "user",
      content: `以下内容在原文中找不到依据：\n${problems
        .slice(0, 20)
        .map((p) => `- ${p}`)
        .join(
          "\n",
        )}\n请删除或按原文改正这些内容（数字、链接、机构名只能来自原文），只输出修正后的完整 json 对象。`,
    },
  ];
}
