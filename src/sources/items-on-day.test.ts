import assert from "node:assert/strict";
import { it } from "node:test";
import type { FeedItem } from "../model/index.ts";
import { itemsOnDay } from "./items-on-day.ts";

const item = (url: string, publishedAt?: string): FeedItem => ({ url, title: url, publishedAt });

it("keeps items published on the day in the zone, undated ones by first-seen time", () => {
  const items = [
    item("late-utc-previous-day", "2026-02-03T16:30:00.000Z"), // 00:30 on 02-04 in Shanghai
    item("midday", "2026-02-04T04:00:00.000Z"),
    item("next-day-in-shanghai", "2026-02-04T16:00:00.000Z"), // 00:00 on 02-05 in Shanghai
    item("undated-seen-today"),
    item("undated-seen-yesterday"),
  ];
  const firstSeen = (i: FeedItem) =>
    i.url === "undated-seen-today" ? "2026-02-04T02:00:00.000Z" : "2026-02-03T02:00:00.000Z";
  const urls = itemsOnDay(items, "2026-02-04", "Asia/Shanghai", firstSeen).map((i) => i.url);
  assert.deepEqual(urls, ["late-utc-previous-day", "midday", "undated-seen-today"]);
  assert.deepEqual(
    itemsOnDay(items, "2026-02-03", "UTC", firstSeen).map((i) => i.url),
    ["late-utc-previous-day", "undated-seen-yesterday"],
  );
});
