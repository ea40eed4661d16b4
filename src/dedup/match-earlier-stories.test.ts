import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterArticles } from "./cluster-articles.ts";
import { type EarlierStory, matchEarlierStories, shiftDay } from "./match-earlier-stories.ts";
import { decodeSignature, encodeSignature } from "./story-signature.ts";
import { storiesAsStored } from "./testdata/generate-window.ts";
import {
  claudePlugins,
  claudeRefactor,
  dayOne,
  glmFollowUp,
  glmRepeat,
  qwenOmni,
} from "./testdata/stories.ts";

/** Day one as the store keeps it: one row per story with its signature, title and URL. */
function publishedDayOne(date = "2026-02-04"): EarlierStory[] {
  return storiesAsStored(date, dayOne);
}

function matchOne(article: typeof glmRepeat, earlier: EarlierStory[], date = "2026-02-05") {
  const clusters = clusterArticles([article]);
  return matchEarlierStories(clusters, earlier, { date }).get(clusters[0]!.key);
}

test("a next-day retelling with no new facts is a repeat of the earlier story", () => {
  const match = matchOne(glmRepeat, publishedDayOne());
  assert.equal(match?.kind, "repeat");
  assert.equal(match.earlier.url, "https://example.com/jiqizhixin/11");
  assert.deepEqual(match.newFacts, []);
});

test("a next-day article with new figures is a follow-up linked to the earlier entry", () => {
  const match = matchOne(glmFollowUp, publishedDayOne());
  assert.equal(match?.kind, "follow-up");
  assert.equal(match.earlier.date, "2026-02-04");
  assert.ok(match.newFacts.includes("2.4万"), match.newFacts.join(","));
  assert.ok(match.newFacts.includes("96.1%"));
});

test("a release after an announcement is a follow-up even without new figures", () => {
  const teaser: EarlierStory = {
    date: "2026-02-03",
    storyKey: "teaser",
    title: "阿里预告：Qwen3.5-Omni 即将发布",
    url: "https://example.com/teaser",
    signature: clusterArticles([{ ...qwenOmni, id: 99, title: "阿里预告：Qwen3.5-Omni 即将发布" }])[0]!
      .signature,
  };
  const match = matchOne(qwenOmni, [teaser], "2026-02-04");
  assert.equal(match?.kind, "follow-up");
  assert.equal(match.newFacts[0], "发布");
});

test("new stories, stories outside the window and the same date are not matched", () => {
  // Day one without the refactoring story: the plugin-market story must not swallow it.
  const withoutRefactor = publishedDayOne().filter((s) => s.title !== claudeRefactor.title);
  assert.equal(matchOne(claudeRefactor, withoutRefactor), undefined);
  assert.equal(matchOne(claudePlugins, publishedDayOne())?.kind, "repeat");
  assert.equal(matchOne(glmRepeat, publishedDayOne("2026-01-28")), undefined);
  assert.equal(matchOne(glmRepeat, publishedDayOne("2026-01-29"))?.kind, "repeat");
  assert.equal(matchOne(glmRepeat, publishedDayOne("2026-02-05")), undefined);
});

test("signatures survive a round trip through a string; foreign ones are ignored", () => {
  const [cluster] = clusterArticles([glmRepeat]);
  const sig = decodeSignature(cluster!.signature)!;
  assert.equal(encodeSignature(sig), cluster!.signature);
  assert.equal(decodeSignature("simhash:abcdef"), undefined);
  assert.equal(decodeSignature(undefined), undefined);
  assert.equal(shiftDay("2026-03-01", -1), "2026-02-28");
});
