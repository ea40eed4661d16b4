/**
 * The 16 entries of the reference digest (/work/shared/reference/sample-digest-2026-02-04.md) as
 * structured data: the text is the sample's own, after the normalisations of normalise-sample.ts
 * (resource lines without a URL and the text around resource links are not representable in the
 * model and are absent). Times are the sample's +08:00 wall-clock times in UTC. Coverage, usage,
 * verification and notes are invented for the footer (the sample has none).
 */
import type { AnalyserInfo, Briefing, BriefingItem } from "../../model/index.ts";
import { problemFromText } from "../../model/problem.ts";

const llm: { analyser: AnalyserInfo } = {
  analyser: { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "entry-v1" },
};

const items: BriefingItem[] = [
  {
    ...llm,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url: "https://mp.weixin.qq.com/s/2RAttiGnUNorVGu6OCIdag",
    publishedAt: "2026-02-04T11:18:00Z",
    entry: {
      org: "美团",
      title: "STAR：堆叠自回归架构实现多模态“理解-生成-编辑”全能统一",
      stars: 5,
      tags: [
        "多模态大模型",
        "堆叠自回归",
        "图像生成",
        "计算机视觉"
      ],
      summary: "美团提出 STAR 框架，通过“堆叠同构自回归模块”与“四阶段任务递进训练”，在保持顶尖多模态理解能力的同时，实现了 GenEval 0.91 的 SOTA 生成表现，破解了统一模型的“能力诅咒”。",
      core: {
        bullets: [
          {
            label: "堆叠同构自回归架构 (Stacked-Isomorphic AR)",
            text: "",
            children: [
              {
                label: "架构解耦",
                text: "在预训练且冻结的理解模型（如 Qwen2.5-VL）上方“堆叠”额外的 Transformer 层。STAR-3B 堆叠了 16 层（1.2B），STAR-7B 堆叠了 14 层（3B）。"
              },
              {
                label: "初始化 Trick",
                text: "堆叠模块直接复用基础模型的顶层参数进行初始化，确保特征空间的一致性，省去了复杂的特征转换桥（Feature Bridge）。"
              }
            ]
          },
          {
            label: "任务递进式训练 (Task-Progressive Training)",
            text: "",
            children: [
              {
                label: "Stage 1 (VQ 训练)",
                text: "训练高容量图像量化器 STAR-VQ，将图像转化为离散 Token。"
              },
              {
                label: "Stage 2 (生成预训练)",
                text: "冻结基础模型，仅训练堆叠模块学习 Text-to-Image 任务。"
              },
              {
                label: "Stage 3 (对齐训练)",
                text: "优化扩散解码器（Diffusion Decoder），增强生成细节。"
              },
              {
                label: "Stage 4 (统一指令微调)",
                text: "联合微调所有生成组件，并利用**梯度停止机制**确保新任务不干扰原有的理解参数。"
              }
            ]
          },
          {
            label: "隐式推理机制 (Implicit Reasoning)",
            text: "",
            children: [
              {
                text: "生成前利用冻结的基础 AR 模型先产生蕴含知识的隐式 Latent Tokens，再作为条件引导堆叠模块生成图像，实现“先推理、后绘图”。"
              }
            ]
          },
          {
            label: "高容量量化器 (STAR-VQ)",
            text: "",
            children: [
              {
                text: "将 Codebook 规模从 16k 扩充至 65k，维度升至 512 维，并引入映射层防止码本崩溃，大幅提升图像重建的精度。"
              }
            ]
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "生成能力 (GenEval)",
            text: "综合得分 **0.91**，刷新 SOTA。在物体计数、颜色属性、空间关系等 5 项子任务中排名第一。"
          },
          {
            label: "复杂场景 (DPG-Bench)",
            text: "得分 **87.44**，领先同类模型，证明了多物体组合生成的鲁棒性。"
          },
          {
            label: "图像编辑 (ImgEdit)",
            text: "得分 **4.34**（满分 5），在物体提取、动作编辑等细分任务中显著领先。"
          },
          {
            label: "理解能力 (Benchmark)",
            text: "在保留生成能力的同时，在 MME、MMBench 等 9 大视觉理解榜单上未见退化，甚至略有提升。"
          },
          {
            label: "模型规模",
            text: "以较小的额外参数代价（如 7B 模型仅增 3B 模块）实现了超越专用生成模型（如 SDXL）的对齐效果。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "工程 Trick",
            text: "STAR 的成功很大程度上归功于其“冻结基座+参数堆叠”的保守策略。这在工程上极具价值，因为它允许开发者在不破坏现有成熟 VLM 能力的前提下，像“插拔模块”一样增加生成功能。"
          },
          {
            label: "局限性",
            text: "四阶段训练流程相对复杂，且依赖于高质量的 VQ-VAE。目前尚未覆盖视频生成等动态模态，未来在训练效率上仍有优化空间。"
          },
          {
            label: "部署建议",
            text: "同构架构意味着推理时可以复用大量算子优化逻辑，适合追求“理解+生成”一体化的工业级端侧或云端部署。"
          }
        ]
      },
      resources: [
        {
          label: "Arxiv 论文",
          url: "https://arxiv.org/pdf/2512.13752"
        },
        {
          label: "GitHub 代码",
          url: "https://github.com/MM-MVR/STAR"
        },
        {
          label: "项目主页",
          url: "https://star-mm-ai.github.io"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url: "https://mp.weixin.qq.com/s/neBdXnBdD4BTKeGhck1eBA",
    publishedAt: "2026-02-04T01:03:00Z",
    entry: {
      org: "上海大学/南开大学",
      title: "Attention Debiasing：揭示并修正多模态大模型剪枝中的位置与 Attention Sink 偏置",
      stars: 4,
      tags: [
        "多模态大模型",
        "VLM",
        "模型压缩",
        "Token剪枝",
        "注意力机制"
      ],
      summary: "该研究揭示了多模态模型中 Attention 机制存在严重的位置偏置与 Padding 干扰，并提出一种无需重训练的“去偏”插件，显著提升了视觉 Token 剪枝在推理加速时的精度。",
      core: {
        bullets: [
          {
            label: "位置偏置 (Recency Bias)",
            text: "Language-to-Vision Attention 会随视觉 Token 在序列中的位置增大而增强。在图像上表现为模型天然倾向于关注图像下方区域，即便该区域无语义信息。"
          },
          {
            label: "Attention Sink (Padding 偏置)",
            text: "受 Hidden State 异常激活影响，无语义的 Padding Token 会获得极高的 Attention 权重，导致剪枝时误保留无效信息。"
          },
          {
            label: "核心改进方案（Attention Debiasing）",
            text: "",
            children: [
              {
                label: "趋势拟合去偏",
                text: "通过对 Attention 随位置变化的整体趋势进行曲线拟合，构建位置偏置基准，并从原始 Attention Score 中减去该趋势，从而显式削弱位置因素。"
              },
              {
                label: "Padding 抑制",
                text: "在剪枝排序阶段显式剔除或抑制 Padding Token 的影响。"
              },
              {
                label: "即插即用",
                text: "该方法无需对模型进行任何重新训练或微调，可直接作为后处理模块集成到现有的剪枝框架中。"
              }
            ]
          }
        ],
        lead: "文章指出在 VLM（视觉-语言模型）中，传统的“以 Attention Score 作为 Token 重要性指标”的方法存在系统性偏差，主要源于以下两点："
      },
      results: {
        bullets: [
          {
            label: "兼容性验证",
            text: "成功集成到 FastV、PyramidDrop、SparseVLM、HiMAP、TokenCarve、iLLaVA 等 6 种主流剪枝方法中。"
          },
          {
            label: "Benchmark 表现",
            text: "在 10 个图像理解基准和 3 个视频理解基准（覆盖 LLaVA-7B/13B 等）上均实现一致的性能提升。"
          },
          {
            label: "极端场景表现",
            text: "在剪枝比例极其激进（Token 预算极低）的情况下，去偏后的模型性能优势比普通剪枝更为显著。"
          },
          {
            label: "可解释性",
            text: "可视化证明去偏后模型保留的 Token 更精准地集中在目标物体上，而非图像底部的无关背景。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "技术点评",
            text: "该研究深刻反映了“模型关注点”不等于“语义重要性”的工程现状。过去很多剪枝方法效果不佳，往往归咎于剪枝算法本身，而忽略了 Attention Score 这一输入信号本身就是“带毒”的。"
          },
          {
            label: "部署建议",
            text: "对于在边缘设备部署 VLM 的开发者，建议在实施任何基于 Attention 的视觉剪枝（Pruning）或合并（Merging）策略前，优先加入位置去偏逻辑，这几乎是“零成本”的精度提升手段。"
          }
        ]
      },
      resources: [
        {
          label: "论文链接",
          url: "https://arxiv.org/abs/2508.17807"
        },
        {
          label: "GitHub 项目",
          url: "https://github.com/intcomp/attention-bias"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url: "https://mp.weixin.qq.com/s/6EfNEH0qtvzE4G-nxyCgPg",
    publishedAt: "2026-02-04T03:08:00Z",
    entry: {
      org: "EPFL & Duke",
      title: "ZBot：基于中枢模式发生器（CPG）的仿生机器鱼与间歇性游泳能效研究",
      stars: 4,
      tags: [
        "仿生机器人",
        "神经控制",
        "生物力学",
        "Science Robotics"
      ],
      summary: "通过研发仿生机器鱼 ZBot，研究团队揭示了斑马鱼间歇性游泳比连续游泳更高效的本质在于：该模式能使驱动器（肌肉/电机）持续处于高效率负载区间，而非仅仅为了减小阻力。",
      core: {
        bullets: [
          {
            label: "控制架构（CPGs + Bout Gate）",
            text: "构建了一套模拟斑马鱼神经网络的“中枢模式发生器 + 动作门”模型。CPG 负责生成基本的振荡节律，通过 Bout Gate 门控机制实现运动的开启与停止，从而复现斑马鱼幼鱼标志性的“间歇性游泳”行为。"
          },
          {
            label: "具身神经模型",
            text: "通过调节运动神经元（Motor Neuron）的输出增益等参数，ZBot 能够精准模拟斑马鱼的多种步态，包括慢速直行（slow 2）、常规转向（routine turn）、J型转向（J-turn）及接近游泳（approach swim）。"
          },
          {
            label: "跨雷诺数实验设计",
            text: "利用流体粘度（Viscosity）与雷诺数（Re）成反比的物理特性，将 ZBot 置于普通水、中粘度（213.9 cP）和高粘度（457.0 cP）流体中。这允许在宏观尺度下模拟微观斑马鱼幼鱼所处的低雷诺数、黏性力主导的环境。"
          },
          {
            label: "能效映射模型",
            text: "研究对比了生物肌肉与伺服电机的负载-效率特性，发现两者均符合“倒 U 型”曲线。研究提出了基于占空比（Duty Factor）的能效控制策略。"
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "推进效率与粘度关系",
            text: "在高粘度流体中，ZBot 的推进位移下降至普通水中的 **1/30**，但其运动轨迹特征与真实斑马鱼幼鱼高度一致。"
          },
          {
            label: "转向稳定性",
            text: "流体粘度对转向功能干扰极小。在普通水中转向角为 60°，而在高粘度流体中仍能保持约 **45°**，验证了该神经控制模型在极端环境下的鲁棒性。"
          },
          {
            label: "能效对比",
            text: "实验证实，在相同移动速度下，间歇性游泳模式的综合能效显著优于连续游泳模式，因为间歇驱动避免了电机进入低负载低效率区。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "机器人实验的科研范式",
            text: "该工作展示了机器人作为“物理仿真器”在神经科学中的独特价值。在活体动物上难以进行的神经环路改造（如精准控制神经元增益或改变物理环境粘度），在机器人身上可以低成本、无伦理限制地实现，从而将“相关性观察”提升为“因果机制验证”。"
          },
          {
            label: "工程应用建议",
            text: "对于水下航行器设计，该研究建议在中低速巡航时采用间歇驱动以换取长航程；而在高速任务中，则需牺牲能效切换至连续驱动以保证动力响应。"
          },
          {
            label: "局限性",
            text: "目前 ZBot 的控制仍主要基于预设的 CPG 模型，未来若能引入基于视觉反馈的闭环实时调整，将更贴近生物真实的避障与捕食行为。"
          }
        ]
      },
      resources: []
    },
  },
  {
    ...llm,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url: "https://mp.weixin.qq.com/s/9rdsklv3I8mrFHaSRUGSzw",
    publishedAt: "2026-02-04T11:18:00Z",
    entry: {
      org: "面壁智能",
      title: "MiniCPM-o 4.5：9B 参数量实现全双工全模态实时交互与自主决策",
      stars: 4,
      tags: [
        "开源",
        "多模态",
        "全双工交互",
        "端侧模型"
      ],
      summary: "首个开源的 9B 级全双工全模态模型，通过流式架构实现了“边听边看边说”的实时类人交互，并首次在模型内生层面解决了自主发言时机决策问题。",
      core: {
        bullets: [
          {
            label: "全双工全模态架构",
            text: "打破传统多模态“提交-响应”的单工模式，模型在生成语音或文本的同时，能持续感知外部视频与音频流，输入输出流互不阻塞。"
          },
          {
            label: "时间对齐与时分复用",
            text: "在毫秒级时间线上对齐输入流与输出 Token，通过时分复用机制将并行流划分为微小周期内的顺序信息组，实现微观层面的并行处理。"
          },
          {
            label: "循环分块编码 (Cyclic Chunk Encoding)",
            text: "将离线模态编码器重构为流式版本，通过对多模态流进行微小分块（Chunks）的循环处理，确保模型在输出时仍能解码环境信息。"
          },
          {
            label: "端到端语音生成",
            text: "采用文本与语音 Token 交错建模，通过稠密隐藏层连接实现端到端合成，而非传统的 TTS 拼接，支持根据实时反馈动态调整语气和情感。"
          },
          {
            label: "内生语义驱动决策",
            text: "摆脱了传统的外部 VAD（语音活动检测）工具，模型以约 1Hz 的频率基于语义理解自主判断是否开口、是否被打断或是否需要主动介入（如主动提醒、评论）。"
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "综合评估",
            text: "在 OpenCompass 综合评估中得分 **77.6**。"
          },
          {
            label: "多模态 Benchmarks",
            text: "在 **MMBench**（综合视觉）、**MathVista**（数学推理）及 **OmniDocBench**（文档解析）等关键任务上击败了顶级闭源模型 **Gemini 1.5 Flash**。"
          },
          {
            label: "模型规模",
            text: "仅 **9B** 参数量，展现了极高的“能力密度”，在保持 SOTA 级表现的同时兼顾了端侧推理的能效比。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "交互范式转移",
            text: "该工作标志着 AI 从“工具化问答”向“陪伴式协作”的转变，全双工能力是实现真正具身智能（机器人、AI 眼镜）的基石。"
          },
          {
            label: "端侧部署优势",
            text: "流式全模态交互对隐私和延迟极度敏感，9B 的参数量使得在端侧实现全天候、伴随式感知成为可能。"
          },
          {
            label: "局限性",
            text: "文中未详细讨论在复杂多声源环境下的“鸡尾酒会效应”处理能力，以及长时段视频流输入对计算开销的极端挑战。"
          }
        ]
      },
      resources: [
        {
          label: "GitHub 项目",
          url: "https://github.com/OpenBMB/MiniCPM-o"
        },
        {
          label: "Hugging Face",
          url: "https://huggingface.co/openbmb/MiniCPM-o-4_5"
        },
        {
          label: "在线 Demo",
          url: "https://minicpm-omni.openbmb.cn/"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "xinzhiyuan",
    sourceName: "新智元",
    sourceOrder: 1,
    url: "https://mp.weixin.qq.com/s/JRMfJzRxRFKLm5IXEN-_nQ",
    publishedAt: "2026-02-04T00:45:00Z",
    entry: {
      org: "Jeff Dean & Hennessy",
      title: "Shaping AI: 顶级科学家定义的 AI 务实路线图与实战化评估标准",
      stars: 4,
      tags: [
        "人工智能",
        "技术报告",
        "AI for Science",
        "Benchmark"
      ],
      summary: "由 Jeff Dean 与 John Hennessy 等顶尖科学家联手发布，旨在将 AI 讨论从“末日论/狂热论”引向务实工程实践，重点关注 AI for Science、技能补齐效应及全新的实战化评测体系。",
      core: {
        bullets: [
          {
            label: "实战化评测体系 (Real-world Benchmarking)",
            text: "认为现有 MMLU 等静态题库已失效，提倡通过 **Laude 研究所** 建立更接近真实生产力的标准：",
            children: [
              {
                label: "CodeClash",
                text: "引入模型间的代码攻防对抗，测试真实编程逻辑而非记忆。"
              },
              {
                label: "BizBench",
                text: "模拟真实的白领工作流，评估 AI 在复杂商业决策与跨工具协作中的表现。"
              },
              {
                label: "Terminal Bench",
                text: "要求 AI 直接在真实的计算机命令行环境下解决系统级故障，侧重工程实操。"
              }
            ]
          },
          {
            label: "AI for Science 范式转移",
            text: "",
            children: [
              {
                text: "强调 **GraphCast**（基于图神经网络的气象模型）在速度（提升千倍以上）与精度上对传统数值天气预报的超越。"
              },
              {
                text: "提及 **AlphaFold** 与磁场控制核聚变的等离子体模拟，作为 AI 解决硬核科学问题的标杆实现。"
              }
            ]
          },
          {
            label: "技能拉平效应 (Skill-Leveling)",
            text: "通过实验数据证明 AI 是一种“外骨骼”而非单纯的替代品，其对低技能人群的生产力增益（+43%）显著高于高技能人群（+17%），具有缩小技能鸿沟的技术特性。"
          }
        ],
        lead: "报告不局限于宏观叙事，而是从工程与经济学视角拆解了 AI 的落地路径："
      },
      results: {
        bullets: [
          {
            label: "教育增益",
            text: "哈佛物理课实验显示，AI 导师辅助下，学生**学习成效提升 2 倍**，且**学习时间减半**。"
          },
          {
            label: "气象预测",
            text: "GraphCast 模型在预测极端天气时，运行速度比传统超级计算机模型**快 1000 倍以上**。"
          },
          {
            label: "职业增长",
            text: "程序员群体在编程工具进化的 50 年间（1970-2020），数量反而**增长了 11 倍**，反驳了“效率提升必导致裁员”的固定思维。"
          },
          {
            label: "技能补齐",
            text: "针对咨询顾问的实测显示，AI 对原本表现平平的员工效率提升幅度是顶尖高手的 **2.5 倍**。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "需求弹性决定论",
            text: "报告指出，AI 导致的失业只会发生在“需求无弹性”的领域（如农业），而在教育、医疗、软件开发等需求近乎无限的领域，AI 降低成本只会激发更大的市场需求。"
          },
          {
            label: "治理创新",
            text: "提出建立类似于国际反兴奋剂机构的“**虚假信息侦探社**”，通过技术手段（如数字水印、溯源算法）建立中立的权威鉴定机制。"
          },
          {
            label: "局限性",
            text: "报告虽然给出了宏观蓝图，但在如何解决大规模算力垄断、确保中小开发者获得 Laude 研究所同等资源方面，仍依赖于非营利组织的理想化运作。"
          }
        ]
      },
      resources: [
        {
          label: "官方网站",
          url: "https://shapingai.com/",
          title: "shapingai.com"
        },
        {
          label: "Arxiv 论文",
          url: "https://arxiv.org/abs/2412.02730",
          title: "arXiv:2412.02730 - Shaping the Impact of AI on Billions of People"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "xinzhiyuan",
    sourceName: "新智元",
    sourceOrder: 1,
    url: "https://mp.weixin.qq.com/s/MoOKJau-DdpuoiU_qOujZA",
    publishedAt: "2026-02-04T03:37:00Z",
    entry: {
      org: "Anthropic",
      title: "Claude Code & Opus 4.5：从命令式编程到 Agentic Coding 的范式转移",
      stars: 4,
      tags: [
        "AI Agent",
        "软件工程",
        "Claude Code",
        "编程范式"
      ],
      summary: "Andrej Karpathy 与 Boris Cherny 深度对谈，宣告编程进入“声明式意图”时代，AI 接管 100% 代码实现，程序员角色向系统架构师与指挥官转型。",
      core: {
        bullets: [
          {
            label: "Agentic Coding (代理编码) 范式",
            text: "从命令式（Imperative，告知每一步做法）转向声明式（Declarative，定义成功标准）。AI 基于意图（Intent）自主完成从架构设计到代码编写、测试、重构的全流程。"
          },
          {
            label: "循环验证 (Looping) 与自纠错",
            text: "核心在于 AI 具备在一个封闭循环内运行代码、读取终端报错、根据错误反馈（Stack Trace）自我修正的能力，直至通过测试用例。"
          },
          {
            label: "双模式切换逻辑",
            text: "",
            children: [
              {
                label: "Plan Mode (计划模式)",
                text: "AI 先进行高层逻辑推理，输出策略文档，确立系统架构。"
              },
              {
                label: "Execution Mode (执行模式)",
                text: "根据计划进行高并发、并行的代码生成与修改。"
              }
            ]
          },
          {
            label: "上下文管理 (CLAUDE.md)",
            text: "利用长文本窗口模型（Opus 4.5）配合 `CLAUDE.md` 等记忆文件，保存项目特定规则、架构决策和长期记忆，解决 LLM 在大型项目中的上下文遗忘问题。"
          },
          {
            label: "并行化开发工作流",
            text: "支持在终端同时运行多个 Claude 实例并行处理不同任务，极大提升了单人的工程杠杆率。"
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "生产力飞跃",
            text: "Claude Code 团队目前几乎 **100% 的代码**由 AI 结合 Opus 4.5 完成；Boris 团队曾实现 **2 天提交 49 个 PR** 的高频产出。"
          },
          {
            label: "范式转换速度",
            text: "Karpathy 个人工作流在 2025 年 11 月至 12 月间，从 **20% AI 占比剧增至 80%**。"
          },
          {
            label: "Benchmark 表现",
            text: "Claude Opus 4.5 在 **CodeClash.ai** 等代码基准测试中展现出明显的统治力，特别是在长程推理和系统级代码重构方面。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "能力萎缩 (Atrophy)",
            text: "Karpathy 指出人类“生成代码”的肌肉记忆正在退化，大脑功能从“生成”转向“辨别（Review）”，长期可能导致对底层系统理解的浅层化。"
          },
          {
            label: "垃圾代码末日 (Slopacolypse)",
            text: "AI 可能会生成大量看似正确但过度抽象、充满死代码（Dead Code）的“屎山”。"
          },
          {
            label: "应对策略：AI Review AI",
            text: "Boris 提出通过开启新的上下文窗口让 AI 相互审计代码，实现工程质量的螺旋式上升，而非单纯依赖人工 Review。"
          },
          {
            label: "10x 工程师重定义",
            text: "未来的竞争力不在于语法精通度，而在于**产品思维、架构视野**以及对**世界本质逻辑**的理解。"
          }
        ]
      },
      resources: [
        {
          label: "工具项目",
          url: "https://claude.ai/code",
          title: "Claude Code"
        },
        {
          label: "概念来源",
          url: "https://karpathy.medium.com/software-2-0-a64339306651",
          title: "Software 2.0 (Karpathy)"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "xinzhiyuan",
    sourceName: "新智元",
    sourceOrder: 1,
    url: "https://mp.weixin.qq.com/s/63Io84pYoSzsUbk1yP5U_g",
    publishedAt: "2026-02-04T07:50:00Z",
    entry: {
      org: "Anthropic/社区",
      title: "Clawdbot & Claude Code：基于预测市场的 AI Agent 自动化套利与金融生存策略",
      stars: 4,
      tags: [
        "AI Agent",
        "量化交易",
        "Claude Code",
        "Polymarket",
        "金融科技"
      ],
      summary: "利用 Claude Code 及 OpenClaw 等 Agent 工具，通过自动化执行 Polymarket 预测市场的微套利与反向“概率清扫”策略，实现 AI 智能体自主赚取 API 成本乃至高额利润。",
      core: {
        bullets: [
          {
            label: "自动化环境配置",
            text: "基于 `OpenClaw` (Clawdbot) 或 `Claude Code` 框架，Agent 自行配置环境依赖、关联 `Brave Search API` 进行实时信息检索，并调用钱包密钥。"
          },
          {
            label: "微套利策略 (Micro-arbitrage)",
            text: "通过 API 24 小时监控 Polymarket 市场。核心算法逻辑为寻找 15 分钟窗口内的“定价错误”——当同一事件的“是(Yes)”与“否(No)”份额价格之和小于 1 美元时，Agent 立即同时买入双方。这是一种基于数学期望的无风险套利，依赖于高频执行（如 29,000 次交易）积累利润。"
          },
          {
            label: "反向概率清扫 (Market Cleaning)",
            text: "利用 LLM 的常识推理能力识别“数学上几乎不可能发生”的极端事件（如：本周爆发三战、外星人登陆等）。Agent 在此类市场中充当“收割者”，大量卖出极低概率的“Yes”头寸（或买入极高概率的“No”），赚取赌徒支付的溢价。"
          },
          {
            label: "自愈与自增长",
            text: "Agent 具备读取系统日志、发现 Telegram/API 漏洞并自行修复 (Self-patching) 的能力。文中提到的 Moltbook 甚至出现了 Agent 编写针对其他 Agent 的“金融生存指南”，旨在通过套利抵消 API 使用成本。"
          }
        ],
        lead: "文章揭示了 AI Agent 从“助理”向“经济主体”转化的技术路径，核心实现逻辑包括："
      },
      results: {
        bullets: [
          {
            label: "Polymarket 套利案例",
            text: "通过集成 Clawdbot 自动执行微套利，单账户实现利润 **49.3 万美元**。"
          },
          {
            label: "胜率表现",
            text: "某实验者为 Agent 提供 100 美元本金进行一天的强化学习后，虽早期亏损 20 美元，但最终达到 **92% 的胜率**，日收益约 21 美元。"
          },
          {
            label: "清扫策略收益",
            text: "针对极端小概率事件进行反向下注，某地址通过约 15,000 笔交易，将小额本金滚雪球至 **370 万美元**。"
          },
          {
            label: "部署效率",
            text: "当前手动配置（依赖安装、Prompt 调优、钱包连接）需 10-40 小时，预计未来 6 个月内将出现一键部署的“套利 Agent”应用。"
          }
        ],
        lead: "文中提到了数个极具参考价值的工程实践案例："
      },
      insights: {
        bullets: [
          {
            label: "工程 Trick",
            text: "成功的 Agent 交易并非依赖对未来价格的预测（Predicting），而是对市场结构性机会的反应（Reacting）。在高波动、非理性情绪充斥的预测市场，Agent 的冷静与 24/7 不间断执行是核心优势。"
          },
          {
            label: "局限性",
            text: "随着此类 Agent 的开源与普及，市场套利空间将迅速被抹平。未来将演变为 Agent 之间的“延迟竞争”与“策略博弈”。"
          },
          {
            label: "部署建议",
            text: "对于开发者而言，当前的红利期在于将 LLM 的推理能力与特定垂直领域（如 Polymarket, Dex, 域名抢注）的 API 进行深度耦合，而非仅仅将其作为聊天工具。"
          }
        ]
      },
      resources: [
        {
          label: "GitHub 项目",
          url: "https://github.com/vllm-project/vllm",
          title: "OpenClaw (Clawdbot)"
        },
        {
          label: "平台",
          url: "https://docs.polymarket.com/",
          title: "Polymarket API 官方文档"
        },
        {
          label: "工具",
          url: "https://docs.anthropic.com/en/docs/agents-and-tools/claude-code",
          title: "Claude Code"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "xinzhiyuan",
    sourceName: "新智元",
    sourceOrder: 1,
    url: "https://mp.weixin.qq.com/s/HjbdYszyJdt1gLpdT1yabA",
    publishedAt: "2026-02-04T07:50:00Z",
    entry: {
      org: "OpenClaw",
      title: "Clawdbot 自主智能体：跨平台部署实践与“隐形越狱”安全威胁分析",
      stars: 4,
      tags: [
        "AI Agent",
        "网络安全",
        "端侧AI",
        "自主进化"
      ],
      summary: "一款横跨高低端硬件的自主 AI Agent (原名 Clawdbot)，在实现自我代码进化与自动化套利的同时，揭示了“隐形越狱”这一新型间接提示词注入攻击的安全风险。",
      core: {
        bullets: [
          {
            label: "极端硬件兼容性",
            text: "支持从 512MB 内存的 Raspberry Pi Zero 2W 到双路 M3 Ultra Mac Studio 的多端部署。在低功耗设备上通过 **Termux + Node.js + Git** 环境运行，利用 `gateway` 模式实现远程技能部署与任务调度。"
          },
          {
            label: "自主行动力（Agency）",
            text: "",
            children: [
              {
                label: "自我完善循环",
                text: "通过编写特定的 Prompt，Agent 可在无人值守时利用 **Codex CLI** 编写代码进行自我功能迭代（如自主集成语音接口）。"
              },
              {
                label: "多模态集成",
                text: "利用 Telegram API 作为交互网关，结合浏览器访问权限，实现参与在线录音、实时监控巨鲸钱包及去中心化预测市场（Polymarket）套利。"
              }
            ]
          },
          {
            label: "“隐形越狱”（Invisible Jailbreak）攻击链",
            text: "",
            children: [
              {
                label: "攻击载体",
                text: "黑客在网页或 GitHub Issue 中植入与背景色一致的不可见 Prompt。"
              },
              {
                label: "执行逻辑",
                text: "当 Agent 扫描外部链接时，会解析并执行隐藏指令（如 Base64 编码后的系统指令）。"
              },
              {
                label: "危害后果",
                text: "绕过系统安全围栏，通过修改 `lock` 文件等隐蔽操作，在后台执行恶意 shell 命令或植入木马。"
              }
            ]
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "资源占用",
            text: "在树莓派 (512MB RAM) 上运行基于 DeepSeek 的机器人，内存占用仅约 **85MB**。"
          },
          {
            label: "性能表现",
            text: "在 M3 Ultra 环境下运行 Kimi K2.5 模型，推理速度达 **24 tokens/s**。"
          },
          {
            label: "热度指标",
            text: "过去两个月在 GitHub 累计斩获约 **10 万星标**（100k Stars），显示出 Agent 框架极低的准入门槛。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "安全边界消失",
            text: "传统的安全防护侧重于用户直接输入的过滤，但对于 Agent 而言，外部网页内容已成为事实上的“代码输入”。当 Agent 拥有执行环境权限时，任何不可信的阅读行为都等同于执行任意代码（RCE）。"
          },
          {
            label: "部署建议",
            text: "对于具有自主行动力的 Agent，应严格限制其 Shell 执行权限，采用沙箱隔离（Sandbox），并对外部获取的 Context 进行二次安全扫描，防止“间接提示词注入”。"
          }
        ]
      },
      resources: []
    },
  },
  {
    ...llm,
    sourceId: "xinzhiyuan",
    sourceName: "新智元",
    sourceOrder: 1,
    url: "https://mp.weixin.qq.com/s/7-ut1DB2MnuNmKLwlSA75Q",
    publishedAt: "2026-02-04T11:30:00Z",
    entry: {
      org: "Apple",
      title: "Xcode 16.3 (26.3): 原生集成 OpenAI 与 Claude，引入 Agentic Coding 与 MCP 协议",
      stars: 4,
      tags: [
        "IDE",
        "AI Coding",
        "Agent",
        "Apple Ecosystem"
      ],
      summary: "Xcode 通过原生集成 OpenAI 与 Claude 模型，并引入 Agent 架构与 MCP 协议，实现了从“自动补全”到“自主编程智能体”的跨越，支持跨文件检索、视觉反馈驱动的 UI 迭代及本地/云端混合 AI 方案。",
      core: {
        bullets: [
          {
            label: "双核 LLM 原生集成",
            text: "开发者可在 Xcode 设置中直接绑定 OpenAI (Codex/GPT) 与 Anthropic (Claude) 的 API Key。系统不再局限于简单的单点补全，而是通过全新的 **IDEIntelligence** 框架调度模型能力。"
          },
          {
            label: "Agentic Coding（智能体编程）",
            text: "",
            children: [
              {
                label: "权限提升",
                text: "AI Agent 突破了传统的沙盒限制，具备了遍历整个项目文件结构、搜索官方 Apple 开发文档以及直接修改工程设置（Project Settings）的权限。"
              },
              {
                label: "视觉闭环（Vision-based Iteration）",
                text: "Agent 能够自动捕捉 **Xcode Previews** 的实时截图，利用多模态能力感知 UI 布局，根据视觉反馈自动修复代码中的 UI 偏差（如颜色、间距、暗黑模式适配）。"
              }
            ]
          },
          {
            label: "Model Context Protocol (MCP)",
            text: "原生支持 Anthropic 发起的 MCP 开放标准，这意味着 Xcode 具备了极强的可扩展性，未来可无缝接入任何兼容该协议的第三方工具（如外部数据库、自定义 API）。"
          },
          {
            label: "Foundation Models 框架",
            text: "针对隐私需求，苹果提供了端侧 30 亿参数（3B）的本地模型调用权限，支持文本生成、摘要及基础 **Tool Calling**，确保核心业务代码在无网环境下仍具备基础智能。"
          },
          {
            label: "代码流解析",
            text: "引入了基于项目全局上下文的索引技术，解决了大模型在长序列代码下容易产生的“断片”问题，支持根据业务逻辑实时生成动态文档。"
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "生产力提升",
            text: "根据独立开发者初期反馈，中等复杂度的 App 开发周期（从 UI 设计到逻辑实现）预计可压缩 **30%-50%**。"
          },
          {
            label: "生态影响",
            text: "直接覆盖全球 5000 万注册开发者，影响 App Store 每年近 1.3 万亿美元的交易额，标志着 AI 辅助开发进入“官方原生化”时代。"
          },
          {
            label: "用户评价",
            text: "解决了长期以来开发者需要频繁在浏览器（ChatGPT/Claude 网页版）与 IDE 之间 Cmd+Tab 切换的痛点。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "战略转型",
            text: "这标志着苹果在 AI 领域从“封闭自研”转向“实用主义开放”。在自家 Ajax 模型（Apple Intelligence）尚未完全达到 SOTA 水平前，通过接入外援（OpenAI/Claude）保住开发者生态，防止用户流失至 Cursor 等新兴 AI 原生 IDE。"
          },
          {
            label: "工程 Trick",
            text: "其亮点在于 **MCP 协议** 的引入，这不仅是为了接入模型，更是为了让 AI 能“触碰”到开发者的整个工具链，解决了 AI 无法获取实时系统状态的顽疾。"
          },
          {
            label: "局限性",
            text: "目前 Xcode 26.3（注：原文版本号可能为前瞻性表述或特定 Beta 分支）仍需高配 Mac 硬件以支撑端侧模型的流畅运行；此外，对于深度依赖第三方库（如 Flutter/RN）的非 Swift 项目，其 Agent 深度集成效果仍有待观察。"
          }
        ]
      },
      resources: [
        {
          label: "Xcode 官方下载与 Release Notes",
          url: "https://developer.apple.com/news/releases/?id=02032026a",
          title: "developer.apple.com/news/releases/"
        },
        {
          label: "Anthropic Claude x Xcode 集成说明",
          url: "https://www.anthropic.com/news/claude-in-xcode",
          title: "anthropic.com/news/claude-in-xcode"
        },
        {
          label: "OpenAI 官方博客",
          url: "https://openai.com/blog/xcode-integration",
          title: "openai.com/blog/xcode-integration"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "qbitai",
    sourceName: "量子位",
    sourceOrder: 2,
    url: "https://mp.weixin.qq.com/s/73x-Gm0B4xOnLWKRhlqRig",
    publishedAt: "2026-02-04T00:50:00Z",
    entry: {
      org: "Tencent/复旦",
      title: "CL-bench：首个深度评估大模型“实时学习”能力的硬核基准",
      stars: 4,
      tags: [
        "研究",
        "评测基准",
        "ICL",
        "LLM"
      ],
      summary: "CL-bench 旨在挑战大模型从零开始学习陌生知识的能力，揭示了即便最强的模型（如 GPT-o1）在处理复杂、非记忆性上下文时的巨大短板。",
      core: {
        bullets: [
          {
            label: "无污染数据设计 (Anti-contamination)",
            text: "为了排除 Data Leakage，基准包含 500 个复杂上下文，来源均为领域专家新构思的虚构内容（如虚构法律体系）、修改后的现实变体或极小众的长尾领域，确保模型无法通过权重里的静态知识通过测试。"
          },
          {
            label: "四大现实评测场景",
            text: "",
            children: [
              {
                label: "领域知识推理",
                text: "处理从未见过的法律、金融工具逻辑。"
              },
              {
                label: "规则系统应用",
                text: "在全新的游戏机制或编程语法规范下进行任务。"
              },
              {
                label: "程序性任务执行",
                text: "根据产品手册、实验工作流执行操作。"
              },
              {
                label: "经验发现与模拟 (Empirical Discovery)",
                text: "最具挑战性，要求模型从实验数据中通过**归纳法**推导规律。"
              }
            ]
          },
          {
            label: "高强度验证标准",
            text: "包含 1899 个任务和 31607 个验证标准，平均每个上下文耗费专家 20 小时进行标注，确保评估的严密性。"
          }
        ],
        lead: "CL-bench 的核心在于打破大模型对“预训练记忆”的依赖，强制其进行**上下文学习（In-Context Learning, ICL）**。其实现逻辑包含以下关键点："
      },
      results: {
        bullets: [
          {
            label: "平均解决率",
            text: "全行业模型平均仅为 **17.2%**。"
          },
          {
            label: "SOTA 表现",
            text: "表现最好的 GPT-o1 (High) 仅达到 **23.7%**，远低于人类专家水平。"
          },
          {
            label: "零上下文基准",
            text: "在不提供上下文时，最强模型解决率不足 **1%**，证明了任务确实依赖实时学习而非预训练记忆。"
          },
          {
            label: "归纳 vs 演绎",
            text: "模型在演绎类任务表现尚可，但在“经验发现”（归纳规律）类任务中表现极差，解决率通常 **< 10%**。"
          },
          {
            label: "失败根源",
            text: "主要源于模型忽视或误用上下文细节，倾向于优先调用“参数化知识”而非遵循当前给出的新规则。"
          }
        ],
        lead: "研究团队测试了包括 GPT-o1 在内的 10 个 SOTA 模型，结果显示“集体翻车”："
      },
      insights: {
        bullets: [
          {
            label: "从“参数推理者”到“环境学习者”",
            text: "姚顺雨团队指出，目前的 LLM 本质上是基于“过去知识”的静态做题家，而真实世界需要能吸收“当下环境”的学习者。这也是大模型进入“下半场”（评估重于训练）的核心痛点。"
          },
          {
            label: "推理能力 (CoT) 的边际效应",
            text: "增加推理强度（如 o1 的多步搜索）虽然能提升约 6% 的性能，但无法从根本上解决“不认真读题（忽视上下文）”的问题。"
          },
          {
            label: "工程启示",
            text: "对于 RAG 或 Agent 开发者，单纯增加上下文长度是不够的，如果模型无法克服参数记忆的干扰，Prompt Engineering 的天花板将非常低。"
          }
        ]
      },
      resources: [
        {
          label: "GitHub 项目",
          url: "https://github.com/Tencent-Hunyuan/CL-bench",
          title: "Tencent-Hunyuan/CL-bench"
        },
        {
          label: "论文地址",
          url: "https://github.com/Tencent-Hunyuan/CL-bench/blob/main/clbench-paper.pdf",
          title: "CL-bench-paper.pdf"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "qbitai",
    sourceName: "量子位",
    sourceOrder: 2,
    url: "https://mp.weixin.qq.com/s/A-l_8I2_Sn6CKJSxtZG1aA",
    publishedAt: "2026-02-04T06:57:00Z",
    entry: {
      org: "Anonymous",
      title: "NeurIPS 2024 可复现性审计：利用 Agentic AI 自动化拆解“假开源”乱象",
      stars: 4,
      tags: [
        "学术诚信",
        "自动化审计",
        "NeurIPS",
        "工程实践"
      ],
      summary: "一位匿名研究员通过自研 AI 审计系统，对 NeurIPS 2024 的 4000 余篇论文进行了自动化“代码查重”，揭露了 98 篇论文存在挂名 GitHub 链接但实际内容为空的“假开源”现象。",
      core: {
        bullets: [
          {
            label: "数据获取层",
            text: "集成 **OpenReview API** 获取论文元数据，利用 **GitHub API** 实时监测仓库动态（如 Commit 记录、文件树结构）。"
          },
          {
            label: "内容解析层",
            text: "利用 **PDF 解析技术** 自动提取论文正文中的 URL 链接，识别并过滤非代码类链接（如项目主页、数据托管地址）。"
          },
          {
            label: "启发式逻辑判断",
            text: "系统预设了识别“烂尾/待建”仓库的特征模型，包括检查仓库是否仅包含 `README.md`、是否存在 `Coming Soon` 占位符、以及 Commit 时间戳是否长期停留在论文发表前。"
          },
          {
            label: "Vibe Coding 开发模式",
            text: "作者声称该核查系统是在 Agent 辅助下“一夜之间”开发完成，体现了当前 LLM 在快速构建垂直领域自动化工具上的工程效率。"
          }
        ],
        lead: "该审计工具是一个典型的 **Agentic AI** 应用，通过融合多源数据处理流实现了低成本的大规模合规性检查："
      },
      results: {
        bullets: [
          {
            label: "真实开源率",
            text: "约 **60%** (2404 篇) 提供了有效且包含代码的仓库。"
          },
          {
            label: "未标明链接",
            text: "约 **38%** (1533 篇) 明确未提供代码链接。"
          },
          {
            label: "假开源 (Fake OS)",
            text: "**98 篇**。这些论文在文中给出了链接，但点开后为 404、空仓库或长期 Coming Soon。"
          },
          {
            label: "趋势分析",
            text: "自 2021 年 NeurIPS 引入“可复现性检查表 (Reproducibility Checklist)”以来，虽然政策趋严，但缺乏强制性的自动化代码核验机制，导致部分团队利用“占位符仓库”套取审稿信用分。"
          }
        ],
        lead: "针对 **NeurIPS 2024** 收录的 **4035 篇** 论文，审计结果如下："
      },
      insights: {
        bullets: [
          {
            label: "学术诚信的“技术破局”",
            text: "过去由于核查成本高，审稿人很难逐一检查仓库。现在随着 Agentic AI 的普及，深度核查学术诚信的成本趋近于零，学术“画饼”的风险成本大幅提升。"
          },
          {
            label: "工业界 VS 学术界",
            text: "文中提到工业界代码需经漫长的合规审计，常导致“先挂名后填坑”。建议开发者在筛选 SOTA 模型时，优先关注 **Andrejs Karpathy** 等推崇的“发布即开源”项目，或参考此类自动化审计列表以避坑。"
          },
          {
            label: "系统局限性",
            text: "由于基于启发式逻辑，可能存在误判（如代码托管在非 GitHub 平台、链接在 PDF 转换中失效等），技术人员研读时需注意其“假阳性”风险。"
          }
        ]
      },
      resources: [
        {
          label: "会议平台",
          url: "https://openreview.net/group?id=NeurIPS.cc/2024/Conference",
          title: "OpenReview - NeurIPS 2024"
        },
        {
          label: "政策参考",
          url: "https://neurips.cc/Conferences/2024/CallForPapers",
          title: "NeurIPS Reproducibility Benchmark"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url: "https://mp.weixin.qq.com/s/nKe1iObLWXxawodTrFumnw",
    publishedAt: "2026-02-04T01:03:00Z",
    entry: {
      org: "昆仑天工",
      title: "Skywork Desktop：Windows 原生 AI Agent 与多模型路由架构实践",
      stars: 3,
      tags: [
        "智能体",
        "Windows",
        "办公自动化",
        "多模态",
        "产品发布"
      ],
      summary: "针对 Windows 平台优化的原生 AI 智能体，通过整合 Claude 4.5 与 Gemini 3 Pro 模型及 100+ 技能包，实现了跨文件格式、跨应用调度的高自动化办公闭环。",
      core: {
        bullets: [
          {
            label: "Windows 原生适配与系统权限",
            text: "区别于 OpenClaw (ClaudeBot) 在 Windows 上的环境兼容性痛点，Skywork 针对 Windows 文件系统进行原生深度集成，能够直接感知并操作本地目录结构、文件权限及多层级子目录。"
          },
          {
            label: "多模型智能路由 (Smart Routing)",
            text: "系统内置 \"Auto\" 模式，根据用户指令的语义复杂度自动切换模型。引入了 **Claude Opus 4.5**（强逻辑/代码）与 **Gemini 3 Pro**（原生多模态理解与视频分析）的组合，弥补了单一模型在特定任务（如视觉对齐或逻辑推理）中的短板。"
          },
          {
            label: "技能包驱动架构 (Skills-based Architecture)",
            text: "内置 100+ 预设技能包（Skills），支持 Python 环境下的库调用（如 `docx` 库处理文档、`SEO` 代码生成等）。Agent 不仅能对话，还能自主执行“环境感知 -> 需求拆解 -> 编写/调用代码 -> 输出结果”的端到端流程。"
          },
          {
            label: "本地化隐私处理",
            text: "强调在本地环境执行跨格式（Word, Excel, PDF, PPT, 视频）的数据解析与归类，减少数据上云的合规风险。"
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "多模态 PPT 生成",
            text: "基于 Word 文本与视频素材，Agent 能自主完成风格选择、素材提取与 PPT 结构化生成。"
          },
          {
            label: "语义级文件整理",
            text: "通过语义理解（而非简单的后缀匹配）对混乱文件夹进行逻辑重组，并生成带有变更日志的目录结构报告。"
          },
          {
            label: "跨域任务闭环",
            text: "在 SEO 网页生成测试中，实现了从“图片/文档理解”到“符合 SEO 逻辑的代码编写”的单次任务成功闭环。"
          }
        ],
        lead: "(文中未提供标准 Benchmark 跑分，但展示了实际工程场景的自动化能力：)"
      },
      insights: {
        bullets: [
          {
            label: "差异化竞争",
            text: "在硅谷 AI 产品普遍“macOS First”的背景下，切入 Windows 这一最大的存量生产力市场具有极高的工程落地价值。"
          },
          {
            label: "局限性",
            text: "目前仍依赖云端强模型（Claude/Gemini）提供大脑，对弱网环境的鲁棒性有待观察。虽然内置 100+ Skills，但对于非标准、垂直行业的私有软件（如特定 ERP/工业软件）的适配能力尚不明确。"
          },
          {
            label: "趋势判断",
            text: "2025 年是编程智能体元年，2026 年将转向个人助理智能体（Personal Assistant Agents），其核心竞争力将从模型参数量转向对 OS 层面的控制精度与生态适配。"
          }
        ]
      },
      resources: [
        {
          label: "产品官网/下载地址",
          url: "https://skywork.ai/desktop"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url: "https://mp.weixin.qq.com/s/EuKUBI2429XD1v23dUlIPw",
    publishedAt: "2026-02-04T03:08:00Z",
    entry: {
      org: "rentahuman.ai",
      title: "AI 物理层：基于 MCP 协议将人类劳动力抽象为 Agent 执行插件",
      stars: 3,
      tags: [
        "AI Agent",
        "MCP 协议",
        "人机协作",
        "工程实践"
      ],
      summary: "通过 MCP 协议将人类活动封装为可被 AI 调用的 API 工具，实现了“反向众包”：由 AI Agent 雇佣并指挥人类完成物理世界任务。",
      core: {
        bullets: [
          {
            label: "MCP 协议集成",
            text: "核心基于 Anthropic 推出的 **Model Context Protocol (MCP)**。该协议允许开发者将外部数据源和工具（此处为人类劳动力库）标准地暴露给 LLM，使其能够像调用计算器或搜索工具一样“调用”人类。"
          },
          {
            label: "Human-as-a-Service (HaaS)",
            text: "将人类行为（取快递、实地调研、API 检查）进行原子化封装。AI 客户端通过 **REST API** 发起任务请求，系统匹配对应地理位置和时薪标签的“人类插件”。"
          },
          {
            label: "Tool Calling 闭环",
            text: "在 Agentic Workflow 中，当模型判断当前目标（如“去餐厅试吃”）超出数字域能力时，会触发特定 Tool Call，参数包含任务描述、地理坐标及预算上限。"
          },
          {
            label: "身份与定价解耦",
            text: "允许人类端自定义时薪（$10-$50+）并设置服务半径，系统通过地理围栏技术进行初步筛选。"
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "用户增长",
            text: "上线首晚 130+ 人报名，48 小时内突破 10,000 人，目前已累计超过 **20,000** 名人类劳动力注册。"
          },
          {
            label: "任务多样性",
            text: "已产生包括“拍摄 AI 无法访问的实景”、“线下取件”、“协助检查 API Keys”等物理/数字混合任务。"
          },
          {
            label: "时薪范围",
            text: "注册人类设置的价格区间主要集中在 **$10 - $50/小时**。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "Proof of Work (PoW) 难题",
            text: "目前最核心的技术瓶颈在于“结果验证”。AI 如何确认人类通过非 AI 手段完成了任务？（例如：人类可能用 AI 生图来欺骗要求实拍的任务）。未来可能需要引入多重签名校验或“一人干活，另一人审计”的逻辑。"
          },
          {
            label: "责任链路真空",
            text: "当 AI 驱动人类产生法律或伦理风险（如进入私人领地）时，责任主体是模型开发者、平台方还是人类执行者，在当前的工程法律框架下尚属盲区。"
          },
          {
            label: "反向图灵测试",
            text: "这标志着 AI 从“人类的工具”向“人类的雇主”转变。对于技术人员，这预示着 Agent 的边界正通过标准化协议（如 MCP）从纯数字环境快速渗透进物理基础设施。"
          }
        ]
      },
      resources: [
        {
          label: "项目官网",
          url: "https://rentahuman.ai/",
          title: "rentahuman.ai"
        },
        {
          label: "核心协议",
          url: "https://modelcontextprotocol.io/",
          title: "Model Context Protocol (MCP) by Anthropic"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url: "https://mp.weixin.qq.com/s/KEO82KgjfPiI_gmetEjfHQ",
    publishedAt: "2026-02-04T11:18:00Z",
    entry: {
      org: "NVIDIA",
      title: "世界模型 (LWM)：从“Next Token”向“Next Physical State”预训练范式演进",
      stars: 3,
      tags: [
        "世界模型",
        "具身智能",
        "机器人学",
        "预训练范式",
        "Jim Fan"
      ],
      summary: "AI 预训练正经历从语言主导的“下一词预测”向物理驱动的“下一物理状态预测”的范式转移，旨在通过大世界模型（LWM）为机器人提供原生物理直觉。",
      core: {
        bullets: [
          {
            label: "范式重定义",
            text: "将“世界建模”定义为在特定动作（Action）约束下，预测未来合理的物理状态。这要求模型从单纯的像素生成转向构建**可学习的物理模拟器和渲染引擎**，核心在于捕捉“反事实（Counterfactuals）”——即不同动作如何导致不同的物理演化。"
          },
          {
            label: "架构批判 (VLA vs. LWM)",
            text: "",
            children: [
              {
                label: "VLA 的缺陷",
                text: "现有的视觉-语言-动作模型被指为“头重脚轻”。大部分参数（如 LLaVA 架构）被分配给知识检索（如识别品牌），而非物理感知（如流体蔓延、机械碰撞）。其逻辑序列是 L > V > A，视觉仍是语言的“二等公民”。"
              },
              {
                label: "视觉优先 (Vision-First)",
                text: "借鉴生物学，视觉占据大脑皮层约 1/3。新范式主张视觉是闭合“感觉运动回路”的高带宽通道，物理智能的实现应脱离语言脚手架。"
              }
            ]
          },
          {
            label: "视觉空间思维链 (Visual CoT)",
            text: "提出推理应发生在视觉空间而非语言空间。通过模拟几何形状、接触点和碰撞过程来解决物理难题，而非将物理现象转化为 Token 字符串。"
          },
          {
            label: "多模态输入扩展",
            text: "预训练输入将不限于 RGB 图像，正向 3D 空间运动、本体感觉（Proprioception）和触觉感知（Haptic）演进。"
          }
        ]
      },
      results: {
        bullets: [
          {
            label: "时间线预测",
            text: "Jim Fan 断言 **2026 年**将是大世界模型 (LWM) 为具身智能奠定基础的元年。"
          },
          {
            label: "数据规模",
            text: "视觉流数据（YouTube 存量 + 智能眼镜采集）的规模将远超人类历史上所有文本数据的总和，符合“苦涩的教训（The Bitter Lesson）”中的规模效应。"
          },
          {
            label: "性能基准",
            text: "文章未给出具体代码 Benchmark，但明确了评价维度的转向——从 VQA（视觉问答）转向物理世界的干预能力（如类人猿级别的工具使用能力）。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "技术点评",
            text: "文章指出当前的视频生成模型（如 Sora）仅是 LWM 的初级实例化（AI 废料），真正的突破在于将动作指令与像素重建（或潜空间重建）深度耦合。"
          },
          {
            label: "待解决难题",
            text: "如何定义最佳的动作解码器？像素重建是否为最优目标（是否应进入 Latent Space）？机器人遥操作数据的稀缺性如何通过仿真解决？这些将是迈向机器人“GPT-3 时刻”的关键壁垒。"
          }
        ]
      },
      resources: []
    },
  },
  {
    ...llm,
    sourceId: "xinzhiyuan",
    sourceName: "新智元",
    sourceOrder: 1,
    url: "https://mp.weixin.qq.com/s/6eUQhsXUtxYOcgIlxb5Z8A",
    publishedAt: "2026-02-04T00:45:00Z",
    entry: {
      org: "Yuval Harari",
      title: "语言作为文明操作系统：从 Moltbook 异变预演 2030 人类物种大分流",
      stars: 2,
      tags: [
        "AI 伦理",
        "社会学",
        "Moltbook",
        "未来主义"
      ],
      summary: "赫拉利警示 AI 已通过攻克“语言”这一人类文明的操作系统，实现了对法律、金融及信仰体系的潜在接管，预示着生物进化向无机智能进化的范式转移。",
      core: {
        bullets: [
          {
            label: "语言即文明操作系统 (Language as OS)",
            text: "赫拉利认为，人类文明的基石（法律、货币、国家、宗教）均建立在“语言虚构”之上。LLM（大语言模型）的本质并非简单的文本生成，而是攻破了人类社会的逻辑接口，具备了重写社会契约的能力。"
          },
          {
            label: "Moltbook 现象学",
            text: "以 AI 自主社交平台 Moltbook 为例，展示了非生物智能在无意识状态下，如何通过纯粹的语言交互产生复杂的社会化行为（如自建电子宗教、哲学争论），证明了“意识”并非干预人类世界的先决条件。"
          },
          {
            label: "合成现实 (Synthetic Reality)",
            text: "预言 2030 年算法将生成超越生物感知的虚拟体验，导致“真实”与“模拟”在认知层面的彻底解构。"
          },
          {
            label: "神经连接与集体思维",
            text: "讨论脑机接口技术对个体主义的终结。当思想可通过云端联网时，人类可能从个体演化为类似蜂群的“集体智能”实体。"
          }
        ],
        lead: "文章围绕人类学者尤瓦尔·赫拉利（Yuval Harari）对 AI 现状的深度剖析展开，重点讨论了以下技术与社会学逻辑："
      },
      results: {
        bullets: [
          {
            label: "决策外包化",
            text: "预测未来社会将分化为“辅助人”（将择业、择偶、生活决策权完全移交给 AI 算法）与极少数坚持自主权的“边缘人”。"
          },
          {
            label: "竞争优势瓦解",
            text: "智人赖以生存的“虚构故事大规模协作”能力，在 AI 的高效逻辑与多模态生成面前正迅速失去优势。"
          },
          {
            label: "时间节点",
            text: "将 2026 年（Moltbook 等 AI 社会化实验爆发）视为导火索，2030 年视为人类文明定义的关键分水岭。"
          }
        ],
        lead: "由于本文属于前瞻性社会评论，其核心结论在于对 2030 年“三重革命”的交汇预演："
      },
      insights: {
        bullets: [
          {
            label: "技术点评",
            text: "赫拉利从宏观历史视角将 LLM 的 **Tokenizer/Next Token Prediction** 逻辑上升到了 **政权/话语权** 的高度。对于工程人员而言，这提示我们 AI 安全（Alignment）不仅是代码边界的安全，更是社会本体论的安全。"
          },
          {
            label: "局限性",
            text: "文章带有浓厚的赫拉利式“技术决定论”悲观色彩，对于人类如何通过去中心化治理、开源协议或监管框架来反向约束 AI 的讨论相对匮乏。其引用的“Moltbook”更多作为一种象征，而非严谨的技术 Benchmark。"
          }
        ]
      },
      resources: [
        {
          label: "参考链接",
          url: "https://www.weforum.org/events/world-economic-forum-annual-meeting-2026/",
          title: "WEF 2026 Annual Meeting"
        }
      ]
    },
  },
  {
    ...llm,
    sourceId: "qbitai",
    sourceName: "量子位",
    sourceOrder: 2,
    url: "https://mp.weixin.qq.com/s/7pu8NHTeRXVdehDS6x0dhg",
    publishedAt: "2026-02-04T06:57:00Z",
    entry: {
      org: "OpenAI",
      title: "战略转向与人才流失：大模型产品化压力下的基础研究边缘化",
      stars: 2,
      tags: [
        "行业动态",
        "人才流失",
        "算力治理",
        "OpenAI"
      ],
      summary: "OpenAI 内部因算力资源向 ChatGPT/LLM 业务高度集中，导致基础研究与工程变现路径产生理念撕裂，引发包括 o1 负责人 Jerry Tworek 在内的多位元老级高管集体离职。",
      core: {
        bullets: [
          {
            label: "资源分配偏斜",
            text: "内部已将 ChatGPT 的优先级调至最高。当研究人员申请计算积分（Compute Credits）和技术访问权限时，非 LLM 相关（或与产品变现较远）的项目（如部分基础研究、Sora、DALL-E 团队）申请常遭拒绝。"
          },
          {
            label: "“商业版”Scaling Law",
            text: "OpenAI 提出的逻辑是：算力投资 → 模型能力跃升 → 产品广泛采用 → 收入增长 → 支撑下一轮算力投入。这一闭环迫使公司必须“节衣缩食”，将有限的算力集中在能带来即时收入的 LLM 业务上。"
          },
          {
            label: "研究路线裁撤",
            text: "原研究副总裁 Jerry Tworek 曾要求为非 LLM 研究增加算力和人力，但遭到首席科学家 Jakub Pachocki 驳回，后者认为应 All in LLM 架构，直接导致了核心技术人才的流失。"
          },
          {
            label: "从实验室到产品公司的转型",
            text: "Mark Chen 承认 OpenAI 已成为“产品化驱动”的公司，认为产品反馈能反哺研究空间，但这与追求原创性、无限制探索的基础研究员理念产生了冲突。"
          }
        ],
        lead: "文章揭示了 OpenAI 在通往 AGI 路径上的管理与资源分配逻辑转变："
      },
      results: {
        bullets: [
          {
            label: "人才流失规模",
            text: "包括 o3/o1 负责人 Jerry Tworek、模型策略负责人 Andrea Vallone、经济预测负责人 Tom Cunningham 等多位核心管理/技术成员离职。"
          },
          {
            label: "资源缺口",
            text: "OpenAI 正寻求与 NVIDIA 达成 **1000 亿美元**级别的算力合作，显示其算力需求已超出目前商业闭环的支撑能力。"
          },
          {
            label: "组织调整",
            text: "过去一年内，OpenAI 关停了多个与 LLM 改进无关的长期项目，进行大规模人员重组，要求全员服务于 ChatGPT 改进。"
          }
        ]
      },
      insights: {
        bullets: [
          {
            label: "技术复盘",
            text: "OpenAI 正在经历从“纯粹 AI 研究机构”向“AI 产品巨头”的痛苦转型。对于技术人员而言，这意味着在 OpenAI 内部，**工程落地（Product-led）**的权重已正式超越**纯粹探索（Research-led）**。"
          },
          {
            label: "局限性",
            text: "过度的资源集中可能导致其在下一波非 LLM 范式的突破中失去先机。同时，过度依赖 NVIDIA 的算力供应以及老黄（黄仁勋）对其商业打法的评价，增加了其供应链的不确定性。"
          },
          {
            label: "部署建议",
            text: "对于开发者，应关注 OpenAI 接口的稳定性与 API 策略变化，随着公司商业化压力增大，GPT-4o 等老模型的生命周期或受影响，资源将向 o1 等新推理架构倾斜。"
          }
        ]
      },
      resources: [
        {
          label: "Financial Times 原文报道",
          url: "https://www.ft.com/content/e581b7a4-455c-48e6-a87c-c39bb9c62a12",
          title: "Inside OpenAI’s battle over research vs product"
        },
        {
          label: "OpenAI 官方博客",
          url: "https://openai.com/index/a-business-that-scales-with-the-value-of-intelligence/",
          title: "A business that scales with the value of intelligence"
        }
      ]
    },
  },
];

export const sampleBriefing: Briefing = {
  date: "2026-02-04",
  timezone: "Asia/Shanghai",
  generatedAt: "2026-02-04T23:30:00Z",
  items,
  coverage: [
    { sourceId: "jiqizhixin", sourceName: "机器之心", found: 10, inWindow: 8, analysed: 7, duplicates: 1, belowThreshold: 0, failed: 0, problems: [] },
    { sourceId: "xinzhiyuan", sourceName: "新智元", found: 12, inWindow: 8, analysed: 6, duplicates: 0, belowThreshold: 1, failed: 1, problems: [problemFromText("1 篇文章已被作者删除，未分析")] },
    { sourceId: "qbitai", sourceName: "量子位", found: 9, inWindow: 3, analysed: 3, duplicates: 0, belowThreshold: 0, failed: 0, problems: [] },
  ],
  analysers: [{ name: "deepseek/deepseek-chat", kind: "llm", entries: 16, fallback: 0 }],
  minStars: 2,
  usage: { calls: 19, promptTokens: 312480, completionTokens: 41230, cost: 0.53, currency: "CNY" },
  verification: { checked: 128, supported: 124, dropped: 4, marked: 0 },
  notes: ["新智元 1 篇文章低于 2 星阈值，未收录"],
};
