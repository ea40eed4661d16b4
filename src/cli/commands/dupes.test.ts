import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { dayOne } from "../../dedup/testdata/stories.ts";
import { openStore } from "../../store/index.ts";
import { makeArticle, makeSource } from "../../store/testing.ts";
import type { CliContext } from "../context.ts";
import { dupesCommand } from "./dupes.ts";

const SOURCES = ["jiqizhixin", "xinzhiyuan", "qbitai", "aggregator", "bridge"];

test("dupes lists the merged stories of a date with their scores", async () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-dupes-"));
  try {
    const lines = SOURCES.map((id) => `  - { id: ${id}, name: ${id}名, url: "http://127.0.0.1/${id}.xml" }`);
    writeFileSync(
      join(dir, "daybrief.config.yaml"),
      `store:\n  path: ./db.sqlite\nsources:\n${lines.join("\n")}\n`,
    );
    const store = openStore(join(dir, "db.sqlite"));
    for (const [order, id] of SOURCES.entries())
      await store.upsertSource(makeSource({ id, name: id, order }));
    for (const a of dayOne) {
      await store.saveArticle(
        makeArticle({
          ...a,
          originalUrl: a.url,
          guid: undefined,
          contentHash: String(a.id).padStart(64, "0"),
        }),
      );
    }
    await store.close();
    const stdout = new PassThrough();
    let out = "";
    stdout.on("data", (chunk) => {
      out += chunk.toString();
    });
    const ctx: CliContext = {
      env: { LANG: "en_US.UTF-8" },
      cwd: dir,
      stdout,
      stderr: new PassThrough(),
      now: () => new Date("2026-02-04T12:00:00Z"),
    };
    assert.equal(await dupesCommand(ctx, { date: "2026-02-04" }), 0);
    assert.match(out, /^2026-02-04: 10 articles → 5 stories \(5 copies merged, 0 repeats, 0 follow-ups\)/);
    assert.match(out, /● 《智谱开源GLM-5V/);
    assert.match(out, /xinzhiyuan名 《刚刚，GLM-5V开源！.*title 0\.\d\d · entities 0\.\d\d · story 0\.\d\d/);
    assert.doesNotMatch(out, /Claude Code/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
