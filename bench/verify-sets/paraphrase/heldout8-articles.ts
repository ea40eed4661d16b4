// Held-out set 8: articles and entries written before opening src/verify (the rules), reported under
// "held-out-8" with no target. Eight Chinese articles in the styles of 机器之心/新智元/量子位 (a model
// release with a benchmark table, a funding round in two tranches, a GPU lease, a court ruling, an
// open-source release with two licences, an interview, a paper with ablations, an app's price rise)
// and five English ones (a press release, a quarterly report, a paper abstract with results, a news
// report with attributed claims, an engineering blog post); entries across languages both ways.
// Every claim of every entry is true.

import type { Heldout3Case } from "./heldout3-zh-a.ts";
import { HELDOUT8_EN } from "./heldout8-en.ts";
import { HELDOUT8_EN_B } from "./heldout8-en-b.ts";
import { HELDOUT8_ZH_A } from "./heldout8-zh-a.ts";
import { HELDOUT8_ZH_B } from "./heldout8-zh-b.ts";

export const HELDOUT8_CASES: Heldout3Case[] = [
  ...HELDOUT8_ZH_A,
  ...HELDOUT8_ZH_B,
  ...HELDOUT8_EN,
  ...HELDOUT8_EN_B,
];
