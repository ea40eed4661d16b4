import assert from "node:assert/strict";
import { test } from "node:test";
import { countMissingPages, decideRunStatus } from "./run-status.ts";

const channel = (id: string, sent: number, failed: number, error?: string) => ({
  id,
  type: "webhook",
  parts: [],
  sent,
  skipped: 0,
  failed,
  error,
});
const delivery = (...channels: ReturnType<typeof channel>[]) => ({ date: "2026-02-04", ok: false, channels });
const analyse = { cached: 0, analysed: 3, fallback: 0, failed: 0, rejected: 0 };

test("ok only when nothing is missing", () => {
  assert.deepEqual(
    decideRunStatus({
      collected: ["ok", "not-modified"],
      failures: [],
      analyse,
      delivery: delivery(channel("a", 2, 0)),
    }),
    {
      status: "ok",
    },
  );
});

test("failed: no source answered, or every channel failed", () => {
  assert.equal(decideRunStatus({ collected: ["failed", "failed"], failures: [] }).status, "failed");
  const dead = decideRunStatus({
    collected: ["ok"],
    failures: [],
    delivery: delivery(channel("a", 0, 2), channel("b", 0, 0, "refused")),
  });
  assert.deepEqual(dead, {
    status: "failed",
    reason: "every channel failed (a, b)",
    reasons: [{ code: "everyChannelFailed", channels: ["a", "b"] }],
  });
  const none = decideRunStatus({ collected: ["failed", "failed"], failures: [], skippedDelivery: true });
  assert.equal(none.reason, "all 2 source(s) failed; nothing sent to the channels");
  assert.deepEqual(none.reasons, [{ code: "allSourcesFailed", sources: 2 }, { code: "nothingSent" }]);
});

test("degraded: a source, a page, an analysis or a channel part is missing, each named", () => {
  const result = decideRunStatus({
    collected: ["ok", "failed", "ok"],
    failures: [{ stage: "collect" }, { stage: "collect" }],
    pagesFailed: 1,
    analyse: { ...analyse, fallback: 2 },
    delivery: delivery(channel("a", 1, 1), channel("b", 3, 0)),
  });
  assert.deepEqual(result, {
    status: "degraded",
    reason:
      "1 of 3 source(s) failed; 1 feed(s) lost items; 1 page(s) unreadable; 2 analysis(es) failed (2 offline fallback); 1 channel part(s) not delivered",
    // The same as data, for the CLI to word in the user's language.
    reasons: [
      { code: "sourcesFailed", failed: 1, sources: 3 },
      { code: "feedsLostItems", count: 1 },
      { code: "pagesUnreadable", count: 1 },
      { code: "analysesFailed", count: 2, fallback: 2 },
      { code: "partsUndelivered", count: 1 },
    ],
  });
});

test("a page that could not be read degrades the run; feed text by the operator's choice does not", () => {
  const modes: Record<string, "auto" | "always" | "never"> = { wx: "auto", blog: "always", notes: "never" };
  const missing = countMissingPages(
    [
      { sourceId: "wx", status: "feed-only" }, // walled: the feed's text stands in
      { sourceId: "blog", status: "feed-only" }, // refused address, HTTP error
      { sourceId: "notes", status: "feed-only" }, // fetch.pages: never
      { sourceId: "wx", status: "ok" }, // the bridge carried the whole article
      { sourceId: "wx", status: "deleted" }, // a fact about the article
      { sourceId: "blog", status: "failed" },
    ],
    (id) => modes[id]!,
  );
  assert.deepEqual(missing, { failed: 1, unread: 2 });
  assert.deepEqual(decideRunStatus({ collected: ["ok"], failures: [], pagesUnread: missing.unread }), {
    status: "degraded",
    reason: "2 page(s) not read (feed text used)",
    reasons: [{ code: "pagesUnread", count: 2 }],
  });
  const chosen = countMissingPages([{ sourceId: "notes", status: "feed-only" }], (id) => modes[id]!);
  assert.deepEqual(decideRunStatus({ collected: ["ok"], failures: [], pagesUnread: chosen.unread }), {
    status: "ok",
  });
});
