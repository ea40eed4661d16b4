// A state still being reached told as reached: the article says "ISO 27001 certification is in
// progress", "customers in other regions can join a waitlist; Harbor expects to open it in Japan and
// Australia next year", "认证仍在申请中", and the entry says "已通过 ISO 27001 认证", "日本和澳大利亚已同步
// 开放", "has obtained ISO 27001 certification", "is now available in Japan". An entry clause that says
// a thing is done (已/已经 + 通过/获得/开放/上线…, has obtained/received/launched…, is now available)
// names what it is done to by its digits, Latin words and places; it is refused when the article's
// clauses that carry all of those marks are each still in progress, waitlisted or expected, and none
// says it is done. An article clause is cut where it turns to a plan ("opened Quire in Canada | and plans
// to add Brazil", "开放 | 并计划扩展至巴西"), so only the planned part is pending; a part is pending
// only when no plain done verb (opened, 开放) stands before its pending word; a mark said once in a
// sentence carries to its later clauses ("Quire 已在加拿大上线，FedRAMP 授权尚在申请中"). An entry
// clause with no marks, or marks no article clause carries, gets no verdict.
import { placeForms } from "./place-names.ts";

export interface PendingClaim {
  raw: string;
  index: number;
  end: number;
  /** What the clause says is done: digits, Latin words, places (each a list of forms, any of which will do). */
  marks: string[][];
}

const DONE_ZH =
  /已(?:经)?(?:(?:于|向|在|对|面向)[^，,。；;]{0,16}?)?(?:同步|全面|正式|顺利|成功|率先|陆续|如期)?(?:通过|获得|获|取得|拿到|完成|开放|上线|开通|推出|落地|投入使用)/;
const DONE_EN =
  /\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:obtained|received|achieved|completed|passed|secured|earned|gained|launched|opened|rolled\s+out|granted|certified|awarded)\b|\b(?:is|are)\s+now\s+(?:generally\s+|fully\s+|widely\s+)?(?:available|live|open)\b|\bwent\s+live\b/i;
/** An entry clause that hedges its own state is not read here. */
const HEDGE_ZH = /(?<!已)将|计划|预计|有望|即将|尚未|未|正在|仍在|进行中|申请中|等候|排队|或|可能/;
const HEDGE_EN =
  /\b(?:will|would|could|may|might|expects?|plans?|yet|not|pending|waitlist|in progress|soon)\b/i;
/** An article clause still on the way. */
const PENDING =
  /进行中|申请中|审核中|正在|仍在|尚未|暂未|还未|等候名单|候补|排队|预计|计划|(?<!已)将|有望|即将|\b(?:in\s+progress|under\s*way|pending|ongoing|waitlist|wait\s+list|not\s+yet|yet\s+to|expects?\s+to|expected\s+to|plans?\s+to|will|is\s+working\s+toward|are\s+working\s+toward|applying\s+for|in\s+the\s+process)\b/i;
/** An article clause that says the state is reached. */
const REACHED =
  /已(?:经)?(?:通过|获得|获|取得|开放|上线|开通)|\b(?:has|have|had)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:obtained|received|achieved|completed|passed|secured|earned|launched|opened|granted|certified)\b|\b(?:is|are)\s+(?:now\s+)?(?:available|live|open)\b/i;
/** Latin words that name no thing: function words and the done verbs themselves. */
const PLAIN_EN =
  /^(?:the|a|an|and|or|of|in|on|at|to|for|by|with|its|it|has|have|had|been|is|are|now|already|also|as|well|new|now|from|all|this|that|their|our|we|they|he|she|obtained|received|achieved|completed|passed|secured|earned|gained|launched|opened|rolled|out|granted|certified|awarded|available|live|open|generally|fully|widely|went|certification|company)$/i;

/** Clauses: a comma, a colon, a full stop before a space (not a decimal point) ends one. */
const CLAUSE = /(?:[^，,；;：:。！？!?\n.]|\.(?=\S))+/g;

/** Digits name the thing best (ISO 27001, 4.1), then places, then Latin words (a product's name). */
function marksOf(clause: string): string[][] {
  const digits = (clause.match(/\d[\d.]*/g) ?? []).map((t) => [t.replace(/\.$/, "")]);
  const places = placeForms(clause);
  if (digits.length || places.length) return [...digits, ...places];
  return (clause.match(/[A-Za-z][A-Za-z0-9.-]*/g) ?? [])
    .map((t) => t.replace(/\.$/, ""))
    .filter((t) => !PLAIN_EN.test(t) && /^[A-Z]/.test(t))
    .map((t) => [t]);
}

export function findPendingClaims(text: string): PendingClaim[] {
  const out: PendingClaim[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const clause = m[0];
    const zh = DONE_ZH.test(clause) && !HEDGE_ZH.test(clause);
    const en = DONE_EN.test(clause) && !HEDGE_EN.test(clause);
    if (!zh && !en) continue;
    const marks = marksOf(clause);
    if (marks.length) out.push({ raw: clause.trim(), index: m.index, end: m.index + clause.length, marks });
  }
  return out;
}

const carries = (clause: string, forms: string[]) =>
  forms.some((f) =>
    /[\u4e00-\u9fff]/.test(f)
      ? clause.includes(f)
      : new RegExp(`(?<![A-Za-z0-9])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`).test(clause),
  );

/** Where a clause turns from what is done to what is planned: 并计划, 而预计, ", and plans to", "but expects to". */
const PLAN_TURN =
  /(?:并|而|且|(?:,\s*)?\b(?:and|but|while)\b)(?=\s*(?:还|也|则)?(?:计划|预计|将|有望|即将|(?:it\s+|they\s+|the\s+company\s+)?(?:plans?|expects?|hopes?|aims?|intends?)\s+to\b|is\s+expected\b|will\b))/gi;
/** A plain done verb: opened, launched, 开放, 上线. */
const DONE_PLAIN =
  /开放|上线|开通|推出|落地|获得|通过|\b(?:opened|launched|rolled\s+out|went\s+live|debuted|obtained|received|secured|passed)\b/i;
const PLAN_BEFORE =
  /计划|预计|(?<!已)将|有望|即将|\b(?:plans?|expects?|hopes?|aims?|intends?)\s+to\b|\bwill\b/i;

/** A clause's parts, cut where it turns to a plan ("opened in Canada | and plans to add Brazil"). */
function segments(clause: string): string[] {
  const cuts = [0, ...[...clause.matchAll(PLAN_TURN)].map((m) => m.index), clause.length];
  return cuts
    .slice(1)
    .map((end, i) => clause.slice(cuts[i], end))
    .filter((s) => s.trim());
}

/**
 * Still on the way: a pending word, and no plain done verb before it that no plan word governs
 * ("Lantern opened Quire in Canada, which it expects …" is done up to the pending word).
 */
function pending(segment: string): boolean {
  if (REACHED.test(segment)) return false;
  const p = PENDING.exec(segment);
  if (!p) return false;
  const head = segment.slice(0, p.index);
  const done = DONE_PLAIN.exec(head);
  return !done || PLAN_BEFORE.test(head.slice(0, done.index));
}

/**
 * The article's parts that speak of all the marks: each part carries at least one, and the rest are
 * carried by it or by an earlier part of its sentence (the subject said once: "Quire 已在加拿大上线，
 * FedRAMP 授权尚在申请中").
 */
function mentionsOf(articleText: string, marks: string[][]): string[] {
  const out: string[] = [];
  for (const sentence of articleText.split(/[。！？!?\n]+|\.(?=\s|$)/)) {
    const seen = new Set<number>();
    for (const m of sentence.matchAll(CLAUSE))
      for (const seg of segments(m[0])) {
        const own = marks.map((forms, i) => (carries(seg, forms) ? i : -1)).filter((i) => i >= 0);
        for (const i of own) seen.add(i);
        if (own.length && seen.size === marks.length) out.push(seg);
      }
  }
  return out;
}

export function checkPendingClaim(
  claim: PendingClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const mentions = mentionsOf(articleText, claim.marks);
  if (!mentions.length || mentions.some((c) => !pending(c)))
    return { supported: true, reason: "the article does not give this only as still on the way" };
  return {
    supported: false,
    reason: `the article gives it only as still on the way ("${mentions[0]!.trim().slice(0, 70)}"): in progress told as done`,
  };
}
