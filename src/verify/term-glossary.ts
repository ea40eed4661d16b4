// The words a term is written with on either side: field abbreviations with their long forms
// (GLOSSARY) and what a figure measures (MEASURES), in Chinese and English.

/** Field abbreviations and their usual Chinese long forms. */
export const GLOSSARY: Record<string, string[]> = {
  prm: ["过程奖励模型", "过程奖励"],
  orm: ["结果奖励模型", "结果奖励"],
  rlhf: ["基于人类反馈的强化学习", "人类反馈强化学习"],
  rag: ["检索增强生成", "检索增强"],
  cot: ["思维链"],
  asr: ["语音识别"],
  tts: ["语音合成"],
  ocr: ["光学字符识别", "文字识别"],
  vla: ["视觉-语言-动作", "视觉语言动作", "vision-language-action"],
  ssm: ["状态空间模型"],
  gnn: ["图神经网络"],
  gan: ["生成对抗网络"],
  vit: ["视觉transformer"],
  arr: ["年度经常性收入", "年化经常性收入"],
  nas: ["神经架构搜索"],
  kv: ["键值"],
  wer: ["词错误率", "词错率", "word error rate"],
  val: ["验证集", "validation set", "validation split"],
  cer: ["字错误率", "字错率", "character error rate"],
  // Abbreviations an English entry writes for a long form the article spells out, in either language.
  smr: ["小型模块化反应堆", "small modular reactor", "small modular reactors"],
  pr: ["拉取请求", "合并请求", "pull request", "pull requests"],
  // Settings of a test the press writes either way ("多轮攻击" for multi-turn attacks): a table's rows.
  multiturn: ["多轮", "multi-turn"],
  singleturn: ["单轮", "single-turn"],
  // Roles the press writes either way (check-roles.ts compares the roles themselves).
  ceo: ["首席执行官", "chief executive officer", "chief executive"],
  cto: ["首席技术官", "chief technology officer"],
  coo: ["首席运营官", "chief operating officer"],
  cfo: ["首席财务官", "chief financial officer"],
  vp: ["副总裁", "vice president"],
  chairman: ["董事长", "董事会主席", "chairman", "chair"],
  founder: ["创始人", "创办人"],
  cofounder: ["联合创始人", "co-founder"],
  // Benchmarks and contests the Chinese press names in Chinese or in full, models in English (or back).
  hle: [
    "人类最后的考试",
    "人类的最后考试",
    "人类最后一场考试",
    "人类终极考试",
    "Humanity's Last Exam",
    "Humanity’s Last Exam",
  ],
  aime: ["美国数学邀请赛", "American Invitational Mathematics Examination"],
  usamo: ["美国数学奥林匹克"],
  amc: ["美国数学竞赛"],
  imo: [
    "国际数学奥林匹克",
    "国际数学奥赛",
    "International Mathematical Olympiad",
    "International Math Olympiad",
  ],
  ioi: ["国际信息学奥林匹克", "国际信息学奥赛", "International Olympiad in Informatics"],
  icpc: ["国际大学生程序设计竞赛"],
  mmlu: ["大规模多任务语言理解", "Massive Multitask Language Understanding"],
};

/**
 * Long forms only the name check reads ("MoE" for 混合专家): as terms they would stand beside a
 * figure as its subject, and "MoE" is generic there (find-terms.ts).
 */
export const NAME_LONG_FORMS: Record<string, string[]> = {
  moe: ["混合专家", "mixture-of-experts", "mixture of experts"],
  // Languages and countries an English entry names for a Chinese article's 中文, 美国 ….
  chinese: ["中文", "中国", "国产", "汉语", "国内"],
  english: ["英文", "英语"],
  us: ["美国"],
  american: ["美国"],
  european: ["欧洲", "欧盟"],
  japanese: ["日本", "日文", "日语"],
};

/**
 * What a figure measures, in the words articles use: a figure of 营收 is not one of 估值, a Q1 figure
 * is not a Q2 one. Keys start with "~" (never the article's subject).
 */
export const MEASURES: Record<string, string[]> = {
  "~revenue": ["营业收入", "营收", "收入", "revenue"],
  "~profit": ["净利润", "利润", "盈利", "净利"],
  "~valuation": ["估值", "valuation", "valuing", "valued at"],
  "~stake": ["持股", "股份", "股权", "stake", "stakes"],
  "~marketcap": ["市值"],
  "~funding": ["融资", "募资", "funding", "raised", "raise", "raises"],
  // A cost and a price are one measure here: "costs $5 per million tokens" is 价格 as much as 成本.
  "~price": [
    "售价",
    "价格",
    "降价",
    "涨价",
    "提价",
    "调价",
    "定价",
    "收费",
    "单价",
    "成本",
    "开销",
    "花费",
    "price",
    "priced",
    "pricing",
    "cost",
    "costs",
  ],
  "~accuracy": ["准确率", "正确率", "accuracy"],
  "~recall": ["召回率", "recall"],
  "~precision": ["精确率", "查准率", "precision"],
  "~successrate": ["成功率", "解决率"],
  "~winrate": ["胜率"],
  "~passrate": ["通过率"],
  "~latency": ["延迟", "时延", "耗时", "响应时间", "响应", "latency"],
  "~speed": ["速度", "提速", "speed", "faster"],
  "~battery": ["续航"],
  "~power": ["功耗", "能耗", "power", "tdp"],
  "~memory": ["显存", "内存", "memory"],
  "~context": ["上下文", "context"],
  "~stars": ["星标"],
  // Audiences: a platform's 日活 is not its 月活, and neither is its count of paying firms.
  "~dau": ["日活跃用户", "日活", "dau", "daily active users", "daily active user"],
  "~wau": ["周活跃用户", "周活", "wau", "weekly active users", "weekly active user"],
  "~mau": ["月活跃用户", "月活", "mau", "monthly active users", "monthly active user"],
  // Those who pay are not all who use: 付费用户 86 万 beside 月活 2100 万.
  "~paying": ["付费用户", "付费会员", "付费订阅用户", "paying users", "paid users", "paying subscribers"],
  "~customers": ["企业客户", "付费客户", "客户", "customers", "clients"],
  "~employees": ["员工", "employees", "employs", "staff", "headcount"],
  "~weight": ["重量"],
  "~throughput": ["吞吐", "throughput"],
  "~input": ["输入", "input"],
  "~output": ["输出", "output"],
  // Changes against a year or a quarter before, in either language (an entry's "YoY" for 同比).
  "~yoy": [
    "同比",
    "yoy",
    "year on year",
    "year-on-year",
    "year over year",
    "year-over-year",
    "from a year earlier",
    "from a year ago",
  ],
  "~qoq": [
    "环比",
    "qoq",
    "quarter on quarter",
    "quarter-on-quarter",
    "quarter over quarter",
    "sequentially",
    "from the previous quarter",
    "from the prior quarter",
    // "比上一季度的 49.8% 提升 2.5 个百分点", "低于上一季度的 46.8%": against the quarter before.
    "上一季度",
    "上季度",
  ],
  "~grossmargin": ["毛利率", "gross margin", "gross margins"],
  // 经调整 (non-GAAP) figures are not the reported ones.
  "~adjusted": ["经调整", "调整后", "adjusted", "non-gaap"],
  "~founded": ["成立", "创立", "创办", "founded", "established"],
  "~q1": ["第一季度", "一季度", "首季度", "q1"],
  "~q2": ["第二季度", "二季度", "q2"],
  "~q3": ["第三季度", "三季度", "q3"],
  "~q4": ["第四季度", "四季度", "q4"],
};
