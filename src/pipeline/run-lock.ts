import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { LockOwner, Store } from "../store/index.ts";

export type { LockOwner } from "../store/index.ts";

export interface RunLockOptions {
  command: string;
  now: () => Date;
  pid?: number;
  host?: string;
  /** Whether a process of this host is alive (default: signal 0). */
  isAlive?: (pid: number) => boolean;
}

export type RunLock = { acquired: true; release(): Promise<void> } | { acquired: false; owner: LockOwner };

/** Whether a process of this host is alive: signal 0 (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The locks this process holds, by store (path or URL). The stored lock takes a holder with this
 * very pid as stale (a container restarted with the same pid), so two runs in one process — the
 * scheduler and an API/MCP run under `serve --schedule` — must be kept apart here.
 */
const heldHere = new Map<string, LockOwner>();

/** No run takes this long: a lock this old was left by a process killed on another host. */
const MAX_LOCK_AGE_MS = 12 * 3_600_000;

/**
 * Takes the run lock kept in the store, so two processes never run the pipeline on one store at
 * once. The check and the take are one SQLite IMMEDIATE transaction: of several processes that
 * find a stale lock at the same moment, exactly one gets it. A lock of a dead process of this host
 * is stale; one from another host (a shared disk) is respected until it is older than any run.
 */
export async function acquireRunLock(
  store: Pick<Store, "takeRunLock" | "releaseRunLock"> & { path?: string },
  options: RunLockOptions,
): Promise<RunLock> {
  // Only this process's own runs are kept apart here (tests stand in for other processes by pid).
  const thisProcess =
    (options.pid ?? process.pid) === process.pid && (options.host ?? hostname()) === hostname();
  const key = thisProcess ? store.path : undefined;
  const mine = key === undefined ? undefined : heldHere.get(key);
  if (mine) return { acquired: false, owner: mine };
  const me: LockOwner = {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    since: options.now().toISOString(),
    command: options.command,
  };
  const isAlive = options.isAlive ?? processAlive;
  const token = randomUUID();
  const taken = await store.takeRunLock(token, me, (held) => isStale(held, me, isAlive, options.now()));
  if (!taken.acquired) return taken;
  if (key !== undefined) heldHere.set(key, me);
  let released = false;
  return {
    acquired: true,
    async release() {
      if (released) return;
      released = true;
      if (key !== undefined) heldHere.delete(key);
      await store.releaseRunLock(token);
    },
  };
}

/**
 * Stale: this host's holder is gone; or the holder is "us" (same pid and host: a container that
 * restarted with the same pid, since this process never asks twice); or it is older than any run.
 */
function isStale(held: LockOwner, me: LockOwner, isAlive: (pid: number) => boolean, now: Date): boolean {
  if (held.host === me.host && (held.pid === me.pid || !isAlive(held.pid))) return true;
  const since = Date.parse(held.since);
  return Number.isFinite(since) && now.getTime() - since > MAX_LOCK_AGE_MS;
}
