// Second held-out paraphrase set: 16 articles of our own (fictional labs, companies, products and
// people; 11 Chinese in the manner of 机器之心/新智元/量子位, 5 English in the manner of tech press, lab
// blogs and arXiv abstracts), written without reading the verifier's rules, on topics the first
// held-out set did not stress: regulation, chips and datacenters with units, embodied AI, quarterly
// results, open-source releases with licences and links, leaderboards with ranks, papers with
// ablation tables, interviews with several speakers, acquisitions, app user numbers and price cuts.
// Each entry is written the way DeepSeek-V3, Qwen-Max, GLM-4, Kimi or GPT-4o write a daybrief entry:
// clauses reordered and merged, units converted (亿↔billion, 万↔K, 兆瓦↔MW, 个百分点↔percentage
// points), figures rounded with 约/逾/超, Chinese numerals and 成, names translated or abbreviated
// (中科院自动化所), roles shortened, benchmarks spelled differently, English entries for Chinese
// articles and Chinese entries for English ones, plans and estimates kept as plans and estimates.
// Every claim was checked by hand against its article, twice. Reported apart, with no target.
import type { ArticleEvidence } from "../../../src/verify/index.ts";
import { b, entry, link } from "./entry-helpers.ts";
import type { OwnCase } from "./own-articles.ts";

const art = (
  title: string,
  text: string,
  publisher: string,
  links: ArticleEvidence["links"] = [],
): ArticleEvidence => ({ title, text, links, publisher });

const url = (href: string) => ({ href, text: href });

export const HELDOUT2_CASES: OwnCase[] = [
  {
    id: "h2-policy-cn",
    article: art(
      "海澄市出台生成式人工智能服务管理办法，违规最高罚款 50 万元",
      `机器之心报道

编辑：杜若

12 月 1 日，海澄市网信办联合市经信局发布《海澄市生成式人工智能服务管理办法（试行）》（以下简称《办法》），自 2027 年 3 月 1 日起施行，有效期两年。

《办法》共 6 章 38 条。其中要求，面向公众提供服务、且注册用户超过 100 万的生成式人工智能服务，应当在上线前完成安全评估并向市网信办备案；注册用户在 100 万以下的服务实行告知承诺制。

对于生成内容标识，《办法》要求文本、图片、音频和视频四类合成内容均须添加显式标识，并在文件元数据中嵌入隐式标识。对违反标识要求的服务提供者，由主管部门责令限期改正；逾期未改正的，处 10 万元以上 50 万元以下罚款。

《办法》同时明确，服务提供者应当建立用户投诉处理机制，并在收到投诉后 15 个工作日内予以答复；向未成年人提供服务的，应当设置专门的使用时长管理功能。业内人士认为，以注册用户数作为分级门槛，可以减轻中小企业的合规负担。

值得注意的是，《办法》尚未对开源模型的发布作出专门规定。市网信办相关负责人在答记者问时表示，开源模型的管理规则“将在试行期内另行研究”。

据市经信局统计，截至 2026 年 10 月底，海澄市共有生成式人工智能企业 412 家，其中已完成备案的大模型 27 个。《办法》还提出，到 2028 年，全市人工智能核心产业规模力争突破 800 亿元。`,
      "机器之心",
    ),
    entry: entry({
      org: "海澄市网信办",
      title: "海澄市发布生成式 AI 服务管理办法（试行），2027 年 3 月起施行",
      summary:
        "海澄市网信办与市经信局联合发布《海澄市生成式人工智能服务管理办法（试行）》，共 38 条，将于 2027 年 3 月 1 日施行，试行期两年。",
      core: [
        b("分级管理｜注册用户逾百万的面向公众服务须在上线前完成安全评估并备案，百万以下实行告知承诺制。"),
        b("内容标识｜文本、图片、音频、视频四类合成内容须加显式标识，并在元数据中嵌入隐式标识。"),
        b("罚则｜违反标识要求且逾期未改正的，罚款 10 万至 50 万元。"),
      ],
      results: [
        b("产业现状｜截至 2026 年 10 月底，全市有生成式 AI 企业 412 家，已备案大模型 27 个。"),
        b("目标｜力争 2028 年全市人工智能核心产业规模突破 800 亿元。"),
      ],
      insights: [b("空白｜《办法》尚未专门规定开源模型的发布，官方称相关规则“将在试行期内另行研究”。")],
    }),
  },
  {
    id: "h2-chip-cn-en",
    article: art(
      "曜芯科技发布推理芯片 Y900：INT8 算力 1200 TOPS，配 144GB HBM3E",
      `新智元报道

编辑：白鹭

【新智元导读】国产 AI 芯片公司曜芯科技发布第三代推理芯片 Y900，单卡 INT8 算力达 1200 TOPS。

11 月 26 日，曜芯科技在深圳举行发布会，正式推出面向大模型推理的 Y900 芯片。Y900 采用 chiplet 设计，集成 6 颗 HBM3E，总容量 144GB，显存带宽 4.8TB/s；INT8 稠密算力 1200 TOPS，FP8 算力 1200 TFLOPS，BF16 算力 600 TFLOPS，典型功耗 550W。

参数 | Y900 | Y600
INT8 算力（TOPS） | 1200 | 480
HBM 容量（GB） | 144 | 64
显存带宽（TB/s） | 4.8 | 2.0
典型功耗（W） | 550 | 350

曜芯科技 CEO 谭景行表示，在 700 亿参数模型的推理测试中，Y900 单卡吞吐量是 Y600 的 2.6 倍。

曜芯同时发布了 8 卡服务器 Y900-S8，整机功耗 6.5kW。公司预计 Y900 将于 2027 年第二季度量产，目前已向 3 家云厂商送样。

谭景行还透露，曜芯 2025 年的芯片出货量约为 4 万片。`,
      "新智元",
    ),
    entry: entry({
      org: "曜芯科技",
      title: "Yaoxin unveils the Y900 inference chip: 1,200 TOPS INT8, 144 GB HBM3E",
      summary:
        "曜芯科技 (Yaoxin Tech) launched its third-generation inference chip, the Y900, with 1,200 TOPS of dense INT8 compute and 144 GB of HBM3E. Volume production is expected in Q2 2027.",
      core: [
        b(
          "Design｜A chiplet design with six HBM3E stacks (144 GB in total) and 4.8 TB/s of memory bandwidth.",
        ),
        b("Compute｜1,200 TFLOPS FP8 and 600 TFLOPS BF16 at a typical 550 W."),
        b("Server｜The 8-card Y900-S8 server draws 6.5 kW."),
      ],
      results: [
        b(
          "vs Y600｜Memory grows from 64 GB to 144 GB and bandwidth from 2.0 to 4.8 TB/s; per-card throughput on a 70B-parameter model is 2.6x the Y600's.",
        ),
      ],
      insights: [
        b("Timeline｜Samples have gone to three cloud vendors ahead of volume production."),
        b("Scale｜CEO 谭景行 (Tan Jingxing) said Yaoxin shipped about 40,000 chips in 2025."),
      ],
    }),
  },
  {
    id: "h2-datacenter-cn",
    article: art(
      "澜舟云北岭智算中心一期投运：2 万卡集群，用电负荷 48 兆瓦",
      `量子位 | 公众号 QbitAI

澜舟云宣布，其位于北岭的智算中心一期正式投入运营。该中心部署了 2 万张 GPU 加速卡，组成单一训练集群，总算力约 20 EFLOPS（FP8）。

一期工程总用电负荷 48 兆瓦，采用全液冷方案，设计 PUE 为 1.12。澜舟云基础设施副总裁方启明介绍，与风冷方案相比，液冷使单机柜功率密度从 20 千瓦提升到 120 千瓦。

网络方面，集群采用 3.2Tbps 的 RoCE 组网。在 1 万卡规模下训练千亿参数模型时，有效训练时间占比（goodput）达到 96.4%。

据介绍，北岭地处高海拔寒冷地区，全年约有 8 个月可以利用自然冷源；智算中心用电中有 60% 来自周边的风电和光伏。目前，一期集群已向外部客户开放租用，首批客户包括多家大模型创业公司和高校实验室。按照规划，北岭智算中心将主要承担大模型训练任务，推理业务则由澜舟云在东部沿海的数据中心承担。

澜舟云计划于 2027 年底完成二期建设，届时集群规模将扩展至 5 万卡，总用电负荷预计达到 130 兆瓦。项目总投资约 180 亿元，其中一期投资 75 亿元。

方启明表示：“万卡集群最难的不是买卡，而是让它一直跑着。”`,
      "量子位",
    ),
    entry: entry({
      org: "澜舟云",
      title: "澜舟云北岭智算中心一期投运，两万卡液冷集群",
      summary:
        "澜舟云北岭智算中心一期投入运营，两万张 GPU 组成单一训练集群，FP8 算力约 20 EFLOPS，用电负荷 48MW，全液冷、设计 PUE 1.12。",
      core: [
        b("液冷｜相比风冷，单机柜功率密度由 20kW 提至 120kW。"),
        b("网络｜3.2Tbps RoCE 组网；在万卡规模下训练千亿参数模型时 goodput 达 96.4%。"),
      ],
      results: [b("投资｜项目总投资约 180 亿元，其中一期 75 亿元。")],
      insights: [
        b("二期｜计划 2027 年底建成，集群扩至五万卡，用电负荷预计约 130MW。"),
        b("观点｜基础设施 VP 方启明：“万卡集群最难的不是买卡，而是让它一直跑着。”"),
      ],
    }),
  },
  {
    id: "h2-robot-cn",
    article: art(
      "方舟动力发布第二代人形机器人行者 W2，售价 19.9 万元",
      `机器之心报道

编辑：杨柳

11 月 29 日，具身智能公司方舟动力发布第二代人形机器人“行者 W2”。W2 身高 1.65 米，体重 55 公斤，全身 32 个自由度，其中单只灵巧手 12 个自由度；换电续航 4 小时。与第一代产品相比，W2 的行走速度提升到每秒 1.5 米，并新增了自主换电功能。方舟动力表示，W2 的核心关节模组全部为自研，整机国产化率超过 90%。

W2 搭载方舟动力自研的视觉-语言-动作（VLA）模型 ArkVLA-2。方舟动力公布的测试显示，在标准照明条件下，W2 完成工厂物料分拣任务的成功率为 92.5%；在弱光条件下，成功率降至 81.0%。在家庭场景的叠衣服任务中，成功率为 67%。发布会上，方舟动力还演示了 W2 在产线上连续工作 8 小时、期间两次自主换电的场景。

方舟动力联合创始人兼 CTO 韩立峰表示，ArkVLA-2 使用了约 1.2 万小时真机数据和 30 万小时仿真数据进行训练。

W2 售价 19.9 万元，即日起接受预订。方舟动力 CEO 许晴表示，公司目前已在 2 家汽车工厂开展试点，预计 2027 年出货 3000 台。她同时坦言：“家务场景离真正可用还有很长的路。”`,
      "机器之心",
    ),
    entry: entry({
      org: "方舟动力",
      title: "方舟动力发布第二代人形机器人行者 W2",
      summary:
        "方舟动力推出第二代人形机器人行者 W2，全身 32 个自由度、售价 19.9 万元，标准照明下工厂物料分拣成功率 92.5%。",
      core: [
        b("本体｜身高 1.65m、体重 55kg，单只灵巧手 12 个自由度，换电续航 4 小时。"),
        b(
          "模型｜搭载自研 VLA 模型 ArkVLA-2，CTO 韩立峰称其用约 1.2 万小时真机数据与 30 万小时仿真数据训练。",
        ),
      ],
      results: [b("分拣｜弱光下成功率降至 81%。"), b("家务｜叠衣服任务成功率 67%。")],
      insights: [
        b("商业化｜已在两家汽车工厂试点，预计 2027 年出货三千台。"),
        b("坦言｜CEO 许晴认为家务场景“离真正可用还有很长的路”。"),
      ],
    }),
  },
  {
    id: "h2-earnings-cn-en",
    article: art(
      "云启智能 Q3 财报：营收 38.6 亿元同比增长 42%，AI 云收入占比升至 32%",
      `新智元报道

编辑：青萝

【新智元导读】云启智能发布 2026 年第三季度财报，AI 云业务收入占比首次超过三成。

11 月 27 日，云启智能公布截至 2026 年 9 月 30 日的第三季度未经审计财务业绩。本季度公司总营收 38.6 亿元，同比增长 42%，环比增长 9%。

其中，AI 云服务收入 12.4 亿元，同比增长 118%，占总营收的 32%，去年同期这一比例为 21%。云启智能表示，本季度新增 AI 云付费客户约 1800 家，其中超过一半来自制造业和金融业。订阅业务收入 15.1 亿元，同比增长 18%。

本季度毛利率为 47.5%，同比提升 3.2 个百分点。经调整净亏损 2.1 亿元，去年同期为 5.3 亿元。截至季末，公司现金及现金等价物为 96 亿元。本季度研发投入 9.8 亿元，海外收入占比为 14%。

首席财务官林慕白在电话会上表示：“AI 云的毛利率已经和传统云业务持平。”

云启智能预计，第四季度总营收为 41 亿元至 43 亿元，同比增长 35% 至 41%。

CEO 陈朔表示，公司将在 2027 年把资本开支提高到 60 亿元，主要用于采购算力。财报发布后，云启智能股价在盘后交易中上涨 7%。`,
      "新智元",
    ),
    entry: entry({
      org: "云启智能",
      title: "Yunqi (云启智能) Q3 2026: revenue of RMB 3.86 billion, up 42% year on year",
      summary:
        "云启智能 (Yunqi) reported third-quarter 2026 revenue of RMB 3.86 billion, up 42% year on year and 9% quarter on quarter, with AI cloud now 32% of revenue.",
      core: [
        b(
          "AI cloud｜RMB 1.24 billion, up 118% year on year; its share of revenue rose from 21% a year earlier.",
        ),
        b("Subscriptions｜RMB 1.51 billion, up 18% YoY."),
      ],
      results: [
        b("Margins｜Gross margin of 47.5%, up 3.2 percentage points year on year."),
        b("Loss｜Adjusted net loss narrowed to RMB 210 million from RMB 530 million a year earlier."),
        b("Cash｜RMB 9.6 billion in cash and equivalents at quarter end."),
      ],
      insights: [
        b("Guidance｜Q4 revenue expected at RMB 4.1–4.3 billion, up 35%–41% YoY."),
        b("Capex｜CEO 陈朔 said capex will rise to RMB 6 billion in 2027, mainly to buy compute."),
        b(
          "CFO view｜CFO 林慕白 said AI cloud's gross margin has caught up with the traditional cloud business.",
        ),
      ],
    }),
  },
  {
    id: "h2-opensource-cn",
    article: art(
      "鹿鸣 AI 开源代码模型 Luming-Coder-14B，Apache 2.0 协议可商用",
      `量子位 | 公众号 QbitAI

鹿鸣 AI 今天在 GitHub 和 Hugging Face 开源了代码大模型 Luming-Coder-14B，采用 Apache 2.0 许可证，允许商用。模型支持 64K 上下文，覆盖 92 种编程语言，预训练使用了 5.5 万亿 tokens，其中代码数据占 70%。

评测成绩如下：

模型 | HumanEval | MBPP | LiveCodeBench | SWE-bench Verified
Luming-Coder-14B | 89.0 | 82.6 | 41.2 | 38.4
Luming-Coder-7B | 84.1 | 78.3 | 33.5 | 24.0

鹿鸣 AI 称，Luming-Coder-14B 在 SWE-bench Verified 上的成绩在 20B 参数以下的开源模型中排名第一。

同时发布的 Luming-Coder-7B 采用相同许可证开源。700 亿参数的 Luming-Coder-70B 目前仅通过 API 提供，暂无开源计划。

鹿鸣 AI 研究负责人苏砚表示，团队在后训练阶段使用了 18 万条经过执行验证的合成数据。

GitHub：https://github.com/luming-ai/luming-coder
Hugging Face：https://huggingface.co/luming-ai/Luming-Coder-14B`,
      "量子位",
      [
        url("https://github.com/luming-ai/luming-coder"),
        url("https://huggingface.co/luming-ai/Luming-Coder-14B"),
      ],
    ),
    entry: entry({
      org: "鹿鸣 AI",
      title: "鹿鸣 AI 开源 Luming-Coder-14B/7B，Apache 2.0 可商用",
      summary:
        "鹿鸣 AI 以 Apache 2.0 许可开源 14B 代码模型 Luming-Coder-14B（7B 版同时开源），支持 64K 上下文与 92 种编程语言，SWE-bench Verified 得分 38.4。",
      core: [
        b("数据｜预训练 5.5T tokens，代码约占七成；研究负责人苏砚称后训练用了 18 万条经执行验证的合成数据。"),
      ],
      results: [
        b("14B｜HumanEval 89.0、MBPP 82.6、LiveCodeBench 41.2。"),
        b("7B｜HumanEval 84.1，SWE-bench Verified 24.0。"),
        b("排名｜SWE-bench-Verified 成绩居 20B 以下开源模型第一。"),
      ],
      insights: [b("闭源版本｜70B 的 Luming-Coder-70B 仅提供 API，暂无开源计划。")],
      resources: [
        link("GitHub", "https://github.com/luming-ai/luming-coder"),
        link("Hugging Face", "https://huggingface.co/luming-ai/Luming-Coder-14B"),
      ],
    }),
  },
  {
    id: "h2-leaderboard-cn",
    article: art(
      "天秤榜 11 月榜单出炉：Qiming-Ultra 首登榜首",
      `机器之心报道

编辑：晓岚

第三方大模型评测平台“天秤榜”11 月 30 日发布了 11 月综合榜单。本期共有 64 个模型参评，榜单基于累计 38 万次匿名用户对战投票，采用 Elo 评分。天秤榜由多所高校的研究者于 2024 年联合发起，每月更新一次。

排名 | 模型 | 机构 | Elo 分数
1 | Qiming-Ultra | 启明智能 | 1412
2 | Aster-4 | 星穹 AI | 1398
3 | Tianlan-Pro | 天蓝科技 | 1391
4 | Qiming-Flash | 启明智能 | 1366
5 | Mosaic-2 | 墨赛实验室 | 1359

启明智能的 Qiming-Ultra 较上月上升 2 位，首次登上榜首；上月第一的 Aster-4 本月降至第二。天蓝科技的 Tianlan-Pro 是前五名中唯一的开源模型。

在分项榜单中，Qiming-Ultra 在数学和代码两个子榜均排名第一，但在创意写作子榜仅排第 6。

天秤榜负责人郑一帆表示，由于本月引入了新的防刷票机制，约 2.1 万张投票被判定为无效并剔除。本期榜单中，国产模型在前十名中占据 6 席。`,
      "机器之心",
    ),
    entry: entry({
      org: "天秤榜",
      title: "天秤榜 11 月榜：启明智能 Qiming-Ultra 首登榜首",
      summary:
        "天秤榜 11 月综合榜中，启明智能的 Qiming-Ultra 以 1412 分首次登顶，较上月升两位；上月榜首、星穹 AI 的 Aster-4 以 1398 分退居第二。",
      core: [b("方法｜64 个模型参评，基于约 38 万次匿名对战投票计算 Elo。")],
      results: [
        b(
          "前五｜第三名 Tianlan-Pro（1391，天蓝科技），第四名 Qiming-Flash（1366），第五名 Mosaic-2（1359，墨赛实验室）。",
        ),
        b("分项｜Qiming-Ultra 数学、代码子榜均列第一，创意写作仅第六。"),
      ],
      insights: [
        b("开源｜Tianlan-Pro 是前五中唯一的开源模型。"),
        b("防刷票｜负责人郑一帆称新防刷票机制剔除了约 2.1 万张无效票。"),
      ],
    }),
  },
  {
    id: "h2-paper-ablation-cn",
    article: art(
      "中国科学院自动化研究所提出 RetroPlan：先倒推子目标，再正向执行",
      `新智元报道

编辑：苏木

中国科学院自动化研究所与南屿大学的研究者提出了一种面向大模型智能体的“逆向规划”方法 RetroPlan：先从目标状态倒推子目标，再正向执行。论文已被 AAAI 2027 接收。

研究团队在三个基准上评测了 RetroPlan，基座模型均为 Qwen2.5-32B-Instruct。

表 1：主要结果（任务成功率，%）

方法 | WebArena | ALFWorld | TravelPlanner
ReAct | 28.4 | 71.6 | 9.2
Reflexion | 31.0 | 78.3 | 11.5
RetroPlan | 39.7 | 86.9 | 20.1

表 2：消融实验（WebArena 成功率，%）

设置 | 成功率
完整 RetroPlan | 39.7
去掉子目标倒推 | 32.2
去掉正向校验 | 35.8
去掉记忆模块 | 38.9

作者指出，子目标倒推是贡献最大的组件，去掉后成功率下降 7.5 个百分点；去掉记忆模块仅下降 0.8 个百分点。

表 3：推理开销（WebArena 每任务平均）

方法 | 模型调用次数 | tokens
ReAct | 14.2 | 3.1 万
RetroPlan | 19.6 | 4.4 万

论文通讯作者为自动化所研究员钟岳。作者也承认，RetroPlan 每个任务平均多消耗约 40% 的 tokens。`,
      "新智元",
    ),
    entry: entry({
      org: "中科院自动化所",
      title: "中科院自动化所等提出智能体逆向规划方法 RetroPlan",
      summary:
        "中科院自动化所与南屿大学提出逆向规划方法 RetroPlan，以 Qwen2.5-32B-Instruct 为基座，在 WebArena、ALFWorld、TravelPlanner 上成功率分别达 39.7%、86.9%、20.1%，论文已被 AAAI 2027 接收。",
      core: [b("思路｜先从目标状态倒推子目标，再正向执行。")],
      results: [
        b("对比｜WebArena 上 ReAct 为 28.4%、Reflexion 为 31.0%；TravelPlanner 上 Reflexion 仅 11.5%。"),
        b(
          "消融｜去掉子目标倒推后 WebArena 成功率降至 32.2%（-7.5pp），去掉正向校验降至 35.8%，去掉记忆模块仅降 0.8 个点。",
        ),
      ],
      insights: [
        b("代价｜每任务平均调用从 14.2 次增至 19.6 次，tokens 从 3.1 万增至 4.4 万，多耗约四成。"),
        b("作者｜通讯作者为自动化所研究员钟岳。"),
      ],
    }),
  },
  {
    id: "h2-interview-cn",
    article: art(
      "对话极光智能三位联合创始人：我们为什么不做通用大模型",
      `量子位 | 公众号 QbitAI

极光智能成立于 2023 年，专注于面向制造业的质检大模型。其产品目前已部署在汽车零部件、消费电子和光伏三个行业。近日，量子位与公司三位联合创始人进行了一次长谈。这次访谈持续了将近三个小时，三人多次提到“务实”这个词。

CEO 沈墨城此前在一家工业相机公司负责产品。他告诉量子位：“通用大模型的钱我们赚不到，但每条产线上的钱是实实在在的。”他透露，公司今年的合同额预计将突破 3 亿元，客户数已超过 150 家。

首席科学家顾以宁曾在南屿大学任教。谈到技术路线时，顾以宁说：“我们的模型只有 7B 参数，但在客户的缺陷检测数据上，漏检率比通用模型低一个数量级。”她补充说，团队目前没有训练更大模型的计划。

COO 唐嘉禾负责交付。他表示，一条产线的部署周期已从去年的 6 周缩短到 10 天，“交付效率是我们活下来的关键”。

谈到融资，沈墨城表示公司目前账上的钱“够花三年”，暂不考虑上市。

谈到行业竞争，顾以宁认为，制造业数据分散在各家工厂内部，“谁能把数据闭环做起来，谁就有壁垒”。沈墨城则说，公司早期也曾尝试做通用视觉模型，但很快发现客户真正愿意付费的是能直接上线的质检方案。`,
      "量子位",
    ),
    entry: entry({
      org: "极光智能",
      title: "极光智能三位联创谈制造业质检大模型",
      summary:
        "专注制造业质检大模型的极光智能（2023 年成立）三位联创接受量子位专访：CEO 沈墨城称今年合同额预计超 3 亿元、客户逾 150 家，首席科学家顾以宁坚持 7B 小模型路线。",
      core: [
        b(
          "技术路线｜模型仅 7B 参数，顾以宁称在客户缺陷检测数据上漏检率比通用模型低一个数量级；暂无训练更大模型的计划。",
        ),
      ],
      results: [b("交付｜COO 唐嘉禾称单条产线部署周期由去年的 6 周缩短至 10 天。")],
      insights: [
        b("商业判断｜沈墨城：“通用大模型的钱我们赚不到，但每条产线上的钱是实实在在的。”"),
        b("资金｜账上资金“够花三年”，暂不考虑上市。"),
        b("观点｜唐嘉禾称“交付效率是我们活下来的关键”。"),
      ],
    }),
  },
  {
    id: "h2-acquisition-cn-en",
    article: art(
      "数衡科技拟作价 12.6 亿元收购向量数据库公司深流科技",
      `机器之心报道

编辑：蒋一

12 月 1 日晚，A 股上市公司数衡科技发布公告，拟以支付现金加发行股份的方式，作价 12.6 亿元收购向量数据库公司深流科技 100% 股权。其中现金支付 5 亿元，其余以股份支付。数衡科技主营企业数据治理软件，2025 年营收 21.3 亿元，其股票将于 12 月 2 日复牌。

深流科技成立于 2021 年，核心产品为开源向量数据库 DeepStream DB，GitHub 星标约 1.8 万。2025 年，深流科技实现营收 1.9 亿元，净利润 2100 万元。交易方案设置了业绩承诺：深流科技 2026 年至 2028 年累计净利润不低于 1.5 亿元。

数衡科技董事长罗正平表示，此次收购将补齐公司在 RAG 基础设施上的短板。深流科技创始人兼 CEO 冯启将在交易完成后出任数衡科技副总裁。

公告显示，本次交易尚需股东大会审议及证券监管部门审核，预计于 2027 年第二季度完成。交易完成后，DeepStream DB 将继续以 Apache 2.0 协议开源。

业内人士分析，随着企业级 RAG 应用的普及，向量数据库正成为大模型基础设施中的重要一环。`,
      "机器之心",
    ),
    entry: entry({
      org: "数衡科技",
      title: "数衡科技 (Shuheng) to buy vector-database maker 深流科技 for RMB 1.26 billion",
      summary:
        "A-share-listed 数衡科技 plans to acquire 100% of vector-database company 深流科技 for RMB 1.26 billion in cash and shares, including RMB 500 million in cash; the deal is expected to close in Q2 2027.",
      core: [
        b(
          "Target｜Founded in 2021, 深流科技 makes the open-source vector database DeepStream DB, with about 18K GitHub stars.",
        ),
        b("Financials｜2025 revenue of RMB 190 million and net profit of RMB 21 million."),
      ],
      results: [b("Earn-out｜Cumulative net profit of at least RMB 150 million over 2026–2028.")],
      insights: [
        b("Approvals｜Still subject to a shareholder vote and review by the securities regulator."),
        b(
          "People｜Chairman 罗正平 says the deal fills a gap in RAG infrastructure; 深流 founder and CEO 冯启 will become a vice president of 数衡科技 after closing.",
        ),
        b("Licence｜DeepStream DB will stay open source under Apache 2.0."),
      ],
    }),
  },
  {
    id: "h2-app-price-cn",
    article: art(
      "问知 App 月活破亿，Moyan-Max API 输入价格下调 80%",
      `新智元报道

编辑：言川

【新智元导读】墨言科技旗下 AI 助手“问知”月活跃用户数突破 1 亿，同时宣布旗舰模型 API 大幅降价。

12 月 1 日，墨言科技宣布，其 AI 助手 App“问知”11 月的月活跃用户数（MAU）达到 1.07 亿，日活跃用户数（DAU）为 2350 万。据第三方机构数见数据统计，问知 11 月的 MAU 在国内 AI 原生 App 中排名第三，仅次于灵答和小满。问知于 2024 年 5 月上线，主打联网搜索和长文档阅读，11 月用户日均使用时长为 21 分钟。

同日，墨言科技宣布旗舰模型 Moyan-Max 的 API 价格下调：输入价格从每百万 tokens 4 元降至 0.8 元，降幅 80%；输出价格从每百万 tokens 16 元降至 4 元，降幅 75%。在缓存命中的情况下，输入价格进一步降至每百万 tokens 0.2 元。

墨言科技总裁陆知秋表示，降价得益于推理成本的下降：过去一年，公司单位 token 的推理成本降低了 85%。

墨言科技同时透露，问知的付费用户已超过 60 万，但公司尚未实现盈利。新价格自 12 月 5 日起生效。`,
      "新智元",
    ),
    entry: entry({
      org: "墨言科技",
      title: "墨言科技「问知」月活达 1.07 亿，Moyan-Max API 降价最高 80%",
      summary:
        "墨言科技旗下 AI 助手问知 11 月 MAU 达 1.07 亿、DAU 2350 万，在国内 AI 原生 App 中排第三；旗舰模型 Moyan-Max API 输入价格降至每百万 tokens 0.8 元，降幅八成。",
      core: [
        b("降价明细｜输出价格由 16 元降到 4 元/百万 tokens（-75%）；缓存命中时输入仅 0.2 元。"),
        b("成本｜总裁陆知秋称过去一年单位 token 推理成本下降 85%。"),
      ],
      results: [b("付费｜付费用户逾 60 万，公司尚未盈利。")],
      insights: [b("生效｜新价格 12 月 5 日起生效。"), b("竞争｜据数见数据，问知月活仅次于灵答与小满。")],
    }),
  },
  {
    id: "h2-en-earnings",
    article: art(
      "Halvard Systems posts record quarter as datacenter revenue jumps 74%",
      `Halvard Systems on Tuesday reported results for its fiscal third quarter ended October 31, 2026, with revenue of $2.84 billion, up 61% from a year earlier and up 12% from the previous quarter.

Datacenter revenue, which includes its Orin-X accelerator cards and networking gear, reached $1.92 billion, up 74% year over year. Gaming revenue fell 8% year over year to $410 million. Gross margin was 68.2%, up 3.3 percentage points from a year ago.

"Demand for inference capacity is outrunning anything we planned for," chief executive Marta Lindqvist said on a call with analysts. Chief financial officer Owen Achebe added that the supply of HBM remained "the tightest constraint" and that the company had signed multi-year supply agreements with two memory makers.

For the fourth quarter, Halvard expects revenue of $3.10 billion, plus or minus 2%, and a gross margin of about 68%. Analysts polled by FactLine had expected $2.95 billion.

The company also announced a $5 billion share buyback program. Halvard shares rose 6% in after-hours trading.`,
      "TechLedger",
    ),
    entry: entry({
      org: "Halvard Systems",
      title: "Halvard Systems 第三财季营收 28.4 亿美元，同比增长 61%",
      summary:
        "Halvard Systems 截至 2026 年 10 月 31 日的第三财季营收 28.4 亿美元，同比增长 61%、环比增长 12%；数据中心业务收入 19.2 亿美元，同比增长 74%。",
      core: [b("数据中心｜包括 Orin-X 加速卡与网络设备。")],
      results: [
        b("游戏｜收入同比下降 8% 至 4.1 亿美元。"),
        b("毛利率｜68.2%，同比提升 3.3 个百分点。"),
        b(
          "指引｜预计第四财季营收 31 亿美元（±2%），毛利率约 68%，高于 FactLine 调查的分析师预期 29.5 亿美元。",
        ),
      ],
      insights: [
        b("需求｜CEO Marta Lindqvist 称推理算力需求已超出公司此前的一切规划。"),
        b("供应｜CFO Owen Achebe 称 HBM 供应仍是“最紧的约束”，公司已与两家存储厂商签订多年供货协议。"),
        b("回购｜宣布 50 亿美元股票回购计划，盘后股价上涨 6%。"),
      ],
    }),
  },
  {
    id: "h2-en-arxiv",
    article: art(
      "Sparse Verifier Ensembles for Test-Time Scaling of Small Language Models",
      `Priya Natarajan, Tomás Ferreira (Ridgeline AI), Yuki Okabe (Kestrel University)

Abstract: Test-time scaling with a single reward model is brittle when the policy model is small. We introduce SPARSE-VE, which routes each candidate solution to 2 of 8 lightweight verifiers (350M parameters each) chosen by a learned gate, and aggregates their scores by weighted voting. With a 3B policy model and 64 samples per problem, SPARSE-VE reaches 71.8% on MATH-500 and 38.5% on AIME 2024, compared with 66.2% and 30.1% for best-of-64 with a single 7B reward model, while using 45% fewer verifier FLOPs. Ablations show that the learned gate matters most: replacing it with random routing lowers MATH-500 accuracy to 67.9%, while using all 8 verifiers for every candidate yields 72.1% at 3.6 times the verifier cost. Gains shrink as the policy grows: with an 8B policy model the improvement on MATH-500 is 1.9 points. We release code and verifier checkpoints under the MIT license at https://github.com/ridgeline-ml/sparse-ve.`,
      "arXiv",
      [url("https://github.com/ridgeline-ml/sparse-ve")],
    ),
    entry: entry({
      org: "Ridgeline AI",
      title: "SPARSE-VE：用稀疏验证器集成做小模型测试时扩展",
      summary:
        "Ridgeline AI 与 Kestrel University 提出 SPARSE-VE，由学习门控为每个候选解从 8 个 3.5 亿参数的轻量验证器中选 2 个打分；3B 策略模型每题采样 64 次时在 MATH-500 上达 71.8%，验证器计算量减少 45%。",
      core: [b("方法｜对被选中的两个验证器的分数加权投票。")],
      results: [
        b("对比基线｜AIME 2024 得分 38.5%，而单个 7B 奖励模型的 best-of-64 为 30.1%（MATH-500 为 66.2%）。"),
        b("消融｜门控换成随机路由后 MATH-500 降至 67.9%；8 个验证器全用为 72.1%，但验证开销为 3.6 倍。"),
      ],
      insights: [
        b("局限｜策略模型增大后收益缩小，8B 策略在 MATH-500 上仅提升 1.9 个点。"),
        b("开源｜代码与验证器权重以 MIT 许可发布。"),
      ],
      resources: [link("GitHub 代码", "https://github.com/ridgeline-ml/sparse-ve")],
    }),
  },
  {
    id: "h2-en-robot-oss",
    article: art(
      "Introducing OpenGrasp-2: an open grasping policy for low-cost arms",
      `Today we are releasing OpenGrasp-2, a 900M-parameter vision-language-action policy for tabletop manipulation, together with the 41,000 teleoperated episodes we trained it on. Weights are available on Hugging Face under the Apache 2.0 license; the dataset is released under CC BY-NC 4.0, so it cannot be used commercially.

On our 120-object benchmark, OpenGrasp-2 picks unseen objects with an 83% success rate on a $3,500 six-axis arm, up from 64% for OpenGrasp-1. Performance holds at 79% in cluttered scenes, but drops to 52% on transparent objects, which remain our weakest category. The policy runs at 15 Hz on a single RTX 4090.

"We wanted a policy that a university lab could reproduce on one workstation," said Lena Hoffmann, who leads our manipulation team. Research scientist Arjun Mehta noted that roughly 30% of the episodes were collected by volunteers at four partner universities.

We have not yet tested OpenGrasp-2 on mobile manipulators; support for bimanual arms is planned for the first half of 2027.

Model: https://huggingface.co/tessellate/opengrasp-2
Code: https://github.com/tessellate-robotics/opengrasp`,
      "Tessellate Robotics Blog",
      [
        url("https://huggingface.co/tessellate/opengrasp-2"),
        url("https://github.com/tessellate-robotics/opengrasp"),
      ],
    ),
    entry: entry({
      org: "Tessellate Robotics",
      title: "Tessellate 开源 9 亿参数抓取策略 OpenGrasp-2",
      summary:
        "Tessellate Robotics 发布 9 亿参数的 VLA 抓取策略 OpenGrasp-2，并公开 4.1 万条遥操作训练数据；在 3500 美元的六轴机械臂上抓取未见物体成功率 83%，上一代为 64%。",
      core: [
        b("许可｜权重以 Apache 2.0 发布于 Hugging Face；数据集为 CC BY-NC 4.0，不可商用。"),
        b("部署｜单张 RTX 4090 上以 15Hz 运行。"),
      ],
      results: [b("场景｜在自建 120 物体基准上，杂乱场景仍有 79%，透明物体降至 52%，是最弱的一类。")],
      insights: [
        b("目标｜操作团队负责人 Lena Hoffmann 称希望高校实验室在一台工作站上即可复现。"),
        b("数据来源｜研究科学家 Arjun Mehta 称约三成数据由四所合作高校的志愿者采集。"),
        b("计划｜尚未在移动操作平台上测试，双臂支持计划于 2027 年上半年推出。"),
      ],
      resources: [
        link("Hugging Face 模型", "https://huggingface.co/tessellate/opengrasp-2"),
        link("GitHub 代码", "https://github.com/tessellate-robotics/opengrasp"),
      ],
    }),
  },
  {
    id: "h2-en-policy",
    article: art(
      "Meridian regulator finalises rules requiring audits of large AI models",
      `The Meridian Digital Authority (MDA) on Monday finalised rules that require developers of large AI models to commission independent safety audits before release. The rules cover models whose training cost exceeds €50 million, or services with more than 5 million monthly active users in Meridian. They take effect on July 1, 2027; the draft published in March had proposed January 1, 2027.

Companies that fail to comply face fines of up to 4% of global annual turnover, down from the 6% cap in the draft. Open-weight models released for research are exempt, but only if they are not offered as a commercial service.

The authority estimates that about 15 companies will fall under the rules in the first year, and that an audit will cost each of them between €2 million and €6 million.

"We chose audits over licensing because licensing would freeze the market," MDA chair Sofia Brandt told reporters. Tobias Kern, policy director at the industry group Meridian Tech Alliance, said the group "can live with" the final text but still opposes fines based on turnover.

The MDA has not yet decided whether the rules will extend to AI agents.`,
      "PolicyWire",
    ),
    entry: entry({
      org: "Meridian Digital Authority",
      title: "Meridian 数字管理局出台大模型强制审计规则",
      summary:
        "Meridian 数字管理局（MDA）发布最终规则，要求训练成本超 5000 万欧元、或在当地月活超 500 万的大模型在发布前接受独立安全审计，规则将于 2027 年 7 月 1 日生效。",
      core: [
        b("处罚｜违规者最高罚全球年营业额的 4%，草案曾拟 6%。"),
        b("豁免｜用于研究的开放权重模型豁免，前提是不作为商业服务提供。"),
      ],
      results: [b("影响｜MDA 估计首年约 15 家公司受规则约束，每家审计成本 200 万至 600 万欧元。")],
      insights: [
        b("监管思路｜主席 Sofia Brandt 称选择审计而非许可制，因为许可制会冻结市场。"),
        b(
          "业界反应｜Meridian Tech Alliance 政策总监 Tobias Kern 表示可以接受最终文本，但仍反对按营业额罚款。",
        ),
        b("未定｜是否覆盖 AI 智能体尚未决定。"),
        b("时间｜3 月的草案曾提议 2027 年 1 月 1 日生效。"),
      ],
    }),
  },
  {
    id: "h2-en-cloud-price",
    article: art(
      "Corvane cuts GPU rental prices by up to 45% as its Ashford campus comes online",
      `Corvane Cloud said on Thursday it is cutting on-demand prices for its GPU instances by up to 45%, effective December 15, as a new 300-megawatt campus in Ashford comes online.

The price of an eight-GPU HX-200 instance falls from $36.00 to $19.80 per hour, a 45% cut, while the older HX-100 instance drops 30% to $14.70 per hour. Reserved prices for three-year commitments are unchanged.

The Ashford campus, built in 14 months, currently houses about 48,000 accelerators in its first two halls; Corvane plans to add two more halls by the end of 2027. Each HX-200 node carries 1.1 TB of HBM3E.

Corvane said its cloud had 2,100 paying enterprise customers at the end of September, up from 1,300 a year earlier. Chief operating officer Ines Duarte said the company was "pricing for the customers we want in 2028, not the ones we have today." Corvane, which is not publicly traded, did not disclose revenue.

Analysts at Brookvale Research estimate that the cuts will reduce Corvane's 2027 gross margin by 4 to 6 percentage points.`,
      "TechLedger",
    ),
    entry: entry({
      org: "Corvane Cloud",
      title: "Corvane Cloud GPU 实例按需价格最高降 45%",
      summary:
        "Corvane Cloud 宣布自 12 月 15 日起 GPU 实例按需价格最高下调 45%，8 卡 HX-200 实例由每小时 36 美元降至 19.8 美元；位于 Ashford 的 300 兆瓦新园区同步投用。",
      core: [
        b(
          "园区｜Ashford 园区建设用时 14 个月，前两栋机房现有约 4.8 万张加速卡；每个 HX-200 节点配 1.1TB HBM3E。",
        ),
      ],
      results: [
        b("其他实例｜老款 HX-100 降价 30% 至每小时 14.7 美元；三年期预留价格不变。"),
        b("客户｜截至 9 月底付费企业客户 2100 家，一年前为 1300 家。"),
      ],
      insights: [
        b("策略｜COO Ines Duarte 称定价瞄准的是公司 2028 年想要的客户，而非现有客户。"),
        b("分析师｜Brookvale Research 估计降价将使 Corvane 2027 年毛利率下降 4 至 6 个百分点。"),
        b("扩建｜计划 2027 年底前再增两栋机房。"),
        b("财务｜Corvane 未上市，未披露营收。"),
      ],
    }),
  },
];
