// Quality of the default (offline) briefing on a labelled set: 22 demo pages + articles of our own
// (bench/quality-set/). Labels were written before the analyser was tuned. Run alone:
//   node --import tsx bench/quality.ts
import { pathToFileURL } from "node:url";
import { createOfflineAnalyser } from "../src/analyse/index.ts";
import { verifyEntry } from "../src/verify/index.ts";
import { loadDemoCases, loadOwnCases } from "./quality-cases.ts";
import {
  AD,
  ANAPHOR,
  ASKS_OR_HIDES,
  CJK_PUNCTUATION,
  DANGLING_END,
  DOUBLE_LABEL,
  danglingReference,
  EMPTY,
  headlineFiguresOf,
  LEAD_IN_BULLET,
  labelledListsOf,
  linkKey,
  PLAN_RESULT,
  readerFigures,
  SUBJECTLESS_RESULT,
  squash,
} from "./quality-checks.ts";
import { newsChecks, oddResourceLines } from "./quality-news.ts";
import { flatten, renderAll } from "./quality-outputs.ts";
import { readerChecks } from "./quality-reader.ts";
import { heldOutGroupOf, newTally, qualityRows, type Tally, type TallyKey } from "./quality-rows.ts";
import type { BenchSection } from "./report.ts";

export async function benchQuality(): Promise<BenchSection> {
  const cases = [...loadDemoCases(), ...loadOwnCases()];
  const analyser = createOfflineAnalyser();
  const tally = newTally();
  const heldOut = new Map<string, Tally>();
  let current = "";
  const count = (key: TallyKey, ok: boolean) => {
    const group = heldOutGroupOf(current);
    if (group && !heldOut.has(group)) heldOut.set(group, newTally());
    for (const t of group ? [tally, heldOut.get(group)!] : [tally]) {
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
    // A list's lead-in (its items nested under it) may end in ：, as "扫描工具由三部分组成：" does.
    const heads = new Set(
      [checked.core, checked.results, checked.insights].flatMap((s) =>
        s.bullets.filter((b) => (b.children?.length ?? 0) > 0).map((b) => b.text),
      ),
    );
    const bad = bullets.filter(
      (b) =>
        (DANGLING_END.test(b.trim()) && !(heads.has(b) && /[：:]$/.test(b.trim()))) ||
        ANAPHOR.test(b.trim()) ||
        AD.test(b) ||
        EMPTY.test(b.trim()),
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
    // What reads like news and not like excerpts (v9): one-sentence summaries, lists under their lead-in, no leaning bullets.
    // What a demanding reader trips on (v10): no finding, three clauses, pointers at nothing shown, bare lead-ins.
    for (const check of [...newsChecks(checked, c.article.text), ...readerChecks(checked, labels.finding)]) {
      count(check.key, check.ok);
      if (!check.ok) misses.push(`${c.id}: ${check.miss}`);
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
    {
      const odd = oddResourceLines(outputs[0]!);
      count("resourceLines", odd.length === 0);
      if (odd.length > 0) misses.push(`${c.id}: 相关资源 lines not in the one style: ${odd.join(" | ")}`);
    }
    const marked = outputs.every((o) => o.includes("仅摘要"));
    const unmarked = outputs.every((o) => !o.includes("仅摘要"));
    if (feedOnly) {
      count("feedOnly", marked);
      if (!marked) misses.push(`${c.id}: feed-only entry not marked 仅摘要 in every output`);
    } else if (!unmarked) misses.push(`${c.id}: full-text entry marked 仅摘要`);
    perCase.push(row);
  }

  for (const m of misses) console.log(`  quality miss: ${m}`);
  return {
    name: "quality",
    rows: qualityRows(tally, heldOut, cases.length),
    details: { tally, heldOut: Object.fromEntries(heldOut), misses, cases: perCase },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await benchQuality();
  for (const r of section.rows)
    console.log(`${r.metric.padEnd(60)} ${String(r.value).padStart(8)} ${r.target ?? ""}`);
}
