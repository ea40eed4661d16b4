// Held-out set 6: planted errors on the entries of paraphrase/heldout6-*.ts, written before opening
// src/verify. Each plant replaces one span of the true entry (`from`, once) with a wrong one (`value`,
// new to the entry); it is published when `value` is still in the entry verification returns. Kinds
// new to this set: a hedge told as certain, a condition dropped, a baseline swapped, a sub-group's
// figure told for the whole, an announcement told as a release, a negation lost, the interviewer's
// words given to the guest, a rank changed, a limitation told as a strength, a cumulative told as one
// period's, active and total parameters confused, a preprint told as accepted, another row's result
// told as the subject's, an analysts' estimate told as guidance, a beta told as generally available, a
// region-limited launch told as global, a draft told as enacted, letters of intent told as firm, points
// told as percent; plus shifted figures, wrong units, orgs and links. Part b: heldout6-plants-b.ts.
import { HELDOUT6_CASES } from "../paraphrase/heldout6-articles.ts";
import { type HeldoutPlant, numberedPlantsOf } from "./heldout-plants.ts";

/** One plant; ids numbered per article and kind, and the planted value must be new to the entry. */
export const P6 = numberedPlantsOf(HELDOUT6_CASES, "held-out-6 plants");
const P = P6;

export const HELDOUT6_PLANTS_A: HeldoutPlant[] = [
  // h6-moe
  P(
    "h6-moe",
    "active and total parameters confused",
    "总参数 4800 亿、每 token 激活 350 亿",
    "激活参数 4800 亿",
  ),
  P(
    "h6-moe",
    "condition dropped",
    "LiveCodeBench 58.4，比 GPT-4o",
    "无论是否开启思考模式，LiveCodeBench 均为 58.4，比 GPT-4o",
    "无论是否开启思考模式",
  ),
  P("h6-moe", "rank changed", "位列第二，仅次于 Gemini 3 Pro", "位列第一，领先 Gemini 3 Pro", "位列第一"),
  P("h6-moe", "negation lost", "完整版权重暂不开源，", "完整版权重已同步开源，", "完整版权重已同步开源"),
  P("h6-moe", "hedge told as certain", "计划明年一季度开源 30B 精简版", "30B 精简版已开源"),
  P(
    "h6-moe",
    "beta told as generally available",
    "API 目前仅向企业用户内测，需申请候补名单",
    "API 已全面开放，开发者注册即可调用",
    "API 已全面开放",
  ),
  P(
    "h6-moe",
    "baseline swapped",
    "比 GPT-4o 的 45.2 高出 13.2 分",
    "比 GPT-5 的 45.2 高出 13.2 分",
    "GPT-5 的 45.2",
  ),
  P(
    "h6-moe",
    "another's result told as the subject's",
    "GPQA-Diamond 61.2，低于 Qwen3-235B-A22B 的 62.9",
    "GPQA-Diamond 拿到 62.9，与 Qwen3-235B-A22B 持平",
    "GPQA-Diamond 拿到 62.9",
  ),
  P(
    "h6-moe",
    "sub-group told as whole",
    "在 LMArena 中文子榜位列第二",
    "在 LMArena 总榜位列第二",
    "LMArena 总榜",
  ),
  // h6-ipo
  P(
    "h6-ipo",
    "cumulative told as one period's",
    "截至 2025 年底累计交付 4300 台，其中 2025 年交付 2650 台",
    "2025 年全年交付 4300 台",
  ),
  P("h6-ipo", "cumulative told as one period's", "三年累计约 9.8 亿元", "2025 年全年营收约 9.8 亿元"),
  P(
    "h6-ipo",
    "analysts' estimate told as guidance",
    "有券商分析师预计其 2026 年营收可达 8 亿元，招股书未给出业绩指引",
    "公司在招股书中预计 2026 年营收可达 8 亿元",
  ),
  P(
    "h6-ipo",
    "sub-group told as whole",
    "2025 年海外收入 1.9 亿元，同比增长 182%",
    "2025 年总营收同比增长 182%，海外收入 1.9 亿元",
    "总营收同比增长 182%",
  ),
  P("h6-ipo", "hedge told as certain", "向港交所递交招股书", "在港交所挂牌上市"),
  P("h6-ipo", "letters of intent told as firm", "其中约 3.4 亿元仍是框架协议或意向订单", "均已签署正式合同"),
  P("h6-ipo", "points told as percent", "提升 6.7 个百分点", "提升 6.7%"),
  P("h6-ipo", "negation lost", "公司仍未盈利", "公司已于 2025 年扭亏为盈"),
  // h6-sparse-paper (English entry of a Chinese article)
  P(
    "h6-sparse-paper",
    "preprint told as accepted",
    "The preprint is on arXiv and under review for ICLR 2027",
    "The paper has been accepted at ICLR 2027",
  ),
  P(
    "h6-sparse-paper",
    "another's result told as the subject's",
    "SkipKV averages 48.3",
    "SkipKV averages 48.7",
  ),
  P(
    "h6-sparse-paper",
    "limitation told as strength",
    "Almost no speed-up on prompts shorter than 4K tokens, and only tested at the 8B scale so far.",
    "Speeds up short prompts under 4K tokens as well, and holds at larger scales.",
    "Speeds up short prompts under 4K tokens as well",
  ),
  P("h6-sparse-paper", "link wrong", "https://arxiv.org/abs/2611.04417", "https://arxiv.org/abs/2611.04471"),
  P(
    "h6-sparse-paper",
    "baseline swapped",
    "3.1 times as fast as FlashAttention-2",
    "3.1 times as fast as FlashAttention-3",
    "FlashAttention-3",
  ),
  P(
    "h6-sparse-paper",
    "condition dropped",
    "makes Llama-3.1-8B's prefill at a 128K context 3.1 times",
    "makes prefill at any context length 3.1 times",
    "at any context length",
  ),
  P(
    "h6-sparse-paper",
    "org wrong",
    "Researchers from Tsinghua University and",
    "Researchers from Peking University and",
    "Peking University",
  ),
  // h6-chip (English entry of a Chinese article)
  P(
    "h6-chip",
    "announcement told as release",
    "Suanyuan Technology (算元科技) announced Kunwu T3",
    "Suanyuan Technology (算元科技) began shipping Kunwu T3",
    "began shipping Kunwu T3",
  ),
  P(
    "h6-chip",
    "hedge told as certain",
    "Volume shipments are expected to start in the second quarter of 2027",
    "Volume shipments have already started",
  ),
  P("h6-chip", "unit wrong", "at 3.2 TB/s", "at 3.2 GB/s", "3.2 GB/s"),
  P("h6-chip", "unit wrong", "1,600 TOPS at INT8", "1,600 TFLOPS at INT8"),
  P(
    "h6-chip",
    "whole told per unit",
    "An 8-card T3 server serving DeepSeek-V3 outputs",
    "A single T3 card serving DeepSeek-V3 outputs",
    "A single T3 card",
  ),
  P(
    "h6-chip",
    "limitation told as strength",
    "says the T3 cannot train large models and does not support FP8 yet",
    "says the T3 handles both training and inference, including FP8",
    "handles both training and inference",
  ),
  P(
    "h6-chip",
    "cumulative told as one period's",
    "about 110,000 chips of all generations had shipped by the end of October",
    "about 110,000 chips shipped in 2026 alone",
  ),
  P(
    "h6-chip",
    "hedge told as certain",
    "expects 2026 shipments to exceed 50,000 chips",
    "says 2026 shipments have exceeded 50,000 chips",
    "have exceeded 50,000 chips",
  ),
  P("h6-chip", "figure shifted", "2.2 times a comparable T2 server", "3.2 times a comparable T2 server"),
  // h6-policy-draft
  P(
    "h6-policy-draft",
    "draft told as enacted",
    "发布促进具身智能产业发展的若干措施征求意见稿，意见征集至 12 月 18 日",
    "正式印发促进具身智能产业发展的若干措施，12 月 18 日起施行",
    "12 月 18 日起施行",
  ),
  P(
    "h6-policy-draft",
    "condition dropped",
    "用户首次购买本市企业生产的人形机器人",
    "用户购买任何品牌的人形机器人",
    "任何品牌的人形机器人",
  ),
  P(
    "h6-policy-draft",
    "hedge told as certain",
    "力争 2027 年产业规模突破千亿元，较 2025 年约 420 亿元的规模增长超过一倍",
    "产业规模已突破千亿元",
  ),
  P(
    "h6-policy-draft",
    "figure shifted",
    "单个用户每年最多 200 万元",
    "单个用户每年最多 2000 万元",
    "最多 2000 万元",
  ),
  P("h6-policy-draft", "org wrong", "深圳市工信局本月 18 日", "深圳市发改委本月 18 日", "深圳市发改委"),
  P(
    "h6-policy-draft",
    "figure from another row",
    "按设备投资 30% 补助",
    "按设备投资 25% 补助",
    "按设备投资 25%",
  ),
  P("h6-policy-draft", "condition dropped", "但须向第三方开放至少四成机时", "且无附加条件"),
  P(
    "h6-policy-draft",
    "hedge told as certain",
    "拟联合社会资本设立 100 亿元产业基金，设立时间未定",
    "已设立 100 亿元产业基金",
  ),
  // h6-agent-beta
  P(
    "h6-agent-beta",
    "beta told as generally available",
    "今日开启海外公测",
    "今日在海外正式上线",
    "正式上线",
  ),
  P(
    "h6-agent-beta",
    "region-limited told as global",
    "首批仅开放美国、英国、新加坡三地，中国大陆版暂无上线时间表",
    "面向全球用户开放，包括中国大陆",
    "面向全球用户开放",
  ),
  P("h6-agent-beta", "rank changed", "三者中居第三", "三者中居第二"),
  P(
    "h6-agent-beta",
    "sub-group told as whole",
    "在「多文件重构」子集上解决率 81.5%，官方称为该子集最好成绩",
    "在 SWE-bench Verified 全集上解决率 81.5%，官方称为最好成绩",
    "全集上解决率 81.5%",
  ),
  P(
    "h6-agent-beta",
    "another's result told as the subject's",
    "SWE-bench Verified 68.2%",
    "SWE-bench Verified 72.7%",
  ),
  P(
    "h6-agent-beta",
    "cumulative told as active",
    "累计吸引 38 万名开发者注册，日活峰值约 6.2 万",
    "日活跃开发者达 38 万",
  ),
  P("h6-agent-beta", "unit wrong", "Pro 每月 20 美元", "Pro 每年 20 美元", "每年 20 美元"),
];
