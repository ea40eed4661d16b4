// Held-out set 5: articles and entries written before opening src/verify (the rules), reported under
// "held-out-5" with no target. Kinds the earlier sets cover thinly: guidance beside a result, a model
// pair (Pro/Flash) with one table, rollout by region and season, a round told as 近 10 亿, an A 对比 B
// hands-on, a data centre by phases, a roundtable of two speakers, a non-commercial licence, a voucher
// limited to local SMEs, a default model switched from one model to another, fiscal quarters, an
// approval in one jurisdiction only, a rejected paper, a result that holds for one language. Ten
// Chinese, four English; cross-language entries in both directions; every claim of every entry is true.
import type { Heldout3Case } from "./heldout3-zh-a.ts";
import { HELDOUT5_EN } from "./heldout5-en.ts";
import { HELDOUT5_ZH_A } from "./heldout5-zh-a.ts";
import { HELDOUT5_ZH_B } from "./heldout5-zh-b.ts";

export const HELDOUT5_CASES: Heldout3Case[] = [...HELDOUT5_ZH_A, ...HELDOUT5_ZH_B, ...HELDOUT5_EN];
