// Quality of the default (offline) briefing on a labelled set: 22 demo pages + articles of our own
// (bench/quality-set/). Labels were written before the analyser was tuned. Run alone:
//   node --import tsx bench/quality.ts
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createOfflineAnalyser } from "../src/analyse/index.ts";
import { extractPage, pageFromFeedItem } from "../src/extract/index.ts";
import type { Article, Briefing, BriefingItem, Bullet, Entry } from "../src/model/index.ts";
import { renderHtml, renderJson, renderMarkdown } from "../src/render/index.ts";
import { parseFeed } from "../src/sources/index.ts";
import { verifyEntry } from "../src/verify/index.ts";
import type { BenchRow, BenchSection } from "./report.ts";

interface Labels {
  kind: string;
  news: string[];
  actor: string[];
  figures: string[];
  stars: [number, number];
  feedOnly?: boolean;
  /** The feed text is itself a deletion / violation / verification notice. */
  notice?: boolean;
  /** What the article is about (a product, model, method): the summary names one of these. */
  subject?: string[];
  /** Links the article carries that are promotion (newsletter, 交流群, share): never in 相关资源. */
  adlinks?: string[];
  /** Fragments of a limit or caution the article states: one reaches 独家洞察. */
  insight?: string[];
}

interface Case {
  id: string;
  labels: Labels;
  article: Article;
}

const SET = new URL("./quality-set/", import.meta.url);
const DEMO = new URL("../demo/2026-02-04/", import.meta.url);

/** The words a bullet must not start with unless it names what they refer to. */
const ANAPHOR = /^(?:这|该|其|上述|此外|不过|但|而|同时|另外|因此|所以|对此|它|他|她|此|那)/;
const DANGLING_END = /[：:，,；;、]$/;
/** A bullet that only announces what follows ("报告给出了几组数据。", "问题也很明显。"). */
const EMPTY =
  /^.{0,24}(?:(?:给出|列出|提出)了?.{0,6}(?:几|一些|以下)(?:组|个|点|项)|问题也?很?明显|如下)[^，。]{0,10}[。：:]?$|^[^，。\d]{2,12}(?:并不|很|非常|相当|也|更)?(?:复杂|简单|直接|有趣)[。！]?$/;
// 星标 after a count ("约 10 万星标") is a repository's stars, not "设为星标".
const AD =
  /扫码|二维码|(?<![受得到])关注(?!度)|订阅|推荐阅读|作者简介|点击|交流群|小助手|转载|(?<![\d万千]\s*)星标|阅读原文|招聘|投递简历/;

/**
 * A back-reference in a summary's first sentence, which has nothing before it: a demonstrative with
 * a noun of an earlier sentence (这个问题, 这件事, 这一现象), unless a quote in front fills it (“…”这个问题),
 * or a contrast marker after the topic ("X，则…"). Written apart from the analyser's own rules.
 */
function danglingReference(summary: string): string | undefined {
  const first = summary.split(/(?<=[。！？!?])/)[0] ?? "";
  const demonstrative = first.match(
    /(?<!”)(?:这|那|该|此)(?:个|件|一|种|类|些)?(?:问题|事情?|现象|难题|困境|疑问|说法|争议|趋势)/,
  );
  if (demonstrative) return demonstrative[0];
  const contrast = first.match(/^[^，,。]{2,40}[，,]\s*则/);
  if (contrast) return "，则";
  // A pronoun with nothing before it, after at most a short phrase ("三年来，它…").
  const pronoun = first.match(/^(?:[^，,。]{1,8}[，,]\s*)?(它|他|她|其)(?!们|中|他|实|次|余)/);
  return pronoun ? pronoun[1] : undefined;
}

/**
 * Figures as a reader sees them (23.7%, 0.91, 4035 篇, 3200 道, 100 多个, 370 万美元), spaces squashed; years and
 * versioned names (Opus 4.5, Xcode 26.3) left out. Written apart from the analyser's own rules.
 */
function readerFigures(text: string): string[] {
  const bare = text
    .replace(/\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日/g, " ")
    .replace(/[A-Za-z][A-Za-z-]*[\s-]?(?:[1-9]\d*)\.\d+/g, " ");
  const found =
    bare.match(
      /\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:%|％|个百分点|倍|分(?!钟)|万美元|亿美元|美元|万元|亿元|元|万|亿|个|篇|道|份|条|次|人|小时|天|张|台|笔)|\d+\.\d+/g,
    ) ?? [];
  return found.map(squash);
}

/** The figures a headline states with a unit or as a decimal score (GenEval刷到0.91, 23.7%, 98篇). */
function headlineFiguresOf(title: string): string[] {
  return readerFigures(title).filter((f) => /\D$/.test(f) || /^0\./.test(f) || /\d\.\d/.test(f));
}

/** "在 DPG-Bench 上得分 87.44", "早期亏了 20 美元": a result whose subject is in another sentence. */
const SUBJECTLESS_RESULT =
  /^(?:在[^，。；]{1,30}?(?:上|中)[，,]?\s*(?:得分|拿到|取得|达到|获得|只有|仅)|(?:早期|最终|随后)?(?:亏了|赚了|拿到|得分))/;
/** A lead-in before the fact ("结果显示，", "结果相当扎心："): the bullet should start at the fact. */
const LEAD_IN_BULLET =
  /^(?:(?:结果|实验|数据)(?:显示|表明)[，,]|[^，。：:\d]{0,10}(?:扎心|惊人|意外|直观)[：:])/;
/** A bullet that asks (an interviewer's "问：…？"), or hides a back-reference behind a reporting opener ("据介绍，这一方法…"). */
const ASKS_OR_HIDES =
  /[？?]$|^(?:据介绍|据悉|据了解|需要注意的是|值得注意的是|具体来看)[，,]\s*(?:这|该|其|它|他|她|此)/;
/** A plan stated in a result bullet ("目标是年内积累 10 万小时", "计划明年量产"): what will be, not a result. */
const PLAN_RESULT = /计划|目标是|打算|将(?:主要)?用于/;
/** CJK punctuation in an English article's summary (a "。" after Latin text). */
const CJK_PUNCTUATION = /[。，；：！？]/;
/** Two label colons in one bullet ("思路非常直接：趋势拟合去偏：…"): a list intro glued to a labelled item. */
const DOUBLE_LABEL = /[：:][^。，；：:]{1,16}[：:]/;

export async function benchQuality(): Promise<BenchSection> {
  const cases = [...loadDemoCases(), ...loadOwnCases()];
  const analyser = createOfflineAnalyser();
  const tally = {
    summary: [0, 0],
    standalone: [0, 0],
    org: [0, 0],
    bullets: [0, 0],
    figures: [0, 0],
    stars: [0, 0],
    feedOnly: [0, 0],
    notices: [0, 0],
    headline: [0, 0],
    repeats: [0, 0],
    labels: [0, 0],
    subjects: [0, 0],
    echoes: [0, 0],
    asks: [0, 0],
    plans: [0, 0],
    english: [0, 0],
    subject: [0, 0],
    resources: [0, 0],
    insight: [0, 0],
    grounded: [0, 0],
    lists: [0, 0],
  };
  // Articles written after the analyser was tuned: measured apart. holdout-v8-*.md were written (and
  // labelled) for the v8 round before its changes, holdout-v7-*.md for v7, holdout-*.md for earlier rounds.
  const heldOut = structuredClone(tally);
  const heldOutV7 = structuredClone(tally);
  const heldOutV8 = structuredClone(tally);
  let current = "";
  const count = (key: keyof typeof tally, ok: boolean) => {
    const groups = current.includes("/holdout-v8-")
      ? [tally, heldOutV8]
      : current.includes("/holdout-v7-")
        ? [tally, heldOutV7]
        : current.includes("/holdout-")
          ? [tally, heldOut]
          : [tally];
    for (const t of groups) {
      t[key][1]!++;
      if (ok) t[key][0]!++;
    }
  };
  const misses: string[] = [];
  const perCase: Record<string, unknown>[] = [];
  for (const c of cases) {
    const { labels } = c;
    current = c.id;
    if (labels.notice) {
      const recognised = c.article.status !== "feed-only" && c.article.status !== "ok";
      count("notices", recognised);
      if (!recognised) misses.push(`${c.id}: notice published as an article`);
      perCase.push({ id: c.id, notice: recognised, status: c.article.status });
      continue;
    }
    const outcome = await analyser.analyse(c.article, { sourceName: c.article.account ?? "测试源" });
    if (outcome.status !== "ok") {
      misses.push(`${c.id}: analysis ${outcome.status}`);
      continue;
    }
    const verified = verifyEntry(outcome.entry, {
      text: c.article.text,
      html: c.article.html,
      links: c.article.links,
      title: c.article.title,
      publisher: c.article.account,
      feedOnly: c.article.status === "feed-only",
    });
    const checked = verified.entry;
    // Every offline sentence is the article's own (cut, joined, a name put back): every claim grounded.
    // A fixture's link words are not in its text as a page's anchors are: a resource title's name is
    // checked by the verifier alone (it drops the title, keeps the link).
    const unsupported = verified.claims.filter(
      (cl) => cl.status !== "supported" && !(cl.kind === "name" && cl.where.endsWith(".title")),
    );
    count("grounded", unsupported.length === 0);
    if (unsupported.length > 0)
      misses.push(
        `${c.id}: claims not grounded: ${unsupported.map((cl) => `${cl.kind} ${cl.value}`).join(" | ")}`,
      );
    const row: Record<string, unknown> = { id: c.id, kind: labels.kind, summary: checked.summary };

    if (labels.news.length > 0) {
      const ok = labels.news.some((n) => squash(checked.summary).includes(squash(n)));
      count("summary", ok);
      if (!ok) misses.push(`${c.id}: summary not the news: ${checked.summary}`);
      row.summaryOk = ok;
    }
    {
      // Every published summary, labelled or not: its first sentence has nothing before it to point at.
      const dangling = danglingReference(checked.summary);
      count("standalone", !dangling);
      if (dangling) misses.push(`${c.id}: summary points back (${dangling}): ${checked.summary}`);
    }
    if (labels.subject && labels.subject.length > 0) {
      const ok = labels.subject.some((n) =>
        squash(checked.summary).toLowerCase().includes(squash(n).toLowerCase()),
      );
      count("subject", ok);
      if (!ok) misses.push(`${c.id}: summary does not name ${labels.subject.join("/")}: ${checked.summary}`);
    }
    {
      // 相关资源 lists only what the article links or writes out, and no promotion link.
      const given = [...c.article.links.map((l) => l.href), c.article.text].join("\n");
      const foreign = checked.resources.filter(
        (r) => !given.includes(linkKey(r.url)) || (labels.adlinks ?? []).includes(r.url),
      );
      count("resources", foreign.length === 0);
      if (foreign.length > 0)
        misses.push(
          `${c.id}: 相关资源 not linked by the article, or promotion: ${foreign.map((r) => r.url).join(" ")}`,
        );
    }
    if (labels.insight && labels.insight.length > 0) {
      const text = flatten(checked.insights.bullets).map(squash).join("\n");
      const ok = labels.insight.some((f) => text.includes(squash(f)));
      count("insight", ok);
      if (!ok) misses.push(`${c.id}: 独家洞察 lacks the article's limit (${labels.insight.join(" / ")})`);
    }
    if (labels.actor.length > 0) {
      const ok = labels.actor.some((a) => checked.org.toLowerCase().includes(a.toLowerCase()));
      count("org", ok);
      if (!ok) misses.push(`${c.id}: org ${checked.org} (actor ${labels.actor.join("/")})`);
      row.org = checked.org;
    }
    const bullets = [checked.core, checked.results, checked.insights].flatMap((s) => flatten(s.bullets));
    const bad = bullets.filter(
      (b) => DANGLING_END.test(b.trim()) || ANAPHOR.test(b.trim()) || AD.test(b) || EMPTY.test(b.trim()),
    );
    const repeated = bullets.length - new Set(bullets).size;
    count("bullets", bad.length === 0 && repeated === 0);
    if (bad.length > 0 || repeated > 0)
      misses.push(`${c.id}: bad bullets: ${bad.join(" | ")}${repeated ? ` (+${repeated} repeated)` : ""}`);

    // The headline's figure, when the article states it, is in the summary.
    const stated = headlineFiguresOf(c.article.title).filter((f) => squash(c.article.text).includes(f));
    if (stated.length > 0) {
      const ok = stated.some((f) => squash(checked.summary).includes(f));
      count("headline", ok);
      if (!ok)
        misses.push(`${c.id}: summary lacks the headline figure (${stated.join(", ")}): ${checked.summary}`);
    }
    // No bullet only repeats figures other bullets state.
    const figureSets = bullets.map((b) => readerFigures(b));
    const repeating = bullets.filter((_b, i) => {
      const own = figureSets[i]!;
      const others = new Set(figureSets.flatMap((f, j) => (j === i ? [] : f)));
      return (
        own.length > 0 && own.every((f) => others.has(f)) && figureSets.some((f, j) => j < i && f.length > 0)
      );
    });
    count("repeats", repeating.length === 0);
    if (repeating.length > 0)
      misses.push(`${c.id}: bullets only repeating figures: ${repeating.join(" | ")}`);
    {
      // A labelled list (consecutive "名称：…" lines) is shown whole or not at all.
      const shown = squash(bullets.join("\n"));
      const partial = labelledListsOf(c.article.text).filter((items) => {
        const n = items.filter((item) => shown.includes(squash(item).slice(0, 14))).length;
        return n > 0 && n < Math.min(items.length, 5);
      });
      count("lists", partial.length === 0);
      if (partial.length > 0)
        misses.push(`${c.id}: labelled list shown in part: ${partial.map((l) => l.join(" / ")).join(" | ")}`);
    }
    const glued = bullets.filter((b) => DOUBLE_LABEL.test(b.split(/[。！？]/)[0] ?? ""));
    count("labels", glued.length === 0);
    if (glued.length > 0) misses.push(`${c.id}: bullets with two label colons: ${glued.join(" | ")}`);
    // 核心技术/独家洞察 do not repeat the summary; no bullet opens with a lead-in.
    const echoes = [checked.core, checked.insights]
      .flatMap((sec) => flatten(sec.bullets))
      .filter((b) => squash(checked.summary).includes(squash(b)))
      .concat(bullets.filter((b) => LEAD_IN_BULLET.test(b)));
    count("echoes", echoes.length === 0);
    if (echoes.length > 0)
      misses.push(`${c.id}: bullets echoing the summary or opening with a lead-in: ${echoes.join(" | ")}`);
    const subjectless = flatten(checked.results.bullets).filter((b) => SUBJECTLESS_RESULT.test(b));
    count("subjects", subjectless.length === 0);
    if (subjectless.length > 0)
      misses.push(`${c.id}: results without their subject: ${subjectless.join(" | ")}`);

    const asking = bullets.filter((b) => ASKS_OR_HIDES.test(b.trim()));
    count("asks", asking.length === 0);
    if (asking.length > 0)
      misses.push(`${c.id}: bullets asking or hiding a back-reference: ${asking.join(" | ")}`);
    const plans = flatten(checked.results.bullets).filter((b) => PLAN_RESULT.test(b));
    count("plans", plans.length === 0);
    if (plans.length > 0) misses.push(`${c.id}: plans in 实验数据: ${plans.join(" | ")}`);
    // An English article's summary is English: no CJK punctuation glued to it.
    if ((c.article.text.match(/[\u4e00-\u9fff]/g) ?? []).length < 6) {
      const ok = !CJK_PUNCTUATION.test(checked.summary);
      count("english", ok);
      if (!ok) misses.push(`${c.id}: English summary with CJK punctuation: ${checked.summary}`);
    }
    const results = flatten(checked.results.bullets).map(squash).join("\n");
    for (const figure of labels.figures) {
      if (!squash(c.article.text).includes(squash(figure))) continue;
      count("figures", results.includes(squash(figure)));
      if (!results.includes(squash(figure))) misses.push(`${c.id}: figure ${figure} not in 实验数据`);
    }
    const [lo, hi] = labels.stars;
    count("stars", checked.stars >= lo && checked.stars <= hi);
    if (checked.stars < lo || checked.stars > hi)
      misses.push(`${c.id}: ★${checked.stars} outside ${lo}–${hi}`);
    row.stars = checked.stars;

    const feedOnly = c.article.status === "feed-only";
    const outputs = renderAll(checked, feedOnly);
    const marked = outputs.every((o) => o.includes("仅摘要"));
    const unmarked = outputs.every((o) => !o.includes("仅摘要"));
    if (feedOnly) {
      count("feedOnly", marked);
      if (!marked) misses.push(`${c.id}: feed-only entry not marked 仅摘要 in every output`);
    } else if (!unmarked) misses.push(`${c.id}: full-text entry marked 仅摘要`);
    perCase.push(row);
  }

  const rate = (k: keyof typeof tally) => (tally[k][1]! === 0 ? 1 : tally[k][0]! / tally[k][1]!);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (metric: string, k: keyof typeof tally, target: number): BenchRow => ({
    section: "quality",
    metric: `${metric} (${tally[k][0]}/${tally[k][1]})`,
    value: pct(rate(k)),
    target: `≥ ${target * 100} %`,
    pass: rate(k) >= target,
  });
  for (const m of misses) console.log(`  quality miss: ${m}`);
  return {
    name: "quality",
    rows: [
      { section: "quality", metric: "articles (demo + own)", value: cases.length },
      row("summary = a labelled news sentence", "summary", 0.85),
      row("summaries with no back-reference they do not carry (这个问题, 这件事, …，则)", "standalone", 1),
      row("org = actor", "org", 0.9),
      row("entries without dangling/anaphoric/ad/empty bullets", "bullets", 1),
      row("labelled figures reaching 实验数据", "figures", 0.8),
      row("★ within the labelled band", "stars", 0.85),
      row("feed-only entries marked 仅摘要 (md, html, json)", "feedOnly", 1),
      row("notice feed texts not published", "notices", 1),
      row("summaries stating the headline's figure (when the article states it)", "headline", 0.8),
      row("entries with no bullet only repeating other bullets' figures", "repeats", 0.95),
      row("entries with no bullet of two label colons (intro：label：…)", "labels", 1),
      row("entries whose 实验数据 bullets keep their subject (no bare 在 X 上得分 …)", "subjects", 1),
      row(
        "entries with no bullet echoing the summary (核心技术/独家洞察) or opening with a lead-in",
        "echoes",
        0.9,
      ),
      row("entries with no question bullet nor a back-reference behind 据介绍，/需要注意的是，", "asks", 1),
      row("entries whose 实验数据 states no plan (计划, 目标是, 将用于)", "plans", 1),
      row("English articles whose summary has no CJK punctuation", "english", 1),
      row("summaries naming what the article is about (labelled subject)", "subject", 0.9),
      row("entries whose 相关资源 the article links, with no promotion link", "resources", 1),
      row("entries whose 独家洞察 carries the article's stated limit (labelled)", "insight", 0.8),
      row("entries with every claim grounded in the article (verification)", "grounded", 1),
      row("entries showing each labelled list (名称：… lines) whole or not at all", "lists", 0.95),
      ...heldOutRows("held-out (earlier rounds)", heldOut),
      ...heldOutRows("held-out (v7 round, written before its changes)", heldOutV7),
      ...heldOutRows("held-out (v8 round, written before its changes)", heldOutV8),
    ],
    details: { tally, heldOut, heldOutV7, heldOutV8, misses, cases: perCase },
  };
}

/** Runs of two or more consecutive labelled lines ("领域知识推理：…") in an article's text. */
function labelledListsOf(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const line of text.split(/\n+/).map((l) => l.trim())) {
    if (/^[^，,。；;：:\d的]{2,12}(?<!是)[：:]\S/.test(line) && !/https?:/.test(line)) run.push(line);
    else {
      if (run.length >= 2) out.push(run);
      run = [];
    }
  }
  if (run.length >= 2) out.push(run);
  return out;
}

/** What an article must contain for a listed URL: an arXiv id, a GitHub repository, else the URL itself. */
function linkKey(url: string): string {
  const arxiv = url.match(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/);
  if (arxiv) return arxiv[1]!;
  const repo = url.match(/github\.com\/[^/]+\/[^/?#]+/);
  if (repo) return repo[0];
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/** One row per metric a held-out group measured: its own pass count, apart from the whole set. */
function heldOutRows(group: string, t: Record<string, number[]>): BenchRow[] {
  return Object.entries(t)
    .filter(([, [, n]]) => n! > 0)
    .map(([k, [ok, n]]) => ({ section: "quality", metric: `${group}: ${k}`, value: `${ok}/${n}` }));
}

function renderAll(entry: Entry, feedOnly: boolean): string[] {
  const item: BriefingItem = {
    entry,
    sourceId: "bench",
    sourceName: "bench",
    sourceOrder: 0,
    url: "https://example.com/a",
    publishedAt: "2026-02-04T03:00:00Z",
    analyser: { kind: "offline", name: "offline-extractive", promptVersion: "offline-v8" },
    ...(feedOnly ? { articleStatus: "feed-only" } : {}),
  };
  const briefing: Briefing = {
    date: "2026-02-04",
    timezone: "Asia/Shanghai",
    generatedAt: "2026-02-04T12:00:00Z",
    items: [item],
    coverage: [],
    analysers: [],
    minStars: 1,
    notes: [],
  };
  return [renderMarkdown(briefing), renderHtml(briefing), renderJson(briefing)];
}

function flatten(bullets: Bullet[]): string[] {
  return bullets.flatMap((b) => [b.text, ...flatten(b.children ?? [])]);
}

const squash = (s: string) => s.replace(/\s+/g, "");

function loadDemoCases(): Case[] {
  const labels = JSON.parse(readFileSync(new URL("demo-labels.json", SET), "utf8")) as Record<string, Labels>;
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", DEMO), "utf8")) as {
    timeZone: string;
    sources: { id: string; name: string; feed: string }[];
    items: { slug: string; source: string; title: string; url: string; page: string; kind: string }[];
  };
  const feeds = new Map(
    manifest.sources.map((s) => [
      s.id,
      parseFeed(readFileSync(new URL(s.feed, DEMO), "utf8"), {
        url: "https://example.com/feed",
        timeZone: "UTC",
      }),
    ]),
  );
  return manifest.items.map((item) => {
    const page = extractPage(readFileSync(new URL(item.page, DEMO), "utf8"), { url: item.url });
    const feedItem = feeds.get(item.source)!.items.find((i) => i.url === item.url)!;
    const source = manifest.sources.find((s) => s.id === item.source)!;
    let status: Article["status"] = "ok";
    let read = page;
    // As the pipeline does: a page that is not an article leaves the feed's own content, and the
    // feed's text may itself be a notice.
    if (page.kind !== "article") {
      read = pageFromFeedItem(feedItem);
      const unread = (kind: typeof page.kind) => kind === "verification" || kind === "unavailable";
      const fromFeed = read.kind === "article" ? "feed-only" : unread(read.kind) ? "failed" : read.kind;
      status = unread(page.kind) ? fromFeed : page.kind;
    }
    const article = toArticle(item.slug, item.title, read.account ?? source.name, read.text, status);
    article.links = read.links;
    article.html = read.html;
    // The deleted page's feed text is what the notice label is about: it must be recognised too.
    if (item.kind === "deleted") {
      const fromFeed = pageFromFeedItem(feedItem);
      article.status =
        fromFeed.kind === "article"
          ? "feed-only"
          : fromFeed.kind === "verification" || fromFeed.kind === "unavailable"
            ? "failed"
            : fromFeed.kind;
    }
    return { id: `demo/${item.slug}`, labels: labels[item.slug]!, article };
  });
}

function loadOwnCases(): Case[] {
  const dir = new URL("articles/", SET);
  return readdirSync(fileURLToPath(dir))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const raw = readFileSync(new URL(file, dir), "utf8");
      const split = raw.indexOf("\n---\n");
      const header = new Map<string, string[]>();
      for (const line of raw.slice(0, split).split("\n")) {
        const at = line.indexOf(":");
        const key = line.slice(0, at).trim();
        header.set(key, [...(header.get(key) ?? []), line.slice(at + 1).trim()]);
      }
      const one = (k: string) => header.get(k)?.[0] ?? "";
      const list = (k: string) =>
        (header.get(k) ?? []).flatMap((v) => v.split("|").map((s) => s.trim())).filter((s) => s.length > 0);
      const text = raw.slice(split + 5).trim();
      const [lo, hi] = one("stars").split("-").map(Number);
      const labels: Labels = {
        kind: one("kind"),
        news: (header.get("news") ?? []).filter((s) => s.length > 0),
        actor: list("actor"),
        figures: list("figures"),
        stars: [lo!, hi!],
        feedOnly: one("status") === "feed-only",
        notice: one("notice") !== "",
        subject: list("subject"),
        adlinks: list("adlink"),
        insight: list("insight"),
      };
      let status: Article["status"] = labels.feedOnly ? "feed-only" : "ok";
      let body = text;
      if (labels.feedOnly) {
        // The feed's text, read the way the pipeline reads a feed item when the page is unreachable.
        const page = pageFromFeedItem({
          url: `https://example.com/${file}`,
          title: one("title"),
          summary: text
            .split(/\n\n+/)
            .map((p) => `<p>${p}</p>`)
            .join(""),
        });
        body = page.text;
        if (page.kind !== "article")
          status = page.kind === "verification" || page.kind === "unavailable" ? "failed" : page.kind;
      }
      const article = toArticle(file, one("title"), one("account"), body, status);
      article.links = list("link").length
        ? (header.get("link") ?? []).map((l) => {
            const [t, href] = l.split("|").map((s) => s.trim());
            return { text: t ?? "", href: href ?? "" };
          })
        : [];
      // As a page carries them: the links are anchors of the article's HTML, their words its own.
      article.html = article.links.map((l) => `<p><a href="${l.href}">${l.text}</a></p>`).join("");
      return { id: `own/${file.replace(/\.md$/, "")}`, labels, article };
    });
}

function toArticle(
  id: string,
  title: string,
  account: string,
  text: string,
  status: Article["status"],
): Article {
  return {
    sourceId: "bench",
    url: `https://example.com/${id}`,
    originalUrl: `https://example.com/${id}`,
    title,
    account,
    publishedAt: "2026-02-04T03:00:00Z",
    firstSeenAt: "2026-02-04T03:00:00Z",
    contentHash: id,
    text,
    html: "",
    links: [],
    status,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await benchQuality();
  for (const r of section.rows)
    console.log(`${r.metric.padEnd(60)} ${String(r.value).padStart(8)} ${r.target ?? ""}`);
}
