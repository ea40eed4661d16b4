// Entries for the demo's articles (demo/2026-02-04/pages), written as a careful analyst or a strong
// model writes them: reworded, merged, reordered, exact unit conversions, verbatim evidence quotes.
// Every claim was checked by hand against the page's text.
import type { Entry } from "../../../src/model/entry.ts";
import { b, entry, link } from "./entry-helpers.ts";

export const DEMO_ENTRIES: Record<string, Entry> = {
  star: entry({
    org: "美团",
    title: "美团 STAR：冻结理解模型向上堆叠，GenEval 达 0.91",
    summary:
      "美团提出 STAR 框架，在完全冻结的理解模型顶部堆叠同构 Transformer 层来获得生成能力，理解能力不受影响。它在 GenEval 上以 0.91 刷新 SOTA，DPG-Bench 得分 87.44。",
    core: [
      b(
        "堆叠规模｜STAR-7B 在基座之上叠了 14 层（约 30 亿参数），STAR-3B 叠了 16 层、约 12 亿参数。",
        "STAR-7B 堆叠了 14 层，约 3B 参数",
      ),
      b("四阶段训练｜先训练量化器 STAR-VQ，再训练堆叠模块做文生图，然后优化扩散解码器，最后统一指令微调。"),
      b(
        "量化器扩容｜STAR-VQ 的码本从 1.6 万扩到 6.5 万，码向量维度升到 512。",
        "码本规模从 16k 提升到 65k，码向量维度升至 512",
      ),
    ],
    results: [
      b("GenEval 综合得分 0.91，并在计数、颜色属性等 5 项子任务上排名第一。", "STAR 取得 0.91 的综合得分"),
      b("DPG-Bench 87.44 分；ImgEdit 4.34 分（满分 5 分）。"),
      b("在 MME、MMBench 等 9 个理解榜单上与基座持平。"),
      b("7B 版本只增加约 3B 的堆叠参数，对齐效果就超过了 SDXL。"),
    ],
    insights: [b("四阶段训练偏复杂、依赖高质量 VQ 量化器，视频等动态模态尚未覆盖。")],
    resources: [
      link("论文", "https://arxiv.org/abs/2512.13752"),
      link("代码", "https://github.com/MM-MVR/STAR"),
    ],
  }),
  zbot: entry({
    org: "EPFL/杜克大学",
    title: "机器鱼 ZBot 揭示斑马鱼间歇游泳为何更省能量",
    summary:
      "EPFL 与杜克大学用仿生机器鱼 ZBot 复现斑马鱼幼鱼“冲一下、滑一段”的间歇游泳，发现省能的关键在于让驱动器始终工作在高效区，成果发表于 Science Robotics。",
    core: [
      b("控制｜ZBot 用仿照脊髓神经网络的 CPG + bout gate 模型代替 PID 控制。"),
      b(
        "模拟小尺度｜把机器鱼放进普通水、213.9 cP 和 457.0 cP 三种黏度的液体，用黏度替代低雷诺数环境。",
        "中黏度（213.9 cP）和高黏度（457.0 cP）",
      ),
    ],
    results: [
      b("在 457.0 cP 的高黏度液体里，推进位移只有普通水中的约 1/30，轨迹特征与幼鱼吻合。"),
      b(
        "转向几乎不受黏度影响：转向角从普通水中的约 60° 只降到约 45°。",
        "普通水中的转向角约为 60°，高黏度液体中仍能保持约 45°",
      ),
      b("同等平均速度下，间歇游泳的综合能效明显高于连续游泳。"),
    ],
    insights: [b("局限｜ZBot 仍依赖预设 CPG 模型，尚无视觉闭环反馈。")],
  }),
  "minicpm-o-45": entry({
    org: "面壁智能",
    title: "面壁智能开源 9B 全双工全模态模型 MiniCPM-o 4.5",
    summary:
      "面壁智能开源 MiniCPM-o 4.5，号称首个开源的 9B 级全双工全模态模型，能在说话的同时继续接收视频和音频。OpenCompass 综合得分 77.6，多项基准超过 Gemini 1.5 Flash。",
    core: [
      b("时分复用｜输入流与输出流对齐到同一条毫秒级时间线，并行信息流被切成微小周期内的顺序信息组。"),
      b("流式编码｜循环分块编码把视觉、音频编码器改造成流式版本。"),
      b("自主开口｜模型每秒约判断 1 次是否开口，不再依赖外部 VAD。", "以大约 1Hz 的频率"),
    ],
    results: [
      b("OpenCompass 综合评估 77.6 分。", "MiniCPM-o 4.5 得分 77.6"),
      b("在 MMBench、MathVista、OmniDocBench 上超过闭源的 Gemini 1.5 Flash。"),
    ],
    insights: [
      b("9B 参数的体量让它有机会跑在高端手机、AI 眼镜和机器人上；多人同时说话、长视频开销仍待回答。"),
    ],
    resources: [
      link("GitHub", "https://github.com/OpenBMB/MiniCPM-o"),
      link("Hugging Face", "https://huggingface.co/openbmb/MiniCPM-o-4_5"),
    ],
  }),
  "attention-debiasing": entry({
    org: "上海大学/南开大学",
    title: "上海大学、南开提出注意力去偏，让视觉 token 剪枝更准",
    summary:
      "上海大学与南开大学发现视觉 token 剪枝所依赖的注意力分数存在位置偏置和 attention sink 两类偏差，提出无需重训练的 Attention Debiasing。接入 6 种剪枝方法后，在图像与视频理解基准上一致提升。",
    core: [
      b("趋势拟合去偏｜拟合注意力随位置的变化趋势，再从原始分数中减掉。"),
      b("padding 抑制｜剪枝排序时剔除或压低 padding token 的影响。"),
    ],
    results: [
      b("接入 FastV、PyramidDrop、SparseVLM 等六种剪枝方法，覆盖 LLaVA-7B/13B。", "共 6 种主流剪枝方法"),
      b("在 10 个图像理解基准和 3 个视频理解基准上均有提升，剪枝越激进优势越明显。"),
    ],
    resources: [
      link("论文", "https://arxiv.org/abs/2508.17807"),
      link("代码", "https://github.com/intcomp/attention-bias"),
    ],
  }),
  "claude-code-opus": entry({
    // org = the actor of the news (issue 10): the two speakers; the article never names Anthropic, and a product does not name its maker
    org: "Andrej Karpathy & Boris Cherny",
    title: "Karpathy 对话 Claude Code 负责人：AI 写全部代码之后",
    summary:
      "Andrej Karpathy 与 Claude Code 负责人 Boris Cherny 对谈，认为编程正从命令式转向声明式，人只定义成功标准。Claude Code 团队几乎全部代码已由 AI 借助 Opus 4.5 写成。",
    core: [
      b("Plan Mode｜先在计划模式下做高层推理、定架构，再切到执行模式写代码。"),
      b("CLAUDE.md｜用记忆文件保存项目规则与架构决策，配合 Opus 4.5 的长上下文缓解遗忘。"),
    ],
    results: [
      b(
        "Claude Code 团队曾在两天内提交 49 个 PR，代码几乎 100% 由 AI 完成。",
        "团队曾在 2 天内提交 49 个 PR",
      ),
      b("Karpathy 的工作流中 AI 编写的比例在 2025 年 11 月到 12 月间从 20% 升到 80%。"),
    ],
    insights: [b("隐忧｜Karpathy 担心写代码能力萎缩，以及 AI 大量产出“屎山”的 Slopacolypse。")],
    resources: [link("Claude Code", "https://claude.ai/code")],
  }),
  "clawdbot-trading": entry({
    // org = the actor of the news (issue 10): unnamed developers act; the publisher is not the org of a news report
    org: "未署名",
    title: "AI 智能体在 Polymarket 上自己赚 API 费",
    summary:
      "开发者用 OpenClaw 或 Claude Code 搭建交易智能体，在 Polymarket 上靠微套利和概率清扫赚钱，有账户累计利润达 49.3 万美元。",
    core: [
      b("微套利｜在 15 分钟窗口内寻找“是”“否”两份合约价格之和低于 1 美元的错误定价，同时买入双方。"),
      b("概率清扫｜卖出几乎不可能发生事件的“是”，赚取投机者支付的溢价。"),
    ],
    results: [
      b(
        "一个接入 Clawdbot 的账户完成约 2.9 万次交易，利润 49.3 万美元。",
        "累计完成约 29000 次交易，利润达 49.3 万美元",
      ),
      b("一个概率清扫地址约 1.5 万笔交易，把小额本金滚到 370 万美元。"),
      b("100 美元本金的实验早期亏 20 美元，最终胜率 92%，当天收益约 21 美元。"),
    ],
    insights: [
      b(
        "手动搭建一套系统约需 10 到 40 小时，有开发者预计半年内会出现一键部署应用。",
        "大约需要 10 到 40 小时",
      ),
    ],
  }),
  harari: entry({
    org: "尤瓦尔·赫拉利",
    title: "赫拉利：语言是文明的操作系统，AI 拿到了管理员权限",
    summary:
      "《人类简史》作者赫拉利认为，掌握语言的 AI 已能参与甚至重写社会契约，并把 2030 年视为人类文明被重新定义的分水岭。",
    core: [
      b("Moltbook｜他以 AI 社交平台 Moltbook 为例，说明智能体无需意识也能产生复杂社会行为。"),
      b("2030 年前后｜合成现实、决策外包与集体思维三重交汇。"),
    ],
    insights: [b("论述带有浓厚的技术决定论色彩，对去中心化治理与监管着墨不多。")],
  }),
  "jeff-dean-hennessy": entry({
    org: "Jeff Dean & Hennessy",
    title: "Jeff Dean、Hennessy 等发布 AI 务实路线图",
    summary:
      "Jeff Dean 与图灵奖得主 John Hennessy 等科学家发布报告，主张用数据而非口号评估 AI，认为静态题库已不够用，并把 AI 比作帮助能力较弱者的外骨骼。",
    core: [b("新基准｜介绍 CodeClash、BizBench、Terminal Bench 等更贴近真实生产力的评测。")],
    results: [
      b("GraphCast 预测极端天气比传统数值模型快一千倍以上。", "比传统超级计算机上的数值模型快 1000 倍以上"),
      b("哈佛物理课实验：AI 导师让学习成效翻到 2 倍，学习时间减少一半。"),
      b("咨询顾问实测中，AI 对表现平平员工的提升约为顶尖员工的 2.5 倍；低技能 +43%、高技能 +17%。"),
      b("1970 年至 2020 年间程序员数量增长了 11 倍。"),
    ],
    resources: [link("报告官网", "https://shapingai.com/"), link("论文", "https://arxiv.org/abs/2412.02730")],
  }),
  "linear-attention-review": entry({
    org: "新智元",
    title: "线性注意力与状态空间模型一年回顾",
    summary:
      "标准注意力的开销随序列长度平方增长，过去一年线性注意力、状态空间模型与混合架构轮番登场，混合架构成为主流选择。",
    core: [
      b("线性注意力｜用核函数近似 softmax，把复杂度降到线性，并能用固定大小的状态推理。"),
      b("状态空间模型｜以 Mamba 为代表，长序列效率高，但精确回忆细节不如标准注意力。"),
    ],
    insights: [b("混合架构在大部分层用线性模块，少数层保留标准注意力做精确检索。")],
  }),
  "minicpm-o-45-qbitai": entry({
    org: "面壁智能",
    title: "MiniCPM-o 4.5 开源：告别对讲机式聊天",
    summary: "面壁智能开源 9B 参数的全双工全模态模型 MiniCPM-o 4.5，说话时仍能看画面、听声音，随时可被打断。",
    results: [
      b(
        "OpenCompass 综合得分 77.6，在 MMBench、MathVista、OmniDocBench 上超过 Gemini 1.5 Flash。",
        "OpenCompass 综合得分 77.6",
      ),
    ],
    core: [b("开口时机｜模型约每秒做一次判断，决定是否说话、是否主动提醒。")],
    resources: [link("GitHub", "https://github.com/OpenBMB/MiniCPM-o")],
  }),
  "minicpm-o-45-xinzhiyuan": entry({
    org: "面壁智能",
    title: "面壁开源 MiniCPM-o 4.5：说话时也能继续看和听",
    summary: "MiniCPM-o 4.5 以 9B 参数实现全双工、全模态交互，OpenCompass 综合评估 77.6 分。",
    core: [b("模型以约 1Hz 的频率根据语义自主判断是否开口。")],
    results: [b("在 MMBench、MathVista、OmniDocBench 等基准上超过 Gemini 1.5 Flash。")],
    resources: [
      link("项目", "https://github.com/OpenBMB/MiniCPM-o"),
      link("权重", "https://huggingface.co/openbmb/MiniCPM-o-4_5"),
    ],
  }),
  "neurips-audit": entry({
    // org = the actor of the news (issue 10): an anonymous researcher acts; the publisher is not the org of a news report
    org: "未署名",
    title: "AI 一夜审计 NeurIPS 2024 全部 4035 篇论文的开源承诺",
    summary:
      "一位匿名研究者借助智能体写出审计系统，检查了 NeurIPS 2024 的 4035 篇论文，发现 98 篇属于“假开源”。",
    core: [
      b("数据获取｜通过 OpenReview API 拉取元数据，用 GitHub API 查询提交记录与文件树。"),
      b("启发式规则｜检查仓库是否只有 README.md、是否挂 Coming Soon、最后提交是否早于论文发表。"),
    ],
    results: [
      b(
        "约六成（2404 篇）给出了有效的代码仓库，约 38%（1533 篇）没有代码链接。",
        "约 60%（2404 篇）提供了有效且包含代码的仓库",
      ),
      b("98 篇链接打开是 404、空仓库或长期“即将发布”。"),
      b("NeurIPS 自 2021 年起引入可复现性检查清单。"),
    ],
    insights: [b("规则难免误判：代码托管在 GitHub 以外或 PDF 链接失效都会带来假阳性。")],
  }),
  "nvidia-world-models": entry({
    // org = the actor of the news (issue 10): his own essay (撰文提出); his employer does not act in it
    org: "Jim Fan",
    title: "Jim Fan：下一轮预训练是预测下一个物理状态",
    summary:
      "英伟达的 Jim Fan 撰文提出，大世界模型（LWM）将取代“预测下一个 token”成为下一轮预训练的主角，并判断 2026 年是其为具身智能奠基之年。",
    core: [
      b("世界建模｜在给定动作下预测未来合理的物理状态，关键是反事实。"),
      b("视觉优先｜批评 VLA 头重脚轻，指出视觉相关区域约占大脑皮层的三分之一。"),
    ],
    insights: [b("遥操作数据稀缺、像素重建是否最优等问题将决定机器人的“GPT-3 时刻”何时到来。")],
  }),
  "openai-research-product": entry({
    org: "OpenAI",
    title: "算力向 ChatGPT 倾斜，OpenAI 研究老将接连离开",
    summary:
      "据《金融时报》报道，OpenAI 把 ChatGPT 放在最高优先级，非 LLM 研究的算力申请常被拒，研究副总裁 Jerry Tworek 等人离职。",
    core: [b("路线之争｜Tworek 要求为非 LLM 研究增加算力，被首席科学家 Jakub Pachocki 否决。")],
    results: [b("OpenAI 正寻求与英伟达达成约 1000 亿美元规模的算力合作。", "规模约 1000 亿美元的算力合作")],
    insights: [b("商业化压力增大，API 策略和老模型生命周期可能变化，开发者宜提前准备迁移。")],
    resources: [link("金融时报报道", "https://www.ft.com/content/e581b7a4-455c-48e6-a87c-c39bb9c62a12")],
  }),
  "openclaw-security": entry({
    // org = the actor of the news (issue 10): the subject of 被曝; the publisher is not the org of a news report
    org: "OpenClaw",
    title: "OpenClaw 爆火背后：隐形越狱让网页变成代码",
    summary:
      "开源智能体 OpenClaw 从 512MB 内存的树莓派到 M3 Ultra 都能运行，两个月累计约 10 万星标；安全研究者演示了通过隐藏提示词实施的“隐形越狱”。",
    results: [
      b("在 Raspberry Pi Zero 2W 上接入 DeepSeek 的机器人内存占用仅约 85MB。"),
      b("M3 Ultra 的 Mac Studio 本地运行 Kimi K2.5，推理速度约每秒 24 个 token。", "推理速度约 24 tokens/s"),
      b("GitHub 星标两个月内累计约 10 万。"),
    ],
    insights: [b("防护｜限制 shell 执行权限、沙箱运行，并对外部上下文做二次安全扫描。")],
  }),
  "qbitai-hiring": entry({
    org: "量子位",
    title: "量子位编辑部招聘",
    stars: 1,
    summary: "量子位招聘 AI 方向编辑、AI 产品研究员和商务与活动实习生，工作地点北京。",
    core: [b("实习生每周至少到岗 4 天。")],
  }),
  "rag-evolution": entry({
    org: "机器之心",
    title: "RAG 三年：从朴素流水线到 Agentic RAG",
    summary: "检索增强生成在三年里从“先检索、再生成”的流水线，演变成智能体主导的多轮决策系统。",
    core: [
      b("朴素 RAG｜文档切块、向量化后检索最相似的若干块拼进提示词。"),
      b("工程化 RAG｜混合检索、重排序和查询改写提升检索质量。"),
      b("Agentic RAG｜检索成为智能体的工具，复杂问题拆成多个子问题分别检索。"),
    ],
    insights: [b("知识更新、权限控制与出处要求让检索仍是最可控的方式。")],
  }),
  rentahuman: entry({
    org: "rentahuman.ai",
    title: "rentahuman.ai：AI 智能体发任务，人类按小时接单",
    summary:
      "新平台 rentahuman.ai 借助 MCP 把人类行为封装成可被智能体调用的工具，上线 48 小时注册人数就破万，目前已超过 2 万。",
    core: [b("工具调用｜智能体在调用参数里写明任务描述、地理坐标和预算上限，平台经 REST API 匹配附近用户。")],
    results: [
      b("上线首晚有 130 多人报名，两天内突破一万人。", "48 小时内突破 1 万人"),
      b("多数人把时薪设在 10 到 50 美元之间。"),
    ],
    insights: [b("结果验收和责任链条是最大难题。")],
    resources: [link("官网", "https://rentahuman.ai/"), link("MCP", "https://modelcontextprotocol.io/")],
  }),
  "skywork-desktop": entry({
    org: "昆仑天工",
    title: "昆仑天工发布 Skywork Desktop，主攻 Windows 办公",
    summary:
      "昆仑天工发布面向 Windows 的桌面智能体 Skywork Desktop，原生集成 Windows 文件系统，Auto 模式按任务在 Claude Opus 4.5 与 Gemini 3 Pro 之间路由。",
    core: [
      b("Auto 模式｜推理和写代码调用 Claude Opus 4.5，多模态素材交给 Gemini 3 Pro。"),
      b("技能包｜内置 100 多个预设技能包，可在本地 Python 环境调用各类库。", "内置了 100 多个预设技能包"),
    ],
    insights: [b("“大脑”仍依赖云端模型，弱网表现和私有系统适配能力有待观察。")],
    resources: [link("官网", "https://skywork.ai/desktop")],
  }),
  "xcode-26-3": entry({
    org: "苹果",
    title: "Xcode 26.3 原生集成 Claude 与 OpenAI，支持智能体编程和 MCP",
    summary:
      "苹果在 Xcode 26.3 中原生集成 Claude 与 OpenAI 模型，引入智能体编程和 MCP，并通过 Foundation Models 框架开放约 3B 参数的端侧模型。",
    core: [
      b("视觉闭环｜智能体截取 Xcode Previews 画面，“看”UI 后修正颜色、间距和深色模式适配。"),
      b("端侧模型｜Foundation Models 框架开放约 30 亿参数的端侧模型，断网也能提供基本智能。"),
    ],
    results: [
      b("独立开发者反馈中等复杂度 App 的开发周期有望缩短 30%–50%。", "缩短 30% 到 50%"),
      b("更新覆盖约 5000 万注册开发者，App Store 生态年交易规模约 1.3 万亿美元。"),
    ],
    resources: [link("Anthropic 说明", "https://www.anthropic.com/news/claude-in-xcode")],
  }),
};
