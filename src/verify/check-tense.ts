// A plan told as done: "Nova-3 已在 API 平台上线" when the article says "将于下月上线". Digests
// turn announcements into launches. An entry's 已上线 / 正式开放 / 现已量产 is refused when every
// mention of that step in the article is still to come (将于/计划/预计/即将 …, or denied: 尚未上线);
// an article that never mentions the step gives no verdict here.
import { sameObject, stepObject, stepSurroundings } from "./step-objects.ts";

/** Steps of a release: each is checked against the article's mentions of the same step. */
const STEPS = [
  "上线",
  "开放",
  "发布",
  "推出",
  "商用",
  "量产",
  "开售",
  "发货",
  "交付",
  "落地",
  "部署",
  "开源",
  "开设",
  "设立",
  // Sites and companies: 已建成 where the article says 计划 2027 年底建成, 已上市 for 拟上市.
  "建成",
  "投产",
  "投用",
  "投运",
  "竣工",
  "上市",
  "支持",
  // Milestones: 已实现单季盈亏平衡 where the article says 预计 2027 年实现单季盈亏平衡.
  "实现",
  // 已完成全部服务器的安全审计 where the article says 将在 12 月底前完成: what is done to the object.
  "完成",
] as const;
const STEP = STEPS.join("|");

/** Done: 已上线, 已经开放, 现已发布, 正式商用, 全面开放, 上线了. */
const DONE = new RegExp(
  `(?:(?:已经|已|现已|均已|目前已|如今已)\\s*(?:正式|全面|同步|率先|陆续|相继|悄然|首次)?|正式|全面)\\s*(?:(?:在|于)[^，,。；;！？]{1,12}?)?\\s*(?:向[^，,。；;！？]{1,10}?)?(${STEP})|(${STEP})了`,
  "g",
);

/** Still to come, or not yet: the words before a step (in its clause) that keep it from being done. */
export const PENDING =
  /(?:(?<!已)将|将于|将在|计划|预计|即将|拟|有望|准备|打算|明年|下月|下个月|下周|年内|年底|未来|稍后|随后将|尚未|暂未|还未|还没有?|没有|并未|未|不会|暂不|仍未)[^，,。；;！？\n]{0,16}$/;
/** Done whatever came before: 已上线, 今天正式发布. */
const SAID_DONE = /(?:已|已经|现已|今天|今日|日前|近日|昨日|昨天|首次)\s*(?:正式|全面)?\s*$/;
/** A step done only for a few (仅向内测用户开放, 灰度上线): no 全面 one. */
const LIMITED = /(?:仅|只|部分|内测|小范围|少数|灰度|邀请|试点|白名单)[^，,。；;！？\n]{0,10}$/;

export interface TenseClaim {
  step: string;
  raw: string;
  index: number;
  end: number;
  /** The product names the claim's step is said of (stepNames). */
  names: ReadonlySet<string>;
  /** What the step is done to, written after it ("已上线 Agent 审计平台"): step-objects.ts. */
  object: ReadonlySet<string>;
}

/** Latin product names ("Lark Pro", "Nova-3", "GPT-4o"), squashed: what a step is said of. */
const NAME = /[A-Z][A-Za-z0-9.+-]*(?:\s+[A-Z0-9][A-Za-z0-9.+-]*)*|\b[a-z]+\d[a-z0-9.+-]*/g;
const CLAUSE_START = /[，,；;：:]/g;
const SENTENCE_START = /[。！？!?\n]/g;

function lastBreak(text: string, re: RegExp, before: number, floor: number): number {
  let at = floor;
  for (const m of text.slice(floor, before).matchAll(re)) at = floor + m.index + 1;
  return at;
}

/**
 * The names a step at `at` is said of: those of its clause before it, else of its sentence before it
 * ("Lark One 已上线，Lark Pro 将于明年上线": the second 上线 is Lark Pro's).
 */
export function stepNames(text: string, at: number): Set<string> {
  const sentence = lastBreak(text, SENTENCE_START, at, Math.max(0, at - 200));
  const clause = lastBreak(text, CLAUSE_START, at, sentence);
  const names = (from: number) =>
    new Set(
      [...text.slice(from, at).matchAll(NAME)]
        .map((m) => m[0].toLowerCase().replace(/[\s_-]/g, ""))
        .filter((k) => k.length >= 2 && !STEP_WORDS.has(k)),
    );
  const own = names(clause);
  return own.size ? own : names(sentence);
}

/** English words of the steps and their modals: never a product name. */
const STEP_WORDS = new Set([
  "api",
  "the",
  "it",
  "its",
  "this",
  "our",
  "we",
  "they",
  "a",
  "an",
  "in",
  "on",
  "today",
]);

/** The steps an entry text says are done. */
export function findDoneSteps(text: string): TenseClaim[] {
  // "将于下月正式上线", "预计年内全面开放": 正式/全面 without 已 after a plan word is the plan itself.
  const planned = (m: RegExpMatchArray) =>
    !/已/.test(m[0]) && PENDING.test(text.slice(Math.max(0, m.index! - 16), m.index));
  return [...text.matchAll(DONE)]
    .filter((m) => !planned(m))
    .map((m) => ({
      step: (m[1] ?? m[2])!,
      raw: m[0],
      index: m.index!,
      end: m.index! + m[0].length,
      names: stepNames(text, m.index!),
      object: stepObject(text, m.index! + m[0].length),
    }));
}

/** An English article's words for the same steps. */
const ENGLISH: Array<[string, RegExp]> = [
  ["上线", /\b(?:launch(?:es|ed|ing)?|available|go(?:es)? live|went live|roll(?:s|ed|ing)? out)\b/gi],
  ["发布", /\b(?:releas(?:e|es|ed|ing)|unveil(?:s|ed)?|announc(?:e|es|ed))\b/gi],
  ["开放", /\b(?:open(?:s|ed)? (?:up )?to|opening (?:up )?to)\b/gi],
  ["量产", /\bmass[- ]produc(?:e|es|ed|tion)\b/gi],
  ["开售", /\b(?:on sale|go(?:es)? on sale|went on sale)\b/gi],
  ["开源", /\bopen[- ]sourc(?:e|es|ed|ing)\b/gi],
  ["支持", /\bsupport(?:s|ed|ing)?\b/gi],
  [
    "开设",
    /\bopen(?:s|ed|ing)?\s+(?:an?\s+|its\s+|the\s+)?(?:new\s+)?(?:[a-z]+\s+){0,2}(?:office|lab|centre|center|hub|campus|store|factory)s?\b/gi,
  ],
];
/** English words before a step that keep it from being done ("will launch", "plans to release"). */
const ENGLISH_PENDING =
  /\b(?:will|shall|plans? to|planned|planning to|expected to|expects to|set to|aims? to|intends? to|coming|later this|next (?:week|month|quarter|year)|soon|not yet|yet to|has not|have not|hasn't|haven't|won't|isn't|is not|not)\b[^,.;!?\n]{0,30}$/i;

/** "… is planned for", "… are expected in", "… is coming": a plan written after the step. */
const PENDING_AFTER = /^[^,.;!?\n]{0,40}?\b(?:is|are) (?:planned|expected|scheduled|coming|slated)\b/i;

/** How far the article says a step went: pending (every mention to come), done, or done for all. */
export type StepState = "pending" | "limited" | "done";

/** One mention of a step in the article: how far it went, and what it is said of. */
export interface StepMention {
  state: StepState;
  names: ReadonlySet<string>;
  /** The words of its clause before it and of its object after it (step-objects.ts). */
  around: ReadonlySet<string>;
}

const RANK = { pending: 0, limited: 1, done: 2 } as const;

/** Each step the article mentions, with every mention's state and names. */
export function articleSteps(text: string): Map<string, StepMention[]> {
  // foldText without lower-casing: a name's capitals say where it starts and ends.
  const folded = text.normalize("NFKC").replace(/\s+/g, " ");
  const out = new Map<string, StepMention[]>();
  const add = (step: string, state: StepState, at: number, end: number) => {
    const list = out.get(step) ?? [];
    list.push({ state, names: stepNames(folded, at), around: stepSurroundings(folded, at, end) });
    out.set(step, list);
  };
  for (const m of folded.matchAll(new RegExp(STEP, "g"))) {
    const before = folded.slice(Math.max(0, m.index - 24), m.index);
    const state: StepState =
      !SAID_DONE.test(before) && !/^了/.test(folded.slice(m.index + m[0].length)) && PENDING.test(before)
        ? "pending"
        : LIMITED.test(before)
          ? "limited"
          : "done";
    add(m[0], state, m.index, m.index + m[0].length);
  }
  for (const [step, re] of ENGLISH)
    for (const m of folded.matchAll(re)) {
      const before = folded.slice(Math.max(0, m.index - 40), m.index);
      // "support for bimanual arms is planned for 2027": the plan may come after the step.
      const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 50);
      const state = ENGLISH_PENDING.test(before) || PENDING_AFTER.test(after) ? "pending" : "done";
      add(step, state, m.index, m.index + m[0].length);
    }
  return out;
}

/**
 * How far the article says the claim's step went: over the mentions said of a product the claim
 * names, when there are any (another product's launch is not this one's), else over all of them.
 */
function furthest(claim: TenseClaim, mentions: readonly StepMention[]): StepState | undefined {
  let own = mentions.filter((m) => [...m.names].some((n) => claim.names.has(n)));
  // No name before the claim's step: the mentions about its object, when the article has any.
  if (!claim.names.size) own = mentions.filter((m) => sameObject(claim.object, m.around));
  let state: StepState | undefined;
  for (const m of own.length ? own : mentions) if (!state || RANK[m.state] > RANK[state]) state = m.state;
  return state;
}

export function checkTense(
  claim: TenseClaim,
  steps: ReadonlyMap<string, readonly StepMention[]>,
): { supported: boolean; reason: string } {
  const state = furthest(claim, steps.get(claim.step) ?? []);
  if (state === "pending")
    return {
      supported: false,
      reason: `the article says ${claim.step} is still to come or not yet done ("${claim.raw}")`,
    };
  if (state === "limited" && /全面/.test(claim.raw))
    return { supported: false, reason: `the article says ${claim.step} only for a few ("${claim.raw}")` };
  return { supported: true, reason: state ? `the article says ${claim.step} is done` : "not stated" };
}
