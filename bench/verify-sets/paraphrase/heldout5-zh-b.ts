// Held-out set 5, Chinese articles (part b): a data centre by phases, a two-founder roundtable, an
// open model under a non-commercial licence (English entry), a city's compute-voucher rules, a default
// model switched from one model to another (English entry). Written before opening src/verify;
// fictional companies, people and figures (known orgs keep their names, the events are made up).
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT5_ZH_B: Heldout3Case[] = [
  {
    id: "h5-datacenter",
    article: art(
      "西部今年最大智算中心一期投产：3.2 EFLOPS，二期明年夏天完工",
      "新智元",
      `新智元报道
编辑：编辑部

【新智元导读】西部今年投产规模最大的智算中心一期投产，算力规模 3.2 EFLOPS，二期预计 2027 年夏季完工。

11 月 26 日，位于宁夏中卫的「星河智算中心」一期正式投产。项目由星河数科投资建设，总投资约 85 亿元，其中一期投资 32 亿元。

一期部署约 1.2 万张 AI 加速卡，FP16 算力规模为 3.2 EFLOPS，配套存储容量 180PB。二期预计 2027 年夏季完工，届时总算力将达到 8 EFLOPS。

星河数科称，得益于当地年均气温较低，数据中心 PUE 设计值为 1.15。中心 80% 的电力来自风电和光伏。

目前一期已签约算力约 70%，客户主要为互联网公司和高校。星河数科董事长贺岚表示：「西部的电价优势，会让训练成本降低 30% 左右。」

据了解，该项目是今年西部地区投产规模最大的智算中心。`,
    ),
    entry: entry({
      org: "星河数科",
      title: "星河智算中心一期在宁夏中卫投产，算力 3.2 EFLOPS",
      summary:
        "星河数科投资建设的宁夏中卫星河智算中心一期投产，部署约 1.2 万张 AI 加速卡，FP16 算力 3.2 EFLOPS。项目总投资约 85 亿元，二期预计 2027 年夏季完工，届时总算力达 8 EFLOPS。",
      core: [
        b("投资｜一期投资 32 亿元，约占总投资的 38%。"),
        b("存储｜配套存储容量 180PB。"),
        b("能效｜设计 PUE 为 1.15，星河数科将其归因于当地年均气温较低；八成电力来自风电和光伏。"),
      ],
      results: [b("签约｜一期约七成算力已签约，客户以互联网公司和高校为主。")],
      insights: [
        b("成本｜董事长贺岚称西部电价优势可使训练成本降低约 30%。"),
        b("规模｜据称是今年西部地区投产规模最大的智算中心。"),
      ],
    }),
  },
  {
    id: "h5-roundtable",
    article: art(
      "对话｜两位 Agent 创业者的分歧：垂直还是通用？",
      "机器之心",
      `机器之心原创
作者：吴昕

帆图智能做财税 Agent，青禾科技做通用 Agent。两家公司的创始人对 Agent 的下一步看法截然不同。机器之心邀请帆图智能 CEO 易帆、青禾科技 CTO 陆青禾做了一次对谈。

机器之心：先说说各自的进展。

易帆：帆图目前服务 600 多家企业客户，年经常性收入（ARR）大约 1,800 万元。我们只做财税这一个垂直场景。

陆青禾：青禾上个月发布了通用 Agent「青禾 Go」，内测用户 5 万人，付费转化率 4.2%。

机器之心：为什么选择不同的路线？

易帆：通用 Agent 在未来两年内都不会真正可用。客户要的是稳定，不是惊艳。

陆青禾：垂直 Agent 的天花板太低，我们押注通用。

机器之心：你们有共识吗？

易帆：有。模型成本下降是最大的变量，今年我们的单次任务推理成本已经降了 80%。

陆青禾：同意。明年谁的成本低，谁就能活下来。`,
    ),
    entry: entry({
      org: "帆图智能 / 青禾科技",
      title: "Agent 创业者对谈：帆图易帆做垂直，青禾陆青禾押通用",
      summary:
        "机器之心对话帆图智能 CEO 易帆与青禾科技 CTO 陆青禾：帆图只做财税垂直 Agent，服务 600 多家企业，ARR 约 1800 万元；青禾上月发布通用 Agent「青禾 Go」，内测用户 5 万、付费转化率 4.2%。",
      core: [
        b("垂直｜易帆认为通用 Agent 两年内都不会真正可用，客户要的是稳定而非惊艳。"),
        b("通用｜陆青禾认为垂直 Agent 天花板太低，因此押注通用。"),
      ],
      results: [b("成本｜易帆称今年帆图单次任务的推理成本已下降 80%。")],
      insights: [b("共识｜两人都认为模型成本下降是最大的变量，陆青禾称明年成本更低的公司才能活下来。")],
    }),
  },
  {
    id: "h5-mirage",
    article: art(
      "幻镜实验室开源 140 亿参数视频模型 Mirage-V，仅限非商业用途",
      "量子位",
      `克雷西 发自 凹非寺
量子位 | 公众号 QbitAI

幻镜实验室今天开源了视频生成模型 Mirage-V，参数量 140 亿，权重文件约 28GB。

不过，Mirage-V 采用 CC BY-NC 4.0 协议，仅限非商业用途。商业授权需要单独联系幻镜实验室。

Mirage-V 可以生成最长 12 秒、720p 的视频。在 VBench 上，Mirage-V 总分 84.6，官方称这是开源视频模型中的最高分，但仍低于闭源的 Sora 2（86.1）。

推理需要至少 48GB 显存，生成一段 5 秒视频在单张 H100 上约需 90 秒。

训练数据包括约 4,500 万段视频片段，幻镜实验室表示数据均已获得授权，但未公布具体来源。

团队负责人程野表示，1080p 版本预计明年一季度发布。`,
    ),
    entry: entry({
      org: "幻镜实验室",
      title: "Mirage-V: a 14B open video model, non-commercial only",
      summary:
        "幻镜实验室 open-sourced Mirage-V, a 14-billion-parameter video generation model with about 28 GB of weights, under CC BY-NC 4.0: non-commercial use only, with commercial licences negotiated separately.",
      core: [
        b("Output｜Clips of up to 12 seconds at 720p."),
        b(
          "Hardware｜Needs at least 48 GB of VRAM; a 5-second clip takes about a minute and a half on a single H100.",
        ),
      ],
      results: [
        b(
          "VBench｜84.6 overall, which the lab calls the best among open video models, still below closed-source Sora 2 at 86.1.",
        ),
      ],
      insights: [
        b(
          "Data｜Trained on about 45 million video clips the lab says are licensed, without naming the sources.",
        ),
        b("Roadmap｜Team lead 程野 expects a 1080p version in the first quarter of next year."),
      ],
    }),
  },
  {
    id: "h5-voucher",
    article: art(
      "苏州算力券细则出炉：中小企业每年最高补 500 万元",
      "机器之心",
      `机器之心报道
编辑：大盘鸡

12 月 1 日，苏州市工信局发布《苏州市算力券实施细则》，自 2027 年 1 月 1 日起施行，有效期两年。

细则规定，算力券面向在苏州注册的中小企业，用于购买本地智算中心的算力服务，单家企业每年最高可获 500 万元补贴，补贴比例不超过实际支出的 40%。大型企业和外地注册企业不在补贴范围内。

申报分为春季和秋季两批，每批受理期 30 天。

苏州市今年安排算力券资金总额 3 亿元。工信局相关负责人表示，去年试点期间共发放算力券 1.1 亿元，惠及 260 家企业。

细则还要求，获得补贴的企业须在次年 3 月底前提交使用报告，否则将被追回补贴。`,
    ),
    entry: entry({
      org: "苏州市工信局",
      title: "苏州算力券实施细则：中小企业每年最高 500 万元",
      summary:
        "苏州市工信局发布算力券实施细则，2027 年 1 月 1 日起施行、有效期两年。在苏州注册的中小企业购买本地智算中心算力，每年最高可获 500 万元补贴，补贴不超过实际支出的四成。",
      core: [
        b("范围｜大型企业和外地注册企业不在补贴范围内。"),
        b("申报｜每年分春、秋两批申报，每批受理 30 天。"),
      ],
      results: [b("资金｜今年安排算力券资金 3 亿元；去年试点发放 1.1 亿元，惠及 260 家企业。")],
      insights: [b("约束｜企业须在次年 3 月底前提交使用报告，否则补贴将被追回。")],
    }),
  },
  {
    id: "h5-copilot",
    article: art(
      "微软 Copilot 默认模型换成自研 MAI-2，企业版暂不切换",
      "机器之心",
      `机器之心报道
编辑：蛋酱

微软周二宣布，消费级 Copilot 的默认模型将从 OpenAI 的 GPT-5 切换为微软自研的 MAI-2，切换将在未来四周内逐步完成。

面向企业客户的 Microsoft 365 Copilot 暂不切换，仍使用 GPT-5。

微软称，在其内部评测中，MAI-2 在日常对话任务上的用户偏好率为 54%，略高于 GPT-5 的 46%；但在复杂推理任务上，MAI-2 仍落后于 GPT-5。

MAI-2 由微软 AI 部门训练，训练使用了约 2.5 万张英伟达 GB200。微软 AI 负责人穆斯塔法·苏莱曼表示：「这不是要替代 OpenAI，而是给用户多一种选择。」

据 The Verge 报道，此次切换预计每年可为微软节省数亿美元的推理成本，但微软未证实这一数字。`,
    ),
    entry: entry({
      org: "Microsoft",
      title: "Microsoft moves consumer Copilot from GPT-5 to its own MAI-2",
      summary:
        "Microsoft is switching consumer Copilot's default model from OpenAI's GPT-5 to its in-house MAI-2 over the next four weeks. Microsoft 365 Copilot for business customers stays on GPT-5 for now.",
      core: [
        b(
          "Preference｜In Microsoft's internal tests users preferred MAI-2 in 54% of everyday chats, vs 46% for GPT-5; on complex reasoning MAI-2 still trails.",
        ),
        b("Training｜MAI-2 was trained by Microsoft AI on about 25,000 NVIDIA GB200 chips."),
      ],
      insights: [
        b(
          "Stance｜Microsoft AI chief Mustafa Suleyman says the aim is not to replace OpenAI but to give users another choice.",
        ),
        b(
          "Cost｜The Verge reports the switch could save Microsoft hundreds of millions of dollars a year in inference; Microsoft has not confirmed the figure.",
        ),
      ],
    }),
  },
];
