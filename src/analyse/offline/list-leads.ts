// A labelled list shown as bullets keeps its lead-in: "领域知识推理：…", "规则系统应用：…" lifted alone
// do not say what they are items of. The items a section shows become the children of one bullet
// that says it: the sentence that introduced the list (作者提出了 X 方法。), else the heading the list
// stands under (四类场景), named for the title's thing when bare (CL-bench 的四类场景). A list with
// neither stays as it is. Every word is still the article's but that "的".
import type { Bullet } from "../../model/index.ts";
import type { RankedUnit } from "./rank-sentences.ts";
import { ORDINAL_ITEM } from "./standalone-units.ts";

export interface ListContext {
  /** The article's labelled lists (runs of consecutive "名称：…" units), each in article order. */
  lists: readonly (readonly RankedUnit[])[];
  /** Every unit of the article, to find the sentence right before a list. */
  units: readonly RankedUnit[];
  headingOf: (unit: RankedUnit) => string | undefined;
  /** Texts said already (another section's bullets, the summary): a lead-in is not said twice. */
  said: ReadonlySet<string>;
  /** The title's named thing (CL-bench): whose a bare heading's items are ("CL-bench 的四类场景："). */
  subject?: string;
}

/** A heading that is only a noun phrase ("四类场景", "三个模块"): no verb, no name of its own. */
const BARE_HEADING = /^[^A-Za-z，,。：:是有为把被将]{2,8}$/;

/** A list item's label ("规则系统应用：", "padding 抑制："): what a lead-in never is. */
const ITEM_LABEL = /^[^，,。；;：:\d]{2,16}[：:]/;

/** The section's chosen units (article order) as bullets, each shown list under its lead-in. */
export function nestLists(chosen: readonly RankedUnit[], context: ListContext): Bullet[] {
  const out: Bullet[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const unit = chosen[i]!;
    const list = context.lists.find((l) => l.includes(unit));
    let end = i + 1;
    while (list && end < chosen.length && list.includes(chosen[end]!)) end++;
    const items = chosen.slice(i, end);
    const lead = list && items.length >= 2 ? leadOf(list[0]!, context) : undefined;
    if (!lead) {
      out.push({ text: unit.text });
      continue;
    }
    // The lead-in chosen as a bullet of its own right before the list becomes the list's head.
    const before = out.at(-1)?.text.replace(/[。.]$/, "");
    if (before && lead.includes(before)) out.pop();
    out.push({ text: lead, children: items.map((item) => ({ text: item.text })) });
    i = end - 1;
  }
  return out;
}

/**
 * The list's lead-in: the sentence that introduced it, without its clauses that point back (针对上述
 * 问题，/ 为了做到这一点，); else that sentence as the analyser stated it (作者提出了 X 方法。); else the
 * heading the list stands under, ended with ：. Undefined when said elsewhere already, or absent.
 */
function leadOf(first: RankedUnit, context: ListContext): string | undefined {
  const intro = context.units.find((u) => u.index === first.index - 1);
  const heading = context.headingOf(first);
  const candidates = [
    introOf(first, context.said),
    intro?.standalone && !ITEM_LABEL.test(intro.text) && !/[：:]$/.test(intro.text) ? intro.text : undefined,
    heading && heading.length <= 20 ? ownedHeading(heading, context.subject) : undefined,
  ];
  const said = (c: string) =>
    context.said.has(c) || [...context.said].some((s) => s.length > 40 && s.includes(c));
  return candidates.find((c) => c !== undefined && !said(c));
}

/**
 * The heading as a lead-in, ended with ：; a bare one ("四类场景") says whose items they are with the
 * title's named thing, as the article's own caption would ("CL-bench 的四类场景："), when it has one.
 */
function ownedHeading(heading: string, subject: string | undefined): string {
  const bare = heading.replace(/[：:]$/, "");
  const owner = subject?.split(/\s/)[0];
  const owned = owner && BARE_HEADING.test(bare) ? `${owner} 的${bare}` : bare;
  return `${owned}：`;
}

/** A clause that points back or only links: not part of a lead-in shown alone. */
const POINTS_BACK = /这|那|该|此|其(?!中)|上述|以上|前述|^(?:为了|针对|因此|所以|此外|同时|不过|但)/;

/** The article's intro sentence of the list (an item's original text starts with it), its back-pointing clauses left out. */
function introOf(first: RankedUnit, said: ReadonlySet<string>): string | undefined {
  const label = (first.text.match(ITEM_LABEL) ?? first.text.match(ORDINAL_ITEM))?.[0];
  const at = label ? first.original.indexOf(label) : -1;
  if (at <= 0) return undefined;
  const raw = first.original.slice(0, at);
  if (!/[：:]$/.test(raw)) return undefined;
  // A clause the summary or another bullet says already (the news before "资金将主要用于：") is not said again.
  const saidAlready = (c: string) => [...said].some((s) => s.includes(c.replace(/[，,：:]$/, "")));
  const clauses = (raw.match(/[^，,]+[，,：:]?/g) ?? []).filter(
    (c) => !POINTS_BACK.test(c) && !saidAlready(c),
  );
  const lead = clauses.join("").replace(/^[，,\s]+/, "");
  return lead.length >= 8 && /[：:]$/.test(lead) && clauses.length > 0 ? lead : undefined;
}
