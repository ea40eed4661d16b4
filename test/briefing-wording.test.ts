import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../src/deliver/render-spans.ts";
import { fixtureBriefing } from "../src/deliver/testdata/briefing-fixture.ts";
import type { Briefing, Stars } from "../src/model/index.ts";
import { buildBriefingBlocks } from "../src/render/briefing-blocks.ts";
import { renderMarkdown } from "../src/render/index.ts";

/** The fixture's first entry with an out-of-range ★, as a bad analysis or hand-edited JSON could carry. */
function briefingWithStars(stars: number): Briefing {
  const [first] = fixtureBriefing.items;
  return { ...fixtureBriefing, items: [{ ...first!, entry: { ...first!.entry, stars: stars as Stars } }] };
}

const starRuns = (text: string) => [...text.matchAll(/(?:🌟)+/gu)].map((m) => [...m[0]].length);

test("★ out of range: the chat channels clamp it like the published page (one formatter)", () => {
  for (const [stars, shown] of [
    [9, 5],
    [-1, 0],
  ] as const) {
    const briefing = briefingWithStars(stars);
    const page = renderMarkdown(briefing).match(/\*\*价值\*\*: ((?:🌟)*)/u)?.[1] ?? "";
    assert.equal([...page].length, shown, `page, stars ${stars}`);
    for (const mode of ["full", "digest"] as const) {
      const text = renderBlocks(buildBriefingBlocks(briefing, { mode }), "telegram").join("\n");
      // Before: "🌟".repeat(9) printed nine stars, and repeat(-1) threw a RangeError.
      assert.deepEqual(starRuns(text), shown ? [shown] : [], `${mode}, stars ${stars}`);
    }
  }
});

test("the channels' headings and the page's are the same words", () => {
  const page = renderMarkdown(fixtureBriefing);
  const chat = renderBlocks(buildBriefingBlocks(fixtureBriefing, { mode: "full" }), "telegram").join("\n");
  for (const heading of [
    "AI 每日情报 | 2026-02-04",
    "🔹 核心技术/实现逻辑",
    "📊 实验数据/关键结论",
    "🔗 相关资源",
  ]) {
    assert.ok(page.includes(heading), `page: ${heading}`);
    assert.ok(chat.includes(heading), `chat: ${heading}`);
  }
});

test("an item time that is not a date: the channels say 时间未知 like the page instead of throwing", () => {
  const [first] = fixtureBriefing.items;
  const briefing: Briefing = { ...fixtureBriefing, items: [{ ...first!, publishedAt: "昨天下午" }] };
  assert.match(renderMarkdown(briefing), /\*\*时间\*\*: 时间未知/);
  // Before: formatDateTime threw "Invalid time value" and the channel sent nothing.
  const chat = renderBlocks(buildBriefingBlocks(briefing, { mode: "full" }), "telegram").join("\n");
  assert.match(chat, /<b>时间<\/b>: 时间未知/);
});
