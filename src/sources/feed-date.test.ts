import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFeedDate } from "./feed-date.ts";

const SH = "Asia/Shanghai";

describe("parseFeedDate", () => {
  const cases: [string, string, string | undefined][] = [
    ["Wed, 04 Feb 2026 19:18:00 GMT", SH, "2026-02-04T19:18:00.000Z"],
    ["Wed, 04 Feb 2026 19:18:00 +0800", SH, "2026-02-04T11:18:00.000Z"],
    ["Wed, 4 Feb 26 19:18 EST", SH, "2026-02-05T00:18:00.000Z"],
    ["Wed, 04 Feb 2026 19:18:00 CST", SH, "2026-02-04T11:18:00.000Z"],
    ["Wed, 04 Feb 2026 19:18:00 CST", "America/Chicago", "2026-02-05T01:18:00.000Z"],
    ["Wed, 04 Feb 2026 19:18:00", SH, "2026-02-04T11:18:00.000Z"],
    ["Wed Feb 04 2026 19:18:00 GMT+0800 (China Standard Time)", SH, "2026-02-04T11:18:00.000Z"],
    ["2026-02-04T19:18:00Z", SH, "2026-02-04T19:18:00.000Z"],
    ["2026-02-04T19:18:00.250+08:00", SH, "2026-02-04T11:18:00.250Z"],
    ["2026-02-04T19:18:00", SH, "2026-02-04T11:18:00.000Z"],
    ["2026-02-04 19:18:00", SH, "2026-02-04T11:18:00.000Z"],
    ["2026-02-04 19:18:00", "UTC", "2026-02-04T19:18:00.000Z"],
    ["2026-02-04", SH, "2026-02-03T16:00:00.000Z"],
    ["2026/2/4 19:18", SH, "2026-02-04T11:18:00.000Z"],
    ["20260204T191800Z", SH, "2026-02-04T19:18:00.000Z"],
    ["2025年2月4日 19:18", SH, "2025-02-04T11:18:00.000Z"],
    ["2025年2月4日", SH, "2025-02-03T16:00:00.000Z"],
    ["1770203880", SH, "2026-02-04T11:18:00.000Z"],
    ["", SH, undefined],
    ["not a date", SH, undefined],
    ["2026-13-45", SH, undefined],
    ["31 Feb 2026 10:00 GMT", SH, undefined],
    ["Wed, 04 Foo 2026 19:18:00 GMT", SH, undefined],
  ];
  for (const [input, zone, expected] of cases) {
    it(`${JSON.stringify(input)} in ${zone}`, () => {
      assert.equal(parseFeedDate(input, zone), expected);
    });
  }

  it("never throws, even for an unknown zone", () => {
    assert.equal(parseFeedDate("2026-02-04 19:18", "Not/AZone"), undefined);
  });
});
