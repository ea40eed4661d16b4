import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError } from "../errors.ts";
import { editDistance, knownKeysAt, nearestKey, readablePath } from "./issues.ts";
import { parseConfig } from "./load-config.ts";
import { configSchema } from "./schema.ts";

test("edit distance counts inserts, deletes, substitutions and a swap of neighbours as one each", () => {
  assert.equal(editDistance("timezon", "timezone"), 1);
  assert.equal(editDistance("ulr", "url"), 1);
  assert.equal(editDistance("minStar", "minstars"), 2);
  assert.equal(editDistance("", "abc"), 3);
});

test("the nearest key is offered only when it is near enough to be a typo", () => {
  const keys = ["timezone", "sources", "output", "briefing"];
  assert.equal(nearestKey("timezon", keys), "timezone");
  assert.equal(nearestKey("Sources", keys), "sources");
  assert.equal(nearestKey("zzzzzz", keys), undefined);
});

test("known keys follow the schema through lists, defaults and unions (channel types)", () => {
  assert.ok(knownKeysAt(configSchema, ["sources", 0]).includes("url"));
  assert.ok(knownKeysAt(configSchema, ["briefing"]).includes("minStars"));
  assert.ok(knownKeysAt(configSchema, ["channels", 0]).includes("secret"));
  assert.deepEqual(knownKeysAt(configSchema, ["nope"]), []);
});

test("paths count list items from 1 and name an item by its name or id", () => {
  const raw = { sources: [{ name: "机器之心" }, { url: "x" }], channels: [{ id: "feishu" }] };
  assert.equal(readablePath(["sources", 0, "url"], raw), "sources[#1 机器之心].url");
  assert.equal(readablePath(["sources", 1], raw), "sources[#2]");
  assert.equal(readablePath(["channels", 0, "secrt"], raw), "channels[#1 feishu].secrt");
});

test("a misspelt channel key gets its suggestion, with the channel named", () => {
  const yaml = [
    "sources:",
    "  - name: A",
    "    url: https://a.example/f.xml",
    "channels:",
    "  - id: team",
    "    type: feishu",
    "    webhook: https://open.feishu.cn/open-apis/bot/v2/hook/x",
    "    secrt: s",
    "",
  ].join("\n");
  try {
    parseConfig(yaml, { env: {}, baseDir: "/tmp" });
    assert.fail("expected a config error");
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    const issue = error.issues.find((i) => i.unknownKeys);
    assert.deepEqual(issue?.unknownKeys, ["secrt"]);
    assert.deepEqual(issue?.suggestions, ["secret"]);
    assert.equal(issue?.where, "channels[#1 team]");
    assert.match(error.message, /channels\[#1 team\]: unknown key\(s\): secrt \(did you mean secret\?\)/);
  }
});
