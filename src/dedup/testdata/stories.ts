import type { ClusterInput } from "../article-features.ts";

/**
 * Article sets written for these tests (original text; the events are made up). Ids: 1x the GLM
 * story in three wordings plus a repost, 2x a different multimodal release the same day, 3x two
 * Claude Code articles with different angles, 4x one WeChat article reached by two link shapes,
 * 5x the next day (a follow-up with new figures, and a plain repeat).
 */
const base = (id: number, sourceId: string, sourceName: string, publishedAt: string) => ({
  id,
  sourceId,
  sourceName,
  publishedAt,
  url: `https://example.com/${sourceId}/${id}`,
});

export const glmJiqizhixin: ClusterInput = {
  ...base(11, "jiqizhixin", "机器之心", "2026-02-04T02:10:00.000Z"),
  title: "智谱开源GLM-5V：1060亿参数多模态模型，MMMU得分78.2%",
  text: `今天上午，智谱正式开源了新一代多模态大模型 GLM-5V。该模型总参数量为 1060亿，采用混合专家架构，每次推理激活约 120亿参数。

在多项视觉理解基准上，GLM-5V 表现突出：MMMU 得分 78.2%，MathVista 得分 81.5%，在视频理解任务上也超过了同规模的开源模型。模型支持 128K 上下文，可以一次读入长达一小时的视频。

智谱表示，GLM-5V 的推理速度相比上一代提升了 3 倍，部署成本下降约 60%。模型权重已在 Hugging Face 和魔搭社区上线，采用 MIT 许可证，允许商用。

团队在技术博客中介绍，这一代模型重点改进了图表、文档和界面截图的理解能力，可以直接根据网页截图生成前端代码。智谱同时发布了配套的桌面智能体，能够操作电脑完成多步任务。

对于开发者来说，GLM-5V 也提供了 API 服务，输入价格为每百万 tokens 2元。`,
};

export const glmXinzhiyuan: ClusterInput = {
  ...base(12, "xinzhiyuan", "新智元", "2026-02-04T03:40:00.000Z"),
  title: "刚刚，GLM-5V开源！智谱多模态新王，128K上下文看懂一小时视频",
  text: `就在刚刚，智谱把新一代视觉语言模型 GLM-5V 开源了。

这次的 GLM-5V 是一个 1060亿参数的 MoE 模型，激活参数约 120亿。官方公布的成绩显示，它在 MMMU 上拿到 78.2%，MathVista 81.5%，视频理解同样处于开源第一梯队。

最让人印象深刻的是长视频能力：得益于 128K 上下文窗口，GLM-5V 可以完整看完一段一小时的视频再回答问题。

速度方面，新模型推理比上一代快了 3 倍，成本降低了约 60%。网友实测，上传一张网页截图，它就能写出几乎可以直接运行的前端代码。

目前模型已经在 Hugging Face 开放下载，许可证为 MIT。API 定价为每百万 tokens 2元，开发者可以马上试用。`,
};

export const glmQbitai: ClusterInput = {
  ...base(13, "qbitai", "量子位", "2026-02-04T05:05:00.000Z"),
  title: "智谱GLM-5V开源，多模态跑分超越同级，推理提速3倍",
  text: `智谱发布并开源多模态模型 GLM-5V。

量子位梳理了这次发布的要点：
一是规模，GLM-5V 总参数 1060亿，激活约 120亿；
二是能力，MMMU 78.2%，MathVista 81.5%，同时支持 128K 长上下文；
三是效率，推理速度是上一代的 3 倍，部署成本降低约 60%。

在实际体验中，我们让 GLM-5V 阅读一份几十页的财报 PDF，它能准确找出图表里的关键数字。让它看一张 App 界面截图，它也能复原出对应的前端代码。

模型以 MIT 协议开源，可在 Hugging Face 下载，API 价格为每百万 tokens 2元。智谱还表示，后续会公布完整的技术报告。`,
};

export const glmRepost: ClusterInput = {
  ...base(14, "aggregator", "AI 文摘", "2026-02-04T08:00:00.000Z"),
  title: "转载｜一小时视频也能看懂：GLM-5V 开源了",
  text: `本文转自机器之心，已获授权。

${glmJiqizhixin.text}`,
};

export const qwenOmni: ClusterInput = {
  ...base(21, "jiqizhixin", "机器之心", "2026-02-04T06:30:00.000Z"),
  title: "阿里发布Qwen3.5-Omni：全模态模型，实时语音对话延迟降到200毫秒",
  text: `阿里通义团队今天发布了全模态大模型 Qwen3.5-Omni。它可以同时理解文本、图像、音频和视频，并以文本或语音实时回复。

Qwen3.5-Omni 最大的亮点是语音交互：端到端语音对话的首包延迟降到 200毫秒，支持 19 种语言和多种方言。在语音识别基准 Fleurs 上，它的词错误率比上一代降低了 25%。

模型提供 7B 和 32B 两个尺寸，7B 版本可以在消费级显卡上运行。阿里表示，Qwen3.5-Omni 已经接入通义 App，用户可以直接和它视频通话。

团队还开源了配套的语音合成模块，并公布了训练细节：模型在 2000万小时的音频数据上进行了预训练。`,
};

export const qwenOmniXinzhiyuan: ClusterInput = {
  ...base(22, "xinzhiyuan", "新智元", "2026-02-04T07:10:00.000Z"),
  title: "多模态大战升级！阿里全模态Qwen3.5-Omni来了，能听会说还能视频通话",
  text: `同一天，另一场多模态发布也来了：阿里推出全模态模型 Qwen3.5-Omni。

和只看图的视觉模型不同，Qwen3.5-Omni 能听、能看、能说。实时语音对话的延迟只有 200毫秒左右，支持 19 种语言。模型有 7B 和 32B 两个版本，其中 7B 可以本地部署。

新智元实测了视频通话功能：把手机镜头对准书桌，它能一边看一边讲解桌上的电路板。

训练数据方面，官方透露用了 2000万小时的音频。`,
};

export const claudePlugins: ClusterInput = {
  ...base(31, "qbitai", "量子位", "2026-02-04T01:20:00.000Z"),
  title: "Claude Code上线插件市场，开发者可一键安装团队工具",
  text: `Anthropic 宣布 Claude Code 推出插件市场。开发者可以把常用的斜杠命令、子智能体和 MCP 服务器打包成插件，在团队内共享，也可以从公开市场一键安装。

官方首批上架了 40 多个插件，涵盖代码审查、测试生成、数据库迁移等场景。企业管理员可以为整个组织指定允许使用的插件列表。

Anthropic 表示，插件机制让 Claude Code 从单人工具变成了团队平台，不同项目可以共用同一套工作流配置。插件市场目前处于公开测试阶段，所有付费用户都可以使用。`,
};

export const claudeRefactor: ClusterInput = {
  ...base(32, "jiqizhixin", "机器之心", "2026-02-04T09:45:00.000Z"),
  title: "我用Claude Code重构了十万行遗留代码：三个月的经验与教训",
  text: `一位后端工程师在博客中分享了他用 Claude Code 重构公司遗留系统的经历。这个系统有十万行 Java 代码，最早写于 2012 年，几乎没有测试。

他的做法是先让 Claude Code 为每个模块补写特征测试，再分批替换旧的数据访问层。三个月后，测试覆盖率从 5% 提升到 70%，线上故障数明显下降。

他也总结了教训：模型一次改动的范围不能太大，否则审查成本会超过收益；提示里必须写清楚项目约定；遇到并发相关的代码，仍然需要人工逐行确认。

他认为，Claude Code 更像一个不知疲倦的结对同事，而不是可以完全放手的自动化工具。`,
};

const LONG =
  "http://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2651012345&idx=2&sn=9f8e7d6c5b4a&chksm=84e4a1b2&scene=27#wechat_redirect";
const SHORT = "https://mp.weixin.qq.com/s/Xk3bT9QwErTy-uIoPaSdFg";

/** One WeChat article: the feed gave the short link, a bridge the long one; the page declares the long one. */
export const wechatShort: ClusterInput = {
  ...base(41, "jiqizhixin", "机器之心", "2026-02-04T10:00:00.000Z"),
  url: SHORT,
  declaredUrl: LONG.replace(/&/g, "&amp;"),
  title: "具身智能周报：三家机器人公司完成新一轮融资",
  text: "本周具身智能领域共有三家公司宣布完成融资，合计金额超过 20亿元。",
};

export const wechatLong: ClusterInput = {
  ...base(42, "bridge", "机器之心（镜像）", "2026-02-04T10:05:00.000Z"),
  url: `${LONG.replace("scene=27", "scene=21&from=timeline&utm_source=rss")}`,
  title: "具身智能周报｜三家机器人公司完成新一轮融资",
  text: "本周，具身智能领域有三家公司宣布完成融资，合计超过 20亿元。",
};

export const dayOne: ClusterInput[] = [
  glmJiqizhixin,
  glmXinzhiyuan,
  glmQbitai,
  glmRepost,
  qwenOmni,
  qwenOmniXinzhiyuan,
  claudePlugins,
  claudeRefactor,
  wechatShort,
  wechatLong,
];

/** The next day: the technical report adds figures, so this is a follow-up. */
export const glmFollowUp: ClusterInput = {
  ...base(51, "xinzhiyuan", "新智元", "2026-02-05T03:00:00.000Z"),
  title: "GLM-5V技术报告公布：2.4万张GPU训练，30万亿tokens数据",
  text: `昨天开源的 GLM-5V，今天公布了完整技术报告。

报告显示，GLM-5V 在 2.4万张 GPU 上训练了约 90天，预训练数据量达到 30万亿 tokens，其中图文交错数据占 35%。模型总参数 1060亿，激活约 120亿，支持 128K 上下文。

智谱在报告中详细介绍了视频理解的做法：把一小时的视频按每秒 2 帧抽样，再用压缩模块把视觉 token 数量减少 4 倍。

报告还给出了更多评测：在文档理解基准 DocVQA 上得分 96.1%，在界面理解基准 ScreenSpot 上得分 88.4%。`,
};

/** The next day: another outlet retells the release with the same facts — a repeat. */
export const glmRepeat: ClusterInput = {
  ...base(52, "aibase", "AIbase", "2026-02-05T02:00:00.000Z"),
  title: "智谱开源多模态模型GLM-5V，MMMU得分78.2%，推理提速3倍",
  text: `智谱开源了多模态大模型 GLM-5V，总参数 1060亿，激活参数约 120亿。

GLM-5V 在 MMMU 上得分 78.2%，MathVista 得分 81.5%，支持 128K 上下文，推理速度比上一代提升 3 倍，部署成本下降约 60%。

模型采用 MIT 许可证开源，可在 Hugging Face 下载，API 价格为每百万 tokens 2元。`,
};
