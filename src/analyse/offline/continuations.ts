/**
 * Sentences that only finish the thought of the sentence before, and lead-ins that only announce
 * the fact after them: as bullets of their own they read like excerpts.
 */

/** Shorter than this, with no figure and no name, a sentence is a tail ("用户不需要自己判断哪个模型更合适。"). */
const TAIL_MAX = 20;
/** "…；视频等动态模态也尚未覆盖。": a clause after ； that adds to the one before it. */
const ADDS_ON = /也|还|亦|同样|则/;
const LABEL = /^[^，,。：:；;！？!?“”]{2,16}[：:]/;

/**
 * True when `text` belongs after `previous` (same paragraph, the caller checks): a short tail with
 * no figure and no Latin name, or an add-on clause ("也…", "还…") after a ；. A labelled list item
 * ("即插即用：…") is never a continuation.
 */
export function continuesPrevious(text: string, previous: string): boolean {
  if (LABEL.test(text) || /[：:]$/.test(previous)) return false;
  const tail = text.length < TAIL_MAX && !/\d/.test(text) && !/[A-Za-z]{2}/.test(text);
  const addOn = /[；;]$/.test(previous) && ADDS_ON.test(text.split(/[，,：:；;。]/)[0]!);
  return tail || addOn;
}

/**
 * A lead-in before the fact: a finding verb ("结果显示，", "实验表明，"), a short verdict before a
 * colon ("结果相当扎心：", "可视化结果也很直观："), or a clause pointing back before a colon
 * ("历史数据也支持这一判断："). None carries a figure.
 */
const LEAD_IN =
  /^(?:(?:结果|数据|实验|测试|实测|评测|研究)(?:显示|表明|发现)[，,]\s*|[^，,。：:“”\d]{0,10}(?:扎心|惊人|意外|有意思|直观|亮眼|可观|残酷)[了的]?[：:]\s*|[^，,。：:“”\d]{0,10}(?:这一|这个|这些|此)[^，,。：:\d]{0,6}[：:]\s*)/;
const MIN_REST = 15;

/** `text` without its lead-in, when what follows is long enough to stand alone. */
export function dropLeadIn(text: string): string {
  const lead = text.match(LEAD_IN);
  if (!lead) return text;
  const rest = text.slice(lead[0].length);
  return rest.length >= MIN_REST ? rest : text;
}
