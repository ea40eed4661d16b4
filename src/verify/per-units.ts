// A figure told per the wrong unit: the article charges "每个席位每月 300 元", "$40 per agent seat",
// gives "each seat includes 2,000 actions" or "每人每月 60 次", and the entry says "300 元 per
// customer", "每个账户含 2000 次", "全队每月共 60 次". The figure is the article's, so the figure
// checks let it through; whose it is changed. Units fall in two groups: one person's (a seat, a user,
// a member, 每人, 人均) and a whole body's (an account, a customer, a team, an organisation, 全队,
// 团队共享). An entry's figure with a unit of one group is refused when the article gives the same
// figure with a unit, never one of that group. A figure the article gives with no unit gives no
// verdict here; price-periods.ts reads the period (per month) the same way (tagged-figures.ts). An
// account (账号, 账户, account) is a whole body's only where the article sells to bodies (seats,
// teams, 企业, 组织): in a consumer app one account is one person, so "每人每天 20 张" told as
// "每个账号每天 20 张" stands.
import { otherTag, readTaggedFigures, type TagReader } from "./tagged-figures.ts";

export interface UnitClaim {
  raw: string;
  index: number;
  end: number;
  value: string;
  group: Group;
  /** The unit is an account (账号, 账户, account): one person's in a consumer app. */
  account: boolean;
}

type Group = "person" | "whole";

/** A number: digits with thousands commas and decimals, and a magnitude word after it. */
const NUMBER = /(\d[\d,]*(?:\.\d+)?)\s*(万|亿|million|billion|[kK](?![A-Za-z]))?/g;
/** Up to the clause: what may stand between a unit and its figure ("每人每月", "each seat includes"). */
const GAP = "[^，,。；;！？!?\\n\\d]{0,10}$";
const BEFORE: Array<[Group, RegExp]> = [
  [
    "person",
    new RegExp(
      `(?:每(?:个|位|名)?[^，,。；;\\d\\s]{0,4}(?:席位|座席|用户|成员)|每席|每人|人均|按人|\\b(?:each|per|every)\\s+(?:[a-z-]+\\s+)?(?:seat|user|member|person)\\b)${GAP}`,
      "i",
    ),
  ],
  [
    "whole",
    new RegExp(
      `(?:每(?:个|家|位)?(?:账户|账号|客户|企业|团队|组织)|全队|全团队|整个团队|团队共享|\\b(?:each|per|every)\\s+(?:[a-z-]+\\s+)?(?:account|customer|client|team|organi[sz]ation|company)\\b)${GAP}`,
      "i",
    ),
  ],
];
/** A unit right after the figure: 300 元/人, $40 per agent seat, 60 次/席位. */
const AFTER: Array<[Group, RegExp]> = [
  [
    "person",
    /^\s*(?:美元|元|dollars?)?\s*(?:[/／]\s*(?:人|席位|用户|seat|user)|(?:per|a|each)\s+(?:[a-z-]+\s+)?(?:seat|user|member|person)\b)/i,
  ],
  [
    "whole",
    /^\s*(?:美元|元|dollars?)?\s*(?:[/／]\s*(?:账户|团队|客户|account|team|customer)|(?:per|a|each)\s+(?:[a-z-]+\s+)?(?:account|customer|client|team|organi[sz]ation|company)\b)/i,
  ],
];

const READER: TagReader<Group> = {
  figure: NUMBER,
  digits: 1,
  magnitude: 2,
  // A digit or Latin letter before the match is part of another token (GPT-4, 2,024).
  skip: (m, text) => /[\dA-Za-z.]/.test(text[m.index - 1] ?? ""),
  after: 24,
  before: 24,
  AFTER,
  BEFORE,
};

const ACCOUNT = /账号|账户|\baccounts?\b/i;
/** Words of selling to bodies: where an account is a team's or a firm's, not one person's. */
const BODIES =
  /席位|座席|团队|企业|组织|机构|商业版|工作区|\b(?:seats?|teams?|enterprises?|organi[sz]ations?|workspaces?|businesses)\b/i;

/** The figures of a text that carry a per-person or per-whole unit. */
export function findUnitClaims(text: string): UnitClaim[] {
  return readTaggedFigures(text, READER).map(({ tag, tagText, ...figure }) => ({
    ...figure,
    group: tag,
    account: ACCOUNT.test(tagText),
  }));
}

export function checkUnitClaim(
  claim: UnitClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  // In a consumer app an account is a person: person and account read as one group.
  const consumer = !BODIES.test(articleText);
  const groupOf = (u: { group: Group; account: boolean }): Group =>
    consumer && u.account ? "person" : u.group;
  const article = findUnitClaims(articleText).map((a) => ({ ...a, tag: groupOf(a) }));
  const other = otherTag(claim, groupOf(claim), article);
  if (other === undefined)
    return { supported: true, reason: "the article gives this figure for this unit, or for none" };
  const told = (g: Group) => (g === "person" ? "each person or seat" : "a whole account, customer or team");
  return {
    supported: false,
    reason: `the article gives ${claim.raw} for ${told(other)}, not for ${told(claim.group)}`,
  };
}
