import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError } from "../errors.ts";
import { parseConfig } from "./load-config.ts";
import { parseNetTarget } from "./net-target.ts";

test("allowPrivate entries: host, host:port, IP, IP:port, [IPv6]:port and CIDR", () => {
  assert.deepEqual(parseNetTarget("NAS.local"), { kind: "host", host: "nas.local" });
  assert.deepEqual(parseNetTarget("nas.local:8080"), { kind: "host", host: "nas.local", port: 8080 });
  assert.deepEqual(parseNetTarget("192.168.1.20"), { kind: "ip", ip: "192.168.1.20" });
  assert.deepEqual(parseNetTarget("127.0.0.1:4000"), { kind: "ip", ip: "127.0.0.1", port: 4000 });
  assert.deepEqual(parseNetTarget("fd00::1"), { kind: "ip", ip: "fd00::1" });
  assert.deepEqual(parseNetTarget("[::1]:8080"), { kind: "ip", ip: "::1", port: 8080 });
  assert.deepEqual(parseNetTarget("10.0.0.0/8"), { kind: "cidr", ip: "10.0.0.0", prefix: 8 });
  assert.deepEqual(parseNetTarget("fc00::/7"), { kind: "cidr", ip: "fc00::", prefix: 7 });
});

test("malformed allowPrivate entries say what is wrong", () => {
  for (const [entry, message] of [
    ["http://nas.local/", /is a URL/],
    ["10.0.0.0/33", /prefix length must be 0–32/],
    ["nas/24", /not an IP address/],
    ["nas.local:0", /port must be a number/],
    ["nas.local:http", /port must be a number/],
    ["*.lan", /not a host name/],
    ["", /empty/],
  ] as const) {
    const result = parseNetTarget(entry);
    assert.ok("error" in result, entry);
    assert.match(result.error, message, entry);
  }
});

test("fetch.allowPrivate defaults to empty and a bad entry is a config issue with its path", () => {
  const base = "sources:\n  - name: a\n    url: https://example.com/feed\n";
  assert.deepEqual(parseConfig(base, { env: {}, baseDir: "/x" }).fetch.allowPrivate, []);
  const ok = parseConfig(`${base}fetch:\n  allowPrivate: [nas.local, 192.168.1.0/24]\n`, {
    env: {},
    baseDir: "/x",
  });
  assert.deepEqual(ok.fetch.allowPrivate, ["nas.local", "192.168.1.0/24"]);
  assert.throws(
    () =>
      parseConfig(`${base}fetch:\n  allowPrivate: [nas.local, "10.0.0.0/40"]\n`, { env: {}, baseDir: "/x" }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(
        error.issues.map((i) => i.path),
        ["fetch.allowPrivate.1"],
      );
      assert.match(error.message, /prefix length/);
      assert.match(error.message, /192\.168\.1\.0\/24/, "the hint shows the accepted forms");
      return true;
    },
  );
});
