// Distinct articles for the run-scale bench, remixed from the demo pages: every article gets a title
// made of three title fragments and a body of paragraphs drawn (seeded) from the pool of every demo
// page's paragraphs, so two articles share little text and dedup keeps them apart, as on a real day.
// Pages keep the WeChat page shape of one demo page (so reading costs what a real page costs).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../src/dedup/testdata/generate-articles.ts";
import { readDemoManifest, resolveDemoDir } from "../src/demo/index.ts";

/** The public host the bench's pages and feeds claim to be on (routed to 127.0.0.1, never paced). */
export const RUN_SCALE_HOST = "bench.daybrief.invalid";

export interface DayCorpus {
  date: string;
  /** Feed XML per source id. */
  feeds: Map<string, string>;
  /** Page HTML by path (/p/<date>/<index>). */
  page(path: string): string | undefined;
}

interface Pool {
  skeleton: { head: string; tail: string; title: string; id: string; ct: string };
  paragraphs: string[];
  fragments: string[];
  /** CJK characters of the pages' text: the alphabet of each article's own subject name. */
  hanzi: string[];
}

let cached: Pool | undefined;

function loadPool(): Pool {
  if (cached) return cached;
  const dir = resolveDemoDir();
  const manifest = readDemoManifest(dir);
  const paragraphs: string[] = [];
  const fragments = new Set<string>();
  const hanzi = new Set<string>();
  let skeleton: Pool["skeleton"] | undefined;
  for (const item of manifest.items) {
    if (item.kind === "deleted" || item.kind === "verification") continue;
    const html = readFileSync(join(dir, item.page), "utf8");
    const title = html.match(/<meta property="og:title" content="([^"]+)"/)?.[1];
    for (const p of html.match(/<p style="margin: 0px 8px 24px;[^"]*"><span leaf="">[^\n]*?<\/p>/g) ?? [])
      paragraphs.push(p);
    for (const c of html.replace(/<[^>]+>/g, "").match(/[\u4e00-\u9fff]/g) ?? []) hanzi.add(c);
    for (const f of (title ?? "").split(/[，：:“”、,！？|（）()\s]+/)) if (f.length >= 2) fragments.add(f);
    const open = html.indexOf('id="js_content"');
    const close = html.indexOf('<p style="display: none;">', open);
    if (!skeleton && title && open > 0 && close > 0) {
      const ct = html.match(/var ct = "(\d+)"/)?.[1] ?? "0";
      skeleton = {
        head: html.slice(0, html.indexOf(">", open) + 1),
        tail: html.slice(close),
        title,
        id: `daybrief-demo-${item.slug}`,
        ct,
      };
    }
  }
  if (!skeleton || paragraphs.length < 20) throw new Error("demo pages have no usable WeChat skeleton");
  // Characters findCjkOrgNames reads as grammar, not as part of a name, are left out.
  for (const c of "的了是有在和与及共为把被将由让从对向给等") hanzi.delete(c);
  cached = { skeleton, paragraphs, fragments: [...fragments], hanzi: [...hanzi] };
  return cached;
}

function seedOf(date: string, index: number): number {
  return createHash("sha1").update(`${date}#${index}`).digest().readUInt32LE(0);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

interface Generated {
  title: string;
  summary: string;
  html: string;
  url: string;
  publishedAt: Date;
}

/**
 * A per-article renaming of Latin letters and digits: model names and figures (GLM-5V, 78.2%) become
 * the article's own (QXR-3B, 14.6%), so articles that draw the same paragraph do not share the names
 * and figures that make dedup call two articles one story. Tags and character references are kept.
 */
function renamer(next: () => number): (text: string) => string {
  const shuffled = (alphabet: string) => {
    const chars = [...alphabet];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    return new Map([...alphabet].map((c, i) => [c, chars[i]!]));
  };
  const map = new Map([
    ...shuffled("abcdefghijklmnopqrstuvwxyz"),
    ...shuffled("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ...shuffled("123456789"),
  ]);
  const swap = (text: string) => text.replace(/&#?\w+;|[A-Za-z1-9]/g, (c) => map.get(c) ?? c);
  return (html) => html.replace(/>([^<]+)</g, (_, text: string) => `>${swap(text)}<`);
}

const SUBJECT_SUFFIXES = ["科技", "实验室", "研究院", "集团"];
const SUBJECT_VERBS = ["发布", "推出", "宣布", "公布"];

function generate(pool: Pool, date: string, index: number, sourceName: string): Generated {
  const next = mulberry32(seedOf(date, index));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const rename = renamer(next);
  // Each article's own subject (an org-like name from two random characters, 星汉科技): real titles
  // of different stories name different subjects. Without it, titles drawn from a few dozen
  // fragments share two of three at 10k and dedup merges ~9 % of a day that should stay apart.
  const subject = `${pick(pool.hanzi)}${pick(pool.hanzi)}${pick(SUBJECT_SUFFIXES)}`;
  const raw = `${subject}${pick(SUBJECT_VERBS)}${pick(pool.fragments)}：${pick(pool.fragments)}，${pick(pool.fragments)}`;
  const title = `${rename(`>${raw}<`).slice(1, -1)}（${index}）`;
  const body: string[] = [];
  const count = 6 + Math.floor(next() * 6);
  for (let i = 0; i < count; i++) body.push(rename(pick(pool.paragraphs)));
  // Spread over the day in Beijing time (UTC+8): 00:30 … 23:30.
  const minutes = 30 + Math.floor(next() * 23 * 60);
  const publishedAt = new Date(Date.parse(`${date}T00:00:00+08:00`) + minutes * 60_000);
  const id = `bench-${date}-${index}`;
  const url = `https://${RUN_SCALE_HOST}/p/${date}/${index}`;
  const ct = String(Math.floor(publishedAt.getTime() / 1000));
  const { skeleton } = pool;
  const html = `${skeleton.head}\n${body.join("\n")}\n${skeleton.tail}`
    .split(skeleton.title)
    .join(title)
    .split(skeleton.id)
    .join(id)
    .split(`"${skeleton.ct}"`)
    .join(`"${ct}"`)
    .replace(/机器之心(?=\s*<\/a>)/, sourceName);
  const summary = body[0]!.replace(/<[^>]+>/g, "").slice(0, 80);
  return { title, summary, html, url, publishedAt };
}

/** One article of a day's corpus as dedup reads it (title and plain text), for benches of dedup alone. */
export function generateArticleText(date: string, index: number): { title: string; text: string } {
  const g = generate(loadPool(), date, index, `号${index}`);
  const body = g.html.slice(g.html.indexOf('id="js_content"'));
  const text = body
    .replace(/<p style="display: none;">[\s\S]*$/, "")
    .replace(/<\/p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&#?\w+;/g, " ");
  return { title: g.title, text: text.slice(text.indexOf(">") + 1).trim() };
}

/** The day's corpus: `articles` distinct articles spread over `sources` feeds (source ids s0…). */
export function buildDayCorpus(date: string, articles: number, sources: number): DayCorpus {
  const pool = loadPool();
  const items = new Map<string, string[]>();
  for (let s = 0; s < sources; s++) items.set(`s${s}`, []);
  const pages = new Map<number, { source: number }>();
  for (let index = 0; index < articles; index++) {
    const source = index % sources;
    const g = generate(pool, date, index, `号${source}`);
    pages.set(index, { source });
    items
      .get(`s${source}`)!
      .push(
        `<item><title>${escapeXml(g.title)}</title><link>${g.url}</link><guid isPermaLink="false">${g.url}</guid>` +
          `<pubDate>${g.publishedAt.toUTCString()}</pubDate><description>${escapeXml(g.summary)}</description></item>`,
      );
  }
  const feeds = new Map<string, string>();
  for (const [id, blocks] of items)
    feeds.set(
      id,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<rss version="2.0"><channel><title>${id}</title><link>https://${RUN_SCALE_HOST}/</link><description>bench</description>`,
        ...blocks,
        "</channel></rss>",
      ].join("\n"),
    );
  return {
    date,
    feeds,
    page(path) {
      const match = path.match(/^\/p\/(\d{4}-\d{2}-\d{2})\/(\d+)$/);
      if (!match || match[1] !== date) return undefined;
      const index = Number(match[2]);
      const entry = pages.get(index);
      return entry ? generate(pool, date, index, `号${entry.source}`).html : undefined;
    },
  };
}

/**
 * Article `index` of `date` as a bench stores it without reading pages (stored history, dedup
 * alone): the corpus's title and text, source `s<index % sources>`, its URL under `urlPrefix`.
 */
export function storedBenchArticle(date: string, index: number, urlPrefix: string, sources: number) {
  const { title, text } = generateArticleText(date, index);
  const url = `${urlPrefix}/${date}/${index}`;
  const publishedAt = `${date}T02:00:00.000Z`;
  return {
    sourceId: `s${index % sources}`,
    url,
    originalUrl: url,
    title,
    publishedAt,
    firstSeenAt: publishedAt,
    html: "",
    contentHash: `${date}-${index}`,
    text,
    links: [],
    status: "ok" as const,
  };
}
