import { isIP } from "node:net";

/**
 * Which IP addresses are not public unicast hosts of the internet: loopback, private, link-local
 * (cloud metadata), CGNAT, multicast, reserved, also IPv4 carried inside IPv6. One table for the
 * fetch guard (http/address-policy.ts: never connect there) and for the outputs (model/links.ts:
 * never publish a link there).
 */

/** An address as 4 or 16 bytes. */
export type Bytes = number[];

export interface Range {
  bytes: Bytes;
  prefix: number;
  kind: string;
}

function range(cidr: string, kind: string): Range {
  const [ip, prefix] = cidr.split("/") as [string, string];
  return { bytes: ipBytes(ip)!, prefix: Number(prefix), kind };
}

const BLOCKED_V4: Range[] = [
  range("0.0.0.0/8", "unspecified"),
  range("10.0.0.0/8", "private"),
  range("100.64.0.0/10", "carrier-grade NAT"),
  range("127.0.0.0/8", "loopback"),
  range("169.254.0.0/16", "link-local"),
  range("172.16.0.0/12", "private"),
  range("192.0.0.0/24", "reserved"),
  range("192.0.2.0/24", "documentation"),
  range("192.168.0.0/16", "private"),
  range("198.18.0.0/15", "benchmarking"),
  range("198.51.100.0/24", "documentation"),
  range("203.0.113.0/24", "documentation"),
  range("224.0.0.0/4", "multicast"),
  range("255.255.255.255/32", "broadcast"),
  range("240.0.0.0/4", "reserved"),
];

const BLOCKED_V6: Range[] = [
  range("::/128", "unspecified"),
  range("::1/128", "loopback"),
  range("100::/64", "discard"),
  range("2001:db8::/32", "documentation"),
  range("fc00::/7", "unique local (private)"),
  range("fe80::/10", "link-local"),
  range("fec0::/10", "site-local"),
  range("ff00::/8", "multicast"),
  // Inside global unicast (2000::/3) but not a host on the internet (IANA special-purpose registry).
  range("2001::/32", "Teredo"),
  range("2001:2::/48", "benchmarking"),
  range("2001:10::/28", "ORCHID"),
  range("3fff::/20", "documentation"),
];

/** Everything outside 2000::/3 is not global unicast: unassigned, reserved or special-purpose. */
const GLOBAL_UNICAST_V6 = range("2000::/3", "global unicast");

/** IPv6 forms that carry an IPv4 address, which is then what is checked. */
const EMBEDS_V4: { range: Range; offset: number }[] = [
  { range: range("::ffff:0:0/96", "IPv4-mapped"), offset: 12 },
  { range: range("::/96", "IPv4-compatible"), offset: 12 },
  { range: range("::ffff:0:0:0/96", "IPv4-translated"), offset: 12 },
  { range: range("64:ff9b::/96", "NAT64"), offset: 12 },
  { range: range("64:ff9b:1::/48", "local-use NAT64"), offset: 12 },
  { range: range("2002::/16", "6to4"), offset: 2 },
];

/** Parses a literal IPv4 (dotted quad) or IPv6 address into bytes; undefined if it is neither. */
export function ipBytes(address: string): Bytes | undefined {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(ip);
  if (family === 4) return ip.split(".").map(Number);
  if (family !== 6) return undefined;
  // A trailing dotted quad (::ffff:127.0.0.1) is the last two words.
  const text = ip.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
    [(a << 8) | b, (c << 8) | d].map((w) => w.toString(16)).join(":"),
  );
  const [head, rest] = text.includes("::") ? text.split("::") : [text, undefined];
  const words = (s: string | undefined) => (s ? s.split(":").map((w) => Number.parseInt(w, 16)) : []);
  const left = words(head);
  const right = words(rest);
  const all =
    rest === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((w) => [w >> 8, w & 0xff]);
}

export function inRange(bytes: Bytes, r: Range): boolean {
  if (bytes.length !== r.bytes.length) return false;
  for (let bit = 0; bit < r.prefix; bit += 8) {
    const mask = r.prefix - bit >= 8 ? 0xff : (0xff << (8 - (r.prefix - bit))) & 0xff;
    if ((bytes[bit / 8]! & mask) !== (r.bytes[bit / 8]! & mask)) return false;
  }
  return true;
}

/** The IPv4 address an IPv6 address stands for (mapped, compatible, NAT64, 6to4), else itself. */
export function unwrap(bytes: Bytes): Bytes {
  if (bytes.length !== 16) return bytes;
  // :: and ::1 are IPv6's own unspecified and loopback, not IPv4-compatible 0.0.0.0 / 0.0.0.1.
  if (bytes.slice(0, 15).every((b) => b === 0) && bytes[15]! <= 1) return bytes;
  for (const e of EMBEDS_V4) {
    if (inRange(bytes, e.range)) return bytes.slice(e.offset, e.offset + 4);
  }
  return bytes;
}

function format(bytes: Bytes): string {
  if (bytes.length === 4) return bytes.join(".");
  const words = [];
  for (let i = 0; i < 16; i += 2) words.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return words.join(":").replace(/(^|:)0(:0)+(:|$)/, "::");
}

/**
 * Why an address must not be fetched ("loopback 127.0.0.1"), or undefined for a public address.
 * IPv4 hidden in IPv6 (::ffff:7f00:1, 64:ff9b::a00:1) is judged as the IPv4 address it carries.
 */
export function blockedReason(address: string): string | undefined {
  const raw = ipBytes(address);
  if (!raw) return `not an IP address: ${address}`;
  const bytes = unwrap(raw);
  const hit =
    (bytes.length === 4 ? BLOCKED_V4 : BLOCKED_V6).find((r) => inRange(bytes, r)) ??
    (bytes.length === 16 && !inRange(bytes, GLOBAL_UNICAST_V6)
      ? { kind: "non-global (outside 2000::/3)" }
      : undefined);
  if (!hit) return undefined;
  const shown = bytes === raw ? address.replace(/^\[|\]$/g, "") : `${format(bytes)} (as ${format(raw)})`;
  return `${hit.kind} address ${shown}`;
}
