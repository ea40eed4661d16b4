/**
 * Named things a story is about: model and product names (GPT-5.5, Qwen3-VL, Claude Code), version
 * numbers, and organisations (Latin names, and the Chinese ones most AI news is about). Two articles
 * about the same release share them; two releases on the same day do not.
 */
export interface Entities {
  /** All entity keys, folded: "gpt5.5", "claudecode", "org:alibaba". */
  all: Set<string>;
  /** Names carrying a version or number (gpt5.5, qwen3vl, r1): the strongest evidence of one story. */
  versioned: Set<string>;
}

/** A Latin name, with a following version number or product suffix: "Gemini 3 Pro", "Claude Code". */
const LATIN_NAME =
  /[A-Za-z][A-Za-z0-9]*(?:[-.+_]?[A-Za-z0-9]+)*(?:\s+(?:[0-9][A-Za-z0-9.+-]*|(?:Code|Pro|Max|Mini|Flash|Turbo|Ultra|Plus|Lite|VL|Omni|Opus|Sonnet|Haiku|Nano|Vision|Coder|Instruct|Chat|Preview|Thinking|pro|max|mini|flash|turbo|lite|nano)\b))*/g;

/** Latin words too common in AI news to identify anything. */
const STOP = new Set(
  "ai agi asi llm llms api apis app apps ceo cto cfo gpu gpus cpu tpu npu sota the a an and of for in on to with by is are new pro max mini ok vs via model models agent agents open source paper github arxiv http https www com cn html".split(
    " ",
  ),
);

/** Latin organisation names: kept only as their org: key, which ORG_ALIASES adds. */
const ORG_WORDS = new Set([
  "openai",
  "google",
  "deepmind",
  "microsoft",
  "nvidia",
  "apple",
  "anthropic",
  "meta",
  "xai",
]);

/** Chinese (and alternative) names folded to one key per organisation. */
const ORG_ALIASES: [RegExp, string][] = [
  [/openai/i, "openai"],
  [/谷歌|google|deepmind/i, "google"],
  [/微软|microsoft/i, "microsoft"],
  [/英伟达|nvidia/i, "nvidia"],
  [/苹果公司|apple/i, "apple"],
  [/阿里巴巴|阿里云|阿里|通义|qwen/i, "alibaba"],
  [/百度|文心/, "baidu"],
  [/腾讯|混元/, "tencent"],
  [/字节跳动|字节|豆包|火山引擎|seed/i, "bytedance"],
  [/智谱|glm/i, "zhipu"],
  [/月之暗面|kimi|moonshot/i, "moonshot"],
  [/深度求索|deepseek/i, "deepseek"],
  [/华为|盘古|昇腾/, "huawei"],
  [/小米/, "xiaomi"],
  [/商汤/, "sensetime"],
  [/讯飞/, "iflytek"],
  [/阶跃星辰/, "stepfun"],
  [/minimax|稀宇/i, "minimax"],
  [/快手|可灵/, "kuaishou"],
  [/anthropic|claude/i, "anthropic"],
  [/\bmeta\b|llama/i, "meta"],
  [/\bxai\b|grok/i, "xai"],
  [/宇树/, "unitree"],
  [/智元/, "agibot"],
];

export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_-]+/g, "")
    .replace(/\.+$/, "");
}

export function extractEntities(text: string): Entities {
  const all = new Set<string>();
  const versioned = new Set<string>();
  const source = text.normalize("NFKC");
  for (const match of source.matchAll(LATIN_NAME)) {
    const key = foldName(match[0]);
    if (key.length < 2 || STOP.has(key) || ORG_WORDS.has(key) || /^[0-9.]+$/.test(key)) continue;
    all.add(key);
    if (/[0-9]/.test(key)) versioned.add(key);
  }
  for (const [pattern, key] of ORG_ALIASES) if (pattern.test(source)) all.add(`org:${key}`);
  return { all, versioned };
}

/** |A∩B| / |A∪B|; 0 when both are empty. */
export function jaccardOf<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** True when both sides name versioned models and none of them is the same: different releases. */
export function conflictOf(a: Entities, b: Entities): boolean {
  if (a.versioned.size === 0 || b.versioned.size === 0) return false;
  for (const x of a.versioned) if (b.versioned.has(x)) return false;
  return true;
}
