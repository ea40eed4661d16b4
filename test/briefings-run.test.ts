// Several briefings per install (config `briefings`): two briefings over local feeds, one source
// shared, each with one of its own; the feeds, pages, LLM and webhooks are real local servers
// (test/support/briefings-install.ts). `serve` of several briefings: briefings-serve.test.ts; the
// work queue: briefings-queue.test.ts.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { openStore } from "../src/store/index.ts";
import {
  ARTICLES,
  analysesOf,
  assertEachFetchedOnce,
  assertRubricAnalyses,
  hits,
  install,
  type JsonBriefing,
  outputOf,
  posts,
  site,
  urlOf,
  urlsOf,
  useBriefingsServers,
} from "./support/briefings-install.ts";
import { DEMO_DAY } from "./support/cli-harness.ts";

useBriefingsServers();

test("two briefings with the same prompts: the shared article is fetched once and analysed once; each gets only its own entries", async () => {
  const h = install();
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 0, run.stdout + run.stderr);

  // One collect and one read for both briefings.
  assertEachFetchedOnce();
  // Analysed by (content hash, analyser, prompt version): the second briefing reuses the first's.
  assert.equal(analysesOf("shared"), 1, "one LLM call for the shared article");
  assert.equal(analysesOf("models"), 1);
  assert.equal(analysesOf("chips"), 1);

  // Each briefing's file output: its title, its sources' entries only.
  const models = outputOf(h, "models");
  const chips = outputOf(h, "chips");
  const heading = (id: string) =>
    readFileSync(join(h.dir, "out", id, "2026", `${DEMO_DAY}.md`), "utf8").split("\n")[0];
  assert.match(heading("models")!, /大模型日报/);
  assert.match(heading("chips")!, /芯片日报/);
  assert.deepEqual(models.entries.map(urlOf).sort(), urlsOf(["models", "shared"]));
  assert.deepEqual(chips.entries.map(urlOf).sort(), urlsOf(["chips", "shared"]));
  assert.equal(existsSync(join(h.dir, "out", "2026", `${DEMO_DAY}.json`)), false, "no default briefing");

  // Each webhook got its own briefing, once.
  const sent = (hook: string) => (posts.get(hook) ?? []).map((b) => JSON.parse(b) as JsonBriefing);
  assert.equal(sent("models").length, 1);
  assert.equal(sent("chips").length, 1);
  assert.deepEqual(sent("models")[0]!.entries.map(urlOf).sort(), urlsOf(["models", "shared"]));
  assert.deepEqual(sent("chips")[0]!.entries.map(urlOf).sort(), urlsOf(["chips", "shared"]));

  // Stored per (briefing id, date), each a run of its own.
  const store = openStore(join(h.dir, "data", "daybrief.db"));
  try {
    assert.equal(await store.getBriefing(DEMO_DAY), undefined);
    assert.equal((await store.getBriefing(DEMO_DAY, "chips"))?.briefing.items.length, 2);
    assert.deepEqual((await store.listRuns()).map((r) => r.briefingId).sort(), ["chips", "models"]);
    assert.equal((await store.listDeliveries(DEMO_DAY, "models")).length, 1);
    assert.equal((await store.listDeliveries(DEMO_DAY, "chips"))[0]?.channel, "hook-chips");
  } finally {
    await store.close();
  }

  const runs = await h.run(["runs"]);
  assert.match(runs.stdout, new RegExp(`#\\d+ ${DEMO_DAY} \\[models\\] run ok`));
  assert.match(runs.stdout, new RegExp(`#\\d+ ${DEMO_DAY} \\[chips\\] run ok`));

  // A second run: nothing is sent or analysed again.
  const again = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.equal(analysesOf("shared"), 1);
  assert.equal(posts.get("models")?.length, 1);
  assert.equal(posts.get("chips")?.length, 1);
});

test("a briefing with its own rubric analyses the shared article again with it, and shows its own analysis", async () => {
  const h = install({ prompts: { rubric: "./chips-rubric.md" } });
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(hits.get("/a/shared.html"), 1, "still read once");
  const withRubric = assertRubricAnalyses();
  assert.ok(withRubric.some((r) => JSON.stringify(r.body.messages).includes(`标题：${ARTICLES.shared}`)));

  const store = openStore(join(h.dir, "data", "daybrief.db"));
  try {
    const chips = (await store.getBriefing(DEMO_DAY, "chips"))!.briefing;
    const models = (await store.getBriefing(DEMO_DAY, "models"))!.briefing;
    const shared = (b: typeof chips) => b.items.find((i) => i.url === `${site.url}/a/shared.html`)!;
    assert.ok(shared(chips) && shared(models));
    assert.notEqual(
      shared(chips).analyser.promptVersion,
      shared(models).analyser.promptVersion,
      "each briefing shows the analysis made with its own prompts",
    );
    assert.match(shared(chips).analyser.promptVersion, /chips-rubric\.v1/);
  } finally {
    await store.close();
  }
  // A re-render (no LLM) picks each briefing's own analysis too, by its prompts' version.
  const renderedVersion = async (id: string) => {
    const out = await h.run(["render", "--date", DEMO_DAY, "--briefing", id, "--format", "json"]);
    assert.equal(out.code, 0, out.stderr);
    const json = JSON.parse(out.stdout) as {
      entries: { url: string | null; rawUrl?: string; analyser: { promptVersion: string } }[];
    };
    return json.entries.find((e) => urlOf(e) === `${site.url}/a/shared.html`)!.analyser.promptVersion;
  };
  assert.match(await renderedVersion("chips"), /chips-rubric\.v1/);
  assert.doesNotMatch(await renderedVersion("models"), /chips-rubric/);
  assert.equal(analysesOf("shared"), 2, "rendering asks no LLM");
});

test("--briefing runs only that briefing; an unknown id is a usage error naming the ids", async () => {
  const h = install();
  const run = await h.run(["run", "--date", DEMO_DAY, "-q", "--briefing", "chips"]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(hits.get("/feeds/models.xml"), undefined, "the other briefing's own source is not collected");
  assert.equal(hits.get("/feeds/shared.xml"), 1);
  assert.equal(outputOf(h, "chips").entries.length, 2);
  assert.equal(existsSync(join(h.dir, "out", "models")), false);
  assert.equal(posts.get("models"), undefined);
  assert.equal(posts.get("chips")?.length, 1);

  const render = await h.run(["render", "--date", DEMO_DAY, "--briefing", "chips", "--format", "md"]);
  assert.equal(render.code, 0, render.stderr);
  assert.match(render.stdout, /芯片日报/);
  assert.ok(render.stdout.includes(ARTICLES.chips));
  assert.ok(!render.stdout.includes(ARTICLES.models));

  const unknown = await h.run(["run", "--date", DEMO_DAY, "--briefing", "robots"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no briefing "robots" \(it has: models, chips\)/);
});
