// An MoU told as a contract: the article says two companies signed a 谅解备忘录 / 框架协议 / "non-binding
// memorandum of understanding" to explore something, and the entry says they "签署具有法律约束力的协议",
// "敲定联合建设", "星澜借此入股", "signed a binding agreement". An entry's firm deal (具约束力, 正式协议 or
// 合同, 签约, 敲定, 入股, a binding or definitive agreement, a contract …) is refused when the article
// speaks of an MoU, a framework or a non-binding intent and never of a firm deal itself in a plain
// clause (not denied, hedged or still to come: "尚未敲定", "definitive agreements are expected").
// An entry clause that denies or hedges its deal is not read here, nor is an article with no MoU.
import { clauseText } from "./figure-words.ts";

export interface FirmDeal {
  raw: string;
  index: number;
  end: number;
}

const MOU =
  /谅解备忘录|合作备忘录|备忘录|框架协议|意向书|意向协议|合作意向|不具(?:有)?(?:法律)?约束力|\bMoUs?\b|\bmemorand(?:um|a) of understanding\b|\bnon-binding\b|\bletters? of intent\b/i;
const FIRM =
  /(?<![不非无])具(?:有|备)?(?:法律)?约束力|正式(?:协议|合同)|最终协议|合资协议|收购协议|投资协议|合同|签约|敲定|入股|控股|注资|\b(?<!non-)binding\s+(?:agreement|contract|deal|commitment)s?\b|\bdefinitive\s+agreements?\b|\bcontracts?\b|\bjoint[- ]venture\s+agreements?\b|\btook\s+a\s+stake\b|\bagreed\s+to\s+(?:build|invest|acquire|buy)\b/gi;
/** A clause that denies, hedges or puts off its deal: no firm deal said. */
const NOT_HELD =
  /[不未没非无]|尚|待|需|须|视|取决|前提|预计|计划|拟|将|有望|可能|若|如果|一旦|\b(?:not|no|non|never|if|once|expected|expects?|would|will|could|may|might|plans?|subject to|pending|yet)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;

/** The clause around a match, broken at CLAUSE's marks (a colon does not end it). */
const clauseOf = (text: string, index: number, end: number) => clauseText(text, index, end, CLAUSE);

export function findFirmDeals(text: string): FirmDeal[] {
  return [...text.matchAll(FIRM)]
    .filter((m) => !NOT_HELD.test(clauseOf(text, m.index, m.index + m[0].length)))
    .map((m) => ({ raw: m[0], index: m.index, end: m.index + m[0].length }));
}

export function checkFirmDeal(claim: FirmDeal, articleText: string): { supported: boolean; reason: string } {
  if (!MOU.test(articleText) || findFirmDeals(articleText).length > 0)
    return { supported: true, reason: "the article does not give the deal as an MoU only" };
  return {
    supported: false,
    reason: `the article speaks of an MoU or a non-binding intent, never of a firm deal ("${claim.raw}"): an MoU told as a contract`,
  };
}
