// Who is the actor of a piece of news: who released, proposed, published, raised, left or said
// the thing. Shared by the offline analyser (which org to name) and verification (whether an
// entry's org is supported). Pure; patterns on the title and the article's sentences.
import { findOrgs, makerOf, NOT_AN_ORG, PERSON_NAMES, resolveOrg, spellingsOf } from "./org-aliases.ts";

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

export interface ActorCandidate {
  /** Display name: the org table's name for a known spelling, else the name as written. */
  name: string;
  sentence: string;
  inTitle: boolean;
  at: number;
}

/** How much of the body is the lead, where the actor of the news is named. */
export const LEAD_CHARS = 600;

const VERB =
  "提出|发布|开源|推出|宣布|完成|上线|离职|出走|离开|加入|研发|打造|开发|训练|公布|发表|披露|开放|升级|更新|牵头|领衔|主导|收购|并购|投资|起诉|招聘|招人|拿下|斩获|获得|登顶|刷新|实现|构建|设计|提交|回应|表示|认为|警告|指出|预测|预言|撰文|发文|对话|对谈|谈|称|获(?=[^，。；！？]{0,12}(?:融资|投资))|押注|关停|发起|融资|重组|启动|交付|揭示|证明|发现|展示|亮相|放出|甩出|祭出|官宣|曝光|透露|首发|再发|新发|筹备|入局|进军|申请|晒出|推动|写出|做出|搞出|造出|造了|做了|调整|要求|否决|承认|决定|计划|准备|成立|研制|推进|部署|签约|达成|合作|套利|接入|集成|引入|拥抱|被曝|曝出|被指|遭|用(?!户|于|到|来|作|量|法|途)|把|让";
/** A verb right after the name, with at most this many characters of modifiers between. */
const ACTOR_AFTER = new RegExp(
  `^[^，。；！？,;!?\\n：:]{0,14}?(?:${VERB})|^\\s*(?:团队|研究团队|研究人员|研究者|实验室|联合|携手)`,
);
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
const LIST_HEADING =
  /^\s*[【[]?(?:推荐阅读|往期推荐|相关阅读|延伸阅读|往期回顾|猜你喜欢|热门文章|精选文章|参考资料|参考文献|参考链接|参考)[】\]]?\s*[:：]?/m;
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
  const listAt = text.search(LIST_HEADING);
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

/** Names that could be actors: known orgs and people, Latin proper names, CJK org-like names. */
const LATIN_PROPER =
  /(?<![A-Za-z0-9.])(?:[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:[ \t]+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,2}|[a-z][a-z0-9-]*\.(?:ai|io|com|app))(?![A-Za-z0-9])/g;
const CJK_ORG = /[\u4e00-\u9fff]{2,8}(?:大学|学院|研究院|研究所|实验室|科技|集团|资本)/g;
/** Words a CJK org name found by its suffix does not start with. */
const CJK_LEADING = /^(?:[由在与和及被将把从向对给让来自联合携手他她它其该这那前原新某]|来自|联合|携手)+/;
const ANONYMOUS = /(?:一位|一名|几位|多位)?(?:匿名|独立)(?:研究者|研究员|开发者|工程师|博主|网友)/g;
const NOT_A_NAME = new Set(
  "AI AGI LLM LLMs GPU GPUs CPU API SOTA Transformer Token Tokens Agent Agents The This In We Our Benchmark Demo Github GitHub Hugging Face Paper Code Project Model Models Open Source MCP RAG VLA LWM CEO CTO PDF README REST".split(
    " ",
  ),
);
/**
 * A CJK name opening a clause and followed by an action or a Latin product name ("小马智行宣布",
 * "昆仑天工发布", "小马智行 Robotaxi"): names without an org suffix.
 */
const CJK_SUBJECT =
  /(?:^|[：:，,。！？!?\n|｜]|(?:公司|创企|独角兽|厂商|服务商|供应商|企业|平台)\s*)\s*([\u4e00-\u9fff]{2,6}?)(?=\s*(?:宣布|发布|推出|开源|完成|上线|公布|披露|提出|研发|打造|正式|今天|今日|近日|获(?=[^，。；！？]{0,12}(?:融资|投资))))/g;
/**
 * A person named right after a role, leaving, joining or speaking in the title ("资深研究员陈琳离职"):
 * 2–3 CJK characters, taken from the title only.
 */
const ROLE_PERSON =
  /(?:研究员|科学家|工程师|高管|创始人|CEO|CTO|负责人|总裁|总经理|教授|首席[\u4e00-\u9fff]{1,3}官)\s*([\u4e00-\u9fff]{2,3}?)(?=\s*(?:已|正式|宣布|近日)?(?:离职|加入|加盟|出走|离开|跳槽|回归|表示|认为|称|指出|透露|发文|撰文|警告))/g;
/** Roundups (周报, 早报, 速览 …): the items' actors are not the piece's; only the title's count. */
const ROUNDUP =
  /周报|日报|早报|晚报|周刊|月报|一周(?:回顾|要闻|速览|大事)|本周.{0,8}(?:发生了什么|大事|要闻)|要闻|速览|速递|汇总|合集|Weekly|Daily|Newsletter/i;

export function isRoundup(title: string): boolean {
  return ROUNDUP.test(title);
}
/** The title opening with a CJK name before a Latin product name ("小马智行 Robotaxi …"). */
const CJK_TITLE_SUBJECT = /^([\u4e00-\u9fff]{3,6})\s+[A-Z]/;
const SUBJECT_STOP =
  /^(?:[新这那该一各多某每本此其独]|今天|昨天|今日|近日|日前|目前|刚刚|终于|官方|公司|团队|研究|我们|他们|她们|该公司|此前|随后|同时|据悉|消息|报道|本周|本月|最近|正式|首次|再次|又一|这次|此次|新一代|新版)/;
const CJK_STOP =
  /^(?:[一二三四五六七八九十几多数两\d]+[家个位名所]|这家|该|一家|某|其|这个|新|本|我们|他们|多家|各大|头部|国内|海外|全球|顶级)/;

/**
 * Actor candidates of the news, title first, then the lead (LEAD_CHARS of the body), each with
 * the sentence that makes it the actor. Comparison, helper and list mentions never appear here.
 */
export function findActors(title: string, text: string): ActorCandidate[] {
  const lead = isRoundup(title) ? "" : leadOf(text);
  const names = nameCandidates([title, lead]);
  const out: ActorCandidate[] = [];
  const openers: ActorCandidate[] = [];
  for (const [display] of names) {
    // A fragment of a longer candidate ("Jeff" of "Jeff Dean") is that candidate's business.
    // and an unknown name spanning known ones ("上海大学联合南开大学") is theirs.
    if (
      !resolveOrg(display) &&
      [...names.entries()].some(
        ([o, w]) => o !== display && (o.includes(display) || (resolveOrg(o) && display.includes(w))),
      )
    )
      continue;
    const uses = findNameUses(display, title, lead);
    const use = uses.find((u) => u.role === "actor");
    if (use) out.push({ name: display, sentence: use.sentence, inTitle: use.inTitle, at: use.at });
    const opener = uses.find((u) => u.inTitle && u.role === "mention" && opensClause(title, u.at));
    if (opener) openers.push({ name: display, sentence: opener.sentence, inTitle: true, at: opener.at });
  }
  // No one acts in title or lead: a name opening a title clause is what the title is about
  // ("让AI自己赚API钱：Clawdbot在Polymarket上套利").
  if (out.length === 0 && openers.length > 0) out.push(openers[0]!);
  // 腾讯 inside 腾讯混元 in the same sentence is the longer name's mention.
  const kept = out.filter(
    (a) =>
      !out.some(
        (b) =>
          b !== a &&
          b.sentence === a.sentence &&
          b.name.length > a.name.length &&
          spellingsOf(a.name).some((s) => b.name.includes(s)),
      ),
  );
  return kept.sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || a.at - b.at);
}

/**
 * Names in the texts that could act (display name → spelling as written): known orgs and people,
 * Latin proper names, CJK names ending like an org (…科技, …实验室, …大学).
 */
export function nameCandidates(sources: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const add = (raw: string) => {
    const trimmed = raw.trim();
    if (trimmed.length < 2 || NOT_A_NAME.has(trimmed)) return;
    const display = resolveOrg(trimmed) ?? trimmed;
    if (!names.has(display)) names.set(display, trimmed);
  };
  for (const source of sources) {
    for (const m of findOrgs(source)) add(m.name);
    // "KV", "RL": short capitals the org table does not know are terms, not names.
    for (const m of source.matchAll(LATIN_PROPER))
      if (resolveOrg(m[0]) || !/^[A-Z]{1,3}$/.test(m[0])) add(m[0]);
    const subjects = [...source.matchAll(CJK_SUBJECT)].map((m) => m[1]!);
    const titled = source.match(CJK_TITLE_SUBJECT)?.[1];
    if (titled) subjects.push(titled.replace(new RegExp(`(?:${VERB}).*$`), ""));
    for (const raw of subjects) {
      const name = raw.replace(
        /(?:本周|本月|今天|今日|近日|日前|昨天|昨日|正式|刚刚|已经|也|又|已|将|还|均|都|再次|首次)+$/,
        "",
      );
      // A name without an org suffix must be in the title too (sources[0]), and look like a name.
      const plausible =
        name.length >= 3 &&
        !SUBJECT_STOP.test(name) &&
        // 智能 is a name's word ("码上智能"), 能 alone a verb's ("能跑").
        !/[有看担认觉说想要会能可让把被将是在的了着过]/.test(name.replace(/智能/g, "")) &&
        (sources[0] ?? "").includes(name);
      if (resolveOrg(name) || plausible) add(name);
    }
    if (source === sources[0]) for (const m of source.matchAll(ROLE_PERSON)) add(m[1]!);
    for (const name of findCjkOrgNames(source)) add(name);
    for (const m of source.matchAll(ANONYMOUS)) add(m[0].replace(/^(?:一位|一名|几位|多位)/, ""));
  }
  return names;
}

/** CJK org-like names of a text (…科技, …实验室, …大学): the ones the org table does not know. */
export function findCjkOrgNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_ORG)) {
    // The run may carry the words before the name ("语音大模型公司月影科技"): keep what follows them.
    const name = m[0]
      .split(/公司|模型|平台|企业|团队|机构|领域|行业|[的是在和与及为把被将由让从对向给等]/)
      .pop()!
      .replace(CJK_LEADING, "");
    if (name.length >= 4 && !CJK_STOP.test(name) && !/[的了是有在和与及共]/.test(name)) out.push(name);
  }
  return out;
}

function opensClause(title: string, at: number): boolean {
  return (
    /(?:^|[：:，,！!？?|｜]\s*)$/.test(title.slice(0, at)) &&
    !/^[\s]*[的之]/.test(title.slice(at).replace(/^\S+/, ""))
  );
}

/** The lead: the first LEAD_CHARS characters of the body, before any recommended-reading list. */
export function leadOf(text: string): string {
  const listAt = text.search(LIST_HEADING);
  return text.slice(0, listAt >= 0 ? Math.min(listAt, LEAD_CHARS) : LEAD_CHARS);
}

/** Commentary and opinion: the publisher may be the org of its own piece (and is marked so). */
const OPINION =
  /观察|评论|社论|观点|笔者|我们认为|我认为|编者按|专栏|随笔|杂谈|怎么看|深度|思考|反思|复盘|盘点|年度回顾|一年回顾|走过的路|趋势|展望|漫谈|浅谈|为什么|吗[？?]|[？?]$/;

export function isOpinionPiece(title: string, text: string): boolean {
  return OPINION.test(title) || isRoundup(title) || /笔者|编者按|我们认为|本文认为/.test(leadOf(text));
}

/**
 * The org line of the news: the first actor with its co-actors of the same sentence ("A/B";
 * people "A & B"); a product acting gives its maker when `context` (the whole article) names the
 * maker. undefined when nobody acts in title or lead. Used by the offline analyser and the LLM
 * stub, so both name the org the way verification checks it.
 */
export function actorOf(
  title: string,
  text: string,
  context: string = text,
): { org: string; known: boolean } | undefined {
  const actors = findActors(title, text);
  const first = actors[0];
  if (!first) return undefined;
  const group = actors.filter((a) => a.sentence === first.sentence && a.inTitle === first.inTitle);
  const names = withoutSameOrg([...new Set(group.map((a) => displayOf(a.name, title, context)))]);
  const people = group.every((a) => PERSON_NAMES.has(a.name));
  const named = group.some((a) => resolveOrg(a.name) || !/匿名|独立/.test(a.name));
  return { org: names.join(people ? " & " : "/"), known: named };
}

/** A unit word after an org's name: 北大团队, 港大研究者 are 北京大学, 香港大学. */
const UNIT_SUFFIX = /(?:研究团队|研究者|研究人员|团队|课题组)$/;

/**
 * Co-actors that are one org: another spelling (北京大学 / 北大团队), or a unit of an org already
 * listed — its name is that org's spelling plus a few characters (阿里巴巴 / 阿里通义, 字节跳动 /
 * 字节豆包). The first-listed spelling stays.
 */
function withoutSameOrg(names: string[]): string[] {
  const canonical = (n: string) => resolveOrg(n) ?? resolveOrg(n.replace(UNIT_SUFFIX, "")) ?? n;
  const kept: string[] = [];
  for (const name of names) {
    const c = canonical(name);
    const same = kept.some((k) => {
      const ck = canonical(k);
      if (ck === c) return true;
      const unitOf = (whole: string, org: string) =>
        spellingsOf(org).some(
          (sp) => sp.length >= 2 && whole.startsWith(sp) && whole.length - sp.length <= 4,
        );
      return (
        (resolveOrg(k) !== undefined && unitOf(name, k)) ||
        (resolveOrg(name) !== undefined && unitOf(k, name))
      );
    });
    if (!same) kept.push(name);
  }
  return kept;
}

/** People keep the spelling the title uses when it is Latin ("Hennessy"); a product gives its maker. */
function displayOf(name: string, title: string, context: string): string {
  if (PERSON_NAMES.has(name)) {
    const written = title.match(/[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*/g) ?? [];
    return written.find((w) => resolveOrg(w) === name) ?? name;
  }
  const maker = resolveOrg(name) ? undefined : makerOf(name);
  if (maker && findOrgs(context).some((m) => m.name === maker)) return maker;
  return name;
}
