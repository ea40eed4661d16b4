// Planted errors, per kind, on ≥ 40 articles of our own: the demo's pages (demo/2026-02-04) and
// short articles in bench/verify-sets/planted/articles.json. Each article's entry is the offline
// analyser's (verbatim, so its claims are supported), then 3 errors an LLM makes are planted by the
// fixed rules of verify-plant-rules.ts (no tuning per article): wrong repo, wrong arXiv id, shifted,
// invented, moved figure, wrong org, unit, direction, stars, qualifier, sibling name, release status,
// invented name. Verification runs under `drop`; the report says per kind how many were planted,
// caught and still published, and how many supported claims were flagged.
// Run alone: node --import tsx bench/verify-planted.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createOfflineAnalyser } from "../src/analyse/index.ts";
import { extractPage } from "../src/extract/index.ts";
import type { Article } from "../src/model/article.ts";
import type { Bullet, Entry } from "../src/model/entry.ts";
import { type ClaimReport, verifyEntry } from "../src/verify/index.ts";
import type { BenchSection } from "./report.ts";
import { KINDS, type Plant, type PlantKind, plant, type SetArticle } from "./verify-plant-rules.ts";

export { KINDS, type PlantKind };

export interface KindScore {
  planted: number;
  caught: number;
  /** Still in the published entry (flagged ⚠️ or not). */
  published: number;
  /** Published with no flag at all: the reader is told nothing. */
  unflagged: number;
}

export interface PlantedScore {
  articles: number;
  plants: number;
  perKind: Record<PlantKind, KindScore>;
  supportedClaims: number;
  wronglyFlagged: number;
  wronglyFlaggedShare: number;
  published: string[];
  flaggedExamples: string[];
  /** Articles the analyser returned no entry for. */
  skipped: string[];
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The demo's pages (not the deleted one) and the short articles of the set. */
export function loadPlantedArticles(): SetArticle[] {
  const manifest = JSON.parse(readFileSync(`${ROOT}demo/2026-02-04/manifest.json`, "utf8")) as {
    sources: { id: string; name: string }[];
    items: { slug: string; source: string; url: string; page?: string }[];
  };
  const names = new Map(manifest.sources.map((s) => [s.id, s.name]));
  const out: SetArticle[] = [];
  for (const item of manifest.items) {
    if (!item.page) continue;
    const html = readFileSync(`${ROOT}demo/2026-02-04/${item.page}`, "utf8");
    const page = extractPage(html, { url: item.url });
    if (page.kind !== "article" || page.text.length < 200) continue;
    out.push({
      id: item.slug,
      publisher: page.account ?? names.get(item.source) ?? item.source,
      title: page.title ?? item.slug,
      text: page.text,
      html: page.html,
      links: page.links,
    });
  }
  const set = JSON.parse(readFileSync(`${ROOT}bench/verify-sets/planted/articles.json`, "utf8")) as {
    articles: SetArticle[];
  };
  return [...out, ...set.articles];
}

export function toArticle(a: SetArticle): Article {
  return {
    sourceId: a.publisher,
    url: `https://example.com/${a.id}`,
    originalUrl: `https://example.com/${a.id}`,
    title: a.title,
    account: a.publisher,
    publishedAt: "2026-02-04T00:00:00.000Z",
    firstSeenAt: "2026-02-04T00:00:00.000Z",
    contentHash: createHash("sha256").update(a.text).digest("hex"),
    text: a.text,
    html: a.html ?? "",
    links: a.links,
    status: "ok",
  };
}

/** Every published string of an entry, without spaces: where a planted value must not appear. */
function publishedText(entry: Entry): string {
  const bullets = (list: Bullet[]): string[] =>
    list.flatMap((b) => [b.label ?? "", b.text, ...bullets(b.children ?? [])]);
  return [
    entry.org,
    entry.title,
    entry.summary,
    ...[entry.core, entry.results, entry.insights].flatMap((s) => [s.lead ?? "", ...bullets(s.bullets)]),
    ...entry.resources.map((r) => r.url),
  ]
    .join("\n")
    .replace(/\s+/g, "");
}

function isPublished(p: Plant, published: Entry): boolean {
  if (
    p.kind === "moved-figure" ||
    p.kind === "flipped-direction" ||
    p.kind === "sibling-name" ||
    p.kind === "swapped-figure" ||
    p.kind === "flipped-comparison"
  ) {
    // The benchmark it was moved to (the flipped verb), followed in its sentence by the figure.
    const esc = (x: string) => x.replace(/\s+/g, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // The name as a whole ("Lumen-3" is not the start of "Lumen-3-Flash").
    // Tried from every place the name occurs (a lookahead: matches may overlap).
    const found = new RegExp(
      `${esc(p.context!)}(?![A-Za-z0-9-])(?=([^。；;]*?)(?<![\\d.])${esc(p.value)}(?![\\d]))`,
      "g",
    );
    // A sibling is published with the figure only when it is the family's nearest name before it:
    // "Lumen-3 系列…，Lumen-3-Flash 得分 58.2" gives 58.2 to Lumen-3-Flash (the article's), not Lumen-3.
    const stem = p.context!.replace(/\s+/g, "").split("-")[0]!;
    return [...publishedText(published).matchAll(found)].some(
      (m) => p.kind !== "sibling-name" || !m[1]!.includes(stem),
    );
  }
  if (p.kind === "inflated-stars") return published.stars === 5;
  if (p.kind === "wrong-org") return published.org.split(/\s*(?:\/|&)\s*/).includes(p.value);
  const value = p.value.replace(/\s+/g, "");
  if (p.kind === "wrong-repo" || p.kind === "wrong-arxiv" || p.kind === "target-as-result")
    return publishedText(published).includes(value);
  // A figure as a whole number: "120" is not published by "1200 美元" (nor "2.5" by "12.5").
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(publishedText(published));
}

const flagged = (c: ClaimReport) => c.status === "dropped" || c.status === "marked";
const claimKey = (c: ClaimReport) => `${c.kind}|${c.where}|${c.value}`;

export async function scorePlanted(): Promise<PlantedScore> {
  const analyser = createOfflineAnalyser();
  const articles = loadPlantedArticles();
  const perKind = Object.fromEntries(
    KINDS.map((k) => [k, { planted: 0, caught: 0, published: 0, unflagged: 0 }]),
  ) as Record<PlantKind, KindScore>;
  const score: PlantedScore = {
    articles: 0,
    plants: 0,
    perKind,
    supportedClaims: 0,
    wronglyFlagged: 0,
    wronglyFlaggedShare: 0,
    published: [],
    flaggedExamples: [],
    skipped: [],
  };
  for (const [n, a] of articles.entries()) {
    const outcome = await analyser.analyse(toArticle(a), { sourceName: a.publisher });
    if (outcome.status !== "ok") {
      score.skipped.push(`${a.id}: ${outcome.status === "failed" ? outcome.error : outcome.reason}`);
      continue;
    }
    score.articles++;
    const evidence = { title: a.title, text: a.text, html: a.html, links: a.links, publisher: a.publisher };
    const base = verifyEntry(outcome.entry, evidence, { policy: "drop" });
    // The analyser's entry quotes the article: every claim of it is a supported claim.
    const baseSupported = new Set<string>();
    for (const c of base.claims) {
      if (c.kind === "evidence") continue;
      score.supportedClaims++;
      if (flagged(c)) {
        score.wronglyFlagged++;
        score.flaggedExamples.push(`${a.id}: ${c.kind} ${c.value} — ${c.reason}`);
      } else baseSupported.add(claimKey(c));
    }
    const entry = structuredClone(outcome.entry);
    // Kinds that fit few entries (a benchmark phrase, a change verb before a figure, a sibling name,
    // another fact's figure in the same unit, a comparison, a step still to come, a count in words, ★ ≤ 3) are planted wherever they fit, the first two alternately; then three of the rest in
    // rotation, so every kind gets planted often enough.
    const rare: PlantKind[] = [
      n % 2 === 0 ? "moved-figure" : "flipped-direction",
      "sibling-name",
      "swapped-figure",
      "flipped-comparison",
      "plan-as-done",
      "wrong-count",
      "target-as-result",
      "inflated-stars",
    ];
    const plants = rare.flatMap((kind) => plant(kind, entry, a) ?? []);
    // Each article starts where the last one's three left off, so the kinds are covered evenly.
    const rest = KINDS.filter((k) => !rare.includes(k));
    const rotated = rest.map((_, k) => rest[(3 * n + k) % rest.length]!);
    let more = 0;
    for (const kind of rotated) {
      if (more >= 3) break;
      const p = plant(kind, entry, a);
      if (p) {
        plants.push(p);
        more++;
      }
    }
    const result = verifyEntry(entry, evidence, { policy: "drop" });
    for (const p of plants) {
      score.plants++;
      const s = perKind[p.kind];
      s.planted++;
      const published = isPublished(p, result.entry);
      const caught =
        result.claims.some(
          (c) =>
            flagged(c) &&
            (c.value.replace(/\s+/g, "").includes(p.value.replace(/\s+/g, "")) || c.value === p.value),
        ) ||
        // A target told as reached: one of its figures flagged.
        (p.kind === "target-as-result" &&
          result.claims.some(
            (c) => flagged(c) && p.value.replace(/\s+/g, "").includes(c.value.replace(/\s+/g, "")),
          )) ||
        (p.kind === "inflated-stars" && result.entry.stars !== 5) ||
        (p.kind === "wrong-org" && !published);
      if (caught) s.caught++;
      if (published) {
        s.published++;
        if (!caught) s.unflagged++;
        score.published.push(
          `${a.id}: ${p.kind} ${p.value}${caught ? " (flagged ⚠️, kept)" : " (unflagged)"}`,
        );
      }
    }
    // Claims the clean entry had supported and the planted one lost are wrongly flagged too.
    for (const c of result.claims) {
      if (!baseSupported.has(claimKey(c)) || !flagged(c)) continue;
      if (plants.some((p) => c.value.includes(p.value))) continue;
      score.wronglyFlagged++;
      score.flaggedExamples.push(`${a.id} (planted): ${c.kind} ${c.value} — ${c.reason}`);
    }
    score.supportedClaims += [...baseSupported].length;
  }
  score.wronglyFlaggedShare = score.supportedClaims ? score.wronglyFlagged / score.supportedClaims : 0;
  return score;
}

export async function benchVerifyPlanted(): Promise<BenchSection> {
  const score = await scorePlanted();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`verify (planted): ${score.articles} articles, ${score.plants} planted errors, policy drop`);
  console.log("  kind              planted  caught  published  unflagged");
  for (const k of KINDS) {
    const s = score.perKind[k];
    console.log(
      `  ${k.padEnd(16)}  ${String(s.planted).padStart(7)}  ${String(s.caught).padStart(6)}  ${String(s.published).padStart(9)}  ${String(s.unflagged).padStart(9)}`,
    );
  }
  console.log(
    `  supported claims wrongly flagged: ${score.wronglyFlagged}/${score.supportedClaims} (${pct(score.wronglyFlaggedShare)}; target ≤ 2%)`,
  );
  for (const p of score.published) console.log(`  published: ${p}`);
  for (const p of score.skipped) console.log(`  skipped: ${p}`);
  for (const f of score.flaggedExamples.slice(0, 20)) console.log(`  wrongly flagged: ${f}`);
  return {
    name: "verify-planted",
    rows: [
      {
        section: "verify",
        metric: "planted set: articles / planted errors",
        value: `${score.articles} / ${score.plants}`,
        target: "≥ 40 articles",
        pass: score.articles >= 40,
      },
      ...KINDS.map((k) => {
        const s = score.perKind[k];
        return {
          section: "verify",
          metric: `planted ${k}: planted / caught / published (unflagged)`,
          value: `${s.planted} / ${s.caught} / ${s.published} (${s.unflagged})`,
          target: "published 0",
          pass: s.planted > 0 && s.published === 0,
        };
      }),
      {
        section: "verify",
        metric: "planted set: supported claims wrongly flagged",
        value: `${pct(score.wronglyFlaggedShare)} (${score.wronglyFlagged}/${score.supportedClaims})`,
        target: "≤ 2 %",
        pass: score.wronglyFlaggedShare <= 0.02,
      },
    ],
    details: { ...score },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchVerifyPlanted();
