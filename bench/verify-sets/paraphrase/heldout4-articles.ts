// Held-out set 4: articles and entries written before opening src/verify (the rules), reported under
// "held-out-4" with no target. Kinds the earlier sets cover thinly: an interview, a spec table, deal
// terms, a leaderboard with a tie, a policy with exceptions, a licence limited by user count, an
// ablation table, a conference recap, a ruling under appeal, estimated vs confirmed numbers, a reported
// valuation, a roundup, cross-language articles and a headline its body hedges. Eleven Chinese, four
// English; every claim of every entry is true to its article.
import type { Heldout3Case } from "./heldout3-zh-a.ts";
import { HELDOUT4_EN } from "./heldout4-en.ts";
import { HELDOUT4_ZH_A } from "./heldout4-zh-a.ts";
import { HELDOUT4_ZH_B } from "./heldout4-zh-b.ts";
import { HELDOUT4_ZH_C } from "./heldout4-zh-c.ts";

export const HELDOUT4_CASES: Heldout3Case[] = [
  ...HELDOUT4_ZH_A,
  ...HELDOUT4_ZH_B,
  ...HELDOUT4_ZH_C,
  ...HELDOUT4_EN,
];
