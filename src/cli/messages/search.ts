/** CLI messages (see ../messages.ts): `search`, `verify` and `publish-site`. */
export const SEARCH_MESSAGES = {
  "search.description": {
    zh: '全文搜索已存的条目和文章，例如 search "美团 STAR"',
    en: 'full-text search of stored entries and articles, e.g. search "美团 STAR"',
  },
  "search.opt.from": { zh: "第一天（含）", en: "first day (inclusive)" },
  "search.opt.to": { zh: "最后一天（含）", en: "last day (inclusive)" },
  "search.opt.source": { zh: "只看这个订阅源", en: "only this source" },
  "search.opt.org": { zh: "只看机构名包含它的条目", en: "only entries whose org contains this" },
  "search.opt.tag": { zh: "只看带这个标签的条目", en: "only entries with this tag" },
  "search.opt.minStars": { zh: "只看至少 n 颗 ★ 的条目", en: "only entries with at least n ★" },
  "search.opt.analyser": {
    zh: "只看这个分析器写的条目（如 offline-extractive）",
    en: "only entries by this analyser (e.g. offline-extractive)",
  },
  "search.opt.limit": { zh: "显示多少条结果（1–100）", en: "how many hits (1–100)" },
  "search.opt.json": { zh: "以 JSON 输出结果", en: "print the result as JSON" },
  "search.noArticles": { zh: "还没有存储任何文章", en: "no articles stored yet" },
  "search.nothingToSearch": {
    zh: "查询里没有可搜索的字词（“{query}”）",
    en: 'nothing to search for in "{query}"',
  },
  "search.noMatch": {
    zh: "没有找到与“{query}”匹配的条目或文章",
    en: 'no entries or articles match "{query}"',
  },
  "search.header": {
    zh: "“{query}”：{count} 篇匹配，显示前 {shown} 篇",
    en: '"{query}": {count} matching, showing {shown}',
  },
  "search.atLeast": { zh: "至少 {count}", en: "{count}+" },
  "search.total": { zh: "共 {count}", en: "{count}" },
  "search.capped": {
    zh: "（匹配太多：只排序了最近存入的部分，可加词或用 --from/--to 缩小范围）",
    en: "(very common words: only the latest stored part was ranked; narrow with more words or --from/--to)",
  },
  "search.noEntry": { zh: "未分析的文章", en: "article, no entry" },
  "verify.description": {
    zh: "对照原文核验条目的链接、数字和机构，并解释每个判断",
    en: "check an entry's links, figures and org against its article and explain each decision",
  },
  "verify.opt.entry": {
    zh: "JSON 格式的条目（docs/json-output.md 里的 Entry 结构）",
    en: "an entry as JSON (the Entry shape of docs/json-output.md)",
  },
  "verify.opt.article": { zh: "原文：HTML 页面或纯文本", en: "the article: an HTML page or plain text" },
  "verify.opt.date": { zh: "重新核验这一天存储的所有条目", en: "re-verify every entry stored for that day" },
  "verify.opt.policy": { zh: "无据的说法：drop 删除或 mark 标注", en: "drop or mark unsupported claims" },
  "verify.usage": {
    zh: "verify 需要 --entry <entry.json> --article <文件>，或 --date <YYYY-MM-DD>（--date latest 表示最近一天）",
    en: "verify needs --entry <entry.json> --article <file>, or --date <YYYY-MM-DD> (--date latest for the latest stored day)",
  },
  "verify.badPolicy": {
    zh: "--policy 只能是 drop 或 mark，收到 “{value}”",
    en: '--policy is drop or mark, got "{value}"',
  },
  "verify.together": { zh: "--entry 和 --article 必须一起给出", en: "--entry and --article go together" },
  "verify.notJson": { zh: "{path} 不是 JSON：{detail}", en: "{path} is not JSON: {detail}" },
  "verify.notEntry": {
    zh: "{path} 不是条目（docs/json-output.md）：{detail}",
    en: "{path} is not an entry (docs/json-output.md): {detail}",
  },
  "verify.cannotRead": { zh: "无法读取 {path}", en: "cannot read {path}" },
  "verify.entryHeader": {
    zh: "# {title}（{analyser}）{url}{from}",
    en: "# {title} ({analyser}) {url}{from}",
  },
  "verify.counts": {
    zh: "  计数：核验 {checked}，有据 {supported}，删除 {dropped}，标注 {marked}{withheld}",
    en: "  counts: checked {checked}, supported {supported}, dropped {dropped}, marked {marked}{withheld}",
  },
  "verify.withheld": { zh: "（不发布：没有有据的摘要）", en: " (withheld: no supported summary)" },
  "verify.stars": {
    zh: "  星级 ★{model} → ★{final}（信号允许 ★{min}–★{max}）",
    en: "  stars ★{model} → ★{final} (signals allow ★{min}–★{max})",
  },
  "verify.supported": { zh: "有据", en: "supported" },
  "verify.unsupported": { zh: "无据（{status}）", en: "unsupported ({status})" },
  "verify.publisher": {
    zh: "\t角色：发布者（账号本身，发布自己的内容）",
    en: "\trole: publisher (the account itself, for its own piece)",
  },
  "verify.evidence": { zh: "\t依据：«{text}»", en: "\tevidence: «{text}»" },
  "verify.noEvidence": { zh: "\t无依据：{why}", en: "\tno evidence: {why}" },
  "verify.total": {
    zh: "{count} 个说法，{supported} 个有据，{unsupported} 个无据",
    en: "{count} claims, {supported} supported, {unsupported} unsupported",
  },
  "publishSite.description": {
    zh: "把存档写成静态网站（每日页面、可搜索的索引、Atom 订阅），可放在任何静态托管上",
    en: "write a static site of the archive (day pages, index with search, Atom feed) for any static host",
  },
  "publishSite.opt.out": { zh: "输出目录", en: "output folder" },
  "publishSite.opt.siteUrl": {
    zh: "网站的公开地址（默认取配置 output.siteUrl），用于订阅里的 id 和链接",
    en: "the site's public URL (default: config output.siteUrl), for the feed's ids and links",
  },
  "publishSite.badUrl": {
    zh: "--site-url 必须是 http(s) 地址，收到 “{value}”",
    en: '--site-url must be an http(s) URL, got "{value}"',
  },
  "publishSite.noSiteUrl": {
    zh: "注意：未设置 output.siteUrl（也没有 --site-url）：feed.xml 使用 urn:uuid 作为 id、链接为相对地址；请设为网站的公开地址",
    en: "warning: output.siteUrl is not set (nor --site-url): feed.xml uses urn:uuid ids and relative links; set it to the site's public URL",
  },
  "publishSite.wrote": {
    zh: "已把 {days} 天（{entries} 条）的网站写到 {dir}",
    en: "wrote a site of {days} days ({entries} entries) to {dir}",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
