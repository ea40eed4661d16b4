import { findActors, findCjkOrgNames } from "../model/news-actor.ts";
import { makerOf, resolveOrg } from "../model/org-aliases.ts";
import { type Entities, extractEntities, foldName } from "./extract-entities.ts";
import { detectPhase, extractFigures, isRepost, type StoryPhase } from "./extract-facts.ts";
import { hashString } from "./hash32.ts";
import { computeMinHash, DEFAULT_PERMUTATIONS } from "./minhash.ts";
import { DEFAULT_MAX_CHARS, DEFAULT_SHINGLES, type ShingleMode, shingleHashes } from "./shingles.ts";
import { titleTokens } from "./title-similarity.ts";

/** One article as dedup sees it: plain fields the pipeline copies from `Article`. */
export interface ClusterInput {
  id: number;
  title: string;
  text: string;
  /** Canonical URL. */
  url: string;
  originalUrl?: string;
  /** The URL the page declares for itself (og:url, msg_link): the other shape of a WeChat link. */
  declaredUrl?: string;
  guid?: string;
  contentHash?: string;
  sourceId: string;
  sourceName?: string;
  /** The account the page names (WeChat #js_name): a copy names the original's account. */
  account?: string;
  /** ISO 8601 UTC. */
  publishedAt: string;
}

export interface FeatureOptions {
  shingles?: ShingleMode;
  permutations?: number;
  maxChars?: number;
}

/** Everything pair scoring needs, computed once per article. */
export interface ArticleFeatures {
  minhash: Uint32Array;
  titleTokens: Set<string>;
  /** Entities of the title alone (for the "different releases" veto). */
  titleEntities: Entities;
  /** Entities of the title and the lead paragraph. */
  entities: Entities;
  figures: Set<string>;
  /** Sorted hashes of titleTokens, entities.all and figures: pair scoring intersects these. */
  keys: { title: Uint32Array; entities: Uint32Array; figures: Uint32Array };
  phase: StoryPhase;
  /** Who acts in the news (model/news-actor.ts), folded: the subject a follow-up must share. */
  actors: Set<string>;
  /** Org-like CJK names of the title (月影科技): two titles naming different ones are two stories. */
  titleNames: string[];
  /** Sums of money the title names, folded by currency ("cny:10亿", "usd:2亿"): a round's size. */
  titleMoney: string[];
  repost: boolean;
  /** Length of the body in characters, for choosing the richest article. */
  length: number;
}

/** How much of the body counts as its lead (entities beyond it are often background). */
const LEAD_CHARS = 200;

export function computeFeatures(
  input: { title: string; text: string },
  options: FeatureOptions = {},
): ArticleFeatures {
  const hashes = shingleHashes(
    input.text.trim().length > 0 ? input.text : input.title,
    options.shingles ?? DEFAULT_SHINGLES,
    options.maxChars ?? DEFAULT_MAX_CHARS,
  );
  const titleEntities = extractEntities(input.title);
  const tokens = titleTokens(input.title);
  const entities = extractEntities(`${input.title}\n${input.text.slice(0, LEAD_CHARS)}`);
  // The actors are entities too: a lab the entity list does not know (月影科技) still identifies
  // a story, which matters most in short feed-only text.
  const actors = actorKeys(input.title, input.text);
  // Only the names the entity list cannot know (known orgs and Latin names are in it already).
  for (const actor of actors)
    if (/[\u4e00-\u9fff]/.test(actor) && !resolveOrg(actor)) entities.all.add(`actor:${actor}`);
  const figures = extractFigures(input.text);
  return {
    minhash: computeMinHash(hashes, options.permutations ?? DEFAULT_PERMUTATIONS),
    titleTokens: tokens,
    titleEntities,
    entities,
    figures,
    keys: { title: hashKeys(tokens), entities: hashKeys(entities.all), figures: hashKeys(figures) },
    phase: detectPhase(`${input.title} ${input.text.slice(0, 80)}`),
    actors,
    titleNames: findCjkOrgNames(input.title),
    titleMoney: moneyOf(input.title),
    repost: isRepost(input.title, input.text),
    length: input.text.length,
  };
}

/**
 * Folded names of the news' actors ("OpenAI", "openai" are one key); a product acting ("GLM-5V
 * 公布报告") stands for its maker as well.
 */
export function actorKeys(title: string, text: string): Set<string> {
  const keys = new Set<string>();
  for (const a of findActors(title, text)) {
    keys.add(foldName(resolveOrg(a.name) ?? a.name));
    const maker = resolveOrg(a.name) ? undefined : makerOf(a.name);
    if (maker) keys.add(foldName(maker));
  }
  return keys;
}

const MONEY = /(\d+(?:\.\d+)?)\s*(万亿|亿|万)?\s*(美元|元|人民币)?/g;

/**
 * Sums of money in a title, one spelling per amount: 10亿, 10 亿元 and 10亿人民币 are "cny:10亿";
 * 2亿美元 is "usd:2亿". A bare number is no sum (it needs 亿/万 or a currency).
 */
export function moneyOf(title: string): string[] {
  const out = new Set<string>();
  for (const m of title.normalize("NFKC").matchAll(MONEY)) {
    const [, value, scale = "", currency = ""] = m;
    if (!scale && !currency) continue;
    out.add(`${currency === "美元" ? "usd" : "cny"}:${Number(value)}${scale}`);
  }
  return [...out];
}

/** Sorted distinct 32-bit hashes of strings (a collision merely counts two tokens as one). */
export function hashKeys(values: Iterable<string>): Uint32Array {
  const hashes: number[] = [];
  for (const v of values) hashes.push(hashString(v));
  const sorted = Uint32Array.from(hashes).sort();
  // Distinct, in place (sorted: equal hashes are neighbours).
  let kept = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  return kept === sorted.length ? sorted : sorted.slice(0, kept);
}

/** Size of the intersection of two sorted distinct arrays (of b, only b[from, to)). */
export function countShared(a: Uint32Array, b: Uint32Array, from = 0, to = b.length): number {
  let i = 0;
  let j = from;
  let shared = 0;
  while (i < a.length && j < to) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
