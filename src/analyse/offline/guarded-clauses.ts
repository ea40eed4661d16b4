// What drop-clauses.ts may never drop, and the only opening clauses it may. A summary shortened by
// losing a clause must not change its meaning: a pending bill must not read as law ("若该法案获得
// 通过，…都必须…"), a rumour as fact ("据知情人士透露，X 正在洽谈…"), an estimate as a result, nor
// a "not yet" as done ("暂不向乘客收费", "尚未签署最终协议"). So a clause holding a condition, an
// attribution, a hedge or a negation stays; when the summary cannot fit without losing one, it
// stays whole (too long beats misleading). The opening-scene cut drops only where and when.

/** A condition: what follows holds only if it does (如果, 若, 一旦, 只要, 除非, if, unless). */
export const CONDITION =
  /如果|假如|倘若|(?<!倘)若(?!干)|一旦|只要|只需|除非|前提是|无论|即使|即便|哪怕|\b(?:if|unless)\b/i;
/** Someone else's word: without it a report reads as fact (据…, 知情人士, 援引, according to). */
const ATTRIBUTION =
  /(?<![数根依证占凭盘割论票收单])据|知情人士|消息人士|消息称|援引|传闻|传言|爆料|透露|声称|宣称|\b(?:according to|reportedly|sources? (?:said|say|familiar))\b/i;
/** A hedge: an estimate or a plan, not a result (或, 可能, 预计, 拟, 有望). */
const HEDGE =
  /或|可能|预计|预期|(?<![模虚])拟(?!人)|有望|也许|疑似|\b(?:may|might|could|expected|plans? to)\b/i;
/** A negation or a not-yet (不, 未, 尚未, 暂不, 没有, 无, 非); words that only hold the character are not. */
const NEGATION =
  /不(?!断|少|仅|但|同|久|论)|未(?!来)|没|无(?!人机|人驾驶|人值守|线)|非(?!洲|常)|\b(?:not|no|never|without|yet)\b|n't\b/i;

/** A short contrast after a colon or dash, dropped whole ("——不改模型，只换缓存", "：不动原模型，往上叠"):
 * it spells out the noun kept before it (思路, 解法) and limits nothing, so its plain 不 is not a
 * negation of the news. A not-yet (暂不, 尚未, 仍不) is never such a slogan. */
const CONTRAST = /^(?:：|——)\s*(?:不是|不|非)[^，：；]{1,9}，\s*[^，：；]{1,9}$/;

/** A clause (or run of clauses) whose loss would change what the summary says. */
export function guarded(text: string): boolean {
  if (CONDITION.test(text) || ATTRIBUTION.test(text) || HEDGE.test(text)) return true;
  const t = text.trim();
  if (CONTRAST.test(t)) return NEGATION.test(t.slice(t.indexOf("，") + 1));
  return NEGATION.test(t);
}

/** Where or when, nothing more: 在 B 上/中/时, 当…时, 随着…, 经过…, 近日. */
const SCENE =
  /^(?:在.{1,40}(?:上|中|时|期间|之际|前夕|当天|现场)|当.{1,40}时|随着.+|经过.+|(?:近日|日前|本周|上周|今天|今日|昨天|此前)(?:以来)?)$/;

/** An opening clause the news part may lose: a place or time scene holding nothing guarded. */
export function isScene(clause: string): boolean {
  return SCENE.test(clause) && !guarded(clause);
}
