import { createSemaphore, type Semaphore } from "../async/concurrency.ts";
import { sleep as realSleep, type Sleep } from "../async/sleep.ts";
import { HostPausedError } from "../errors.ts";

/**
 * How politely one host is read: one request at a time (or `concurrency`), at least `minIntervalMs`
 * plus up to `jitterMs` between the end of one request and the start of the next, at most
 * `dailyCap` requests a day, and `coolDownMs` of silence after a verification wall or a 403/429.
 */
export interface HostPolicy {
  concurrency: number;
  minIntervalMs: number;
  jitterMs: number;
  /** Requests a day (the store carries the count across runs of one day); undefined = no cap. */
  dailyCap?: number;
  coolDownMs: number;
}

/** WeChat answers bursts with the 环境异常 wall: one page at a time, 2–5 s apart, 300 a day. */
export const DEFAULT_HOST_POLICIES: Readonly<Record<string, HostPolicy>> = {
  "mp.weixin.qq.com": {
    concurrency: 1,
    minIntervalMs: 2000,
    jitterMs: 3000,
    dailyCap: 300,
    coolDownMs: 6 * 3_600_000,
  },
};

/** The fetch.hosts section as written: any field may be left to the defaults. */
export interface HostPolicyInput {
  concurrency?: number;
  minIntervalMs?: number;
  jitterMs?: number;
  dailyCap?: number;
  coolDownMinutes?: number;
}

/**
 * The policies of a run: the defaults (mp.weixin.qq.com) with the config's fields laid over them;
 * a host the config names that has no default gets one request at a time, 2–5 s apart.
 */
export function resolveHostPolicies(
  configured: Readonly<Record<string, HostPolicyInput>>,
  coolDownMinutes: number,
): Record<string, HostPolicy> {
  const out: Record<string, HostPolicy> = {};
  const coolDownMs = coolDownMinutes * 60_000;
  for (const [host, policy] of Object.entries(DEFAULT_HOST_POLICIES)) out[host] = { ...policy, coolDownMs };
  for (const [host, given] of Object.entries(configured)) {
    const base = out[host.toLowerCase()] ?? {
      concurrency: 1,
      minIntervalMs: 2000,
      jitterMs: 3000,
      coolDownMs,
    };
    const { coolDownMinutes: minutes, ...rest } = given;
    out[host.toLowerCase()] = {
      ...base,
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(minutes !== undefined ? { coolDownMs: minutes * 60_000 } : {}),
    };
  }
  return out;
}

/**
 * The one name a host is paced, capped and rested under, whatever the URL's spelling: lower case,
 * without the trailing dot of a fully qualified name (`mp.weixin.qq.com.` is the same server), and
 * the name alone when the policy is the name's (any port of it is the same host). A policy written
 * as `host:port` keeps its port; a host without a policy keeps its own port.
 */
export function pacingKey(policies: Readonly<Record<string, HostPolicy>>, host: string): string {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  const name = (m?.[1] ?? host.toLowerCase()).replace(/\.+$/, "");
  const withPort = m?.[2] ? `${name}:${m[2]}` : name;
  if (Object.hasOwn(policies, withPort)) return withPort;
  if (Object.hasOwn(policies, name)) return name;
  return withPort;
}

export interface HostPause {
  host: string;
  /** ISO 8601 UTC. */
  until: string;
  reason: string;
}

export interface HostPacerOptions {
  policies?: Readonly<Record<string, HostPolicy>>;
  /** Cool-down for hosts without a policy (a verification wall anywhere); default 6 h. */
  defaultCoolDownMs?: number;
  now?: () => Date;
  sleep?: Sleep;
  /** [0, 1): the jitter's dice (tests pass a fixed one). */
  random?: () => number;
}

/** The shared per-host clock of one run: every source's pages of a host queue on the same lease. */
export interface HostPacer {
  /** The policy of a URL's host (matched by host:port, then host name), if it has one. */
  policyFor(host: string): HostPolicy | undefined;
  /** The name the pacer keeps a host's turn, count and rest under (pacingKey). */
  keyOf(host: string): string;
  /**
   * Waits for the host's turn (slot, then the interval); throws HostPausedError when the host is
   * cooling down or its cap is spent. Only for hosts with a policy.
   */
  enter(host: string, signal?: AbortSignal): Promise<{ release(): void }>;
  /** Puts the host in cool-down from now for its policy's duration (or `untilMs`). Returns the pause. */
  coolDown(host: string, reason: string, untilMs?: number): HostPause;
  /** The host's pause, when it is still cooling down. */
  pausedUntil(host: string): HostPause | undefined;
  /** Requests counted toward the cap besides the ones this pacer makes (from the store: earlier runs). */
  seedCount(host: string, count: number): void;
  /** Requests this pacer let through, per host. */
  requestCounts(): Map<string, number>;
  /** Every pause set or seeded in this run. */
  pauses(): HostPause[];
  /** Milliseconds spent (or, with an injected sleep, simulated) waiting between requests. */
  readonly waitedMs: number;
}

interface HostState {
  slot: Semaphore;
  lastEnd?: number;
  made: number;
  seeded: number;
}

export function createHostPacer(options: HostPacerOptions = {}): HostPacer {
  const policies = options.policies ?? DEFAULT_HOST_POLICIES;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const states = new Map<string, HostState>();
  const paused = new Map<string, HostPause>();
  let waitedMs = 0;

  // Every method takes any spelling of a host and works on its pacing key.
  const keyOf = (host: string): string => pacingKey(policies, host);
  const policyFor = (host: string): HostPolicy | undefined => {
    const key = keyOf(host);
    return Object.hasOwn(policies, key) ? policies[key] : undefined;
  };
  const stateOf = (host: string, policy: HostPolicy): HostState => {
    let s = states.get(host);
    if (!s) {
      s = { slot: createSemaphore(policy.concurrency), made: 0, seeded: 0 };
      states.set(host, s);
    }
    return s;
  };
  const pausedUntil = (host: string): HostPause | undefined => {
    const p = paused.get(keyOf(host));
    return p && Date.parse(p.until) > now().getTime() ? p : undefined;
  };
  const refuseIfPaused = (host: string, policy: HostPolicy, state: HostState) => {
    const p = pausedUntil(host);
    if (p) throw new HostPausedError(host, "cool-down", p.until, p.reason);
    if (policy.dailyCap !== undefined && state.seeded + state.made >= policy.dailyCap)
      throw new HostPausedError(host, "cap");
  };

  return {
    policyFor,
    keyOf,
    async enter(spelling, signal) {
      const host = keyOf(spelling);
      const policy = policyFor(host);
      if (!policy) throw new RangeError(`no pacing policy for ${host}`);
      const state = stateOf(host, policy);
      refuseIfPaused(host, policy, state); // before queueing: a walled host costs no wait
      const release = await state.slot.acquire(signal);
      try {
        // Checked again in turn: the request ahead of us may have just hit the wall.
        refuseIfPaused(host, policy, state);
        if (state.lastEnd !== undefined) {
          const gap = policy.minIntervalMs + Math.floor(policy.jitterMs * random());
          const wait = gap - (now().getTime() - state.lastEnd);
          if (wait > 0) {
            waitedMs += wait;
            await sleep(wait, signal);
            refuseIfPaused(host, policy, state);
          }
        }
      } catch (error) {
        release();
        throw error;
      }
      state.made++;
      let done = false;
      return {
        release() {
          if (done) return;
          done = true;
          state.lastEnd = now().getTime();
          release();
        },
      };
    },
    coolDown(spelling, reason, untilMs) {
      const host = keyOf(spelling);
      const ms = policyFor(host)?.coolDownMs ?? options.defaultCoolDownMs ?? 6 * 3_600_000;
      const until = new Date(untilMs ?? now().getTime() + ms).toISOString();
      const earlier = paused.get(host);
      // A later wall never shortens a pause that is already longer.
      if (earlier && earlier.until >= until) return earlier;
      const pause = { host, until, reason };
      paused.set(host, pause);
      return pause;
    },
    pausedUntil,
    seedCount(spelling, count) {
      const host = keyOf(spelling);
      const policy = policyFor(host);
      if (policy) stateOf(host, policy).seeded = count;
    },
    requestCounts: () => new Map([...states].map(([host, s]) => [host, s.made])),
    pauses: () => [...paused.values()],
    get waitedMs() {
      return waitedMs;
    },
  };
}
