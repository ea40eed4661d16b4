// The last resort of fit-summary.ts: a Chinese summary still past its bound loses whole clauses
// from the end of a part (never a part's first clause, never mid-clause); the first part (the
// news) is cut only when the second alone cannot make it fit. What is kept must still read as a
// statement: it does not end on a word announcing what was dropped (透露, 认为, 是, a colon's
// lead-in), on an opener whose clause was dropped (在 B 上, 随着…), on a noun phrase without its
// verb ("美团提出的 STAR 框架"), on a condition or the set-up of a turn (只需…, …但…), nor on half
// of a short pair after a colon or dash ("少一点口号"). A clause holding a headline figure or the
// subject stays, as do the clauses up to it. An aside in brackets (GPT-o1（High）) goes first when
// it holds neither. Nothing is added: the summary stays the article's own words. Nothing dropped
// may change the meaning (guarded-clauses.ts): no clause or aside with a condition, an attribution,
// a hedge or a negation goes, and the opening scene goes only when it is a place or a time.
import { CONDITION, guarded, isScene } from "./guarded-clauses.ts";
import { CLOSE, OPEN, topLevelClauses } from "./top-clauses.ts";

/** The kept text announcing what was cut: a speech verb, a copula, a lead-in to a list. */
const ANNOUNCES =
  /(?:是|为|透露|披露|表示|认为|称|指出|发现|显示|表明|说|写道|提到|强调|介绍|宣布|包括|如下|之一|答案是|结论是)$/;
/** A clause that only opens one to come (在 B 上, 当…时, 随着…, 通过…). */
const OPENER = /^(?:在|当|随着|通过|如果|若|对于|为了|由于|因为|虽然|尽管|据|经过|除了|与其)/;
/** Verbs that make a clause a statement after its last 的 ("…的 API 价格下调 60%"). */
const VERB_AFTER_DE =
  /了|过|着|是|有|下调|上调|降|升|提|达|取得|完成|发布|开源|推出|上线|获|占|超|只|仅|约|[\d０-９]/;
/** A dropped run opening with a turn or a consequence: what is kept only sets it up (…，但…, 只需…，就…). */
const SETS_UP = /^[，：]?\s*(?:但|却|然而|不过|可是|而是|就|才|便|也就|从而|进而)/;
/** Past this, a clause after a colon or dash is a statement of its own, not half of a slogan. */
const SLOGAN = 10;

const size = (s: string) => [...s.trim()].length;
const squashed = (s: string) => s.replace(/\s+/g, "");

/** `kept`: what no dropped clause may hold (the headline's figures, the subject). */
export function dropClauses(summary: string, bound: number, kept: readonly string[]): string {
  const holds = (s: string) => kept.some((f) => squashed(s).includes(squashed(f)));
  const end = /[。.!！]$/.test(summary.trim()) ? summary.trim().slice(-1) : "";
  const body = end ? summary.trim().slice(0, -1) : summary.trim();
  // "GPT-o1（High）也只有" → "GPT-o1 也只有": a Latin name keeps its space before CJK text.
  const asides = body.replace(/\s*（[^（）]{1,30}）(.?)/g, (m, next: string, at: number) =>
    holds(m) || guarded(m)
      ? m
      : /[A-Za-z0-9]/.test(body[at - 1] ?? "") && /[\u4e00-\u9fff]/.test(next)
        ? ` ${next}`
        : next,
  );
  if (size(asides + end) <= bound) return asides + end;
  const parts = asides.split("；");
  if (parts.length > 2) return asides + end;
  const options = parts.map((p, i) => {
    const inner = innerCuts(p, holds, i === 0);
    return [p, ...cutsOf(p, holds), ...inner.flatMap((v) => [v, ...cutsOf(v, holds)])];
  });
  // The news part (the first) loses as little as it can; then the whole keeps the most.
  let best: { text: string; first: number } | undefined;
  for (const first of options[0]!)
    for (const second of options[1] ?? [undefined]) {
      const text = second === undefined ? first : `${first}；${second}`;
      if (size(text + end) > bound) continue;
      const better =
        !best || size(first) > best.first || (size(first) === best.first && size(text) > size(best.text));
      if (better) best = { text, first: size(first) };
    }
  return (best?.text ?? asides) + end;
}

/** A clause leaning on the one before it (也, 并, 但, 这…, 其…): what it leans on stays. */
const LEANS =
  /^(?:也|还|并|而|但|却|则|又|再|都|且|这|那|该|其|此|它|他|她|同时|其中|从而|进而|以|就|才|便|所以|因此)/;

/**
 * The forms of one part without a run of clauses inside it: a middle run (the investors between a
 * round and its valuation) when the clause after it does not lean back, and (news part only) an
 * opening scene of place or time ("在本周于杭州举办的开发者大会上，经过…之后，") naming no figure
 * or Latin name; never a condition (若…), an attribution (据…) or anything else guarded. Parts
 * with a colon or dash are left to cutsOf: their clauses belong together.
 */
function innerCuts(part: string, holds: (s: string) => boolean, news: boolean): string[] {
  const clauses = clausesOf(part);
  if (!clauses || clauses.length < 3) return [];
  const out: string[] = [];
  const ok = (run: string[]) => !run.some((c) => holds(c) || guarded(c));
  // An opening scene: opener clauses, then a clause that does not lean back.
  let scene = 0;
  while (
    news &&
    scene < clauses.length - 1 &&
    isScene(clauses[scene]!) &&
    !/[A-Za-z0-9]/.test(clauses[scene]!)
  )
    scene++;
  if (scene > 0 && ok(clauses.slice(0, scene)) && !LEANS.test(clauses[scene]!))
    out.push(clauses.slice(scene).join("，"));
  for (let i = 1; i < clauses.length - 1; i++)
    for (let j = i; j < clauses.length - 1; j++) {
      const before = clauses[i - 1]!;
      const run = clauses.slice(i, j + 1);
      if (!ok(run) || run.some((c) => SETS_UP.test(c)) || LEANS.test(clauses[j + 1]!)) continue;
      if (OPENER.test(before) || ANNOUNCES.test(before) || CONDITION.test(before) || !isStatement(before))
        continue;
      out.push([...clauses.slice(0, i), ...clauses.slice(j + 1)].join("，"));
    }
  return out;
}

/** The clauses of a part at top-level "，", trimmed; undefined when it has a top-level colon or dash. */
function clausesOf(part: string): string[] | undefined {
  const { clauses, colonOrDash } = topLevelClauses(part);
  return colonOrDash ? undefined : clauses.map((c) => c.trim());
}

/** The shorter forms of one part: cut at a top-level "，", "：" or "——", kept text still a statement. */
function cutsOf(part: string, holds: (s: string) => boolean): string[] {
  const out: string[] = [];
  let depth = 0;
  let colonAt = -1;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const dash = part.startsWith("——", i);
    if (ch !== "，" && ch !== "：" && !dash) continue;
    const kept = part.slice(0, i).trim();
    if (reads(kept, part.slice(i), colonAt, holds)) out.push(kept);
    if (ch === "：" || dash) colonAt = i;
  }
  return out;
}

function reads(kept: string, dropped: string, colonAt: number, holds: (s: string) => boolean): boolean {
  if (!kept || holds(dropped) || guarded(dropped) || SETS_UP.test(dropped)) return false;
  const last = kept
    .split(/[，：]|——/)
    .pop()!
    .trim();
  if (!last || ANNOUNCES.test(kept) || OPENER.test(last) || CONDITION.test(last)) return false;
  // Half of a short pair after a colon or dash ("给出了答案：少一点口号").
  if (colonAt >= 0 && colonAt < kept.length && size(kept.slice(colonAt).replace(/^(?:：|——)/, "")) <= SLOGAN)
    return false;
  return isStatement(last);
}

/** A noun phrase (美团提出的 STAR 框架) has no verb after its last 的 and no 了/是/将 before it. */
function isStatement(clause: string): boolean {
  const de = clause.lastIndexOf("的");
  return de < 0 || VERB_AFTER_DE.test(clause.slice(de + 1)) || /了|是|将/.test(clause.slice(0, de));
}
