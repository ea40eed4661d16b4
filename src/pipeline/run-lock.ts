import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";

/** Who holds a run lock, as written in the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO 8601 UTC. */
  since: string;
  command: string;
}

export interface RunLockOptions {
  command: string;
  now: () => Date;
  pid?: number;
  host?: string;
  /** Whether a process of this host is alive (default: signal 0). */
  isAlive?: (pid: number) => boolean;
}

export type RunLock = { acquired: true; release(): void } | { acquired: false; owner: LockOwner };

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock file beside the store (created exclusively, holding pid, host and time) so two
 * processes never run the pipeline at once. A lock left by a dead process of this host is stale
 * and taken over; one from another host (a shared disk) is respected.
 */
export function acquireRunLock(path: string, options: RunLockOptions): RunLock {
  const owner: LockOwner = {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    since: options.now().toISOString(),
    command: options.command,
  };
  const isAlive = options.isAlive ?? processAlive;
  mkdirSync(dirname(path), { recursive: true }); // the store's folder may not exist before the first run
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(owner), { flag: "wx" });
      let released = false;
      return {
        acquired: true,
        release() {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const held = readLockOwner(path);
    if (held && !isStale(held, owner, isAlive, options.now())) return { acquired: false, owner: held };
    // An unreadable file may be one another process has just created and not yet written.
    if (!held && options.now().getTime() - lockMtime(path) < UNREADABLE_LOCK_GRACE_MS) break;
    rmSync(path, { force: true }); // stale: its process is gone
  }
  const held = readLockOwner(path);
  return { acquired: false, owner: held ?? { pid: 0, host: "?", since: "?", command: "?" } };
}

const UNREADABLE_LOCK_GRACE_MS = 60_000;
/** No run takes this long: a lock this old was left by a process killed on another host. */
const MAX_LOCK_AGE_MS = 12 * 3_600_000;

/**
 * Stale: this host's holder is gone; or the holder is "us" (same pid and host: a container that
 * restarted with the same pid, since this process never asks twice); or it is older than any run.
 */
function isStale(held: LockOwner, me: LockOwner, isAlive: (pid: number) => boolean, now: Date): boolean {
  if (held.host === me.host && (held.pid === me.pid || !isAlive(held.pid))) return true;
  const since = Date.parse(held.since);
  return Number.isFinite(since) && now.getTime() - since > MAX_LOCK_AGE_MS;
}

function lockMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function readLockOwner(path: string): LockOwner | undefined {
  try {
    const value = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    return typeof value.pid === "number" && typeof value.host === "string" ? (value as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}
