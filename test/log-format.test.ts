import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, test } from "node:test";
import { stringify } from "yaml";
import { runCli } from "../src/cli/index.ts";
import { DEMO_DAY, FIXED_NOW } from "./support/cli-harness.ts";
import { type RouteServer, startRouteServer } from "./support/route-server.ts";

// Point 6 of issue 9: on a terminal a warning is one readable line (level, stage, source, reason)
// that replaces the progress line; JSON when not a terminal or with DAYBRIEF_LOG_FORMAT=json.
class Terminal extends Writable {
  text = "";
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

let server: RouteServer;
let dir: string;

before(async () => {
  server = await startRouteServer({ "/down.xml": { status: 500, body: "internal error\n" } });
  dir = mkdtempSync(join(tmpdir(), "daybrief-logs-"));
  writeFileSync(
    join(dir, "daybrief.config.yaml"),
    stringify({
      timezone: "Asia/Shanghai",
      sources: [{ id: "down", name: "宕机号", url: `${server.origin}/down.xml` }],
      output: { dir: "./out" },
      store: { path: "./data/daybrief.db" },
      fetch: { retries: 0, allowPrivate: [new URL(server.origin).host] },
    }),
  );
});

after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runOn(stderr: Terminal, env: Record<string, string> = {}) {
  const stdout = new Terminal(false);
  const code = await runCli(["run", "--date", DEMO_DAY], {
    env: { DAYBRIEF_LOG_LEVEL: "warn", LANG: "en_US.UTF-8", ...env },
    cwd: dir,
    stdout,
    stderr,
    now: () => FIXED_NOW,
    fetch: globalThis.fetch,
  });
  return { code, stderr: stderr.text };
}

test("on a terminal: readable warning lines between progress redraws, no JSON", async () => {
  const run = await runOn(new Terminal(true));
  assert.equal(run.code, 1);
  assert.match(run.stderr, /\r\x1b\[2KWARN {3}collect {2}down {2}feed failed — server/);
  assert.match(run.stderr, /» collecting feeds/, "the progress display is there too");
  assert.doesNotMatch(run.stderr, /"level":/);
});

test("not a terminal, or DAYBRIEF_LOG_FORMAT=json: pino JSON lines", async () => {
  for (const [terminal, env] of [
    [false, {}],
    [true, { DAYBRIEF_LOG_FORMAT: "json" }],
  ] as const) {
    const run = await runOn(new Terminal(terminal), env);
    const line = run.stderr.split("\n").find((l) => l.includes('"feed failed"'));
    assert.ok(line, run.stderr);
    const record = JSON.parse(line.slice(line.indexOf("{")));
    assert.equal(record.level, 40);
    assert.equal(record.stage, "collect");
    assert.equal(record.source_id, "down");
  }
});
