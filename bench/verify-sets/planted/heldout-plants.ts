// Held-out planted errors: on the articles of paraphrase/heldout-articles.ts, one unsupported claim
// per entry variant, written by hand as a model writes it (not by the fixed rules of
// verify-plant-rules.ts): a figure of the wrong row, a benchmark swapped, an invented rival, lab or
// person, a made-up role, a plan told as done, a target told as reached, a superlative widened, an
// estimate told as exact, a rounding the wrong way, a link not in the article, a quote not said, an
// invented first / open-source, a comparison turned round, a year changed. `value` is the text that
// must not be published (verify-paraphrase.ts looks for it in the entry verification returns).
import type { Entry } from "../../../src/model/entry.ts";
import { HELDOUT_CASES } from "../paraphrase/heldout-articles.ts";

export interface HeldoutPlant {
  id: string;
  article: string;
  kind: string;
  /** The planted text; published when it is still in the verified entry. */
  value: string;
  /** The true text it replaced (a catch is only telling when the true text is kept). */
  from: string;
  entry: Entry;
}

/** A variant maker over `cases`: the entry of `article` with `from` (once, exactly) replaced by `to`. */
export function variantsOf(cases: readonly { id: string; entry: Entry }[], set = "held-out plants") {
  return (article: string, kind: string, from: string, to: string, value = to): HeldoutPlant => {
    const c = cases.find((x) => x.id === article);
    if (!c) throw new Error(`${set}: no article ${article}`);
    const json = JSON.stringify(c.entry);
    const find = JSON.stringify(from).slice(1, -1);
    const parts = json.split(find);
    if (parts.length !== 2) throw new Error(`${set}: "${from}" is not once in ${article}`);
    const entry = JSON.parse(parts.join(JSON.stringify(to).slice(1, -1))) as Entry;
    return { id: `${article}/${kind}`, article, kind, value, from, entry };
  };
}

/**
 * A plant maker over `cases` that numbers ids per article and kind ("h5-x/kind-2") and refuses a
 * planted `value` already in the true entry (a plant must be new to it).
 */
export function numberedPlantsOf(cases: readonly { id: string; entry: Entry }[], set: string) {
  const variant = variantsOf(cases, set);
  const seen = new Map<string, number>();
  return (article: string, kind: string, from: string, to: string, value = to): HeldoutPlant => {
    const json = JSON.stringify(cases.find((c) => c.id === article)?.entry ?? {});
    if (json.includes(JSON.stringify(value).slice(1, -1)))
      throw new Error(`${set}: "${value}" already in ${article}`);
    const v = variant(article, kind, from, to, value);
    const n = (seen.get(v.id) ?? 0) + 1;
    seen.set(v.id, n);
    return n > 1 ? { ...v, id: `${v.id}-${n}` } : v;
  };
}

const variant = variantsOf(HELDOUT_CASES);

export const HELDOUT_PLANTS: HeldoutPlant[] = [
  // A figure of the wrong row (the table's other model, another fact's value).
  variant("ho-model-table", "wrong-row", "MMLU-Pro 81.2", "MMLU-Pro 75.6", "MMLU-Pro 75.6"),
  variant("ho-chip", "wrong-row", "典型功耗 150 瓦", "典型功耗 80 瓦", "80 瓦"),
  variant(
    "ho-english-paper",
    "wrong-row",
    "同尺寸 1.3B 稠密基线仅 58.9%",
    "同尺寸 1.3B 稠密基线仅 72%",
    "仅 72%",
  ),
  variant("ho-agent-platform", "wrong-row", "企业客户三千二百家", "企业客户一百二十万家", "一百二十万家"),
  // A figure told for another benchmark.
  variant(
    "ho-model-table",
    "benchmark-swapped",
    "LiveCodeBench 从 52.7 提升至 65.3",
    "SWE-bench 从 52.7 提升至 65.3",
    "SWE-bench",
  ),
  variant("ho-lab-release", "benchmark-swapped", "DocVQA 95.1", "ChartQA 95.1", "ChartQA"),
  variant(
    "ho-speech-model",
    "benchmark-swapped",
    "AISHELL-1 字错率 1.8%",
    "WenetSpeech 字错率 1.8%",
    "WenetSpeech",
  ),
  variant("ho-open-coder", "benchmark-swapped", "LiveCodeBench", "BigCodeBench", "BigCodeBench"),
  // An invented rival, lab or person.
  variant(
    "ho-paper-links",
    "invented-org",
    "清澜大学与星衡智能提出",
    "清澜大学与微软亚洲研究院提出",
    "微软亚洲研究院",
  ),
  variant(
    "ho-english-release",
    "invented-rival",
    "高于 Mistral Large 2 的 41%",
    "高于 Llama 3.1 70B 的 41%",
    "Llama 3.1 70B",
  ),
  variant(
    "ho-funding-cn",
    "invented-org",
    "由鼎元资本领投、云杉创投跟投",
    "由鼎元资本领投、红杉中国跟投",
    "红杉中国",
  ),
  variant("ho-chip", "invented-person", "据副总裁赵一鸣介绍", "据 CEO 钱立新介绍", "钱立新"),
  // A role made up.
  variant("ho-interview", "role-made-up", "CTO 刘思远", "联合创始人刘思远", "联合创始人刘思远"),
  variant(
    "ho-english-funding",
    "role-made-up",
    "2019 年由 CEO Daniel Reyes 创立",
    "2019 年由 CTO Daniel Reyes 创立",
    "CTO Daniel Reyes",
  ),
  variant("ho-paper-links", "role-made-up", "通讯作者周衡教授", "通讯作者周衡院士", "周衡院士"),
  variant(
    "ho-english-release",
    "role-made-up",
    "首席科学家 Maya Okafor",
    "CEO Maya Okafor",
    "CEO Maya Okafor",
  ),
  // A plan told as done.
  variant("ho-chip", "plan-as-done", "预计 2026 年 Q2 量产", "已于 2026 年 Q2 量产", "已于 2026 年 Q2 量产"),
  variant(
    "ho-english-funding",
    "plan-as-done",
    "明年将在慕尼黑开设工程办公室",
    "已在慕尼黑开设工程办公室",
    "已在慕尼黑开设",
  ),
  variant(
    "ho-speech-model",
    "plan-as-done",
    "CTO 孙嘉禾称下一步将开源 2B 参数轻量版",
    "已同步开源 2B 参数轻量版",
    "已同步开源 2B",
  ),
  variant("ho-lab-release", "plan-as-done", "下周开放 API 内测", "已开放 API 内测", "已开放 API 内测"),
  // A target told as reached.
  variant(
    "ho-policy",
    "target-as-reached",
    "计划 2027 年全市智能算力达到 10 万 PFLOPS（现约 3.5 万）",
    "全市智能算力已达 10 万 PFLOPS",
    "已达 10 万 PFLOPS",
  ),
  variant("ho-funding-cn", "target-as-reached", "计划 2026 年交付一千台", "已交付一千台", "已交付一千台"),
  variant(
    "ho-english-funding",
    "target-as-reached",
    "并计划把 300 人的团队扩大一倍",
    "团队已扩大一倍至 600 人",
    "600 人",
  ),
  variant(
    "ho-interview",
    "target-as-reached",
    "预计 2025 年收入突破 2 亿元",
    "2025 年收入已突破 2 亿元",
    "已突破 2 亿元",
  ),
  // A superlative widened.
  variant(
    "ho-lab-release",
    "superlative-widened",
    "OCRBench 892 分居开源模型首位",
    "OCRBench 892 分位列所有模型第一",
    "所有模型第一",
  ),
  variant(
    "ho-video-model",
    "superlative-widened",
    "VBench 总分 86.1 居首",
    "VBench 各项均排名第一",
    "各项均排名第一",
  ),
  variant(
    "ho-open-coder",
    "superlative-widened",
    "高于同尺寸 Qwen2.5-Coder-32B 的 37.8",
    "为目前最强的开源代码模型",
    "最强的开源代码模型",
  ),
  variant(
    "ho-english-paper",
    "superlative-widened",
    "接近 7B 稠密模型的 72%",
    "超过所有 7B 模型",
    "超过所有 7B 模型",
  ),
  // An estimate told as exact.
  variant("ho-funding-cn", "estimate-as-exact", "投后估值约 30 亿元", "投后估值 30 亿元", "投后估值 30 亿元"),
  variant(
    "ho-english-hardware",
    "estimate-as-exact",
    "单卡售价约 1.8 万美元",
    "单卡售价为 1.8 万美元",
    "售价为 1.8 万美元",
  ),
  variant(
    "ho-interview",
    "estimate-as-exact",
    "2025 年收入预计同比增长约 150%",
    "2025 年收入同比增长 150%",
    "收入同比增长 150%",
  ),
  variant("ho-policy", "estimate-as-exact", "（现约 3.5 万）", "（现为 3.5 万）", "现为 3.5 万"),
  // A rounding the wrong way.
  variant("ho-funding-cn", "rounded-wrong-way", "员工 180 多人", "员工超过 200 人", "超过 200 人"),
  variant("ho-paper-links", "rounded-wrong-way", "显存降低约四成", "显存降低超过一半", "超过一半"),
  variant("ho-agent-platform", "rounded-wrong-way", "减少超过一半", "减少超过七成", "超过七成"),
  variant("ho-product-plans", "rounded-wrong-way", "MAU 为 120 万", "MAU 超过 150 万", "超过 150 万"),
  // A link not in the article.
  variant(
    "ho-paper-links",
    "link-not-in-article",
    "https://github.com/qinglan-nlp/flashroute",
    "https://github.com/qinglan/FlashRoute",
    "https://github.com/qinglan/FlashRoute",
  ),
  variant(
    "ho-english-paper",
    "link-not-in-article",
    "https://arxiv.org/abs/2511.09876",
    "https://arxiv.org/abs/2511.09867",
    "https://arxiv.org/abs/2511.09867",
  ),
  variant(
    "ho-open-coder",
    "link-not-in-article",
    "https://huggingface.co/mochen-ai/Mochen-Coder-32B",
    "https://github.com/mochen-ai/Mochen-Coder",
    "https://github.com/mochen-ai/Mochen-Coder",
  ),
  variant(
    "ho-english-release",
    "link-not-in-article",
    "https://huggingface.co/northwind/Aster-2-70B",
    "https://huggingface.co/northwind-labs/Aster-2",
    "https://huggingface.co/northwind-labs/Aster-2",
  ),
  // A quote not said.
  variant(
    "ho-interview",
    "quote-not-said",
    "王启帆认为通用模型之争“已经是巨头的游戏”",
    "王启帆认为“垂直行业才是大模型真正的护城河”",
    "垂直行业才是大模型真正的护城河",
  ),
  variant(
    "ho-lab-release",
    "quote-not-said",
    "希望多模态模型能“真正读懂一页复杂的报表”",
    "称“这是国内最强的多模态模型”",
    "这是国内最强的多模态模型",
  ),
  variant(
    "ho-english-hardware",
    "quote-not-said",
    "推理才是现在赚钱的地方",
    "“T2 将彻底取代 GPU”",
    "T2 将彻底取代 GPU",
  ),
  variant(
    "ho-english-release",
    "quote-not-said",
    "希望单个团队在一个节点上就能微调该模型",
    "“Aster-2 是目前最好的开源模型”",
    "Aster-2 是目前最好的开源模型",
  ),
  // An invented first / open-source / free.
  variant(
    "ho-chip",
    "invented-first",
    "启芯科技发布第二代推理芯片 QX-900",
    "启芯科技发布国内首款 7nm 推理芯片 QX-900",
    "国内首款",
  ),
  variant(
    "ho-speech-model",
    "invented-open-source",
    "声谷智能推出语音大模型 EchoVoice",
    "声谷智能开源语音大模型 EchoVoice",
    "开源语音大模型 EchoVoice",
  ),
  variant(
    "ho-video-model",
    "invented-first",
    "光年视觉推出视频生成模型 Lumina-V2",
    "光年视觉推出业内首个 1080p 视频生成模型 Lumina-V2",
    "业内首个",
  ),
  variant(
    "ho-model-table",
    "invented-open-source",
    "星衡智能发布 671B 参数的 MoE 模型",
    "星衡智能开源 671B 参数的 MoE 模型",
    "星衡智能开源",
  ),
  // A comparison turned round.
  variant(
    "ho-open-coder",
    "comparison-flipped",
    "高于同尺寸 Qwen2.5-Coder-32B 的 37.8",
    "低于同尺寸 Qwen2.5-Coder-32B 的 37.8",
    "低于同尺寸",
  ),
  variant(
    "ho-speech-model",
    "comparison-flipped",
    "Whisper-large-v3 为 5.1%",
    "高于 Whisper-large-v3 的 5.1%",
    "高于 Whisper-large-v3",
  ),
  variant(
    "ho-english-release",
    "comparison-flipped",
    "高于 Mistral Large 2 的 41%",
    "落后于 Mistral Large 2 的 41%",
    "落后于 Mistral Large 2",
  ),
  variant(
    "ho-english-paper",
    "comparison-flipped",
    "接近 7B 稠密模型的 72%",
    "超过 7B 稠密模型的 72%",
    "超过 7B 稠密模型",
  ),
  // A year changed.
  variant("ho-funding-cn", "year-changed", "公司 2022 年成立", "公司 2021 年成立", "2021 年成立"),
  variant(
    "ho-policy",
    "year-changed",
    "2026 年 1 月 1 日起施行",
    "2025 年 1 月 1 日起施行",
    "2025 年 1 月 1 日",
  ),
  variant(
    "ho-english-funding",
    "year-changed",
    "2024 年营收增长至原来的 3 倍",
    "2023 年营收增长至原来的 3 倍",
    "2023 年营收",
  ),
  variant(
    "ho-english-hardware",
    "year-changed",
    "预计 2026 年一季度向云客户发货",
    "预计 2025 年一季度向云客户发货",
    "2025 年一季度",
  ),
];
