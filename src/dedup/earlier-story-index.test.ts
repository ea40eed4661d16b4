import assert from "node:assert/strict";
import { test } from "node:test";
import { type ArticleFeatures, type ClusterInput, computeFeatures } from "./article-features.ts";
import { clusterArticles } from "./cluster-articles.ts";
import { indexEarlierStories } from "./earlier-story-index.ts";
import { indexEarlierStoriesExactly } from "./exact-earlier-index.ts";
import { type EarlierStory, featuresOf, matchEarlierStories, shiftDay } from "./match-earlier-stories.ts";
import { DEFAULT_THRESHOLDS, isClearlySeparate, scorePair } from "./score-pair.ts";
import { decodeSignature } from "./story-signature.ts";
import { generateWindow } from "./testdata/generate-window.ts";
import {
  claudePlugins,
  claudeRefactor,
  glmFollowUp,
  glmJiqizhixin,
  glmRepeat,
  glmXinzhiyuan,
  qwenOmni,
  qwenOmniXinzhiyuan,
} from "./testdata/stories.ts";

const STORIES = [
  glmJiqizhixin,
  glmXinzhiyuan,
  glmFollowUp,
  glmRepeat,
  qwenOmni,
  qwenOmniXinzhiyuan,
  claudePlugins,
  claudeRefactor,
];

// Filler stories on unrelated subjects (made up here), so the window holds many stories that
// share common words and figures with the real ones without being the same story.
const SUBJECTS = ["芯片", "机器人", "自动驾驶", "语音助手", "医疗影像", "编程工具", "搜索引擎", "教育平台"];
const ORGS = ["星河智能", "北辰科技", "云帆实验室", "青松数据", "远航机器人", "蓝鲸计算"];

const CHARS =
  "天地人和风云山水日月星辰江河湖海春夏秋冬东南西北金木火土花草树林光明长城高铁城市乡村书画诗词歌舞";

/** A made-up phrase of `length` characters, fixed by (day, n, salt), so fillers share little text. */
function phrase(day: number, n: number, salt: number, length: number, chars = CHARS): string {
  let x = (day * 7919 + n * 104_729 + salt * 1_299_709) >>> 0;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    out += chars[(x >>> 16) % chars.length];
  }
  return out;
}

function filler(day: number, n: number): ClusterInput {
  const subject = SUBJECTS[(day * 7 + n) % SUBJECTS.length]!;
  const org = ORGS[(day * 3 + n * 5) % ORGS.length]!;
  const figure = `${((day * 13 + n * 7) % 90) + 10}亿`;
  return {
    id: 10_000 + day * 100 + n,
    sourceId: `s${n % 4}`,
    url: `https://example.com/filler/${day}/${n}`,
    publishedAt: `2026-03-${String(day + 1).padStart(2, "0")}T0${n % 9}:00:00.000Z`,
    title: `${org}发布${subject}新品${phrase(day, n, 1, 6)}，融资${figure}`,
    text:
      `${phrase(day, n, 2, 60)}。${org}今天宣布推出面向${subject}的新产品，公司表示已完成${figure}元融资。` +
      `${phrase(day, n, 3, 60)}。` +
      `据介绍，这款产品在第${day}季度进入测试，首批客户${n + 3}家，价格下降${(n % 5) * 10 + 10}%。` +
      `业内人士认为，${subject}市场的竞争正在加剧，${org}需要在${n + 2}个月内证明商业化能力。`,
  };
}

/** Day d: a few real stories (some retold on later days) and fillers, clustered and stored. */
function dayArticles(day: number): ClusterInput[] {
  const real = STORIES.filter((_, i) => (i + day) % 3 !== 0).map((a, i) => ({
    ...a,
    id: day * 1000 + i,
    url: `${a.url}?d=${day}`,
  }));
  return [...real, ...Array.from({ length: 40 }, (_, n) => filler(day, n))];
}

test("the index finds exactly the matches of a scan of every earlier story, over many days", () => {
  const first = "2026-03-01";
  let earlier: EarlierStory[] = [];
  let compared = 0;
  let matched = 0;
  for (let day = 0; day < 10; day++) {
    const date = shiftDay(first, day);
    const clusters = clusterArticles(dayArticles(day));
    const indexed = matchEarlierStories(clusters, earlier, { date });
    const exhaustive = matchEarlierStories(clusters, earlier, { date, exhaustive: true });
    assert.deepEqual(indexed, exhaustive, `day ${date}`);
    // The run's path (per-day stored segments) matches exactly as the scan does.
    assert.deepEqual(
      matchEarlierStories(clusters, earlier, { date, segmented: true }),
      exhaustive,
      `day ${date}`,
    );
    compared += clusters.length;
    matched += indexed.size;
    const byId = new Map(dayArticles(day).map((a) => [a.id, a]));
    earlier = [
      ...earlier,
      ...clusters.map((c) => ({
        date,
        storyKey: c.key,
        signature: c.signature,
        title: c.title,
        url: byId.get(c.primary)!.url,
      })),
    ];
  }
  // The fixture must exercise matching, not only misses: repeats and follow-ups on later days.
  assert.ok(compared > 120, `compared ${compared}`);
  assert.ok(matched >= 10, `matched ${matched}`);
  const kinds = new Set(
    [...matchEarlierStories(clusterArticles(dayArticles(9)), earlier, { date: "2026-03-11" }).values()].map(
      (m) => m.kind,
    ),
  );
  assert.ok(kinds.has("repeat"), [...kinds].join(","));
});

test("a story that shares nothing with the window is not scored against it", () => {
  const clusters = clusterArticles([glmRepeat]);
  const unrelated = clusterArticles(Array.from({ length: 30 }, (_, n) => filler(1, n)));
  const earlier = unrelated.map((c, i) => ({
    date: "2026-03-01",
    storyKey: c.key,
    signature: c.signature,
    title: c.title,
    url: `https://example.com/u/${i}`,
  }));
  const indexed = matchEarlierStories(clusters, earlier, { date: "2026-03-02" });
  assert.equal(indexed.size, 0);
  assert.deepEqual(indexed, matchEarlierStories(clusters, earlier, { date: "2026-03-02", exhaustive: true }));
});

test("every pair that is not clearly separate is a candidate: same text, same title, same names or figures", () => {
  // Pairs that share one kind of key only (bodies and titles of made-up words in disjoint
  // alphabets): the body, the title, or the figures. Each kind of key must find its pair alone.
  const OTHER = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
  const body = phrase(4, 4, 4, 300);
  const title = `${phrase(4, 4, 9, 8)}发布`;
  const plain = { title, text: body };
  const withFigures = {
    title: phrase(8, 8, 8, 8, OTHER),
    text: `${phrase(8, 8, 9, 200, OTHER)}，1060亿，78.2%，81.5%。`,
  };
  const texts = [...STORIES, ...Array.from({ length: 30 }, (_, n) => filler(2, n)), plain, withFigures];
  const sameTextOnly = { title: phrase(5, 5, 5, 8, OTHER), text: body };
  const sameTitleOnly = { title, text: phrase(6, 6, 6, 300, OTHER) };
  const sameFiguresOnly = {
    title: phrase(7, 7, 7, 8, OTHER),
    text: `${phrase(7, 7, 8, 200, OTHER)}，1060亿，78.2%，81.5%。`,
  };
  const earlier = texts.map((a) => computeFeatures(a));
  const index = indexEarlierStories(earlier);
  let pairs = 0;
  for (const today of [...texts, sameTextOnly, sameTitleOnly, sameFiguresOnly].map((a) =>
    computeFeatures(a),
  )) {
    const found = new Set(index.candidatesOf(today, DEFAULT_THRESHOLDS));
    earlier.forEach((e, i) => {
      if (isClearlySeparate(today, e, DEFAULT_THRESHOLDS)) return;
      pairs++;
      assert.ok(found.has(i), `story ${i} not found`);
    });
  }
  assert.ok(pairs > texts.length, `pairs ${pairs}`);
  for (const side of [sameTextOnly, sameTitleOnly, sameFiguresOnly]) {
    const f = computeFeatures(side);
    assert.ok(
      earlier.some((e) => !isClearlySeparate(f, e, DEFAULT_THRESHOLDS)),
      side.title,
    );
  }
});

/** A generated window (stories as the store keeps them), today's stories, and the planted pairs' story keys. */
function generatedWindow(days: number, perDay: number, today: number) {
  const w = generateWindow({ days, perDay, today, plantedPerDay: 6, seed: 11 });
  const urlOf = new Map<number, string>();
  const earlier: EarlierStory[] = w.days.flatMap((d) => {
    for (const a of d.articles) urlOf.set(a.id, a.url);
    return clusterArticles(d.articles).map((c) => ({
      date: d.date,
      storyKey: c.key,
      signature: c.signature,
      title: c.title,
      url: urlOf.get(c.primary)!,
    }));
  });
  const clusters = clusterArticles(w.today);
  const todayKey = new Map(clusters.map((c) => [c.primary, c.key]));
  const earlierKey = new Map(earlier.map((e) => [e.url, e.storyKey]));
  const planted = w.planted.map((p) => ({
    kind: p.kind,
    today: todayKey.get(p.todayId)!,
    earlier: earlierKey.get(urlOf.get(p.earlierId)!)!,
  }));
  return { date: w.date, earlier, clusters, planted };
}

const features = (stories: { title: string; signature?: string }[]) =>
  stories.map((s) => featuresOf(s.title, decodeSignature(s.signature)));

test("on a window of thousands of stories, every earlier story scoring every story would match is a candidate", () => {
  const { date, earlier, clusters, planted } = generatedWindow(4, 600, 200);
  const every = matchEarlierStories(clusters, earlier, { date, exhaustive: true });
  // The planted pairs are matches of the exact method, including follow-ups that share no text
  // (found only through names, title words and figures) and no versioned name.
  for (const p of planted) {
    const m = every.get(p.today);
    assert.equal(m?.earlier.storyKey, p.earlier, p.kind);
    assert.equal(m.kind, p.kind === "repeat" ? "repeat" : "follow-up", p.kind);
  }
  const byKeys = planted.filter((p) => p.kind === "follow-up by names");
  assert.ok(byKeys.length >= 6);
  for (const p of byKeys) {
    const m = every.get(p.today)!;
    assert.ok(m.score.text < DEFAULT_THRESHOLDS.textAmbiguous, `text ${m.score.text}`);
  }
  assert.ok(every.size > planted.length, `matches ${every.size}`);
  // The run's matches are those of the scan.
  assert.deepEqual(matchEarlierStories(clusters, earlier, { date }), every);
  assert.deepEqual(matchEarlierStories(clusters, earlier, { date, segmented: true }), every);
  // And with a cap so low that most keys are stop-keys (the cap a much bigger window reaches),
  // every matched earlier story is still among the candidates.
  const stories = features(earlier);
  const position = new Map(earlier.map((e, i) => [e.storyKey, i]));
  const today = new Map(clusters.map((c) => [c.key, features([c])[0]!]));
  const index = indexEarlierStories(stories, { maxPosting: 20 });
  for (const [key, m] of every) {
    const found = index.candidatesOf(today.get(key)!, DEFAULT_THRESHOLDS);
    assert.ok(found.includes(position.get(m.earlier.storyKey)!), `${m.kind}: ${key} → ${m.earlier.title}`);
  }
});

test("the stories reached per day's story stay flat as the window grows from one day to four", () => {
  const { earlier, clusters } = generatedWindow(4, 600, 200);
  const stories = features(earlier);
  const today = features(clusters);
  const reached = (build: typeof indexEarlierStories, days: number) => {
    const index = build(stories.slice(stories.length - Math.round((stories.length * days) / 4)));
    let total = 0;
    for (const f of today) {
      index.candidatesOf(f, DEFAULT_THRESHOLDS);
      total += index.lastReached();
    }
    return total / today.length;
  };
  const options = { maxPosting: 20 };
  const bounded = (s: readonly ArticleFeatures[]) => indexEarlierStories(s, options);
  const [one, four] = [reached(bounded, 1), reached(bounded, 4)];
  assert.ok(four <= 1.3 * one, `bounded: ${one.toFixed(1)} → ${four.toFixed(1)} stories per story`);
  // The fixture is one where the walk of every posting list grows with the window.
  const [exactOne, exactFour] = [
    reached(indexEarlierStoriesExactly, 1),
    reached(indexEarlierStoriesExactly, 4),
  ];
  assert.ok(exactFour >= 2.5 * exactOne, `exact: ${exactOne.toFixed(1)} → ${exactFour.toFixed(1)}`);
});

test("text alone at the ambiguous line finds its earlier story through the bands (recall ≥ 0.97)", () => {
  // Bodies of made-up words with no names, figures or title words in common: only the text can
  // find the pair. Each later body keeps part of its earlier body's sentences, so the estimated
  // text similarity spreads over 0.3–0.6.
  const sentences = (seed: number) => Array.from({ length: 16 }, (_, i) => `${phrase(seed, i, 3, 24)}。`);
  const OTHER = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
  const earlierTexts = Array.from({ length: 300 }, (_, n) => sentences(100 + n));
  const earlier = earlierTexts.map((s, n) =>
    computeFeatures({ title: phrase(n, 1, 7, 8, OTHER), text: s.join("") }),
  );
  const index = indexEarlierStories(earlier);
  let pairs = 0;
  let found = 0;
  earlierTexts.forEach((s, n) => {
    const kept = 8 + (n % 5);
    const text = [...s.slice(0, kept), ...sentences(900 + n).slice(kept)].join("");
    const today = computeFeatures({ title: phrase(n, 2, 7, 8, OTHER), text });
    const score = scorePair(today, earlier[n]!);
    if (score.text < DEFAULT_THRESHOLDS.textAmbiguous || score.text >= DEFAULT_THRESHOLDS.textMerge) return;
    pairs++;
    if (index.candidatesOf(today, DEFAULT_THRESHOLDS).includes(n)) found++;
  });
  assert.ok(pairs >= 100, `pairs ${pairs}`);
  assert.ok(found >= 0.97 * pairs, `found ${found} of ${pairs}`);
});
