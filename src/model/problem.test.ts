import assert from "node:assert/strict";
import { test } from "node:test";
import {
  articleProblem,
  describeProblem,
  feedProblem,
  type Problem,
  problemFromText,
  upgradeStoredBriefing,
} from "./problem.ts";
import { REASONS, type ReasonKey, reasonKeyOfCode, reasonText } from "./reasons.ts";

const article = { id: 7, sourceId: "qbitai", url: "https://example.com/a", title: "某模型发布" };

test("the catalogue has a distinct code and both languages for every reason", () => {
  const codes = Object.values(REASONS).map((r) => r.code);
  assert.equal(new Set(codes).size, codes.length, "codes are unique");
  for (const [key, entry] of Object.entries(REASONS)) {
    assert.match(entry.code, /^E_[A-Z_]+$/, key);
    assert.ok(entry.zh.trim() && /\p{Script=Han}/u.test(entry.zh), `${key}: zh`);
    assert.ok(entry.en.trim() && !/\p{Script=Han}/u.test(entry.en), `${key}: en`);
    assert.equal(reasonKeyOfCode(entry.code), key);
  }
  assert.equal(reasonKeyOfCode("E_FROM_A_NEWER_DAYBRIEF"), "unknown");
  assert.equal(reasonText("E_TIMEOUT"), "超时");
  assert.equal(reasonText("E_TIMEOUT", "en"), "timed out");
});

test("every code a problem can carry renders in zh and en, with no placeholder left", () => {
  for (const key of Object.keys(REASONS) as ReasonKey[]) {
    const problems: Problem[] = [
      feedProblem({ key, status: 503 }, { sourceId: "s", detail: "GET … failed" }),
      articleProblem(key, "read", article),
      articleProblem(key, "read", article, "正文抓取失败（HTTP 503）"),
    ];
    for (const p of problems)
      for (const lang of ["zh", "en"] as const) {
        const text = describeProblem(p, lang);
        assert.ok(text.trim(), `${key} ${lang}`);
        assert.doesNotMatch(text, /undefined|null|\[object/, `${key} ${lang}: ${text}`);
      }
  }
});

test("the footer's wording of each problem is the text the pipeline composed before", () => {
  assert.equal(
    describeProblem(
      feedProblem(
        { key: "server", status: 500 },
        { sourceId: "down", detail: "GET http://x/down.xml failed: HTTP 500" },
      ),
    ),
    "订阅源抓取失败（服务端错误 · E_SERVER · HTTP 500）：GET http://x/down.xml failed: HTTP 500",
  );
  assert.equal(
    describeProblem(feedProblem({ key: "feed_format" }, { detail: "not a feed" })),
    "订阅源抓取失败（订阅源格式错误 · E_FEED_FORMAT）：not a feed",
  );
  assert.equal(
    describeProblem(articleProblem("article_deleted", "read", article, "该内容已被发布者删除")),
    "《某模型发布》该内容已被发布者删除",
  );
  // Without a stored reason the catalogue speaks (before: the raw status, e.g. "deleted").
  assert.equal(
    describeProblem(articleProblem("article_deleted", "read", article)),
    "《某模型发布》该内容已被发布者删除",
  );
  assert.equal(describeProblem(articleProblem("feed_only", "read", article)), "《某模型发布》仅有订阅源内容");
  assert.equal(
    describeProblem(articleProblem("analysis_failed", "analyse", article)),
    "《某模型发布》分析失败",
  );
  assert.equal(
    describeProblem(articleProblem("unsupported", "verify", article)),
    "《某模型发布》摘要无法被原文证实，未收录",
  );
  assert.equal(
    describeProblem(articleProblem("no_content", "analyse", article)),
    "《某模型发布》四个部分均无内容（原文未提供），未发布",
  );
  // English (the CLI): the catalogue's words first; a stored detail that says more (the technical
  // cause) follows as data, so an English reader loses nothing; one that only repeats them is left out.
  assert.equal(
    describeProblem(articleProblem("feed_only", "read", article, "正文抓取失败（HTTP 503）"), "en"),
    '"某模型发布": only the feed\'s text was read — 正文抓取失败（HTTP 503）',
  );
  assert.equal(
    describeProblem(articleProblem("article_deleted", "read", article, "该内容已被发布者删除"), "en"),
    '"某模型发布": deleted by the publisher',
  );
});

test("problems stored as text by an older daybrief are kept word for word", () => {
  assert.equal(
    describeProblem(problemFromText("1 篇文章已被作者删除，未分析")),
    "1 篇文章已被作者删除，未分析",
  );
  const upgraded = upgradeStoredBriefing({
    date: "2026-02-04",
    coverage: [
      { sourceId: "a", problems: ["旧的说明", articleProblem("analysis_failed", "analyse", article)] },
    ],
  });
  assert.deepEqual(upgraded.coverage[0]?.problems, [
    { code: "E_NOTE", stage: "unknown", detail: "旧的说明" },
    articleProblem("analysis_failed", "analyse", article),
  ]);
  // A briefing without coverage (stored by an early version) is left as it is.
  assert.deepEqual(upgradeStoredBriefing({ date: "x" }), { date: "x" });
});
