// Held-out set 8, planted errors (part b): the Chinese articles of paraphrase/heldout8-zh-b.ts. New
// kinds here: an API-only size told as open, the code's licence told as the weights', a licence
// obligation dropped, withheld data told as released, another size's score, undecided told as
// decided, a personal view told as the company's, a disagreement told as agreement, an undisclosed
// figure invented, per seat told as per customer, an ablation's loss given to another component, the
// least told as the most, a phase's scope widened, a conditional release told as done, the hardware
// changed, a rise told as a cut, the announcement date told as the effective one, unchanged told as
// changed, per person told as shared, a grace period told as permanent, all users told as paying,
// times told as percent.
import type { HeldoutPlant } from "./heldout-plants.ts";
import { P8 as P } from "./heldout8-plants.ts";

export const HELDOUT8_PLANTS_B: HeldoutPlant[] = [
  // h8-open-release
  P("h8-open-release", "API-only told as open", "235B 仅提供 API", "235B 一并开源"),
  P(
    "h8-open-release",
    "code licence told as weights licence",
    "推理与微调代码用 Apache 2.0，权重用自定义的青穹模型许可协议",
    "代码和权重均采用 Apache 2.0",
  ),
  P("h8-open-release", "figure shifted", "月活不超过 1 亿", "月活不超过 1000 万"),
  P("h8-open-release", "obligation dropped", "商用产品须标注「基于青穹-Coder」", "商用无需任何标注"),
  P("h8-open-release", "withheld told as released", "训练数据未公开，只公布配比", "训练数据一并公开"),
  P(
    "h8-open-release",
    "score of another size",
    "7B 版本 HumanEval pass@1 81.5",
    "7B 版本 HumanEval pass@1 90.2",
  ),
  P("h8-open-release", "superlative widened", "超过所有 70B 以下的开源模型", "超过所有开源模型"),
  P("h8-open-release", "time span changed", "48 小时下载超 12 万次", "一周下载超 12 万次"),
  P("h8-open-release", "undecided told as decided", "是否开源尚未确定", "也将开源"),
  // h8-interview (English entry)
  P(
    "h8-interview",
    "personal view told as company position",
    "In what he called his personal view, not the company's, Wen said",
    "Yanchuan's official position, Wen said, is that",
    "Yanchuan's official position",
  ),
  P(
    "h8-interview",
    "talks told as a done deal",
    "is talking to several investors but has signed nothing",
    "has signed a term sheet with several investors",
    "has signed a term sheet",
  ),
  P(
    "h8-interview",
    "disagreement told as agreement",
    "not from weak models",
    "and agreed that weak models are the main cause",
    "agreed that weak models are the main cause",
  ),
  P(
    "h8-interview",
    "undisclosed figure invented",
    "renewal rates are not yet public because the product launched 9 months ago",
    "the renewal rate is 92%",
  ),
  P(
    "h8-interview",
    "per seat told as per customer",
    "RMB 300 per seat per month",
    "RMB 300 per customer per month",
    "per customer per month",
  ),
  P(
    "h8-interview",
    "target told as reached",
    "Lift document-recognition accuracy from 96% to above 99% within a year",
    "Document-recognition accuracy has already reached 99%",
  ),
  P("h8-interview", "figure shifted", "60-person agent company", "600-person agent company"),
  P(
    "h8-interview",
    "customer segment changed",
    "mostly firms under 200 staff",
    "mostly firms over 2,000 staff",
  ),
  // h8-ablation
  P(
    "h8-ablation",
    "ablation loss given to another component",
    "去掉块级检索降至 70.8",
    "去掉局部窗口降至 70.8",
  ),
  P(
    "h8-ablation",
    "least told as most",
    "去掉汇聚 token 为 83.9，影响最小",
    "去掉汇聚 token 为 83.9，影响最大",
    "83.9，影响最大",
  ),
  P("h8-ablation", "preprint told as accepted", "论文已上传 arXiv，仍在同行评审", "论文已被 ICLR 2027 接收"),
  P(
    "h8-ablation",
    "figure to another entity",
    "在 Qwen2.5-14B 上提速 2.9 倍",
    "在 Qwen2.5-14B 上提速 3.4 倍",
  ),
  P("h8-ablation", "phase scope widened", "且只加速解码，不加速预填充", "且预填充和解码均可加速"),
  P(
    "h8-ablation",
    "limitation told as strength",
    "上下文短于 16K 时反而比全注意力慢",
    "上下文短于 16K 时同样比全注意力快",
  ),
  P("h8-ablation", "conditional release told as done", "将在论文被接收后开源", "已在 GitHub 开源"),
  P(
    "h8-ablation",
    "comparison flipped",
    "StreamingLLM 提速 3.9 倍，但",
    "SRA 比 StreamingLLM 更快，后者",
    "SRA 比 StreamingLLM 更快",
  ),
  P("h8-ablation", "hardware setting changed", "单张 H100", "8 张 H100"),
  // h8-price-rise
  P("h8-price-rise", "rise told as cut", "Pro 月付从 68 元涨到 98 元", "Pro 月付从 98 元降到 68 元"),
  P(
    "h8-price-rise",
    "announcement date told as effective",
    "问渠 12 月 12 日宣布，自 2027 年 1 月 1 日起",
    "问渠宣布，自 12 月 12 日起",
    "自 12 月 12 日起",
  ),
  P("h8-price-rise", "unchanged told as changed", "团队版维持每人每月 128 元", "团队版涨至每人每月 158 元"),
  P("h8-price-rise", "per person told as shared", "每人每月 60 次", "全队每月共 60 次"),
  P(
    "h8-price-rise",
    "grace period told as permanent",
    "已订阅的老用户在 2027 年 3 月 31 日前续费仍按原价",
    "已订阅的老用户永久保留原价",
    "永久保留原价",
  ),
  P("h8-price-rise", "removed told as kept", "免费用户不再能用深度研究", "免费用户仍可使用深度研究"),
  P(
    "h8-price-rise",
    "increase told as decrease",
    "Pro 深度研究由每月 100 次增至 150 次",
    "Pro 深度研究由每月 150 次减至 100 次",
  ),
  P("h8-price-rise", "all users told as paying", "月活约 2100 万，付费用户约 86 万", "付费用户约 2100 万"),
  P(
    "h8-price-rise",
    "times told as percent",
    "单次成本半年上升约 2 倍",
    "单次成本半年上升约 20%",
    "上升约 20%",
  ),
  P("h8-price-rise", "figure shifted", "年付由 680 元涨到 880 元", "年付由 680 元涨到 980 元"),
];
