// Names in a title and lead that could act in the news: known orgs and people, Latin proper names,
// CJK names ending like an org (…科技, …大学), a clause-opening CJK subject, people named by role.
// The candidates behind news-actor.ts; whether each one acts is name-uses.ts's business. Pure.
import { VERB } from "./name-uses.ts";
import { findOrgs, resolveOrg } from "./org-aliases.ts";

/** Names that could be actors: known orgs and people, Latin proper names, CJK org-like names. */
const LATIN_PROPER =
  /(?<![A-Za-z0-9.])(?:[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:[ \t]+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,2}|[a-z][a-z0-9-]*\.(?:ai|io|com|app))(?![A-Za-z0-9])/g;
const CJK_ORG = /[\u4e00-\u9fff]{2,8}(?:大学|学院|研究院|研究所|实验室|科技|集团|资本)/g;
/** A verb run opening a CJK org-like name found by its suffix ("接入鹿鸣科技"): not the name's. */
const LEADING_VERB = new RegExp(`^(?:${VERB})+`);
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
  /(?:^|[：:，,。！？!?\n|｜]|(?:公司|创企|独角兽|厂商|服务商|供应商|企业|平台)\s*)\s*([\u4e00-\u9fff]{2,6}?)(?=\s*(?:宣布|发布|推出|开源|完成|上线|公布|披露|提出|研发|打造|正式|今天|今日|近日|拟(?=[^，。；！？]{0,12}(?:收购|并购|投资|融资|上市))|获(?=[^，。；！？]{0,12}(?:融资|投资))))/g;
/**
 * A person named right after a role, leaving, joining or speaking in the title ("资深研究员陈琳离职"):
 * 2–3 CJK characters, taken from the title only.
 */
const ROLE_PERSON =
  /(?:研究员|科学家|工程师|高管|创始人|CEO|CTO|负责人|总裁|总经理|教授|首席[\u4e00-\u9fff]{1,3}官)\s*([\u4e00-\u9fff]{2,3}?)(?=\s*(?:已|正式|宣布|近日)?(?:离职|加入|加盟|出走|离开|跳槽|回归|表示|认为|称|指出|透露|发文|撰文|警告|[：:]))/g;
/** The title opening with a CJK name before a Latin product name ("小马智行 Robotaxi …"). */
const CJK_TITLE_SUBJECT = /^([\u4e00-\u9fff]{3,6})\s+[A-Z]/;
const SUBJECT_STOP =
  /^(?:[新这那该一各多某每本此其独]|今天|昨天|今日|近日|日前|目前|刚刚|终于|官方|公司|团队|研究|我们|他们|她们|该公司|此前|随后|同时|据悉|消息|报道|本周|本月|最近|正式|首次|再次|又一|这次|此次|新一代|新版)/;
const CJK_STOP =
  /^(?:[一二三四五六七八九十几多数两\d]+[家个位名所]|这家|该|一家|某|其|这个|新|本|我们|他们|多家|各大|头部|国内|海外|全球|顶级)/;

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
    let name = m[0]
      .split(/公司|模型|平台|企业|团队|机构|领域|行业|[的是在和与及为把被将由让从对向给等]/)
      .pop()!
      .replace(CJK_LEADING, "");
    // "接入鹿鸣科技", "收购云岫科技": a verb before the name is the sentence's, not the name's.
    const verb = name.match(LEADING_VERB)?.[0];
    if (verb && name.length - verb.length >= 4) name = name.slice(verb.length);
    if (name.length >= 4 && !CJK_STOP.test(name) && !/[的了是有在和与及共]/.test(name)) out.push(name);
  }
  return out;
}

/** A person named only by role (安全研究员, 高中语文老师): acts in the news, but is no named lab. */
export function isRoleDescribed(name: string): boolean {
  return !resolveOrg(name) && new RegExp(`^[\\u4e00-\\u9fff]{0,6}(?:${ROLE_NOUN})$`).test(name);
}
