// Held-out set 3, Chinese articles (part a). Written without reading the verifier's rules; fictional
// companies, people and figures. Each entry is written the way DeepSeek/Qwen/GLM/Kimi/GPT-4o write them.
import type { Entry } from "../../../src/model/entry.ts";
import type { ArticleEvidence } from "../../../src/verify/index.ts";
import { b, entry, link } from "./entry-helpers.ts";

export interface Heldout3Case {
  id: string;
  article: ArticleEvidence;
  entry: Entry;
}

export const art = (
  title: string,
  publisher: string,
  text: string,
  links: ArticleEvidence["links"] = [],
): ArticleEvidence => ({ title, text, links, publisher });

export const HELDOUT3_ZH_A: Heldout3Case[] = [
  {
    id: "h3-agent-incident",
    article: art(
      "事故复盘｜一个客服 Agent 误删了 1.3 万名用户的工单，栈云科技公布完整时间线",
      "机器之心",
      `机器之心报道
编辑：小舟、陈萍

一次权限配置失误，让 AI Agent 在生产环境里「自作主张」了 47 分钟。

11 月 18 日，国内云服务商栈云科技发布了一份事故复盘报告，详细披露了其智能客服 Agent「小栈」在 11 月 12 日误删用户工单的经过。报告显示，事故共影响约 1.3 万名企业用户，涉及工单 8.6 万条，其中 96.4% 已通过备份恢复，剩余约 3,100 条工单无法恢复。

事故经过

根据报告，当天下午 14:05，运维团队为「小栈」上线了一个新的工单归档工具。由于该工具沿用了管理员级别的数据库权限，Agent 在处理「清理重复工单」的请求时，将一批状态为「待处理」的工单判断为重复并执行了删除。直到 14:52，值班工程师才通过告警发现异常并手动停用了该工具，前后持续 47 分钟。

报告写道：「模型本身并没有越权，越权的是我们给它的工具。」

栈云科技 CTO 韩立新在接受机器之心采访时表示：「我们低估了 Agent 调用工具时的爆炸半径。今后所有具备写权限的工具，都必须经过人工二次确认才能执行。」

整改措施

栈云科技在报告中列出了三项整改措施：
1. 所有写操作工具默认降级为只读权限，写权限需单独申请；
2. 删除类操作引入「软删除」机制，数据保留 30 天；
3. 计划在 2027 年第一季度前上线 Agent 行为审计平台，对所有工具调用进行全量记录。

值得注意的是，报告并未给出对受影响用户的具体赔偿方案，仅表示将「逐一沟通」。

安全研究员、清源实验室负责人周沐阳认为，这类事故并非个例：「几乎所有接入工具的 Agent 都存在类似风险，只是大多数公司没有公开。」

图：事故时间线（来源：栈云科技复盘报告）

参考链接：
https://www.zhanyun.example/blog/incident-1112
https://github.com/zhanyun/agent-guard`,
      [
        { text: "复盘报告", href: "https://www.zhanyun.example/blog/incident-1112" },
        { text: "agent-guard", href: "https://github.com/zhanyun/agent-guard" },
      ],
    ),
    entry: entry({
      org: "栈云科技",
      title: "栈云科技复盘客服 Agent 误删工单事故",
      summary:
        "栈云科技公布客服 Agent「小栈」误删工单事故的复盘：因新上线的归档工具沿用了管理员级数据库权限，Agent 在 47 分钟内误删了 8.6 万条工单，波及约 13,000 名企业用户。",
      core: [
        b("事故原因｜新工单归档工具沿用管理员级权限，Agent 把「待处理」工单误判为重复后执行删除。"),
        b("时间线｜14:05 上线工具，14:52 值班工程师通过告警发现并停用，历时 47 分钟。"),
      ],
      results: [
        b("恢复情况｜96.4% 的工单已通过备份恢复，约 3,100 条无法恢复。"),
        b("整改｜写操作工具默认降级为只读；删除改为软删除，数据保留 30 天。"),
        b("规划｜计划于 2027 年 Q1 前上线 Agent 行为审计平台，全量记录工具调用。"),
      ],
      insights: [
        b("观点｜CTO 韩立新称低估了 Agent 调用工具时的「爆炸半径」，今后有写权限的工具都需人工二次确认。"),
        b("局限｜报告没有给出具体赔偿方案，只说会逐一沟通。"),
        b("行业｜清源实验室负责人周沐阳认为几乎所有接入工具的 Agent 都有类似风险。"),
      ],
      resources: [
        link("事故复盘报告", "https://www.zhanyun.example/blog/incident-1112"),
        link("GitHub", "https://github.com/zhanyun/agent-guard"),
      ],
    }),
  },
  {
    id: "h3-funding-round",
    article: art(
      "新智元独家｜灵枢机器人完成 12 亿元 B 轮融资，投后估值 85 亿，一年涨了近三倍",
      "新智元",
      `新智元报道
编辑：桃子 好困

【新智元导读】具身智能赛道再迎大额融资。灵枢机器人宣布完成 12 亿元 B 轮融资，由远山资本领投，北辰投资、青松基金跟投，老股东星河创投超额跟投。

今天，具身智能公司灵枢机器人宣布完成 12 亿元人民币 B 轮融资。

本轮由远山资本领投，北辰投资、青松基金跟投，老股东星河创投继续超额跟投。融资完成后，公司投后估值达到 85 亿元。

作为对比，灵枢机器人在 2025 年 10 月完成的 A 轮融资中，融资额为 4 亿元，投后估值为 30 亿元。

| 轮次 | 时间 | 融资额 | 投后估值 | 领投方 |
| --- | --- | --- | --- | --- |
| 天使轮 | 2024 年 6 月 | 8000 万元 | 6 亿元 | 星河创投 |
| A 轮 | 2025 年 10 月 | 4 亿元 | 30 亿元 | 北辰投资 |
| B 轮 | 2026 年 11 月 | 12 亿元 | 85 亿元 | 远山资本 |

灵枢机器人创始人兼 CEO 唐一鸣表示，本轮资金将主要用于双臂操作机器人「灵枢 L2」的量产，目标是在 2027 年实现年交付 5,000 台。

目前，灵枢 L2 已在三家汽车零部件工厂开展试点，累计交付 320 台。

远山资本合伙人许曼在接受新智元采访时称：「我们看中的不是 Demo，而是他们在工厂里跑出来的数据。」

值得一提的是，灵枢机器人并非国内估值最高的具身智能公司。据新智元不完全统计，国内至少有 4 家同类公司估值超过 100 亿元。

参考资料：
https://www.lingshu-robot.example/news/series-b`,
      [{ text: "官方公告", href: "https://www.lingshu-robot.example/news/series-b" }],
    ),
    entry: entry({
      org: "灵枢机器人",
      title: "Lingshu Robotics raises RMB 1.2B Series B at RMB 8.5B valuation",
      summary:
        "Embodied-AI startup Lingshu Robotics closed a RMB 1.2 billion Series B led by Yuanshan Capital, with Beichen Investment and Qingsong Fund joining and existing backer Xinghe Ventures over-subscribing; the post-money valuation is RMB 8.5 billion.",
      core: [
        b(
          "Use of funds｜Mainly for mass production of the dual-arm robot Lingshu L2, targeting 5,000 units a year in 2027.",
        ),
        b("Deployment｜L2 is piloting in three auto-parts factories, with 320 units delivered so far."),
      ],
      results: [
        b(
          "Prior round｜The Series A in October 2025 raised RMB 400 million at a RMB 3 billion post-money valuation.",
        ),
        b(
          "Angel｜The June 2024 angel round raised RMB 80 million at a RMB 600 million valuation, led by Xinghe Ventures.",
        ),
      ],
      insights: [
        b(
          "Investor view｜Yuanshan partner Xu Man said the firm backed the data from factory deployments, not the demos.",
        ),
        b(
          "Context｜Lingshu is not China's most valuable embodied-AI company: at least four peers are valued above RMB 10 billion.",
        ),
      ],
      resources: [link("Announcement", "https://www.lingshu-robot.example/news/series-b")],
    }),
  },
  {
    id: "h3-benchmark-dispute",
    article: art(
      "量子位｜CodeArena 榜首成绩被指无法复现，澄明 AI 撤回榜单提交",
      "量子位",
      `梦晨 发自 凹非寺
量子位 | 公众号 QbitAI

上周登顶 CodeArena 代码榜单的澄明 AI，今天撤回了自己的提交。

事情起因是，开源社区开发者在复现澄明 AI 的 Clarity-Coder-34B 时发现，官方报告的 71.2% 通过率无法复现，多次复现的平均成绩只有 63.5%。

随后，CodeArena 维护方发布声明称，经核查，Clarity-Coder-34B 提交时使用的评测脚本与官方版本不一致，其中有 41 道题的测试用例被跳过。

| 模型 | 官方报告 | 社区复现 | 榜单名次（撤回前） |
| --- | --- | --- | --- |
| Clarity-Coder-34B | 71.2% | 63.5% | 1 |
| Nova-Code-70B | 68.9% | 68.4% | 2 |
| Qwen-Coder-Pro | 67.1% | 66.8% | 3 |

撤回后，Nova-Code-70B 升至榜首。

澄明 AI 联合创始人沈泽在微博回应称：「这是我们的流程问题，不是有意为之。我们会在两周内公开完整的评测日志。」

不过，也有研究者对此持保留态度。复旦大学副教授林知远表示：「跳过的 41 道题恰好都是最难的那一档，很难说是巧合。」

CodeArena 维护方表示，今后所有提交都必须附带可复现的评测容器，否则不予上榜。

值得注意的是，这并不是 CodeArena 第一次出现撤回事件。今年 3 月，另一家公司也曾因数据污染问题撤回过成绩。

参考链接：
https://codearena.example/announcements/2026-11-clarity`,
      [{ text: "CodeArena 声明", href: "https://codearena.example/announcements/2026-11-clarity" }],
    ),
    entry: entry({
      org: "澄明 AI",
      title: "澄明 AI 撤回 CodeArena 榜首成绩",
      summary:
        "澄明 AI 的 Clarity-Coder-34B 在 CodeArena 上报告的 71.2% 通过率被社区复现为约 63.5%，维护方核查发现其评测脚本跳过了 41 道题，澄明 AI 随后撤回提交，Nova-Code-70B 升至第一。",
      core: [
        b("争议起因｜社区开发者多次复现的平均成绩仅 63.5%，明显低于官方报告的 71.2%。"),
        b("核查结论｜提交所用评测脚本与官方版本不一致，41 道题的测试用例被跳过。"),
      ],
      results: [
        b(
          "对比｜Nova-Code-70B 官方 68.9%、复现 68.4%；Qwen-Coder-Pro 官方 67.1%、复现 66.8%，两者复现结果与官方报告基本一致。",
        ),
        b("新规｜CodeArena 今后要求所有提交附带可复现的评测容器，否则不予上榜。"),
      ],
      insights: [
        b("回应｜联合创始人沈泽称是流程问题而非有意为之，承诺两周内公开完整评测日志。"),
        b("质疑｜复旦大学副教授林知远指出被跳过的 41 题恰好都是最难的一档。"),
        b("背景｜这不是 CodeArena 首次撤回事件，今年 3 月也有公司因数据污染撤回成绩。"),
      ],
      resources: [link("CodeArena 声明", "https://codearena.example/announcements/2026-11-clarity")],
    }),
  },
  {
    id: "h3-edge-model",
    article: art(
      "3B 模型塞进手机：星尘智能发布端侧模型 Dust-3B，首 token 延迟 180 毫秒",
      "机器之心",
      `机器之心发布

端侧大模型的竞争，正在从「能不能跑」转向「跑得多快、占多少内存」。

本周，星尘智能发布了面向手机的端侧模型 Dust-3B。据官方介绍，Dust-3B 采用 4-bit 量化后，模型文件大小约为 1.7 GB，运行时峰值内存占用为 2.1 GB。

在搭载骁龙 8 Gen 4 的测试机上，Dust-3B 的首 token 延迟为 180 毫秒，解码速度为每秒 28 个 token。

不同设备上的实测数据如下：

| 设备芯片 | 首 token 延迟 | 解码速度 | 峰值内存 |
| --- | --- | --- | --- |
| 骁龙 8 Gen 4 | 180 ms | 28 tok/s | 2.1 GB |
| 天玑 9400 | 210 ms | 24 tok/s | 2.2 GB |
| 骁龙 8 Gen 2 | 340 ms | 15 tok/s | 2.1 GB |

官方表示，在 C-Eval 上，Dust-3B 得分 68.3，高于上一代 Dust-2B 的 61.7。但在长文本任务上，Dust-3B 的上下文窗口仅为 8K，明显短于云端模型。

星尘智能端侧负责人陆晓帆介绍：「我们在注意力层做了分组共享，这让 KV 缓存减少了约 40%。」

需要指出的是，上述延迟数据均在关闭省电模式的条件下测得；开启省电模式后，解码速度会下降约三分之一。

Dust-3B 的权重以 Apache 2.0 协议开源，但目前仅提供 4-bit 量化版本，尚未开放 FP16 权重。

图：Dust-3B 在三款芯片上的首 token 延迟对比

项目地址：
https://huggingface.co/stardust/Dust-3B-int4
https://github.com/stardust-ai/dust-mobile`,
      [
        { text: "Hugging Face", href: "https://huggingface.co/stardust/Dust-3B-int4" },
        { text: "GitHub", href: "https://github.com/stardust-ai/dust-mobile" },
      ],
    ),
    entry: entry({
      org: "星尘智能",
      title: "星尘智能发布手机端侧模型 Dust-3B",
      summary:
        "星尘智能发布端侧模型 Dust-3B，4-bit 量化后约 1.7GB，在骁龙 8 Gen 4 上首 token 延迟 180ms、解码约 28 tokens/s，峰值内存 2.1GB。",
      core: [
        b("架构｜注意力层采用分组共享，KV 缓存减少约 40%。"),
        b("开源｜权重以 Apache 2.0 开源，目前只有 4-bit 量化版本，FP16 权重尚未开放。"),
      ],
      results: [
        b("多芯片实测｜天玑 9400 首 token 210ms、24 tok/s；骁龙 8 Gen 2 首 token 340ms、15 tok/s。"),
        b("能力｜C-Eval 得分 68.3，高于上一代 Dust-2B 的 61.7。"),
      ],
      insights: [
        b("局限｜上下文窗口只有 8K，明显短于云端模型。"),
        b("条件｜延迟数据在关闭省电模式时测得，开省电模式后解码速度下降约三分之一。"),
      ],
      resources: [
        link("Hugging Face", "https://huggingface.co/stardust/Dust-3B-int4"),
        link("GitHub", "https://github.com/stardust-ai/dust-mobile"),
      ],
    }),
  },
  {
    id: "h3-court-ruling",
    article: art(
      "AI 生成图片能否受著作权保护？杭州互联网法院一审判了",
      "新智元",
      `新智元报道
编辑：Aeneas

【新智元导读】一起 AI 绘画著作权纠纷迎来一审判决：法院认定，用户在生成过程中付出了独创性的智力投入，涉案图片构成作品。

11 月 20 日，杭州互联网法院对一起 AI 生成图片著作权侵权案作出一审判决。

原告为插画师钱某，她使用某 AI 绘画工具，经过 120 余轮提示词调整和局部重绘，生成了一幅名为《雨巷》的图片，并发布在社交平台上。被告某电商公司未经许可，将该图片用于商品详情页。

法院认为，原告在构图、光影和人物姿态上进行了反复选择和调整，体现了个性化表达，因此涉案图片构成美术作品，原告享有著作权。

法院判决被告赔偿原告经济损失及合理开支共计 2.8 万元，并在其店铺首页连续 7 日刊登致歉声明。原告此前主张的赔偿金额为 10 万元。

判决书同时强调：「并非所有 AI 生成的内容都构成作品。仅输入简单提示词、未体现独创性选择的，不应受到著作权保护。」

中国政法大学知识产权中心研究员戴衡表示：「这份判决的关键在于把举证责任放在了用户的创作过程上，用户需要保留完整的生成记录。」

被告当庭表示将上诉。目前判决尚未生效。

参考链接：
https://www.hzinternetcourt.example/case/2026-ai-image`,
      [{ text: "法院公告", href: "https://www.hzinternetcourt.example/case/2026-ai-image" }],
    ),
    entry: entry({
      org: "杭州互联网法院",
      title: "Hangzhou Internet Court: an AI-generated image can be a protected work",
      summary:
        "In a first-instance ruling on November 20, the Hangzhou Internet Court held that an AI image the plaintiff refined over 120+ rounds of prompting and inpainting is a work of fine art, and ordered the defendant to pay RMB 28,000.",
      core: [
        b(
          "Reasoning｜The plaintiff's repeated choices on composition, lighting and pose showed personal expression.",
        ),
        b(
          "Limit｜The court stressed that content from simple prompts without original choices should not be protected.",
        ),
      ],
      results: [
        b(
          "Damages｜RMB 28,000 for losses and costs, against RMB 100,000 claimed, plus a 7-day apology on the store's home page.",
        ),
      ],
      insights: [
        b(
          "Expert view｜Dai Heng of China University of Political Science and Law said the burden falls on the user's creative process, so keep full generation records.",
        ),
        b("Status｜The defendant said it will appeal; the judgment is not yet in force."),
      ],
      resources: [link("Court notice", "https://www.hzinternetcourt.example/case/2026-ai-image")],
    }),
  },
  {
    id: "h3-compute-subsidy",
    article: art(
      "每家最高 500 万！临江市发放 3 亿元「算力券」，补贴比例最高 50%",
      "量子位",
      `西风 发自 凹非寺
量子位 | 公众号 QbitAI

地方政府的算力补贴又加码了。

临江市经信局日前印发《临江市算力券管理办法（试行）》，宣布 2027 年将发放总额 3 亿元的算力券，用于支持本地企业购买智能算力服务。

根据办法，符合条件的企业可按实际算力支出的 30% 申请补贴；其中，从事大模型研发的企业补贴比例可提高到 50%。单个企业每年补贴上限为 500 万元。

不过，申领有一个前提：企业采购的算力必须来自纳入临江市目录的本地智算中心。

办法还明确，中小企业首次申领可获得不超过 20 万元的「体验券」，无需提供算力采购合同。

据临江市经信局介绍，截至今年 10 月，全市已建成智算中心 3 座，总算力规模约 4,500 PFLOPS；另有 2 座在建，预计 2027 年底投运后，总算力将达到 8,000 PFLOPS。

临江市经信局副局长孙启明表示：「算力券不是撒胡椒面，我们会按季度评估使用效果，对使用率低于 60% 的企业收回额度。」

图：临江市智算中心分布示意图

原文链接：
https://jxj.linjiang.example/zcwj/2026/suanliquan.html`,
      [{ text: "管理办法", href: "https://jxj.linjiang.example/zcwj/2026/suanliquan.html" }],
    ),
    entry: entry({
      org: "临江市经信局",
      title: "临江市 2027 年发放 3 亿元算力券",
      summary:
        "临江市经信局印发算力券管理办法，2027 年将发放总额 3 亿元的算力券：企业可按算力支出的 30% 申请补贴，大模型研发企业最高 50%，单家企业每年上限 500 万元。",
      core: [
        b("前提｜所购算力须来自纳入目录的本地智算中心。"),
        b("体验券｜中小企业首次申领可获不超过 20 万元的体验券，无需采购合同。"),
      ],
      results: [
        b("现状｜截至 10 月已建成 3 座智算中心，总算力约 4500 PFLOPS。"),
        b("规划｜另有 2 座在建，预计 2027 年底投运后总算力将达 8000 PFLOPS。"),
      ],
      insights: [b("监管｜副局长孙启明表示将按季度评估效果，使用率低于 60% 的企业会被收回额度。")],
      resources: [link("管理办法原文", "https://jxj.linjiang.example/zcwj/2026/suanliquan.html")],
    }),
  },
];
