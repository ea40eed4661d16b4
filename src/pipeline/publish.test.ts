import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseConfig } from "../config/index.ts";
import { createLogger } from "../log.ts";
import type { Briefing } from "../model/briefing.ts";
import { renderAtomFeed } from "../render/index.ts";
import { sampleBriefing } from "../render/testdata/sample-2026-02-04.ts";
import { openStore } from "../store/index.ts";
import type { PipelineDeps } from "./deps.ts";
import { publishBriefing } from "./publish.ts";
import { toFeedBriefing } from "./publish-site.ts";

test("feed.xml, written a day at a time, is the feed of every stored day rendered whole", async () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-publish-"));
  const store = openStore(join(dir, "daybrief.db"));
  try {
    const config = parseConfig(
      JSON.stringify({
        sources: [{ id: "a", name: "A", url: "https://a.example/feed.xml" }],
        output: { dir: "./out", siteUrl: "https://me.example/brief" },
      }),
      { env: {}, baseDir: dir },
    );
    const deps = {
      config,
      store,
      logger: createLogger({ level: "silent" }),
    } as unknown as PipelineDeps;
    const day = (date: string, hour: number, items: number): Briefing => ({
      ...sampleBriefing,
      date,
      generatedAt: `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`,
      items: sampleBriefing.items.slice(0, items),
    });
    // Stored days out of order, one with a later time than the day published last.
    const days = [day("2026-02-02", 9, 2), day("2026-02-04", 1, 3), day("2026-02-03", 23, 1)];
    for (const b of days) await publishBriefing(deps, b, { warnNoSiteUrl: false });
    const written = readFileSync(join(dir, "out", "feed.xml"), "utf8");
    const whole = renderAtomFeed(
      days.map((b) => toFeedBriefing(b, config.briefing.title)),
      { siteUrl: config.output.siteUrl, title: config.briefing.title },
    );
    assert.equal(written, whole);
    assert.equal(written.match(/<entry>/g)?.length, 3);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
