import type { Redis } from "ioredis";
import { sleep as realSleep, type Sleep } from "../async/sleep.ts";

/** One bucket to take from: `perMinute` refills a bucket of `capacity`; a call takes `cost`. */
export interface BucketTake {
  key: string;
  capacity: number;
  perMinute: number;
  cost: number;
}

/**
 * Token buckets in Redis, shared by every worker: one script takes from all the buckets of a call
 * at once (or from none), on Redis's own clock, so workers on machines whose clocks differ still
 * share one rate. It answers 0 when taken, else how many milliseconds until it could be.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
local levels = {}
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i * 3 - 2])
  local perMs = tonumber(ARGV[i * 3 - 1])
  local cost = tonumber(ARGV[i * 3])
  local data = redis.call('HMGET', key, 'level', 'at')
  local level = tonumber(data[1]) or capacity
  local at = tonumber(data[2]) or now
  if now > at then level = math.min(capacity, level + (now - at) * perMs) end
  levels[i] = level
  if level < cost then
    local need = math.ceil((cost - level) / perMs)
    if need > wait then wait = need end
  end
end
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i * 3 - 2])
  local perMs = tonumber(ARGV[i * 3 - 1])
  local level = levels[i]
  if wait == 0 then level = level - tonumber(ARGV[i * 3]) end
  redis.call('HSET', key, 'level', tostring(level), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.ceil(capacity / perMs) + 60000)
end
return wait
`;

export interface TokenBuckets {
  /** Takes from every bucket at once: 0, or the milliseconds to wait before asking again. */
  tryTake(takes: readonly BucketTake[]): Promise<number>;
  /** Waits until every bucket has room, then takes (a caller's abort ends the wait). */
  take(takes: readonly BucketTake[], signal?: AbortSignal): Promise<void>;
}

export function createTokenBuckets(redis: Redis, options: { prefix: string; sleep?: Sleep }): TokenBuckets {
  const sleep = options.sleep ?? realSleep;
  const tryTake = async (takes: readonly BucketTake[]): Promise<number> => {
    const live = takes.filter((t) => t.perMinute > 0 && t.capacity > 0);
    if (live.length === 0) return 0;
    const args = live.flatMap((t) => [t.capacity, t.perMinute / 60_000, Math.min(t.cost, t.capacity)]);
    const keys = live.map((t) => `${options.prefix}:bucket:${t.key}`);
    return Number(await redis.eval(TAKE_SCRIPT, keys.length, ...keys, ...args.map(String)));
  };
  return {
    tryTake,
    async take(takes, signal) {
      for (;;) {
        signal?.throwIfAborted();
        const wait = await tryTake(takes);
        if (wait <= 0) return;
        await sleep(wait, signal);
      }
    },
  };
}
