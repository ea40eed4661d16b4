// Held-out set 6: articles and entries written before opening src/verify (the rules), reported under
// "held-out-6" with no target. Nine Chinese articles in the styles of 机器之心/新智元/量子位 (headings,
// tables, quotes) and five English ones (a lab blog, an earnings release, a paper's abstract and
// introduction, a policy news piece, an interview); entries across languages in both directions with
// hard true rewordings (rounding, 近/逾/约, fractions, unit conversions, ratios, from-to, 本月/上周,
// translated names). Every claim of every entry is true.
import type { Heldout3Case } from "./heldout3-zh-a.ts";
import { HELDOUT6_EN } from "./heldout6-en.ts";
import { HELDOUT6_EN_B } from "./heldout6-en-b.ts";
import { HELDOUT6_ZH_A } from "./heldout6-zh-a.ts";
import { HELDOUT6_ZH_B } from "./heldout6-zh-b.ts";
import { HELDOUT6_ZH_C } from "./heldout6-zh-c.ts";

export const HELDOUT6_CASES: Heldout3Case[] = [
  ...HELDOUT6_ZH_A,
  ...HELDOUT6_ZH_B,
  ...HELDOUT6_ZH_C,
  ...HELDOUT6_EN,
  ...HELDOUT6_EN_B,
];
