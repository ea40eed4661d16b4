// The patterns and length bounds that score and format a news summary sentence (news-sentence.ts).
export const ACTION =
  /发布|推出|构建了|建立了|开源了|开源(?!\s*(?:的|模型|社区|项目|AI|协议|生态|智能体|框架|工具|软件|大模型|界|圈))|提出|宣布|上线|官宣|亮相|完成.{0,12}融资|获得?.{0,12}融资|融资.{0,4}(?:亿|万)|离职|加盟|出走|离开|发现|发表|揭示|披露|打造|研发|收购|任命|推出/;
/** Someone used something to do a thing to a count ("用大模型批改了 3000 篇", "用智能体扫描了公开的 5000 个"): the experiment is the news. */
export const EXPERIMENT = /用[^，。；：,;:]{1,20}?[\u4e00-\u9fff]了[^，。；：,;:\d]{0,6}?\d/;
/** Weaker actions, and the changes a trend or review piece reports (增长, 下降, 演变, 登场 …). */
export const WEAK_ACTION =
  /集成|接入|更新|开放|发起|演示|撰文|表示|认为|对谈|检查|审计|造了|搭建|提醒|警告|被曝|曝光|回顾|梳理|谈|增长|下降|演变|演进|变成|转向|登场|兴起|崛起|走向/;
export const QUESTION = /[？?]/;
export const TEASER_END = /(?:[：:…]|\.\.\.)$/;
export const SCENE =
  /^(?:过去(?:一年|几年|两年|一段时间)|近年来|近几年|最近一年|随着|在.{0,12}(?:时代|浪潮|背景)下|一直以来|众所周知|长期以来|如今|当下|当舆论|又一|又到了|这个春节)/;
/** A figure with a unit or a change (九成, 40%, 3 亿元, 2 倍): what makes a dated sentence a fact. */
export const FACT_FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|倍|亿|万|元|美元|个百分点)|[一二三四五六七八九]成/;
export const HOOK = /你|大概|想象一下|有没有|是不是|原来|竟然|居然|终于|没想到|到底/;
/** A promo aside; not 受关注/值得关注/关注度, which describe the news ("今年最受关注的开源智能体之一"). */
export const PROMO = /首发|(?<![受得到])关注(?!度)|欢迎|订阅|独家获悉|（本文|\(本文/;
/** A pronoun opener; not a time phrase ("这个学期，", "这周，"), which points at no earlier sentence. */
export const PRONOUN_OPENER =
  /^(?:它|他|她|其|这|该|此|那)(?!(?:个|一|两|几)?(?:学期|星期|周末?|月|年|季度|天|晚|段时间|阵子)[，,])/;
/** Openers that carry nothing: an editor's tag, 据介绍，, 今天(凌晨)， … */
export const OPENERS =
  /^(?:【[^】]{1,12}】\s*)?(?:(?:据介绍|据悉|据了解|据报道|据称|据知情人士透露|知情人士透露|[^，,。\s]{1,8}获悉|(?:今天|今日)(?:凌晨|上午|中午|下午|晚间|早间)?|日前|近日|刚刚)[，,]\s*)?/;
export const MONEY = /(\d+(?:\.\d+)?)\s*(亿|万)?\s*(美元|元|人民币|港元|欧元)/;
/** A dateline before the news: "新京报讯 ", "本报讯（记者 X）", "IT之家 11 月 28 日消息，", "财联社 11 月 28 日电，". */
export const DATELINE =
  /^(?:[^，,。\s]{0,8}(?:报|社|网|台|刊|闻)讯(?:[（(][^）)]{1,20}[）)])?\s*|[^，,。\s]{1,10}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:消息|电)[，,]\s*)/;
/** A title that turns ("…都能跑，…却被曝…", "…很火，但…"): what comes after the turn is the news. */
export const TITLE_TURN = /[，,：:]\s*[^，,：:]{0,16}(?:却|但|然而|竟)/;
/** A lead sentence that reports the turn. */
export const TURN_OPENER = /^(?:但是?|然而|不过|可是)[，,]?/;
/** A list item (第一，… / 其次… / "标签：…"): part of a list, not a continuation of the news. */
export const LIST_ITEM = /^(?:第[一二三四五六七八九十\d]+|首先|其次|再次|最后|[^，。：:]{1,12}[：:])/;
/** A demonstrative whose referent is in an earlier sentence ("这个问题", "这件事", "这个…信号"). */
export const INNER_ANAPHOR =
  /(?:这|那)(?:个|件|一|种|类)?[^，。；：,;:]{0,8}?(?:问题|事情?|信号|现象|难题|困境|瓶颈|缺口|假设|做法|策略|思路|方法|打法)|该(?:问题|现象|信号|策略|思路)/;
/** A contrast marker opening the clause after the topic ("X 发布的 Nova，则把目标…"): its other side is not in the summary. */
export const CONTRAST_AFTER_TOPIC = /^([^，,。；;！？!?]{2,40}[，,])\s*则(?=[^，,。])/;
/** A short time phrase before the first comma (三年来，/ 过去一年， / 如今，). */
export const TIME_LEAD =
  /^(?:[^，,。]{0,6}(?:年|月|天|周)来|过去[^，,。]{1,6}|如今|目前|现在|此前|近期)[，,]\s*/;
/** "这个问题" and its kin, which a question right before can fill. */
export const QUESTION_ANAPHOR = /(?:这|那)(?:个|一)?问题|该问题/;
export const MIN_CHARS = 15;
export const MAX_CHARS = 120;
export const MIN_TRIM = 60;
/** Units (after boilerplate) the summary is chosen among. */
export const LEAD_UNITS = 6;
/**
 * A sentence that only defines its subject ("NovaClaw 是今年最受关注的开源智能体之一", "X 是一款…"):
 * the frame of the news, not the news.
 */
export const DEFINITION =
  /^[^，,。；;]{1,30}?(?:是|为|作为)(?:今年|目前|当下|最近|近期|国内|全球)?[^，,。；;]{0,24}?(?:之一|一款|一个|一家|一种|一套)/;
/** A title that reports an exposé (…被曝漏洞, 曝光…), and the lead words that report the disclosure. */
export const TITLE_EXPOSE = /被曝|曝出|曝光|揭露|被指/;
export const DISCLOSES = /披露|曝出|曝光|揭露|发现|演示|指出/;
/**
 * A teaser that promises what it does not say ("…给出了一个扎心的答案。", "结果出人意料！") and a hype line
 * ("刚刚，AI 圈又炸了！"): neither is news, nor joins a summary.
 */
export const EMPTY_PROMISE =
  /(?:给出|找到|揭开|交出|揭晓)了?[^，。！？：:]{0,8}(?:答案|谜底|回答)[。！!]?$|(?:结果|答案)(?:令人|让人)?(?:意外|震惊|出人意料)[。！!]?$|炸了|炸裂|杀疯了|变天了|卷疯了|王炸/;
/**
 * English news verbs (released, launched, raised, agreed to buy, found that …): the action of an English
 * lead; an incident's too (exposed, leaked, was breached, disclosed a flaw) — not a share of a study's
 * cases ("14% exposed at least one secret" is its result).
 */
export const ENGLISH_ACTION =
  /\b(?:releas(?:ed|es)|launch(?:ed|es)|announc(?:ed|es)|unveil(?:ed|s)|introduc(?:ed|es)|open-sourc(?:ed|es)|raised|acquir(?:ed|es)|agreed to (?:buy|acquire)|buys|(?:found|finds|showed|shows) that|published|propos(?:ed|es)|(?<![\d%]\s*)(?:exposed|leaked)|(?:was|were|has been|have been) (?:breached|hacked|compromised)|disclos(?:ed|es) (?:a|an|the)? ?(?:flaw|bug|vulnerabilit(?:y|ies)|breach))\b/;
/** An English scene-setter ("Picture a developer…", "Imagine…", "…used to be a solved problem"): not the news. */
export const ENGLISH_SCENE =
  /^(?:Picture|Imagine|Think of|Remember when|For years|For decades|In recent years|Over the past (?:year|decade|few years))\b|\bused to be\b|\bor so the story went\b/;
