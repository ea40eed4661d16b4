// Naming the thing a kept sentence points at. A pointer in the middle of its own words ("使用这一方法后，
// 错误率下降到 21%" after "…提出了一个简单的校准方法") is replaced by the thing as the article names it
// ("使用校准方法后"); when the article gives it no name of its own, the sentence is no bullet
// (standalone-units.ts). Also the title's phrase or the subject an opening 该方法/该引擎 stands for.
import { outsidePointer } from "./inner-pointers.ts";

/** An attribute pointing back between a count word and its noun ("一个采用这类策略的地址"). */
export const POINTING_ATTRIBUTE =
  /(一(?:个|位|名|家|款))[^，,。；;的]{0,8}(?:这|该|此|上述)(?:类|种|个|些|套)?[^，,。；;的]{0,8}的/;
/** A demonstrative with its measure word, before the noun it points at. */
const DEMONSTRATIVE = /^(?:这|那)(?:种|些|个|样的|番|场|项|类|一)|^(?:该|此)/;
/** Where a name's modifier stops, reading back from its noun: a particle, a verb of use, a count, punctuation. */
const MODIFIER_STOP =
  /[的了和与及在把被对将是为用出入让给做有到按再先就都也还又并而从向以由个种项套款类一这那该此其\s，。；：、“”《》（）,.;:()]/u;
/** The most characters of modifier kept before the noun ("校准方法", "稀疏注意力机制"). */
const MODIFIER_MAX = 5;
/** A name shorter than this is a bare noun (方法, 策略): it names nothing. */
const NAME_MIN = 4;

/**
 * `text` with each pointer at an unseen thing replaced by the thing's name as `before` (the article
 * just before the sentence) gives it, or undefined when one has no such name. `text` itself when
 * nothing points outside.
 */
export function namePointed(text: string, before: string): string | undefined {
  let out = text;
  for (let guard = 0; guard < 4; guard++) {
    const pointer = outsidePointer(out);
    if (pointer === undefined) return out;
    const demonstrative = pointer.match(DEMONSTRATIVE)?.[0];
    if (!demonstrative) return undefined;
    const at = out.indexOf(pointer);
    const rest = out.slice(at + demonstrative.length);
    const name = nameIn(before, rest);
    if (name) {
      out = `${out.slice(0, at)}${name}${rest.startsWith(name) ? rest.slice(name.length) : rest.slice(2)}`;
      continue;
    }
    // "一个采用这类策略的地址，…滚到了 370 万美元": the attribute pointing back is left out, the fact stays.
    const bare = out.replace(POINTING_ATTRIBUTE, "$1");
    if (bare !== out) {
      out = bare;
      continue;
    }
    // "…累计获得约 10 万星标，足见这类框架的门槛之低。": a last clause commenting on it goes.
    const clauses = out.match(/[^，,；;]+[，,；;]?/g) ?? [out];
    const last = clauses.at(-1)!;
    if (clauses.length < 2 || !last.includes(pointer)) return undefined;
    const kept = clauses
      .slice(0, -1)
      .join("")
      .replace(/[，,；;]$/, "");
    // What stays must be a fact with its figure, not a lead-in ("研究者认为").
    if (!/\d/.test(kept) || kept.length < 10) return undefined;
    out = `${kept}${last.match(/[。！!]$/)?.[0] ?? ""}`;
  }
  return undefined;
}

/** A verb by which the article's subject takes a thing as its own (提出/采用…), read back in its clause. */
const OWN_VERB = /提出|采用|使用|推出|引入|改用|换用|换成|改为/;
/** Words before a thing, in its clause, that make it the compared baseline (而上一代, 传统, 相比…). */
const BASELINE_HEAD =
  /^\s*而(?!且)|上一代|前代|此前|以往|过去|传统|原有|原来|旧版|基线|baseline|相比|相较|对比|比起/i;
/** "与/跟/同/和 X" in its clause: X is the compared one when the clause goes on with COMPARED_TAIL. */
const COMPARED_WITH = /(?:与|跟|同|和)[^，,。；;]*$/;
const COMPARED_TAIL = /对比|相比|比较|相较/;

/**
 * The article's own name for what `rest` (the words after the demonstrative) opens with. With one
 * name, the last place `before` writes it; when `before` names two or more different things with
 * that noun ("使用了混合专家架构，而上一代采用稠密架构"), the one the subject takes as its own
 * (提出/采用/使用…) and never a compared baseline (与…对比, 而, 上一代, 传统…); undefined when that
 * still leaves more than one.
 */
function nameIn(before: string, rest: string): string | undefined {
  const found = namesIn(before, rest);
  const distinct = [...new Set(found.map((f) => f.name))];
  if (distinct.length <= 1) return distinct[0];
  const pick = (kept: Found[]) => {
    const names = [...new Set(kept.map((f) => f.name))];
    return names.length === 1 ? names[0] : undefined;
  };
  const free = found.filter((f) => f.role !== "baseline");
  return pick(free.filter((f) => f.role === "own")) ?? pick(free);
}

interface Found {
  name: string;
  role: "own" | "baseline" | "plain";
}

/**
 * Every place `before` writes the two-character noun `rest` opens with, not behind a demonstrative,
 * last first: with the modifier written before it ("简单的校准方法" → 校准方法) or the compound that
 * follows it when `rest` goes on the same way ("校准方法" for "校准方法会让…"), and how its clause
 * sets it (the subject's own, a compared baseline, or neither).
 */
function namesIn(before: string, rest: string): Found[] {
  const noun = rest.slice(0, 2);
  if (!/^\p{Script=Han}{2}$/u.test(noun)) return [];
  const found: Found[] = [];
  let at = before.lastIndexOf(noun);
  while (at >= 0) {
    const head = before.slice(0, at);
    if (!/(?:这|那)(?:种|些|个|样的|番|场|项|类|一)$|(?:该|此)$/.test(head)) {
      // A quoted name ("“专家负载预测”机制") is kept whole.
      const quoted = head.match(/“[^“”]{1,12}”$/)?.[0];
      let modifier = quoted ?? "";
      for (let i = head.length - 1; !quoted && i >= 0 && !MODIFIER_STOP.test(head[i]!); i--)
        modifier = head[i]! + modifier;
      if (modifier.length > MODIFIER_MAX && !modifier.startsWith("“")) modifier = "";
      // The article's word goes on as the sentence's does ("校准方法" / "校准方法会让"): the compound.
      let same = 2;
      while (same < rest.length && before[at + same] === rest[same] && /\p{Script=Han}/u.test(rest[same]!))
        same++;
      const name = modifier ? `${modifier}${noun}` : rest.slice(0, same);
      if (name.length >= NAME_MIN && !/[这那该此其]/.test(name))
        found.push({ name, role: roleAt(before, at) });
    }
    at = before.lastIndexOf(noun, at - 1);
  }
  return found;
}

/** How the clause around `at` sets the thing written there: the subject's own, a baseline, or neither. */
function roleAt(before: string, at: number): Found["role"] {
  const clauseHead = before
    .slice(0, at)
    .split(/[，,。；;：:！!？?\n]/)
    .at(-1)!;
  const clauseTail = before.slice(at).split(/[，,。；;！!？?\n]/)[0]!;
  if (BASELINE_HEAD.test(clauseHead) || (COMPARED_WITH.test(clauseHead) && COMPARED_TAIL.test(clauseTail)))
    return "baseline";
  return OWN_VERB.test(clauseHead) ? "own" : "plain";
}

/** The title's noun phrase that ends in `noun` (华为发布推理加速引擎 → 推理加速引擎), if any. */
export function titlePhrase(title: string, noun: string): string | undefined {
  const at = title.indexOf(noun);
  if (at < 0) return undefined;
  const before = title.slice(Math.max(0, at - 8), at);
  const cut = Math.max(
    ...[...before.matchAll(/发布|推出|开源|提出|上线|了|的|[，,：:｜|、\s！!？?]/g)].map(
      (m) => m.index + m[0].length,
    ),
    0,
  );
  return `${before.slice(cut)}${noun}`;
}

/** The article calls `subject` a `noun` (the noun within a few characters after the name). */
export function namesItAs(text: string, subject: string, noun: string): boolean {
  let at = text.indexOf(subject);
  while (at >= 0) {
    const window = text.slice(at + subject.length, at + subject.length + 30).split(/[。！？\n]/)[0]!;
    if (window.includes(noun)) return true;
    at = text.indexOf(subject, at + 1);
  }
  return false;
}
