// Precision and recall of verification on the planted-error dataset. Run: node --import tsx bench/verify.ts
import { pathToFileURL } from "node:url";
import { scoreCases, type VerifyScore } from "../src/verify/testdata/score-cases.ts";

export function benchVerify(): VerifyScore {
  const score = scoreCases();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `verify: ${score.cases} cases, ${score.planted} planted errors, ${score.cleanClaims} clean claims`,
  );
  console.log(
    `  recall on planted errors  ${pct(score.recall)} (${score.caught}/${score.planted}; target 100%)`,
  );
  console.log(
    `  precision of flags        ${pct(score.precision)} (${score.flags - score.falseFlags}/${score.flags}; target ≥ 95%)`,
  );
  console.log(`  clean claims passed       ${pct(score.cleanPassRate)} (target ≥ 95%)`);
  for (const m of score.missed) console.log(`  missed: ${m}`);
  for (const w of score.wronglyFlagged) console.log(`  wrongly flagged: ${w}`);
  return score;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) benchVerify();
