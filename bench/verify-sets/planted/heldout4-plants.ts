// Held-out set 4: planted errors on the entries of paraphrase/heldout4-*.ts, written before opening
// src/verify. Each plant replaces one span of the true entry (`from`, once) with a wrong one (`value`,
// new to the entry); it is published when `value` is still in the entry verification returns.
import { HELDOUT4_CASES } from "../paraphrase/heldout4-articles.ts";
import { type HeldoutPlant, variantsOf } from "./heldout-plants.ts";

const variant = variantsOf(HELDOUT4_CASES, "held-out-4 plants");
const seen = new Map<string, number>();

/** One plant; ids numbered per article and kind, and `to` must be new to the entry. */
export function P(article: string, kind: string, from: string, to: string): HeldoutPlant {
  const json = JSON.stringify(HELDOUT4_CASES.find((c) => c.id === article)?.entry ?? {});
  if (json.includes(JSON.stringify(to).slice(1, -1)))
    throw new Error(`held-out-4 plants: "${to}" already in ${article}`);
  const v = variant(article, kind, from, to);
  const n = (seen.get(v.id) ?? 0) + 1;
  seen.set(v.id, n);
  return n > 1 ? { ...v, id: `${v.id}-${n}` } : v;
}

export const HELDOUT4_PLANTS: HeldoutPlant[] = [
  // h4-interview
  P("h4-interview", "wrong speaker", "马骁表示 Lite 2 内部测试", "许晴表示 Lite 2 内部测试"),
  P("h4-interview", "negation flipped", "马骁称今年不打算解决", "马骁称今年将着手解决"),
  P("h4-interview", "estimate told as confirmed", "今年营收预计约 1.5 亿元", "今年营收已达 1.5 亿元"),
  P("h4-interview", "pending told as done", "两家车企仍在测试、尚未签约", "两家车企已完成签约"),
  P("h4-interview", "unit scaled", "覆盖约 2600 万台设备", "覆盖约 2.6 亿台设备"),
  P(
    "h4-interview",
    "invented quote",
    "许晴表示不会为了追榜单去做千亿参数模型",
    "许晴直言「千亿参数模型就是在烧钱」",
  ),
  P(
    "h4-interview",
    "figures swapped",
    "准确率为 71.5%，高于上一代 Lite 1 的 58.2%",
    "准确率为 58.2%，上一代 Lite 1 为 71.5%",
  ),
  P("h4-interview", "negation flipped", "训练数据不公开", "训练数据也一并公开"),
  P("h4-interview", "year changed", "公司成立于 2023 年", "公司成立于 2021 年"),
  // h4-hardware (English entry of a Chinese article)
  P("h4-hardware", "currency changed", "The X2 sold for RMB 125,000.", "The X2 sold for US$125,000."),
  P(
    "h4-hardware",
    "comparison inverted",
    "typical power goes from 450 W to 700 W",
    "typical power falls from 700 W to 450 W",
  ),
  P(
    "h4-hardware",
    "estimate told as confirmed",
    "a vendor figure not yet verified by third parties",
    "a figure confirmed by third-party testing",
  ),
  P(
    "h4-hardware",
    "partial told as all",
    "roughly 60% is pre-ordered by three cloud providers",
    "the whole batch is pre-ordered by three cloud providers",
  ),
  P(
    "h4-hardware",
    "pending told as done",
    "is waiting for an export licence, with no release date yet",
    "has received its export licence and ships at the same time",
  ),
  P("h4-hardware", "year changed", "start in January 2027", "start in January 2026"),
  P("h4-hardware", "figure to another entity", "2.6 times the X2", "2.6 times the Nvidia H20"),
  P("h4-hardware", "version changed", "On Llama 3 70B inference", "On Llama 4 70B inference"),
  P("h4-hardware", "figures swapped", "rises from 1.1 to 2.4 PFLOPS", "rises from 1.1 to 6.4 PFLOPS"),
  P("h4-hardware", "wrong figure", "closed a Series D round", "closed a Series E round"),
  // h4-leaderboard
  P(
    "h4-leaderboard",
    "tie told as sole",
    "云雀-Max 和 Orion-2 均为 76.9 分、并列第二",
    "云雀-Max 以 76.9 分独居第二",
  ),
  P("h4-leaderboard", "rank changed", "以 75.2 分排第四", "以 75.2 分排第三"),
  P("h4-leaderboard", "rank changed", "由上期第九升至第五", "由上期第九升至第四"),
  P(
    "h4-leaderboard",
    "figure to another entity",
    "启明-3 Pro 较上期提高 3.1 分",
    "云雀-Max 较上期提高 3.1 分",
  ),
  P("h4-leaderboard", "invented superlative", "得 71.0 分，位列第六", "得 71.0 分，是海外模型中的最高分"),
  P(
    "h4-leaderboard",
    "invented quote",
    "孙立平称，分差 1 分以内的模型在统计上没有显著区别，名次不宜过度解读",
    "孙立平称「启明-3 Pro 的领先优势是决定性的」",
  ),
  P("h4-leaderboard", "wrong figure", "23 个模型参评", "32 个模型参评"),
  P("h4-leaderboard", "negation flipped", "是前五名里唯一的开源模型", "是前五名里唯一的闭源模型"),
  P("h4-leaderboard", "figure to another entity", "（73.6 分）", "（71.0 分）"),
  // h4-policy
  P("h4-policy", "condition dropped", "仅用于科研且不对公众开放的模型", "仅用于科研的模型"),
  P("h4-policy", "wrong figure", "用户不超过 500 人", "用户不超过 5000 人"),
  P("h4-policy", "year changed", "须在 2027 年 9 月 1 日前完成备案", "须在 2028 年 9 月 1 日前完成备案"),
  P("h4-policy", "comparison inverted", "比征求意见稿的 100 万元减半", "比征求意见稿的 25 万元翻了一番"),
  P("h4-policy", "negation flipped", "文本只是鼓励标识，并不强制", "文本也须强制标识"),
  P("h4-policy", "partial told as all", "约 30% 被采纳", "全部被采纳"),
  P("h4-policy", "period moved", "上线后 30 天内报告即可", "上线前 30 天报告即可"),
  P(
    "h4-policy",
    "partial told as all",
    "面向公众、月活超百万的服务须在上线前备案",
    "所有生成式 AI 服务须在上线前备案",
  ),
  P("h4-policy", "year changed", "2027 年 3 月 1 日起施行", "2027 年 1 月 1 日起施行"),
  // h4-ablation
  P("h4-ablation", "pending told as done", "论文已投 ICLR 2027，仍在评审", "论文已被 ICLR 2027 接收"),
  P(
    "h4-ablation",
    "figures swapped",
    "去掉重排序为 61.2%，只用单层检索为 56.0%",
    "去掉重排序为 56.0%，只用单层检索为 61.2%",
  ),
  P("h4-ablation", "comparison inverted", "反而比基线低 2.3 个百分点", "也比基线高 2.3 个百分点"),
  P("h4-ablation", "wrong figure", "比标准 RAG 基线高 9.4 个百分点", "比标准 RAG 基线高 9.4%"),
  P("h4-ablation", "invented superlative", "提出分层记忆检索 HMR", "首次提出分层记忆检索 HMR"),
  P(
    "h4-ablation",
    "invented link",
    "https://github.com/qinglan-nlp/hmr",
    "https://github.com/lingnan-ai/hmr",
  ),
  P("h4-ablation", "partial told as all", "且只在中英文数据上测试过", "且已在多种语言上全面测试"),
  P("h4-ablation", "unit scaled", "推理显存 21GB", "推理显存 21TB"),
  P("h4-ablation", "figure to another entity", "Llama-3-70B（64.5%）", "Llama-3-70B（59.7%）"),
  P("h4-ablation", "version changed", "Llama-3-70B", "Llama-3.1-70B"),
  // h4-conference
  P("h4-conference", "wrong speaker", "灵犀大学教授陈楠指出", "星火云 CTO 王屹指出"),
  P(
    "h4-conference",
    "wrong speaker",
    "远川资本合伙人刘畅称 Agent 赛道有泡沫",
    "灵犀大学教授陈楠称 Agent 赛道有泡沫",
  ),
  P(
    "h4-conference",
    "estimate told as confirmed",
    "CTO 王屹预计明年推理价格至少再降一半",
    "CTO 王屹宣布明年推理价格将再降一半",
  ),
  P(
    "h4-conference",
    "invented quote",
    "刘畅表示远川资本明年在 Agent 方向不会减速",
    "刘畅直言「明年我们会把 Agent 投资翻倍」",
  ),
  P("h4-conference", "wrong role", "教授陈楠", "副教授陈楠"),
  P("h4-conference", "wrong figure", "成功率普遍不足四成", "成功率普遍不足六成"),
  P("h4-conference", "period moved", "2027 年秋天移师深圳", "2027 年春天移师深圳"),
  P("h4-conference", "wrong figure", "投了 9 个项目", "投了 19 个项目"),
  // h4-incident
  P(
    "h4-incident",
    "estimate told as confirmed",
    "白帽实验室则估计受影响用户可能多达 50 万",
    "官方确认受影响用户多达 50 万",
  ),
  P("h4-incident", "negation flipped", "暴露数据不含支付信息和身份证号", "暴露数据包含支付信息和身份证号"),
  P("h4-incident", "negation flipped", "目前未发现被滥用的证据", "已发现数据被滥用的证据"),
  P("h4-incident", "unit scaled", "被公开访问约 9 天", "被公开访问约 9 周"),
  P(
    "h4-incident",
    "figures swapped",
    "约 12,000 名用户的对话记录遭暴露，涉及约 34 万条对话",
    "约 34 万名用户的对话记录遭暴露，涉及约 12,000 条对话",
  ),
  P(
    "h4-incident",
    "pending told as done",
    "计划在 12 月底前完成全部日志服务器的安全审计",
    "已完成全部日志服务器的安全审计",
  ),
  P("h4-incident", "year changed", "知了 AI 于 11 月 5 日关闭服务器", "知了 AI 于 11 月 3 日当天关闭服务器"),
  P("h4-incident", "negation flipped", "知了 AI 不认可这一估计", "知了 AI 认可这一估计"),
  P("h4-incident", "invented quote", "这不是黑客攻击，而是最基础的配置失误", "这是一次有组织的黑客攻击"),
  P("h4-incident", "wrong figure", "一年免费会员", "三年免费会员"),
  // h4-funding
  P("h4-funding", "lead investor swapped", "启航资本领投，华岳基金", "华岳基金领投，启航资本"),
  P(
    "h4-funding",
    "estimate told as confirmed",
    "公司未披露估值，媒体报道投后约 25 亿美元",
    "公司披露投后估值为 25 亿美元",
  ),
  P("h4-funding", "currency changed", "视频生成公司深瞳智能完成 3 亿美元", "视频生成公司深瞳智能完成 3 亿元"),
  P("h4-funding", "wrong figure", "C 轮融资，启航", "D 轮融资，启航"),
  P("h4-funding", "ratio told as change", "为去年同期的三倍", "同比增长三倍"),
  P("h4-funding", "pending told as done", "计划明年在新加坡设立海外总部，仍在选址", "已在新加坡设立海外总部"),
  P("h4-funding", "negation flipped", "尚未盈利", "已实现盈利"),
  P("h4-funding", "unit scaled", "付费用户约 18 万", "付费用户约 180 万"),
  P("h4-funding", "year changed", "公司成立于 2022 年", "公司成立于 2020 年"),
  // h4-roundup
  P("h4-roundup", "figure to another entity", "北斗云主力模型 API 降价四成", "极光模型 API 降价四成"),
  P("h4-roundup", "condition dropped", "只针对按量付费用户，包年客户不受影响", "所有用户均适用"),
  P(
    "h4-roundup",
    "figures swapped",
    "MMMU 得分 68.7，较上一代提升 5.2 分，ChartCN 得分 81.3",
    "MMMU 得分 81.3，较上一代提升 5.2 分，ChartCN 得分 68.7",
  ),
  P("h4-roundup", "licence widened", "暂不开源", "同步开源"),
  P("h4-roundup", "estimate told as confirmed", "据员工透露约 120 人被裁", "公司确认约 120 人被裁"),
  P("h4-roundup", "partial told as all", "研发团队不受影响", "研发团队也在裁员范围内"),
  P("h4-roundup", "comparison inverted", "较年初减少约 30%", "较年初增长约 30%"),
  P("h4-roundup", "wrong figure", "输出由 8 元降到 4.8 元", "输出由 8 元降到 0.48 元"),
];
