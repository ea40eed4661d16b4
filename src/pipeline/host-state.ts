// The per-host pacing state outlives a run: cool-downs and today's request counts go to the store
// after reading, and come back before the next run reads, so a scheduled run also waits.
import { type HostPacer, resolveHostPolicies } from "../http/index.ts";
import { dayOf } from "../time.ts";
import type { PipelineDeps } from "./deps.ts";

// Requests of a (long-lived, scheduler-held) pacer already written to the store, per host.
const persisted = new WeakMap<HostPacer, Map<string, number>>();

/** Before reading: the stored cool-downs, and today's requests to each paced host of `hosts`. */
export async function restoreHostState(deps: PipelineDeps, hosts: Iterable<string>): Promise<void> {
  const pacer = deps.http.hosts;
  const now = deps.now();
  for (const c of await deps.store.listHostCooldowns(now))
    pacer.coolDown(c.host, c.reason, Date.parse(c.until));
  const today = dayOf(now, deps.config.timezone);
  const written = persisted.get(pacer) ?? new Map<string, number>();
  // Every paced host too, not only those the day's links name: a redirect may lead there.
  const paced = Object.keys(resolveHostPolicies(deps.config.fetch.hosts, deps.config.fetch.coolDownMinutes));
  // Once per pacing key: `mp.weixin.qq.com.` is `mp.weixin.qq.com`, and its stored count is the key's.
  for (const host of new Set([...hosts, ...paced].map((h) => pacer.keyOf(h)))) {
    if (!pacer.policyFor(host)) continue;
    // The cap counts seed + made. Today's total is the stored count plus what this pacer made and
    // has not written yet, so seed = stored − written (a new day: stored 0, the old requests cancel).
    pacer.seedCount(host, (await deps.store.countHostRequests(host, today)) - (written.get(host) ?? 0));
  }
}

/** After reading: running cool-downs and the requests this run made. */
export async function saveHostState(deps: PipelineDeps): Promise<void> {
  const pacer = deps.http.hosts;
  const now = deps.now();
  const today = dayOf(now, deps.config.timezone);
  for (const p of pacer.pauses()) {
    if (Date.parse(p.until) > now.getTime())
      await deps.store.saveHostCooldown({ ...p, since: now.toISOString() });
  }
  const written = persisted.get(pacer) ?? new Map<string, number>();
  for (const [host, made] of pacer.requestCounts()) {
    const delta = made - (written.get(host) ?? 0);
    await deps.store.addHostRequests(host, today, delta);
    written.set(host, made);
  }
  persisted.set(pacer, written);
}
