// The registry of held-out sets: articles written after the rules (paraphrase/heldout*-articles.ts)
// with planted errors on their entries (planted/heldout*-plants*.ts), each reported under its label
// with no target. A new set is one line here.
import type { Entry } from "../../src/model/entry.ts";
import type { ArticleEvidence } from "../../src/verify/index.ts";
import { HELDOUT_CASES } from "./paraphrase/heldout-articles.ts";
import { HELDOUT2_CASES } from "./paraphrase/heldout2-articles.ts";
import { HELDOUT3_CASES } from "./paraphrase/heldout3-articles.ts";
import { HELDOUT4_CASES } from "./paraphrase/heldout4-articles.ts";
import { HELDOUT5_CASES } from "./paraphrase/heldout5-articles.ts";
import { HELDOUT6_CASES } from "./paraphrase/heldout6-articles.ts";
import { HELDOUT7_CASES } from "./paraphrase/heldout7-articles.ts";
import { HELDOUT8_CASES } from "./paraphrase/heldout8-articles.ts";
import { HELDOUT9_CASES } from "./paraphrase/heldout9-articles.ts";
import { HELDOUT_PLANTS, type HeldoutPlant } from "./planted/heldout-plants.ts";
import { HELDOUT2_PLANTS } from "./planted/heldout2-plants.ts";
import { HELDOUT3_PLANTS } from "./planted/heldout3-plants.ts";
import { HELDOUT4_PLANTS } from "./planted/heldout4-plants.ts";
import { HELDOUT4_PLANTS_B } from "./planted/heldout4-plants-b.ts";
import { HELDOUT5_PLANTS } from "./planted/heldout5-plants.ts";
import { HELDOUT6_PLANTS_A } from "./planted/heldout6-plants.ts";
import { HELDOUT6_PLANTS_B } from "./planted/heldout6-plants-b.ts";
import { HELDOUT7_PLANTS_A } from "./planted/heldout7-plants.ts";
import { HELDOUT7_PLANTS_B } from "./planted/heldout7-plants-b.ts";
import { HELDOUT8_PLANTS_A } from "./planted/heldout8-plants.ts";
import { HELDOUT8_PLANTS_B } from "./planted/heldout8-plants-b.ts";
import { HELDOUT8_PLANTS_C } from "./planted/heldout8-plants-c.ts";
import { HELDOUT9_PLANTS_A } from "./planted/heldout9-plants.ts";
import { HELDOUT9_PLANTS_B } from "./planted/heldout9-plants-b.ts";
import { HELDOUT9_PLANTS_C } from "./planted/heldout9-plants-c.ts";

export interface HeldoutSet {
  label: string;
  cases: { id: string; entry: Entry; article: ArticleEvidence }[];
  plants: HeldoutPlant[];
}

export const HELDOUT_SETS: HeldoutSet[] = [
  { label: "held-out", cases: HELDOUT_CASES, plants: HELDOUT_PLANTS },
  { label: "held-out-2", cases: HELDOUT2_CASES, plants: HELDOUT2_PLANTS },
  { label: "held-out-3", cases: HELDOUT3_CASES, plants: HELDOUT3_PLANTS },
  { label: "held-out-4", cases: HELDOUT4_CASES, plants: [...HELDOUT4_PLANTS, ...HELDOUT4_PLANTS_B] },
  { label: "held-out-5", cases: HELDOUT5_CASES, plants: HELDOUT5_PLANTS },
  { label: "held-out-6", cases: HELDOUT6_CASES, plants: [...HELDOUT6_PLANTS_A, ...HELDOUT6_PLANTS_B] },
  { label: "held-out-7", cases: HELDOUT7_CASES, plants: [...HELDOUT7_PLANTS_A, ...HELDOUT7_PLANTS_B] },
  {
    label: "held-out-8",
    cases: HELDOUT8_CASES,
    plants: [...HELDOUT8_PLANTS_A, ...HELDOUT8_PLANTS_B, ...HELDOUT8_PLANTS_C],
  },
  {
    label: "held-out-9",
    cases: HELDOUT9_CASES,
    plants: [...HELDOUT9_PLANTS_A, ...HELDOUT9_PLANTS_B, ...HELDOUT9_PLANTS_C],
  },
];
