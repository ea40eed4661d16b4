// Held-out set 7: planted errors on the entries of paraphrase/heldout7-*.ts, written before opening
// src/verify. Each plant replaces one span of the true entry (`from`, once) with a wrong one (`value`,
// new to the entry); it is published when `value` is still in the entry verification returns. Kinds
// new to this set: a demo told as a product shipping, teleoperation told as autonomy, a sped-up clip
// told as real time, "up to" told as typical, a future date told as past, talks told as a done deal,
// an MoU told as a contract, a valuation told as revenue, a per-month price told as per-year, input
// and output prices swapped, an off-peak price told as the standard one, a sample size changed,
// respondents told as the population, a median told as a mean, a frequency changed, a licence
// requirement told as a ban, an interim rule told as final, removed told as kept, downloads told as
// users, a rollback told as a launch, requests told as users, first in China told as first in the
// world, open weights told as open source; plus shifted figures, wrong currencies, dates, roles, ties
// told as sole, licences widened. Part b: heldout7-plants-b.ts.
import { HELDOUT7_CASES } from "../paraphrase/heldout7-articles.ts";
import { type HeldoutPlant, numberedPlantsOf } from "./heldout-plants.ts";

/** One plant; ids numbered per article and kind, and the planted value must be new to the entry. */
export const P7 = numberedPlantsOf(HELDOUT7_CASES, "held-out-7 plants");
const P = P7;

export const HELDOUT7_PLANTS_A: HeldoutPlant[] = [
  // h7-robot-demo
  P(
    "h7-robot-demo",
    "demo told as product shipping",
    "目前仍是工程样机，尚未交付",
    "已开始向商超客户批量交付",
  ),
  P(
    "h7-robot-demo",
    "teleoperation told as autonomy",
    "其中 8 项由机器人自主完成，整理书架一段为遥操作并以 4 倍速播放",
    "9 项全部由机器人自主完成",
  ),
  P("h7-robot-demo", "sped up told as real time", "叠衣服片段为 2 倍速", "叠衣服片段为原速实拍"),
  P(
    "h7-robot-demo",
    "up to told as typical",
    "最长 4 小时，为步行",
    "日常使用平均 4 小时，为步行",
    "日常使用平均 4 小时",
  ),
  P(
    "h7-robot-demo",
    "future date told as past",
    "计划 2027 年第二季度开始小批量量产",
    "已于 2025 年第二季度开始小批量量产",
  ),
  P("h7-robot-demo", "figure shifted", "全身 42 个自由度", "全身 46 个自由度"),
  P("h7-robot-demo", "wrong role", "联合创始人兼 CTO 沈砚秋", "CEO 沈砚秋"),
  P("h7-robot-demo", "up to told as typical", "目标售价不超过 15 万元", "售价 15 万元"),
  P("h7-robot-demo", "figure shifted", "比 H1 轻 13 公斤", "比 H1 轻 18 公斤"),
  // h7-acq-rumour
  P(
    "h7-acq-rumour",
    "talks told as a done deal",
    "据彭博社援引两位知情人士报道，星澜科技正洽谈收购 AI 编程助手公司墨池智能",
    "星澜科技宣布已完成对 AI 编程助手公司墨池智能的收购",
  ),
  P(
    "h7-acq-rumour",
    "MoU told as contract",
    "签署不具法律约束力的战略合作谅解备忘录",
    "签署具有法律约束力的战略合作协议",
  ),
  P(
    "h7-acq-rumour",
    "MoU told as contract",
    "约定共建智能编程联合实验室，不涉及股权安排",
    "星澜借此入股墨池",
  ),
  P("h7-acq-rumour", "currency changed", "约 18 亿美元（约 128 亿元）", "约 18 亿元"),
  P("h7-acq-rumour", "valuation told as revenue", "年化收入约 3000 万美元", "年化收入约 9 亿美元"),
  P("h7-acq-rumour", "future date told as past", "最早或于明年 1 月宣布", "已于今年 1 月宣布"),
  P("h7-acq-rumour", "figure shifted", "约 140 名员工", "约 410 名员工"),
  P("h7-acq-rumour", "wrong role", "CEO 顾行舟曾任星澜科技首席架构师", "CEO 顾行舟曾任星澜科技 CTO"),
  P("h7-acq-rumour", "reported told as confirmed", "双方均拒绝置评", "双方均已确认该消息"),
  // h7-price-cut
  P("h7-price-cut", "per-month told as per-year", "企业版订阅每月 999 元", "企业版订阅每年 999 元"),
  P(
    "h7-price-cut",
    "input and output prices swapped",
    "输出由 16 元降至 6 元（海外 0.90 美元）",
    "输出由 4 元降至 1 元（海外 0.15 美元）",
  ),
  P("h7-price-cut", "currency changed", "海外为 0.04 美元", "海外为 0.04 欧元"),
  P(
    "h7-price-cut",
    "off-peak price told as standard",
    "输入仅 0.5 元每百万 token",
    "输入仅 0.5 元每百万 token，全天适用",
    "全天适用",
  ),
  P("h7-price-cut", "figure shifted", "单卡吞吐提升 2.6 倍", "单卡吞吐提升 3.6 倍"),
  P("h7-price-cut", "date moved", "12 月 1 日起生效", "11 月 1 日起生效"),
  P("h7-price-cut", "per-month told as per-year", "含每月 5 亿 token 额度", "含每年 5 亿 token 额度"),
  P(
    "h7-price-cut",
    "time span changed",
    "新注册开发者前 30 天每天可领 100 万 token 免费额度",
    "新注册开发者每天可领 100 万 token 免费额度，长期有效",
    "长期有效",
  ),
  P("h7-price-cut", "wrong role", "首席科学家林知微", "CEO 林知微"),
  // h7-survey (English entry)
  P("h7-survey", "sample size changed", "surveyed 3,126 developers", "surveyed 31,260 developers"),
  P(
    "h7-survey",
    "respondents told as population",
    "79.4% use AI coding tools at least once a week",
    "79.4% of China's developers use AI coding tools at least once a week",
  ),
  P(
    "h7-survey",
    "median told as mean",
    "the median share of committed code",
    "the average share of committed code",
  ),
  P("h7-survey", "frequency changed", "and 41.2% daily", "and 41.2% several times a day"),
  P("h7-survey", "frequency changed", "Daily use is 58.3%", "Weekly use is 58.3%"),
  P("h7-survey", "figure shifted", "only 23% fully trust", "only 32% fully trust"),
  P(
    "h7-survey",
    "limitation told as strength",
    "warns the voluntary online sample may lean towards AI enthusiasts and does not represent all developers in China",
    "says the sample is representative of developers across China",
  ),
  P("h7-survey", "date moved", "from October 8 to 27", "from September 8 to 27"),
  P("h7-survey", "sample size changed", "the sample will grow to 10,000", "the sample will grow to 100,000"),
  // h7-export-rule
  P(
    "h7-export-rule",
    "licence requirement told as ban",
    "需事先申请许可证的国家和地区从 22 个增至 45 个",
    "禁止向 45 个国家和地区出口",
  ),
  P(
    "h7-export-rule",
    "future date told as past",
    "新规 2027 年 1 月 15 日生效",
    "新规已于 11 月 28 日起生效",
  ),
  P("h7-export-rule", "interim rule told as final", "暂行最终规则，将受管制", "正式最终规则，将受管制"),
  P("h7-export-rule", "figure shifted", "从 4800 降至 3200", "从 4800 降至 2400"),
  P(
    "h7-export-rule",
    "figures swapped",
    "其中 12 国的申请采取推定拒绝，其余 33 国逐案审查",
    "其中 33 国的申请采取推定拒绝，其余 12 国逐案审查",
  ),
  P(
    "h7-export-rule",
    "analysts' estimate told as official",
    "路透社援引两位行业分析师估计，新规每年或影响美国芯片企业约 30 亿美元销售额；BIS 未给出评估",
    "BIS 估计新规每年将影响美国芯片企业约 30 亿美元销售额",
  ),
  P("h7-export-rule", "per-quarter told as per-year", "每季度可在 1700 枚额度内", "每年可在 1700 枚额度内"),
  P("h7-export-rule", "time span changed", "并设 60 天公众意见征询期", "并设 90 天公众意见征询期"),
  // h7-dataset
  P("h7-dataset", "licence widened", "图书子集仍仅限学术研究", "图书子集也一并开放商用"),
  P(
    "h7-dataset",
    "removed told as kept",
    "删除了约 37% 的原始抓取数据，保留约六成三",
    "仅保留了约 37% 的原始抓取数据",
  ),
  P("h7-dataset", "downloads told as users", "累计下载逾 8 万次", "累计用户逾 8 万"),
  P(
    "h7-dataset",
    "version changed",
    "比用 v1.2 训练的同规模模型高 3.4 分",
    "比用 v1.0 训练的同规模模型高 3.4 分",
  ),
  P("h7-dataset", "unit scaled", "代码与论文（2000 亿）", "代码与论文（2000 万亿）"),
  P("h7-dataset", "future date told as past", "2027 年上半年发布 v2.1", "已于今年上半年发布 v2.1"),
  P("h7-dataset", "licence widened", "可商用的 ODC-By 1.0", "无需署名的 ODC-By 1.0"),
  P(
    "h7-dataset",
    "invented link",
    "https://huggingface.co/datasets/qiming-ai/shuhai-v2",
    "https://github.com/qiming-ai/shuhai",
  ),
  // h7-rollback
  P(
    "h7-rollback",
    "rollback told as launch",
    "将 API 默认模型从前一天上线的澄言-4.1 回滚到 4.0",
    "将 API 默认模型升级为澄言-4.1",
  ),
  P(
    "h7-rollback",
    "requests told as users",
    "约 6.2% 的 API 工具调用请求受影响",
    "约 6.2% 的 API 用户受影响",
  ),
  P("h7-rollback", "figure shifted", "约 19 个小时内", "约 9 个小时内"),
  P(
    "h7-rollback",
    "future date told as past",
    "预计下周以 4.1.1 版本号重新上线",
    "已以 4.1.1 版本号重新上线",
  ),
  P("h7-rollback", "partial told as all", "个人用户不在补偿范围内", "个人用户同样获得补偿"),
  P("h7-rollback", "figure shifted", "按失败请求费用的两倍发代金券", "按失败请求费用的三倍发代金券"),
  P("h7-rollback", "comparison flipped", "比 4.0 高 4.6 分", "比 4.0 低 4.6 分"),
  P("h7-rollback", "negation lost", "普通聊天不受影响", "普通聊天同样受影响"),
  // h7-leaderboard (English entry)
  P(
    "h7-leaderboard",
    "tie told as sole",
    "Xinghe Agent-2 (星河 Agent-2) and Chengyan-4.0 (澄言-4.0) tied for first with 72.4",
    "Xinghe Agent-2 (星河 Agent-2) ranked first alone with 72.4, ahead of Chengyan-4.0 (澄言-4.0)",
    "ranked first alone with 72.4",
  ),
  P(
    "h7-leaderboard",
    "first in China told as first in the world",
    "which it calls China's first Chinese-language agent benchmark",
    "which it calls the world's first agent benchmark",
  ),
  P(
    "h7-leaderboard",
    "open weights told as open source",
    "Jingge-72B is the only open-weights model in the top ten",
    "Jingge-72B is the only fully open-source model in the top ten",
  ),
  P("h7-leaderboard", "figure shifted", "Of 23 models", "Of 32 models"),
  P("h7-leaderboard", "rank changed", "GPT-5 was third with 70.9", "GPT-5 was second with 70.9"),
  P("h7-leaderboard", "figure shifted", "fell by 23 percentage points", "fell by 32 percentage points"),
  P("h7-leaderboard", "date moved", "expected in March 2027", "expected in June 2027"),
  P(
    "h7-leaderboard",
    "figure shifted",
    "needing 6.3 tool calls on average",
    "needing 3.6 tool calls on average",
  ),
];
