import assert from "node:assert/strict";
import { test } from "node:test";
import { blockedReason, createAddressPolicy } from "./address-policy.ts";

test("loopback, private, link-local, CGNAT, multicast, unspecified, broadcast and reserved are refused", () => {
  const refused: [string, RegExp][] = [
    ["127.0.0.1", /loopback/],
    ["127.255.0.9", /loopback/],
    ["::1", /loopback/],
    ["10.0.0.1", /private/],
    ["172.16.0.1", /private/],
    ["172.31.255.255", /private/],
    ["192.168.1.1", /private/],
    ["fc00::1", /unique local/],
    ["fd12:3456::1", /unique local/],
    ["169.254.169.254", /link-local/],
    ["fe80::1", /link-local/],
    ["100.64.0.1", /carrier-grade NAT/],
    ["100.127.255.254", /carrier-grade NAT/],
    ["224.0.0.251", /multicast/],
    ["ff02::1", /multicast/],
    ["0.0.0.0", /unspecified/],
    ["::", /unspecified/],
    ["255.255.255.255", /broadcast/],
    ["240.0.0.1", /reserved/],
    ["198.18.0.1", /benchmarking/],
  ];
  for (const [address, kind] of refused) assert.match(blockedReason(address) ?? "allowed", kind, address);
});

test("IPv4 hidden in IPv6 is judged as the IPv4 address it carries", () => {
  for (const address of ["::ffff:127.0.0.1", "::ffff:7f00:1", "::127.0.0.1", "::7f00:1", "[::ffff:7f00:1]"]) {
    assert.match(blockedReason(address) ?? "allowed", /loopback address 127\.0\.0\.1/, address);
  }
  assert.match(blockedReason("::ffff:a9fe:a9fe") ?? "allowed", /link-local address 169\.254\.169\.254/);
  assert.match(blockedReason("64:ff9b::a00:1") ?? "allowed", /private address 10\.0\.0\.1/);
  assert.match(blockedReason("2002:c0a8:101::1") ?? "allowed", /private address 192\.168\.1\.1/);
  assert.equal(blockedReason("::ffff:8.8.8.8"), undefined);
});

test("public unicast addresses pass", () => {
  for (const address of [
    "8.8.8.8",
    "1.1.1.1",
    "100.63.255.255",
    "100.128.0.1",
    "172.32.0.1",
    "2606:4700::1111",
  ]) {
    assert.equal(blockedReason(address), undefined, address);
  }
});

test("allowPrivate allows exactly the host, address, port or range it names", () => {
  const policy = createAddressPolicy(["127.0.0.1:4000", "nas.local", "192.168.10.0/24", "fd00::/8"]);
  assert.equal(policy.refuse("127.0.0.1", 4000, "127.0.0.1"), undefined);
  assert.match(policy.refuse("127.0.0.1", 4001, "127.0.0.1") ?? "", /loopback/, "another port");
  assert.match(policy.refuse("127.0.0.2", 4000, "127.0.0.2") ?? "", /loopback/, "another address");
  assert.equal(
    policy.refuse("::ffff:127.0.0.1", 4000, "::ffff:127.0.0.1"),
    undefined,
    "same address, IPv6 form",
  );
  assert.equal(policy.refuse("nas.local", 8080, "10.1.2.3"), undefined, "a named host on any port");
  assert.match(policy.refuse("other.local", 8080, "10.1.2.3") ?? "", /private/);
  assert.equal(policy.refuse("x", 80, "192.168.10.77"), undefined);
  assert.match(policy.refuse("x", 80, "192.168.11.77") ?? "", /private/);
  assert.equal(policy.refuse("x", 80, "fd00::5"), undefined);
  assert.match(policy.refuse("x", 80, "169.254.169.254") ?? "", /link-local/);
  assert.equal(createAddressPolicy([]).refuse("example.com", 443, "93.184.216.34"), undefined);
});

test("IPv6 outside global unicast, and the special ranges inside it, are refused", () => {
  const refused: [string, RegExp][] = [
    // IPv4 carried by the less common translation prefixes is judged as that IPv4 address.
    ["64:ff9b:1::a00:1", /private address 10\.0\.0\.1/],
    ["::ffff:0:7f00:1", /loopback address 127\.0\.0\.1/],
    // Teredo carries an IPv4 server and an obfuscated client; no feed lives there.
    ["2001::7f00:1", /Teredo/],
    ["2001:2::1", /benchmarking/],
    ["2001:10::1", /ORCHID/],
    ["3fff::1", /documentation/],
    // Not global unicast at all: reserved, unassigned, SRv6 SIDs.
    ["5f00::1", /non-global/],
    ["4000::1", /non-global/],
    ["e000::1", /non-global/],
    ["100::1:0:0:1", /discard/],
  ];
  for (const [address, kind] of refused) assert.match(blockedReason(address) ?? "allowed", kind, address);
  assert.equal(blockedReason("64:ff9b:1::808:808"), undefined, "local NAT64 of a public IPv4");
  assert.equal(blockedReason("2001:4860:4860::8888"), undefined);
});
