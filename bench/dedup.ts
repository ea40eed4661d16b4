/**
 * Dedup at scale: clusters 100,000 generated Chinese-like articles with planted near-duplicate
 * groups (reposts, light edits, rewrites that share names and figures), measures time and peak
 * RSS, and checks the LSH candidates against comparing every pair on a 5,000-article subset.
 * Run alone: node --import tsx bench/dedup.ts [articles]
 */
import { pathToFileURL } from "node:url";
import {
  type ArticleFeatures,
  type ClusterInput,
  clusterFeatures,
  computeFeatures,
  type ShingleMode,
  scoreCandidates,
  scorePair,
  shingleHashes,
} from "../src/dedup/index.ts";
import { generateArticles } from "../src/dedup/testdata/generate-articles.ts";
import { scoreFollowUps } from "../src/dedup/testdata/score-follow-ups.ts";
import { dayOne, glmFollowUp, glmRepeat } from "../src/dedup/testdata/stories.ts";

export interface BenchResult {
  articles: number;
  plantedPairs: number;
  timeMs: { generate: number; features: number; cluster: number; total: number };
  articlesPerSecond: number;
  peakRssMb: number;
  stories: number;
  /** Pairs put in one cluster vs the planted groups (generator's truth). */
  planted: { precision: number; recall: number };
  /** LSH vs every pair compared, same scoring, on a subset. */
  subset: {
    articles: number;
    lshMs: number;
    exhaustiveMs: number;
    speedup: number;
    truePairs: number;
    recall: number;
  };
  /** Cross-day links on the labelled fixture week (src/dedup/testdata/follow-up-week.ts). */
  followUps: { pairs: number; precision: number; recall: number; linked: number; repeats: string };
  /** Shingle modes on the hand-written fixtures: speed and the margin between same and different stories. */
  segmentation: { mode: string; msPer1000: number; minSame: number; maxDifferent: number }[];
}

let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

export async function benchDedup(count = 100_000, subsetSize = 5_000): Promise<BenchResult> {
  peakRss = 0;
  const t0 = performance.now();
  const { inputs, group } = generateArticles(count, 42);
  const tGen = performance.now();
  sampleRss();
  const features: ArticleFeatures[] = [];
  for (let i = 0; i < inputs.length; i++) {
    features.push(computeFeatures(inputs[i]!));
    if (i % 5000 === 0) sampleRss();
  }
  const tFeat = performance.now();
  const clusters = clusterFeatures(inputs, features);
  sampleRss();
  const tClust = performance.now();

  const clusterOf = new Map<number, number>();
  clusters.forEach((c, k) => {
    clusterOf.set(c.primary, k);
    for (const m of c.members) clusterOf.set(m.id, k);
  });
  const planted = pairRecallPrecision(inputs, group, clusterOf);

  const sub = inputs.slice(0, subsetSize);
  const subFeatures = features.slice(0, subsetSize);
  const l0 = performance.now();
  const lsh = scoreCandidates(sub, subFeatures, {}).merge;
  const l1 = performance.now();
  const exhaustive = scoreCandidates(sub, subFeatures, { exhaustive: true }).merge;
  const l2 = performance.now();
  sampleRss();
  const found = new Set(lsh.map((e) => `${e.i}:${e.j}`));
  const hit = exhaustive.filter((e) => found.has(`${e.i}:${e.j}`)).length;

  const week = scoreFollowUps();
  return {
    followUps: {
      pairs: week.pairs,
      precision: round(week.precision),
      recall: round(week.recall),
      linked: week.predictedFollowUps,
      repeats: `${week.correctRepeats}/${week.labelledRepeats} right, ${week.predictedRepeats} made`,
    },
    articles: count,
    plantedPairs: planted.truePairs,
    timeMs: {
      generate: ms(tGen - t0),
      features: ms(tFeat - tGen),
      cluster: ms(tClust - tFeat),
      total: ms(tClust - t0),
    },
    articlesPerSecond: Math.round(count / ((tClust - tGen) / 1000)),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    stories: clusters.length,
    planted: { precision: planted.precision, recall: planted.recall },
    subset: {
      articles: subsetSize,
      lshMs: ms(l1 - l0),
      exhaustiveMs: ms(l2 - l1),
      speedup: round((l2 - l1) / (l1 - l0)),
      truePairs: exhaustive.length,
      recall: exhaustive.length === 0 ? 1 : round(hit / exhaustive.length),
    },
    segmentation: compareSegmentation(),
  };
}

function pairRecallPrecision(inputs: ClusterInput[], group: Int32Array, clusterOf: Map<number, number>) {
  const byGroup = new Map<number, number[]>();
  const byCluster = new Map<number, number[]>();
  inputs.forEach((a, i) => {
    if (group[i]! >= 0) byGroup.set(group[i]!, [...(byGroup.get(group[i]!) ?? []), i]);
    const k = clusterOf.get(a.id)!;
    byCluster.set(k, [...(byCluster.get(k) ?? []), i]);
  });
  let truePairs = 0;
  let found = 0;
  for (const members of byGroup.values()) {
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        truePairs++;
        if (clusterOf.get(inputs[members[x]!]!.id) === clusterOf.get(inputs[members[y]!]!.id)) found++;
      }
  }
  let clustered = 0;
  let correct = 0;
  for (const members of byCluster.values()) {
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        clustered++;
        const g = group[members[x]!]!;
        if (g >= 0 && g === group[members[y]!]) correct++;
      }
  }
  return {
    truePairs,
    recall: round(found / truePairs),
    precision: clustered === 0 ? 1 : round(correct / clustered),
  };
}

/** Same-story and different-story pairs of the fixtures, per shingle mode. */
function compareSegmentation(): BenchResult["segmentation"] {
  const all = [...dayOne, glmFollowUp, glmRepeat].filter((a) => a.id !== 41 && a.id !== 42 && a.id !== 51);
  const story = (id: number) => (id < 20 || id === 52 ? 1 : id < 30 ? 2 : id);
  const modes: [string, ShingleMode][] = [
    ["chars n=3", { kind: "chars", size: 3 }],
    ["chars n=4", { kind: "chars", size: 4 }],
    ["chars n=5", { kind: "chars", size: 5 }],
    ["jieba words n=1", { kind: "words", size: 1 }],
    ["jieba words n=2", { kind: "words", size: 2 }],
  ];
  return modes.map(([name, mode]) => {
    shingleHashes("预热", mode); // loads jieba once, outside the timing
    const t = performance.now();
    for (let r = 0; r < 100; r++) for (const a of all) shingleHashes(a.text, mode);
    const msPer1000 = round(((performance.now() - t) / (100 * all.length)) * 1000);
    const f = all.map((a) => computeFeatures(a, { shingles: mode }));
    let minSame = 1;
    let maxDifferent = 0;
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const s = scorePair(f[i]!, f[j]!);
        const v = Math.max(s.text, s.story);
        if (story(all[i]!.id) === story(all[j]!.id)) minSame = Math.min(minSame, v);
        else maxDifferent = Math.max(maxDifferent, v);
      }
    return { mode: name, msPer1000, minSame: round(minSame), maxDifferent: round(maxDifferent) };
  });
}

function ms(x: number): number {
  return Math.round(x);
}
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function printResult(r: BenchResult): void {
  const rows: [string, string][] = [
    ["articles", String(r.articles)],
    ["planted duplicate pairs", String(r.plantedPairs)],
    ["generate", `${r.timeMs.generate} ms`],
    ["features (shingles + MinHash)", `${r.timeMs.features} ms`],
    ["candidates + scoring + clusters", `${r.timeMs.cluster} ms`],
    ["throughput", `${r.articlesPerSecond} articles/s`],
    ["peak RSS", `${r.peakRssMb} MB`],
    ["stories", String(r.stories)],
    ["planted pairs: recall / precision", `${r.planted.recall} / ${r.planted.precision}`],
    [
      `follow-ups, fixture week (${r.followUps.pairs} labelled pairs)`,
      `precision ${r.followUps.precision} · recall ${r.followUps.recall} · repeats ${r.followUps.repeats}`,
    ],
    [
      `subset ${r.subset.articles}: LSH / every pair`,
      `${r.subset.lshMs} ms / ${r.subset.exhaustiveMs} ms (×${r.subset.speedup})`,
    ],
    ["subset: recall of LSH vs every pair", `${r.subset.recall} (${r.subset.truePairs} merge pairs)`],
    [
      `every pair at ${r.articles} (estimate)`,
      `${Math.round((r.subset.exhaustiveMs * (r.articles / r.subset.articles) ** 2) / 1000)} s vs ${Math.round(r.timeMs.cluster / 1000)} s`,
    ],
  ];
  for (const s of r.segmentation)
    rows.push([
      `fixtures ${s.mode}`,
      `${s.msPer1000} ms/1000 · min same ${s.minSame} · max different ${s.maxDifferent}`,
    ]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log(JSON.stringify(r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 100_000);
  printResult(await benchDedup(count, Math.min(5000, count)));
}
