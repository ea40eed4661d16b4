/**
 * Organisations by display name, with the other SPELLINGS of that one organisation (English or
 * Chinese name, short form). Never a company's products, models or subsidiaries: Gemini and
 * DeepMind are not "Google", Llama is not "Meta", Qwen is not "阿里巴巴" — a product supports its
 * maker only where the article says who made it (see PRODUCT_MAKERS and model/news-actor.ts).
 * Matching: CJK aliases as substrings; Latin aliases as whole words, case-insensitive from five
 * letters up, case-sensitive below (so "Meta" is not "metadata"). Shared by the offline analyser
 * and by verification.
 */
export const ORG_ALIASES: Readonly<Record<string, readonly string[]>> = {
  美团: ["Meituan"],
  腾讯: ["Tencent"],
  腾讯混元: ["Tencent Hunyuan", "混元团队", "Hunyuan team"],
  面壁智能: ["ModelBest", "OpenBMB"],
  智谱: ["Zhipu", "智谱AI", "Zhipu AI", "Z.ai"],
  阿里巴巴: ["阿里", "Alibaba"],
  通义实验室: ["Tongyi Lab", "阿里通义实验室"],
  字节跳动: ["ByteDance", "字节"],
  百度: ["Baidu"],
  月之暗面: ["Moonshot", "Moonshot AI"],
  DeepSeek: ["深度求索"],
  MiniMax: ["稀宇科技"],
  阶跃星辰: ["StepFun"],
  商汤: ["SenseTime", "商汤科技"],
  快手: ["Kuaishou"],
  蚂蚁集团: ["Ant Group", "蚂蚁"],
  昆仑万维: ["Kunlun Tech"],
  华为: ["Huawei"],
  小米: ["Xiaomi"],
  OpenAI: [],
  Anthropic: [],
  Google: ["谷歌"],
  "Google DeepMind": ["DeepMind", "谷歌DeepMind", "谷歌 DeepMind"],
  Meta: ["脸书"],
  NVIDIA: ["英伟达", "Nvidia"],
  Apple: ["苹果公司", "苹果"],
  Microsoft: ["微软"],
  Amazon: ["亚马逊"],
  xAI: [],
  Mistral: ["Mistral AI"],
  Tesla: ["特斯拉"],
  上海人工智能实验室: ["上海AI实验室", "上海 AI 实验室", "Shanghai AI Lab", "上海AI Lab"],
  智源研究院: ["BAAI", "北京智源"],
  中国科学院: ["中科院"],
  清华大学: ["清华", "Tsinghua"],
  北京大学: ["北大", "Peking University"],
  上海交通大学: ["上海交大", "上交大", "SJTU"],
  复旦大学: ["复旦", "Fudan"],
  浙江大学: ["浙大", "Zhejiang University"],
  南开大学: ["南开", "Nankai"],
  上海大学: ["Shanghai University"],
  中国人民大学: ["人民大学"],
  香港大学: ["港大", "HKU"],
  香港中文大学: ["港中文", "CUHK"],
  香港科技大学: ["港科大", "HKUST"],
  南京大学: ["南大", "Nanjing University"],
  中国科学技术大学: ["中科大", "USTC"],
  MIT: ["麻省理工"],
  Stanford: ["斯坦福", "斯坦福大学", "Stanford University"],
  "UC Berkeley": ["伯克利", "Berkeley"],
  CMU: ["卡内基梅隆", "Carnegie Mellon"],
  Harvard: ["哈佛"],
  Princeton: ["普林斯顿"],
  Oxford: ["牛津"],
  Cambridge: ["剑桥"],
  EPFL: ["洛桑联邦理工"],
  ETH: ["苏黎世联邦理工", "ETH Zurich"],
  Duke: ["杜克大学", "Duke University", "杜克"],
  // People who make AI news, by their usual spellings (a person is a valid org of an entry).
  "Jeff Dean": ["杰夫·迪恩", "迪恩"],
  "John Hennessy": ["Hennessy", "轩尼诗"],
  "Yuval Harari": ["Yuval Noah Harari", "尤瓦尔·赫拉利", "赫拉利"],
  "Geoffrey Hinton": ["Hinton", "辛顿", "杰弗里·辛顿"],
  "Yann LeCun": ["LeCun", "杨立昆"],
  "Sam Altman": ["Altman", "奥特曼", "阿尔特曼"],
  "Jensen Huang": ["黄仁勋"],
  "Elon Musk": ["Musk", "马斯克"],
  "Andrej Karpathy": ["Karpathy", "卡帕西"],
  "Demis Hassabis": ["Hassabis", "哈萨比斯"],
  "Ilya Sutskever": ["Sutskever", "伊利亚"],
  "Dario Amodei": ["Amodei", "阿莫迪"],
  "Jim Fan": ["范麟熙"],
};

/** Display names of the people in ORG_ALIASES ("A & B" joins people, "A/B" organisations). */
export const PERSON_NAMES: ReadonlySet<string> = new Set([
  "Jeff Dean",
  "John Hennessy",
  "Yuval Harari",
  "Geoffrey Hinton",
  "Yann LeCun",
  "Sam Altman",
  "Jensen Huang",
  "Elon Musk",
  "Andrej Karpathy",
  "Demis Hassabis",
  "Ilya Sutskever",
  "Dario Amodei",
  "Jim Fan",
]);

/**
 * Products and models by their maker. Never an alias: the offline analyser names the maker of a
 * product the article's actor sentence names only when the article also names the maker.
 */
export const PRODUCT_MAKERS: Readonly<Record<string, string>> = {
  ChatGPT: "OpenAI",
  GPT: "OpenAI",
  Sora: "OpenAI",
  Codex: "OpenAI",
  Claude: "Anthropic",
  Gemini: "Google",
  Llama: "Meta",
  Qwen: "阿里巴巴",
  通义千问: "阿里巴巴",
  千问: "阿里巴巴",
  豆包: "字节跳动",
  Seed: "字节跳动",
  Kimi: "月之暗面",
  GLM: "智谱",
  ChatGLM: "智谱",
  MiniCPM: "面壁智能",
  文心: "百度",
  ERNIE: "百度",
  混元: "腾讯",
  Hunyuan: "腾讯",
  LongCat: "美团",
  可灵: "快手",
  Kling: "快手",
  海螺AI: "MiniMax",
  天工: "昆仑万维",
  Skywork: "昆仑万维",
  盘古: "华为",
  昇腾: "华为",
  MiMo: "小米",
  Grok: "xAI",
  AWS: "Amazon",
};

/** The maker of a product or model name ("GLM-5V" → 智谱), from PRODUCT_MAKERS. */
export function makerOf(name: string): string | undefined {
  const n = name.trim();
  for (const [product, maker] of Object.entries(PRODUCT_MAKERS)) {
    if (n === product) return maker;
    if (n.startsWith(product) && /^[-\s\d.]/.test(n.slice(product.length))) return maker;
  }
  return undefined;
}

/** The display name a spelling belongs to (undefined for a name the table does not know). */
export function resolveOrg(name: string): string | undefined {
  return ALIAS_NAME.get(name.trim().toLowerCase());
}

/** Every spelling of the org `name` belongs to (the name alone when the table does not know it). */
export function spellingsOf(name: string): string[] {
  const display = resolveOrg(name);
  if (!display) return [name.trim()];
  return [display, ...(ORG_ALIASES[display] ?? [])];
}

export interface OrgMention {
  /** Display name (a key of ORG_ALIASES). */
  name: string;
  /** Number of mentions under any alias. */
  count: number;
  /** Offset of the first mention. */
  first: number;
}

interface Alias {
  alias: string;
  name: string;
}

const ALIASES: Alias[] = Object.entries(ORG_ALIASES)
  .flatMap(([name, aliases]) => [name, ...aliases].map((alias) => ({ alias, name })))
  .sort((a, b) => b.alias.length - a.alias.length);
const ALIAS_NAME = new Map(ALIASES.map((a) => [a.alias.toLowerCase(), a.name]));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);
const build = (aliases: Alias[], flags: string) =>
  new RegExp(`(?<![A-Za-z])(?:${aliases.map((a) => escapeRegExp(a.alias)).join("|")})(?![A-Za-z])`, flags);
const CJK_PATTERN = new RegExp(
  ALIASES.filter((a) => !isLatin(a.alias))
    .map((a) => escapeRegExp(a.alias))
    .join("|"),
  "g",
);
const LATIN_LONG = build(
  ALIASES.filter((a) => isLatin(a.alias) && a.alias.length >= 5),
  "gi",
);
const LATIN_SHORT = build(
  ALIASES.filter((a) => isLatin(a.alias) && a.alias.length < 5),
  "g",
);
/** "MIT" in a licence name is not the university. */
export const NOT_AN_ORG = /^MIT(?:\s*(?:License|licence|许可|协议|开源协议))/i;

/** Organisations mentioned in `text`, ordered by first mention. Overlapping matches keep the longest. */
export function findOrgs(text: string): OrgMention[] {
  const hits: Array<{ at: number; end: number; name: string }> = [];
  for (const pattern of [CJK_PATTERN, LATIN_LONG, LATIN_SHORT]) {
    for (const m of text.matchAll(pattern)) {
      if (NOT_AN_ORG.test(text.slice(m.index, m.index + 12))) continue;
      const name = ALIAS_NAME.get(m[0].toLowerCase());
      if (name) hits.push({ at: m.index, end: m.index + m[0].length, name });
    }
  }
  hits.sort((a, b) => a.at - b.at || b.end - a.end);
  const mentions = new Map<string, OrgMention>();
  let coveredUntil = -1;
  for (const hit of hits) {
    if (hit.at < coveredUntil) continue;
    coveredUntil = hit.end;
    const known = mentions.get(hit.name);
    if (known) known.count++;
    else mentions.set(hit.name, { name: hit.name, count: 1, first: hit.at });
  }
  return [...mentions.values()].sort((a, b) => a.first - b.first);
}
