import assert from "node:assert/strict";
import { test } from "node:test";
import { redactUrls } from "./redact-urls.ts";

test("queries and fragments of URLs in a message are cut; the rest of the text stays", () => {
  assert.equal(
    redactUrls("GET https://bridge.example/feed/abc.xml?key=SECRET123 failed: HTTP 500"),
    "GET https://bridge.example/feed/abc.xml?… failed: HTTP 500",
  );
  assert.equal(
    redactUrls("订阅源抓取失败：https://a.example/x?t=1）再试"),
    "订阅源抓取失败：https://a.example/x?…）再试",
  );
  assert.equal(redactUrls("no url here"), "no url here");
  assert.equal(
    redactUrls(
      "Request cannot be constructed from a URL that includes credentials: https://me:s3cret@bridge.example/feed",
    ),
    "Request cannot be constructed from a URL that includes credentials: https://bridge.example/feed",
  );
  assert.equal(redactUrls("HTTPS://A.EXAMPLE/x?KEY=1"), "HTTPS://A.EXAMPLE/x?…");
  assert.equal(redactUrls("https://a.example/plain"), "https://a.example/plain");
});
