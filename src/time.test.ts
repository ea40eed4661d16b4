import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, dayOf, dayRange, formatDateTime, isOnDay, parseDay, zonedToUtc } from "./time.ts";

test("Shanghai wall time converts to UTC and back", () => {
  // 2026-02-04 19:18 in Shanghai is 11:18 UTC.
  const utc = zonedToUtc({ year: 2026, month: 2, day: 4, hour: 19, minute: 18 }, "Asia/Shanghai");
  assert.equal(utc.toISOString(), "2026-02-04T11:18:00.000Z");
  assert.equal(formatDateTime(utc, "Asia/Shanghai"), "2026-02-04 19:18");
});

test("the day window follows the configured zone, not UTC", () => {
  // 2026-02-03T17:30Z is 01:30 on the 4th in Shanghai, but still the 3rd in UTC.
  assert.equal(dayOf("2026-02-03T17:30:00Z", "Asia/Shanghai"), "2026-02-04");
  assert.equal(dayOf("2026-02-03T17:30:00Z", "UTC"), "2026-02-03");
  assert.ok(isOnDay("2026-02-04T15:59:59Z", "2026-02-04", "Asia/Shanghai"));
  assert.ok(!isOnDay("2026-02-04T16:00:00Z", "2026-02-04", "Asia/Shanghai"));
  const { start, end } = dayRange("2026-02-04", "Asia/Shanghai");
  assert.equal(start.toISOString(), "2026-02-03T16:00:00.000Z");
  assert.equal(end.toISOString(), "2026-02-04T16:00:00.000Z");
});

test("daylight saving days are 23 or 25 hours long", () => {
  const { start, end } = dayRange("2026-03-08", "America/New_York");
  assert.equal((end.getTime() - start.getTime()) / 3600000, 23);
  assert.equal(start.toISOString(), "2026-03-08T05:00:00.000Z");
});

test("dates are validated and shifted by calendar", () => {
  assert.equal(parseDay("2026-02-30"), undefined);
  assert.equal(parseDay("2026-2-3"), undefined);
  assert.deepEqual(parseDay("2026-02-28"), { year: 2026, month: 2, day: 28 });
  assert.equal(addDays("2026-02-28", 1), "2026-03-01");
  assert.equal(addDays("2026-01-01", -1), "2025-12-31");
});
