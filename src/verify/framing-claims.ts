// Claims about how the article frames a fact rather than the fact itself: the cause it gives
// (invented-causes.ts), the scope it gives (universal-scopes.ts), the season
// it names (moved-seasons.ts), who says it in a transcript (transcript-speakers.ts). Each check reports only what it could judge; check-text.ts lists them.

import { checkAbsoluteClaim, findAbsoluteClaims } from "./absolute-terms.ts";
import { checkCompanyForecast, findCompanyForecasts } from "./analyst-estimates.ts";
import { writtenInChinese } from "./check-quotes.ts";
import type { TextClaim } from "./check-text.ts";
import { checkConfirmClaim, findConfirmClaims } from "./confirmed-reports.ts";
import { checkPeriodTotal, findPeriodTotals } from "./cumulative-figures.ts";
import { checkAbilityClaim, findAbilityClaims } from "./denied-abilities.ts";
import { checkIntentClaim, findIntentClaims } from "./denied-intents.ts";
import { checkDoneStep, findDoneSteps } from "./done-futures.ts";
import { checkEnactedClaim, findEnactedClaims } from "./enacted-drafts.ts";
import { checkIncludedGroup, findIncludedGroups } from "./excluded-groups.ts";
import { checkGlobalLaunch, findGlobalLaunches } from "./global-launches.ts";
import { checkGroupAverage, findGroupAverages } from "./group-averages.ts";
import type { ArticleIndex } from "./index-article.ts";
import { checkCausalClaim, findCausalClaims } from "./invented-causes.ts";
import { checkLicenceClaim, findLicenceClaims } from "./licence-terms.ts";
import { checkStrengthClaim, findStrengthClaims } from "./limitation-strengths.ts";
import { checkListClaim, findListClaims } from "./list-members.ts";
import { checkFirmDeal, findFirmDeals } from "./mou-deals.ts";
import { checkSeason, findSeasons } from "./moved-seasons.ts";
import { checkNativeClaim, findNativeClaims } from "./native-claims.ts";
import { checkOpenSourceClaim, findOpenSourceClaims } from "./open-weights.ts";
import { checkSizeKind, findSizeKindClaims } from "./parameter-kinds.ts";
import { checkAllOfCount, findAllOfCounts } from "./partial-counts.ts";
import { checkApprovalClaim, findApprovalClaims } from "./pending-approvals-en.ts";
import { checkUnitClaim, findUnitClaims } from "./per-units.ts";
import { checkPeriodClaim, findPeriodClaims } from "./price-periods.ts";
import { checkRegardless, findRegardlessClaims } from "./regardless-claims.ts";
import { checkSectionClaim, findSectionClaims } from "./roundup-sections.ts";
import { checkSubjectStep, findSubjectSteps } from "./subject-steps.ts";
import { checkFieldClaim, findFieldClaims } from "./superlative-fields.ts";
import { checkFigurePair, findFigurePairs } from "./swapped-figures.ts";
import { claimsOf } from "./text-claims.ts";
import { checkFrequencyClaim, findFrequencyClaims } from "./told-frequencies.ts";
import { checkSpeakerClaim, findSpeakerClaims } from "./transcript-speakers.ts";
import { checkUniversalScope, findUniversalScopes } from "./universal-scopes.ts";
import { checkDoneClaim, findDoneClaims } from "./unmet-plans.ts";
import { checkSourceClaim, findSourceClaims } from "./upgraded-sources.ts";
import { checkTypicalFigure, findTypicalFigures } from "./upper-bounds.ts";
import { checkVersusPair, findVersusPairs } from "./versus-order.ts";
import { checkWholeClaim, findWholeClaims } from "./whole-groups.ts";

/** Only the refused are claims: every 因为 of an entry would be one otherwise. */
const refusedOnly = <T extends { raw: string; index: number; end: number }>(
  found: readonly T[],
  check: (t: T) => { supported: boolean; reason: string },
  kind: "qualifier" | "name" = "qualifier",
): TextClaim[] =>
  claimsOf(
    kind,
    found.filter((t) => !check(t).supported),
    check,
  );

export function framingClaims(clean: string, index: ArticleIndex): TextClaim[] {
  return [
    // "欧盟委员会也已批准" where the English article says the deal "still needs approval from the EC".
    ...refusedOnly(findApprovalClaims(clean), (a) => checkApprovalClaim(a, index)),
    // "主要因为边缘端芯片降价" where the article says it does not explain the drop.
    ...refusedOnly(findCausalClaims(clean), (c) => checkCausalClaim(c, index)),
    // "9 种语言的平均词错率 4.1%" where the article gives 4.1% for English only.
    ...refusedOnly(findGroupAverages(clean), (g) => checkGroupAverage(g, index.text)),
    // "面向所有用户" where the article says 面向企业客户: an all the article never says.
    ...refusedOnly(findUniversalScopes(clean), (u) => checkUniversalScope(u, index.text)),
    // "今年全国投产规模最大" where the article says 今年西部地区投产规模最大.
    ...refusedOnly(findFieldClaims(clean), (f) => checkFieldClaim(f, index.text)),
    // "首批开放中国大陆、新加坡和欧洲" where the article's first batch is 中国大陆、新加坡和日本.
    ...(writtenInChinese(index) ? refusedOnly(findListClaims(clean), (l) => checkListClaim(l, index)) : []),
    // "公司披露投后估值逾 60 亿元" where the article has it from 知情人士 and the company did not comment.
    ...refusedOnly(findSourceClaims(clean), (c) => checkSourceClaim(c, index)),
    // "公司确认训练成本约 2 亿美元" where the article has it from 知情人士 and the company would not comment.
    ...refusedOnly(findConfirmClaims(clean), (c) => checkConfirmClaim(c, index.text)),
    // "星衡 API 输入价降 40%" where the roundup gives the 40% cut in the section about 沐川智能.
    ...refusedOnly(findSectionClaims(clean, index.text), (c) => checkSectionClaim(c, index.text)),
    // "无条件放行", "under identical conditions": an absolute the article never grants.
    ...refusedOnly(findAbsoluteClaims(clean), (a) => checkAbsoluteClaim(a, index.text)),
    // "81% 对 62%" where the article writes "62% vs 81%": the sides swapped.
    ...refusedOnly(findVersusPairs(clean), (p) => checkVersusPair(p, index.text)),
    // "2027 年秋季上线" where the article says 2027 年春季.
    ...refusedOnly(findSeasons(clean), (s) => checkSeason(s, index.text)),
    // "41.2% several times a day" where the article's 41.2% use it daily.
    ...refusedOnly(findFrequencyClaims(clean), (f) => checkFrequencyClaim(f, index.text)),
    // "陆青禾认为…" where the transcript's turn with those words is 易帆's.
    ...refusedOnly(findSpeakerClaims(clean, index), (c) => checkSpeakerClaim(c, index), "name"),
    // "2025 年全年交付 4300 台" where the article's 4,300 is 累计 to the end of 2025.
    ...refusedOnly(findPeriodTotals(clean), (c) => checkPeriodTotal(c, index)),
    // "激活参数 4800 亿" where the article's 4800 亿 is the total and 350 亿 the active.
    ...refusedOnly(findSizeKindClaims(clean), (c) => checkSizeKind(c, index)),
    // "无论是否开启思考模式" where the article measured with it on: a condition dropped into a whatever.
    ...refusedOnly(findRegardlessClaims(clean), (c) => checkRegardless(c, index.text)),
    // "原生支持 128K" where the article reaches 128K by extrapolation.
    ...refusedOnly(findNativeClaims(clean), (c) => checkNativeClaim(c, index)),
    // "公司预计 2026 年营收可达 8 亿元" where the article has it from 券商分析师 and no guidance.
    ...refusedOnly(findCompanyForecasts(clean), (c) => checkCompanyForecast(c, index)),
    // "实时语音通话已正式上线" where the article plans to 上线实时语音通话 (its app's 上线 is another's).
    ...refusedOnly(findSubjectSteps(clean), (c) => checkSubjectStep(c, index)),
    // "面向全球用户开放" where the article opens it in three markets only.
    ...refusedOnly(findGlobalLaunches(clean), (c) => checkGlobalLaunch(c, index.text)),
    ...refusedOnly(findEnactedClaims(clean), (c) => checkEnactedClaim(c, index.text)),
    ...refusedOnly(findIntentClaims(clean), (c) => checkIntentClaim(c, index.text)),
    ...refusedOnly(findWholeClaims(clean), (c) => checkWholeClaim(c, index.text)),
    ...refusedOnly(findAbilityClaims(clean), (c) => checkAbilityClaim(c, index.text)),
    // "IFEval 同样领先", "faster and more accurate" where the article says 落后, "slower and no more accurate".
    ...refusedOnly(findStrengthClaims(clean), (c) => checkStrengthClaim(c, index.text)),
    ...refusedOnly(findDoneClaims(clean), (c) => checkDoneClaim(c, index.text)),
    ...refusedOnly(findPeriodClaims(clean), (c) => checkPeriodClaim(c, index.text)),
    ...refusedOnly(findUnitClaims(clean), (c) => checkUnitClaim(c, index.text)),
    // "双方已敲定联合建设" where the article's two companies only signed a non-binding MoU.
    ...refusedOnly(findFirmDeals(clean), (c) => checkFirmDeal(c, index.text)),
    // "平均续航 4 小时" where the article's 4 小时 is 最长: "up to" told as typical.
    ...refusedOnly(findTypicalFigures(clean), (c) => checkTypicalFigure(c, index.text)),
    // "已于今年 1 月宣布" where the article says it may be announced 明年 1 月 at the earliest.
    ...refusedOnly(findDoneSteps(clean), (c) => checkDoneStep(c, index.text)),
    // "其中 33 国推定拒绝，其余 12 国逐案审查" where the article's 12 are refused and its 33 reviewed.
    ...refusedOnly(findFigurePairs(clean), (c) => checkFigurePair(c, index)),
    // "七项全部高于 X" where the article says "higher than X on five of the seven".
    ...refusedOnly(findAllOfCounts(clean), (c) => checkAllOfCount(c, clean, index.text)),
    // "个人用户同样获得补偿" where the article says 个人用户不在补偿范围内.
    ...refusedOnly(findIncludedGroups(clean), (c) => checkIncludedGroup(c, index)),
    // "图书子集也一并开放商用" where the article keeps it 仅限学术研究; "无需署名" for its 只需注明出处.
    ...refusedOnly(findLicenceClaims(clean), (c) => checkLicenceClaim(c, clean, index.text)),
    // "唯一完全开源的模型" where the article calls it 「开放权重」而非「开源」.
    ...refusedOnly(findOpenSourceClaims(clean), (c) => checkOpenSourceClaim(c, index.text)),
  ];
}
