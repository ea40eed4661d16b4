// Who acts when the news's actor is a person named in Chinese, or an agency: "量子位和听潮智能创始人何舟
// 聊了聊" (the founder's company), "李飞飞、吴恩达等二十多位学者联名发布了一份报告" (the people),
// "北京市经济和信息化局发布了《…》" (the agency). Read only when no org acts in the title or lead
// (model/news-actor.ts), so the publisher does not stand in for them.

const ROLE =
  "联合创始人|创始人|首席执行官|首席科学家|首席[\\u4e00-\\u9fff]{1,3}官|CEO|CTO|(?:工程|技术|产品|研发|项目|业务|算法|团队)?负责人|总裁|董事长|总经理|院长|所长|副教授|教授|研究员";
/** What may follow a person's name: a stop, a verb of speaking, or 教授/团队 after the name. */
const AFTER_NAME = "(?=[，,：:。、；;\\s（(]|$|聊|表示|认为|说|指出|透露|坦言|接受|发布|提出|教授|团队|等)";
/** "听潮智能创始人何舟": an org, a role, a 2–3 character name. */
const ORG_ROLE_NAME = new RegExp(
  `([\\u4e00-\\u9fffA-Za-z0-9]{2,18}?)(?:的)?(?:${ROLE})([\\u4e00-\\u9fff]{2,3}?)${AFTER_NAME}`,
  "g",
);
/** "李飞飞、吴恩达等二十多位学者": names listed with 等 before people words. */
const LISTED_PEOPLE =
  /((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等[\u4e00-\u9fff\d]{0,6}?(?:学者|专家|科学家|研究者|教授|院士|大佬|业内人士)/;
/** "北京市经济和信息化局发布了", "工信部等七部门印发": an agency publishing a rule or plan. */
const AGENCY =
  /([\u4e00-\u9fff]{2,16}?(?:部|委员会|委|局|厅|署|办公室|办))(?:等[\u4e00-\u9fff\d]{1,3}部门)?(?:近日|日前|今天|今日|正式|联合)?(?:发布|印发|出台|公布)/;
/** Words that end like 部/局 but are no agency (内部, 全部, 总部, 头部 …). */
const NOT_AGENCY = /(?:内|外|全|总|局|顶|底|头|干|本|东|西|南|北|中|大|俱乐)部$|[的了是在]/;
const CLAUSE_BREAK = /[，,。：:！!？?；;、\s]|了|和|与|及|对话|专访|采访|访谈/;
/** An agency's name may hold 和 (经济和信息化局): only stops and 了 end the clause before it. */
const AGENCY_BREAK = /[，,。：:！!？?；;、\s]|了/;
const LEADING_TIME = /^(?:今天|今日|近日|日前|昨天|昨日|此前|随后|本周|最近)+/;

export interface PersonActor {
  /** The org line: the person's org, or the people ("李飞飞 & 吴恩达"), or the agency. */
  org: string;
  /** A person's org or an agency is a named actor; people alone are named too. */
  kind: "affiliation" | "people" | "agency";
}

/** The actor the title and lead give by a person's role, a list of people, or an agency; title first. */
export function personActorOf(title: string, lead: string): PersonActor | undefined {
  for (const text of [title, lead]) {
    const agency = text.match(AGENCY)?.[1];
    const agencyName = agency && lastClause(agency, AGENCY_BREAK).replace(LEADING_TIME, "");
    if (agencyName && agencyName.length >= 3 && !NOT_AGENCY.test(agencyName))
      return { org: agencyName, kind: "agency" };
    for (const m of text.matchAll(ORG_ROLE_NAME)) {
      const org = lastClause(m[1]!).replace(LEADING_TIME, "");
      // A bare role word or a pronoun is no org ("他的创始人…", "公司创始人").
      if (org.length >= 2 && !/^(?:公司|团队|他|她|其|该|我们|他们|前|原)/.test(org))
        return { org, kind: "affiliation" };
    }
    const listed = text.match(LISTED_PEOPLE)?.[1];
    if (listed) {
      const names = lastClause(listed.replace(/、/g, "|")).split("|").slice(0, 3);
      if (names.length >= 2) return { org: names.join(" & "), kind: "people" };
    }
  }
  return undefined;
}

/** The run's last clause: what follows a stop or a joining word ("量子位和听潮智能" → "听潮智能"). */
function lastClause(run: string, breaks: RegExp = CLAUSE_BREAK): string {
  return (
    run
      .split(breaks)
      .filter((s) => s.length > 0)
      .at(-1) ?? run
  );
}
