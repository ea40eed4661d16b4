import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRedactor, redactDeep, redactPatterns, urlSecrets } from "./redact.ts";

describe("createRedactor", () => {
  it("removes each configured value, raw, URL-encoded and JSON-escaped, longest first", () => {
    const redact = createRedactor(["abc/def+ghi", "abc/def+ghi-longer", "short", undefined, ""]);
    assert.equal(redact("x abc/def+ghi-longer y abc/def+ghi z"), "x *** y *** z");
    assert.equal(redact(`q=${encodeURIComponent("abc/def+ghi")}`), "q=***");
    assert.equal(redact(JSON.stringify({ m: 'say "abc/def+ghi"' })), '{"m":"say \\"***\\""}');
    assert.equal(
      redact("short stays: too short to be told from a word"),
      "short stays: too short to be told from a word",
    );
    assert.deepEqual(redact.secrets, ["abc/def+ghi-longer", "abc/def+ghi"]);
  });

  it("removes credential shapes whatever their value", () => {
    const cases: [string, string][] = [
      ["Authorization: Bearer eyJhbGciOi.xyz", "Authorization: Bearer ***"],
      ["GET /send?access_token=AbC123&x=1", "GET /send?access_token=***&x=1"],
      [
        "https://oapi.example/robot/send?key=K1&sign=S2&timestamp=1",
        "https://oapi.example/robot/send?key=***&sign=***&timestamp=1",
      ],
      ['{"api_key": "zz-123456", "model": "m"}', '{"api_key": "***", "model": "m"}'],
      [
        "POST /open-apis/bot/v2/hook/0c1d2e3f-4a5b-6c7d answered 400",
        "POST /open-apis/bot/v2/hook/*** answered 400",
      ],
      [
        "https://api.telegram.org/bot123456:AAH-xyzxyzxyzxyz/sendMessage",
        "https://api.telegram.org/bot***/sendMessage",
      ],
      ["Incorrect API key provided: sk-proj-abcdefghijklmnop", "Incorrect API key provided: sk-***"],
      ["secret=hunter22 password=pa55word", "secret=*** password=***"],
    ];
    for (const [input, expected] of cases) assert.equal(redactPatterns(input), expected, input);
    // Ordinary text is left alone.
    const plain = "量子位：连续 3 次抓取失败（HTTP 500） https://example.org/feed.xml monkey=1";
    assert.equal(redactPatterns(plain), plain);
  });
});

describe("urlSecrets", () => {
  it("takes a channel URL's path, query, token-like segments, query values and credentials", () => {
    const parts = urlSecrets(
      "https://user:pw123456@hooks.example.com/services/T000/B000/XXXXyyyyZZZZ1234?token=qq11ww22",
    );
    for (const expected of [
      "/services/T000/B000/XXXXyyyyZZZZ1234",
      "XXXXyyyyZZZZ1234",
      "qq11ww22",
      "pw123456",
    ]) {
      assert.ok(parts.includes(expected), `${expected} in ${JSON.stringify(parts)}`);
    }
    assert.ok(!parts.includes("services"), "plain words stay readable");
  });
});

describe("redactDeep", () => {
  it("redacts every string of a plain value", () => {
    const redact = createRedactor(["tok-123456"]);
    assert.deepEqual(redactDeep({ a: ["x tok-123456", 3], b: { c: "tok-123456" } }, redact), {
      a: ["x ***", 3],
      b: { c: "***" },
    });
  });
});
