import assert from "node:assert/strict";
import type { Article, Entry } from "../../../model/index.ts";
import { createOfflineAnalyser } from "../offline-analyser.ts";

const analyser = createOfflineAnalyser();

/** Runs the offline analyser on an article made of `paragraphs` (a fixture of our own); fails unless ok. */
export async function analyseParagraphs(title: string, paragraphs: string[], account = "测试源"): Promise<Entry> {
  const article: Article = {
    sourceId: "t",
    url: "https://example.com/a",
    originalUrl: "https://example.com/a",
    title,
    account,
    publishedAt: "2026-02-04T03:00:00Z",
    firstSeenAt: "2026-02-04T03:00:00Z",
    contentHash: "0",
    text: paragraphs.join("\n\n"),
    html: "",
    links: [],
    status: "ok",
  };
  const outcome = await analyser.analyse(article, { sourceName: account });
  assert.equal(outcome.status, "ok");
  return (outcome as { entry: Entry }).entry;
}

/** Every bullet text of the three sections. */
export const allBullets = (e: Entry) =>
  [e.core, e.results, e.insights].flatMap((s) =>
    s.bullets.flatMap((b) => [b.text, ...(b.children ?? []).map((c) => c.text)]),
  );
