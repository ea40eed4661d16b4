/**
 * Organisations by display name, with the other names articles use for them (English names,
 * product and model names). Matching: CJK aliases as substrings; Latin aliases as whole words,
 * case-insensitive from five letters up, case-sensitive below (so "Meta" is not "metadata" and
 * "Seed" not "seed"). Shared by the offline analyser and by verification, which checks that an entry's org is in the article.
 */
export const ORG_ALIASES: Readonly<Record<string, readonly string[]>> = {
  美团: ["Meituan", "LongCat"],
  腾讯: ["Tencent", "混元", "Hunyuan"],
  面壁智能: ["OpenBMB", "MiniCPM"],
  智谱: ["Zhipu", "GLM", "智谱AI", "ChatGLM"],
  阿里巴巴: ["阿里", "Alibaba", "通义", "Qwen", "千问"],
  字节跳动: ["ByteDance", "字节", "豆包", "Seed"],
  百度: ["Baidu", "文心", "ERNIE"],
  月之暗面: ["Moonshot", "Kimi"],
  DeepSeek: ["深度求索"],
  MiniMax: ["海螺AI"],
  阶跃星辰: ["StepFun"],
  商汤: ["SenseTime", "商汤科技"],
  快手: ["Kuaishou", "可灵", "Kling"],
  蚂蚁集团: ["Ant Group", "蚂蚁"],
  昆仑万维: ["天工", "Skywork"],
  华为: ["Huawei", "盘古", "昇腾", "Ascend"],
  小米: ["Xiaomi", "MiMo"],
  OpenAI: ["ChatGPT", "GPT", "Sora", "Codex"],
  Anthropic: ["Claude"],
  Google: ["谷歌", "DeepMind", "Gemini"],
  Meta: ["Llama", "脸书"],
  NVIDIA: ["英伟达", "Nvidia"],
  Apple: ["苹果"],
  Microsoft: ["微软"],
  Amazon: ["亚马逊", "AWS"],
  xAI: ["Grok"],
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
  Stanford: ["斯坦福"],
  "UC Berkeley": ["伯克利", "Berkeley"],
  CMU: ["卡内基梅隆", "Carnegie Mellon"],
  Harvard: ["哈佛"],
  Princeton: ["普林斯顿"],
  Oxford: ["牛津"],
  Cambridge: ["剑桥"],
  EPFL: ["洛桑联邦理工"],
  ETH: ["苏黎世联邦理工", "ETH Zurich"],
  Duke: ["杜克大学"],
};

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
const NOT_AN_ORG = /^MIT(?:\s*(?:License|licence|许可|协议|开源协议))/;

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
