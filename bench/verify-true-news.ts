// The standing plain-news true-claim set (bench/verify-sets/true-news): every claim true, so every
// bullet or summary sentence verification drops or marks is a false refusal. One target row (refused
// claims ≤ TRUE_NEWS_TARGET) plus a row per claim kind. Run alone: node --import tsx bench/verify-true-news.ts
import { pathToFileURL } from "node:url";
import type { BenchRow } from "./report.ts";
import { type ParaphraseScore, scoreParaphrase } from "./verify-paraphrase.ts";
import { TRUE_NEWS_CASES } from "./verify-sets/true-news/index.ts";

/** Refused true claims (bullets and summary sentences) the set may lose; lowered as fixes land. */
export const TRUE_NEWS_TARGET = 11;

export const scoreTrueNews = (): ParaphraseScore => scoreParaphrase(TRUE_NEWS_CASES);

/** Bullets plus summary sentences: the claims a reader sees. */
export function refusedClaims(score: ParaphraseScore) {
  const s = score.byKind["summary sentence"];
  const b = score.byKind.bullet;
  return { lost: s.lost + b.lost, checked: s.checked + b.checked, examples: [...s.examples, ...b.examples] };
}

export function trueNewsRows(score = scoreTrueNews()): BenchRow[] {
  const claims = refusedClaims(score);
  const rows: BenchRow[] = [
    {
      section: "verify",
      metric: `true plain-news claims refused (${score.articles} articles)`,
      value: `${claims.lost}/${claims.checked}`,
      target: `≤ ${TRUE_NEWS_TARGET}`,
      pass: claims.lost <= TRUE_NEWS_TARGET,
    },
  ];
  for (const [kind, t] of Object.entries(score.byKind))
    if (kind !== "bullet" && kind !== "summary sentence" && t.checked)
      rows.push({
        section: "verify",
        metric: `true plain-news ${kind}s dropped or marked`,
        value: `${t.lost}/${t.checked}`,
      });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const score = scoreTrueNews();
  for (const row of trueNewsRows(score)) console.log(`${row.metric}\t${row.value}\t${row.target ?? ""}`);
  for (const [kind, t] of Object.entries(score.byKind))
    for (const e of t.examples) console.log(`  lost ${kind}: ${e}`);
  if (score.withheld.length) console.log(`  withheld: ${score.withheld.join(", ")}`);
}
