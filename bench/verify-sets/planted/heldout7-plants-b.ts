// Held-out set 7, planted errors (part b): the lab blog, the MoU press release, the paper, the news
// report on an executive's move and the 8-K. See heldout7-plants.ts for the rules.
import type { HeldoutPlant } from "./heldout-plants.ts";
import { P7 as P } from "./heldout7-plants.ts";

export const HELDOUT7_PLANTS_B: HeldoutPlant[] = [
  // h7-lab-blog (Chinese entry of an English article)
  P("h7-lab-blog", "open weights told as open source", "并开放权重", "并完全开源"),
  P("h7-lab-blog", "compatible told as built on", "分词器与 Llama 3 分词器兼容", "模型基于 Llama 3 微调而来"),
  P("h7-lab-blog", "partial told as all", "五项高于 Mistral-7B-v0.3", "七项全部高于 Mistral-7B-v0.3"),
  P(
    "h7-lab-blog",
    "another's result told as the subject's",
    "68.2 分，Mistral-7B-v0.3",
    "74.2 分，Mistral-7B-v0.3",
    "74.2 分，Mistral",
  ),
  P("h7-lab-blog", "unit scaled", "在 9.4 万亿 token 的文本", "在 9.4 亿 token 的文本", "9.4 亿 token"),
  P(
    "h7-lab-blog",
    "licence widened",
    "月活不足 5000 万的机构可商用，更大的机构需另签协议",
    "任何机构均可免费商用",
  ),
  P(
    "h7-lab-blog",
    "open weights told as open source",
    "训练数据和训练代码不公开",
    "训练数据和训练代码一并开源",
  ),
  P(
    "h7-lab-blog",
    "future date told as past",
    "32B 版本正在训练，预计 2027 年一季度发布",
    "32B 版本已于今年一季度发布",
  ),
  P("h7-lab-blog", "figure shifted", "约每秒 140 个 token", "约每秒 410 个 token"),
  // h7-mou (Chinese entry of an English article)
  P("h7-mou", "MoU told as contract", "签署不具约束力的谅解备忘录", "签署具约束力的合资协议"),
  P("h7-mou", "MoU told as contract", "探讨在吕勒奥附近联合开发", "敲定在吕勒奥附近联合建设"),
  P("h7-mou", "up to told as typical", "最高 200 兆瓦的 AI 数据中心", "满负荷 200 兆瓦的 AI 数据中心"),
  P("h7-mou", "currency changed", "最高可达 15 亿欧元", "最高可达 15 亿美元"),
  P("h7-mou", "up to told as typical", "五年总投资最高可达 15 亿欧元", "五年总投资将达 15 亿欧元"),
  P("h7-mou", "future date told as past", "首期 50 兆瓦最早 2028 年投运", "首期 50 兆瓦已于今年投运"),
  P("h7-mou", "wrong role", "Veyra AI 首席运营官 Tomas Reyes", "Veyra AI CEO Tomas Reyes"),
  P("h7-mou", "unit scaled", "1.1 吉瓦水电和风电装机", "1.1 兆瓦水电和风电装机"),
  P("h7-mou", "figure shifted", "约 1.8 万块 GPU", "约 8.1 万块 GPU"),
  // h7-paper (English entry)
  P(
    "h7-paper",
    "range told as its top",
    "decodes 1.4 to 2.1 times faster at 32K–128K context",
    "decodes 2.1 times faster at 32K–128K context",
  ),
  P(
    "h7-paper",
    "range told as its top",
    "speeding up long-context decoding 1.4–2.1x",
    "speeding up long-context decoding 2.1x",
  ),
  P("h7-paper", "table cell", "from 412 to 865 tokens/s", "from 412 to 955 tokens/s"),
  P("h7-paper", "baseline swapped", "Quest reaches 655 tokens/s", "StreamingLLM reaches 655 tokens/s"),
  P(
    "h7-paper",
    "figure shifted",
    "within 0.8 points of full attention",
    "within 0.3 points of full attention",
  ),
  P("h7-paper", "wrong figure", "one node with eight H100 GPUs", "one node with eight A100 GPUs"),
  P("h7-paper", "limitation told as strength", "No speed-up in prefill", "Prefill is sped up as well"),
  P("h7-paper", "figure shifted", "adds 11 million parameters", "adds 110 million parameters"),
  P("h7-paper", "comparison flipped", "RULER 84.1 to 83.5", "RULER 84.1 to 85.3"),
  // h7-exec-move (Chinese entry of an English article)
  P(
    "h7-exec-move",
    "reported told as confirmed",
    "据 The Ledger 援引两位知情人士报道，企业软件公司 Keller Systems",
    "Keller Systems 官方宣布，企业软件公司 Keller Systems",
    "Keller Systems 官方宣布",
  ),
  P(
    "h7-exec-move",
    "executive's company changed",
    "将离职加入竞争对手 Orbis Software",
    "将离职加入竞争对手 Stratus Compute",
  ),
  P("h7-exec-move", "wrong role", "预计出任执行副总裁、主管 AI", "预计出任 Orbis 首席执行官"),
  P(
    "h7-exec-move",
    "interim told as permanent",
    "机器学习平台副总裁 Raj Menon 将临时领导 AI 团队，公司同时物色正式人选",
    "机器学习平台副总裁 Raj Menon 已被正式任命为新任首席 AI 官",
  ),
  P("h7-exec-move", "year changed", "Whitfield 2022 年加入 Keller", "Whitfield 2020 年加入 Keller"),
  P(
    "h7-exec-move",
    "figures swapped",
    "季度营收同比增速放缓至 9%，一年前为 14%",
    "季度营收同比增速加快至 14%，一年前为 9%",
  ),
  P(
    "h7-exec-move",
    "comparison flipped",
    "Orbis 营收规模约为 Keller 的一半",
    "Orbis 营收规模约为 Keller 的两倍",
  ),
  P("h7-exec-move", "figure shifted", "约有 2300 家付费企业客户", "约有 3200 家付费企业客户"),
  P("h7-exec-move", "wrong role", "此前首席财务官 3 月离职", "此前首席技术官 3 月离职"),
  // h7-filing (Chinese entry of an English filing)
  P(
    "h7-filing",
    "multi-year total told as annual",
    "四年内采购总计 8.4 亿美元的云算力",
    "每年采购 8.4 亿美元的云算力",
  ),
  P("h7-filing", "future date told as past", "2027 年 1 月 31 日生效", "已于 11 月 28 日生效"),
  P(
    "h7-filing",
    "interim told as permanent",
    "将自 2027 年 2 月 1 日起出任临时 CFO，直至任命继任者",
    "已被任命为正式 CFO",
  ),
  P("h7-filing", "negation lost", "并非因与公司在经营、政策或做法上存在分歧", "源于与公司在经营政策上的分歧"),
  P(
    "h7-filing",
    "spending told as revenue",
    "承诺自 2027 年 1 月 1 日起的四年内采购",
    "将自 2027 年 1 月 1 日起的四年内向 Stratus Compute 出售",
  ),
  P("h7-filing", "time span changed", "支付此后 12 个月剩余最低承诺额", "支付此后 24 个月剩余最低承诺额"),
  P(
    "h7-filing",
    "guidance told as result",
    "重申 2026 财年营收 11.2 亿至 11.5 亿美元的指引",
    "2026 财年营收 11.5 亿美元",
  ),
  P("h7-filing", "range told as its top", "财年营收 11.2 亿至 11.5 亿美元", "财年营收约 11.5 亿美元"),
  P("h7-filing", "unit scaled", "总计 8.4 亿美元", "总计 84 亿美元"),
];
