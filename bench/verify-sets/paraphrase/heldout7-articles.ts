// Held-out set 7: articles and entries written before opening src/verify (the rules), reported under
// "held-out-7" with no target. Eight Chinese articles in the styles of 机器之心/新智元/量子位 (a robot's
// demo video, an acquisition rumour, a price cut in two currencies, a survey, an export rule, a dataset
// licence change, a rollback, a leaderboard with a tie) and five English ones (a lab blog, a press
// release on an MoU, a paper with a results table, a news report with anonymous sources, an 8-K);
// entries across languages in both directions. Every claim of every entry is true.

import type { Heldout3Case } from "./heldout3-zh-a.ts";
import { HELDOUT7_EN } from "./heldout7-en.ts";
import { HELDOUT7_EN_B } from "./heldout7-en-b.ts";
import { HELDOUT7_ZH_A } from "./heldout7-zh-a.ts";
import { HELDOUT7_ZH_B } from "./heldout7-zh-b.ts";

export const HELDOUT7_CASES: Heldout3Case[] = [
  ...HELDOUT7_ZH_A,
  ...HELDOUT7_ZH_B,
  ...HELDOUT7_EN,
  ...HELDOUT7_EN_B,
];
