// A person's role: "CEO 张伟表示" when the article says "研究员张伟表示", "OpenAI 总裁 Greg Brockman"
// for its "CTO". Names and orgs check out one by one; the role was made up. An entry's role for a
// person is refused when the article gives that person other roles and never this one; a person the
// article gives no role says nothing.
import { foldText } from "./fold-text.ts";
import { spellsHanName } from "./romanised-names.ts";

/** Roles, each with the spellings that name it. */
const ROLES: Array<[string, RegExp]> = [
  ["ceo", /^(?:ceo|首席执行官|chief executive(?: officer)?)$/],
  ["cto", /^(?:cto|首席技术官|chief technology officer)$/],
  ["coo", /^(?:coo|首席运营官|chief operating officer)$/],
  ["cfo", /^(?:cfo|首席财务官|chief financial officer)$/],
  ["chief-scientist", /^(?:首席科学家|chief scientist)$/],
  ["founder", /^(?:联合创始人|创始人|创办人|co-?founder|founder)$/],
  ["president", /^(?:总裁|president)$/],
  ["chair", /^(?:董事长|chairman|chairwoman|chair)$/],
  // An associate professor is not a professor (副教授 ≠ 教授), as a deputy is not the head.
  ["professor", /^(?:教授|professor)$/],
  ["associate-professor", /^(?:副教授|associate professor)$/],
  ["academician", /^(?:院士|academician)$/],
  ["director", /^(?:所长|院长|主任|director)$/],
  ["researcher", /^(?:研究员|副研究员|researcher|research scientist)$/],
  ["vp", /^(?:副总裁|vp|vice president)$/],
  ["judge", /^(?:法官|审判长|presiding judge|judge)$/],
];
const ROLE_WORDS =
  "CEO|CTO|COO|CFO|首席执行官|首席技术官|首席运营官|首席财务官|首席科学家|联合创始人|创始人|创办人|总裁|副董事长|董事长|教授|副教授|副研究员|研究员|负责人|工程师|副总裁|合伙人|副总经理|总经理|副所长|所长|副院长|院长|副主任|主任|" +
  // Officials: a deputy is not the head (副局长 ≠ 局长), so each keeps its own word.
  "副局长|局长|副部长|部长|副厅长|厅长|副市长|市长|副司长|司长|副处长|处长|" +
  // English chains before a name: "co-founder and CEO Priya Raman".
  "[Cc]o-?[Ff]ounder|[Ff]ounder|法官|审判长|[Pp]residing judge|[Jj]udge";
/** Words after a Chinese name: where the name ends ("张伟表示", "张伟在…"). */
const AFTER_NAME =
  "表示|称|说|认为|指出|透露|宣布|介绍|坦言|强调|直言|提到|提出|回应|解释|告诉|曾|此前|目前|现任|担任|负责|带领|领导|则|还|就|的|在|也|和|与|、|，|,|。|：|:|；|\\s|（|\\(|$";
/** Common Chinese surnames: a Chinese name after a role starts with one ("研究员发现" names no one). */
export const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤殷葛施章乔左翁温梅庞颜康申";
/** Roles (chained with 兼/和/、) right before a name: "创始人兼 CEO 杨植麟". */
const ROLE_THEN_NAME = new RegExp(
  `((?:(?:${ROLE_WORDS})\\s*(?:兼|和|、|及|and\\b)?\\s*)+)([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}|(?:欧阳|司马|诸葛|上官|[${SURNAMES}])[\\u4e00-\\u9fff]{1,2}?(?=${AFTER_NAME}))`,
  "g",
);
/** A title after a Chinese name: "周衡院士", "周衡教授". */
const NAME_THEN_TITLE = new RegExp(
  `((?:欧阳|司马|诸葛|上官|[${SURNAMES}])[\\u4e00-\\u9fff]{1,2}?)(院士|教授|副教授)`,
  "g",
);
/** Words in any letter case, spaces as runs of space: press releases write "Chief Operating Officer". */
const anyCase = (s: string) =>
  s.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, String.raw`\s+`);
const EN_ROLE = anyCase(
  "co-?founder|founder|chief scientist|chief executive(?: officer)?|chief (?:operating|technology|financial) officer|president|chairman|associate professor|professor|ceo|cto|coo|cfo",
);
/** A chain of roles: "President and Chief Executive Officer", "co-founder and CEO". */
const EN_ROLES = String.raw`(?:${EN_ROLE})(?:(?:,\s*|\s*&\s*|\s+and\s+)(?:${EN_ROLE}))*`;
/** English: "Name, CEO of X", "Name, the company's chief scientist", "Name, Chief Operating Officer of X". */
const NAME_THEN_ROLE = new RegExp(
  String.raw`\b([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}),\s+(?:${anyCase("the")}\s+|an?\s+)?(?:(?!${anyCase("associate|vice")}\b)[\w']+\s+)?(${EN_ROLES})\b`,
  "g",
);

const roleOf = (word: string): string => {
  const w = foldText(word.trim());
  return ROLES.find(([, re]) => re.test(w))?.[0] ?? w;
};

export interface RoleClaim {
  person: string;
  roles: string[];
  raw: string;
  index: number;
  end: number;
}

/** Each role-and-name pair of a text. */
export function findRoles(text: string): RoleClaim[] {
  const out: RoleClaim[] = [];
  for (const m of text.matchAll(ROLE_THEN_NAME)) {
    const roles = m[1]!.split(/\s*(?:兼|和|、|及|\band\b)\s*|\s+/).filter(Boolean);
    const split = roles.flatMap((r) => r.match(new RegExp(ROLE_WORDS, "g")) ?? []);
    out.push({
      person: foldText(m[2]!).replace(/\s+/g, ""),
      roles: split.map(roleOf),
      raw: m[0],
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(NAME_THEN_TITLE))
    out.push({
      person: m[1]!,
      roles: [roleOf(m[2]!)],
      raw: m[0],
      index: m.index,
      end: m.index + m[0].length,
    });
  for (const m of text.matchAll(NAME_THEN_ROLE))
    out.push({
      person: foldText(m[1]!).replace(/\s+/g, ""),
      roles: m[2]!.split(/\s*(?:,|&|\band\b)\s*/i).map(roleOf),
      raw: m[0],
      index: m.index,
      end: m.index + m[0].length,
    });
  return out;
}

/** What the article calls each person: name → roles. */
export function articleRoles(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of findRoles(text)) {
    const roles = out.get(r.person) ?? new Set<string>();
    for (const role of r.roles) roles.add(role);
    out.set(r.person, roles);
  }
  return out;
}

export function checkRole(
  claim: RoleClaim,
  roles: ReadonlyMap<string, ReadonlySet<string>>,
  named: (person: string) => boolean = () => true,
): { supported: boolean; reason: string } {
  // "据 CEO 钱立新介绍" where the article names no 钱立新: a person made up with a role.
  if (!named(claim.person))
    return { supported: false, reason: `${claim.person} is not named in the article` };
  // "judge Dai Heng" for the article's 研究员戴衡: the roles of the person the pinyin spells.
  const theirs =
    roles.get(claim.person) ??
    [...roles].find(([han]) => /^[a-z]+$/.test(claim.person) && spellsHanName(claim.person, han))?.[1];
  // "创始人兼 CEO 莫北" for the article's "联合创始人兼 CTO 莫北": every role of a chain must be given.
  if (!theirs || claim.roles.every((r) => theirs.has(r)))
    return { supported: true, reason: theirs ? "the article gives this role" : "the article gives no role" };
  return {
    supported: false,
    reason: `the article calls ${claim.person} ${[...theirs].join("/")}, not ${claim.roles.filter((r) => !theirs.has(r)).join("/")}`,
  };
}
