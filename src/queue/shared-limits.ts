import { createSemaphore } from "../async/concurrency.ts";
import type { Config } from "../config/index.ts";
import type { LlmProviderConfig } from "../config/llm-schema.ts";
import { pacingKey, resolveHostPolicies } from "../http/index.ts";
import type { RateLimiter } from "../llm/index.ts";
import type { TokenBuckets } from "./token-buckets.ts";

/**
 * A provider's limiter for queue workers: its requests and tokens per minute are token buckets in
 * Redis shared by every worker (keyed by provider id), its `concurrency` stays per process. The
 * buckets hold one second of requests and ten seconds of tokens, so workers starting together do
 * not spend a whole minute's allowance in one burst.
 */
export function createSharedLlmLimiter(buckets: TokenBuckets, provider: LlmProviderConfig): RateLimiter {
  const slots = createSemaphore(Math.max(1, provider.concurrency));
  const rpm = provider.rpm;
  const tpm = provider.tpm;
  return {
    get active() {
      return slots.active;
    },
    async acquire(tokens, signal) {
      const release = await slots.acquire(signal);
      try {
        await buckets.take(
          [
            { key: `llm:${provider.id}:requests`, perMinute: rpm, capacity: Math.ceil(rpm / 60), cost: 1 },
            { key: `llm:${provider.id}:tokens`, perMinute: tpm, capacity: Math.ceil(tpm / 6), cost: tokens },
          ],
          signal,
        );
      } catch (error) {
        release();
        throw error;
      }
      return release;
    },
  };
}

/** Waits for a host's turn across every worker before a page is requested. */
export interface HostGate {
  wait(host: string, signal?: AbortSignal): Promise<void>;
}

/**
 * Per-host pacing shared by every worker: a host with a fetch.hosts policy (mp.weixin.qq.com by
 * default) gets one request per `minIntervalMs` across all workers (each worker's own pacer adds
 * the jitter, the daily cap and cool-downs, which the store already shares); any other host gets
 * queue.hostRequestsPerMinute, in bursts of at most fetch.concurrencyPerHost.
 */
export function createHostGate(buckets: TokenBuckets, config: Config): HostGate {
  const policies = resolveHostPolicies(config.fetch.hosts, config.fetch.coolDownMinutes);
  return {
    async wait(host, signal) {
      if (!host) return;
      // Every spelling of a host (trailing dot, capitals, another port of a name-wide policy) shares one bucket.
      const key = pacingKey(policies, host);
      const policy = Object.hasOwn(policies, key) ? policies[key] : undefined;
      const take = policy
        ? { perMinute: 60_000 / Math.max(1, policy.minIntervalMs), capacity: 1 }
        : { perMinute: config.queue.hostRequestsPerMinute, capacity: config.fetch.concurrencyPerHost };
      await buckets.take([{ key: `host:${key}`, cost: 1, ...take }], signal);
    },
  };
}
