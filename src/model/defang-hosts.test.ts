import assert from "node:assert/strict";
import { test } from "node:test";
import { defangAddresses } from "./defang.ts";

test("other spellings of an internal host in prose are defanged (a URL parser reads each as one)", () => {
  const cases: [string, string][] = [
    ["0x7f.1", "0x7f[.]1"],
    ["0177.0.0.1", "0177[.]0[.]0[.]1"],
    ["0x7f.0.0.1/admin", "0x7f[.]0[.]0[.]1/admin"],
    ["2130706433:8080/admin", "2130706433[:]8080/admin"],
    ["0x7f000001:80", "0x7f000001[:]80"],
    ["127.1:8080/x", "127[.]1:8080/x"],
    ["１０．０．０．５", "１０[．]０[．]０[．]５"],
    ["10。0。0。5/admin", "10[。]0[。]0[。]5/admin"],
    ["１９２．１６８．１．１:8080", "１９２[．]１６８[．]１[．]１:8080"],
    ["localhost:8080/admin", "localhost[:]8080/admin"],
    ["[::1]", "[[:][:]1]"],
    ["[::1]:8080/x", "[[:][:]1]:8080/x"],
    ["[::ffff:10.0.0.5]:80/x", "[[:][:]ffff[:]10[.]0[.]0[.]5]:80/x"],
    ["[fd00::1]", "[fd00[:][:]1]"],
    ["nas.local/x", "nas[.]local/x"],
    ["jenkins.corp:8080", "jenkins[.]corp:8080"],
  ];
  for (const [written, shown] of cases) {
    assert.equal(defangAddresses(`见 ${written}。`), `见 ${shown}。`, written);
    // Shown twice (a fallback text escaped again) reads the same.
    assert.equal(defangAddresses(defangAddresses(written)), shown, `${written} twice`);
  }
  // With a scheme: the scheme is broken and the host is not linked either.
  assert.equal(defangAddresses("http://[::ffff:10.0.0.5]/"), "hxxp://[::ffff:10.0.0.5]/");
  assert.equal(defangAddresses("http://0x7f.1/"), "hxxp://0x7f[.]1/");
});

test("numbers, versions, dates, times, decimals and public hosts stay exactly as written", () => {
  const kept = [
    "3.14",
    "0.5",
    "10.5%",
    "127.1 亿元",
    "2130706433 次调用",
    "v1.2.3.4",
    "Python 3.12.1",
    "Node 20.20.2",
    "GPT-4.5",
    "2024.01.02",
    "2024-01-02",
    "2024年1月2日",
    "12:30",
    "10:30:00",
    "比分 3:2",
    "10.5:1",
    "10.5/h",
    "0.5/s",
    "1,234.56",
    "192.168",
    "1.2.3.4.5",
    "0x7f000001",
    "0xFF",
    "localhost",
    "[1]",
    "[10:30]",
    "std::vector",
    "a::b",
    "1.2.3.4",
    "8.8.8.8:53",
    "example.com:8080",
    "https://example.com/v1/10.0.0.5",
    "[2606:4700::1111]",
    "local.news",
    "the lan party",
  ];
  assert.ok(kept.length >= 20);
  for (const s of kept) assert.equal(defangAddresses(`见 ${s}。`), `见 ${s}。`, s);
});

test("linear in the text: 40 KB of digits, dots, colons or names", () => {
  for (const s of [
    "1.".repeat(20_000),
    "0x1.".repeat(10_000),
    "1:".repeat(20_000),
    "a-".repeat(20_000),
    `${"a.".repeat(20_000)}local`,
    "[:".repeat(20_000),
  ]) {
    const start = performance.now();
    defangAddresses(s);
    assert.ok(performance.now() - start < 1000, JSON.stringify(s.slice(0, 8)));
  }
});
