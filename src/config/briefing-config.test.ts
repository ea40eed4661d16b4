import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError } from "../errors.ts";
import { briefingChannels, briefingIdsOf, configForBriefing, sourcesOfBriefings } from "./briefing-config.ts";
import { parseConfig } from "./load-config.ts";

const opts = { env: {}, baseDir: "/srv/daybrief" };

const SOURCES = `
sources:
  - { id: shared, name: 共享, url: "https://a.example/feed", tags: [AI] }
  - { id: models, name: 模型, url: "https://b.example/feed", tags: [大模型] }
  - { id: chips, name: 芯片, url: "https://c.example/feed", tags: [芯片] }
channels:
  - { id: hook-a, type: webhook, url: "https://hooks.example/a" }
  - { id: hook-b, type: webhook, url: "https://hooks.example/b" }
output: { dir: ./out, siteUrl: "https://news.example/daily" }
briefing: { title: 团队简报, minStars: 3 }
`;

test("without `briefings` the install has one briefing, default, whose config is the install's unchanged", () => {
  const config = parseConfig(SOURCES, opts);
  assert.deepEqual(briefingIdsOf(config), ["default"]);
  assert.equal(configForBriefing(config, "default"), config);
  assert.equal(config.briefing.id, undefined);
  assert.throws(() => configForBriefing(config, "chips"), RangeError);
});

test("a briefing's config: its sources by id or tag, title, ★, channels, prompts and output folder", () => {
  const config = parseConfig(
    `${SOURCES}
llm:
  providers: [{ id: p, baseUrl: "https://llm.example/v1", model: m }]
  prompts: { analyse: ./analyse.md }
briefings:
  - { id: models, sources: [shared, models], channels: [hook-a] }
  - { id: chips, title: 芯片日报, minStars: 4, sources: [shared], sourceTags: [芯片], prompts: { rubric: ./chips.md }, output: { dir: ./chips-out } }
`,
    opts,
  );
  assert.deepEqual(briefingIdsOf(config), ["models", "chips"]);
  const models = configForBriefing(config, "models");
  assert.deepEqual(
    models.sources.map((s) => s.id),
    ["shared", "models"],
  );
  assert.deepEqual(models.briefing, { title: "团队简报", minStars: 3, id: "models", channels: ["hook-a"] });
  assert.deepEqual(
    briefingChannels(models).map((c) => c.id),
    ["hook-a"],
  );
  assert.equal(models.channels.length, 2, "the install's channel list stays whole (the health alert's)");
  assert.equal(models.output.dir, "/srv/daybrief/out/models");
  assert.equal(models.output.siteUrl, "https://news.example/daily/models/");
  assert.equal(models.llm, config.llm, "same prompts: the same llm section");

  const chips = configForBriefing(config, "chips");
  assert.deepEqual(
    chips.sources.map((s) => s.id),
    ["shared", "chips"],
  );
  assert.equal(chips.briefing.title, "芯片日报");
  assert.equal(chips.briefing.minStars, 4);
  assert.equal(briefingChannels(chips).length, 2, "no channels listed: every channel");
  assert.equal(chips.output.dir, "/srv/daybrief/chips-out");
  assert.deepEqual(chips.llm?.prompts, { analyse: "./analyse.md", rubric: "./chips.md" });
  assert.equal(configForBriefing(chips, "chips"), chips);
  assert.throws(() => configForBriefing(chips, "models"), RangeError, "never derived from a derived config");

  assert.deepEqual(
    sourcesOfBriefings(config, ["models", "chips"]).map((s) => s.id),
    ["shared", "models", "chips"],
  );
  assert.deepEqual(
    sourcesOfBriefings(config, ["chips"]).map((s) => s.id),
    ["shared", "chips"],
  );
});

/** The config's issues as `path: message` lines (it must be refused). */
function issuesOf(yaml: string): string[] {
  try {
    parseConfig(yaml, opts);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
  return assert.fail("expected a ConfigError");
}

test("every wrong reference of a `briefings` section is reported at once, with its path", () => {
  assert.deepEqual(
    issuesOf(`${SOURCES}
briefings:
  - { id: a, sources: [shared] }
  - { id: a, sources: [shared] }
`),
    ['briefings.1.id: duplicate briefing id "a"'],
  );
  assert.deepEqual(
    issuesOf(`${SOURCES}
briefings:
  - { id: a, sources: [nope], sourceTags: [机器人], channels: [hook-z], prompts: { rubric: ./r.md } }
schedule:
  jobs: [{ name: night, cron: "0 21 * * *", briefings: [b] }]
`),
    [
      'schedule.jobs.0.briefings.0: no briefing has the id "b"',
      'briefings.0.sources.0: no source has the id "nope"',
      'briefings.0.sourceTags.0: no source has the tag "机器人"',
      'briefings.0.channels.0: no channel has the id "hook-z"',
      "briefings.0.prompts: own prompts need an `llm` section",
      'briefings.0.id: briefing "a" reads no enabled source',
    ],
  );
});
