// Scores verifyEntry on the dataset: recall on planted errors, precision of what it flags.
import type { ClaimReport } from "../types.ts";
import { verifyEntry } from "../verify-entry.ts";
import { buildCases } from "./cases.ts";

export interface VerifyScore {
  cases: number;
  planted: number;
  /** Planted errors verification did not let through. */
  caught: number;
  /** Claims it flagged (dropped/marked) that were not the planted error. */
  falseFlags: number;
  flags: number;
  cleanClaims: number;
  /** caught / planted. */
  recall: number;
  /** Flags that were planted errors / all flags. */
  precision: number;
  /** Clean claims passed / clean claims. */
  cleanPassRate: number;
  missed: string[];
  wronglyFlagged: string[];
}

const key = (c: ClaimReport) => `${c.kind}|${c.where}|${c.value}`;
const flagged = (c: ClaimReport) => c.status === "dropped" || c.status === "marked";

export function scoreCases(): VerifyScore {
  const cases = buildCases();
  const cleanClaims = new Map<string, Set<string>>();
  const score: VerifyScore = {
    cases: cases.length,
    planted: 0,
    caught: 0,
    falseFlags: 0,
    flags: 0,
    cleanClaims: 0,
    recall: 0,
    precision: 0,
    cleanPassRate: 0,
    missed: [],
    wronglyFlagged: [],
  };
  let cleanPassed = 0;
  for (const c of [...cases.filter((x) => !x.planted), ...cases.filter((x) => x.planted)]) {
    const { claims } = verifyEntry(c.entry, { ...c.article }, { policy: "drop" });
    const articleId = c.article.id;
    // A claim of a planted variant is clean when the clean entry has it and let it pass.
    if (!c.planted) cleanClaims.set(articleId, new Set(claims.filter((x) => x.status === "supported").map(key)));
    const known = cleanClaims.get(articleId) ?? new Set<string>();
    let caught = false;
    for (const claim of claims) {
      if (claim.kind === "evidence") continue;
      const isClean = !c.planted || (known.has(key(claim)) && flagged(claim) === false);
      if (isClean) {
        score.cleanClaims++;
        if (claim.status === "supported") cleanPassed++;
      }
      if (!flagged(claim)) continue;
      score.flags++;
      if (isClean) {
        score.falseFlags++;
        score.wronglyFlagged.push(`${c.id}: ${claim.kind} ${claim.value} — ${claim.reason}`);
      } else caught = true;
    }
    if (c.planted) {
      score.planted++;
      if (caught) score.caught++;
      else score.missed.push(`${c.id}: ${c.planted.kind} ${c.planted.value}`);
    }
  }
  score.recall = score.planted ? score.caught / score.planted : 1;
  score.precision = score.flags ? (score.flags - score.falseFlags) / score.flags : 1;
  score.cleanPassRate = score.cleanClaims ? cleanPassed / score.cleanClaims : 1;
  return score;
}
