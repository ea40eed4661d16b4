// Held-out set 3: articles and entries written without reading src/verify (the rules) or the earlier
// held-out sets, reported under "held-out-3" with no target. Eleven Chinese articles in the styles of
// 机器之心/新智元/量子位 and six English ones; every claim of every entry is true to its article.
import { HELDOUT3_EN } from "./heldout3-en.ts";
import { HELDOUT3_ZH_A, type Heldout3Case } from "./heldout3-zh-a.ts";
import { HELDOUT3_ZH_B } from "./heldout3-zh-b.ts";

export type { Heldout3Case };

export const HELDOUT3_CASES: Heldout3Case[] = [...HELDOUT3_ZH_A, ...HELDOUT3_ZH_B, ...HELDOUT3_EN];
