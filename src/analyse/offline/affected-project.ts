// A security finding is news about what it hits: "Critical flaw in Tessellate lets attackers…",
// "开源浏览器智能体 Pathfinder 却被曝能被一张图片劫持". The entry's org is the affected project or vendor,
// not the blog or account that published the advisory (its fallback), nor the firm that found it.

/** A Latin name: "Tessellate", "NovaClaw", "Open WebUI", "vLLM 0.9". */
const NAME = String.raw`[A-Za-z][\w.-]*[A-Za-z0-9](?:\s[A-Z][\w.-]*[A-Za-z0-9])?`;
/** English: a flaw in X, X is vulnerable, X patched / fixes a flaw. */
const ENGLISH = new RegExp(
  String.raw`\b(?:flaws?|vulnerabilit(?:y|ies)|bugs?|exploits?|backdoors?|zero-days?|CVE-\d{4}-\d+)\s+(?:in|affecting)\s+(?:the\s+)?(${NAME})|\b(${NAME})\s+(?:is|was|are|were)\s+vulnerable\b`,
);
/** Chinese: X 被曝 / 存在…漏洞 / 能被…劫持, the name right before it. */
const CHINESE = new RegExp(
  String.raw`(${NAME})\s*(?:却|也|竟|再次|又)?(?:被曝|曝出|爆出|被发现|存在|出现)[^，。！？；]{0,14}?(?:漏洞|劫持|越狱|注入|后门|泄露|执行任意)`,
);
/** Words a match may catch that name no project. */
const NOT_A_PROJECT = /^(?:The|A|An|This|That|It|Its|Their|AI|LLM|Critical|Security|Researchers?)$/;

/** The project or vendor a security finding hits, as the title (else the lead) names it. */
export function affectedProjectOf(title: string, lead: string): string | undefined {
  for (const text of [title, lead]) {
    const m = text.match(ENGLISH) ?? text.match(CHINESE);
    const name = (m?.[1] ?? m?.[2])?.trim();
    if (name && !NOT_A_PROJECT.test(name)) return name;
  }
  return undefined;
}
