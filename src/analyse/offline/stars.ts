import type { Stars } from "../../model/index.ts";

/** What the offline analyser can see for sure about an article's value. */
export interface StarSignals {
  /** An arXiv link or id. */
  paper: boolean;
  /** A GitHub repository or Hugging Face model/dataset/space. */
  code: boolean;
  /** At least two sentences with measured results (figures, benchmark names). */
  benchmarks: boolean;
  /** The org came from the alias dictionary: a named lab, university or company. */
  namedOrg: boolean;
  /** 发布/开源/推出/上线 in the title or lead. */
  release: boolean;
  /** Opinion, interview, roundup or weekly digest (观点/访谈/圆桌/盘点/周报 …) by its title. */
  opinion: boolean;
  /** Advertisement, recruiting or event promotion (招聘/报名/课程/活动/赞助/限时 …). */
  promotion: boolean;
}

/**
 * | signal                       | effect |
 * |------------------------------|--------|
 * | (base)                       | 2      |
 * | paper link / arXiv id        | +1     |
 * | code / model link            | +1     |
 * | benchmark figures            | +1     |
 * | named lab or big org         | +0.5   |
 * | release words (发布/开源/推出) | +0.5   |
 * | opinion/interview/roundup    | −1     |
 * | ad/recruiting/event promo    | = 1 (overrides everything) |
 *
 * Rounded half up, clamped to 1–5. A typical news piece (named org + release) is 3; a paper with
 * code and SOTA figures is 5; an opinion piece 1–2; an ad 1.
 */
export function scoreStars(signals: StarSignals): Stars {
  if (signals.promotion) return 1;
  let score = 2;
  if (signals.paper) score += 1;
  if (signals.code) score += 1;
  if (signals.benchmarks) score += 1;
  if (signals.namedOrg) score += 0.5;
  if (signals.release) score += 0.5;
  if (signals.opinion) score -= 1;
  return Math.min(5, Math.max(1, Math.floor(score + 0.5))) as Stars;
}

const RELEASE = /发布|开源|推出|上线|官宣|亮相/;
const OPINION = /观点|访谈|专访|对话|圆桌|盘点|周报|月报|评论|综述|万字长文|演讲|对谈|预言/;
const PROMOTION_TITLE = /招聘|诚聘|招募|报名|课程|训练营|活动|赞助|限时|优惠|直播预告|峰会邀请|抽奖/;
const PROMOTION_BODY = /招聘|岗位|简历|投递|报名|课程|限时|优惠|赞助|扫码|名额|早鸟|购票/g;

/** Promotion by its title, or by at least three distinct promotional words in the body. */
export function detectPromotion(title: string, text: string): boolean {
  if (PROMOTION_TITLE.test(title)) return true;
  return new Set(text.match(PROMOTION_BODY) ?? []).size >= 3;
}

export function detectRelease(title: string, lead: string): boolean {
  return RELEASE.test(title) || RELEASE.test(lead);
}

export function detectOpinion(title: string): boolean {
  return OPINION.test(title);
}
