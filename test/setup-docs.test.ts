/**
 * docs/setup.md and docs/setup.en.md: every YAML config block loads through the real config loader
 * (secrets set to dummy values), and the two languages carry the same sections, configs and commands.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse, stringify } from "yaml";
import { parseConfig } from "../src/config/index.ts";
import { listEnvReferences } from "../src/config/interpolate.ts";
import {
  brokenRelativeLinks,
  dummyEnvFor,
  fences,
  headingLevels,
  shellCommands,
} from "./support/markdown-docs.ts";

const DOCS = ["docs/setup.md", "docs/setup.en.md"];

/** A fragment that shows one section is completed with one source, the only required key. */
const BASE_SOURCES = [{ id: "qbitai", name: "量子位", url: "https://www.qbitai.com/feed" }];

const read = (file: string) => readFileSync(file, "utf8");
const yamlBlocks = (file: string) => fences(read(file)).filter((f) => f.lang === "yaml");

for (const file of DOCS) {
  test(`${file}: every yaml block is a config the loader accepts`, () => {
    const blocks = yamlBlocks(file);
    assert.ok(blocks.length >= 4, `${file} has its config examples`);
    for (const [i, block] of blocks.entries()) {
      const tree = parse(block.text) as Record<string, unknown>;
      const text = stringify({ sources: BASE_SOURCES, ...tree });
      const env = dummyEnvFor(listEnvReferences(text));
      try {
        parseConfig(text, { env, baseDir: "/tmp", file: `${file} block ${i + 1}` });
      } catch (error) {
        const issues = (error as { issues?: unknown }).issues;
        assert.fail(
          `${file} yaml block ${i + 1} does not load: ${JSON.stringify(issues ?? String(error))}\n${block.text}`,
        );
      }
    }
  });
}

test("setup.md and setup.en.md have the same sections, the same configs and the same commands", () => {
  const [zh, en] = DOCS.map(read) as [string, string];
  assert.deepEqual(headingLevels(en), headingLevels(zh));
  assert.deepEqual(
    yamlBlocks(DOCS[1]!).map((b) => parse(b.text)),
    yamlBlocks(DOCS[0]!).map((b) => parse(b.text)),
    "the same config examples (comments may differ)",
  );
  assert.deepEqual(shellCommands(en), shellCommands(zh));
  assert.deepEqual(
    fences(en).map((f) => f.lang),
    fences(zh).map((f) => f.lang),
  );
});

test("the setup guides' relative links resolve", () => {
  for (const file of DOCS) assert.deepEqual(brokenRelativeLinks(read(file), file), [], file);
});
