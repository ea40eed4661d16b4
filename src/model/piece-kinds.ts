// What kind of piece an article is, for whose actors count: a roundup (its items' actors are not
// the piece's), an opinion piece (the publisher may be its org), and the lead actors are read from. Pure.
import { LEAD_CHARS, listHeadingAt } from "./name-uses.ts";

/** Roundups (周报, 早报, 速览 …): the items' actors are not the piece's; only the title's count. */
const ROUNDUP =
  /周报|日报|早报|晚报|周刊|月报|一周(?:回顾|要闻|速览|大事)|本周.{0,8}(?:发生了什么|大事|要闻)|要闻|速览|速递|汇总|合集|Weekly|Daily|Newsletter/i;

export function isRoundup(title: string): boolean {
  return ROUNDUP.test(title);
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
