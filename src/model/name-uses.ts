// How a name is used where it occurs in a piece of news: as its actor, a comparison, a helper, a
// reading-list entry or a plain mention. The role patterns behind news-actor.ts. Pure.
import { NOT_AN_ORG, resolveOrg, spellingsOf } from "./org-aliases.ts";

/**
 * How a name is used where it occurs. actor: does the news. comparison: a baseline or rival
 * (超越 GPT-4o, 与 Llama 相比). helper: lent compute, funding, a tool or a base (NVIDIA 提供算力,
 * 基于 Qwen). recommended: only in a 推荐阅读 / 参考 list. mention: anything else.
 */
export type MentionRole = "actor" | "comparison" | "helper" | "recommended" | "mention";

export interface NameUse {
  role: MentionRole;
  /** The sentence (or title) where the name is used so. */
  sentence: string;
  inTitle: boolean;
  /** Offset of the mention in `title + "\n" + text`. */
  at: number;
}

/** How much of the body is the lead, where the actor of the news is named. */
export const LEAD_CHARS = 600;

export const VERB =
  "提出|发布|开源|推出|宣布|完成|上线|离职|出走|离开|加入|研发|打造|开发|训练|公布|发表|披露|开放|升级|更新|牵头|领衔|主导|收购|并购|投资|起诉|招聘|招人|拿下|斩获|获得|登顶|刷新|实现|构建|设计|提交|回应|表示|认为|警告|指出|预测|预言|撰文|发文|对话|对谈|谈|称|获(?=[^，。；！？]{0,12}(?:融资|投资))|押注|关停|发起|融资|重组|启动|交付|揭示|证明|发现|展示|亮相|放出|甩出|祭出|官宣|曝光|透露|首发|再发|新发|筹备|入局|进军|申请|晒出|推动|写出|做出|搞出|造出|造了|做了|调整|要求|否决|承认|决定|计划|准备|成立|研制|推进|部署|签约|达成|合作|套利|接入|集成|引入|拥抱|被曝|曝出|被指|遭|用(?!户|于|到|来|作|量|法|途)|把|让";
/** A verb right after the name, with at most this many characters of modifiers between. */
const ACTOR_AFTER = new RegExp(
  `^[^，。；！？,;!?\\n：:]{0,14}?(?:${VERB})|^\\s*(?:团队|研究团队|研究人员|研究者|实验室|联合|携手)`,
);
/** English: "researchers at X", "a team from X" — followed by what they did. */
const EN_TEAM_AT = /\b(?:researchers|scientists|engineers|a\s+team|teams|a\s+group)\s+(?:at|from)\s+$/i;
const EN_ACTS =
  /^[^,.;:!?\n]{0,40}?\b(?:have|has|had)?\s*(?:proposed|introduced|released|developed|built|published|presented|unveiled|trained|created|designed|found|shown|showed)\b/i;
/** "由 X 牵头", "来自 X 的团队", "X 与 Y 联合提出" (Y is preceded by the connector). */
const ACTOR_BEFORE = /(?:由|来自|联合|携手|与|和|及|、|&|＆)\s*$/;
const COMPARE_BEFORE =
  /(?:比|超越|超过|击败|优于|胜过|对比|对标|媲美|逼近|追平|领先于?|落后于?|不如|vs\.?|VS\.?)\s*$/;
const COMPARE_AFTER =
  /^[^，。；！？,;!?\n]{0,12}?(?:相比|相较|对比|为基线|作为基线|作为对照|baseline|的水平|同级|持平)/i;
/** "速度是 Meta 的 Llama 3 的 2 倍", "达到 OpenAI 的 o1 的 90%": the name is the yardstick. */
const RATIO_BEFORE = /(?:是|为|达|达到|相当于|仅为|只有|不到|超过了?)\s*$/;
const RATIO_AFTER = /^[^，。；！？,;!?\n]{0,20}?的\s*\d+(?:\.\d+)?\s*(?:倍|%|％)/;
const HELPER_BEFORE = /(?:基于|采用|使用|借助|利用|调用|接入|用|在|得到|获得|感谢|致谢|依托|通过|搭配)\s*$/;
const HELPER_AFTER =
  /^[^，。；！？,;!?\n]{0,10}?(?:的(?:帮助|支持|协助|资助|赞助|算力)|提供(?:了)?|支持(?:了)?|赞助|资助|协助|参与|帮助)/;
/** Where recommended-reading and reference lists begin: names after it act in nothing. */
export const LIST_HEADING =
  /^\s*[【[]?(?:推荐阅读|往期推荐|相关阅读|延伸阅读|往期回顾|猜你喜欢|热门文章|精选文章|参考资料|参考文献|参考链接|参考)[】\]]?\s*[:：]?/m;
const LIST_HEADING_LINE =
  /^[^\S\n\r\u2028\u2029]*[【[]?(?:推荐阅读|往期推荐|相关阅读|延伸阅读|往期回顾|猜你喜欢|热门文章|精选文章|参考资料|参考文献|参考链接|参考)[】\]]?/m;

/**
 * Where LIST_HEADING first matches (`text.search(LIST_HEADING)`), or -1, in time linear in the text:
 * its `^\s*` tried from every line start of a run of blank lines was quadratic (40 KB of newlines
 * took 4 s in the verifier). The heading's own line is found, then the blank lines before it joined.
 */
export function listHeadingAt(text: string): number {
  const line = text.search(LIST_HEADING_LINE);
  if (line < 0) return -1;
  let from = line;
  while (from > 0 && /\s/.test(text[from - 1]!)) from--;
  // The first line start in that whitespace (the text's start, or just after a line break).
  if (from === 0) return 0;
  for (let at = from; at < line; at++) if (/[\n\r\u2028\u2029]/.test(text[at]!)) return at + 1;
  return line;
}

/** A title opening with a name and a colon: the name speaks ("赫拉利：…", "英伟达 Jim Fan：…"). */
const TITLE_SPEAKER = /^[^：:，,。]{0,16}[：:]/;
/** "OpenAI 前研究员张三加入", "英伟达科学家 Jim Fan 提出": the name describes a person, who acts. */
const DESCRIPTOR_AFTER =
  /^\s*(?:前|原|的)?\s*[\u4e00-\u9fffA-Za-z\s]{0,10}?(?:研究员|研究科学家|科学家|工程师|高管|员工|创始人|CEO|CTO|负责人|总裁|首席[\u4e00-\u9fff]{1,3}官|老将|教授|之父|之母|掌门人|操盘手)(?![\u4e00-\u9fff]{0,4}团队)/;
/** "核心团队来自 X", "创始人毕业于 X": an origin, not the actor ("来自 X 的团队" still acts). */
const ORIGIN_BEFORE =
  /(?:团队|成员|创始人|员工|骨干|班底|毕业于|出身于?)[^，。；！？,;!?]{0,4}(?:来自|源自|出自)\s*$/;
/** An org written right before a person's Latin name describes that person ("英伟达Jim Fan"). */
const PERSON_AFTER = /^\s*[A-Z][a-z]+\s[A-Z][a-z]+(?![A-Za-z])/;
const SENTENCE = /[^。！？!?\n]+[。！？!?]*/g;

/** Every use of one name (any spelling of the org it belongs to) in title and text. */
export function findNameUses(name: string, title: string, text: string): NameUse[] {
  const spellings = spellingsOf(name).filter((s) => s.length > 0);
  const listAt = listHeadingAt(text);
  const uses: NameUse[] = [];
  const scan = (body: string, offset: number, inTitle: boolean) => {
    const mentions = mentionsIn(body, spellings);
    if (mentions.length === 0) return;
    const spans = sentenceSpans(body);
    for (const at of mentions) {
      const span = spans.find((x) => at.index >= x.start && at.index < x.end);
      if (!span) continue;
      const sentence = body.slice(span.start, span.end);
      const absolute = offset + at.index;
      const inList = !inTitle && listAt >= 0 && at.index >= listAt;
      const role = inList
        ? "recommended"
        : roleAt(sentence, at.index - span.start, at.end - span.start, inTitle);
      uses.push({ role, sentence: sentence.trim(), inTitle, at: absolute });
    }
  };
  scan(title, 0, true);
  scan(text, title.length + 1, false);
  return uses;
}

function sentenceSpans(body: string): Array<{ start: number; end: number }> {
  return [...body.matchAll(SENTENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The role of the mention sentence[start, end). */
function roleAt(sentence: string, start: number, end: number, inTitle: boolean): MentionRole {
  const before = sentence.slice(Math.max(0, start - 12), start);
  const after = sentence.slice(end, end + 30);
  if (COMPARE_BEFORE.test(before) || COMPARE_AFTER.test(after)) return "comparison";
  if (RATIO_BEFORE.test(before) && RATIO_AFTER.test(after)) return "comparison";
  if (HELPER_AFTER.test(after)) return "helper";
  if (/(?:前|原)\s*$/.test(before) || DESCRIPTOR_AFTER.test(after) || PERSON_AFTER.test(after))
    return "mention";
  if (HELPER_BEFORE.test(before) && !/(?:由|来自)\s*$/.test(before)) return "helper";
  // "核心团队来自清华大学": where the people came from, not who does the news.
  if (ORIGIN_BEFORE.test(before)) return "mention";
  if (/(?:由|来自)\s*$/.test(before)) return "actor";
  const acts = after.match(ACTOR_AFTER);
  // "Anthropic 推出的 MCP": an attribute of something else, background rather than the news.
  if (acts) return after.slice(acts[0].length).startsWith("的") ? "mention" : "actor";
  if (/(?:由|来自)\s*$/.test(before)) return "actor";
  // "A、B 和 C 联合发布": a name in a list whose last member acts acts too.
  if (/^\s*(?:、|和|与|及|&|＆|以及)/.test(after)) {
    const rest = after.replace(/^\s*(?:、|和|与|及|&|＆|以及)\s*/, "");
    if (ACTOR_AFTER.test(rest.replace(/^[^，。；！？\s、和与及&]{1,16}/, ""))) return "actor";
  }
  if (ACTOR_BEFORE.test(before) && ACTOR_AFTER.test(after)) return "actor";
  // A title opening with a name (after at most a short descriptor, no comma) and a colon: the
  // name speaks ("赫拉利：…", "英伟达 Jim Fan：…").
  const opening = sentence.slice(0, start).trim();
  if (inTitle && (opening === "" || resolveOrg(opening)) && TITLE_SPEAKER.test(sentence.slice(start)))
    return "actor";
  if (/(?:对话|专访|访谈|独家对话)\s*$/.test(before)) return "actor";
  // "Researchers at Halden University have proposed …": the lab the researchers work at acts.
  if (EN_TEAM_AT.test(sentence.slice(Math.max(0, start - 28), start)) && EN_ACTS.test(after)) return "actor";
  return "mention";
}

/** Compiled spelling patterns (a bounded memo: the same few hundred names recur across articles). */
const PATTERNS = new Map<string, RegExp>();

function patternOf(spelling: string): RegExp {
  let pattern = PATTERNS.get(spelling);
  if (!pattern) {
    const latin = /^[\x20-\x7e]+$/.test(spelling);
    const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    pattern = latin
      ? new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, spelling.length >= 5 ? "gi" : "g")
      : new RegExp(escaped, "g");
    if (PATTERNS.size > 5000) PATTERNS.clear();
    PATTERNS.set(spelling, pattern);
  }
  return pattern;
}

function mentionsIn(body: string, spellings: string[]): Array<{ index: number; end: number }> {
  const out: Array<{ index: number; end: number }> = [];
  const lower = body.toLowerCase();
  for (const spelling of [...spellings].sort((a, b) => b.length - a.length)) {
    if (!lower.includes(spelling.toLowerCase())) continue;
    for (const m of body.matchAll(patternOf(spelling))) {
      const end = m.index + m[0].length;
      if (NOT_AN_ORG.test(body.slice(m.index, m.index + 12))) continue;
      if (out.some((o) => m.index < o.end && end > o.index)) continue;
      out.push({ index: m.index, end });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
