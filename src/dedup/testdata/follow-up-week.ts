// A labelled fixture week for cross-day matching, written for daybrief (fictional labs, products
// and figures). Each article is one story of its day; LABELS say which earlier story a later
// article follows up or repeats, and which look-alikes are NOT linked (same org, other product;
// same product, other actor; shared page furniture such as 阅读 4 分钟 and 还有 10 天).
import type { ClusterInput } from "../article-features.ts";

export interface WeekArticle {
  key: string;
  date: string;
  title: string;
  text: string;
}

export type PairLabel = "follow-up" | "repeat" | "none";

export interface LabelledPair {
  later: string;
  /** Earlier stories any of which is a right answer (a follow-up of a follow-up may name either). */
  earlier: string[];
  label: PairLabel;
  why: string;
}

const furniture = (minutes: number, days: number) =>
  `本文阅读时间约 ${minutes} 分钟。距离年度开发者大会还有 ${days} 天，点击报名。`;

export const WEEK: WeekArticle[] = [
  // 2026-03-02
  {
    key: "A1",
    date: "2026-03-02",
    title: "OpenAI 发布 GPT-5.5：推理能力大幅提升",
    text: `OpenAI 今天发布了 GPT-5.5，在 AIME 2025 上得分 94.6%，上下文扩展到 400K。OpenAI 表示新模型将先向 Plus 用户开放，企业用户下月可用。${furniture(4, 10)}`,
  },
  {
    key: "B1",
    date: "2026-03-02",
    title: "青云实验室预告：下周开源视频模型 XModel-2",
    text: "青云实验室预告将于下周开源视频生成模型 XModel-2，可生成 20 秒的 1080p 视频。团队称模型会附带完整的训练代码。",
  },
  {
    key: "C1",
    date: "2026-03-02",
    title: "星河智能科技完成 5 亿元 A 轮融资",
    text: `北京星河智能科技完成 5 亿元 A 轮融资，由远山资本领投，资金将用于具身智能数据采集。${furniture(3, 10)}`,
  },
  {
    key: "D1",
    date: "2026-03-02",
    title: "DeepSeek 发布 V4 预览版：总参数 1.2 万亿",
    text: "DeepSeek 今天发布 V4 预览版，总参数 1.2 万亿，每次激活 370 亿参数，上下文 256K。预览版先向开发者开放申请。",
  },
  {
    key: "E1",
    date: "2026-03-02",
    title: "Anthropic 推出 Claude Code 插件市场",
    text: `Anthropic 推出 Claude Code 插件市场，首批上架 120 款插件，覆盖代码审查、测试和部署。${furniture(4, 10)}`,
  },
  {
    key: "F1",
    date: "2026-03-02",
    title: "量子位 AI 沙龙报名开启",
    text: `量子位 AI 沙龙报名开启，现场有 6 场分享。${furniture(4, 10)}`,
  },
  // 2026-03-03
  {
    key: "A2",
    date: "2026-03-03",
    title: "OpenAI 公布 GPT-5.5 技术报告：训练算力是上代 3 倍",
    text: `OpenAI 公布了 GPT-5.5 技术报告，训练算力为 GPT-5 的 3 倍，幻觉率下降 45%，在 SWE-bench 上得分 81.2%。${furniture(6, 9)}`,
  },
  {
    key: "K2",
    date: "2026-03-03",
    title: "微软 Azure 上线 GPT-5.5，覆盖 30 个区域",
    text: "微软宣布 Azure 正式上线 GPT-5.5，价格为每百万 token 2.5 美元，首批覆盖 30 个区域，企业客户可申请专属容量。",
  },
  {
    key: "C2",
    date: "2026-03-03",
    title: "星河智能科技上线首款产品星河助手",
    text: `北京星河智能科技上线首款产品星河助手，注册用户一周突破 10 万，付费转化率 8%。${furniture(3, 9)}`,
  },
  {
    key: "G2",
    date: "2026-03-03",
    title: "OpenAI 研究副总裁离职，曾负责 12 个项目",
    text: "OpenAI 研究副总裁李明宣布离职。他在 OpenAI 工作了 6 年，负责过 12 个研究项目，下一站尚未公布。",
  },
  {
    key: "D2",
    date: "2026-03-03",
    title: "DeepSeek V4 预览版来了：1.2 万亿参数",
    text: `DeepSeek 发布 V4 预览版，总参数 1.2 万亿，激活参数 370 亿，支持 256K 上下文。${furniture(5, 9)}`,
  },
  {
    key: "E2",
    date: "2026-03-03",
    title: "Claude Code 插件市场上线，首批 120 款插件",
    text: `Anthropic 的 Claude Code 插件市场上线，首批 120 款插件。${furniture(5, 9)}`,
  },
  // 2026-03-04
  {
    key: "B3",
    date: "2026-03-04",
    title: "青云实验室正式开源 XModel-2",
    text: "青云实验室正式开源 XModel-2，可生成 20 秒的 1080p 视频，权重 14B，训练代码同步公开。",
  },
  {
    key: "A3",
    date: "2026-03-04",
    title: "OpenAI 宣布 GPT-5.5 API 降价 50%",
    text: "OpenAI 宣布 GPT-5.5 API 降价 50%，输入每百万 token 1.25 美元，缓存命中的输入再打 1 折。",
  },
  {
    key: "H3",
    date: "2026-03-04",
    title: "谷歌发布 Gemini 3.5，AIME 得分超越 GPT-5.5",
    text: `谷歌发布 Gemini 3.5，在 AIME 2025 上得分 95.1%，超越 GPT-5.5 的 94.6%。${furniture(4, 8)}`,
  },
  {
    key: "D3",
    date: "2026-03-04",
    title: "DeepSeek 正式发布并开源 V4",
    text: "DeepSeek 正式发布并开源 V4，总参数 1.2 万亿，SWE-bench 得分 78.4%，API 价格为每百万 token 0.5 美元。",
  },
  {
    key: "F3",
    date: "2026-03-04",
    title: "机器之心招聘：AI 编辑与产品研究员",
    text: `机器之心招聘 AI 编辑与产品研究员，共 5 个岗位。${furniture(4, 8)}`,
  },
  // 2026-03-05
  {
    key: "E4",
    date: "2026-03-05",
    title: "Claude Code 插件市场一周：下载量破 200 万",
    text: "Anthropic 披露，Claude Code 插件市场上线一周，插件下载量突破 200 万次，开发者分成比例为 80%。",
  },
  {
    key: "C4",
    date: "2026-03-05",
    title: "星河智能科技再获 10 亿元 B 轮融资",
    text: `北京星河智能科技完成 10 亿元 B 轮融资，估值达到 80 亿元，远山资本继续跟投。${furniture(3, 7)}`,
  },
  {
    key: "I4",
    date: "2026-03-05",
    title: "Meta 开源 Llama 5：4000 亿参数",
    text: `Meta 开源 Llama 5，参数 4000 亿，支持 200 种语言。${furniture(4, 7)}`,
  },
  {
    key: "A4",
    date: "2026-03-05",
    title: "安全研究者发现 GPT-5.5 越狱漏洞",
    text: "多位安全研究者报告，GPT-5.5 存在一种新的越狱方式，成功率 23%，已提交给厂商。",
  },
  // 2026-03-06
  {
    key: "B5",
    date: "2026-03-06",
    title: "XModel-2 登顶 VBench 视频生成榜",
    text: "青云实验室的 XModel-2 登顶 VBench 榜单，总分 86.2%，超过此前排名第一的模型 1.4 个百分点。",
  },
  {
    key: "D5",
    date: "2026-03-06",
    title: "DeepSeek 开源 V4：SWE-bench 78.4%",
    text: `DeepSeek 正式开源 V4，总参数 1.2 万亿，SWE-bench 得分 78.4%，API 每百万 token 0.5 美元。${furniture(7, 6)}`,
  },
  {
    key: "J5",
    date: "2026-03-06",
    title: "新智元 AI 大会倒计时",
    text: `新智元 AI 大会倒计时 10 天，已有 3000 人报名。${furniture(4, 6)}`,
  },
  {
    key: "A5",
    date: "2026-03-06",
    title: "OpenAI 发布 GPT-5.5 mini：价格只有五分之一",
    text: "OpenAI 发布 GPT-5.5 mini，价格是 GPT-5.5 的 20%，速度快 2 倍，面向免费用户开放。",
  },
];

export const LABELS: LabelledPair[] = [
  { later: "A2", earlier: ["A1"], label: "follow-up", why: "technical report with new figures" },
  { later: "A3", earlier: ["A1", "A2"], label: "follow-up", why: "price cut of the same model" },
  { later: "B3", earlier: ["B1"], label: "follow-up", why: "release after the announcement" },
  { later: "B5", earlier: ["B1", "B3"], label: "follow-up", why: "leaderboard result of the same model" },
  { later: "D3", earlier: ["D1", "D2"], label: "follow-up", why: "open release with new figures" },
  { later: "E4", earlier: ["E1", "E2"], label: "follow-up", why: "one-week figures of the same market" },
  { later: "C4", earlier: ["C1"], label: "follow-up", why: "the next round of the same company" },
  { later: "D2", earlier: ["D1"], label: "repeat", why: "same facts, new reading time" },
  { later: "E2", earlier: ["E1"], label: "repeat", why: "same facts, new countdown" },
  { later: "D5", earlier: ["D3"], label: "repeat", why: "same facts, new furniture" },
  { later: "K2", earlier: ["A1"], label: "none", why: "same model, another actor (Microsoft)" },
  { later: "G2", earlier: ["A1"], label: "none", why: "same org, other subject (a departure)" },
  { later: "C2", earlier: ["C1"], label: "none", why: "same company, other subject (a product)" },
  { later: "H3", earlier: ["A1"], label: "none", why: "GPT-5.5 only as comparison" },
  { later: "H3", earlier: ["A2"], label: "none", why: "GPT-5.5 only as comparison" },
  { later: "F3", earlier: ["F1"], label: "none", why: "shared reading time and countdown only" },
  { later: "J5", earlier: ["F1"], label: "none", why: "shared countdown only" },
  { later: "J5", earlier: ["F3"], label: "none", why: "shared reading time only" },
  { later: "I4", earlier: ["E1"], label: "none", why: "shared reading time only" },
  { later: "A4", earlier: ["A1", "A2", "A3"], label: "none", why: "same model, another actor" },
  { later: "A5", earlier: ["A1", "A2", "A3"], label: "none", why: "another model (mini)" },
  { later: "C4", earlier: ["C2"], label: "none", why: "funding is not the product launch" },
  { later: "F3", earlier: ["E1"], label: "none", why: "shared furniture only" },
  { later: "I4", earlier: ["F1"], label: "none", why: "shared furniture only" },
];

/** The week's articles as dedup inputs (one source per article, ids in order). */
export function weekInputs(): Array<ClusterInput & { key: string; date: string }> {
  return WEEK.map((a, i) => ({
    id: i + 1,
    key: a.key,
    date: a.date,
    title: a.title,
    text: a.text,
    url: `https://example.com/week/${a.key}`,
    sourceId: `s${i % 4}`,
    publishedAt: `${a.date}T02:00:00.000Z`,
  }));
}
