// A future step told as past: the article says a thing "最早可能于明年 1 月宣布", "预计下周重新上线", "we
// expect to release it in the first quarter of 2027", "could start operating in 2028", and the entry
// says "已于今年 1 月宣布", "已以 4.1.1 版本号重新上线", "已于今年一季度发布", "已于今年投运". An entry clause
// that says a step is done (已 … step, no hedge of its own) is refused when every mention of that step
// in the article (Chinese clauses, or English sentences through the step's English forms) is still to
// come; when the entry clause names digits or Latin words that some of those mentions carry, only
// those mentions count (the 32B model's release, not the 7B one's). An article that never mentions
// the step gives no verdict here.

export interface DoneStep {
  raw: string;
  index: number;
  end: number;
  step: string;
  /** Digits and Latin words of the entry clause: what the step is done to or when. */
  marks: string[];
}

/** Steps and their English forms (whole-word prefixes of an English sentence's lower-case words). */
const STEPS: Record<string, readonly string[]> = {
  重新上线: ["relaunch", "re-releas", "back online", "restor"],
  上线: ["launch", "go live", "goes live", "roll out", "rolls out", "releas"],
  发布: ["releas", "launch", "publish"],
  推出: ["launch", "releas", "introduc", "roll out"],
  宣布: ["announc"],
  投运: ["start operating", "begin operating", "into operation", "come online", "comes online"],
  投产: ["start production", "begin production", "into production"],
  量产: ["mass production", "volume production", "mass-produc"],
  交付: ["deliver", "ship"],
  开源: ["open-source", "open source"],
};
const STEP = new RegExp(Object.keys(STEPS).join("|"), "g");
const DONE = /(?:已经|已)(?:于|在|以)?/;
/** An entry clause that hedges or denies its step is not read here. */
const HEDGE = /(?<!已)将|拟|计划|预计|有望|即将|尚未|未|不|没有|或|可能/;
/** Still to come, in an article's clause or sentence. */
const FUTURE_ZH = /(?<!已)将|拟|计划|预计|有望|即将|最早|可能|明年|下周|下月|下个月|年内|未来|尚未|暂未|还未/;
const FUTURE_EN =
  /\b(?:will|would|could|may|might|expects?|expected|plans?|planned|planning|scheduled|intends?|aims?|hopes?|if|once|yet)\b|\bwon't\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;
/** Where a clause goes on to what is still to come: 并将 / 并计划 / 但 / 而. */
const AND_LATER_ZH = /(?=并(?:将|计划|预计|拟|有望))|(?=但|而(?:将|计划|预计))/;
const HAN = /[\u4e00-\u9fff]/;

export function findDoneSteps(text: string): DoneStep[] {
  const out: DoneStep[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE.test(text[i]!)) continue;
    const clause = text.slice(start, i);
    const done = DONE.exec(clause);
    if (done && !HEDGE.test(clause)) {
      STEP.lastIndex = done.index;
      const m = STEP.exec(clause);
      if (m) {
        const marks = (clause.match(/[A-Za-z0-9][A-Za-z0-9.]*/g) ?? []).filter((t) => t.length > 0);
        out.push({ raw: clause.trim(), index: start, end: i, step: m[0], marks });
      }
    }
    start = i + 1;
  }
  return out;
}

/** The article's mentions of a step: Chinese clauses with it, English clauses with one of its forms. */
function mentionsOf(step: string, articleText: string): { text: string; future: boolean }[] {
  const out: { text: string; future: boolean }[] = [];
  // A question ("什么时候重新上线？") is a heading, not a mention.
  for (const [whole] of articleText.matchAll(/[^，,；;。！？!?\n]+[，,；;。！？!?\n]?/g)) {
    if (!whole.includes(step) || /[？?]$/.test(whole)) continue;
    // "周一发布了 Atlas-2 权重并将在下月发布训练代码": a done step, then one still to come.
    for (const clause of whole.split(AND_LATER_ZH))
      if (clause.includes(step)) out.push({ text: clause, future: FUTURE_ZH.test(clause) });
  }
  const forms = STEPS[step] ?? [];
  for (const sentence of articleText.split(/(?<=[.!?]["”’)]?)\s+|\n/)) {
    if (HAN.test(sentence)) continue;
    // Still to come by clause, named by sentence: "Atlas-1 was released in 2024, but Atlas-2 is not
    // yet" holds a done release beside one to come (read whole, its "yet" made both future), and "A
    // 20B version is in training, and we expect to release it" names the 20B in another clause.
    for (const clause of sentence.split(
      /[,;:]\s*|\s(?=(?:but|while|whereas)\s)|\s(?=and\s+(?:will|would|plans?|expects?|is expected|aims?)\b)/,
    )) {
      const said = ` ${clause
        .toLowerCase()
        .replace(/[^a-z0-9.\s-]/g, " ")
        .replace(/\s+/g, " ")} `;
      if (forms.some((f) => said.includes(` ${f}`)))
        out.push({ text: sentence, future: FUTURE_EN.test(clause) });
    }
  }
  return out;
}

export function checkDoneStep(claim: DoneStep, articleText: string): { supported: boolean; reason: string } {
  const all = mentionsOf(claim.step, articleText);
  // Digits name the thing best (20B, 4.1.1, 50 MW), then Latin words (a product's name).
  const carrying = (marks: string[]) =>
    marks.length > 0 ? all.filter((m) => marks.every((k) => m.text.includes(k))) : [];
  const byDigits = carrying(claim.marks.filter((k) => /\d/.test(k)));
  const byWords = carrying(claim.marks.filter((k) => !/\d/.test(k)));
  // A thing named in the claim that no mention of the step carries: the step of another thing, no verdict.
  const mentions =
    byDigits.length > 0 ? byDigits : byWords.length > 0 ? byWords : claim.marks.length > 0 ? [] : all;
  if (mentions.length === 0 || mentions.some((m) => !m.future))
    return { supported: true, reason: `the article does not give ${claim.step} only as still to come` };
  return {
    supported: false,
    reason: `the article gives ${claim.step} only as still to come ("${mentions[0]!.text.trim().slice(0, 60)}"): a future step told as past`,
  };
}
