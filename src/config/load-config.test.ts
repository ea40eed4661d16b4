import assert from "node:assert/strict";
import { test } from "node:test";
import { starterConfig } from "../cli/commands/init-config.ts";
import { ConfigError } from "../errors.ts";
import { configJsonSchema } from "./json-schema.ts";
import { parseConfig } from "./load-config.ts";

const opts = { env: {}, baseDir: "/srv/daybrief" };

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail("expected an error");
}

test("the starter config is valid and lists the three sources in order", () => {
  const config = parseConfig(starterConfig("zh"), opts);
  assert.equal(config.timezone, "Asia/Shanghai");
  assert.deepEqual(
    config.sources.map((s) => [s.id, s.name, s.order]),
    [
      ["jiqizhixin", "机器之心", 0],
      ["xinzhiyuan", "新智元", 1],
      ["qbitai", "量子位", 2],
    ],
  );
  assert.equal(config.output.dir, "/srv/daybrief/briefings");
  assert.equal(config.store.path, "/srv/daybrief/data/daybrief.db");
  assert.equal(config.briefing.minStars, 2);
});

test("every problem is reported at once with its path and a hint", () => {
  const text = `
timezone: Mars/Olympus
sources:
  - name: ""
    url: ftp://example.com/feed
  - name: ok
    url: https://example.com/feed
    colour: red
briefing:
  minStars: 9
`;
  const error = catchError(() => parseConfig(text, opts));
  assert.ok(error instanceof ConfigError);
  const paths = error.issues.map((i) => i.path).sort();
  assert.deepEqual(paths, ["briefing.minStars", "sources.0.name", "sources.0.url", "sources.1", "timezone"]);
  assert.match(error.message, /unknown key\(s\): colour/);
  assert.match(error.message, /a whole number from 1 to 5/);
});

test("environment variables are interpolated, defaults apply, and a missing variable is named", () => {
  const text = `
sources:
  - name: feed
    url: \${FEED_URL}
output:
  dir: \${OUT_DIR:-./out}
store:
  path: \${DB_PATH}
`;
  const env = { FEED_URL: "https://example.com/rss", DB_PATH: "db.sqlite" };
  const config = parseConfig(text, { ...opts, env });
  assert.equal(config.sources[0]?.url, "https://example.com/rss");
  assert.equal(config.output.dir, "/srv/daybrief/out");
  assert.throws(
    () => parseConfig(text, opts),
    (e: unknown) =>
      e instanceof ConfigError &&
      e.issues.some((i) => i.path === "sources.0.url" && /FEED_URL/.test(i.message)),
  );
});

test("analyse concurrency: today's 4 (LLM) and 1 (offline) by default, bounded when set", () => {
  const text = "sources:\n  - { name: feed, url: https://example.com/rss }\n";
  assert.deepEqual(parseConfig(text, opts).analyse, { concurrency: 4, offlineConcurrency: 1 });
  const set = parseConfig(`${text}analyse: { concurrency: 8, offlineConcurrency: 2 }\n`, opts);
  assert.deepEqual(set.analyse, { concurrency: 8, offlineConcurrency: 2 });
  assert.throws(
    () => parseConfig(`${text}analyse: { concurrency: 0 }\n`, opts),
    (e: unknown) => e instanceof ConfigError && e.issues.some((i) => i.path === "analyse.concurrency"),
  );
});

test("YAML syntax errors and duplicate ids are config errors, not crashes", () => {
  assert.throws(() => parseConfig("sources: [\n  - name: x", opts), ConfigError);
  const dup = `
sources:
  - { id: a, name: A, url: "https://a.example/feed" }
  - { id: a, name: B, url: "https://b.example/feed" }
`;
  assert.throws(() => parseConfig(dup, opts), /duplicate source id "a"/);
});

test("source ids are derived from the URL when omitted, so renaming keeps history", () => {
  const a = parseConfig("sources:\n  - { name: A, url: 'https://a.example/feed' }", opts);
  const b = parseConfig("sources:\n  - { name: Renamed, url: 'https://a.example/feed' }", opts);
  assert.match(a.sources[0]?.id ?? "", /^src-[0-9a-f]{8}$/);
  assert.equal(a.sources[0]?.id, b.sources[0]?.id);
});

test("the JSON Schema describes the file a user writes", () => {
  const schema = configJsonSchema() as { properties: Record<string, unknown>; required?: string[] };
  assert.ok(schema.properties.sources);
  assert.ok(schema.properties.timezone);
  assert.deepEqual(schema.required, ["sources"]);
});

test("the alert channel must be one of the configured channels", () => {
  const text = `
sources:
  - { name: A, url: "https://a.example/feed" }
channels:
  - { id: team, type: wecom, webhook: "https://qyapi.example/send?key=k" }
health:
  alertChannel: ops
`;
  const error = catchError(() => parseConfig(text, opts));
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(
    error.issues.map((i) => [i.path, i.message, i.hint]),
    [["health.alertChannel", 'no channel has the id "ops"', "use one of: team"]],
  );
});

test("dedup.judge needs an llm section", () => {
  const text = `
sources:
  - { name: A, url: "https://a.example/feed" }
dedup:
  judge: true
`;
  const error = catchError(() => parseConfig(text, opts));
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(
    error.issues.map((i) => i.path),
    ["dedup.judge"],
  );
});

test("store.url selects Postgres: a postgres:// URL is kept as written, anything else is refused at store.url", () => {
  const text = "sources:\n  - { name: feed, url: https://example.com/rss }\n";
  assert.equal(parseConfig(text, opts).store.url, undefined);
  const url = "postgres://daybrief@db.internal:5432/daybrief";
  assert.deepEqual(parseConfig(`${text}store: { url: '${url}' }\n`, opts).store, {
    path: "/srv/daybrief/data/daybrief.db",
    url,
  });
  assert.throws(
    () => parseConfig(`${text}store: { url: 'mysql://db/daybrief' }\n`, opts),
    (e: unknown) => e instanceof ConfigError && e.issues.some((i) => i.path === "store.url"),
  );
});
