// Who is the actor of a piece of news: who released, proposed, published, raised, left or said
// the thing. Shared by the offline analyser (which org to name) and verification (whether an
// entry's org is supported). Pure; patterns on the title and the article's sentences.
import {
  findNameUses,
  LEAD_CHARS,
  listHeadingAt,
  type MentionRole,
  type NameUse,
  VERB,
} from "./name-uses.ts";
import { findOrgs, makerOf, PERSON_NAMES, resolveOrg, spellingsOf } from "./org-aliases.ts";
import { TextMemo } from "./text-memo.ts";

export { findNameUses, LEAD_CHARS, type MentionRole, type NameUse };

export interface ActorCandidate {
  /** Display name: the org table's name for a known spelling, else the name as written. */
  name: string;
  sentence: string;
  inTitle: boolean;
  at: number;
}

/** Names that could be actors: known orgs and people, Latin proper names, CJK org-like names. */
const LATIN_PROPER =
  /(?<![A-Za-z0-9.])(?:[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:[ \t]+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,2}|[a-z][a-z0-9-]*\.(?:ai|io|com|app))(?![A-Za-z0-9])/g;
const CJK_ORG = /[\u4e00-\u9fff]{2,8}(?:大学|学院|研究院|研究所|实验室|科技|集团|资本)/g;
/** Words a CJK org name found by its suffix does not start with. */
const CJK_LEADING = /^(?:[由在与和及被将把从向对给让来自联合携手他她它其该这那前原新某]|来自|联合|携手)+/;
const ANONYMOUS = /(?:一位|一名|几位|多位)?(?:匿名|独立)(?:研究者|研究员|开发者|工程师|博主|网友)/g;
/** Roles a person may be described by, without a name ("一位安全研究员", "一名高中语文老师"). */
const ROLE_NOUN =
  "研究员|研究者|开发者|工程师|程序员|博主|网友|老师|教师|教授|学生|大学生|高中生|中学生|医生|律师|设计师|创业者|产品经理|分析师|黑客|极客|作家|画师";
/**
 * A person described by role, not by name: the person acts in the news and the role (without
 * 一位/一名) names them; the publisher never stands in for them. Not a team (一位工程师团队).
 */
export const ROLE_DESCRIBED = new RegExp(
  `(?:一位|一名|一个)([\\u4e00-\\u9fff]{0,6}?(?:${ROLE_NOUN}))(?![\\u4e00-\\u9fff]{0,2}(?:团队|们))`,
  "g",
);
const NOT_A_NAME = new Set(
  // Benchmarks score models, they do not act ("AIME 2025拿下91.4分" is the model's result); an English
  // title's question word or auxiliary ("Why do chatbots…", "Can agents…") is capitalised for its place.
  "Why How What When Where Who Which Whose Can Could Does Do Did Is Are Was Were Will Would Should May Might Must Has Have Had Inside Meet Here There These Those It Its They Their You Your AI AGI LLM LLMs GPU GPUs CPU API SOTA Transformer Token Tokens Agent Agents The This In We Our Benchmark Demo Github GitHub Hugging Face Paper Code Project Model Models Open Source MCP RAG VLA LWM CEO CTO PDF README REST AIME GPQA MMLU MMLU-Pro HumanEval GSM8K MATH LiveCodeBench GenEval MMBench MMMU MathVista OCRBench OmniDocBench OpenCompass SWE-bench BrowseComp Terminal-Bench ARC-AGI LongBench VBench C-Eval CMMLU".split(
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
  /(?:研究员|科学家|工程师|高管|创始人|CEO|CTO|负责人|总裁|总经理|教授|首席[\u4e00-\u9fff]{1,3}官)\s*([\u4e00-\u9fff]{2,3}?)(?=\s*(?:已|正式|宣布|近日)?(?:离职|加入|加盟|出走|离开|跳槽|回归|表示|认为|称|指出|透露|发文|撰文|警告|[：:]))/g;
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
  // The same article is asked about by dedup, the offline analyser and verification (each entry's
  // org check) in one run: the answer depends on the title and lead alone, so it is kept for the
  // latest articles. A fresh array each time (callers may sort it); the candidates are frozen.
  // A sentence is a slice of the article's text and would keep the whole text alive: copied.
  const known = ACTORS.get(`${title}\u0000${lead}`, () =>
    actorsIn(title, lead).map((a) => Object.freeze({ ...a, sentence: Array.from(a.sentence).join("") })),
  );
  return known.slice();
}

/**
 * Articles whose actors are kept: more than a large day's (10k articles a day), as each stage asks
 * about every article in turn and a smaller memo would be recomputed at every stage.
 */
const ACTORS = new TextMemo<readonly ActorCandidate[]>(16_384);

function actorsIn(title: string, lead: string): ActorCandidate[] {
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
    // "KV", "RL": short capitals the org table does not know are terms, not names; nor is a word
    // capitalised only where it opens a title or sentence ("Coding agents leak…" beside "coding agents").
    for (const m of source.matchAll(LATIN_PROPER))
      if (resolveOrg(m[0]) || (!/^[A-Z]{1,3}$/.test(m[0]) && !isSentenceCase(m[0], sources))) add(m[0]);
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
    for (const m of source.matchAll(ROLE_DESCRIBED)) if (m[1]!.length >= 3) add(m[1]!);
  }
  return names;
}

/** A single capitalised word the texts also write in lower case, as a common word ("Coding" / "coding", "Chatbot" / "chatbots"). */
function isSentenceCase(word: string, sources: readonly string[]): boolean {
  if (!/^[A-Z][a-z]+$/.test(word)) return false;
  const lower = new RegExp(`(?<![A-Za-z])${word.toLowerCase()}(?:s|es)?(?![A-Za-z])`);
  return sources.some((s) => lower.test(s));
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

/** An English title's descriptor before its name ("Chatbot maker Vireo left…", "AI startup Quayside…"). */
const DESCRIPTOR = /^(?:[A-Za-z-]+\s+){0,2}(?:maker|startup|firm|company|giant|developer|provider|lab)\s+$/i;

function opensClause(title: string, at: number): boolean {
  return (
    (/(?:^|[：:，,！!？?|｜]\s*)$/.test(title.slice(0, at)) || DESCRIPTOR.test(title.slice(0, at))) &&
    !/^[\s]*[的之]/.test(title.slice(at).replace(/^\S+/, ""))
  );
}

/** The lead: the first LEAD_CHARS characters of the body, before any recommended-reading list. */
export function leadOf(text: string): string {
  const listAt = listHeadingAt(text);
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
  const named = group.some(
    (a) => resolveOrg(a.name) || !(/匿名|独立/.test(a.name) || isRoleDescribed(a.name)),
  );
  return { org: names.join(people ? " & " : "/"), known: named };
}

/** A person named only by role (安全研究员, 高中语文老师): acts in the news, but is no named lab. */
export function isRoleDescribed(name: string): boolean {
  return !resolveOrg(name) && new RegExp(`^[\\u4e00-\\u9fff]{0,6}(?:${ROLE_NOUN})$`).test(name);
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
