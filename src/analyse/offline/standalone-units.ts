import { continuesPrevious, dropLeadIn } from "./continuations.ts";
import { lacksSubject, withSharedSubject } from "./implied-subject.ts";
import { leansOnPointer, outsidePointer } from "./inner-pointers.ts";
import { dropLeaningWord, LEANS_BACK } from "./leaning.ts";
import { namePointed, namesItAs, titlePhrase } from "./name-pointed.ts";
import { personBefore, type Referent } from "./referents.ts";
import type { Sentence } from "./sentences.ts";
import { titleNames } from "./title-entities.ts";

/**
 * Turns candidate sentences into units a reader can take alone (bullets and the summary):
 *
 * - a sentence that dangles (ends in ：，、 — a list intro or a cut clause) is merged with the
 *   sentence that follows it;
 * - a sentence pointing inside at a thing only the sentence before names ("这种核查的成本…",
 *   inner-pointers.ts) joins that sentence as an anaphor does, else it is reference-only;
 * - a list item's trailing ；/，/、 becomes 。;
 * - a leading connective without its referent (此外，不过，但，同时 …) is dropped, and so is a lead-in
 *   before the fact ("结果相当扎心：", "实验显示，"; continuations.ts);
 * - a short tail or an add-on clause after ； ("…；视频等动态模态也尚未覆盖。") joins the sentence before;
 * - a leading anaphor (该方法, 这一模型, 其…) is resolved to the article's subject when the subject
 *   is a named thing and the anaphor a generic noun; a sentence that still opens with an anaphor
 *   (这意味着…, 他认为…, 这两个成绩…) is merged after its antecedent sentence when that directly
 *   precedes it, else it is marked `standalone: false` and never used;
 * - a result clause without its subject ("在 DPG-Bench 上得分 87.44；") takes the title's name the
 *   sentence before names, else joins that sentence like an anaphor (implied-subject.ts).
 */
export interface Unit extends Sentence {
  /** False when the unit needs context it does not carry. */
  standalone: boolean;
  /** Only a reference back inside the sentence (对此, 这件事): unfit as a bullet, fine in a summary. */
  referenceOnly?: boolean;
  /** The text as the article has it (before connective/anaphor rewriting), for cue scoring. */
  original: string;
}

const DANGLING_END = /[：:，,、]$/;
const LIST_END = /[；;，,、]$/;
/**
 * Connectives that link to a previous sentence, and reporting openers (据介绍，需要注意的是，):
 * dropped from the start of a bullet, so an anaphor behind them ("据介绍，这一方法…") is seen.
 */
const CONNECTIVE =
  /^(?:(?:针对|为了解决|为解决|面对|围绕)(?:上述|以上|前述|这些|这个|这一|这两个|此|该)[^，,]{0,4}(?:问题|难题|挑战|缺陷|局限|偏差|痛点)|此外|另外|同时|与此同时|更进一步|进一步|另一方面|换句话说|也就是说|总的来说|不过|但是|但|然而|而且|并且|因此|所以|于是|其次|最后|首先|总之|此后|随后|对此|当然|据介绍|据悉|据了解|据报道|[^，,。\s]{1,8}获悉|(?:今天|今日)(?:凌晨|上午|下午|晚间)?|近日|日前|具体来看|具体来说|具体而言|需要注意的是|值得注意的是|值得一提的是)[，,、\s]*/;
/** Pronoun-like openers that need an antecedent. */
const ANAPHOR = /^(?:这|该|其|此|上述|前述|前面|上面|以上|它|他|她|那|这些|这种|这类|这项|这一)/;
/** Generic heads an anaphor may point with (该方法 → FlashPrune). */
const GENERIC_HEAD =
  /^(?:该|这一|这个|这款|此|这项|这套)(方法|模型|框架|引擎|系统|平台|产品|工具|功能|技术|算法|方案|基准|项目|应用|智能体|机器人|架构)/;
const MAX_MERGED = 260;
/** How far back (characters) the org a 其 points at must be named. */
const REFERENT_REACH = 300;

/** An ordinal opener of a paragraph (第二种策略利用的是…。): a topic line that needs what follows. */
const TOPIC_LINE_MAX = 20;
/** A reference back inside the first clause (…对此几乎是空白, 这件事…): needs the sentence before. */
const BACK_REFERENCE = /对此|此事|这件事|这一点|上述|前述|(?:是|为)其中/;
/**
 * A sentence that only announces what follows ("报告给出了几组有意思的数据。", "热闹之下，问题也很明显。",
 * "漏洞的原理并不复杂。")
 * says nothing alone: never a bullet (what it announces stands on its own).
 */
const ANNOUNCE =
  /(?:给出|提出|列出|总结|归纳|梳理|分享|谈到|提到|坦承|坦言|指出|介绍)了?[^，。；]{0,16}?(?:几|一些|若干|以下|如下|下面)(?:组|个|点|项|条|种|类|方面)[^，。；]{0,10}[。：:]?$|(?:问题|挑战|风险|隐忧|局限)(?:也|就|同样)?(?:很|十分|非常|相当)?(?:明显|突出|不少)[。.]?$|如下[。：:]?$|^[^，,。；;\d]{2,12}?(?:并不|其实|也|很|十分|非常|相当|倒)?(?:不?复杂|简单|直接|清晰|巧妙)[。.]?$/;
const ANNOUNCE_MAX = 30;
const ORDINAL = /^(?:第[一二三四五六七八九十\d]+(?:种|个|类|步|点|阶段|条)?|其[一二三])/;

export interface UnitContext {
  /** The title's named thing (FlashPrune, MiniCPM-o 4.5), if any. */
  subject?: string;
  title?: string;
  /** The article text, to check what the article calls its subject. */
  text?: string;
  /** The people the article names, for a 他/她 opener (referents.ts). */
  people?: readonly Referent[];
  /** The org acting in the news (title or lead), for a 其 opener when the title names no thing. */
  actor?: string;
}

export function buildUnits(candidates: readonly Sentence[], context: UnitContext = {}): Unit[] {
  const units: Unit[] = [];
  /** The index of a unit's last sentence, when it spans several. */
  const lastSentence = new Map<Unit, number>();
  for (let i = 0; i < candidates.length; i++) {
    const start = candidates[i]!;
    const list = readList(candidates, i);
    if (list) {
      units.push(...list.units);
      i += list.consumed;
      continue;
    }
    let s = start;
    let text = s.text;
    // A dangling sentence takes the next one along (a list intro with its first item, a cut clause);
    // so does a short topic line that opens a paragraph ("第二种策略利用的是常识推理。").
    const isOpener = (c: Sentence, t: string) =>
      ORDINAL.test(t) &&
      t.length < TOPIC_LINE_MAX &&
      candidates[i - 1]?.paragraph !== c.paragraph &&
      candidates[i + 1]?.paragraph === c.paragraph;
    while (
      (DANGLING_END.test(text) || (text === start.text && isOpener(start, text))) &&
      candidates[i + 1] &&
      candidates[i + 1]!.index === s.index + 1
    ) {
      const next = candidates[i + 1]!;
      if (text.length + next.text.length > MAX_MERGED) break;
      text = `${text}${next.text}`;
      s = next;
      i++;
    }
    units.push({ ...start, text, original: text, standalone: true });
    lastSentence.set(units.at(-1)!, s.index);
  }
  const merged: Unit[] = [];
  for (const unit of units) {
    const previous = merged.at(-1);
    const adjacent =
      previous !== undefined && (lastSentence.get(previous) ?? previous.index) + 1 === unit.index;
    const bare = stripConnective(unit.text);
    const opensWithAnaphor =
      (ANAPHOR.test(bare) && !GENERIC_HEAD.test(bare)) ||
      LEANS_BACK.test(bare) ||
      BACK_REFERENCE.test(bare.split(/[，,：:；;。！？]/)[0]!) ||
      // "现在，这种核查的成本…": the thing is the sentence before's, when that names it; joined, the
      // two stand alone (otherwise the unit is reference-only: finishUnit).
      (previous !== undefined && resolvesPointer(bare, previous.text));
    // "…；在 DPG-Bench 上得分 87.44；": the subject is the previous sentence's; named when it is the
    // title's thing, else the two are joined like an anaphor and its antecedent.
    const subjectless = lacksSubject(bare);
    if (subjectless && previous) {
      const names = [...(context.subject ? [context.subject] : []), ...titleNames(context.title ?? "")];
      const named = withSharedSubject(bare, previous.text, names);
      if (named) {
        merged.push({ ...unit, text: named, original: named });
        continue;
      }
    }
    // "…得分 88.6。这两个成绩均为…": the antecedent is the sentence right before, in the same paragraph;
    // so is the thought a tail or an add-on after ； finishes ("…；视频等动态模态也尚未覆盖。").
    // A subject-less result may join across a paragraph break: the sentence right before is its subject's.
    if (
      (opensWithAnaphor || subjectless || (previous && continuesPrevious(bare, previous.text))) &&
      previous &&
      (previous.paragraph === unit.paragraph || (subjectless && adjacent)) &&
      previous.text.length + unit.text.length <= MAX_MERGED &&
      !/[：:]$/.test(previous.text)
    ) {
      previous.text = `${previous.text}${unit.text}`;
      previous.original = previous.text;
      lastSentence.set(previous, lastSentence.get(unit) ?? unit.index);
      continue;
    }
    merged.push(unit);
  }
  return merged.map((unit) => finishUnit(unit, context));
}

/** The sentence before names the thing `text` points at: joined, nothing is left pointing outside. */
function resolvesPointer(text: string, before: string): boolean {
  return leansOnPointer(text) && outsidePointer(`${before}${text}`) === undefined;
}

/** A list item's label ("趋势拟合去偏：…", "padding 抑制：…"): a short name before a colon. */
const ITEM_LABEL = /^[^，,。：:；;！？!?“”]{2,16}[：:]/;
const LIST_INTRO = /[：:]$/;
/** An ordinal list item ("第二阶段冻结基座…", "第三步…"): its ordinal says what list it is in. */
export const ORDINAL_ITEM = /^第[一二三四五六七八九十\d]+(?:阶段|步|种|类|点|条|层|轮)/;
/** An intro's last clause that states the news rather than announcing the list. */
const INTRO_NEWS = /发布|推出|开源|提出|宣布|上线|官宣|亮相|完成|构建|收购|获得/;
/** A place or scope every item stands in ("在 4035 篇论文中：", "受测的 12 个模型里："), not an announcement. */
const FRAME = /^[^，,。；;这那该其此它]{2,22}(?:中|里|内|上|之间|当中|之中)[：:]$/;

/**
 * A list: an intro ending in ： and two or more items after it, each but the last ending in ；.
 * The intro is the frame of every item, not only of the first, so:
 *
 * - labelled items ("趋势拟合去偏：…；padding 抑制：…") stand alone by their labels; the intro stays
 *   apart, cut to what it states ("作者提出了 X 方法，整体思路非常直接：" → "作者提出了 X 方法。"),
 *   never "…直接：趋势拟合去偏：…" with two colons;
 * - unlabelled items under a frame of place or scope ("在 4035 篇论文中：") each take the frame along, as a clause
 *   ("在 4035 篇论文中，约 38%（1533 篇）没有给出代码链接。"); the frame alone is no unit;
 * - under any other intro ("改进主要有三点：") the first item joins it as before (undefined here).
 */
function readList(
  candidates: readonly Sentence[],
  at: number,
): { units: Unit[]; consumed: number } | undefined {
  const intro = candidates[at]!;
  if (!LIST_INTRO.test(intro.text)) return undefined;
  const items: Sentence[] = [];
  for (let j = at + 1; j < candidates.length; j++) {
    const item = candidates[j]!;
    const previous = candidates[j - 1]!;
    if (item.index !== previous.index + 1) break;
    if (items.length > 0 && !/[；;]$/.test(previous.text)) break;
    items.push(item);
  }
  if (items.length < 2) return undefined;
  const unit = (s: Sentence, text: string, original = text): Unit => ({
    ...s,
    text,
    original,
    standalone: true,
  });
  // Ordinal items ("第一阶段…；第二阶段…") are a list by their ordinals, as labelled ones are by labels.
  if (
    items.every((item) => ITEM_LABEL.test(item.text)) ||
    items.every((item) => ORDINAL_ITEM.test(item.text))
  ) {
    const clauses = intro.text.match(/[^，,]+[，,]?/g) ?? [intro.text];
    // The last clause only announces the list ("整体思路非常直接：", "资金将主要用于：") and is cut,
    // unless it is the news ("今天，智谱一口气发布了三款新模型：") or what stays is a bare time opener.
    const head = clauses.slice(0, -1).join("");
    const announces = clauses.length > 1 && !INTRO_NEWS.test(clauses.at(-1)!) && head.length >= 8;
    const stated = (announces ? head : intro.text).replace(/[，,：:]$/, "。");
    // Each item stands by its label; the intro's words still say what the item is (a method, a
    // result) when it is routed to a section, so they are scored with it.
    return {
      units: [
        unit(intro, stated),
        ...items.map((item) => unit(item, item.text, `${intro.text}${item.text}`)),
      ],
      consumed: items.length,
    };
  }
  if (!FRAME.test(intro.text)) return undefined;
  return {
    units: items.map((item) => unit(item, `${intro.text.replace(/[：:]$/, "，")}${item.text}`)),
    consumed: items.length,
  };
}

/**
 * 该方法 → FlashPrune only when the article itself calls the subject a 方法 (the noun within a few
 * characters after the name); 该引擎 → 推理加速引擎 when the title names a …引擎; otherwise the
 * anaphor stays and the unit is not standalone.
 */
function finishUnit(unit: Unit, context: UnitContext): Unit {
  const { subject, title = "", text: articleText = "" } = context;
  let text = dropLeaningWord(dropLeadIn(stripConnective(unit.text)));
  const head = text.match(GENERIC_HEAD);
  if (head) {
    const noun = head[1]!;
    const referent = subject && namesItAs(articleText, subject, noun) ? subject : titlePhrase(title, noun);
    if (referent) text = `${referent}${text.slice(head[0].length)}`;
  } else if (/^其(?=[\p{Script=Han}])/u.test(text) && !/^其(?:中|他|它|实|余|次)/.test(text)) {
    // "其双臂机器人已…": the title's thing, else the org of the news when the sentences just before name it.
    const near = articleText.slice(Math.max(0, unit.offset - REFERENT_REACH), unit.offset);
    const owner = subject ?? (context.actor && near.includes(context.actor) ? context.actor : undefined);
    if (owner) text = `${owner}的${text.slice(1)}`;
  } else if (subject && /^它(?!们)/.test(text)) {
    // "据介绍，它已于今天正式开源": a thing, the one the title names.
    text = `${subject}${/[A-Za-z0-9]$/.test(subject) ? " " : ""}${text.slice(1)}`;
  } else if (/^[他她](?![们])/.test(text) && context.people) {
    // "他认为，…" / "他的做法…": the person named last before it (a pronoun for a person, not a thing).
    const person = personBefore(context.people, unit.offset);
    if (person) text = `${person}${text.slice(1)}`;
  }
  text = text.replace(LIST_END, "。");
  // "使用这一方法后，…": the thing pointed at named as the article names it, else no bullet.
  const pointed = namePointed(
    text,
    articleText.slice(Math.max(0, unit.offset - REFERENT_REACH), unit.offset),
  );
  text = pointed ?? text;
  const opensBadly =
    ANAPHOR.test(text) || LEANS_BACK.test(text) || DANGLING_END.test(text) || lacksSubject(text);
  const refersBack =
    BACK_REFERENCE.test(text.split(/[，,：:；;。！？]/)[0]!) || leansOnPointer(text) || pointed === undefined;
  const announces = text.length <= ANNOUNCE_MAX && ANNOUNCE.test(text);
  // An interviewer's question ("问：现在最大的挑战是什么？") asks, it states nothing: never a bullet.
  const asks = /[？?]$/.test(text);
  return {
    ...unit,
    text,
    standalone: !opensBadly && !refersBack && !announces && !asks,
    referenceOnly: refersBack && !opensBadly,
  };
}

export function stripConnective(text: string): string {
  return text.replace(CONNECTIVE, "");
}
