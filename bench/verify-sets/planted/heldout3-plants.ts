// Held-out set 3: planted errors on the entries of paraphrase/heldout3-*.ts, written without reading
// src/verify. Each plant replaces one span of the true entry (`from`) with a wrong one (`value`); it is
// published when `value` is still in the entry verification returns. Twenty kinds, four or more each.
import type { Entry } from "../../../src/model/entry.ts";
import { HELDOUT3_CASES } from "../paraphrase/heldout3-articles.ts";

export interface Heldout3Plant {
  id: string;
  article: string;
  kind: string;
  entry: Entry;
  value: string;
  from: string;
}

const seen = new Map<string, number>();

/** The case's entry with `from` replaced by `to` (each must occur once; `to` must be new to it). */
function plant(article: string, kind: string, from: string, to: string): Heldout3Plant {
  const c = HELDOUT3_CASES.find((x) => x.id === article);
  if (!c) throw new Error(`heldout3 plant: no article ${article}`);
  const esc = (s: string) => JSON.stringify(s).slice(1, -1);
  const json = JSON.stringify(c.entry);
  if (json.split(esc(from)).length !== 2) throw new Error(`heldout3 plant: "${from}" not once in ${article}`);
  if (json.includes(esc(to))) throw new Error(`heldout3 plant: "${to}" already in ${article}`);
  const n = (seen.get(`${article}/${kind}`) ?? 0) + 1;
  seen.set(`${article}/${kind}`, n);
  return {
    id: `${article}/${kind}${n > 1 ? `-${n}` : ""}`,
    article,
    kind,
    entry: JSON.parse(json.replace(esc(from), esc(to))) as Entry,
    value: to,
    from,
  };
}

const P = plant;

export const HELDOUT3_PLANTS: Heldout3Plant[] = [
  // h3-agent-incident
  P("h3-agent-incident", "wrong figure", "误删了 8.6 万条工单", "误删了 6.8 万条工单"),
  P(
    "h3-agent-incident",
    "plan told as done",
    "计划于 2027 年 Q1 前上线 Agent 行为审计平台",
    "已上线 Agent 行为审计平台",
  ),
  P(
    "h3-agent-incident",
    "negation dropped",
    "报告没有给出具体赔偿方案，只说会逐一沟通",
    "报告给出了具体赔偿方案，并会逐一沟通",
  ),
  P(
    "h3-agent-incident",
    "invented first/only/all",
    "认为几乎所有接入工具的 Agent",
    "认为所有接入工具的 Agent 无一例外",
  ),
  P(
    "h3-agent-incident",
    "invented link",
    "https://github.com/zhanyun/agent-guard",
    "https://github.com/zhanyun/xiaozhan-agent",
  ),
  P("h3-agent-incident", "wrong role", "CTO 韩立新称", "CEO 韩立新称"),
  P(
    "h3-agent-incident",
    "derived figure",
    "波及约 13,000 名企业用户。",
    "波及约 13,000 名企业用户，平均每名用户约 6.6 条工单。",
  ),
  P(
    "h3-agent-incident",
    "time span changed",
    "14:52 值班工程师通过告警发现并停用，历时 47 分钟",
    "14:52 值班工程师通过告警发现并停用，历时 47 小时",
  ),
  // h3-funding-round (English entry of a Chinese article)
  P(
    "h3-funding-round",
    "wrong org/investor",
    "Series B led by Yuanshan Capital",
    "Series B led by Beichen Investment",
  ),
  P(
    "h3-funding-round",
    "table cell",
    "raised RMB 400 million at a RMB 3 billion",
    "raised RMB 600 million at a RMB 3 billion",
  ),
  P(
    "h3-funding-round",
    "unit changed",
    "The June 2024 angel round raised RMB 80 million",
    "The June 2024 angel round raised RMB 80 billion",
  ),
  P(
    "h3-funding-round",
    "estimate told as reached",
    "targeting 5,000 units a year in 2027",
    "already delivering 5,000 units a year",
  ),
  P(
    "h3-funding-round",
    "negation dropped",
    "Lingshu is not China's most valuable",
    "Lingshu is China's most valuable",
  ),
  P(
    "h3-funding-round",
    "derived figure",
    "the post-money valuation is RMB 8.5 billion.",
    "the post-money valuation is RMB 8.5 billion, bringing its total raised to RMB 1.68 billion.",
  ),
  // h3-benchmark-dispute
  P(
    "h3-benchmark-dispute",
    "swapped figures",
    "Nova-Code-70B 官方 68.9%、复现 68.4%；Qwen-Coder-Pro 官方 67.1%、复现 66.8%",
    "Nova-Code-70B 官方 67.1%、复现 66.8%；Qwen-Coder-Pro 官方 68.9%、复现 68.4%",
  ),
  P("h3-benchmark-dispute", "rank changed", "Nova-Code-70B 官方", "撤回前排名第三的 Nova-Code-70B 官方"),
  P(
    "h3-benchmark-dispute",
    "wrong speaker",
    "复旦大学副教授林知远指出被跳过的 41 题",
    "联合创始人沈泽指出被跳过的 41 题",
  ),
  P(
    "h3-benchmark-dispute",
    "invented quote",
    "称是流程问题而非有意为之，承诺两周内公开完整评测日志",
    "称「这是评测脚本的问题，不是模型的问题」，承诺两周内公开完整评测日志",
  ),
  P(
    "h3-benchmark-dispute",
    "invented first/only/all",
    "这不是 CodeArena 首次撤回事件，今年 3 月也有公司因数据污染撤回成绩",
    "这是 CodeArena 历史上首次撤回事件",
  ),
  P(
    "h3-benchmark-dispute",
    "derived figure",
    "明显低于官方报告的 71.2%。",
    "比官方报告的 71.2% 低 7.7 个百分点。",
  ),
  // h3-edge-model
  P("h3-edge-model", "table cell", "天玑 9400 首 token 210ms", "天玑 9400 首 token 340ms"),
  P("h3-edge-model", "unit changed", "峰值内存 2.1GB", "峰值内存 2.1TB"),
  P(
    "h3-edge-model",
    "comparison flipped",
    "68.3，高于上一代 Dust-2B 的 61.7",
    "68.3，低于上一代 Dust-2B 的 61.7",
  ),
  P(
    "h3-edge-model",
    "condition dropped",
    "延迟数据在关闭省电模式时测得，开省电模式后解码速度下降约三分之一。",
    "Dust-3B 的解码速度会下降约三分之一。",
  ),
  P("h3-edge-model", "negation dropped", "FP16 权重尚未开放", "FP16 权重也已开放"),
  P(
    "h3-edge-model",
    "invented link",
    "https://github.com/stardust-ai/dust-mobile",
    "https://github.com/stardust-ai/Dust-3B",
  ),
  P("h3-edge-model", "rank changed", "C-Eval 得分 68.3", "C-Eval 得分 68.3，位列端侧模型第一"),
  // h3-court-ruling (English entry of a Chinese article)
  P(
    "h3-court-ruling",
    "wrong figure",
    "ordered the defendant to pay RMB 28,000",
    "ordered the defendant to pay RMB 82,000",
  ),
  P(
    "h3-court-ruling",
    "condition dropped",
    "held that an AI image the plaintiff refined over 120+ rounds of prompting and inpainting is a work of fine art",
    "held that AI-generated images are works of fine art",
  ),
  P("h3-court-ruling", "wrong date", "on November 20, the Hangzhou", "on November 12, the Hangzhou"),
  P(
    "h3-court-ruling",
    "wrong role",
    "Dai Heng of China University of Political Science and Law said",
    "Presiding judge Dai Heng said",
  ),
  P(
    "h3-court-ruling",
    "invented first/only/all",
    "In a first-instance ruling on November 20",
    "In China's first ruling on AI images, on November 20",
  ),
  // h3-compute-subsidy
  P(
    "h3-compute-subsidy",
    "estimate told as reached",
    "预计 2027 年底投运后总算力将达 8000 PFLOPS",
    "全市总算力已达 8000 PFLOPS",
  ),
  P(
    "h3-compute-subsidy",
    "condition dropped",
    "企业可按算力支出的 30% 申请补贴，大模型研发企业最高 50%",
    "企业可按算力支出的 50% 申请补贴",
  ),
  P("h3-compute-subsidy", "unit changed", "总算力约 4500 PFLOPS", "总算力约 4500 EFLOPS"),
  P("h3-compute-subsidy", "time span changed", "单家企业每年上限 500 万元", "单家企业每季度上限 500 万元"),
  P("h3-compute-subsidy", "derived figure", "另有 2 座在建，", "另有 2 座在建，建成后全市共 5 座智算中心，"),
  P("h3-compute-subsidy", "wrong role", "副局长孙启明", "经信局局长孙启明"),
  // h3-gpu-earnings
  P(
    "h3-gpu-earnings",
    "table cell",
    "Q3 研发投入 3.1 亿元，Q2 为 2.9 亿元",
    "Q3 研发投入 3.1 亿元，Q2 为 2.6 亿元",
  ),
  P("h3-gpu-earnings", "time span changed", "前三季度营收 17.5 亿元", "上半年营收 17.5 亿元"),
  P("h3-gpu-earnings", "swapped figures", "同比增长 215%、环比增长 36%", "同比增长 36%、环比增长 215%"),
  P(
    "h3-gpu-earnings",
    "estimate told as reached",
    "并预计 2027 年 Q4 实现单季盈亏平衡",
    "公司已实现单季盈亏平衡",
  ),
  P("h3-gpu-earnings", "percent vs points", "同比提升 9.8 个百分点", "同比提升 9.8%"),
  P("h3-gpu-earnings", "wrong role", "CEO 程远称", "CFO 程远称"),
  P("h3-gpu-earnings", "comparison flipped", "交付会慢于客户预期", "交付会快于客户预期"),
  // h3-deprecation
  P("h3-deprecation", "wrong date", "6 月 30 日正式下线", "9 月 30 日正式下线"),
  P(
    "h3-deprecation",
    "swapped figures",
    "v3 每百万输入 token 0.8 元，较 v1 的 2 元",
    "v3 每百万输入 token 2 元，较 v1 的 0.8 元",
  ),
  P(
    "h3-deprecation",
    "condition dropped",
    "企业客户在 2027 年 3 月 31 日前完成迁移，可获",
    "企业客户迁移后均可获",
  ),
  P(
    "h3-deprecation",
    "invented first/only/all",
    "这是天衡云今年第二次下线旧模型",
    "这是天衡云首次下线旧模型",
  ),
  P(
    "h3-deprecation",
    "negation dropped",
    "但不承诺 v3 在所有任务上都优于 v1",
    "并承诺 v3 在所有任务上都优于 v1",
  ),
  P("h3-deprecation", "time span changed", "过去三个月 v1 消费额", "过去三年 v1 消费额"),
  // h3-dev-survey (English entry of a Chinese article)
  P(
    "h3-dev-survey",
    "percent vs points",
    "up 22 percentage points from 41% in 2025",
    "up 22% from 41% in 2025",
  ),
  P("h3-dev-survey", "table cell", "code review from 12% to 29%", "code review from 12% to 35%"),
  P("h3-dev-survey", "comparison flipped", "below the overall rate", "above the overall rate"),
  P(
    "h3-dev-survey",
    "swapped figures",
    "47% of developers' employers pay for AI coding tools; 18% pay out of pocket",
    "18% of developers' employers pay for AI coding tools; 47% pay out of pocket",
  ),
  P(
    "h3-dev-survey",
    "rank changed",
    "Code completion rose from 58% to 77%",
    "Writing docs, the most common use, and code completion rose from 58% to 77%",
  ),
  // h3-robot-demo
  P("h3-robot-demo", "table cell", "装洗碗机 76%（平均 2 分 10 秒）", "装洗碗机 69%（平均 2 分 10 秒）"),
  P("h3-robot-demo", "rank changed", "擦桌子 94%", "擦桌子 94%、倒垃圾 88% 排名第一"),
  P("h3-robot-demo", "wrong figure", "较半年前的 61%", "较半年前的 51%"),
  P("h3-robot-demo", "plan told as done", "明年计划在 50 个真实家庭试点", "已在 50 个真实家庭完成试点"),
  P("h3-robot-demo", "wrong speaker", "首席科学家温岚希望行业看第 200 次", "研究者赵清和希望行业看第 200 次"),
  P(
    "h3-robot-demo",
    "invented quote",
    "研究者赵清和指出在同一样板间测 200 次不等于在 200 个家庭测试",
    "研究者赵清和称「这些数字是挑过的」",
  ),
  // h3-interview-debate
  P(
    "h3-interview-debate",
    "wrong speaker",
    "方可称「现在大家都在用模型评模型",
    "莫北称「现在大家都在用模型评模型",
  ),
  P(
    "h3-interview-debate",
    "swapped figures",
    "预训练只用了 8 万亿 token，但数学推理超过了用 18 万亿 token",
    "预训练只用了 18 万亿 token，但数学推理超过了用 8 万亿 token",
  ),
  P("h3-interview-debate", "unit changed", "每天生成约 2000 亿 token", "每天生成约 2000 万 token"),
  P("h3-interview-debate", "wrong role", "深弦联合创始人兼 CTO 莫北", "深弦创始人兼 CEO 莫北"),
  P("h3-interview-debate", "wrong date", "将在 2028 年前耗尽", "将在 2030 年前耗尽"),
  P("h3-interview-debate", "invented quote", "莫北说「可能我们都错了」", "莫北说「三年后一定是我对」"),
  // h3-agent-pricing (Chinese entry of an English article)
  P("h3-agent-pricing", "wrong figure", "Team 每席位每月 45 美元", "Team 每席位每月 54 美元"),
  P("h3-agent-pricing", "table cell", "Pro 每月 20 美元、500 个任务", "Pro 每月 20 美元、50 个任务"),
  P(
    "h3-agent-pricing",
    "comparison flipped",
    "超过 10 万行的仓库上降至 44%",
    "超过 10 万行的仓库上反而升至 84%",
  ),
  P(
    "h3-agent-pricing",
    "plan told as done",
    "计划于 2027 年第二季度为企业客户提供私有化部署",
    "已为企业客户提供私有化部署",
  ),
  P(
    "h3-agent-pricing",
    "condition dropped",
    "按年付费，Pro 和 Team 价格可优惠 20%",
    "Pro 和 Team 价格直降 20%",
  ),
  P(
    "h3-agent-pricing",
    "invented link",
    "https://github.com/tessel-dev/agent-cli",
    "https://github.com/tessel-dev/tessel-agent",
  ),
  P("h3-agent-pricing", "unit changed", "运行了 210 万个任务", "运行了 210 亿个任务"),
  // h3-ablation-paper
  P(
    "h3-ablation-paper",
    "table cell",
    "去掉负载均衡损失后 GSM8K 降至 71.2",
    "去掉负载均衡损失后 GSM8K 降至 72.6",
  ),
  P(
    "h3-ablation-paper",
    "swapped figures",
    "HumanEval 得分 52.4，稠密基线为 45.0",
    "HumanEval 得分 45.0，稠密基线为 52.4",
  ),
  P(
    "h3-ablation-paper",
    "comparison flipped",
    "4.1 万 GPU 小时，低于稠密基线",
    "4.1 万 GPU 小时，高于稠密基线",
  ),
  P(
    "h3-ablation-paper",
    "invented link",
    "https://github.com/helix-ai/routemix",
    "https://github.com/northvale-nlp/routemix",
  ),
  P("h3-ablation-paper", "negation dropped", "论文尚未经过同行评审，", "论文已通过同行评审，"),
  P(
    "h3-ablation-paper",
    "wrong org/investor",
    "Northvale 大学与 Helix AI 提出",
    "Northvale 大学与 Arclight AI 提出",
  ),
  P("h3-ablation-paper", "percent vs points", "高出 5.7 个百分点", "高出 5.7%"),
  P(
    "h3-ablation-paper",
    "derived figure",
    "低于稠密基线的 6 万 GPU 小时。",
    "低于稠密基线的 6 万 GPU 小时，节省约 32%。",
  ),
  // h3-power-deal
  P(
    "h3-power-deal",
    "estimate told as reached",
    "双方未披露价格，Calder Research 分析师估计合同总价值约 160 亿美元",
    "合同总价值为 160 亿美元",
  ),
  P(
    "h3-power-deal",
    "plan told as done",
    "协议仍需州公用事业委员会批准，预计 2027 年年中裁决",
    "协议已获州公用事业委员会批准",
  ),
  P("h3-power-deal", "unit changed", "为期 20 年、1.2 吉瓦", "为期 20 年、1.2 兆瓦"),
  P(
    "h3-power-deal",
    "invented first/only/all",
    "是今年云厂商公布的同类协议中规模最大的一笔",
    "是史上规模最大的核电购电协议",
  ),
  P(
    "h3-power-deal",
    "wrong speaker",
    "Clean Grid Watch 负责人 Laura Chen 认为",
    "首席可持续发展官 Daniel Okafor 认为",
  ),
  P("h3-power-deal", "time span changed", "为期 20 年、", "为期 20 个月、"),
  P(
    "h3-power-deal",
    "derived figure",
    "其美国数据中心目前用电约 2.4GW。",
    "其美国数据中心目前用电约 2.4GW，首期 800 兆瓦约占三分之一。",
  ),
  // h3-redteam-report
  P(
    "h3-redteam-report",
    "comparison flipped",
    "误拒 6.8%，高于 Atlas-1 的 3.9%",
    "误拒 6.8%，低于 Atlas-1 的 3.9%",
  ),
  P(
    "h3-redteam-report",
    "table cell",
    "Atlas-1 的多轮攻击拒绝率为 64.0%",
    "Atlas-1 的多轮攻击拒绝率为 59.5%",
  ),
  P("h3-redteam-report", "percent vs points", "提升 7.7 个百分点", "提升 7.7%"),
  P(
    "h3-redteam-report",
    "invented first/only/all",
    "角色扮演",
    "Atlas-2 是首个单轮拒绝率超过 95% 的模型；角色扮演",
  ),
  P("h3-redteam-report", "wrong role", "研究总监 Tomás Ferreira", "CEO Tomás Ferreira"),
  P("h3-redteam-report", "negation dropped", "Redline 尚未验证该修复", "Redline 已验证该修复"),
  P(
    "h3-redteam-report",
    "rank changed",
    "角色扮演攻击拒绝率从 59.5% 提升到 83.2%",
    "角色扮演攻击拒绝率从 59.5% 提升到 83.2%，在所有攻击类型中排名第一",
  ),
  // h3-eu-funding
  P(
    "h3-eu-funding",
    "wrong org/investor",
    "本轮由 Atlantic Growth Partners 领投",
    "本轮由 Seine Capital 领投",
  ),
  P("h3-eu-funding", "wrong figure", "估值 45 亿欧元", "估值 54 亿欧元"),
  P("h3-eu-funding", "unit changed", "年经常性收入 4800 万欧元", "年经常性收入 4800 万美元"),
  P("h3-eu-funding", "wrong date", "2025 年 11 月 B 轮融资", "2024 年 11 月 B 轮融资"),
  P("h3-eu-funding", "time span changed", "员工从一年前的 140 人", "员工从两年前的 140 人"),
  P("h3-eu-funding", "condition dropped", "禁止月活超过 7 亿的公司使用", "禁止商业公司使用"),
  P("h3-eu-funding", "invented quote", "欧洲需要的不是一个国家冠军，而是十个", "欧洲终将在 AI 上超越美国"),
  // h3-fair-use-ruling
  P("h3-fair-use-ruling", "wrong figure", "复制了约 180 万篇文章", "复制了约 810 万篇文章"),
  P("h3-fair-use-ruling", "wrong speaker", "斯坦福法学教授 Kenji Albright 指出", "法官 Harriet Vance 指出"),
  P("h3-fair-use-ruling", "wrong org/investor", "上诉至第六巡回法院", "上诉至第九巡回法院"),
  P(
    "h3-fair-use-ruling",
    "invented link",
    "https://courtdocs.example/ohnd/quillmind-order.pdf",
    "https://github.com/quillmind/assistant",
  ),
  P("h3-fair-use-ruling", "wrong date", "Quillmind 表示将上诉", "Quillmind 表示将于 2027 年 1 月上诉"),
];
