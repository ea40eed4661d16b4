// Reading a Chinese entry against an English article: the entry's Chinese words of news (verbs and
// objects: 测试, 上市, 覆盖, 豁免, 智能体 …) as the English stems an article writes them with, and its
// Latin words (names, AI, GPU) as themselves. A concept is met in an English passage when one of its
// forms starts a word there. Words without an entry here are not judged: a check built on these
// gives no verdict on what it cannot read, so the list only ever narrows what can be refused.
import { GLOSSARY } from "./term-glossary.ts";

/** Chinese word → English stems (lower case; a stem matches the start of a word, "licens" → licensed). */
const ZH_EN: Record<string, string[]> = {
  测试: ["test", "trial", "evaluat"],
  评测: ["evaluat", "benchmark", "test"],
  上市: ["listed", "public", "traded", "ipo", "flotation"],
  盈利: ["profit"],
  亏损: ["loss"],
  利润: ["profit", "earning"],
  营收: ["revenue", "sales"],
  营业额: ["turnover", "revenue"],
  开源: ["open-sourc", "open source", "open ", "opened", "opens "],
  开放: ["open ", "open-", "opened", "opens "],
  发布: ["releas", "launch", "publish", "unveil", "announc", "introduc"],
  推出: ["launch", "releas", "introduc", "roll"],
  上线: ["launch", "live ", "online", "available"],
  覆盖: ["cover", "extend", "apply", "appli", "includ"],
  适用: ["apply", "appli", "cover"],
  决定: ["decid", "decision"],
  规则: ["rule", "regulation"],
  法规: ["regulation", "law", "rule"],
  智能体: ["agent"],
  大模型: ["model", "llm"],
  模型: ["model"],
  移动: ["mobile"],
  操作: ["manipulat", "operat"],
  机械臂: ["arm ", "arms ", "manipulat"],
  平台: ["platform"],
  支持: ["support"],
  部署: ["deploy"],
  商用: ["commercial"],
  商业: ["commercial", "business"],
  服务: ["service"],
  豁免: ["exempt"],
  许可: ["licens", "permit", "permission"],
  审计: ["audit"],
  罚款: ["fine ", "fines", "fined", "penalt"],
  披露: ["disclos", "reveal"],
  收购: ["acqui", "buy", "purchas", "takeover"],
  融资: ["raise", "raised", "raising", "funding"],
  投资: ["invest"],
  合作: ["partner", "collaborat"],
  协议: ["agreement", "deal", "contract"],
  签署: ["signed", "signs ", "sign ", "signing"],
  签订: ["signed", "signs ", "sign ", "signing"],
  供应: ["suppl"],
  需求: ["demand"],
  推理: ["inference", "reasoning"],
  训练: ["train"],
  数据集: ["dataset", "data"],
  数据: ["data"],
  权重: ["weight"],
  代码: ["code"],
  研究: ["research"],
  用户: ["user"],
  客户: ["customer", "client"],
  价格: ["price", "pricing"],
  定价: ["pric"],
  免费: ["free"],
  收费: ["charg", "fee", "pric"],
  市场: ["market"],
  冻结: ["freez", "froze"],
  选择: ["chose", "choos", "select", "opted"],
  取代: ["replac", "supplant"],
  替代: ["replac", "substitut", "alternative"],
  超出: ["outrun", "exceed", "outpac", "beyond"],
  规划: ["plan"],
  计划: ["plan"],
  芯片: ["chip"],
  算力: ["compute", "capacity", "computing"],
  加速卡: ["accelerator"],
  显卡: ["gpu", "graphics"],
  交付: ["deliver", "ship"],
  发货: ["ship"],
  出货: ["ship"],
  量产: ["mass production", "volume production", "mass-produc"],
  招聘: ["hire", "hiring", "recruit"],
  裁员: ["layoff", "lay off", "laid off", "job cut"],
  员工: ["employee", "staff", "worker"],
  监管: ["regulat", "supervis"],
  安全: ["safety", "secur", "safe"],
  隐私: ["privacy"],
  批准: ["approv"],
  获批: ["approv"],
  委员会: ["commission", "committee", "board"],
  公用事业: ["utilit"],
  监管机构: ["regulator"],
  起诉: ["sue ", "sues", "sued", "suing", "lawsuit"],
  诉讼: ["lawsuit", "litigation"],
  调查: ["investigat", "probe", "survey", "poll"],
  禁止: ["ban ", "bans ", "banned", "banning", "prohibit", "forbid"],
  限制: ["restrict", "limit", "capped", "caps "],
  出口: ["export"],
  增: ["add", "expand", "increas"],
  扩展: ["expand", "extend", "scal"],
  扩大: ["expand", "widen", "extend"],
  集成: ["integrat"],
  接入: ["integrat", "connect"],
  下载: ["download"],
  合并: ["merg"],
  退出: ["exit", "withdraw", "leave", "quit"],
  辞职: ["resign"],
  离职: ["left", "leave", "depart"],
  加入: ["join"],
  任命: ["appoint", "named"],
  接受: ["accept", "live with"],
  反对: ["oppos", "against", "object"],
  同意: ["agree"],
  确认: ["confirm"],
  否认: ["deni", "deny"],
  承诺: ["commit", "pledg", "promis"],
  验证: ["verif", "validat"],
  修复: ["fix", "patch", "repair"],
  同行: ["peer"],
  评审: ["review"],
  审查: ["review", "scrutin", "examin"],
  增长: ["grow", "growth", "rise", "rose", "increas"],
  下降: ["declin", "fall", "fell", "drop", "decreas"],
  约束: ["constrain", "limit", "bound", "bind"],
  最紧: ["tightest"],
  成本: ["cost"],
  高校: ["universit", "college"],
  大学: ["universit"],
  实验室: ["lab ", "labs ", "laborator"],
  工作站: ["workstation"],
  复现: ["reproduc", "replicat"],
  志愿者: ["volunteer"],
  采集: ["collect", "gather"],
  透明: ["transparen"],
  物体: ["object"],
  抓取: ["grasp", "pick"],
  场景: ["scene", "scenario"],
  机房: ["hall", "data hall", "building"],
  园区: ["campus", "park", "site"],
  实例: ["instance"],
  预留: ["reserv"],
  赚钱: ["money", "profit", "earn"],
  回购: ["buyback", "repurchas"],
  股价: ["share", "stock"],
  股票: ["share", "stock"],
  机器人: ["robot"],
  自动驾驶: ["autonomous", "self-driving", "driverless"],
  手机: ["phone", "smartphone", "handset"],
  设备: ["device", "equipment", "hardware"],
  硬件: ["hardware"],
  软件: ["software"],
  云: ["cloud"],
  数据中心: ["datacenter", "data center", "data-center"],
  网络: ["network"],
  // 营业利润率, 毛利率: a margin, not the profit itself.
  利润率: ["margin", "profit"],
  毛利率: ["gross margin", "margin"],
  游戏: ["gaming", "game"],
  工程师: ["engineer"],
  液冷: ["liquid", "cool"],
  欧盟: ["eu ", "european union"],
  政府: ["government"],
  法院: ["court"],
  法官: ["judge"],
  裁决: ["ruling", "ruled", "verdict", "decision"],
  判决: ["ruling", "ruled", "verdict", "judgment", "judgement"],
  上诉: ["appeal"],
  // A lawsuit's and a rule's stages ("has not been certified as a class action", "has not issued any
  // rules"): 认定其集体诉讼资格, 出台规则 told as done read against them.
  集体诉讼: ["class action", "class-action"],
  认定: ["certif", "recogni", "found"],
  资格: ["status", "certif"],
  出台: ["issu", "adopt", "enact"],
  颁布: ["issu", "enact", "promulgat"],
  本案: ["this case", "the case"],
  专利: ["patent"],
  版权: ["copyright"],
  论文: ["paper"],
  团队: ["team"],
  商业服务: ["commercial service"],
  前提: ["provided", "only if", "condition"],
  调用: ["call", "invok"],
  工具: ["tool"],
  联网: ["brows", "web ", "internet", "online"],
  浏览: ["brows"],
  模仿: ["imitat", "mimic", "impersonat"],
  声音: ["voice", "sound"],
  语音: ["voice", "speech"],
  控制: ["control"],
};

/** One thing a passage says: written `key` in the entry, met through any of `forms` in English. */
export interface Concept {
  key: string;
  forms: string[];
}

/** The dictionary keys, longest first: 数据集 before 数据, 商业服务 before 商业. */
const KEYS = Object.keys(ZH_EN).sort((a, b) => b.length - a.length);

/** A glossary abbreviation's Chinese long forms, as concepts too: 检索增强生成 → rag. */
const LONG_FORMS = Object.entries(GLOSSARY).flatMap(([abbr, forms]) =>
  forms.filter((f) => /[\u4e00-\u9fff]/.test(f)).map((f) => ({ zh: f, forms: [abbr] })),
);

/**
 * The concepts of a Chinese text: its dictionary words (longest first, no overlap), the glossary's
 * long forms, and its Latin words as themselves (lower case).
 */
export function conceptsOf(text: string): Concept[] {
  const out = new Map<string, Concept>();
  let rest = text;
  for (const { zh, forms } of LONG_FORMS)
    if (rest.includes(zh)) {
      out.set(zh, { key: zh, forms });
      rest = rest.split(zh).join(" ");
    }
  for (const key of KEYS)
    if (rest.includes(key)) {
      out.set(key, { key, forms: ZH_EN[key]! });
      rest = rest.split(key).join(" ");
    }
  for (const m of rest.matchAll(/[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9]|[A-Za-z]{2,}/g)) {
    const word = m[0].toLowerCase();
    // A name or abbreviation is met as a whole word (AI is not "aims"), plural allowed (GPUs).
    if (word.length >= 2) out.set(word, { key: word, forms: [`${word} `, `${word}s `] });
  }
  return [...out.values()];
}

/** The lower-case words of an English passage, joined by single spaces (for multi-word forms). */
export function englishWords(text: string): string {
  return ` ${(text.toLowerCase().match(/[a-z0-9][a-z0-9.+'’-]*[a-z0-9]|[a-z0-9]/g) ?? []).join(" ")} `;
}

/**
 * Whether a concept is met in a passage read by englishWords: a form starting one of its words (a
 * form ending in a space is a whole word: "ban " is not "bank").
 */
export function meets(concept: Concept, words: string): boolean {
  return concept.forms.some((f) => words.includes(` ${f}`));
}

/**
 * The other way round: the dictionary's Chinese words an English passage (read by englishWords) says,
 * each once (上市 for "publicly listed"; a word with several keys gives them all).
 */
export function chineseWordsOf(words: string): string[] {
  return KEYS.filter((key) => ZH_EN[key]!.some((f) => words.includes(` ${f}`)));
}

/** English sentences: split after . ! ? (not inside 3.10 or U.S.) and at line breaks. */
export function englishSentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const re = /[^\n]+?(?:[.!?]["”’)]?(?=\s|$)|$)/gm;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s.length > 0) out.push({ text: s, index: m.index + m[0].indexOf(s) });
  }
  return out;
}
