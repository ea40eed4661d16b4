import { isIPv4, isIPv6 } from "node:net";

/**
 * Requests per caller per minute: a sliding window over the last 60 s (one timestamp list per
 * caller, trimmed as it goes). In memory: one `serve` process is one limiter. The table holds at
 * most `maxKeys` callers (anonymous readers are one caller per client network, so as many as there
 * are clients): the least recently seen goes first, so memory stays bounded whatever addresses
 * come — a caller forgotten that way starts a fresh window, never a shorter one.
 */
export interface RateLimiter {
  /** Takes one request for `key`: allowed, or how many seconds until the next one would be. */
  take(key: string): { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };
  /** How many callers the table holds now (for tests and metrics). */
  size(): number;
}

/** Callers remembered at most (about 1 KB each at 120 requests a minute). */
export const RATE_LIMIT_KEYS = 10_000;

export function createRateLimiter(options: {
  perMinute: number;
  now: () => Date;
  maxKeys?: number;
}): RateLimiter {
  const windowMs = 60_000;
  const maxKeys = options.maxKeys ?? RATE_LIMIT_KEYS;
  /** Insertion order is recency order: a caller seen is moved to the end. */
  const hits = new Map<string, number[]>();
  const remember = (key: string, list: number[]) => {
    hits.delete(key);
    hits.set(key, list);
    for (const oldest of hits.keys()) {
      if (hits.size <= maxKeys) break;
      hits.delete(oldest);
    }
  };
  return {
    take(key) {
      const now = options.now().getTime();
      const list = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
      if (list.length >= options.perMinute) {
        remember(key, list);
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((list[0]! + windowMs - now) / 1000)),
        };
      }
      list.push(now);
      remember(key, list);
      return { allowed: true, remaining: options.perMinute - list.length };
    },
    size: () => hits.size,
  };
}

/**
 * The rate-limit key of an anonymous reader (api.publicRead) at `address` (proxy.ts's clientAddress):
 * one budget per IPv4 address, and per IPv6 /64 — one host usually holds a whole /64, so keying by
 * the full address would give it 2^64 budgets.
 */
export function anonymousKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return `anonymous:${mapped}`;
  if (isIPv6(address)) return `anonymous:${ipv6Network(address)}::/64`;
  return `anonymous:${address}`;
}

/** The first four groups of an IPv6 address, written out (`2001:db8::1` → `2001:db8:0:0`). */
function ipv6Network(address: string): string {
  const bare = address.split("%")[0]!.toLowerCase();
  const [head = "", tail] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 aside) counts as two groups; it is past the /64 anyway.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - width(left) - width(right)).fill("0"), ...right];
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":");
}
