import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { parseHTML } from "linkedom";
import type { Briefing } from "../src/model/index.ts";
import { sampleBriefing } from "../src/render/testdata/sample-2026-02-04.ts";
import { openStore } from "../src/store/index.ts";
import { baseConfig, createHarness, outputPath } from "./support/cli-harness.ts";
import { insideAutolinks } from "./support/linkify.ts";

// Days published before a change of the link rules keep their archive files until they are
// rendered again: `daybrief render --archive` writes every published day's files again from its
// stored briefing, as published.

const h = createHarness();
after(() => h.cleanup());

const OLD_DAY = "2026-02-03";
const INTERNAL = "http://10.0.0.5/admin";

test("render --archive: an older day's files no longer link or show an internal address; nothing is rebuilt", async () => {
  h.writeConfig(baseConfig([{ name: "A", url: "https://a.example/feed.xml" }]));
  const [first, second] = sampleBriefing.items;
  const old: Briefing = {
    ...sampleBriefing,
    date: OLD_DAY,
    generatedAt: `${OLD_DAY}T01:00:00.000Z`,
    items: [{ ...first!, url: INTERNAL }, second!],
  };
  mkdirSync(join(h.dir, "data"), { recursive: true });
  const store = openStore(join(h.dir, "data", "daybrief.db"));
  await store.saveBriefing({ date: OLD_DAY, generatedAt: old.generatedAt, briefing: old, outputs: {} });
  await store.close();
  // The files an older daybrief wrote for that day: the internal address as a live link.
  for (const ext of ["html", "md", "json"] as const) {
    const path = outputPath(h.dir, OLD_DAY, ext);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      ext === "html" ? `<a href="${INTERNAL}">原文</a>` : `[原文](${INTERNAL}) "url": "${INTERNAL}"`,
    );
  }

  const both = await h.run(["render", "--archive", "--date", OLD_DAY]);
  assert.equal(both.code, 2, "--archive takes no --date");
  const r = await h.run(["render", "--archive"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /archive rewritten: 3 files/);

  const html = readFileSync(outputPath(h.dir, OLD_DAY, "html"), "utf8");
  const { document } = parseHTML(html);
  const hrefs = Array.from(document.querySelectorAll("a"), (a) => a.getAttribute("href") ?? "");
  assert.ok(hrefs.length > 0 && !hrefs.includes(INTERNAL), String(hrefs));
  assert.deepEqual(insideAutolinks(document.body?.textContent ?? ""), []);
  const md = readFileSync(outputPath(h.dir, OLD_DAY, "md"), "utf8");
  assert.deepEqual(insideAutolinks(md), []);
  assert.ok(md.includes("hxxp://10[.]0[.]0[.]5/admin"), "shown, defanged");
  const json = JSON.parse(readFileSync(outputPath(h.dir, OLD_DAY, "json"), "utf8"));
  assert.equal(json.entries[0].url, null);
  assert.equal(json.entries[0].rawUrl, INTERNAL);
  // As published: the stored entries, titles and order, not a rebuild from analyses.
  assert.deepEqual(
    json.entries.map((e: { title: string }) => e.title),
    old.items.map((i) => i.entry.title),
  );
  const feed = readFileSync(join(h.dir, "out", "feed.xml"), "utf8");
  assert.doesNotMatch(feed, /http:\/\/10\.0\.0\.5/);
});
