// Figure claims read against any article (check-text.ts): a figure moved to another period
// (figure-periods.ts), half-year (year-halves.ts) or side of a listing (listing-sides.ts), a table's
// figure given to another row (table-rows.ts), a reported or estimated figure told as confirmed
// (figure-sources.ts), a roundup's figure given to another org (roundup-figures.ts) and a rival's
// result told as the subject's (rival-results.ts).

import type { TextClaim } from "./check-text.ts";
import { checkPeriod, findPeriodClaims } from "./figure-periods.ts";
import { checkConfirmedFigure, findConfirmedFigures } from "./figure-sources.ts";
import type { ArticleIndex } from "./index-article.ts";
import { checkLevelChange, findLevelChanges } from "./level-changes.ts";
import { checkListingSide, findListingSides } from "./listing-sides.ts";
import { checkRivalFigure, findRivalFigures } from "./rival-results.ts";
import { checkOrgFigure, findOrgFigures } from "./roundup-figures.ts";
import { checkRowClaim, findRowClaims } from "./table-rows.ts";
import { claimsOf } from "./text-claims.ts";
import { checkHalf, findHalves } from "./year-halves.ts";

export function periodAndRowClaims(
  clean: string,
  index: ArticleIndex,
  orgs: readonly string[] = [],
): TextClaim[] {
  return [
    // "每季度上限 500 万元" where the article says 每年: a figure moved to another period.
    ...claimsOf("qualifier", findPeriodClaims(clean), (c) => checkPeriod(c, index)),
    // "极光模型 API 降价四成" where the roundup gives the cut to 北斗云: only the refused are claims.
    ...claimsOf(
      "figure",
      findOrgFigures(clean, orgs).filter((f) => !checkOrgFigure(f, index, orgs).supported),
      (f) => checkOrgFigure(f, index, orgs),
    ),
    // "预计 2027 年上半年完成" where the article says the second half of 2027: a half-year moved.
    ...claimsOf("qualifier", findHalves(clean), (h) => checkHalf(h, index.text)),
    // "上市后持股 34%" where the article says "before the offering": the other side of a listing.
    ...claimsOf("qualifier", findListingSides(clean), (l) => checkListingSide(l, index.text)),
    // "装洗碗机 69%" where the article's table gives 69% to another row: only the refused are claims.
    ...claimsOf(
      "figure",
      findRowClaims(clean, index.text).filter((c) => !checkRowClaim(c, index.text).supported),
      (c) => checkRowClaim(c, index.text),
    ),
    // "GPQA-Diamond 拿到 62.9，与 Qwen3 持平" where the 62.9 is Qwen3's: only the refused are claims.
    ...claimsOf(
      "figure",
      findRivalFigures(clean, index).filter((c) => !checkRivalFigure(c, index).supported),
      (c) => checkRivalFigure(c, index),
    ),
    // "营收 24.1 亿美元，同比增长 74%" where the article's 74% is one segment's: only the refused are claims.
    ...claimsOf(
      "figure",
      findLevelChanges(clean).filter((c) => !checkLevelChange(c, index).supported),
      (c) => checkLevelChange(c, index),
    ),
    // "公司披露投后估值为 25 亿美元" where the article has it only from 知情人士: a report told as confirmed.
    ...claimsOf(
      "qualifier",
      findConfirmedFigures(clean).filter((c) => !checkConfirmedFigure(c, index).supported),
      (c) => checkConfirmedFigure(c, index),
    ),
  ];
}
