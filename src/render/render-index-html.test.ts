import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { renderIndexHtml } from "./render-index-html.ts";
import { EVIL } from "./testdata/evil-briefing.ts";

test("lists days newest first with links, counts and top titles", () => {
  const html = renderIndexHtml([
    { date: "2026-02-03", title: "AI 每日情报", entries: 9, topTitles: ["甲", "乙"] },
    { date: "2026-02-04", title: "AI 每日情报", entries: 16, topTitles: ["STAR：堆叠自回归架构"] },
  ]);
  const { document } = parseHTML(html);
  const links = Array.from(document.querySelectorAll(".days > li > a"));
  assert.deepEqual(
    links.map((a) => a.getAttribute("href")),
    ["2026-02-04.html", "2026-02-03.html"],
  );
  assert.equal(links[0]?.textContent, "2026-02-04 · AI 每日情报");
  assert.deepEqual(
    Array.from(document.querySelectorAll(".days li li")).map((li) => li.textContent),
    ["STAR：堆叠自回归架构", "甲", "乙"],
  );
  assert.ok(html.includes("16 条"));
  assert.ok(html.includes('<meta name="viewport"'));
});

test("titles are escaped and the link target is configurable", () => {
  const html = renderIndexHtml([{ date: "2026-02-04", title: EVIL, entries: 1, topTitles: [EVIL] }], {
    title: EVIL,
    hrefFor: (d) => `/archive/${d}/`,
  });
  assert.ok(!/<script|<img/i.test(html));
  const { document } = parseHTML(html);
  assert.equal(document.querySelector(".days a")?.getAttribute("href"), "/archive/2026-02-04/");
  assert.equal(document.querySelector("h1")?.textContent, EVIL);
});

test("an empty archive says so", () => {
  assert.ok(renderIndexHtml([]).includes("<p>还没有简报。</p>"));
});
