import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../config/index.ts";
import { buildRedactor } from "./redactor.ts";

test("a provider's credential headers are redacted, written literally or as Bearer; plain headers are not", () => {
  const config = parseConfig(
    [
      "timezone: Asia/Shanghai",
      "sources: [{ id: a, name: A, url: 'https://feeds.example/a.xml' }]",
      "llm:",
      "  providers:",
      "    - id: azure",
      "      baseUrl: https://llm.example/v1",
      "      model: gpt-x",
      "      apiKey: none-needed",
      "      headers: { api-key: azlit-6b1f0c2d9e, X-Auth-Token: 'Bearer gw-77aa55cc33', X-Team: research-team }",
      "  chain: [azure]",
    ].join("\n"),
    { env: {}, baseDir: "/srv/daybrief" },
  );
  const redact = buildRedactor(config, {});
  const out = redact(
    "401 from llm.example: api-key azlit-6b1f0c2d9e rejected; token gw-77aa55cc33; team research-team",
  );
  assert.ok(!out.includes("azlit-6b1f0c2d9e"), out);
  assert.ok(!out.includes("gw-77aa55cc33"), out);
  assert.ok(out.includes("research-team"), out);
});

test("a password written into store.url is redacted; the rest of the URL is not", () => {
  const config = parseConfig(
    [
      "timezone: Asia/Shanghai",
      "sources: [{ id: a, name: A, url: 'https://feeds.example/a.xml' }]",
      "store: { url: 'postgres://daybrief:pg-s3cret-81f2@db.internal:5432/daybrief' }",
    ].join("\n"),
    { env: {}, baseDir: "/srv/daybrief" },
  );
  const out = buildRedactor(config, {})("connect to postgres://daybrief:pg-s3cret-81f2@db.internal failed");
  assert.ok(!out.includes("pg-s3cret-81f2"), out);
  assert.ok(out.includes("db.internal"), out);
});

test("a feed URL's credentials (user info, a query value named like one) are redacted; its other parts are not", () => {
  // A private feed behind a bridge or reader: `?auth_code=`, `?access=`, `?sid=` are not among the
  // shapes the patterns know, and the HTTP client's retry warning logs the URL as it is.
  const config = parseConfig(
    [
      "timezone: Asia/Shanghai",
      "sources:",
      "  - { id: a, name: A, url: 'https://bridge.example/feeds/all.atom?auth_code=br1dge-c0de-77&type=article' }",
      "  - { id: b, name: B, url: 'https://reader:rd-pass-4411@reader.example/p/gpt-oss-120b.xml?access=acc-99x1' }",
    ].join("\n"),
    { env: {}, baseDir: "/srv/daybrief" },
  );
  const redact = buildRedactor(config, {});
  const out = redact(
    '{"msg":"retrying: HTTP 503","url":"https://bridge.example/feeds/all.atom?auth_code=br1dge-c0de-77&type=article"} ' +
      "GET https://reader:rd-pass-4411@reader.example/p/gpt-oss-120b.xml?access=acc-99x1 failed",
  );
  for (const secret of ["br1dge-c0de-77", "rd-pass-4411", "acc-99x1"]) assert.ok(!out.includes(secret), out);
  for (const kept of ["type=article", "gpt-oss-120b", "all.atom", "reader.example"])
    assert.ok(out.includes(kept), out);
});
