// Claims of a state of affairs read against any article (check-text.ts): a ruling under appeal told
// as final (final-rulings.ts), a paper under review told as accepted (review-status.ts), who pays whom
// turned round (payers.ts), a tie told as a sole place (tied-ranks.ts), a state in progress told as
// reached (pending-states.ts), a denial told as an admission and an allegation as a finding (court-stances.ts).
import { checkGeneralClaim, findGeneralClaims } from "./beta-releases.ts";
import type { TextClaim } from "./check-text.ts";
import { checkStanceClaim, findStanceClaims } from "./court-stances.ts";
import { checkFinalRuling, findFinalRulings } from "./final-rulings.ts";
import { checkGovBody, findGovBodies, UNJUDGED_BODY } from "./gov-bodies.ts";
import type { ArticleIndex } from "./index-article.ts";
import { checkPermanentClaim, findPermanentClaims } from "./interim-roles.ts";
import { checkListed, findListedClaims } from "./listing-status.ts";
import { checkPayClaim, findPayClaims } from "./payers.ts";
import { checkPendingClaim, findPendingClaims } from "./pending-states.ts";
import { checkAccepted, findAcceptedClaims } from "./review-status.ts";
import { checkRuledSide, findRuledSides } from "./ruled-sides.ts";
import { claimsOf } from "./text-claims.ts";
import { checkSoleRank, findSoleRanks } from "./tied-ranks.ts";
import { checkPlaceClaim, findPlaceClaims } from "./unnamed-places.ts";
import { checkMovedPost, findMovedPosts } from "./unnamed-posts.ts";

export function statusClaims(clean: string, index: ArticleIndex): TextClaim[] {
  return [
    // "判决已成为终审判决" where the article says the loser will appeal: a ruling told as final.
    ...claimsOf("qualifier", findFinalRulings(clean), (f) => checkFinalRuling(f, index.text)),
    // "论文已被 ICLR 2027 接收" where the article says it is still under review.
    ...claimsOf("qualifier", findAcceptedClaims(clean), (a) => checkAccepted(a, index.text)),
    // "Lumen 将向 Corvid 支付" where the article says "Corvid will pay Lumen": who pays turned round.
    ...claimsOf("qualifier", findPayClaims(clean), (p) => checkPayClaim(p, index.text)),
    // "独居第二" where the article says 并列第二: a tie told as a sole place.
    ...claimsOf("qualifier", findSoleRanks(clean), (r) => checkSoleRank(r, index.text)),
    // "深圳市发改委" where the article names its 工业和信息化局: a government body the article never names.
    ...claimsOf("name", findGovBodies(clean), (g) => checkGovBody(g, index.text), UNJUDGED_BODY),
    // "在港交所挂牌上市" where the article says the company only filed (递交招股书): a filing told as a listing.
    ...claimsOf("qualifier", findListedClaims(clean), (l) => checkListed(l, index.text)),
    // "今日正式上线" where the article says 今天开启公测: a beta told as generally available.
    ...claimsOf(
      "qualifier",
      findGeneralClaims(clean).filter((g) => !checkGeneralClaim(g, index.text).supported),
      (g) => checkGeneralClaim(g, index.text),
    ),
    // "已被正式任命为 CFO" where the article's CFO serves on an interim basis: interim told as permanent.
    ...claimsOf("qualifier", findPermanentClaims(clean), (c) => checkPermanentClaim(c, index.text)),
    // "此前首席技术官 3 月离职" where the article's officer who left in March is its chief financial officer.
    ...claimsOf("qualifier", findMovedPosts(clean), (c) => checkMovedPost(c, index.folded)),
    // "已通过 ISO 27001 认证" where the article says that certification "is in progress" (pending-states.ts).
    ...claimsOf(
      "qualifier",
      findPendingClaims(clean).filter((c) => !checkPendingClaim(c, index.text).supported),
      (c) => checkPendingClaim(c, index.text),
    ),
    // "发言人承认…" where the article says the company denied it; "法院查明" for a complaint's claim.
    ...claimsOf("qualifier", findStanceClaims(clean), (c) => checkStanceClaim(c, index.text)),
    // "杭州互联网法院" where the article names 北京互联网法院 and never 杭州 (unnamed-places.ts).
    ...claimsOf("name", findPlaceClaims(clean), (c) => checkPlaceClaim(c, index.text)),
    // "法院判令公开道歉" where the article says 对于公开道歉的请求，法院未予支持 (ruled-sides.ts).
    ...claimsOf(
      "qualifier",
      findRuledSides(clean).filter((c) => !checkRuledSide(c, index.text).supported),
      (c) => checkRuledSide(c, index.text),
    ),
  ];
}
